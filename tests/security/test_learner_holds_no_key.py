"""Attack: reading the key out of what a learner is given. The installed package and the learner's
course folder (`boundarylab learner-dist`) hold no post-test answer; the course still runs from
that folder, and its post-test is saved and submitted for the provider to score."""

import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from grading_attacks import ROOT
from nbclient import NotebookClient

from boundarylab.forms import POST_TEST_MODULE


def answer_strings(key_bank) -> set[str]:
    """Every piece of the post-test key that is text: rationales, choice feedback, model answers."""
    out = set()
    for s in key_bank.in_module(POST_TEST_MODULE):
        out.add(" ".join(s.answer.rationale.split())[:60])
        out.update(" ".join(c.feedback.split())[:60] for c in s.choices)
        if s.rewrite:
            out.add(" ".join(s.rewrite.model_answer.split())[:60])
    return out


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("learner") / "course"
    done = subprocess.run(
        [sys.executable, "-m", "boundarylab", "learner-dist", "--out", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return out


def test_the_learners_course_folder_holds_no_post_test_answer(dist, key_bank):
    keys = answer_strings(key_bank)
    files = [p for p in dist.rglob("*") if p.is_file()]
    assert any(p.name == "assessment.yaml" for p in files)
    for path in files:
        text = folded(path.read_text(encoding="utf-8", errors="replace"))
        assert not [k for k in keys if k in text], path
    from boundarylab.bank import load_bank

    learner_bank = load_bank(dist / "scenarios")
    for s in learner_bank.in_module(POST_TEST_MODULE):
        assert s.answer is None and not any(c.correct or c.feedback for c in s.choices)
        assert s.rewrite is None or (s.rewrite.model_answer is None and not s.rewrite.must_avoid)


def test_the_installed_package_holds_no_post_test_answer(tmp_path, key_bank):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    wheel = next(tmp_path.glob("boundarylab-*.whl"))
    keys = answer_strings(key_bank)
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            text = folded(z.read(name).decode("utf-8", errors="replace"))
            assert not [k for k in keys if k in text], name


def test_the_course_runs_from_the_learners_folder_and_its_post_test_is_submitted_unscored(dist, tmp_path, monkeypatch):
    monkeypatch.setenv("BOUNDARYLAB_COURSE_ROOT", str(dist))
    monkeypatch.setenv("BOUNDARYLAB_HOME", str(tmp_path / "home"))
    nb = nbformat.read(dist / "notebooks" / "10_assessment.ipynb", as_version=4)
    NotebookClient(nb, timeout=180, resources={"metadata": {"path": str(dist / "notebooks")}}).execute()
    errors = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error" or o.get("name") == "stderr"
    ]
    shown = [o["data"]["text/plain"] for o in nb.cells[2].outputs if "text/plain" in o.get("data", {})]
    assert not errors and shown and shown[0].startswith("PostTest(")  # the post-test, not a sentence about a fault

    from boundarylab import ce
    from boundarylab.bank import load_bank
    from boundarylab.progress import ProgressStore
    from boundarylab.scoring import Response
    from boundarylab.widgets.post_test import PostTest

    learner_bank = load_bank(dist / "scenarios")
    store = ProgressStore.open(tmp_path / "home")
    widget = PostTest(learner_bank, store)
    widget.start.click()
    first = widget.views[0]
    first.on_answer(first.scenario.id, Response("revise", ("confidentiality",), 0, "A short reply."))
    widget.submit.click()
    assert "saved and submitted" in widget.header.value and "not known yet" in widget.header.value
    assert "%" not in widget.header.value
    state = ce.status(learner_bank, store)
    assert state.sittings[-1].complete and not state.sittings[-1].scored and not state.passed
    assert any("not known yet" in m for m in state.missing)
