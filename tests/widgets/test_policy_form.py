"""The policy builder form: questions with their reasons, conflicts flagged at once in words,
the policy written under BOUNDARYLAB_HOME and offered for download, choices restored on reopening."""

import base64
import re

import ipywidgets as widgets

from boundarylab.policy import load_questions
from boundarylab.widgets import PolicyForm, policy_widget

from .conftest import walk

QUESTIONS = load_questions()


def page_text(form) -> str:
    return "".join(w.value for w in walk(form) if isinstance(w, widgets.HTML))


def test_every_question_shows_its_reason_sources_and_codes_and_nothing_is_preselected(store):
    form = PolicyForm(store)
    text = page_text(form)
    for question in QUESTIONS.questions:
        assert question.question.replace("'", "&#x27;") in text and "Why it matters" in text
        for code in question.codes:
            assert code in text
        radio = form.choices[question.id]
        assert radio.value is None and radio.description == "Your choice"
        assert [label for label, _ in radio.options] == [o.label for o in question.options]
    assert not any(box.continuous_update for box in form.details.values())
    assert all(box.description for box in form.details.values())


def test_a_conflicting_choice_is_flagged_at_once_with_its_reason_in_words(store):
    form = PolicyForm(store)
    form.choices["friend-requests"].value = "accept-all"
    flag = form.flags["friend-requests"].value
    assert "This choice conflicts with what the course teaches" in flag
    assert "second, personal relationship" in flag
    form.choices["friend-requests"].value = "decline-all"
    assert form.flags["friend-requests"].value == ""


def test_a_conflicting_crisis_choice_says_the_crisis_instructions_stay(store):
    form = PolicyForm(store)
    form.choices["crisis"].value = "message-me"
    assert "still gives the crisis line and emergency instructions" in form.flags["crisis"].value


def fill_in(form, **choices):
    for question in QUESTIONS.questions:
        form.choices[question.id].value = choices.get(question.id, question.options[0].id)
    for detail in QUESTIONS.details:
        form.details[detail.id].value = detail.example


def test_writing_saves_the_files_under_the_learner_home_and_offers_them_for_download(store, home):
    form = PolicyForm(store)
    fill_in(form)
    form.details["practice"].value = "Oak Counseling"
    form.write.click()
    folder = home / "policy"
    assert sorted(p.name for p in folder.iterdir()) == ["answers.yaml", "policy.docx", "policy.md", "policy.pdf"]
    shown = form.status.value
    assert "Your policy is written and ready to print, sign" in shown and "conflict" not in shown
    links = dict(re.findall(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"', shown))
    assert set(links) == {"answers.yaml", "policy.docx", "policy.md", "policy.pdf"}
    assert base64.b64decode(links["policy.pdf"]) == (folder / "policy.pdf").read_bytes()
    assert "Oak Counseling" in (folder / "policy.md").read_text(encoding="utf-8")


def test_writing_a_policy_not_ready_to_sign_is_refused_with_the_reasons_in_words(store, home):
    form = PolicyForm(store)
    fill_in(form, messaging="social-dms")
    form.choices["recording"].value = None
    form.details["credentials"].value = ""
    form.write.click()
    shown = form.status.value
    assert "Your policy is not ready to sign yet, so it was not written." in shown
    assert "Answer “Recording sessions”" in shown
    assert "Change your choice in “Messages and how to reach me”, which conflicts" in shown
    assert "Fill in “Your credentials and license”" in shown and "Save a draft" in shown
    assert not (home / "policy").exists()


def test_save_a_draft_writes_files_marked_draft_and_lists_what_they_still_need(store, home):
    form = PolicyForm(store)
    form.choices["messaging"].value = "social-dms"
    form.draft.click()
    assert sorted(p.name for p in (home / "policy").iterdir()) == [
        "answers.yaml",
        "policy-draft.docx",
        "policy-draft.md",
        "policy-draft.pdf",
    ]
    shown = form.status.value
    assert "Your draft is written, marked Draft on every page." in shown
    assert "Answer “Our accounts and what they are for”" in shown and "Messages and how to reach me" in shown


def test_the_detail_boxes_line_up(store):
    form = PolicyForm(store)
    assert {box.style.description_width for box in form.details.values()} == {"16em"}


def test_learner_text_is_escaped_everywhere(store):
    form = PolicyForm(store)
    form.details["practice"].value = '<img src=x onerror="alert(1)">'
    form.draft.click()
    assert "<img src=x" not in form.status.value
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in form.status.value


def test_reopening_restores_choices_and_details_from_the_progress_store(store):
    form = PolicyForm(store)
    form.choices["testimonials"].value = "ask-happy-clients"
    form.details["phone"].value = "555-0199"
    again = PolicyForm(store)
    assert again.choices["testimonials"].value == "ask-happy-clients"
    assert again.details["phone"].value == "555-0199"
    assert "This choice conflicts" in again.flags["testimonials"].value
    assert store.events("policy")[-1].data["choices"] == {"testimonials": "ask-happy-clients"}


def test_saved_answers_for_questions_or_options_that_no_longer_exist_are_ignored(store):
    store.record(
        "policy",
        {
            "choices": {"crisis": "gone", "old-question": "x", "accounts": "no-social-media"},
            "details": {"fax": "123", "practice": "Elm"},
        },
    )
    form = PolicyForm(store)
    assert form.choices["crisis"].value is None
    assert form.choices["accounts"].value == "no-social-media"
    assert form.details["practice"].value == "Elm"


def test_a_failure_while_writing_is_a_sentence_not_a_traceback(store, monkeypatch):
    def broken(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("boundarylab.widgets.policy_form.write_policy", broken)
    form = PolicyForm(store)
    form.write.click()
    assert "Sorry, something went wrong" in form.status.value
    assert "Traceback" not in form.status.value


def test_the_notebook_entry_point_builds_the_form(home):
    from boundarylab.widgets import entry

    entry._store.cache_clear()
    try:
        assert isinstance(policy_widget(), PolicyForm)
    finally:
        entry._store.cache_clear()
