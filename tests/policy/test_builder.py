"""The policy builder: every choice that matters writes the section it should; conflicts are
flagged with their reason; crisis instructions are always present."""

import hashlib
import itertools
import re
from pathlib import Path

import pytest

from boundarylab.bank import load_bank
from boundarylab.paths import course_root
from boundarylab.policy import (
    PolicyAnswers,
    PolicyInputError,
    build_policy,
    load_questions,
    not_ready,
    recommended_answers,
    render_markdown,
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
    assert doc.flags == () and doc.not_ready == ()
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
        chosen = {q: p for q, p in zip(conflicting, picks, strict=False) if p}
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


def test_markdown_has_a_heading_per_section_and_both_signature_lines():
    md = render_markdown(build_policy(recommended_answers()))
    assert md.count("\n## ") == len(QUESTIONS.questions)
    assert "Therapist signature: ___" in md and "Client signature: ___" in md and "Client name: ___" in md
    assert "Draft" not in md


def test_the_policy_names_the_therapist_credentials_practice_effective_date_and_version():
    doc = build_policy(recommended_answers())
    assert doc.therapist == "Dana Whitfield, LPC, Texas license 71234" and doc.practice == "Cedar Grove Counseling"
    assert doc.effective == "Effective January 4, 2027 · Version 1.0"
    assert "I, Dana Whitfield, LPC, Texas license 71234, use social media" in doc.intro
    assert ("Therapist", doc.therapist) in doc.signature_lines()


def test_a_policy_is_not_ready_to_sign_while_a_section_is_unanswered_and_says_which():
    choices = dict(recommended_answers().choices)
    del choices["recording"], choices["away"]
    reasons = not_ready(PolicyAnswers(details=recommended_answers().details, choices=choices))
    assert reasons == [f"Answer “{BY_ID[q].section}”: {BY_ID[q].question}" for q in ("away", "recording")]


def test_a_policy_is_not_ready_while_a_choice_conflicts_and_says_why():
    reasons = not_ready(answers(**{"review-sites": "reply-to-reviews"}))
    assert reasons == [
        "Change your choice in “Business listings and review sites”, which conflicts with what "
        f"the course teaches: {BY_ID['review-sites'].options[2].conflict}"
    ]


def test_a_policy_is_not_ready_while_a_detail_it_prints_is_blank():
    details = {k: v for k, v in recommended_answers().details.items() if k not in ("credentials", "cover", "phone")}
    reasons = not_ready(PolicyAnswers(details=details, choices=recommended_answers().choices))
    assert reasons == [
        "Fill in “Your credentials and license”: it is printed in the heading and signature block.",
        "Fill in “Office phone”: it is printed in “Messages and how to reach me”.",
        "Fill in “Who covers when you are away”: it is printed in “When I am away”.",
    ]
    # a choice that does not print the cover's name does not need it
    away = PolicyAnswers(
        details={**details, "credentials": "LPC", "phone": "555"},
        choices={**recommended_answers().choices, "away": "notice-and-crisis-line"},
    )
    assert not_ready(away) == []


NEW_SECTIONS = (
    "following",
    "email-texting",
    "away",
    "encounters",
    "check-ins",
    "review-sites",
    "recording",
    "acknowledgement",
)


def test_the_policy_covers_what_a_signable_private_practice_policy_needs():
    doc = build_policy(recommended_answers())
    text = " ".join(" ".join(p for s in doc.sections for p in s.paragraphs).split())
    for phrase in (
        "for scheduling only",
        "They are not secure",
        "I do not follow clients back",
        "others can see who follows it and may guess that you are a client",
        "check in at the office",
        "Being listed there is not a request for a review",
        "I will not answer any review",
        "bring it to our session",
        "do not post recordings",
        "dating or social app",
        "When I am away, Dr. Sam Ortiz",
        "By signing below",
        "next by January 2028",
    ):
        assert phrase in text, phrase
    assert set(NEW_SECTIONS) <= set(BY_ID)


def test_every_question_says_why_it_matters_with_seed_sections_that_exist_and_verified_codes():
    bank = load_bank(course_root() / "scenarios")
    for q in QUESTIONS.questions:
        assert len(q.why.split()) >= 15, q.id  # a reason, not a label
        for ref in q.sources:
            source = bank.sources[ref.doc]
            section = next(s for s in source.sections if s.id == ref.section)
            assert ref.item is None or 1 <= ref.item <= section.items, (q.id, ref)
        assert q.codes, q.id  # CodeSection only admits the verified sections in vocab.CODES


def _runs(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    return [" ".join(words[i : i + 10]) for i in range(len(words) - 9)]


def test_no_seed_passage_is_pasted_into_the_builder():
    shingles = Path(__file__).parents[1] / "bank" / "seed_shingles.txt"
    seed_runs = {line for line in shingles.read_text().splitlines() if line and not line.startswith("#")}
    texts = [
        t
        for q in QUESTIONS.questions
        for t in (q.why, q.question, *(o.text for o in q.options), *(o.conflict or "" for o in q.options))
    ]
    pasted = [run for text in texts for run in _runs(text) if hashlib.sha1(run.encode()).hexdigest()[:12] in seed_runs]
    assert not pasted, pasted[:3]


def test_choices_that_would_make_the_policy_say_opposite_things_are_not_ready_to_sign():
    reasons = not_ready(answers(accounts="no-social-media"))
    assert reasons == [
        "“Following, likes and the practice page” (I never follow, like or share clients' content; "
        "following the practice page is visible to others) contradicts “Our accounts and what they "
        "are for” (No social media for the practice); change one of them."
    ]
    assert not_ready(answers(accounts="no-social-media", following="no-follow-no-page-note")) == []


def test_every_contradiction_names_a_question_and_options_that_exist():
    for q in QUESTIONS.questions:
        for option in q.options:
            for other, ids in option.contradicts.items():
                assert other in BY_ID and other != q.id
                assert set(ids) <= {o.id for o in BY_ID[other].options}, (q.id, option.id)
