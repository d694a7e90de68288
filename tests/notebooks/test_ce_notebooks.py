"""The CE notebooks (10_assessment, my_progress): thin, hidden input, no outputs committed, and
they run top to bottom in a real kernel with a throwaway BOUNDARYLAB_HOME."""

import shutil
from pathlib import Path

import nbformat
import pytest

from boundarylab.bank import load_bank
from boundarylab.ce.demo import make_demo_learner
from boundarylab.progress import ProgressStore

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ["10_assessment.ipynb", "my_progress.ipynb"]
BANK = ROOT / "tests" / "fixtures" / "ce_bank"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_notebook_is_thin_hidden_and_clean(name):
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        lines = cell.source.splitlines()
        assert lines[0].startswith("# ") and len(lines) <= 3
        assert cell.metadata["jupyter"]["source_hidden"] and not cell.outputs and cell.execution_count is None


def run(name, tmp_path, monkeypatch):
    from nbclient import NotebookClient

    course = tmp_path / "course"
    shutil.copytree(BANK, course / "scenarios")
    monkeypatch.setenv("BOUNDARYLAB_COURSE_ROOT", str(course))
    monkeypatch.setenv("BOUNDARYLAB_HOME", str(tmp_path / "home"))
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    state = nb.metadata.widgets["application/vnd.jupyter.widget-state+json"]["state"]
    return " ".join(str(w["state"].get(key, "")) for w in state.values() for key in ("value", "description"))


def test_the_assessment_notebook_shows_post_test_evaluation_and_completion_record(tmp_path, monkeypatch):
    text = run("10_assessment.ipynb", tmp_path, monkeypatch)
    assert "The post-test (form A) has 2 scenarios" in text
    assert "I am able to classify alpha scenarios" in text
    assert "Submit my evaluation" in text and "Finish: my completion record" in text


def test_the_progress_notebook_shows_the_dashboard_of_a_learner(tmp_path, monkeypatch):
    with ProgressStore.open(tmp_path / "home") as store:
        make_demo_learner(load_bank(BANK), store)
    text = run("my_progress.ipynb", tmp_path, monkeypatch)
    assert "Your progress" in text and "Still to do" in text
    assert text.count("<img") == 5
