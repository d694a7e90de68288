"""The item-writing audit on the committed bank (issue 12): the verdict must not be readable from
how a card looks, titles must not judge, drafts must not repeat each other."""

import subprocess
import sys

import pytest

from boundarylab.bank import load_bank
from boundarylab.bank.audit import CUE_MARGIN, LONGEST_SHARE, audit, near_duplicates
from boundarylab.bank.cues import judging_words

AUDIT = audit(load_bank("scenarios"))


def test_a_cue_only_model_does_little_better_than_the_commonest_verdict_on_the_practice_bank():
    assert AUDIT.practice.gain <= CUE_MARGIN, AUDIT.practice


@pytest.mark.parametrize("form", AUDIT.forms, ids=lambda f: f.scope)
def test_a_cue_only_model_does_little_better_than_the_commonest_verdict_on_each_post_test_form(form):
    assert form.gain <= CUE_MARGIN, form


def test_the_correct_option_is_rarely_the_longest():
    assert AUDIT.longest_share <= LONGEST_SHARE


def test_no_title_judges_the_draft():
    assert not AUDIT.evaluative_titles


def test_no_two_drafts_are_near_duplicates():
    assert not AUDIT.near_duplicates


def test_writing_tasks_appear_on_items_of_every_verdict():
    for verdict, (tasks, items) in AUDIT.writing_tasks.items():
        assert tasks >= items / 3, verdict


def test_the_judging_word_list_catches_the_titles_the_reviewer_flagged():
    assert judging_words("A correction with a sneer") == ["sneer"]
    assert judging_words("An apology that blames the readers") == ["blames"]
    assert not judging_words("Correcting last week's post on trauma")


def test_near_duplicate_drafts_are_reported_with_their_similarity(tmp_path):
    bank = load_bank("scenarios")
    first, second = list(bank.scenarios.values())[:2]
    copy = second.model_copy(update={"draft": first.draft})
    pairs = near_duplicates(bank.__class__(bank.course, bank.modules, {first.id: first, second.id: copy}, bank.sources))
    assert pairs and pairs[0][:2] == (first.id, second.id) and pairs[0][2] == 1.0


def test_the_audit_command_prints_the_figures_and_writes_escaped_html(tmp_path):
    html = tmp_path / "audit.html"
    out = subprocess.run(
        [sys.executable, "-m", "boundarylab", "audit", "--html", str(html)], capture_output=True, text=True
    )
    assert "Cue-only verdict accuracy" in out.stdout and "correct option is the longest" in out.stdout
    page = html.read_text()
    assert page.startswith("<!doctype html>") and "<main>" in page and "post-test form A" in page
    assert out.returncode == (1 if AUDIT.problems() else 0)
