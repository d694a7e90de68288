"""The learner notebooks: current with the bank, hidden code, no outputs, and every one runs
headless from a fresh progress home without an error."""

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from boundarylab.bank import load_bank
from boundarylab.notebook_builder import START, build_all
from boundarylab.progress import FILE_NAME

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
ALL = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


@pytest.fixture(scope="module")
def generated():
    return build_all(load_bank(ROOT / "scenarios"))


def read(name: str):
    return nbformat.read(NOTEBOOKS / name, as_version=4)


def test_committed_notebooks_are_current_with_the_bank(generated):
    stale = [
        name
        for name, text in generated.items()
        if not (NOTEBOOKS / name).is_file() or (NOTEBOOKS / name).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"stale: {stale}; run `boundarylab build-notebooks` and commit the result"


def test_the_build_is_deterministic(generated):
    assert build_all(load_bank(ROOT / "scenarios")) == generated


@pytest.mark.parametrize("name", ALL)
def test_every_notebook_names_its_kernel_and_hides_its_code(name):
    nb = read(name)
    assert nb.metadata.kernelspec.name == "python3"  # else a "Select Kernel" dialog blocks the learner
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.metadata.get("jupyter", {}).get("source_hidden") is True
            assert cell.source.startswith("# "), "the one visible line is a friendly comment"
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("name", ALL)
def test_every_notebook_is_saved_without_outputs_and_keeps_its_lesson_text_rendered(name):
    """Course mode saves a notebook a moment after Run All: a saved widget would reopen as "model
    not found", and a lesson cell that could be edited would show its Markdown on a double-click."""
    nb = read(name)
    assert nb.metadata.get("boundarylab", {}).get("clear_outputs_on_save") is True
    assert all(c.metadata.get("editable") is False for c in nb.cells if c.cell_type == "markdown")


@pytest.mark.parametrize("name", sorted(generated_name for generated_name in ALL if generated_name[:2] <= "08"))
def test_the_first_cell_says_how_to_start_and_the_last_gives_key_points(name):
    nb = read(name)
    assert "Run ▸ Run All Cells" in nb.cells[0].source
    assert nb.cells[-1].source.startswith("## Key points")


def execute(name: str, home: Path, monkeypatch):
    monkeypatch.setenv("BOUNDARYLAB_HOME", str(home))  # the kernel inherits it
    if os.environ.get("PYTHONPATH"):  # the kernel runs in notebooks/: a relative entry would miss
        monkeypatch.setenv(
            "PYTHONPATH",
            os.pathsep.join(str(Path(p).resolve()) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p),
        )
    nb = read(name)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb, [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


def widget_text(nb) -> str:
    """Every value the widgets hold at the end of the run (the repr in the output is truncated)."""
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}).get("state", {})
    return " ".join(str(m["state"].get("value", "")) for m in state.values())


@pytest.mark.parametrize("name", ALL)
def test_every_notebook_runs_headless_from_a_fresh_home(name, tmp_path, monkeypatch):
    nb, outputs = execute(name, tmp_path / "home", monkeypatch)
    assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"], outputs
    shown = " ".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "Traceback" not in shown
    assert "bl-message bl-error" not in widget_text(nb)
    if name == START:
        assert "ProfileForm(" in shown
    elif name[:2] <= "08":
        assert shown.startswith("ModuleRunner(")


def test_a_corrupt_progress_file_is_a_sentence_in_the_notebook_and_stays_as_it_was(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / FILE_NAME).write_bytes(b"corrupt" * 500)
    nb, outputs = execute(ALL[1], home, monkeypatch)
    assert not [o for o in outputs if o.output_type == "error"]
    shown = widget_text(nb)
    assert "not a readable BoundaryLab progress file" in shown and "Traceback" not in shown
    assert (home / FILE_NAME).read_bytes() == b"corrupt" * 500
