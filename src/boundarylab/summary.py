"""What a learner has done in a module: latest score per scenario part, and the mean score by
principle. Plain data in, plain data out; the widgets and reports only display it."""

from dataclasses import dataclass

from boundarylab import vocab


@dataclass(frozen=True)
class PrincipleScore:
    principle: str
    answered: int  # scenarios naming this principle that the learner answered
    total: int  # scenarios naming this principle
    mean: float | None  # mean scenario score over the answered ones


@dataclass(frozen=True)
class ModuleSummary:
    answered: int
    total: int
    mean: float | None
    by_principle: tuple[PrincipleScore, ...]


def latest_scores(attempts) -> dict[str, dict[str, float]]:
    """scenario id -> part -> score of the latest scored attempt (later attempts win)."""
    out: dict[str, dict[str, float]] = {}
    for a in attempts:
        if a.score is not None:
            out.setdefault(a.scenario_id, {})[a.part] = a.score
    return out


def scenario_score(parts: dict[str, float]) -> float | None:
    return round(sum(parts.values()) / len(parts), 4) if parts else None


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def module_summary(scenarios, attempts) -> ModuleSummary:
    ids = {s.id for s in scenarios}
    latest = latest_scores(a for a in attempts if a.scenario_id in ids)
    score = {sid: scenario_score(parts) for sid, parts in latest.items()}
    rows = []
    for principle in vocab.PRINCIPLES:
        named = [s.id for s in scenarios if principle in s.answer.principles]
        if named:
            done = [score[sid] for sid in named if sid in score]
            rows.append(PrincipleScore(principle, len(done), len(named), _mean(done)))
    return ModuleSummary(len(score), len(scenarios), _mean(score.values()), tuple(rows))
