"""What a learner has done in a module, scored once for every place that shows it.

The score of record is the first try of each part: it is what the learner knew before the
feedback told them, so the module summary, the start page, the progress page, the dashboard and
the transcript all use it (and so does the mastery chart). Practice also shows the best try, labelled
as such, because trying again after feedback is the point of practice. Plain data in, plain data
out; the widgets and reports only display it.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from boundarylab import vocab
from boundarylab.bank.models import Scenario
from boundarylab.progress import Attempt
from boundarylab.scoring import Response

FIRST_TRY = "first try"  # how the score of record is named wherever it is shown
BEST_TRY = "best try"


@dataclass(frozen=True)
class PrincipleScore:
    principle: str
    answered: int  # scenarios naming this principle that the learner answered
    total: int  # scenarios naming this principle
    mean: float | None  # mean first-try scenario score over the answered ones


@dataclass(frozen=True)
class ModuleSummary:
    answered: int
    total: int
    mean: float | None  # the module's score: mean first-try score of the answered scenarios
    best: float | None  # the same with each part's best try
    by_principle: tuple[PrincipleScore, ...]
    unanswered: tuple[str, ...]  # scenario ids, in the module's order


def first_scores(attempts) -> dict[str, dict[str, float]]:
    """scenario id -> part -> score of the first scored attempt."""
    out: dict[str, dict[str, float]] = {}
    for a in attempts:
        if a.score is not None:
            out.setdefault(a.scenario_id, {}).setdefault(a.part, a.score)
    return out


def best_scores(attempts) -> dict[str, dict[str, float]]:
    """scenario id -> part -> highest score of any attempt."""
    out: dict[str, dict[str, float]] = {}
    for a in attempts:
        if a.score is not None:
            parts = out.setdefault(a.scenario_id, {})
            best = parts.get(a.part)
            parts[a.part] = a.score if best is None else max(a.score, best)
    return out


def answered(scores: dict[str, dict[str, float]]) -> set[str]:
    """A scenario is answered once its verdict is (the step every scenario has)."""
    return {sid for sid, parts in scores.items() if "judgement" in parts}


def scenario_score(parts: dict[str, float]) -> float | None:
    return round(sum(parts.values()) / len(parts), 4) if parts else None


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def module_summary(scenarios: Sequence[Scenario], attempts: Iterable[Attempt]) -> ModuleSummary:
    ids = {s.id for s in scenarios}
    mine = [a for a in attempts if a.scenario_id in ids]
    first, best = first_scores(mine), best_scores(mine)
    done = answered(first)
    score = {sid: scenario_score(first[sid]) for sid in done}
    rows = []
    keys = [(s.id, s.answer) for s in scenarios if s.answer is not None]  # a learner's post-test copy has none
    for principle in vocab.PRINCIPLES:
        named = [sid for sid, key in keys if principle in key.principles]
        if named:
            scored = [score[sid] for sid in named if sid in score]
            rows.append(PrincipleScore(principle, len(scored), len(named), _mean(scored)))
    return ModuleSummary(
        len(done),
        len(scenarios),
        _mean(score.values()),
        _mean(scenario_score(best[sid]) for sid in done),
        tuple(rows),
        tuple(s.id for s in scenarios if s.id not in done),
    )


def last_answers(attempts) -> dict[str, Response]:
    """scenario id -> the learner's last answer to each part, to put back on the card."""
    parts: dict[str, dict] = {}
    for a in attempts:
        parts.setdefault(a.scenario_id, {})[a.part] = a.answer
    return {
        sid: Response(
            verdict=p.get("judgement", {}).get("verdict"),
            principles=tuple(p.get("judgement", {}).get("principles") or ()),
            choice=p.get("choice", {}).get("choice"),
            rewrite=p.get("rewrite", {}).get("text"),
        )
        for sid, p in parts.items()
    }
