"""Each rubric concept is tested on its own examples and against its own scenario, the way
c-rater's concepts are written and tested item by item: an avoid concept is found in the draft it
was written for and not in the model answer; a keep concept is found in the model answer."""

import pytest

from boundarylab.analysis import evaluate_rewrite
from boundarylab.analysis.concepts import compile_phrases, concept_found
from boundarylab.bank import load_bank
from tests.analysis.test_bank_rubrics import BANK

SCENARIOS = [s for s in load_bank(BANK).scenarios.values() if s.rewrite]
CONCEPTS = [(s, c) for s in SCENARIOS for c in s.rewrite.concepts]


def ids(pair) -> str:
    return f"{pair[0].id}:{pair[1].id}"


@pytest.mark.parametrize("scenario_concept", CONCEPTS, ids=ids)
def test_concept_finds_its_own_examples(scenario_concept):
    _, concept = scenario_concept
    assert [t for t in concept.found_in if not concept_found(concept, t)] == []
    assert [t for t in concept.not_found_in if concept_found(concept, t)] == []


# Only a revise item's draft is the text the rewrite fixes; a follow-up task (a reply to a later
# comment, a note, what to say in session) guards against moves its item's draft may not contain.
@pytest.mark.parametrize(
    "scenario_concept",
    [sc for sc in CONCEPTS if sc[1].kind == "avoid" and sc[0].draft.text and sc[0].answer.verdict == "revise"],
    ids=ids,
)
def test_avoid_concept_is_found_in_its_draft(scenario_concept):
    scenario, concept = scenario_concept
    assert concept_found(concept, scenario.draft.text)


@pytest.mark.parametrize("scenario_concept", CONCEPTS, ids=ids)
def test_model_answer_satisfies_every_concept(scenario_concept):
    scenario, concept = scenario_concept
    assert concept_found(concept, scenario.rewrite.model_answer) == (concept.kind == "keep")


def test_every_revise_rubric_names_concepts():
    """The rubrics that fix a flawed draft; the writing tasks on ok and don't items (the follow-up,
    the message to send instead) name concepts where learners' rewrites showed the need."""
    assert [s.id for s in SCENARIOS if s.answer and s.answer.verdict == "revise" and not s.rewrite.concepts] == []


def test_phrase_alternatives_gaps_and_endings():
    rx = compile_phrases(("i'd|i would ... avoid", "5-star", "certif*"))
    assert rx.search("honestly i would probably avoid it")
    assert rx.search("leave a 5 star review") and rx.search("a 5star review")
    assert rx.search("now certified") and rx.search("certification")
    assert not compile_phrases(("i'd ... avoid",)).search("i'd one two three four five six seven avoid")


def test_a_gap_stays_within_one_sentence():
    """A round 3 good review reply failed: "your feedback. We can't discuss anyone's care" read as "your ... care"."""
    rx = compile_phrases(("your ... care",))
    assert not rx.search("thank you for your feedback. we can't discuss anyone's care here.")
    assert rx.search("your ongoing care") and rx.search("your 5.5 weeks of care")


def test_warm_thanks_for_the_work_we_started_fails_on_a_review_reply():
    """Issue 11: "Leah, this made my day. Keep doing the work we started!" passed (conf-003, since
    replaced by the item rework; conf-002 is the bank's other reply to a client's review)."""
    conf_002 = next(s for s in SCENARIOS if s.id == "conf-002")
    result = evaluate_rewrite(conf_002, "Thank you, this made my day. Keep doing the work we started!")
    assert not result.passed
    assert "confirms-client-relationship" in {f.check for f in result.remaining}


def test_asmt_001_both_parents_consent_fails():
    """Issue 11: "we need both parents' consent to contact the school" passed."""
    asmt_001 = next(s for s in SCENARIOS if s.id == "asmt-001")
    result = evaluate_rewrite(
        asmt_001,
        "Thank you for your feedback. We need both parents' consent to contact the "
        "school, so please call our clinical director at 555-0164.",
    )
    assert not result.passed
    assert "client-story" in {f.check for f in result.remaining}


def test_missing_keep_concept_fails_with_its_explanation():
    conf_006 = next(s for s in SCENARIOS if s.id == "conf-006")
    result = evaluate_rewrite(
        conf_006,
        "Questions about fit or insurance? Book a free 15-minute call via the link in bio, or call us at 555-0148.",
    )
    assert not result.passed and result.missing_concepts == ("evening-hours",)
    assert any("evening hours" in line for line in result.feedback)
