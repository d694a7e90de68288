"""The completion record: what a learner sends to the provider, and the provider's checks of it.

A learner's machine cannot be trusted with credit, so it signs nothing. It exports its history
(profile, every attempt and event in the order saved, with its time on task) as one JSON file
with a seal chain: each entry's seal covers the learner's id, the seal before it and the entry,
so an entry edited, removed or reordered after export breaks the chain at that point. The seal
is a tamper check, not a secret (anyone can compute it): credit rests on the provider, who
re-scores the post-test with the key the learner never holds and signs the certificate.

The provider reads a record as a read-only store (RecordStore), so where a learner stands is
worked out by the same rules (ce.standing) on the learner's machine and the provider's.
"""

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from boundarylab import progress, vocab
from boundarylab.bank.loader import Bank
from boundarylab.bank.models import Scenario
from boundarylab.ce.standing import POST_TEST, POST_TEST_START, Status, local_date, status
from boundarylab.progress import Attempt, Event, Profile, ProgressStore
from boundarylab.scoring import score_choice, score_judgement, score_rewrite

FORMAT = "boundarylab-completion-record"
VERSION = 1
LEARNER_ID = "learner-id"  # event kind: the learner's id, made on the first export
MAX_BYTES = 20_000_000  # a course's history is well under 1 MB
MAX_SECONDS_PER_ANSWER = 4 * 3600  # a widget's timer is not credible beyond this
MIN_SHARE_OF_PLANNED = 0.1  # time on task under a tenth of the planned minutes was not worked through
CLOCK_SLACK = timedelta(days=1)  # an export dated later than this past the provider's clock is refused
ATTEMPT_FIELDS = ("id", "saved_at", "scenario_id", "module", "part", "answer", "score", "seconds", "context")
EVENT_FIELDS = ("id", "saved_at", "kind", "data")


class RecordRefused(Exception):
    """A record the provider cannot certify; `problems` are sentences naming what is wrong."""

    def __init__(self, source: str, problems: Iterable[str]):
        self.source, self.problems = source, tuple(problems)
        super().__init__(f"{source} cannot be certified:\n" + "\n".join(f"- {p}" for p in self.problems))


def learner_id(store: ProgressStore) -> str:
    """The learner's id, made once and kept in their record: it binds every seal to this learner."""
    made = store.events(LEARNER_ID)
    if not made:
        store.record(LEARNER_ID, {"id": uuid.uuid4().hex})
        made = store.events(LEARNER_ID)
    return made[0].data["id"]


def seal(learner: str, previous: str, entry: dict[str, Any]) -> str:
    message = json.dumps([learner, previous, entry], sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(message).hexdigest()[:32]


def _header(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in ("format", "version", "course", "learner", "exported_at")}


def export_record(bank: Bank, store: ProgressStore) -> dict[str, Any]:
    """The learner's whole history as a sealed completion record. Raises ValueError, in words,
    before a profile is saved (a provider cannot certify a record without a name)."""
    profile = store.profile()
    if profile is None:
        raise ValueError(
            "Save your profile first (module 0): the record needs your name as it should appear on the certificate."
        )
    ident = learner_id(store)
    record: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "course": {"title": bank.course.title, "version": bank.course.version},
        "learner": {
            "id": ident,
            "name": profile.name,
            "profession": profile.profession,
            "licence": profile.licence,
            "saved_at": profile.saved_at,
        },
        "exported_at": progress.now(),
    }
    chain = seal(ident, "", _header(record))
    for name, rows, fields in (
        ("attempts", store.attempts(), ATTEMPT_FIELDS),
        ("events", [e for e in store.events() if e.kind != LEARNER_ID], EVENT_FIELDS),
    ):
        record[name] = []
        for row in rows:
            entry = {f: getattr(row, f) for f in fields}
            chain = seal(ident, chain, entry)
            record[name].append(dict(entry, seal=chain))
    record["seal"] = chain
    return record


def write_record(record: dict[str, Any], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_record(path: str | Path) -> dict[str, Any]:
    """The record in PATH, or RecordRefused saying why it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise RecordRefused(
                path.name,
                [
                    f"The file is {path.stat().st_size:,} bytes, far more than a "
                    "completion record takes; it was not read."
                ],
            )
        data = _json_object(json.loads(path.read_bytes().decode("utf-8")))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise RecordRefused(path.name, [f"The file is not a readable completion record ({e})."]) from None
    if data is None or data.get("format") != FORMAT:
        raise RecordRefused(
            path.name, ["The file is not a BoundaryLab completion record (made by `boundarylab export-record`)."]
        )
    if data.get("version") != VERSION:
        raise RecordRefused(
            path.name,
            [
                f"The record is in format version {data.get('version')!r}; this version "
                f"of BoundaryLab reads version {VERSION}."
            ],
        )
    return data


def _json_object(value: object) -> dict[str, Any] | None:
    """VALUE as a JSON object (json.loads makes every object a dict with text keys), or None."""
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _is_row(value: object, fields: tuple[str, ...]) -> bool:
    row = _json_object(value)
    return row is not None and set(row) == {*fields, "seal"} and _typed(row, ROW_TYPES)


def _shape_problems(record: dict[str, Any]) -> list[str]:
    learner = _json_object(record.get("learner"))
    if learner is None or not all(
        isinstance(learner.get(k), str) for k in ("id", "name", "profession", "licence", "saved_at")
    ):
        return ["The learner's details (id, name, profession, licence) are missing or not text."]
    if not isinstance(record.get("course"), dict) or not isinstance(record.get("exported_at"), str):
        return ["The record does not say which course it is for or when it was exported."]
    for name, fields in (("attempts", ATTEMPT_FIELDS), ("events", EVENT_FIELDS)):
        rows: object = record.get(name)
        if not isinstance(rows, list) or not all(_is_row(r, fields) for r in cast(list[object], rows)):
            return [f"The record's {name} are not in the form `boundarylab export-record` writes."]
    starts = [e["data"] for e in record["events"] if e["kind"] == POST_TEST_START]
    if not all(
        isinstance(d.get("form"), str)
        and isinstance(d.get("items"), list)
        and all(isinstance(i, str) for i in d["items"])
        for d in starts
    ):
        return ["A post-test sitting in the record does not say which form and items it used."]
    return []


NUMBER = (int, float)
ROW_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": int,
    "saved_at": str,
    "scenario_id": str,
    "module": str,
    "part": str,
    "answer": dict,
    "score": (*NUMBER, type(None)),
    "seconds": NUMBER,
    "context": str,
    "kind": str,
    "data": dict,
    "seal": str,
}


def _typed(row: Mapping[str, object], types: Mapping[str, type | tuple[type, ...]]) -> bool:
    return all(isinstance(value, types[field]) and not isinstance(value, bool) for field, value in row.items())


def _seal_problems(record: dict[str, Any]) -> list[str]:
    """The first point where the seal chain breaks, named for the provider."""
    ident = record["learner"]["id"]
    chain = seal(ident, "", _header(record))
    for name in ("attempts", "events"):
        for row in record[name]:
            entry = {k: v for k, v in row.items() if k != "seal"}
            chain = seal(ident, chain, entry)
            if row["seal"] != chain:
                what = (
                    f"attempt {row.get('id')} ({row.get('scenario_id')}, {row.get('part')}, saved "
                    f"{row.get('saved_at')})"
                    if name == "attempts"
                    else f"event {row.get('id')} ({row.get('kind')}, saved {row.get('saved_at')})"
                )
                return [
                    f"The seal breaks at {what}: the learner's details or this entry were changed, or an entry "
                    "before it removed, after the record was sealed."
                ]
    if record.get("seal") != chain:
        return ["The record's final seal does not match: entries were added or removed at its end after it was sealed."]
    return []


def _when(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _order_problems(record: dict[str, Any], key: Bank, clock: datetime) -> list[str]:
    """Ids strictly increasing, known scenarios in their own modules, dates in order, none later
    than the export, the export not later than the provider's clock."""
    problems: list[str] = []
    exported = _when(record["exported_at"])
    if exported is None:
        return [f"The export date {record['exported_at']!r} is not a date and time."]
    if exported > clock + CLOCK_SLACK:
        problems.append(f"The record says it was exported on {exported.date()}, after today.")
    if (_when(record["learner"]["saved_at"]) or exported) > exported:
        problems.append("The profile was saved after the record was exported.")
    for name in ("attempts", "events"):
        last_id, last_at = 0, None
        for row in record[name]:
            at = _when(row["saved_at"])
            if not isinstance(row["id"], int) or row["id"] <= last_id:
                problems.append(f"The {name} are not in the order they were saved (id {row['id']!r} after {last_id}).")
                break
            if at is None or (last_at and at < last_at) or at > exported:
                problems.append(
                    f"{name.capitalize()[:-1]} {row['id']} is dated {row['saved_at']!r}, out of order "
                    f"with the entries before it or after the export."
                )
                break
            last_id, last_at = row["id"], at
    for row in record["attempts"]:
        scenario = key.scenarios.get(row["scenario_id"])
        if scenario is None:
            problems.append(
                f"Attempt {row['id']} names scenario {row['scenario_id']!r}, which this course does not have."
            )
            break
        if row["module"] != scenario.module:
            problems.append(
                f"Attempt {row['id']} files scenario {scenario.id} under module {row['module']!r}; it "
                f"belongs to {scenario.module}."
            )
            break
    return problems


def _time_problems(record: dict[str, Any], state: Status) -> list[str]:
    """Time on task a person could have spent: no answer timed beyond a few hours, no more time
    than passed between the first and last activity, and not a small fraction of the plan."""
    seconds = [row["seconds"] for row in record["attempts"]]
    if any(not 0 <= s <= MAX_SECONDS_PER_ANSWER for s in seconds):
        return [f"An attempt records a time on task below 0 or above {MAX_SECONDS_PER_ANSWER // 3600} hours."]
    # _order_problems already refused a record with an undated row, so every row has its moment.
    moments = [at for r in record["attempts"] if (at := _when(r["saved_at"])) is not None]
    if not moments:
        return ["The record holds no answers at all."]
    total, planned = sum(seconds), state.hours.total_minutes * 60
    span = (max(moments) - min(moments)).total_seconds() + max(seconds)
    if total > span:
        return [
            f"The record claims {total / 60:.0f} minutes on task, but its answers were saved within "
            f"{span / 60:.0f} minutes of each other."
        ]
    if total < MIN_SHARE_OF_PLANNED * planned:
        return [
            f"The record shows {total / 60:.0f} minutes on task for a course planned at {planned / 60:.0f} "
            f"minutes: under a tenth of the plan, not plausibly worked through."
        ]
    return []


def _known_principles(saved: object) -> tuple[str, ...] | None:
    """The principles a saved judgement names (none saved: none named), or None when they are not
    a list of the course's principle names."""
    if not isinstance(saved or [], list):
        return None
    names = cast(list[object], saved or [])
    if not all(isinstance(p, str) and p in vocab.PRINCIPLES for p in names):
        return None
    return tuple(cast(list[str], names))


def _key_score(part: str, answer: dict[str, Any], scenario: Scenario) -> float:
    """A post-test answer scored with the key; an answer of a shape the widgets never save scores 0."""
    verdict, principles, choice, text = (answer.get(k) for k in ("verdict", "principles", "choice", "text"))
    named = _known_principles(principles)
    if part == "judgement" and verdict in (None, *vocab.VERDICTS) and named is not None:
        return score_judgement(scenario, verdict, named).score
    if part == "choice" and type(choice) is int and 0 <= choice < len(scenario.choices):
        return score_choice(scenario, choice).score
    if part == "rewrite" and isinstance(text, str) and scenario.rewrite:
        return score_rewrite(scenario, text).score
    return 0.0


def _attempt(row: dict[str, Any], key: Bank) -> Attempt:
    """A record's attempt; a post-test one re-scored with the key, never with the learner's own score."""
    score = row["score"]
    if row["context"] == POST_TEST:
        score = _key_score(row["part"], row["answer"], key.scenarios[row["scenario_id"]])
    return Attempt(
        row["id"],
        row["saved_at"],
        row["scenario_id"],
        row["module"],
        row["part"],
        row["answer"],
        score,
        float(row["seconds"]),
        row["context"],
    )


class RecordStore:
    """A completion record read as a progress store (the three reads ce.standing uses), with the
    post-test re-scored by the key."""

    def __init__(self, record: dict[str, Any], key: Bank):
        self._attempts = [_attempt(row, key) for row in record["attempts"]]
        self._events = [Event(r["id"], r["saved_at"], r["kind"], r["data"]) for r in record["events"]]
        who = record["learner"]
        self._profile = Profile(who["name"], who["profession"], who["licence"], who["saved_at"])

    def attempts(self, scenario_id: str | None = None, context: str | None = None) -> list[Attempt]:
        return [a for a in self._attempts if scenario_id in (None, a.scenario_id) and context in (None, a.context)]

    def events(self, kind: str | None = None) -> list[Event]:
        return [e for e in self._events if kind in (None, e.kind)]

    def profile(self) -> Profile:
        return self._profile


@dataclass(frozen=True)
class CheckedRecord:
    learner_id: str
    state: Status  # where the learner stands, by the key's scores
    first_activity: str
    last_activity: str


def check_record(
    record: dict[str, Any], key: Bank, source: str = "The record", clock: datetime | None = None
) -> CheckedRecord:
    """Every check a provider makes before signing, in order; RecordRefused lists what is wrong."""
    clock = clock or datetime.now(UTC)
    problems = _shape_problems(record) or _seal_problems(record)
    course = record.get("course", {})
    if not problems and (course.get("title"), course.get("version")) != (key.course.title, key.course.version):
        problems = [
            f"The record is for {course.get('title')!r} version {course.get('version')!r}; the key is for "
            f"{key.course.title!r} version {key.course.version!r}."
        ]
    problems = problems or _order_problems(record, key, clock)
    if problems:
        raise RecordRefused(source, problems)
    store = RecordStore(record, key)
    state = status(key, store)
    sittings = len(store.events(POST_TEST_START))
    if sittings > key.course.post_test_attempts:
        problems.append(
            f"The record has {sittings} post-test sittings; the course allows {key.course.post_test_attempts}."
        )
    problems += [f"Not complete: {m}" for m in state.missing if not problems]
    problems += _time_problems(record, state)
    if problems:
        raise RecordRefused(source, problems)
    dates = [local_date(record["learner"]["saved_at"])] + [local_date(a.saved_at) for a in store.attempts()]
    dates += [local_date(e.saved_at) for e in store.events()]
    return CheckedRecord(record["learner"]["id"], state, min(dates), max(dates))
