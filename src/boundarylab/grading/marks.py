"""Points for one item's cells, from the one scoring engine.

The decision cell earns judgement + best step, the rewrite cell the rubric score: each part 0..1,
exactly the parts `scoring.score_response` averages, so earned / points equals the score the same
answer gets in practice. Values are clamped to [0, points] because nbgrader fails a whole
submission on a value above the cell's points and gives full marks for a negative one.
"""

from dataclasses import dataclass

from boundarylab.scoring import Response, score_choice, score_judgement, score_rewrite


def clamp(value: float, points: float) -> float:
    return min(float(points), max(0.0, round(float(value), 4)))


@dataclass(frozen=True)
class DecisionMark:
    earned: float
    points: int
    judgement: object  # scoring.JudgementScore, or None when nothing was answered
    choice: object  # scoring.ChoiceScore, or None


@dataclass(frozen=True)
class RewriteMark:
    earned: float
    text: str | None
    result: object  # analysis result, or None when no rewrite was given


def decision_points(scenario) -> int:
    return 1 + bool(scenario.choices)


def mark_decision(scenario, response: Response | None) -> DecisionMark:
    points = decision_points(scenario)
    if response is None:
        return DecisionMark(0.0, points, None, None)
    judgement = score_judgement(scenario, response.verdict, response.principles)
    choice = score_choice(scenario, response.choice) if scenario.choices else None
    earned = judgement.score + (choice.score if choice else 0.0)
    return DecisionMark(clamp(earned, points), points, judgement, choice)


def mark_rewrite(scenario, response: Response | None) -> RewriteMark:
    text = response.rewrite if response else None
    if not text or not text.strip():
        return RewriteMark(0.0, text, None)
    result = score_rewrite(scenario, text)
    return RewriteMark(clamp(result.score, 1), text, result)


def needs_review(mark: RewriteMark) -> bool:
    """Whether the rewrite's score asks for a human look (the formgrader's "needs manual grade").
    The single place where the rewrite analysis's review flag plugs in: its result carries
    `needs_review` once the analysis can say it is unsure; until then no rewrite asks."""
    return bool(getattr(mark.result, "needs_review", False))
