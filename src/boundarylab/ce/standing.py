"""Where a learner stands: modules done, post-test sittings, the evaluation, and what is missing.

Completion = every module done, the post-test at or above the passing score (course.yml, 75 % by
default) within the allowed sittings (3 by default, each retake on the other form) and the course
evaluation submitted. A module with scenarios is done when every
scenario has an answered judgement; the start page (module 0) when the profile is saved; any
other module without scenarios (the policy builder) when it records `module-done`; the
assessment module when the post-test is passed and the evaluation is in. Everything is derived
from the append-only store, never stored as a flag.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from boundarylab.bank.loader import Bank
from boundarylab.ce.hours import HoursCalculation, hours_calculation
from boundarylab.forms import POST_TEST_MODULE, parallel_forms
from boundarylab.progress import Attempt, Event, Profile, ProgressReads, ProgressStore
from boundarylab.summary import module_summary

POST_TEST = "post-test"  # attempt context, and the event kind of a submitted sitting
POST_TEST_START = "post-test-start"
MODULE_DONE = "module-done"
EVALUATION = "evaluation"
SAME_SHOWING_S = 1.0  # attempts whose card came on screen this close together belong to one showing


class AttemptsUsed(Exception):
    """A post-test sitting asked for after the last one allowed; the message is the sentence to show."""


@dataclass(frozen=True)
class _Start:
    saved_at: str
    form: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ModuleProgress:
    module: str
    number: int
    title: str
    scenarios: int
    answered: int
    done: bool
    started: str | None  # date of the first activity
    finished: str | None  # date the module became done
    seconds: float  # time on task, recorded, never credited
    planned_minutes: float
    score: float | None  # the module's score of record (summary.module_summary: first tries)
    share: float  # of the module's work done: scenarios answered, or post-test passed and evaluation in


@dataclass(frozen=True)
class Sitting:
    number: int
    form: str
    started: str
    items: tuple[str, ...]
    answered: int
    score: float
    complete: bool
    passed: bool
    finished: str | None
    seconds: float
    scored: bool = True  # False in a learner's course without the key: the provider scores it


def keyed(bank: Bank, items: Iterable[str]) -> bool:
    """Whether this bank can score these post-test items (a learner's copy holds no answers)."""
    return all(sid in bank.scenarios and bank.scenarios[sid].answer is not None for sid in items)


@dataclass(frozen=True)
class Status:
    profile: Profile | None
    modules: tuple[ModuleProgress, ...]
    sittings: tuple[Sitting, ...]
    passing_score: float
    evaluation: dict[str, Any] | None
    evaluated_on: str | None
    hours: HoursCalculation
    missing: tuple[str, ...]
    completion_date: str | None
    attempts: tuple[Attempt, ...] = field(repr=False, default=())

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def learner(self) -> Profile:
        """The saved profile, for what runs only once it exists: a complete course (saving the
        profile is one of its steps), a checked completion record, a demo learner."""
        if self.profile is None:
            raise ValueError("no profile saved yet: save it on the start page (module 0)")
        return self.profile

    @property
    def passed(self) -> bool:
        return any(s.passed for s in self.sittings)

    @property
    def best_score(self) -> float | None:
        done = [s.score for s in self.sittings if s.complete and s.scored]
        return max(done) if done else None


def local_date(saved_at: str) -> str:
    return datetime.fromisoformat(saved_at).astimezone().date().isoformat()


def time_on_task(attempts: Iterable[Attempt]) -> float:
    """Seconds on task. Each attempt records the seconds since its card came on screen, so the parts
    answered in one showing (verdict, best step, rewrite) overlap: each showing counts once, for its
    longest attempt. A card shown again later is a new showing and counts again."""
    showings: dict[tuple[str, str], list[list[float]]] = {}
    for a in attempts:
        shown = datetime.fromisoformat(a.saved_at).timestamp() - a.seconds
        seen = showings.setdefault((a.scenario_id, a.context), [])
        same = next((s for s in seen if abs(s[0] - shown) <= SAME_SHOWING_S), None)
        if same:
            same[1] = max(same[1], a.seconds)
        else:
            seen.append([shown, a.seconds])
    return sum(seconds for seen in showings.values() for _, seconds in seen)


def is_answered_judgement(a: Attempt) -> bool:
    return a.part == "judgement" and (a.answer.get("verdict") is not None or a.score is not None)


def _last_scores(attempts: Iterable[Attempt]) -> dict[tuple[str, str], float]:
    """(scenario, part) -> score of the last answer saved: in a sitting no feedback is shown, so a
    learner may change an answer before submitting, and the last one saved is the one meant."""
    return {(a.scenario_id, a.part): a.score for a in attempts if a.score is not None}


def item_score(bank: Bank, scenario_id: str, last: dict[tuple[str, str], float]) -> float | None:
    """Mean over the parts the item asks for, an unanswered part counting 0."""
    s = bank.scenarios.get(scenario_id)
    parts = ["judgement"] + (["choice"] if s and s.choices else []) + (["rewrite"] if s and s.rewrite else [])
    if not s:
        parts = [p for (sid, p) in last if sid == scenario_id]
    scores = [last.get((scenario_id, p)) for p in parts]
    return sum(x or 0.0 for x in scores) / len(scores) if scores else None


def _module_progress(
    bank: Bank,
    mid: str,
    number: int,
    practice: Sequence[Attempt],
    done_events: Sequence[Event],
    planned: float,
    post_test_done: str | None,
    post_test_steps: int,
    profile: Profile | None,
) -> ModuleProgress:
    module, ids = bank.modules[mid], [s.id for s in bank.in_module(mid)]
    mine = [a for a in practice if a.module == mid or a.scenario_id in ids]
    answered_on: dict[str, str] = {}
    for a in mine:
        if is_answered_judgement(a) and a.scenario_id in ids:
            answered_on.setdefault(a.scenario_id, local_date(a.saved_at))
    if mid == POST_TEST_MODULE:
        done, finished = post_test_done is not None, post_test_done
        share = post_test_steps / 2
    elif ids:
        done = len(answered_on) == len(ids)
        finished = max(answered_on.values()) if done else None
        share = len(answered_on) / len(ids)
    else:
        finished = next((local_date(e.saved_at) for e in done_events if e.data.get("module") == mid), None)
        if number == 0 and finished is None and profile is not None:
            finished = local_date(profile.saved_at)  # the start page's one task is the profile
        done = finished is not None
        share = float(done)
    return ModuleProgress(
        mid,
        number,
        module.title,
        len(ids),
        len(answered_on),
        done,
        local_date(mine[0].saved_at) if mine else finished,
        finished,
        time_on_task(mine),
        planned,
        module_summary(bank.in_module(mid), mine).mean,
        share,
    )


def post_test_sittings(bank: Bank, store: ProgressReads) -> tuple[Sitting, ...]:
    """Each post-test-start event opens a sitting on the items it names; post-test attempts saved
    until the next start belong to it. Without start events (answers saved by another tool), the
    answers form one sitting on the form they overlap most."""
    attempts = store.attempts(context=POST_TEST)
    starts = [_Start(e.saved_at, e.data["form"], tuple(e.data["items"])) for e in store.events(POST_TEST_START)]
    submitted = {e.data.get("sitting") for e in store.events(POST_TEST)}
    if not starts and attempts:
        forms, seen = parallel_forms(bank), {a.scenario_id for a in attempts}
        form = max(forms, key=lambda f: len(seen & set(forms[f])))
        starts = [_Start(attempts[0].saved_at, form, forms[form])]
    passing, cap = bank.course.passing_score, bank.course.post_test_attempts
    sittings: list[Sitting] = []
    for n, start in enumerate(starts):
        end = starts[n + 1].saved_at if n + 1 < len(starts) else None
        items = start.items
        mine = [
            a
            for a in attempts
            if a.saved_at >= start.saved_at and (end is None or a.saved_at < end) and a.scenario_id in items
        ]
        last = _last_scores(mine)
        per_item = [item_score(bank, sid, last) or 0.0 for sid in items]
        answered = len({a.scenario_id for a in mine if is_answered_judgement(a)})
        complete = answered == len(items) or (n + 1) in submitted
        score = round(sum(per_item) / len(items), 4) if items else 0.0
        scored = keyed(bank, items)
        sittings.append(
            Sitting(
                n + 1,
                start.form,
                local_date(start.saved_at),
                items,
                answered,
                score,
                complete,
                scored and complete and score >= passing - 1e-9 and n < cap,
                local_date(mine[-1].saved_at) if mine and complete else None,
                time_on_task(mine),
                scored,
            )
        )
    return tuple(sittings)


def next_form(sittings: Sequence[Sitting]) -> str:
    """Form A first, B on a retake, then alternating: a retake never repeats the items just seen."""
    return "AB"[len(sittings) % 2]


def status(bank: Bank, store: ProgressReads, on: date | None = None) -> Status:
    hours = hours_calculation(bank, on)
    planned = {m.module: m.minutes for m in hours.modules}
    everything = store.attempts()
    practice = [a for a in everything if a.context != POST_TEST]
    sittings = post_test_sittings(bank, store)
    evaluations = store.events(EVALUATION)
    evaluated_on = local_date(evaluations[-1].saved_at) if evaluations else None
    passed_on = next((s.finished for s in sittings if s.passed), None)
    post_test_done = max(passed_on, evaluated_on) if passed_on and evaluated_on else None
    done_events, profile = store.events(MODULE_DONE), store.profile()
    steps = int(passed_on is not None) + int(evaluated_on is not None)
    modules = tuple(
        _module_progress(bank, mid, n, practice, done_events, planned[mid], post_test_done, steps, profile)
        for n, mid in enumerate(bank.course.modules)
    )
    modules = tuple(
        replace(m, seconds=sum(s.seconds for s in sittings), started=sittings[0].started)
        if m.module == POST_TEST_MODULE and sittings
        else m
        for m in modules
    )
    missing = _missing(bank, profile, modules, sittings, evaluations)
    dates = [m.finished for m in modules if m.finished] + [d for d in (passed_on, evaluated_on) if d]
    return Status(
        profile,
        modules,
        sittings,
        bank.course.passing_score,
        evaluations[-1].data if evaluations else None,
        evaluated_on,
        hours,
        tuple(missing),
        None if missing else max(dates),
        tuple(everything),
    )


def _missing(
    bank: Bank,
    profile: Profile | None,
    modules: Sequence[ModuleProgress],
    sittings: Sequence[Sitting],
    evaluations: Sequence[Event],
) -> list[str]:
    """What stands between the learner and the certificate, as sentences addressed to them."""
    out: list[str] = []
    if profile is None:
        out.append("Save your profile with your name as it should appear on the certificate (module 0).")
    for m in modules:
        if m.done or m.module == POST_TEST_MODULE or (m.number == 0 and profile is None):
            continue
        if m.scenarios:
            left = m.scenarios - m.answered
            out.append(f"Module {m.number}, {m.title}: answer the remaining {left} of {m.scenarios} scenarios.")
        else:
            out.append(f"Module {m.number}, {m.title}: open it and mark it done.")
    need = f"{bank.course.passing_score:.0%}"
    open_sitting = sittings[-1] if sittings and not sittings[-1].complete else None
    if any(s.passed for s in sittings):
        pass
    elif sittings and sittings[-1].complete and not sittings[-1].scored:
        out.append(
            f"Your post-test (form {sittings[-1].form}) is saved and submitted. Its score is not known yet: "
            "your course provider scores it with the answer key, and the result comes back with your "
            "certificate."
        )
    elif open_sitting:
        out.append(
            f"Finish the post-test you started (form {open_sitting.form}): {open_sitting.answered} of "
            f"{len(open_sitting.items)} items answered; {need} is needed to pass."
        )
    elif len(sittings) >= bank.course.post_test_attempts:
        out.append(used_up(bank))
    elif sittings:
        best = max(s.score for s in sittings if s.scored)
        out.append(
            f"Pass the post-test: your best score so far is {best:.0%} and {need} is needed. "
            f"Review the modules, then retake it (form {next_form(sittings)})."
        )
    else:
        out.append(f"Take the post-test and score at least {need}.")
    if not evaluations:
        out.append("Submit the course evaluation (it comes before the certificate).")
    return out


def mark_module_done(store: ProgressStore, module_id: str) -> None:
    store.record(MODULE_DONE, {"module": module_id})


def next_sitting(bank: Bank, sittings: Sequence[Sitting]) -> tuple[str, tuple[str, ...]]:
    """The form and scenario ids the next sitting will use."""
    form = next_form(sittings)
    return form, parallel_forms(bank)[form]


def used_up(bank: Bank) -> str:
    cap, need = bank.course.post_test_attempts, f"{bank.course.passing_score:.0%}"
    who = bank.course.provider.contact or bank.course.provider.name
    return (
        f"You have used all {cap} post-test attempts allowed without reaching {need}, so a further attempt "
        f"is not allowed. Review the modules and ask the provider ({who}) how to continue."
    )


def start_post_test(bank: Bank, store: ProgressStore) -> tuple[str, tuple[str, ...]]:
    """Open a new sitting on the next form; returns (form, scenario ids). Raises AttemptsUsed after
    the last sitting course.yml allows."""
    sittings = post_test_sittings(bank, store)
    if len(sittings) >= bank.course.post_test_attempts and not any(s.passed for s in sittings):
        raise AttemptsUsed(used_up(bank))
    form, items = next_sitting(bank, sittings)
    store.record(POST_TEST_START, {"form": form, "items": list(items)})
    return form, items


def submit_post_test(bank: Bank, store: ProgressStore) -> Sitting | None:
    """Close the open sitting (unanswered items count 0) and return it scored."""
    sittings = post_test_sittings(bank, store)
    if not sittings or sittings[-1].complete:
        return sittings[-1] if sittings else None
    store.record(POST_TEST, {"sitting": sittings[-1].number, "form": sittings[-1].form})
    return post_test_sittings(bank, store)[-1]
