"""Reading nbgrader's gradebook for a whole cohort at once.

nbgrader's objects load each submission's notebooks, grades and totals lazily, one query each:
thousands of queries for a large cohort. These reads ask SQL for the same figures in a few
queries, with nbgrader's own score expression (manual score if set, else auto, plus extra credit).
"""

from dataclasses import dataclass, field

from nbgrader import api
from nbgrader.api import Gradebook
from sqlalchemy import select


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    email: str


@dataclass
class Submission:
    notebook_id: str = ""  # the submitted notebook, for the formgrader's page
    cells: dict[str, float] = field(default_factory=dict)  # grade id -> score
    needs_manual_grade: set[str] = field(default_factory=set)  # grade ids the formgrader lists

    @property
    def score(self) -> float:
        return sum(self.cells.values())


@dataclass(frozen=True)
class Grades:
    roster: dict[str, Person]  # every student in the gradebook
    submissions: dict[str, Submission]  # student -> their submission of the assignment
    max_score: float


def read_grades(db_url: str, course_id: str, assignment: str) -> Grades:
    grade_score = api.Grade.score  # nbgrader declares it None, then sets an SQL expression
    with Gradebook(db_url, course_id) as gb:
        roster = {
            sid: Person(first or "", last or "", email or "")
            for sid, first, last, email in gb.db.execute(
                select(api.Student.id, api.Student.first_name, api.Student.last_name, api.Student.email)
            )
        }
        found = gb.find_assignment(assignment)
        submitted = (
            select(api.SubmittedAssignment.id, api.SubmittedAssignment.student_id)
            .where(api.SubmittedAssignment.assignment_id == found.id)
            .subquery()
        )
        submissions = {sid: Submission() for _, sid in gb.db.execute(select(submitted))}
        rows = gb.db.execute(
            select(
                submitted.c.student_id,
                api.SubmittedNotebook.id,
                api.BaseCell.name,
                grade_score,
                api.Grade.needs_manual_grade,
            )
            .join(api.SubmittedNotebook, api.SubmittedNotebook.assignment_id == submitted.c.id)
            .outerjoin(api.Grade, api.Grade.notebook_id == api.SubmittedNotebook.id)
            .outerjoin(api.BaseCell, api.Grade.cell_id == api.BaseCell.id)
        )
        for sid, notebook_id, grade_id, score, needs_manual in rows:
            sub = submissions[sid]
            sub.notebook_id = sub.notebook_id or notebook_id
            if grade_id is None:  # a notebook not graded yet
                continue
            sub.cells[grade_id] = float(score or 0.0)
            if needs_manual:
                sub.needs_manual_grade.add(grade_id)
        max_score = float(found.max_score or 0.0)  # pyright: ignore[reportArgumentType]  # a column_property, float at runtime
    return Grades(roster, submissions, max_score)
