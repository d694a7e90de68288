"""A submitted notebook that cannot be read or whose cells are not the released ones is graded
from a fresh copy, with a note saying what was wrong; an untouched one is graded as submitted."""

import json

import nbformat
import pytest

from boundarylab.grading.build import build
from boundarylab.grading.steps import repair_submission


@pytest.fixture(scope="module")
def release(bank, tmp_path_factory):
    folder = tmp_path_factory.mktemp("course")
    build(bank, folder)
    return folder / "source" / "posttest-a" / "posttest-a.ipynb"


def submit(tmp_path, text):
    path = tmp_path / "posttest-a.ipynb"
    path.write_text(text, encoding="utf-8")
    return path


def cells(release):
    return json.loads(release.read_text())


def test_an_untouched_notebook_with_outputs_is_graded_as_submitted(release, tmp_path):
    nb = cells(release)
    nb["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hi"}]
    repaired = repair_submission(submit(tmp_path, json.dumps(nb)), release)
    assert repaired.notes == () and repaired.notebook.cells[2].outputs


def test_a_notebook_cut_off_mid_file_is_replaced_by_a_fresh_copy(release, tmp_path):
    text = release.read_text()
    repaired = repair_submission(submit(tmp_path, text[: len(text) // 2]), release)
    assert "could not be read" in repaired.notes[0]
    assert len(repaired.notebook.cells) == len(nbformat.read(str(release), 4).cells)


def test_a_deleted_grading_cell_an_added_cell_and_an_edited_cell_are_each_named(release, tmp_path):
    nb = cells(release)
    grading = [i for i, c in enumerate(nb["cells"]) if c["metadata"].get("nbgrader", {}).get("grade")]
    deleted_id = nb["cells"][grading[1]]["metadata"]["nbgrader"]["grade_id"]
    nb["cells"][grading[0]]["source"] = "2.0"
    edited_id = nb["cells"][grading[0]]["metadata"]["nbgrader"]["grade_id"]
    del nb["cells"][grading[1]]
    nb["cells"].append({"cell_type": "code", "metadata": {}, "source": "import os", "outputs": [],
                        "execution_count": None, "id": "added"})
    note = repair_submission(submit(tmp_path, json.dumps(nb)), release).notes[0]
    assert f"deleted ({deleted_id})" in note and "1 cell(s) were added" in note and f"edited ({edited_id})" in note
