"""Post-test forms A and B: the same blueprint, equal difficulty (reference/assessment.md §2).

Items are chosen in matched pairs: the two items of a pair test the same principle and have the
same type (verdict, best-step choices or not, rewrite or not), so both forms have the same
principles, the same verdict mix, the same item types and the same points. Within a pair the
easier item goes to A, then to B, then B, then A (A B B A), which evens out difficulty. For each
principle, the pairs whose verdict the forms have least of so far are taken first, so every
verdict is tested, rewrites included. The split is deterministic: the same bank always gives the
same forms, so scores on a form compare across cohorts.
"""

from boundarylab import vocab
from boundarylab.bank.loader import Bank

ITEMS_PER_PRINCIPLE = 2  # per form


def _item_type(scenario) -> tuple:
    return (scenario.answer.verdict, bool(scenario.choices), scenario.rewrite is not None)


def _pairs(candidates: list) -> list[tuple]:
    """Matched pairs among the candidates: same type, neighbours in difficulty."""
    by_type: dict[tuple, list] = {}
    for s in candidates:
        by_type.setdefault(_item_type(s), []).append(s)
    pairs = []
    for group in by_type.values():
        group = sorted(group, key=lambda s: (s.difficulty, s.id))
        pairs += [(group[i], group[i + 1]) for i in range(0, len(group) - 1, 2)]
    return pairs


def parallel_forms(bank: Bank, per_principle: int = ITEMS_PER_PRINCIPLE) -> dict[str, tuple[str, ...]]:
    forms = {"A": [], "B": []}
    used: set[str] = set()
    verdicts = {v: 0 for v in vocab.VERDICTS}
    dealt = 0
    for principle in vocab.PRINCIPLES:
        primary = [s for s in bank.scenarios.values() if s.answer.principles[0] == principle and s.id not in used]
        named = [s for s in bank.scenarios.values()
                 if principle in s.answer.principles[1:] and s.id not in used]
        pairs = [(0, p) for p in _pairs(primary)] + [(1, p) for p in _pairs(named)]
        for _ in range(per_principle):
            pairs = [(rank, p) for rank, p in pairs if p[0].id not in used and p[1].id not in used]
            if not pairs:
                break
            rank, (easier, harder) = min(pairs, key=lambda rp: (
                verdicts[rp[1][0].answer.verdict], rp[0], rp[1][1].difficulty - rp[1][0].difficulty,
                rp[1][0].difficulty, rp[1][0].id))
            a, b = (easier, harder) if dealt % 4 in (0, 3) else (harder, easier)
            forms["A"].append(a.id)
            forms["B"].append(b.id)
            used.update((a.id, b.id))
            verdicts[a.answer.verdict] += 1
            dealt += 1
    return {name: tuple(ids) for name, ids in forms.items()}
