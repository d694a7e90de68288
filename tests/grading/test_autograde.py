"""One submission graded without running it: the released notebook with each grading cell's result
as its output (the value nbgrader itself would read), and the gradebook written through nbgrader's
API, where a cell without a result never scores above 0."""

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.utils import determine_grade

from boundarylab.grading import responses
from boundarylab.grading.autograde import Submission, graded_notebook, save_grades, score_submission
from boundarylab.grading.build import build
from boundarylab.grading.config import environ_with
from boundarylab.grading.results import CellResult
from boundarylab.scoring import Response

A = "posttest-a"


@pytest.fixture(scope="module")
def release(bank, tmp_path_factory):
    folder = tmp_path_factory.mktemp("course")
    build(bank, folder)
    return nbformat.read(folder / "source" / A / f"{A}.ipynb", as_version=4)


@pytest.fixture
def gradebook(tmp_path, posttest, monkeypatch):
    """A real nbgrader gradebook that knows the assignment's grading cells (nbgrader creates it with
    the `alembic` command, found on PATH)."""
    monkeypatch.setenv("PATH", environ_with(None)["PATH"])
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", "boundarylab") as gb:
        gb.add_assignment(A)
        gb.add_notebook(A, A)
        for item in posttest.items:
            gb.add_grade_cell(item.decision_id, A, A, max_score=item.decision_points, cell_type="code")
            if item.rewrite_points:
                gb.add_grade_cell(item.rewrite_id, A, A, max_score=1, cell_type="code")
        yield gb


def graded(bank, posttest, tmp_path, saves):
    path = tmp_path / responses.FILE_NAME
    for item, response in saves:
        responses.save_answer(path, A, "learner001", item, response)
    return score_submission(bank, posttest, path, "learner001")


def test_each_grading_cell_shows_its_result_as_the_value_nbgrader_reads(bank, posttest, release, tmp_path):
    first = posttest.items[0].scenario_id
    sub = graded(bank, posttest, tmp_path, [(first, Response("revise", ("confidentiality",), 0))])
    nb = graded_notebook(release, sub)
    cells = {c.metadata.nbgrader["grade_id"]: c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")}
    assert set(cells) == set(sub.results)
    for grade_id, cell in cells.items():
        assert determine_grade(cell)[0] == pytest.approx(sub.results[grade_id].points)
        assert cell.outputs[0]["data"]["text/html"] == sub.results[grade_id].html
    assert [c.source for c in nb.cells] == [c.source for c in release.cells]  # nothing else changed


def test_a_gradebook_cell_without_a_result_scores_zero_and_asks_for_review(bank, posttest, gradebook, tmp_path):
    full = {gid: CellResult(gid, 1.0, 1, "") for item in posttest.items for gid in item.grade_ids}
    missing = posttest.items[0].decision_id
    del full[missing]
    save_grades(gradebook, A, A, Submission("learner001", None, full, ()))
    grades = {g.name: g for g in gradebook.find_submission_notebook(A, A, "learner001").grades}
    assert grades[missing].auto_score == 0 and grades[missing].needs_manual_grade
    assert all(g.auto_score == 1.0 and not g.needs_manual_grade for name, g in grades.items() if name != missing)


def test_grading_again_keeps_a_score_overridden_by_hand_and_flags_it(bank, posttest, gradebook, tmp_path):
    sub = graded(bank, posttest, tmp_path, [])
    save_grades(gradebook, A, A, sub)
    grade = gradebook.find_grade(posttest.items[0].decision_id, A, A, "learner001")
    grade.manual_score, grade.needs_manual_grade = 1.5, False
    gradebook.db.commit()
    save_grades(gradebook, A, A, sub)
    grade = gradebook.find_grade(posttest.items[0].decision_id, A, A, "learner001")
    assert grade.score == 1.5 and grade.needs_manual_grade
