"""Post-test forms A and B: the same blueprint, equal difficulty (reference/assessment.md §2).

Within each principle, items are sorted by type and difficulty and dealt A B B A in pairs, so each
form gets one of every pair of look-alike items. The split is deterministic: the same bank always
gives the same forms, so scores on a form compare across cohorts.
"""

from boundarylab import vocab
from boundarylab.bank.loader import Bank

ITEMS_PER_PRINCIPLE = 2


def _item_type(scenario) -> tuple:
    return (scenario.rewrite is not None, bool(scenario.choices), scenario.difficulty, scenario.id)


def parallel_forms(bank: Bank, per_principle: int = ITEMS_PER_PRINCIPLE) -> dict[str, tuple[str, ...]]:
    forms = {"A": [], "B": []}
    used: set[str] = set()
    for principle in vocab.PRINCIPLES:
        primary = [s for s in bank.scenarios.values() if s.answer.principles[0] == principle]
        named = [s for s in bank.scenarios.values() if principle in s.answer.principles[1:]]
        pool = [s for s in primary + named if s.id not in used][: 2 * per_principle * 3]
        pool = sorted(pool, key=_item_type)[: 2 * per_principle]
        for n, pair_start in enumerate(range(0, len(pool) - 1, 2)):
            first, second = pool[pair_start], pool[pair_start + 1]
            a, b = (first, second) if n % 2 == 0 else (second, first)
            forms["A"].append(a.id)
            forms["B"].append(b.id)
            used.update((a.id, b.id))
    return {name: tuple(ids) for name, ids in forms.items()}
