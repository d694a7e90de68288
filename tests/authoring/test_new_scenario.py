"""`boundarylab new-scenario` and `boundarylab try`: the loop a course author lives in."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from boundarylab.bank import load_bank
from boundarylab.bank.skeleton import FILL, unfilled
from boundarylab.notebook_builder import build_all

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "boundarylab", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def bank_copy(tmp_path):
    shutil.copytree(ROOT / "scenarios", tmp_path / "scenarios")
    return tmp_path / "scenarios"


def test_a_new_dm_skeleton_is_valid_takes_the_next_free_id_and_marks_every_blank(bank_copy):
    before = load_bank(bank_copy)
    taken = sorted(int(s.id.split("-")[1]) for s in before.in_module("messages-and-crisis"))
    out = run("new-scenario", "messages-and-crisis", "--kind", "dm", "--path", str(bank_copy))
    assert out.returncode == 0, out.stdout + out.stderr
    new_id = f"{before.in_module('messages-and-crisis')[0].id.split('-')[0]}-{taken[-1] + 1:03d}"
    assert f"{new_id} added" in out.stdout and "all valid" in out.stdout
    scenario = load_bank(bank_copy).scenarios[new_id]
    assert scenario.kind == "dm" and scenario.artifact.sender is not None and scenario.draft.action == "send"
    text = (bank_copy / "messages-and-crisis.yaml").read_text(encoding="utf-8")
    assert len(unfilled(text)) >= 10
    assert "# what is on screen before you act" in text  # every field says what goes there


def test_validate_lists_the_blanks_still_to_write(bank_copy):
    run("new-scenario", "repair", "--kind", "post", "--path", str(bank_copy))
    out = run("validate", str(bank_copy))
    assert out.returncode == 0
    assert re.search(r"repair\.yaml:\d+: still to write \(FILL IN\)", out.stdout), out.stdout


def test_from_copies_an_items_structure_but_none_of_its_words(bank_copy):
    source = load_bank(bank_copy).scenarios["pres-006"]
    out = run("new-scenario", "colleagues", "--from", "pres-006", "--path", str(bank_copy))
    assert out.returncode == 0, out.stderr
    new = load_bank(bank_copy).in_module("colleagues")[-1]
    assert (new.kind, new.platform, new.draft.action, new.artifact.rating) == (
        source.kind,
        source.platform,
        source.draft.action,
        source.artifact.rating,
    )
    assert new.rewrite.must_avoid == source.rewrite.must_avoid
    assert source.artifact.text not in (bank_copy / "colleagues.yaml").read_text(encoding="utf-8").split(new.id)[1]
    assert new.title.startswith(FILL)


def test_a_filled_skeleton_is_in_the_built_notebook_and_reads_as_a_card(bank_copy):
    count = len(load_bank(bank_copy).in_module("repair"))
    run("new-scenario", "repair", "--kind", "comment", "--path", str(bank_copy))
    file = bank_copy / "repair.yaml"
    words = iter(
        [
            "Your old comment resurfaces",
            "You are an LCSW; a reader quotes a comment you wrote years ago.",
            "Mara",
            "This aged badly.",
            "Ben",
            "Still think this, doc?",
            "Yes, and I stand by it.",
            "A public reply can repair trust.",
            "Reply and explain.",
            "Apologise in the thread.",
            "Say nothing.",
            "Why 1",
            "Why 2",
            "Why 3",
            "Write the reply you would post.",
            "I got this wrong years ago, and I am sorry.",
        ]
    )
    filled = re.sub(r'"FILL IN: [^"]*"', lambda _: f'"{next(words)}"', file.read_text(encoding="utf-8"))
    file.write_text(filled, encoding="utf-8")
    assert run("validate", str(bank_copy)).returncode == 0
    bank = load_bank(bank_copy)
    new = bank.in_module("repair")[-1]
    assert new.title == "Your old comment resurfaces"
    notebook = build_all(bank)["08_repair.ipynb"]
    assert f"{count + 1} scenarios" in notebook
    shown = run("try", new.id, "--path", str(bank_copy))
    assert shown.returncode == 0, shown.stderr
    assert "Your old comment resurfaces" in shown.stdout and "Still think this, doc?" in shown.stdout


def test_try_prints_the_card_the_feedback_on_model_answer_and_draft_and_item_notes():
    out = run("try", "conf-002")
    assert out.returncode == 0, out.stderr
    assert "Title: " in out.stdout and "Your draft" in out.stdout
    assert "- model answer: passes" in out.stdout
    assert "- the draft as it stands: fails" in out.stdout
    assert "Item-writing notes" in out.stdout


def test_try_runs_the_items_dev_stress_rewrites_and_holds_back_its_test_ones():
    entries = [
        e
        for path in sorted((ROOT / "tests" / "analysis" / "stress").rglob("*.yaml"))
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))
        if e["scenario"] == "conf-006"
    ]
    dev = [e for e in entries if e["split"] == "DEV"]
    test = [e for e in entries if e["split"] == "TEST"]
    out = run("try", "conf-006").stdout
    blocks = [b for b in out.split("\n- ") if b.startswith("stress rewrite (")]
    shown = {" ".join(" ".join(ln.split("│", 1)[1] for ln in b.splitlines() if "│" in ln).split()) for b in blocks}
    assert shown == {" ".join(e["text"].split()) for e in dev} and len(blocks) == len(dev) > 0
    assert f"{len(dev)} DEV rewrite(s) above; {len(test)} TEST rewrite(s) held back" in out


def test_try_names_an_unknown_id_in_a_sentence():
    out = run("try", "conf-999")
    assert out.returncode == 1 and "'conf-999' is not a scenario id" in out.stderr


def test_the_committed_bank_has_no_unwritten_blanks():
    for file in sorted((ROOT / "scenarios").glob("*.yaml")):
        assert unfilled(file.read_text(encoding="utf-8")) == [], file.name
