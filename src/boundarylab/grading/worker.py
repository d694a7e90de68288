"""One grading worker: a warm kernel, one gradebook engine, and a share of the submissions, each
autograded (one transaction) and then given its feedback. `grade.py` runs one per core."""

import contextlib
import gc
import logging
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory

from boundarylab.grading.config import load_config
from boundarylab.grading.converters import FastAutograde, FastFeedback
from boundarylab.grading.gradebook import shared_gradebook, submission
from boundarylab.grading.kernels import WarmKernel


@dataclass(frozen=True)
class Share:
    course: str
    assignment: str
    db_url: str | None
    students: tuple[str, ...]
    feedback: bool
    log_path: str


@dataclass(frozen=True)
class Graded:
    student: str
    notes: tuple[str, ...]  # what was repaired
    failure: str | None  # why automatic grading failed, if it did
    seconds: float


@contextlib.contextmanager
def _logging_to(path: Path):
    """The worker's log: nbgrader's converters, and anything that logs to the root logger (nbgrader's
    database errors do), go to the file instead of the terminal."""
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
        yield log
    finally:
        root.handlers[:] = saved
        handler.close()


@contextlib.contextmanager
def _warnings_to(log: logging.Logger):
    """Python warnings (nbgrader's SQLAlchemy ones among them) go to the log, not the terminal."""
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        previous = warnings.showwarning
        warnings.showwarning = lambda message, category, filename, lineno, *_: log.warning(
            "%s:%s: %s: %s", filename, lineno, category.__name__, message)
        try:
            yield
        finally:
            warnings.showwarning = previous


def zero_unscored(db_url: str, course_id: str, assignment: str, student: str) -> None:
    """Every student ends with a score: cells left without one get 0, flagged for manual grading."""
    with Gradebook(db_url, course_id) as gb:
        gb.update_or_create_student(student)
        try:
            sub = gb.find_submission(assignment, student)
        except MissingEntry:
            sub = gb.add_submission(assignment, student)
        for nb in sub.notebooks:
            for grade in nb.grades:
                if grade.auto_score is None and grade.manual_score is None:
                    grade.auto_score = 0.0
                    grade.needs_manual_grade = True
        gb.db.commit()


def _everyone(share: Share) -> set[str]:
    """Every student with a submission or graded work for the assignment (other shares included)."""
    course = Path(share.course)
    return {p.parent.name for folder in ("submitted", "autograded") for p in (course / folder).glob(f"*/{share.assignment}")}


def grade_share(share: Share, report=lambda event, student: None) -> list[Graded]:
    """Grade every student of the share; `report(event, student)` after each grading and feedback."""
    log_path = Path(share.log_path)
    cfg = load_config(Path(share.course), share.db_url)
    db, course_id = cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id
    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = share.assignment
    done = []
    with _logging_to(log_path) as log, shared_gradebook(), _warnings_to(log), log_path.open("a") as kernel_output:
        with WarmKernel(cwd=share.course, output=kernel_output) as kernel:
            autograde = FastAutograde(coursedir=coursedir, kernel=kernel, config=cfg, log=log)
            autograde.force = True
            gc.freeze()  # what is loaded now lives for the whole batch: keep collections short
            for student in share.students:
                started = time.perf_counter()
                coursedir.student_id = student
                failure = None
                try:
                    with submission(db):
                        autograde.start()
                except Exception as error:  # noqa: BLE001 - one submission never stops the batch
                    log.exception("grading %s failed", student)
                    failure = (f"Automatic grading failed ({type(error).__name__}); every cell scored 0 and is "
                               f"flagged for manual grading. Details in {log_path}.")
                    zero_unscored(db, course_id, share.assignment, student)
                done.append(Graded(student, autograde.notes.get(student, ()), failure,
                                   time.perf_counter() - started))
                report("graded", student)
        graded = [g.student for g in done if g.failure is None]
        if share.feedback and graded:
            # One feedback run for the whole share: nbgrader sets its HTML exporter up once per run.
            feedback = FastFeedback(coursedir=coursedir, config=cfg, log=log)
            feedback.force = True
            feedback.post_convert_hook = lambda **_: report("feedback", None)
            coursedir.student_id = "*"
            coursedir.student_id_exclude = ",".join(sorted(_everyone(share) - set(graded)))
            try:
                feedback.start()
            except Exception:  # noqa: BLE001 - grades are saved; the log says which feedback failed
                log.exception("feedback failed for some of %s", ", ".join(graded))
    return done
