"""evaluate_rewrite: a model answer passes with 1.0; a draft, an empty text, a bare disclaimer and a
draft with one word changed fail, each with a sentence that says why."""

from pathlib import Path

import pytest
import yaml

from boundarylab.analysis import evaluate_rewrite
from boundarylab.bank.models import Scenario
from boundarylab.scoring import Response, score_response

ROOT = Path(__file__).resolve().parents[2]


def scenario_from_file(path: Path, scenario_id: str) -> Scenario:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Scenario.model_validate(next(s for s in data["scenarios"] if s["id"] == scenario_id))


@pytest.fixture(scope="module")
def conf001() -> Scenario:
    return scenario_from_file(ROOT / "scenarios" / "confidentiality.yaml", "conf-001")


@pytest.fixture(scope="module")
def dm_scenario(conf001) -> Scenario:
    """A DM redirect whose rubric asks for a secure channel: the must-include path."""
    rewrite = conf001.rewrite.model_copy(
        update={
            "must_avoid": ["individual-advice"],
            "must_include": ["redirects-to-secure-channel"],
            "concepts": [],
            "model_answer": "Thanks for reaching out. I can't discuss medication over DM; please call my office at "
            "555-0142 so we can talk it through.",
        }
    )
    draft = conf001.draft.model_copy(
        update={"action": "send", "text": "Just skip tonight's dose and see how you feel!"}
    )
    return conf001.model_copy(update={"rewrite": rewrite, "draft": draft, "kind": "dm"})


def test_model_answer_passes_with_full_score(conf001):
    result = evaluate_rewrite(conf001, conf001.rewrite.model_answer)
    assert result.passed and result.score == 1.0
    assert not result.remaining and not result.missing and not result.job_problems
    assert result.feedback[-1].startswith("This rewrite clears every check")


def test_unchanged_draft_fails_with_every_problem_named(conf001):
    result = evaluate_rewrite(conf001, conf001.draft.text)
    assert not result.passed and result.score <= 0.2
    assert {f.check for f in result.remaining} == {"client-story", "client-identifying-detail"}
    assert result.job_problems and "original draft" in result.job_problems[0]


def test_empty_rewrite_fails_with_a_sentence(conf001):
    result = evaluate_rewrite(conf001, "   ")
    assert not result.passed and result.score == 0.0
    assert result.feedback[0] == result.job_problems[0] and "empty" in result.job_problems[0]


def test_bare_disclaimer_fails(conf001):
    result = evaluate_rewrite(conf001, "This post is for educational purposes only.")
    assert not result.passed and result.score <= 0.2
    assert any("only a disclaimer" in p for p in result.job_problems)


def test_draft_with_one_word_changed_fails(conf001):
    text = conf001.draft.text.replace("client", "friend")
    result = evaluate_rewrite(conf001, text)
    assert not result.passed and result.score <= 0.2
    assert any("almost word for word" in p for p in result.job_problems)


def test_problems_come_first_then_missing_elements_then_advice(dm_scenario):
    text = "Honestly just skip tonight's dose and text me anytime, day or night! I'm always here for you."
    result = evaluate_rewrite(dm_scenario, text)
    assert result.missing == ("redirects-to-secure-channel",)
    assert result.feedback[0].startswith("“") and "clinical advice" in result.feedback[0]
    assert result.feedback[1].startswith("Add a redirect to a secure channel")
    assert result.feedback[2].startswith("Also fix:") and "any hour" in result.feedback[2]
    assert not result.passed


def test_missing_must_include_costs_its_share(dm_scenario):
    result = evaluate_rewrite(
        dm_scenario, "I hear you. Medication questions are really important, and I care about how you're doing."
    )
    assert result.missing == ("redirects-to-secure-channel",) and result.score == 0.5


def test_dm_model_answer_passes(dm_scenario):
    result = evaluate_rewrite(dm_scenario, dm_scenario.rewrite.model_answer)
    assert result.passed and result.score == 1.0
    assert {f.check for f in result.present} == {"redirects-to-secure-channel"}


def test_new_problem_costs_less_than_a_rubric_item_but_fails(conf001):
    """Issue 11: a rewrite that swaps the draft's problem for a new one is not told it is fine."""
    text = (
        "Panic can make everyday things, like driving over a bridge, feel impossible. Many people find gradual "
        "practice helps. Text me anytime, day or night!"
    )
    result = evaluate_rewrite(conf001, text)
    assert not result.passed and [f.check for f in result.other] == ["over-availability"]
    assert 0.8 <= result.score < 1.0
    assert any(line.startswith("Also fix:") for line in result.feedback)


def test_scenario_without_rubric_is_an_error(conf001):
    with pytest.raises(ValueError, match="no rewrite rubric"):
        evaluate_rewrite(conf001.model_copy(update={"rewrite": None}), "text")


def test_scoring_engine_uses_the_rewrite_score(conf001):
    score = score_response(
        conf001,
        Response(verdict="revise", principles=("confidentiality",), choice=1, rewrite=conf001.rewrite.model_answer),
    )
    assert score.parts["rewrite"] == 1.0 and score.score == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "<script>alert('hi')</script> Thank you all for reading this post today",
    ],
)
def test_markup_instead_of_a_message_fails_with_a_sentence(conf001, text):
    result = evaluate_rewrite(conf001, text)
    assert not result.passed and result.score <= 0.2
    assert any("code or markup" in p or "too short" in p for p in result.job_problems)


@pytest.mark.parametrize(
    "text",
    [
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
        "asdf asdf asdf asdf asdf",
        "My favourite pasta recipe needs garlic, basil and a pinch of salt.",
    ],
)
def test_off_topic_rewrite_fails_with_a_sentence(conf001, text):
    result = evaluate_rewrite(conf001, text)
    assert not result.passed and result.score <= 0.2
    assert any("subject" in p for p in result.job_problems)
    assert result.feedback[0] == result.job_problems[0]


def test_rewrite_on_the_drafts_subject_is_not_called_off_topic(conf001):
    result = evaluate_rewrite(conf001, conf001.rewrite.model_answer)
    assert not any("subject" in p for p in result.job_problems)


def test_a_session_named_in_a_private_message_is_no_story_but_in_public_it_is(dm_scenario, conf001):
    """Telling the client, a supervisor or a consultant about a session discloses nothing to anyone else; the same
    words on a public page tell a client's story."""
    text = (
        "I'm glad today's session was helpful. I can't discuss medication over DM; please call my office at "
        "555-0142 so we can talk it through."
    )
    private = evaluate_rewrite(dm_scenario, text)
    assert private.passed, private.feedback
    public = evaluate_rewrite(conf001.model_copy(update={"kind": "post"}), text)
    assert not public.passed and "client-story" in {f.check for f in (*public.remaining, *public.other)}


def test_a_reply_the_rubric_says_only_the_client_reads_may_name_the_relationship():
    """conf-011's draft is a public blog post, but its rewrite is an email to the former client herself: thanking
    her and naming what you did tells no one anything. The same words with `private_to` unset are read as public."""
    conf011 = scenario_from_file(ROOT / "scenarios" / "confidentiality.yaml", "conf-011")
    assert conf011.rewrite.private_to == "the client"
    text = (
        "Thank you for letting me know. I've taken the post down today, and it will stay down unless you ask "
        "otherwise. I'm sorry this happened; if you'd like to talk about it, please call me at 555-0147."
    )
    to_her = evaluate_rewrite(conf011, text)
    assert to_her.passed, to_her.feedback
    read_as_public = conf011.model_copy(update={"rewrite": conf011.rewrite.model_copy(update={"private_to": None})})
    in_public = evaluate_rewrite(read_as_public, text)
    assert not in_public.passed and "confirms-client-relationship" in {f.check for f in in_public.other}
