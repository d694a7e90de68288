"""The rewrite step with the real analysis: marked words, reasons, strengths, no duplicates."""

from pathlib import Path

import pytest

from boundarylab.bank import load_bank
from boundarylab.widgets import ScenarioView

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "scenarios")


def with_rubric(bank, check):
    return next(s for s in bank.scenarios.values() if s.rewrite and check in s.rewrite.must_include)


def test_the_unchanged_draft_has_its_problem_words_marked_with_reasons(bank, store):
    s = next(x for x in bank.scenarios.values() if x.rewrite and x.draft.text and x.answer.verdict == "revise")
    view = ScenarioView(s, store=store)
    view.rewrite.text.value = s.draft.text
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    assert "Not there yet" in html and "<mark>" in html and '<ol class="bl-findings">' in html
    assert html.count("almost word for word") <= 1
    assert store.attempts()[-1].part == "rewrite" and store.attempts()[-1].score < 0.5


def test_the_model_answer_passes_and_its_required_elements_are_acknowledged(bank, store):
    s = with_rubric(bank, "redirects-to-secure-channel")
    view = ScenarioView(s, store=store)
    view.rewrite.text.value = s.rewrite.model_answer
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    assert "This rewrite passes the checks" in html and "100 %" in html
    assert "<mark>" not in html  # a required element is not a concern
    assert "Already in your rewrite" in html and "Pointing to a secure channel" in html


def test_each_reason_is_shown_once(bank, store):
    s = next(x for x in bank.scenarios.values() if x.rewrite and x.draft.text and x.answer.verdict == "revise")
    view = ScenarioView(s, store=store)
    view.rewrite.text.value = s.draft.text + " Thanks!"
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    first = html.split('<ol class="bl-findings">')[1].split("</li>")[0].split("</strong>: ")[1]
    assert html.count(first) == 1


def test_model_answer_shows_only_after_a_pass_or_a_second_try(bank, store):
    s = next(x for x in bank.scenarios.values() if x.rewrite and x.draft.text)
    view = ScenarioView(s, store=store)
    view.rewrite.text.value = s.draft.text
    view.rewrite.check.click()
    model = s.rewrite.model_answer.split(".")[0].replace("'", "&#x27;").replace('"', "&quot;")
    assert "One good answer" not in view.rewrite.feedback.value
    view.rewrite.text.value = s.draft.text + " Thanks!"
    view.rewrite.check.click()
    assert "One good answer" in view.rewrite.feedback.value and model in view.rewrite.feedback.value


def test_a_pass_lists_the_rubric_concepts_as_questions_beside_the_model_answer(bank, store):
    s = bank.scenarios["conf-002"]  # conf-003 was replaced in the item rework
    view = ScenarioView(s, store=store)
    view.rewrite.text.value = (
        "Thank you for your feedback. We take every concern seriously; if you would like to "
        "talk about yours, please call our practice manager at 555-0136."
    )
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    assert "This rewrite passes the checks" in html and "One good answer" in html
    assert "check it yourself" in html
    for concept in s.rewrite.concepts:
        assert concept.question.replace("'", "&#x27;").replace('"', "&quot;") in html


def test_a_failing_rewrite_shows_no_self_check_list(bank, store):
    s = bank.scenarios["conf-002"]
    view = ScenarioView(s, store=store)
    view.rewrite.text.value = "Thank you, this made my day. Keep doing the work we started!"
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    assert "Not there yet" in html and "check it yourself" not in html and "One good answer" not in html
