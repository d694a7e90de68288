"""The one scoring engine: (scenario, response) -> score and feedback.

Self-study feedback and graded assessment both call these functions, so the same answer gets the
same score and the same words everywhere. Scores are fractions in [0, 1]; callers scale them.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from boundarylab.bank.models import Scenario
from boundarylab.names import principle_titles, verdict_phrase, verdict_title

if TYPE_CHECKING:
    from boundarylab.analysis.rewrite import RewriteResult

VERDICT_WEIGHT = 0.6
PRINCIPLE_WEIGHT = 0.4
# "revise" and "dont" both see that something is wrong; they differ on whether rewording can fix it.
NEAR_MISS_CREDIT = 0.3
NEAR_MISSES = {frozenset({"revise", "dont"})}


@dataclass(frozen=True)
class Response:
    """What a learner answered for one scenario; any part may be missing."""

    verdict: str | None = None
    principles: tuple[str, ...] = ()
    choice: int | None = None
    rewrite: str | None = None


@dataclass(frozen=True)
class JudgementScore:
    score: float
    verdict_correct: bool
    expected_verdict: str
    principles_hit: tuple[str, ...]
    principles_missed: tuple[str, ...]
    principles_extra: tuple[str, ...]
    feedback: tuple[str, ...]


@dataclass(frozen=True)
class ChoiceScore:
    score: float
    correct: bool
    chosen: int | None
    best: int
    feedback: str


@dataclass(frozen=True)
class Score:
    """A whole scenario: each part answered, and the mean of their scores."""

    score: float
    judgement: JudgementScore | None = None
    choice: ChoiceScore | None = None
    rewrite: "RewriteResult | None" = None
    parts: dict[str, float] = field(default_factory=dict[str, float])


def _principle_credit(expected: set[str], given: set[str]) -> float:
    """Share of the expected principles named, less half a point for each wrongly added one."""
    if not expected:
        return 1.0
    hits, extras = len(expected & given), len(given - expected)
    return max(0.0, (hits - 0.5 * extras) / len(expected))


def verdict_credit(expected: str, given: str | None) -> float:
    if given == expected:
        return 1.0
    if given and frozenset({given, expected}) in NEAR_MISSES:
        return NEAR_MISS_CREDIT
    return 0.0


def score_judgement(scenario: Scenario, verdict: str | None, principles: Iterable[str] = ()) -> JudgementScore:
    answer = scenario.key
    expected, given = set(answer.principles), set(principles)
    v = verdict_credit(answer.verdict, verdict)
    p = _principle_credit(expected, given)
    hit = tuple(x for x in answer.principles if x in given)
    missed = tuple(x for x in answer.principles if x not in given)
    extra = tuple(sorted(given - expected))
    right = verdict_phrase(answer.verdict)
    if verdict is None:
        lines = [f"No verdict given. The answer: {right}."]
    elif v == 1.0:
        lines = [f"Right: {right}."]
    else:
        lines = [f"Not quite: you chose {verdict_title(verdict)}; the answer is {right}."]
    lines.append(answer.rationale.strip())
    if missed:
        lines.append(f"Principles you missed: {principle_titles(missed)}.")
    if extra:
        lines.append(f"Not at stake here: {principle_titles(extra)}.")
    return JudgementScore(
        score=round(VERDICT_WEIGHT * v + PRINCIPLE_WEIGHT * p, 4),
        verdict_correct=v == 1.0,
        expected_verdict=answer.verdict,
        principles_hit=hit,
        principles_missed=missed,
        principles_extra=extra,
        feedback=tuple(lines),
    )


def best_choice(scenario: Scenario) -> int:
    return next(i for i, c in enumerate(scenario.choices) if c.correct)


def score_choice(scenario: Scenario, chosen: int | None) -> ChoiceScore:
    best = best_choice(scenario)
    valid = chosen is not None and 0 <= chosen < len(scenario.choices)
    # Every option of a keyed item has feedback (the loader refuses one without); best_choice has
    # already refused a learner's copy, whose options have none.
    feedback = (
        (scenario.choices[chosen].feedback or "").strip() if chosen is not None and valid else "No option chosen."
    )
    return ChoiceScore(
        score=1.0 if chosen == best else 0.0,
        correct=chosen == best,
        chosen=chosen if valid else None,
        best=best,
        feedback=feedback,
    )


def score_rewrite(scenario: Scenario, text: str | None) -> "RewriteResult":
    from boundarylab.analysis import evaluate_rewrite  # the analysis layer is loaded on first use
    from boundarylab.regions import localize_feedback

    return localize_feedback(evaluate_rewrite(scenario, text or ""), scenario.region)


def score_response(scenario: Scenario, response: Response) -> Score:
    """Every part the scenario asks for is scored, answered or not; the total is their mean."""
    judgement = score_judgement(scenario, response.verdict, response.principles)
    parts = {"judgement": judgement.score}
    choice: ChoiceScore | None = None
    rewrite: RewriteResult | None = None
    if scenario.choices:
        choice = score_choice(scenario, response.choice)
        parts["choice"] = choice.score
    if scenario.rewrite:
        rewrite = score_rewrite(scenario, response.rewrite)
        parts["rewrite"] = rewrite.score
    total = round(sum(parts.values()) / len(parts), 4)
    return Score(score=total, judgement=judgement, choice=choice, rewrite=rewrite, parts=parts)
