"""The CE widgets: evaluation form, post-test, dashboard and certificate button, driven as a
learner would (setting values, clicking), on the small fixture course."""

import json
from pathlib import Path

import pytest

from boundarylab import ce
from boundarylab.bank import load_bank
from boundarylab.ce.demo import make_demo_learner
from boundarylab.scoring import Response
from boundarylab.widgets.certificate_button import CertificateButton
from boundarylab.widgets.dashboard import dashboard_widget
from boundarylab.widgets.evaluation_form import EvaluationForm
from boundarylab.widgets.post_test import PostTest

BANK = Path(__file__).parents[1] / "fixtures" / "ce_bank"


@pytest.fixture(scope="module")
def bank():
    return load_bank(BANK)


def fill(form, **overrides):
    for q in form.questions:
        form.controls[q.id].value = {"scale": 4, "choice": "About right", "minutes": 80, "text": "Good."}[q.kind]
    for key, value in overrides.items():
        form.controls[key].value = value


def test_the_evaluation_form_saves_a_complete_answer_once(bank, store):
    form = EvaluationForm(bank, store)
    fill(form)
    form.submit.click()
    assert "evaluation is saved" in form.status.value and form.submit.disabled
    assert store.events(ce.EVALUATION)[0].data["answers"]["minutes"] == 80
    assert "You submitted your evaluation on" in EvaluationForm(bank, store).status.value


def test_the_evaluation_form_says_what_is_missing_and_saves_nothing(bank, store):
    form = EvaluationForm(bank, store)
    fill(form, useful=None)
    form.submit.click()
    assert "1 still unrated" in form.status.value and store.events(ce.EVALUATION) == []


def test_each_objective_is_asked_as_i_am_able_to(bank, store):
    texts = [
        child.children[0].value
        for child in EvaluationForm(bank, store).children
        if hasattr(child, "children") and child.children
    ]
    assert any("I am able to classify alpha scenarios" in t for t in texts)


def test_the_post_test_runs_a_sitting_from_start_to_a_score(bank, store):
    test = PostTest(bank, store)
    assert "form A" in test.header.value
    test.start.click()
    assert len(test.views) == 2 and "Item 1 of 2" in test.item.children[0].children[0].value
    for view in test.views:
        s = view.scenario
        view.on_answer(
            s.id,
            Response(
                verdict=s.answer.verdict,
                principles=tuple(s.answer.principles),
                choice=next((i for i, c in enumerate(s.choices) if c.correct), None),
            ),
        )
    test.next.click()
    assert "Item 2 of 2" in test.item.children[0].children[0].value
    test.submit.click()
    assert "You passed: 100% on form A" in test.status.value
    assert ce.status(bank, store).passed and "You passed the post-test" in test.header.value


def test_a_failed_sitting_offers_a_retake_on_form_b(bank, store):
    test = PostTest(bank, store)
    test.start.click()
    test.submit.click()  # nothing answered: 0 %
    assert "Not passed yet: 0% on form A" in test.status.value
    assert "form B" in test.header.value and test.start.layout.display is None


def test_the_completion_button_lists_what_is_missing_before_completion(bank, store, tmp_path):
    button = CertificateButton(bank, store, folder=tmp_path / "out")
    button.button.click()
    assert "not complete yet" in button.result.value and "Submit the course evaluation" in button.result.value
    assert not (tmp_path / "out").exists()


def test_the_completion_button_offers_the_record_for_the_provider_and_a_record_of_completion(bank, store, tmp_path):
    make_demo_learner(bank, store, complete=True)
    button = CertificateButton(bank, store, folder=tmp_path / "out")
    button.button.click()
    pdf, record = tmp_path / "out" / "record-of-completion.pdf", tmp_path / "out" / "completion-record.json"
    assert pdf.read_bytes().startswith(b"%PDF") and json.loads(record.read_text())["learner"]["name"]
    value = button.result.value
    assert 'download="completion-record.json"' in value and 'download="record-of-completion.pdf"' in value
    assert "not a CE certificate" in value and "Verification code" not in value


def test_a_sitting_after_the_last_allowed_is_refused_in_words(bank, store):
    test = PostTest(bank, store)
    for _ in range(bank.course.post_test_attempts):
        test.start.click()
        test.submit.click()
    assert "You have used all 3 post-test attempts allowed" in test.header.value
    assert test.start.layout.display == "none"
    test.on_start()
    assert "a further attempt is not allowed" in test.status.value
    assert len(ce.post_test_sittings(bank, store)) == 3


def test_the_dashboard_shows_the_charts_with_alt_text_and_what_is_missing(bank, store):
    make_demo_learner(bank, store)
    box = dashboard_widget(bank, store)
    html = " ".join(c.value for c in box.children if hasattr(c, "value"))
    assert html.count("<img") == 5 and html.count('alt="') == 5
    assert "Still to do" in html and "Pass the post-test" in html
    assert isinstance(box.children[-1], CertificateButton)
