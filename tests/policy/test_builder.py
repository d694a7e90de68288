"""The policy builder: every choice that matters writes the section it should; conflicts are
flagged with their reason; crisis instructions are always present."""

import itertools

import pytest

from boundarylab.policy import (
    PolicyAnswers, PolicyInputError, build_policy, load_questions, recommended_answers, render_markdown,
)

QUESTIONS = load_questions()
BY_ID = {q.id: q for q in QUESTIONS.questions}
CRISIS_LINE = "988"


def answers(**choices) -> PolicyAnswers:
    base = recommended_answers()
    return PolicyAnswers(details=base.details, choices={**base.choices, **choices})


def section_text(doc, heading) -> str:
    return "\n".join(p for s in doc.sections if s.heading == heading for p in s.paragraphs)


def test_recommended_answers_write_every_section_with_no_flags():
    doc = build_policy(recommended_answers())
    assert [s.heading for s in doc.sections] == [q.section for q in QUESTIONS.questions]
    assert doc.flags == ()
    assert "Cedar Grove Counseling" in doc.title


@pytest.mark.parametrize("question,option", [(q.id, o.id) for q in QUESTIONS.questions for o in q.options])
def test_each_option_writes_its_own_sentence_into_its_section(question, option):
    doc = build_policy(answers(**{question: option}))
    chosen = next(o for o in BY_ID[question].options if o.id == option)
    text = section_text(doc, BY_ID[question].section)
    expected = chosen.text.format(**recommended_answers().details)
    assert " ".join(expected.split()) in " ".join(text.split())
    flagged = [f for f in doc.flags if f.question == question]
    assert bool(flagged) == bool(chosen.conflict)
    if chosen.conflict:
        assert flagged[0].reason == chosen.conflict.strip()


def test_accepting_friend_requests_is_flagged_with_the_reason():
    doc = build_policy(answers(**{"friend-requests": "accept-all"}))
    assert [f.choice for f in doc.flags] == ["accept-all"]
    assert "second, personal relationship" in doc.flags[0].reason


@pytest.mark.parametrize("crisis", [o.id for o in BY_ID["crisis"].options] + [None])
def test_crisis_instructions_are_always_present(crisis):
    choices = recommended_answers().choices
    if crisis is None:
        choices.pop("crisis")
    else:
        choices["crisis"] = crisis
    doc = build_policy(PolicyAnswers(details=recommended_answers().details, choices=choices))
    text = section_text(doc, BY_ID["crisis"].section)
    assert CRISIS_LINE in text and "911" in text and "emergency room" in text


def test_every_combination_of_conflicting_choices_keeps_crisis_and_flags_each_conflict():
    conflicting = {q.id: [o.id for o in q.options if o.conflict] for q in QUESTIONS.questions}
    for picks in itertools.product(*[[None, *ids] for ids in conflicting.values()][:5]):
        chosen = {q: p for q, p in zip(conflicting, picks) if p}
        doc = build_policy(answers(**chosen))
        assert {f.question for f in doc.flags} == set(chosen)
        assert CRISIS_LINE in section_text(doc, BY_ID["crisis"].section)


def test_unanswered_questions_leave_their_section_out_but_are_listed():
    doc = build_policy(PolicyAnswers(details={"practice": "Oak Counseling"}, choices={}))
    assert [s.heading for s in doc.sections] == [BY_ID["crisis"].section]
    assert set(doc.unanswered) == set(BY_ID)


def test_blank_details_read_as_bracketed_labels_not_as_broken_text():
    doc = build_policy(PolicyAnswers(details={}, choices={"messaging": "phone-email-portal"}))
    assert "[office phone]" in section_text(doc, BY_ID["messaging"].section)


def test_unknown_question_or_option_is_named():
    with pytest.raises(PolicyInputError) as caught:
        build_policy(PolicyAnswers(choices={"friend-request": "decline-all", "crisis": "text-me"}))
    message = str(caught.value)
    assert "choices.friend-request: there is no question 'friend-request'" in message
    assert "choices.crisis: 'text-me' is not an option" in message


def test_markdown_has_a_heading_per_section_and_a_signature_line():
    md = render_markdown(build_policy(recommended_answers()))
    assert md.count("\n## ") == len(QUESTIONS.questions)
    assert "Client signature" in md
