"""The learned second opinion: current with its committed training data, loaded only when used, and
explained like a check (the sentence and the words that weigh most)."""

import subprocess
import sys
from pathlib import Path

import numpy as np

from boundarylab.analysis import analyze, evaluate_rewrite
from boundarylab.analysis.learned import MODEL_FILE, second_opinion
from boundarylab.analysis.train import STRESS_ROUNDS, data_hash, stress_entries, training_data
from boundarylab.bank import load_bank

ROOT = Path(__file__).resolve().parents[2]
# A session story in words no pattern knows; the model gives it 0.93 for client-story, well above its threshold
# (about 0.6), so that retraining on more rounds does not move it across.
MISSED_BY_PATTERNS = (
    "One of my teens came in Tuesday and told me he'd finally stood up to the kids bullying him. "
    "Best session of my month."
)


def test_model_is_current_with_the_committed_training_data():
    """Fails when the corpus, the stress DEV half or the training settings change without retraining:
    run `.venv/bin/python -m boundarylab.analysis.train` from the repository root."""
    assert second_opinion().data_hash == data_hash(training_data(ROOT))


def test_model_ships_as_a_small_file_in_the_package():
    assert MODEL_FILE.parent.name == "analysis" and MODEL_FILE.stat().st_size < 1_000_000


def test_importing_the_analysis_does_not_load_the_model():
    code = "import sys, boundarylab.analysis; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_every_threshold_was_chosen_for_precision_or_switched_off():
    with np.load(MODEL_FILE) as data:
        assert all(0.0 < t <= 1.01 for t in data["thresholds"])


def test_second_opinion_finds_a_client_story_the_patterns_miss_and_explains_it():
    assert "client-story" not in {f.check for f in analyze(MISSED_BY_PATTERNS)}
    learned = [f for f in analyze(MISSED_BY_PATTERNS, learned=True) if f.learned]
    assert [f.check for f in learned] == ["client-story"]
    assert learned[0].start == 0 and "weigh most" in learned[0].message and "model trained" in learned[0].message


def test_second_opinion_counts_as_a_rubric_problem_when_the_checks_are_silent():
    col_013 = load_bank(ROOT / "scenarios").scenarios["col-013"]
    result = evaluate_rewrite(col_013, MISSED_BY_PATTERNS)
    assert not result.passed and any(f.learned and f.check == "client-story" for f in result.remaining)


def test_a_clean_rewrite_is_not_flagged_for_review():
    scenario = load_bank(ROOT / "scenarios").scenarios["conf-001"]
    result = evaluate_rewrite(scenario, scenario.rewrite.model_answer)
    assert result.passed and not result.needs_review and result.review_reason == ""


def test_a_passing_rewrite_near_the_threshold_asks_for_a_human_look():
    """Some DEV stress rewrites sit just below a threshold of the second opinion or the graded rewrites (which
    ones depends on the trained models and the checks): they pass, and say why they want an instructor's look.
    The rounds are read in order until one has such a rewrite."""
    bank = load_bank(ROOT / "scenarios")
    results = []
    for folder in STRESS_ROUNDS:
        rewrites = [e for e in stress_entries(ROOT / folder) if e["split"] == "DEV"]
        results += [evaluate_rewrite(bank.scenarios[e["scenario"]], e["text"]) for e in rewrites]
        if any(r.needs_review and r.passed for r in results):
            break
    flagged = [r for r in results if r.needs_review and r.passed]
    assert flagged, "no DEV stress rewrite is near a threshold: the review flag is never raised"
    assert all(r.review_reason.startswith("Please review") and "threshold" in r.review_reason for r in flagged)
    # A failing rewrite asks for a look only when graded rewrites alone failed it (tests/analysis/test_exemplars.py).
    assert all(r.exemplar and r.exemplar.fails for r in results if r.needs_review and not r.passed)


NEW_PROBLEM = (
    "Students can ask for a time by emailing counseling@oakmontms.org. We check that inbox 24/7, so you'll "
    "always hear back right away, even late at night."
)


def test_second_opinion_fails_a_new_problem_outside_the_rubric_that_the_patterns_miss():
    """msg-005's rubric is about confidentiality; a rewrite that fixes that but promises round-the-clock
    replies swaps one problem for another and does not pass."""
    msg_005 = load_bank(ROOT / "scenarios").scenarios["msg-005"]
    assert "over-availability" not in msg_005.rewrite.must_avoid
    assert "over-availability" not in {f.check for f in analyze(NEW_PROBLEM)}
    result = evaluate_rewrite(msg_005, NEW_PROBLEM)
    assert not result.passed and not result.remaining
    assert [(f.check, f.learned) for f in result.other] == [("over-availability", True)]
    assert result.feedback[0].startswith("Also fix: “We check that inbox 24/7")
