"""`boundarylab grade`: grade every submission of an assignment from its answers file, then write
nbgrader's feedback.

No kernel runs and nothing a learner submitted is executed or trusted: each submission's
`responses.json` is scored in this process against the instructor's key (autograde.py), the
autograded notebook is written from the released one, and nbgrader's own GenerateFeedback turns
it into the learner's feedback. A broken submission is graded as far as it can be and explained;
one whose grading still fails gets 0 on every cell, flagged for manual grading, and the batch
goes on.
"""

import contextlib
import csv
import logging
import multiprocessing
import time
import traceback
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.converters import GenerateFeedback
from nbgrader.coursedir import CourseDirectory

from boundarylab.grading import responses
from boundarylab.grading.autograde import (
    carry_exchange_files,
    graded_notebook,
    save_grades,
    score_submission,
    write_notebook,
    zero_unscored,
)
from boundarylab.grading.config import load_config
from boundarylab.grading.keys import key_dir, load_key
from boundarylab.grading.manifest import read_manifest
from boundarylab.grading.progress_bar import ProgressBar
from boundarylab.grading.submissions import ROSTER
from boundarylab.machine import usable_cores
from boundarylab.reports.spreadsheet import write_csv

LOGS = "logs"


class GradingError(Exception):
    """Grading cannot start; the message says what to do."""


@dataclass(frozen=True)
class SubmissionResult:
    student: str
    status: str  # graded | failed
    score: float
    max_score: float
    answered: int
    items: int
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True)
class GradeRun:
    assignment: str
    results: tuple[SubmissionResult, ...]
    seconds: float
    passing_score: float
    log_dir: Path
    summary_path: Path | None = None


def import_roster(gb: Gradebook, course: Path) -> int:
    """Names and emails from roster.csv (nbgrader's `db student import` format), if there is one."""
    path = course / ROSTER
    if not path.exists():
        return 0
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        fields = {k: v for k, v in row.items() if k != "id" and v}
        gb.update_or_create_student(row["id"], **fields)  # pyright: ignore[reportArgumentType]  # nbgrader: **kwargs: dict
    return len(rows)


def _release(course: Path, name: str, notebook: str):
    path = course / "release" / name / f"{notebook}.ipynb"
    if not path.exists():
        raise GradingError(f"{name} has not been generated: run `nbgrader generate_assignment {name}` in {course}.")
    return nbformat.read(str(path), as_version=4)


def _check_known(gb: Gradebook, db_url: str, name: str, notebook: str) -> None:
    try:
        gb.find_notebook(notebook, name)
    except MissingEntry:
        raise GradingError(
            f"The gradebook ({db_url}) does not know {name}: run `nbgrader generate_assignment "
            f"{name}` with this gradebook first."
        ) from None


@contextlib.contextmanager
def _logging_to(path: Path):
    """nbgrader's converter, its database errors and Python warnings go to the log file, not the
    terminal (which shows the progress bar and the summary)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    log = logging.getLogger(f"boundarylab.grade.{path.stem}")
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers[:] = [handler]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            previous = warnings.showwarning
            warnings.showwarning = lambda message, category, filename, lineno, *_: log.warning(
                "%s:%s: %s: %s", filename, lineno, category.__name__, message
            )
            try:
                yield log
            finally:
                warnings.showwarning = previous
    finally:
        root.handlers[:] = saved
        handler.close()


def _submitted(course: Path, name: str, students) -> list[str]:
    found = sorted(p.parent.name for p in (course / "submitted").glob(f"*/{name}") if p.is_dir())
    if students:
        found = [s for s in found if s in set(students)]
    if not found:
        raise GradingError(
            f"No submissions of {name} in {course / 'submitted'}"
            + (f" for {', '.join(students)}" if students else "")
            + f": run `nbgrader collect {name}` (or zip_collect) first."
        )
    return found


def _feedback(cfg, name: str, graded: list[str], course: Path, log, report) -> None:
    """nbgrader's own GenerateFeedback, once for all graded students (it sets its exporter up once)."""
    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = name
    coursedir.student_id = "*"
    everyone = {p.parent.name for p in (course / "autograded").glob(f"*/{name}")}
    coursedir.student_id_exclude = ",".join(sorted(everyone - set(graded)))
    converter = GenerateFeedback(coursedir=coursedir, config=cfg, log=log)
    converter.force = True
    converter.post_convert_hook = lambda **_: report("feedback")
    try:
        converter.start()
    except Exception:
        log.exception("feedback failed for some of %s", ", ".join(graded))


class ScoringFailed(Exception):
    """Scoring one submission in a worker raised an exception: ScoringFailed(its type name, its traceback).
    Made from its args alone, so it comes back from the worker process intact."""

    @property
    def kind(self) -> str:
        return self.args[0]

    def __str__(self) -> str:
        return self.args[1]


PARALLEL_FROM = 8  # submissions; fewer are scored in this process (starting workers costs more)
_worker: dict = {}


def _start_worker(bank, assignment) -> None:
    _worker.update(bank=bank, assignment=assignment)


def _score_in_worker(job: tuple[Path, str]):
    answers, student = job
    began = time.perf_counter()
    try:
        scored = score_submission(_worker["bank"], _worker["assignment"], answers, student)
    except Exception as error:  # noqa: BLE001 - reported back for this submission; the batch goes on
        scored = ScoringFailed(type(error).__name__, traceback.format_exc())
    return student, scored, time.perf_counter() - began


def _scored(bank, assignment, submitted_dir: Path, name: str, students: list[str]):
    """(student, Submission or ScoringFailed, seconds) in the students' order. Scoring is pure computation
    on the answers file, so a large batch is scored by one worker process per core (forked, so the key is
    not copied) while this process writes notebooks and gradebook rows as results arrive."""
    jobs = [(submitted_dir / s / name / responses.FILE_NAME, s) for s in students]
    cores = usable_cores()
    if len(jobs) < PARALLEL_FROM or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        _start_worker(bank, assignment)
        yield from map(_score_in_worker, jobs)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(cores, mp_context=context, initializer=_start_worker, initargs=(bank, assignment)) as pool:
        yield from pool.map(_score_in_worker, jobs, chunksize=4)


def grade_assignment(
    course, name: str, key=None, db_url: str | None = None, students=None, feedback: bool = True, progress: bool = True
) -> GradeRun:
    course = Path(course).resolve()
    bank = load_key(key_dir(key, course))
    cfg = load_config(course, db_url)
    db, course_id = cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id
    assignment = read_manifest(course, name).assignment
    release = _release(course, name, assignment.notebook)
    submitted = _submitted(course, name, students)
    log_dir = course / LOGS
    bar = ProgressBar(
        len(submitted) * (2 if feedback else 1),
        "Grading" + (" and feedback" if feedback else ""),
        stream=None if progress else _Null(),
    )
    started = time.perf_counter()
    done, graded = [], []
    with _logging_to(log_dir / f"grade-{name}.log") as log, Gradebook(db, course_id) as gb:
        _check_known(gb, db, name, assignment.notebook)
        import_roster(gb, course)
        for student, scored, scoring_seconds in _scored(bank, assignment, course / "submitted", name, submitted):
            began = time.perf_counter() - scoring_seconds
            graded_folder = course / "autograded" / student / name
            try:
                if isinstance(scored, ScoringFailed):
                    raise scored
                write_notebook(graded_notebook(release, scored), graded_folder, assignment.notebook)
                timestamp = carry_exchange_files(course / "submitted" / student / name, graded_folder)
                save_grades(gb, name, assignment.notebook, scored, timestamp)
                graded.append(student)
                done.append((student, scored.sheet, scored.notes, None, time.perf_counter() - began))
            except Exception as error:
                log.exception("grading %s failed", student)
                zero_unscored(gb, name, student)
                kind = error.kind if isinstance(error, ScoringFailed) else type(error).__name__
                failure = (
                    f"Automatic grading failed ({kind}); every cell scored 0 and is flagged "
                    f"for manual grading. Details in {log_dir / f'grade-{name}.log'}."
                )
                done.append((student, None, (failure,), failure, time.perf_counter() - began))
            bar.update(f"graded {student}")
        if feedback and graded:
            _feedback(cfg, name, graded, course, log, lambda event: bar.update(event))
        # nbgrader declares score and max_score as None and sets them as SQL column properties later
        totals = {s.student.id: (float(s.score), float(s.max_score)) for s in gb.assignment_submissions(name)}  # pyright: ignore[reportArgumentType]  # see above
    results = []
    for student, sheet, notes, failure, seconds in done:
        answered = sum(sheet.answer(i.scenario_id).response is not None for i in assignment.items) if sheet else 0
        score, max_score = totals.get(student, (0.0, float(assignment.points)))
        results.append(
            SubmissionResult(
                student,
                "failed" if failure else "graded",
                score,
                max_score,
                answered,
                len(assignment.items),
                notes,
                seconds,
            )
        )
    run = GradeRun(name, tuple(results), time.perf_counter() - started, bank.course.passing_score, log_dir)
    return _write_summary(course, run)


class _Null:
    def write(self, _):
        pass

    def flush(self):
        pass


def _write_summary(course: Path, run: GradeRun) -> GradeRun:
    rows = []
    for r in run.results:
        pct = 100 * r.score / r.max_score if r.max_score else 0.0
        rows.append(
            [
                r.student,
                r.status,
                f"{r.score:.2f}",
                f"{r.max_score:.0f}",
                f"{pct:.1f}",
                pct >= 100 * run.passing_score,
                r.answered,
                r.items,
                " | ".join(r.notes),
            ]
        )
    path = write_csv(
        course / LOGS / f"grade-{run.assignment}-summary.csv",
        ["student", "status", "score", "max_score", "percent", "passed", "answered", "items", "notes"],
        rows,
    )
    return GradeRun(run.assignment, run.results, run.seconds, run.passing_score, run.log_dir, path)


def render_summary(run: GradeRun) -> str:
    lines = [f"{'student':<14} {'status':<9} {'score':>12} {'%':>6}  pass  answered  notes"]
    for r in run.results:
        pct = 100 * r.score / r.max_score if r.max_score else 0.0
        note = r.notes[0] if r.notes else ""
        lines.append(
            f"{r.student:<14} {r.status:<9} {r.score:>6.2f}/{r.max_score:<5.0f} {pct:>6.1f}  "
            f"{'yes' if pct >= 100 * run.passing_score else 'no ':<4}  {r.answered:>3}/{r.items:<4}  "
            f"{note[:70] + ('…' if len(note) > 70 else '')}"
        )
    n = len(run.results)
    passed = sum(1 for r in run.results if r.max_score and r.score / r.max_score >= run.passing_score)
    problems = sum(1 for r in run.results if r.notes)
    lines.append(
        f"{n} submissions graded in {run.seconds:.1f} s. Passed: {passed}/{n} (passing score "
        f"{100 * run.passing_score:.0f} %). With notes: {problems}."
    )
    lines.append(f"Summary: {run.summary_path}   Log: {run.log_dir}")
    return "\n".join(lines)
