"""A learner gets the same score in the graded test as in practice: the grading cells' points,
divided by the item's points, equal the scoring engine's score for the same answer."""

import pytest

from boundarylab.grading.blueprint import item_for
from boundarylab.grading.marks import clamp, mark_decision, mark_rewrite
from boundarylab.scoring import Response, score_response


def answers(s):
    best = next((i for i, c in enumerate(s.choices) if c.correct), None)
    yield Response(s.answer.verdict, tuple(s.answer.principles), best, s.rewrite.model_answer if s.rewrite else None)
    yield Response(
        "ok" if s.answer.verdict != "ok" else "dont",
        ("crisis", "accuracy"),
        0 if s.choices else None,
        s.draft.text if s.rewrite else None,
    )
    yield Response("revise", (s.answer.principles[0],), None, "Thanks, see you Tuesday." if s.rewrite else None)


def test_item_points_earned_over_points_equal_the_engines_score_on_every_scenario(bank):
    for s in bank.scenarios.values():
        item = item_for(s)
        for r in answers(s):
            earned = mark_decision(s, r).earned + (mark_rewrite(s, r).earned if s.rewrite else 0)
            assert earned / item.points == pytest.approx(score_response(s, r).score, abs=1e-3), (s.id, r)


def test_no_answer_earns_nothing_and_an_empty_rewrite_earns_nothing(bank):
    s = next(s for s in bank.scenarios.values() if s.rewrite)
    assert mark_decision(s, None).earned == 0
    assert mark_rewrite(s, Response("revise", (), None, "   ")).earned == 0


def test_values_are_clamped_to_the_cells_points():
    assert clamp(2.5, 2) == 2.0
    assert clamp(-0.1, 1) == 0.0
    assert clamp(0.123456, 1) == 0.1235
