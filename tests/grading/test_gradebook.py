"""The cohort report's bulk gradebook read agrees with nbgrader's own objects, cell by cell."""

import pytest
from nbgrader.api import Gradebook

from boundarylab.grading.gradebook import read_grades


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url) as gb:
        gb.add_assignment("posttest")
        gb.add_notebook("posttest", "posttest")
        for name, points in (("q1", 1), ("q2", 2), ("q3", 2)):
            gb.add_grade_cell(name, "posttest", "posttest", max_score=points, cell_type="markdown")
        gb.add_student("ana", first_name="Ana", last_name="Ruiz", email="ana@example.org")
        gb.add_student("ben", first_name="Ben")
        gb.add_student("cy")  # on the roster, never submitted
        for student in ("ana", "ben"):
            gb.add_submission("posttest", student)
        graded = {
            ("ana", "q1"): dict(auto_score=1.0, needs_manual_grade=False),
            ("ana", "q2"): dict(auto_score=2.0, manual_score=0.5, needs_manual_grade=False),  # an override
            ("ana", "q3"): dict(auto_score=1.0, extra_credit=0.5, needs_manual_grade=True),  # awaiting review
            ("ben", "q1"): dict(auto_score=0.0, needs_manual_grade=False),
        }  # ben's q2 and q3 were never scored
        for (student, cell), values in graded.items():
            grade = gb.find_grade(cell, "posttest", "posttest", student)
            for key, value in values.items():
                setattr(grade, key, value)
        gb.db.commit()
    return url


def test_bulk_read_matches_nbgraders_own_scores(db):
    grades = read_grades(db, "default_course", "posttest")
    with Gradebook(db) as gb:
        for sub in gb.assignment_submissions("posttest"):
            mine = grades.submissions[sub.student.id]
            nb = sub.notebooks[0]
            assert mine.cells == {g.name: float(g.score) for g in nb.grades}
            assert mine.score == pytest.approx(float(sub.score))
            assert grades.max_score == pytest.approx(float(sub.max_score))
            assert mine.needs_manual_grade == {g.name for g in nb.grades if g.needs_manual_grade}
            assert mine.notebook_id == nb.id


def test_bulk_read_names_the_roster_and_who_submitted(db):
    grades = read_grades(db, "default_course", "posttest")
    assert set(grades.roster) == {"ana", "ben", "cy"}
    assert (grades.roster["ana"].first_name, grades.roster["ana"].email) == ("Ana", "ana@example.org")
    assert (grades.roster["cy"].first_name, grades.roster["cy"].last_name) == ("", "")
    assert set(grades.submissions) == {"ana", "ben"}
    assert grades.submissions["ana"].cells == {"q1": 1.0, "q2": 0.5, "q3": 1.5}
    assert grades.submissions["ana"].needs_manual_grade == {"q3"}
    assert grades.max_score == 5.0
