"""nbgrader's gradebook, opened once per batch, one transaction per submission.

Plain nbgrader builds a new `Gradebook` about nine times per submission (the converter five times,
then each database step); each one creates an SQLAlchemy engine, inspects every table and runs
`create_all` before its first query. SaveAutoGrades then commits once per grading cell, and on
SQLite every commit waits for the disk. Within `shared_gradebook()`, those call sites keep their
code but share one engine and one session, and `submission()` makes each submission a single
transaction: a commit inside it flushes and expires (what a commit makes visible to the rest of
the pipeline) and the real commit comes once the submission is graded. Setup (student, submission)
is committed before the kernel runs (steps/commit_setup.py), so with several workers on SQLite no
transaction holds the write lock while a notebook runs. A submission whose grading fails is rolled
back, so it never leaves the half-graded state plain nbgrader can leave.
"""

import contextlib
import importlib

from nbgrader.api import Gradebook
from sqlalchemy import event
from sqlalchemy.orm import Session, scoped_session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 120_000

# The modules that open a gradebook while autograding or generating feedback.
CALL_SITES = ("nbgrader.converters.autograde", "nbgrader.preprocessors.overwritecells",
              "nbgrader.preprocessors.saveautogrades", "nbgrader.preprocessors.overwritekernelspec",
              "nbgrader.preprocessors.latesubmissions", "nbgrader.preprocessors.getgrades")


class _BatchSession(Session):
    in_submission = False

    def commit(self):
        if self.in_submission:
            self.flush()
            self.expire_all()
        else:
            super().commit()

    def commit_now(self):
        """End the current transaction for real, inside a submission too."""
        super().commit()


def _wait_for_locks(dbapi_connection, _record):
    """SQLite: wait for another worker's transaction (they are short) instead of failing at once."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


class PooledGradebook(Gradebook):
    """A Gradebook on the batch's engine and session. The first one for a URL sets the database
    up exactly as nbgrader does; every one checks the course, as nbgrader's do."""

    _shared: dict = {}  # db url -> (engine, scoped session)

    def __init__(self, db_url, course_id="default_course", authenticator=None):
        if db_url not in self._shared:
            super().__init__(db_url, course_id, authenticator)
            self.db.remove()
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _wait_for_locks)
                self.engine.dispose()
            self._shared[db_url] = (self.engine, scoped_session(sessionmaker(
                class_=_BatchSession, autoflush=True, bind=self.engine, future=True)))
        self.engine, self.db = self._shared[db_url]
        self.check_course(course_id=course_id)
        self.course_id = course_id
        self.authenticator = authenticator

    def close(self):
        """The batch owns the session; a call site closing its gradebook ends nothing."""

    @classmethod
    def session(cls, db_url):
        return cls._shared[db_url][1] if db_url in cls._shared else None

    @classmethod
    def dispose_all(cls):
        for engine, session in cls._shared.values():
            session.remove()
            engine.dispose()
        cls._shared.clear()


@contextlib.contextmanager
def shared_gradebook():
    """Within the block, every nbgrader call site above opens PooledGradebooks."""
    patched = []
    for name in CALL_SITES:
        module = importlib.import_module(name)
        if getattr(module, "Gradebook", None) is Gradebook:
            module.Gradebook = PooledGradebook
            patched.append(module)
    try:
        yield
    finally:
        for module in patched:
            module.Gradebook = Gradebook
        PooledGradebook.dispose_all()


@contextlib.contextmanager
def submission(db_url: str):
    """One transaction for everything grading one submission writes: committed if it succeeds,
    rolled back whole if it raises."""
    PooledGradebook(db_url).close()  # make sure the shared session exists
    session = PooledGradebook.session(db_url)
    session().in_submission = True
    try:
        yield
    except BaseException:
        session().in_submission = False
        session.rollback()
        raise
    else:
        session().in_submission = False
        session.commit()


def commit_now(db_url: str) -> None:
    session = PooledGradebook.session(db_url)
    if session is not None:
        session().commit_now()


def cell_scores(db_url: str, course_id: str, assignment: str) -> dict:
    """{student: {grade id: score}} for every submission: manual score if set, else auto, else 0."""
    out = {}
    with Gradebook(db_url, course_id) as gb:
        for sub in gb.assignment_submissions(assignment):
            out[sub.student.id] = {g.name: float(g.score) for nb in sub.notebooks for g in nb.grades}
    return out


def submission_totals(db_url: str, course_id: str, assignment: str) -> dict:
    """{student: (score, max score, needs manual grade)}."""
    out = {}
    with Gradebook(db_url, course_id) as gb:
        for sub in gb.assignment_submissions(assignment):
            out[sub.student.id] = (float(sub.score), float(sub.max_score), bool(sub.needs_manual_grade))
    return out
