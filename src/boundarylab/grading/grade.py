"""`boundarylab grade`: autograde and feedback for every submission of an assignment.

Where plain `nbgrader autograde` spends its time on these notebooks, and what this does instead:
- a new kernel per notebook, which then imports the package and loads the bank: one warm kernel
  per worker (kernels.py), reset to a fresh session between notebooks;
- nbgrader's metadata check compiling its JSON schema for every cell, twice per notebook: the
  schema compiled once (steps/check_metadata_compiled.py);
- a new gradebook engine about nine times per submission and a disk-synced commit per grading
  cell: one engine and one transaction per submission (gradebook.py);
- the sanitized notebook written and read back between nbgrader's two passes: one pass in memory;
- one notebook at a time on a multi-core machine: one worker per core (worker.py).
Every grading cell still runs in a Jupyter kernel through nbgrader's own steps, so the scores are
the ones plain nbgrader gives (benchmarks/grading.py checks this).

A broken submission is graded as far as it can be and explained; one that still fails gets 0 on
every cell, flagged for manual grading, and the batch goes on.
"""

import csv
import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from boundarylab.grading import responses
from boundarylab.grading.config import load_config
from boundarylab.grading.gradebook import submission_totals
from boundarylab.grading.keys import key_bank
from boundarylab.grading.manifest import read_manifest
from boundarylab.grading.progress_bar import ProgressBar
from boundarylab.grading.submissions import ROSTER
from boundarylab.grading.worker import Graded, Share, grade_share
from boundarylab.reports.spreadsheet import write_csv

LOGS = "logs"
MAX_WORKERS = 8  # beyond this the gradebook, not the CPU, sets the pace


class GradingError(Exception):
    """Grading cannot start; the message says what to do."""


@dataclass(frozen=True)
class SubmissionResult:
    student: str
    status: str  # graded | repaired | failed
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
    workers: int
    passing_score: float
    log_dir: Path
    summary_path: Path | None = None


def import_roster(db_url: str, course_id: str, course: Path) -> int:
    """Names and emails from roster.csv (nbgrader's `db student import` format), if there is one."""
    path = course / ROSTER
    if not path.exists():
        return 0
    with path.open(newline="", encoding="utf-8") as f, Gradebook(db_url, course_id) as gb:
        rows = list(csv.DictReader(f))
        for row in rows:
            gb.update_or_create_student(row["id"], **{k: v for k, v in row.items() if k != "id" and v})
    return len(rows)


def _check_ready(db_url: str, course_id: str, course: Path, name: str, notebook: str) -> None:
    if not (course / "release" / name / f"{notebook}.ipynb").exists():
        raise GradingError(f"{name} has not been generated: run `nbgrader generate_assignment {name}` in {course}.")
    with Gradebook(db_url, course_id) as gb:
        try:
            gb.find_notebook(notebook, name)
        except MissingEntry:
            raise GradingError(f"The gradebook ({db_url}) does not know {name}: run `nbgrader generate_assignment "
                               f"{name}` with this gradebook first.") from None


def _run_worker(share: Share, events) -> list[Graded]:
    return grade_share(share, lambda event, student: events.put((event, student)))


def _grade_in_workers(shares: list[Share], bar: ProgressBar) -> list[Graded]:
    """Shares in worker processes (forked: the parent has already imported everything they need)."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Manager() as manager, context.Pool(len(shares)) as pool:
        events = manager.Queue()
        pending = [pool.apply_async(_run_worker, (share, events)) for share in shares]
        while not all(p.ready() for p in pending) or not events.empty():
            try:
                event, student = events.get(timeout=0.2)
            except Exception:  # noqa: BLE001 - queue.Empty from a manager proxy
                continue
            bar.update(f"{event} {student or ''}")
        return [graded for p in pending for graded in p.get()]


def grade_assignment(course, name: str, db_url: str | None = None, students=None, feedback: bool = True,
                     progress: bool = True, workers: int | None = None) -> GradeRun:
    course = Path(course).resolve()
    cfg = load_config(course, db_url)
    db, course_id = cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id
    manifest = read_manifest(course, name)
    _check_ready(db, course_id, course, name, manifest.assignment.notebook)
    import_roster(db, course_id, course)
    submitted = sorted(p.parent.name for p in (course / "submitted").glob(f"*/{name}") if p.is_dir())
    if students:
        wanted = set(students)
        submitted = [s for s in submitted if s in wanted]
    if not submitted:
        raise GradingError(f"No submissions of {name} in {course / 'submitted'}"
                           + (f" for {', '.join(students)}" if students else "")
                           + f": run `nbgrader collect {name}` (or zip_collect) first.")
    workers = max(1, min(workers or min(os.cpu_count() or 1, MAX_WORKERS), len(submitted)))
    log_dir = course / LOGS
    shares = [Share(str(course), name, db_url, tuple(submitted[k::workers]), feedback,
                    str(log_dir / f"grade-{name}-worker{k + 1}.log")) for k in range(workers)]
    steps = len(submitted) * (2 if feedback else 1)
    bar = ProgressBar(steps, "Grading" + (" and feedback" if feedback else ""), stream=None if progress else _Null())
    started = time.perf_counter()
    if workers == 1:
        graded = grade_share(shares[0], lambda event, student: bar.update(f"{event} {student or ''}"))
    else:
        graded = _grade_in_workers(shares, bar)
    seconds = time.perf_counter() - started
    run = _results(course, name, db, course_id, manifest, graded, seconds, workers, log_dir)
    return _write_summary(course, run)


def _results(course, name, db, course_id, manifest, graded, seconds, workers, log_dir) -> GradeRun:
    bank = key_bank()
    items = manifest.assignment.items
    choices = {i.scenario_id: len(bank.scenarios[i.scenario_id].choices) for i in items}
    totals = submission_totals(db, course_id, name)
    results = []
    for g in sorted(graded, key=lambda g: g.student):
        folder = course / ("submitted" if g.failure else "autograded") / g.student / name
        sheet = responses.read(folder / responses.FILE_NAME, name, choices)
        answered = sum(sheet.answer(i.scenario_id).response is not None for i in items)
        notes = tuple(dict.fromkeys(g.notes + sheet.problems + ((g.failure,) if g.failure else ())))
        score, max_score, _ = totals.get(g.student, (0.0, float(manifest.assignment.points), True))
        status = "failed" if g.failure else ("repaired" if g.notes else "graded")
        results.append(SubmissionResult(g.student, status, score, max_score, answered, len(items), notes, g.seconds))
    return GradeRun(name, tuple(results), seconds, workers, bank.course.passing_score, log_dir)


class _Null:
    def write(self, _):
        pass

    def flush(self):
        pass


def _write_summary(course: Path, run: GradeRun) -> GradeRun:
    rows = []
    for r in run.results:
        pct = 100 * r.score / r.max_score if r.max_score else 0.0
        rows.append([r.student, r.status, f"{r.score:.2f}", f"{r.max_score:.0f}", f"{pct:.1f}",
                     pct >= 100 * run.passing_score, r.answered, r.items, " | ".join(r.notes)])
    path = write_csv(course / LOGS / f"grade-{run.assignment}-summary.csv",
                     ["student", "status", "score", "max_score", "percent", "passed", "answered", "items", "notes"],
                     rows)
    return GradeRun(run.assignment, run.results, run.seconds, run.workers, run.passing_score, run.log_dir, path)


def render_summary(run: GradeRun) -> str:
    lines = [f"{'student':<14} {'status':<9} {'score':>12} {'%':>6}  pass  answered  notes"]
    for r in run.results:
        pct = 100 * r.score / r.max_score if r.max_score else 0.0
        note = r.notes[0] if r.notes else ""
        lines.append(f"{r.student:<14} {r.status:<9} {r.score:>6.2f}/{r.max_score:<5.0f} {pct:>6.1f}  "
                     f"{'yes' if pct >= 100 * run.passing_score else 'no ':<4}  {r.answered:>3}/{r.items:<4}  "
                     f"{note[:70] + ('…' if len(note) > 70 else '')}")
    n = len(run.results)
    passed = sum(1 for r in run.results if r.max_score and r.score / r.max_score >= run.passing_score)
    problems = sum(1 for r in run.results if r.notes)
    lines.append(f"{n} submissions graded with feedback in {run.seconds:.1f} s on {run.workers} worker(s). "
                 f"Passed: {passed}/{n} (passing score {100 * run.passing_score:.0f} %). With notes: {problems}.")
    lines.append(f"Summary: {run.summary_path}   Logs: {run.log_dir}")
    return "\n".join(lines)
