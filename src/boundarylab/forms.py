"""Post-test forms A and B: the same blueprint, equal difficulty (reference/assessment.md §2).

Items are chosen in matched pairs, one item of each pair per form. A pair tests one principle and,
whenever the bank allows, holds two items of the same type (verdict, best-step choices or not,
rewrite or not), so both forms get the same principles, verdict mix, item types and points. Only
when a principle has no such pair at all is its one pair looser (same verdict, else any two). For each
principle the pairs whose verdict the forms have least of so far come first, so every verdict is
tested, rewrites included. Each pair's harder item goes to the form whose items are easier so far;
when they are level, the easier item is dealt A B, B A within the principle (A B B A). The split is deterministic: the same bank always gives the same forms, so scores on a
form compare across cohorts.
"""

from boundarylab import vocab
from boundarylab.bank.loader import Bank

ITEMS_PER_PRINCIPLE = 2  # per form


def _item_type(scenario) -> tuple:
    return (scenario.answer.verdict, bool(scenario.choices), scenario.rewrite is not None)


def _ease(scenario) -> tuple:
    return (scenario.difficulty, scenario.rewrite is not None, bool(scenario.choices), scenario.id)


def _pairs(candidates: list, key) -> list[tuple]:
    """Neighbours in difficulty among candidates with the same key, as (easier, harder)."""
    groups: dict = {}
    for s in candidates:
        groups.setdefault(key(s), []).append(s)
    pairs = []
    for group in groups.values():
        group = sorted(group, key=_ease)
        pairs += [(group[i], group[i + 1]) for i in range(0, len(group) - 1, 2)]
    return pairs


MATCHES = (_item_type, lambda s: s.answer.verdict, lambda s: None)  # best match first


def parallel_forms(bank: Bank, per_principle: int = ITEMS_PER_PRINCIPLE) -> dict[str, tuple[str, ...]]:
    forms = {"A": [], "B": []}
    used: set[str] = set()
    verdicts = {v: 0 for v in vocab.VERDICTS}
    difficulty = {"A": 0, "B": 0}
    for principle in vocab.PRINCIPLES:
        primary = [s for s in bank.scenarios.values() if s.answer.principles[0] == principle]
        named = [s for s in bank.scenarios.values() if principle in s.answer.principles[1:]]
        for dealt in range(per_principle):
            # A looser match only to cover a principle at all; its second pair must match in type.
            options = [(match, rank, pair)
                       for match, key in enumerate(MATCHES if dealt == 0 else MATCHES[:1])
                       for rank, pool in enumerate((primary, named))
                       for pair in _pairs([s for s in pool if s.id not in used], key)]
            if not options:
                break
            _, _, (easier, harder) = min(options, key=lambda o: (
                o[0], verdicts[o[2][0].answer.verdict], o[1], o[2][1].difficulty - o[2][0].difficulty,
                _ease(o[2][0])))
            if difficulty["A"] != difficulty["B"]:  # the form that is behind gets the harder item
                a, b = (harder, easier) if difficulty["A"] < difficulty["B"] else (easier, harder)
            else:
                a, b = (easier, harder) if dealt % 4 in (0, 3) else (harder, easier)
            difficulty["A"] += a.difficulty
            difficulty["B"] += b.difficulty
            forms["A"].append(a.id)
            forms["B"].append(b.id)
            used.update((a.id, b.id))
            verdicts[easier.answer.verdict] += 1
    return {name: tuple(ids) for name, ids in forms.items()}
