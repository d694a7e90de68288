"""Attack: a `scenarios/` folder shipped inside a submission, holding a made-up key that agrees
with the learner's answers. Plain nbgrader copies it beside the kernel, which found its course by
searching upward from there. The key is read only from the instructor's folder, so it changes
nothing."""

import shutil

import pytest
import yaml
from grading_attacks import ROOT, cell_scores, grade, submit, worth

from boundarylab.grading.keys import KeyMissing, key_dir
from boundarylab.scoring import Response


def forged_bank(folder, posttest):
    """The sample key with every post-test item's answer rewritten to `ok`, confidentiality, option 1."""
    shutil.copytree(ROOT / "scenarios", folder)
    path = folder / "assessment.yaml"
    data = yaml.safe_load(path.read_text())
    for s in data["scenarios"]:
        s["answer"]["verdict"], s["answer"]["principles"] = "ok", ["confidentiality"]
        for i, c in enumerate(s.get("choices", [])):
            c["correct"] = i == 0
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_a_scenarios_folder_in_a_submission_never_becomes_the_key(course, key, key_bank, posttest):
    saves = [(item.scenario_id, Response("ok", ("confidentiality",), 0)) for item in posttest.items]
    folder = submit(course, "learner001", saves)
    forged_bank(folder / "scenarios", posttest)
    grade(course, key)
    total = sum(cell_scores(course, "learner001").values())
    assert total == pytest.approx(worth(key_bank, posttest, saves), abs=1e-6)
    assert total < posttest.points / 2


def test_no_key_is_ever_found_from_the_working_folder(tmp_path, monkeypatch):
    forged = tmp_path / "submission"
    shutil.copytree(ROOT / "scenarios", forged / "scenarios")
    monkeypatch.chdir(forged)
    monkeypatch.delenv("BOUNDARYLAB_KEY", raising=False)
    with pytest.raises(KeyMissing, match="needs the post-test key"):
        key_dir()
    with pytest.raises(KeyMissing, match="absolute path"):
        key_dir("scenarios")
