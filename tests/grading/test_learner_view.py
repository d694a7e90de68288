"""What a learner meets: the released notebook runs headless without an error or a warning, and
Save answer writes a sealed answer to responses.json beside the notebook."""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from boundarylab.grading import cells, responses
from boundarylab.scoring import Response

ROOT = Path(__file__).resolve().parents[2]


def test_save_answer_appends_a_sealed_answer_and_says_it_is_saved(bank, tmp_path):
    s = next(s for s in bank.scenarios.values() if s.choices and s.rewrite)
    box = cells.answer_widget("posttest-a", s.id, tmp_path, student="learner001")
    view, status = box.children
    assert "Not answered yet" in status.value
    view.judge.verdict.value = "revise"
    view.judge.boxes[s.answer.principles[0]].value = True
    view.best_step.choice.value = 1
    view.rewrite.text.value = "My rewrite"
    view.save.click()
    answer = responses.read(tmp_path / responses.FILE_NAME, "posttest-a", "learner001", {s.id: len(s.choices)}).answer(
        s.id
    )
    assert answer.response == Response("revise", (s.answer.principles[0],), 1, "My rewrite")
    assert "Answer saved (1 save)" in status.value
    assert (
        "Answer saved (1 save)"
        in cells.answer_widget("posttest-a", s.id, tmp_path, student="learner001").children[1].value
    )


def test_each_save_records_the_region_of_the_learners_profile(bank, tmp_path, monkeypatch):
    from boundarylab.widgets.entry import progress_store

    monkeypatch.setenv("BOUNDARYLAB_HOME", str(tmp_path / "home"))
    progress_store().save_profile("Ana Ruiz", region="uk")
    s = next(s for s in bank.scenarios.values() if s.choices and s.rewrite)
    view, _ = cells.answer_widget("posttest-a", s.id, tmp_path, student="learner001").children
    view.judge.verdict.value = "revise"
    view.judge.boxes[s.answer.principles[0]].value = True
    view.best_step.choice.value = 1
    view.rewrite.text.value = "My rewrite"
    view.save.click()
    sheet = responses.read(tmp_path / responses.FILE_NAME, "posttest-a", "learner001", {s.id: len(s.choices)})
    assert sheet.answer(s.id).response is not None
    assert sheet.region == "uk"


def test_the_released_notebook_runs_headless_and_shows_every_item(tmp_path):
    release = tmp_path / "posttest-a"
    out = subprocess.run(
        [
            str(Path(sys.executable).parent / "nbgrader"),
            "generate_assignment",
            "posttest-a",
            "--no-db",
            "--CourseDirectory.root=" + str(tmp_path),
            "--CourseDirectory.source_directory=" + str(ROOT / "grading" / "source"),
            "--CourseDirectory.release_directory=" + str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    nb = nbformat.read(release / "posttest-a.ipynb", as_version=4)
    NotebookClient(nb, resources={"metadata": {"path": str(release)}}, timeout=120).execute()
    items = json.loads((ROOT / "grading" / "source" / "posttest-a" / "posttest-a.ipynb").read_text())
    n_items = len(items["metadata"]["boundarylab"]["items"])
    widgets = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    problems = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error" or o.get("name") == "stderr"
    ]
    assert not problems
    assert len(widgets) == n_items
    assert "items answered" in json.dumps(nb.cells[-1].outputs)
