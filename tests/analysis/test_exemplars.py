"""Graded rewrites as a second reader: current with the committed stress DEV halves, never a TEST half, asked
only when everything else passes, and when it fails a rewrite it says why without claiming a rule."""

from pathlib import Path

import pytest

from boundarylab.analysis import evaluate_rewrite
from boundarylab.analysis.exemplars import INDEX_FILE, REVIEW, THRESHOLD, exemplar_index
from boundarylab.analysis.train import (
    STRESS_SETS,
    exemplar_data,
    exemplar_hash,
    probe_corpus,
    stress_entries,
)
from boundarylab.bank import load_bank

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scenarios():
    return load_bank(ROOT / "scenarios").scenarios


def test_index_is_current_with_the_committed_exemplars():
    """Fails when a stress DEV half, a draft or a model answer changes without retraining:
    run `.venv/bin/python -m boundarylab.analysis.train` from the repository root."""
    assert exemplar_index().data_hash == exemplar_hash(*exemplar_data(ROOT), probe_corpus(ROOT))


def test_index_ships_as_a_small_file_in_the_package():
    """384 signed bytes per graded rewrite, compressed: about 1.3 MB for the 4,917 of rounds 1 to 15."""
    assert INDEX_FILE.parent.name == "analysis" and INDEX_FILE.stat().st_size < 2_000_000


def _same_words(text: str) -> str:
    return " ".join(text.lower().split())


def test_no_test_half_rewrite_is_an_exemplar():
    """Not another author's DEV rewrite, nor the scenario's draft or model answer, even in other case or spacing,
    in any round, measured only or trained on (a short reply is easily written twice by two authors)."""
    pool = {(row["scenario"], _same_words(row["text"])) for row in exemplar_data(ROOT)[0]}
    tests = [
        (e["scenario"], _same_words(e["text"]))
        for stress_round in STRESS_SETS
        for e in stress_entries(ROOT / stress_round.folder)
        if e["split"] == "TEST"
    ]
    assert len(tests) > 500 and not pool & set(tests)


# A public welcome back that confirms a former client in new words: no check fires, the graded rewrites fail it.
LIKE_FAILED = "So good to hear from you, DeShawn! Happy to make room for you again; give the office a call at 555-0171."


def test_a_rewrite_like_failed_ones_does_not_pass_and_says_why_without_claiming_a_rule(scenarios):
    """The checks find nothing wrong with a public welcome back to a former client (confirming the
    relationship in new words); the graded rewrites of the scenario do."""
    result = evaluate_rewrite(scenarios["asmt-021"], LIKE_FAILED)
    assert not result.remaining and not result.missing and not result.other and not result.job_problems
    assert not result.passed and result.exemplar.probability >= THRESHOLD
    assert result.score < 1.0
    [message] = [m for m in result.feedback if "graded examples" in m]
    assert "an expert did not accept" in message and "not a rule" in message
    assert "“So good to hear from you, DeShawn!”" in message or "make room for you again" in message


def test_a_good_rewrite_in_new_words_still_passes(scenarios):
    text = (
        "Nadia, I saw your LinkedIn request. I don't connect with anyone from group on social media, any "
        "site, so it isn't personal; it protects your privacy. I'm rooting for you in the job search, and "
        "if it's weighing on you, bring it to group this week."
    )
    result = evaluate_rewrite(scenarios["asmt-004"], text)
    assert result.passed and result.exemplar.probability < REVIEW


def test_the_exemplars_are_asked_only_when_everything_else_passes(scenarios):
    scenario = scenarios["asmt-004"]
    result = evaluate_rewrite(scenario, scenario.draft.text)
    assert not result.passed and result.exemplar is None


def test_every_model_answer_passes_the_exemplars(scenarios):
    results = [evaluate_rewrite(s, s.rewrite.model_answer) for s in scenarios.values() if s.rewrite]
    assert all(r.passed and not r.exemplar.fails for r in results)


def test_exemplars_graded_against_another_version_of_the_scenario_are_not_used(scenarios):
    """An author who edits a draft or a rubric makes the graded rewrites another item's."""
    scenario, text = scenarios["asmt-021"], LIKE_FAILED
    rubric = scenario.rewrite.model_copy(update={"must_avoid": [*scenario.rewrite.must_avoid, "over-availability"]})
    edited = scenario.model_copy(update={"rewrite": rubric})
    assert evaluate_rewrite(scenario, text).exemplar is not None
    assert evaluate_rewrite(edited, text).exemplar is None


def test_the_learners_region_does_not_switch_them_off(scenarios):
    """The course words the model answer for the learner's region; practice and grading score the same."""
    from boundarylab.regions import localize_scenario

    local = localize_scenario(scenarios["asmt-021"], "uk")
    result = evaluate_rewrite(local, LIKE_FAILED)
    assert result.exemplar is not None and result.exemplar.fails


def test_a_fail_on_graded_rewrites_alone_asks_for_an_instructors_look(scenarios):
    result = evaluate_rewrite(scenarios["asmt-021"], LIKE_FAILED)
    assert not result.passed and result.needs_review
    assert result.review_reason.startswith("Please review this rewrite: it fails only because it resembles")
