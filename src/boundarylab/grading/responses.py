"""The answers file: `responses.json`, beside the assignment notebook.

Why a file beside the notebook: nbgrader's release, fetch, submit, collect and zip_collect all move
the assignment folder as a whole, so the file travels with the submission with no extra exchange;
autograde copies it to `autograded/<student>/<assignment>/`, where the grading cells' kernel runs.
It is never in `source/` (autograde would overwrite the learner's copy with the source one), and
the generated config also lists it in `Autograde.exclude_overwriting`.

Every "Save answer" appends a save; nothing is overwritten. Grading uses each item's last
accepted save, item analysis its first (reference/assessment.md §1: first attempts only). Each
save carries a seal over the assignment, the learner's id and the answer, computed by the course
widgets: a save edited by hand, or a file saved by another learner and copied into this one's
submission, is recognised and not accepted. The seal's key is in this public source, so the seal
is a tamper check for honest mistakes, curious learners and copied files, not a secret: credit
rests on the answer key, which learners never hold (grading/README.md, "What is trusted").
"""

import hashlib
import hmac
import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from boundarylab import vocab
from boundarylab.paths import write_whole
from boundarylab.regions import REGIONS
from boundarylab.scoring import Response

FILE_NAME = "responses.json"
FORMAT = "boundarylab-responses"
VERSION = 1
MAX_FILE_BYTES = 5_000_000  # larger files are not read at all
MAX_SAVES = 5_000  # far more than any learner presses Save answer on one assignment
MAX_FIELD_CHARS = 200  # an id, a time, a verdict or a seal; the rewrite is bounded by the file's size
MAX_REWRITE_CHARS = 3000  # a post or reply; longer texts are scored on their beginning
_SEAL_KEY = b"boundarylab responses v1"


@dataclass(frozen=True)
class Save:
    item: str
    saved_at: str
    response: Response


@dataclass(frozen=True)
class ItemAnswer:
    """What grading uses for one item: the response (None if nothing usable) and notes saying why."""

    response: Response | None
    first: Response | None
    saves: int
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnswerSheet:
    """A learner's answers for one assignment, with every problem found in the file."""

    assignment: str
    answers: dict  # item id -> ItemAnswer, for items with at least one accepted save
    problems: tuple[str, ...]  # file-level: unreadable, wrong assignment, saves rejected
    readable: bool
    region: str = ""  # the learner's region (regions.REGIONS) at their last save: feedback names its crisis lines

    def answer(self, item: str) -> ItemAnswer:
        if item in self.answers:
            return self.answers[item]
        if not self.readable:
            return ItemAnswer(None, None, 0, self.problems)
        return ItemAnswer(None, None, 0, ("No answer was saved for this item.",))


def _entry(item: str, saved_at: str, r: Response, region: str = "") -> dict:
    entry = {
        "item": item,
        "saved_at": saved_at,
        "verdict": r.verdict,
        "principles": list(r.principles),
        "choice": r.choice,
        "rewrite": r.rewrite,
    }
    return {**entry, "region": region} if region else entry


def seal(assignment: str, student: str, entry: dict) -> str:
    """The save's tamper check: it binds the answer (and the learner's region, when the save names
    one) to the assignment and to the learner who saved it. Saves made before regions existed have
    no region and keep their seal."""
    body = {k: entry.get(k) for k in ("item", "saved_at", "verdict", "principles", "choice", "rewrite")}
    if "region" in entry:
        body["region"] = entry["region"]
    message = json.dumps([assignment, student, body], sort_keys=True, ensure_ascii=False).encode()
    return hmac.new(_SEAL_KEY, message, hashlib.sha256).hexdigest()[:24]


def learner_id() -> str:
    """Who is saving: the id nbgrader's submit files the assignment under. On JupyterHub that is the
    hub user (JUPYTERHUB_USER), which the system user need not be: a local-process spawner runs
    every learner as one account."""
    from nbgrader.utils import get_username

    return os.environ.get("JUPYTERHUB_USER") or get_username()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def empty(assignment: str, student: str) -> dict:
    return {"format": FORMAT, "version": VERSION, "assignment": assignment, "student": student, "saves": []}


def add_save(data: dict, item: str, response: Response, saved_at: str | None = None, region: str = "") -> dict:
    """The file's content with one more sealed save (pure: the demo cohort builds files with it)."""
    entry = _entry(item, saved_at or now(), response, region)
    entry["check"] = seal(data["assignment"], data["student"], entry)
    return {**data, "saves": [*data["saves"], entry]}


def write(path: Path, data: dict) -> None:
    write_whole(Path(path), json.dumps(data, ensure_ascii=False, indent=1))


def save_answer(path: Path, assignment: str, student: str, item: str, response: Response, region: str = "") -> None:
    """Append a save; a missing, unreadable or foreign file is started afresh (the old one kept aside)."""
    path = Path(path)
    data = empty(assignment, student)
    if path.exists():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if _looks_valid(loaded, assignment, student):
                data = loaded
            else:
                path.replace(path.with_name(path.name + ".unreadable"))
        except (OSError, ValueError):
            path.replace(path.with_name(path.name + ".unreadable"))
    write(path, add_save(data, item, response, region=region))


def _looks_valid(data, assignment: str, student: str) -> bool:
    return (
        isinstance(data, dict)
        and data.get("format") == FORMAT
        and data.get("assignment") == assignment
        and data.get("student") == student
        and isinstance(data.get("saves"), list)
    )


ENTRY_FIELDS = {"item", "saved_at", "verdict", "principles", "choice", "rewrite", "region", "check"}


def _well_formed(entry) -> bool:
    """A save of the widgets' shape and a sane size: known fields only, plain values (the list of
    principles the only container), no text but the rewrite longer than MAX_FIELD_CHARS."""
    if not isinstance(entry, dict) or not set(entry) <= ENTRY_FIELDS:
        return False
    principles = entry.get("principles", [])
    values = [v for k, v in entry.items() if k not in ("principles", "rewrite")]
    if isinstance(entry.get("rewrite"), (list, dict)):
        return False
    if isinstance(principles, list):
        values += principles
        if len(principles) > len(vocab.PRINCIPLES):
            return False
    return all(
        v is None or (isinstance(v, (bool, int, float)) or (isinstance(v, str) and len(v) <= MAX_FIELD_CHARS))
        for v in values
    )


def _response(entry: dict, choices_of) -> tuple[Response | None, str | None]:
    """The entry as a Response, or None and the reason it cannot be one."""
    item = entry.get("item")
    verdict, principles = entry.get("verdict"), entry.get("principles", [])
    choice, rewrite = entry.get("choice"), entry.get("rewrite")
    if verdict is not None and verdict not in vocab.VERDICTS:
        return None, f"the verdict '{str(verdict)[:40]}' is not one of {', '.join(vocab.VERDICTS)}"
    if not isinstance(principles, list) or any(p not in vocab.PRINCIPLES for p in principles):
        return None, "the principles list names a principle the course does not have"
    if choice is not None and (
        isinstance(choice, bool) or not isinstance(choice, int) or not 0 <= choice < max(choices_of(item), 1)
    ):
        return None, f"the best-step choice {str(choice)[:20]!s} is not one of the options"
    if rewrite is not None and not isinstance(rewrite, str):
        return None, "the rewrite is not text"
    return Response(verdict, tuple(dict.fromkeys(principles)), choice, rewrite), None


def _unusable(assignment: str, sentence: str) -> "AnswerSheet":
    return AnswerSheet(assignment, {}, (sentence,), False)


def parse(data, assignment: str, student: str, items: dict) -> AnswerSheet:
    """`items` maps each item id of the assignment to its number of best-step options; only saves
    sealed for this assignment and this learner count."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("saves"), list):
        return _unusable(
            assignment,
            f"{FILE_NAME} is not a BoundaryLab answers file, so no answer could be read. Every item scores 0.",
        )
    if data.get("assignment") != assignment:
        return _unusable(
            assignment,
            f"{FILE_NAME} holds answers for '{str(data.get('assignment'))[:60]}', not "
            f"'{assignment}', so none could be used. Every item scores 0.",
        )
    if data.get("student") != student:
        return _unusable(
            assignment,
            f"{FILE_NAME} was saved by another learner ('{str(data.get('student'))[:60]}'), "
            f"not by {student}, so none of its answers count. Every item scores 0.",
        )
    if len(data["saves"]) > MAX_SAVES:
        return _unusable(
            assignment,
            f"{FILE_NAME} holds {len(data['saves']):,} saves, far more than the Save answer "
            "buttons make; it was not used. Every item scores 0.",
        )
    saves: dict[str, list[Response]] = {}
    rejected: dict[str, list[str]] = {}
    foreign = 0
    region = ""
    for entry in data["saves"]:
        item = entry.get("item") if isinstance(entry, dict) else None
        if not isinstance(item, str) or item not in items:
            foreign += 1
            continue
        if not _well_formed(entry) or entry.get("check") != seal(assignment, student, entry):
            rejected.setdefault(item, []).append(
                "An answer for this item was changed outside the course widgets (the file was edited by "
                "hand), so that save was not accepted."
            )
            continue
        response, why = _response(entry, items.get)
        if response is None:
            rejected.setdefault(item, []).append(f"A saved answer could not be used: {why}.")
            continue
        saves.setdefault(item, []).append(response)
        if entry.get("region") in REGIONS:
            region = entry["region"]
    answers = {}
    truncated = 0
    for item in items:
        notes = list(dict.fromkeys(rejected.get(item, [])))
        accepted = saves.get(item, [])
        if notes and accepted:
            notes.append("Your last answer saved with the widgets was graded.")
        last = accepted[-1] if accepted else None
        if last is not None and last.rewrite is not None and len(last.rewrite) > MAX_REWRITE_CHARS:
            notes.append(
                f"Your rewrite is {len(last.rewrite):,} characters long; posts and replies are "
                f"scored on their first {MAX_REWRITE_CHARS:,} characters."
            )
            last = Response(last.verdict, last.principles, last.choice, last.rewrite[:MAX_REWRITE_CHARS])
            truncated += 1
        if accepted or notes:
            answers[item] = ItemAnswer(last, accepted[0] if accepted else None, len(accepted), tuple(notes))
    problems = []
    if rejected:
        problems.append(
            f"{sum(map(len, rejected.values()))} saved answer(s) were not accepted (edited by hand or not valid)."
        )
    if truncated:
        problems.append(
            f"{truncated} rewrite(s) longer than {MAX_REWRITE_CHARS:,} characters were scored on their beginning."
        )
    if foreign:
        problems.append(f"{foreign} save(s) name items that are not in this assignment and were ignored.")
    return AnswerSheet(assignment, answers, tuple(problems), True, region)


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """At most `limit` + 1 bytes of a regular file; None for a folder or device, OSError for a link."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(limit + 1)
    finally:
        os.close(fd)


def read(path: Path, assignment: str, student: str, items: dict) -> AnswerSheet:
    """The answer sheet in `path`, saved by `student`; a missing, huge, linked or unreadable file
    gives a sheet that says so. Nothing else of a submission is ever read."""
    path = Path(path)
    try:
        raw = read_limited(path)
    except FileNotFoundError:
        return _unusable(
            assignment,
            f"No {FILE_NAME} was submitted: no answer was saved with the Save answer buttons. Every item scores 0.",
        )
    except OSError:
        return _unusable(
            assignment,
            f"{FILE_NAME} is a link or cannot be opened, so it was not read (answers "
            "count only from the learner's own file). Every item scores 0.",
        )
    if raw is None:
        return _unusable(assignment, f"{FILE_NAME} is not a plain file, so it was not read. Every item scores 0.")
    if len(raw) > MAX_FILE_BYTES:
        return _unusable(
            assignment,
            f"{FILE_NAME} is larger than {MAX_FILE_BYTES:,} bytes, far more than answers "
            "take; it was not read. Every item scores 0.",
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _unusable(assignment, f"{FILE_NAME} is not text, so no answer could be read. Every item scores 0.")
    except json.JSONDecodeError as e:
        return _unusable(
            assignment,
            f"{FILE_NAME} is damaged (not valid JSON at line {e.lineno}, column "
            f"{e.colno}), so no answer could be read. It was probably edited or cut off. "
            "Every item scores 0.",
        )
    except RecursionError:
        return _unusable(
            assignment,
            f"{FILE_NAME} is nested far deeper than an answers file, so it was not read. Every item scores 0.",
        )
    return parse(data, assignment, student, items)
