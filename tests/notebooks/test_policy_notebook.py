"""notebooks/09_policy.ipynb: generated from the bank, thin, and it runs clean in a real kernel."""

import json

import nbformat
import pytest
from nbclient import NotebookClient

from boundarylab.bank import load_bank
from boundarylab.notebook_builder import stale
from boundarylab.paths import course_root

NOTEBOOK = course_root() / "notebooks" / "09_policy.ipynb"
WIDGET = "application/vnd.jupyter.widget-view+json"


def test_the_policy_notebook_is_current_with_the_bank():
    assert "09_policy.ipynb" not in stale(load_bank(course_root() / "scenarios"), NOTEBOOK.parent), (
        "run `boundarylab build-notebooks` and commit the result"
    )


def test_the_policy_notebook_is_thin_hidden_and_saved_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.id for c in code] == ["practice", "builder"]
    for cell in code:
        assert cell.metadata.jupyter.source_hidden and not cell.outputs and cell.execution_count is None
        assert len(cell.source.splitlines()) <= 3
    ids = [c.id for c in nb.cells]
    assert ids.index("practice") < ids.index("builder") < ids.index("keypoints")


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BOUNDARYLAB_HOME", str(home))
        nb = nbformat.read(NOTEBOOK, as_version=4)
        NotebookClient(
            nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
        ).execute()
    return nb


def test_the_policy_notebook_runs_and_shows_the_scenarios_and_the_builder(executed):
    outputs = {c.id: c.outputs for c in executed.cells if c.cell_type == "code"}
    for cell_id in ("practice", "builder"):
        assert [o.output_type for o in outputs[cell_id]] == ["display_data"], outputs[cell_id]
        assert WIDGET in outputs[cell_id][0].data
    text = json.dumps(outputs)
    assert "Traceback" not in text and "Sorry, something went wrong" not in text


def test_the_widgets_shown_are_the_runner_and_the_form_not_an_error_message(executed):
    plain = {c.id: c.outputs[0].data["text/plain"] for c in executed.cells if c.cell_type == "code"}
    assert plain["practice"].startswith("ModuleRunner(") and plain["builder"].startswith("PolicyForm("), plain
