"""Attack: the `skip-execution` tag (JupyterLab's property inspector, no code) on every grading cell.
nbgrader's kernel then skips those cells and scores a grading cell with no output as full marks.
`boundarylab grade` never runs the notebook: the submission scores what its answers are worth."""

import json

import pytest
from grading_attacks import A, cell_scores, grade, submit, worth

from boundarylab.scoring import Response


def tagged_release(course):
    nb = json.loads((course / "release" / A / f"{A}.ipynb").read_text())
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade"):
            cell["metadata"]["tags"] = ["skip-execution"]
            cell["outputs"] = []
    return nb


def weak_answers(posttest):
    """Every item answered `ok` with no principle: worth far less than full marks."""
    return [(item.scenario_id, Response("ok", (), 0, "Thanks!")) for item in posttest.items]


def test_every_grading_cell_tagged_skip_execution_scores_what_the_answers_are_worth(course, key, key_bank, posttest):
    saves = weak_answers(posttest)
    submit(course, "learner001", saves, notebook=tagged_release(course))
    grade(course, key)
    total = sum(cell_scores(course, "learner001").values())
    assert total == pytest.approx(worth(key_bank, posttest, saves), abs=1e-6)
    assert total < posttest.points / 2


def test_tagging_the_cells_and_deleting_the_answers_file_scores_zero_with_a_sentence(course, key, posttest):
    submit(course, "learner001", (), notebook=tagged_release(course))
    out = grade(course, key)
    assert sum(cell_scores(course, "learner001").values()) == 0
    assert "No responses.json was submitted" in out.stdout
    summary = (course / "logs" / f"grade-{A}-summary.csv").read_text()
    assert "learner001,graded,0.00" in summary and "Automatic grading failed" not in summary
