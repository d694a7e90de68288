"""A workshop cohort as the instructor sees it: who is where, how the room split on a card, where it
is stuck, who attended when, and the cohort's certificates. Pure: no Jupyter, no HTML.

Everything is read from the learners' own progress stores through a `CohortSource`, so the live
view needs nothing the learners' widgets do not already save: a folder of learners' homes, each
with its SQLite file, or the cohort's PostgreSQL database, read the same way (`StoreSource`).
"""

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from boundarylab import vocab
from boundarylab.bank.loader import Bank
from boundarylab.ce.standing import POST_TEST
from boundarylab.progress import FILE_NAME, Attempt, Event, Profile, ProgressStore, StoreError
from boundarylab.reports.spreadsheet import csv_text
from boundarylab.summary import first_scores, scenario_score

# the environment through which `boundarylab cohort` tells the live view's kernel what to read
PROGRESS_ENV, PROVIDER_ENV, KEY_ENV = (
    "BOUNDARYLAB_COHORT_PROGRESS",
    "BOUNDARYLAB_COHORT_PROVIDER",
    "BOUNDARYLAB_COHORT_KEY",
)
POSITION = "position"  # event kind the module runner saves on every card shown (widgets.runner.POSITION)
STORE_PATHS = (FILE_NAME, f".local/share/boundarylab/{FILE_NAME}")  # inside each learner's folder
# Okabe & Ito's colour-blind-safe palette, each colour with the name the page says in words
OKABE_ITO = {
    "bluish green": "#009E73",
    "orange": "#E69F00",
    "vermillion": "#D55E00",
    "blue": "#0072B2",
    "sky blue": "#56B4E9",
    "reddish purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
VERDICT_COLOURS = {"ok": "bluish green", "revise": "orange", "dont": "vermillion"}
STEP_COLOURS = ("blue", "sky blue", "reddish purple", "yellow", "black")


@dataclass(frozen=True)
class Learner:
    """One learner's whole history, as their store holds it; `problem` says why it could not be read."""

    id: str
    name: str
    profile: Profile | None
    attempts: tuple[Attempt, ...]
    events: tuple[Event, ...]
    problem: str = ""

    def moments(self) -> list[str]:
        """Every time this learner saved something, in order (ISO, UTC)."""
        saved = [a.saved_at for a in self.attempts] + [e.saved_at for e in self.events]
        return sorted(saved + ([self.profile.saved_at] if self.profile else []))


def read_learner(learner_id: str, store) -> Learner:
    profile = store.profile()
    return Learner(
        learner_id, profile.name if profile else learner_id, profile, tuple(store.attempts()), tuple(store.events())
    )


class StoreSource(ABC):
    """A cohort read one learner's store at a time; subclasses say who the learners are and open
    a learner's store."""

    name: str  # what the cohort is called on screen

    @abstractmethod
    def ids(self) -> list[str]: ...

    @abstractmethod
    def open(self, learner_id: str) -> ProgressStore: ...

    @contextmanager
    def store(self, learner_id: str) -> Iterator[ProgressStore]:
        store = self.open(learner_id)
        try:
            yield store
        finally:
            store.close()

    def learners(self) -> list[Learner]:
        out = []
        for learner_id in self.ids():
            try:
                with self.store(learner_id) as store:
                    out.append(read_learner(learner_id, store))
            except StoreError as e:
                out.append(Learner(learner_id, learner_id, None, (), (), str(e)))
        return out


class ProgressFolder(StoreSource):
    """A folder holding one folder per learner (e.g. JupyterHub homes), each with its progress file
    at the top or where BoundaryLab keeps it (.local/share/boundarylab). Only these files are read."""

    def __init__(self, root):
        self.root = Path(root)
        if not self.root.is_dir():
            raise ValueError(f"{self.root} is not a folder: give the folder that holds one folder per learner.")
        self.name = self.root.name

    def files(self) -> dict[str, Path]:
        found = {}
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir()):
            path = next((folder / rel for rel in STORE_PATHS if (folder / rel).is_file()), None)
            if path:
                found[folder.name] = path
        return found

    def ids(self) -> list[str]:
        return list(self.files())

    def open(self, learner_id: str) -> ProgressStore:
        return ProgressStore(self.files()[learner_id])


class CohortDatabase(StoreSource):
    """A cohort's PostgreSQL progress database (what the hub's BOUNDARYLAB_PROGRESS_URL points
    at), read with the owner's URL: every learner role with a row, each through their own rows."""

    def __init__(self, admin_url: str):
        from boundarylab.progress_postgres import redacted

        self.url, self.name = admin_url, redacted(admin_url).rsplit("/", 1)[-1].split("?")[0]

    def ids(self) -> list[str]:
        from boundarylab.progress_postgres import cohort_learners

        return cohort_learners(self.url)

    def open(self, learner_id: str) -> ProgressStore:
        from boundarylab.progress_postgres import OwnerStore

        return OwnerStore(self.url, learner_id)


def cohort_source(where: str) -> StoreSource:
    """A postgresql:// URL is a cohort database; anything else a folder of learners' homes."""
    if where.startswith(("postgresql://", "postgres://")):
        return CohortDatabase(where)
    return ProgressFolder(Path(where).expanduser().resolve())


# -- who is where -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Whereabouts:
    learner_id: str
    name: str
    module: str  # "3. Confidentiality", or "" before the learner has opened a module
    card: str  # the card's title, "Module summary", "Post-test" or ""
    last_activity: str | None  # ISO time of the last thing saved
    answered: int  # cards with an answered verdict in practice
    problem: str = ""


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float  # of the learners who answered
    colour: str  # its name, said on the page
    hex: str


@dataclass(frozen=True)
class CardSplit:
    scenario_id: str
    title: str
    learners: int  # in the cohort
    answered: int  # gave a verdict on this card
    verdicts: tuple[Bar, ...]
    steps: tuple[Bar, ...]  # best-step choices, () for a card without them


@dataclass(frozen=True)
class CardDifficulty:
    scenario_id: str
    title: str
    module: str
    learners: int
    first_try: float  # mean first-try score over the learners who answered


@dataclass(frozen=True)
class RewriteProblem:
    check: str
    label: str
    rewrites: int  # first rewrites in which it was found


@dataclass(frozen=True)
class Presence:
    """One learner's day: signed in at their first save, signed out at their last."""

    name: str
    day: str  # local date
    signed_in: str  # local time HH:MM
    signed_out: str
    minutes: float


def first_per_learner(attempts, scenario_id: str, part: str) -> Attempt | None:
    """The learner's first practice answer to one part of a card: what they thought before feedback."""
    return next(
        (
            a
            for a in attempts
            if a.scenario_id == scenario_id
            and a.part == part
            and a.context != POST_TEST
            and (a.score is not None or a.answer)
        ),
        None,
    )


def check_label(check_id: str) -> str:
    return check_id.replace("-", " ").capitalize()


def local_time(saved_at: str) -> datetime:
    return datetime.fromisoformat(saved_at).astimezone()


class Room:
    """The course's bank read against a cohort: every figure the live view shows."""

    def __init__(self, bank: Bank):
        self.bank = bank
        self._rewrites: dict[tuple[str, str], tuple[str, ...]] = {}  # (card, text) -> problems found

    def module_label(self, module_id: str) -> str:
        modules = list(self.bank.course.modules)
        if module_id not in self.bank.modules:
            return module_id
        return f"{modules.index(module_id)}. {self.bank.modules[module_id].title}"

    def _place(self, learner: Learner) -> tuple[str, str]:
        """(module, card) of the last card the learner was shown or answered."""
        positions = [e for e in learner.events if e.kind == POSITION and e.data.get("module") in self.bank.modules]
        last_attempt = learner.attempts[-1] if learner.attempts else None
        last_position = positions[-1] if positions else None
        if last_attempt and (last_position is None or last_attempt.saved_at > last_position.saved_at):
            if last_attempt.context == POST_TEST:
                return "Post-test", "Post-test"
            scenario = self.bank.scenarios.get(last_attempt.scenario_id)
            return self.module_label(last_attempt.module), scenario.title if scenario else last_attempt.scenario_id
        if last_position:
            module = last_position.data["module"]
            cards, index = self.bank.in_module(module), last_position.data.get("index", 0)
            card = cards[index].title if isinstance(index, int) and 0 <= index < len(cards) else "Module summary"
            return self.module_label(module), card
        return "", ""

    def whereabouts(self, learners) -> list[Whereabouts]:
        """Who is where, by name."""
        rows = []
        for learner in learners:
            module, card = self._place(learner)
            moments = learner.moments()
            answered = {a.scenario_id for a in learner.attempts if a.part == "judgement" and a.context != POST_TEST}
            rows.append(
                Whereabouts(
                    learner.id,
                    learner.name,
                    module,
                    card,
                    moments[-1] if moments else None,
                    len(answered),
                    learner.problem,
                )
            )
        return sorted(rows, key=lambda r: (r.name.casefold(), r.learner_id))

    def cards(self) -> list[tuple[str, str]]:
        """(scenario id, "module · title") for every practice card, in course order."""
        return [
            (s.id, f"{self.module_label(m)} · {s.title}")
            for m in self.bank.course.modules
            for s in self.bank.in_module(m)
        ]

    def split(self, learners, scenario_id: str) -> CardSplit:
        """How the room answered a card on its first try: verdicts and best steps, counts only."""
        scenario = self.bank.scenarios[scenario_id]
        verdicts = [
            a.answer.get("verdict")
            for a in (first_per_learner(x.attempts, scenario_id, "judgement") for x in learners)
            if a
        ]
        verdicts = [v for v in verdicts if v in VERDICT_COLOURS]
        choices = [
            a.answer.get("choice")
            for a in (first_per_learner(x.attempts, scenario_id, "choice") for x in learners)
            if a
        ]
        verdict_bars = tuple(
            _bar(vocab.VERDICTS[v], verdicts.count(v), len(verdicts), VERDICT_COLOURS[v]) for v in VERDICT_COLOURS
        )
        step_bars = tuple(
            _bar(c.text, choices.count(n), len(choices), STEP_COLOURS[n % len(STEP_COLOURS)])
            for n, c in enumerate(scenario.choices or ())
        )
        return CardSplit(scenario_id, scenario.title, len(learners), len(verdicts), verdict_bars, step_bars)

    def stuck(self, learners, limit: int = 5) -> list[CardDifficulty]:
        """The cards with the lowest mean first-try score, lowest first (cards nobody answered left out)."""
        scores: dict[str, list[float]] = {}
        for learner in learners:
            practice = [a for a in learner.attempts if a.context != POST_TEST and a.scenario_id in self.bank.scenarios]
            for sid, parts in first_scores(practice).items():
                if (score := scenario_score(parts)) is not None:  # a card first-tried has a part
                    scores.setdefault(sid, []).append(score)
        rows = [
            CardDifficulty(
                sid,
                self.bank.scenarios[sid].title,
                self.module_label(self.bank.scenarios[sid].module),
                len(found),
                sum(found) / len(found),
            )
            for sid, found in scores.items()
        ]
        return sorted(rows, key=lambda r: (r.first_try, r.title))[:limit]

    def problems(self, learners, limit: int = 5) -> list[RewriteProblem]:
        """The problems found most often in the learners' first rewrite of each card."""
        counts: Counter = Counter()
        for learner in learners:
            for sid in dict.fromkeys(a.scenario_id for a in learner.attempts if a.part == "rewrite"):
                first = first_per_learner(learner.attempts, sid, "rewrite")
                if first and sid in self.bank.scenarios:
                    counts.update(self._rewrite_problems(sid, str(first.answer.get("text", ""))))
        return [
            RewriteProblem(
                check,
                check_label(check)
                if not check.startswith("missing:")
                else f"Missing: {check_label(check[8:]).lower()}",
                n,
            )
            for check, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        ]

    def _rewrite_problems(self, scenario_id: str, text: str) -> tuple[str, ...]:
        """The must-avoid problems left in a rewrite and the must-include parts it lacks (scored once)."""
        key = (scenario_id, text)
        if key not in self._rewrites:
            from boundarylab.scoring import score_rewrite

            result = score_rewrite(self.bank.scenarios[scenario_id], text)
            found = {f.check for f in result.remaining} | {f"missing:{c}" for c in result.missing}
            self._rewrites[key] = tuple(sorted(found))
        return self._rewrites[key]


def _bar(label: str, count: int, total: int, colour: str) -> Bar:
    return Bar(label, count, count / total if total else 0.0, colour, OKABE_ITO[colour])


# -- attendance ---------------------------------------------------------------------------------
def attendance(learners) -> list[Presence]:
    """Per learner and local day: signed in at the first thing they saved, out at the last.
    Learners who saved nothing that day are not on it: attendance is what the stores show."""
    rows = []
    for learner in learners:
        days: dict[str, list[datetime]] = {}
        for moment in map(local_time, learner.moments()):
            days.setdefault(moment.date().isoformat(), []).append(moment)
        for day, moments in days.items():
            rows.append(
                Presence(
                    learner.name,
                    day,
                    f"{moments[0]:%H:%M}",
                    f"{moments[-1]:%H:%M}",
                    round((moments[-1] - moments[0]).total_seconds() / 60, 1),
                )
            )
    return sorted(rows, key=lambda r: (r.day, r.name.casefold()))


def attendance_csv(rows) -> str:
    """The attendance record `boundarylab certify --attendance` reads (name, date, minutes), with
    the sign-in and sign-out times beside them for the provider's file."""
    # a name a learner typed can never run as a spreadsheet formula
    return csv_text(
        ["name", "date", "minutes", "signed_in", "signed_out"],
        [[r.name, r.day, f"{r.minutes:g}", r.signed_in, r.signed_out] for r in rows],
    )


# -- certificates -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Issued:
    name: str
    sentence: str
    number: str | None  # None: refused, the sentence says why
    pdf: Path | None = None


def issue_certificates(source: StoreSource, key: Bank, provider, out: Path, signature=None) -> list[Issued]:
    """Export each learner's record and have the provider check, sign and register it, as
    `boundarylab certify` does; every refusal is a sentence. PDFs go to OUT."""
    from boundarylab.ce.provider import certify_record
    from boundarylab.ce.record import RecordRefused, export_record
    from boundarylab.reports.certificate import write_certificate

    results = []
    for learner in source.learners():
        if learner.problem:
            results.append(Issued(learner.name, f"{learner.name}: {learner.problem}", None))
            continue
        try:
            with source.store(learner.id) as store:
                record = export_record(key, store)
            done = certify_record(record, key, provider, learner.name)
        except ValueError:
            results.append(
                Issued(
                    learner.name,
                    f"{learner.name} has not saved a profile yet, so there is no name to put on a certificate.",
                    None,
                )
            )
            continue
        except RecordRefused as e:
            results.append(Issued(learner.name, f"{learner.name}: not certified. " + " ".join(e.problems), None))
            continue
        cert = done.certificate
        pdf = write_certificate(cert, Path(out) / f"certificate-{cert.number}.pdf", signature)
        again = " (issued before; the same certificate again)" if done.again else ""
        results.append(
            Issued(
                cert.name,
                f"{cert.name}: certificate {cert.number}, {cert.hours_text}, verification code {cert.code}{again}.",
                cert.number,
                pdf,
            )
        )
    return results
