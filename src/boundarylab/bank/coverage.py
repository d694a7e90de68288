"""What the bank covers: the counts `boundarylab bank-report` prints and the tests hold minimums on."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from boundarylab import vocab
from boundarylab.bank.loader import Bank

K = TypeVar("K", str, int)  # what is counted: an id, or a difficulty


@dataclass(frozen=True)
class Coverage:
    total: int
    by_module: dict[str, int]
    by_principle: dict[str, int]
    by_kind: dict[str, int]
    by_verdict: dict[str, int]
    by_difficulty: dict[int, int]
    kinds_by_module: dict[str, list[str]]
    with_choices: tuple[str, ...]
    with_rewrite: tuple[str, ...]


def coverage(bank: Bank) -> Coverage:
    scenarios = list(bank.scenarios.values())

    def count(values: Iterable[K], keys: Iterable[K]) -> dict[K, int]:
        c = Counter(values)
        return {k: c.get(k, 0) for k in keys}

    return Coverage(
        total=len(scenarios),
        by_module=count((s.module for s in scenarios), bank.modules),
        by_principle=count((p for s in scenarios for p in s.key.principles), vocab.PRINCIPLES),
        by_kind=count((s.kind for s in scenarios), vocab.KINDS),
        by_verdict=count((s.key.verdict for s in scenarios), vocab.VERDICTS),
        by_difficulty=count((s.difficulty for s in scenarios), (1, 2, 3)),
        kinds_by_module={m: sorted({s.kind for s in bank.in_module(m)}) for m in bank.modules},
        with_choices=tuple(s.id for s in scenarios if s.choices),
        with_rewrite=tuple(s.id for s in scenarios if s.rewrite),
    )


def render(cov: Coverage) -> str:
    def table(title: str, counts: dict[K, int]) -> str:
        width = max(len(str(k)) for k in counts)
        rows = [f"  {k!s:<{width}}  {v:>4}  {100 * v / max(cov.total, 1):5.1f} %" for k, v in counts.items()]
        return "\n".join([title, *rows])

    lines = [
        f"Scenarios: {cov.total}",
        table("By module:", cov.by_module),
        table("By principle (a scenario may name several):", cov.by_principle),
        table("By kind:", cov.by_kind),
        table("By verdict:", cov.by_verdict),
        table("By difficulty:", cov.by_difficulty),
        "Kinds per module:",
        *(f"  {m}: {', '.join(k) or '-'}" for m, k in cov.kinds_by_module.items()),
        f"With best-next-step choices: {len(cov.with_choices)} ({100 * len(cov.with_choices) / max(cov.total, 1):.0f} %)",
        "  " + " ".join(cov.with_choices),
        f"With a rewrite rubric: {len(cov.with_rewrite)} ({100 * len(cov.with_rewrite) / max(cov.total, 1):.0f} %)",
        "  " + " ".join(cov.with_rewrite),
    ]
    return "\n".join(lines)
