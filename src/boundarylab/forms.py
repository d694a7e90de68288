"""Post-test forms A and B: the same blueprint, equal difficulty (reference/assessment.md §2).

The post-test draws on the assessment module's own pool, situations the learner has not met in
practice, two items per principle (a bank without such a pool draws on its practice scenarios). Within each principle the items are sorted by type and
difficulty and dealt A B, then B A for the next principle, so each form gets one of every pair of
look-alike items. The split is deterministic: the same bank always gives the same forms, so scores
on a form compare across cohorts.
"""

from boundarylab import vocab
from boundarylab.bank.loader import Bank

POST_TEST_MODULE = "assessment"


def _item_type(scenario) -> tuple:
    return (scenario.rewrite is not None, bool(scenario.choices), scenario.difficulty, scenario.id)


def parallel_forms(bank: Bank) -> dict[str, tuple[str, ...]]:
    """Dealt from the key; a learner's copy (no answers to deal by) lists them in course.yml."""
    if bank.course.post_test_forms:
        return {name: tuple(bank.course.post_test_forms.get(name, ())) for name in ("A", "B")}
    forms = {"A": [], "B": []}
    pool = bank.in_module(POST_TEST_MODULE) or list(bank.scenarios.values())
    dealt = 0
    for principle in vocab.PRINCIPLES:
        items = sorted((s for s in pool if s.key.principles[0] == principle), key=_item_type)
        for first, second in zip(items[::2], items[1::2], strict=False):
            a, b = (first, second) if dealt % 2 == 0 else (second, first)
            forms["A"].append(a.id)
            forms["B"].append(b.id)
            dealt += 1
    return {name: tuple(ids) for name, ids in forms.items()}


def form_minutes(bank: Bank) -> int:
    """Time on task of one sitting: the shorter form's scenario minutes."""
    forms = parallel_forms(bank)
    return min(sum(bank.scenarios[i].minutes for i in ids) for ids in forms.values()) if forms["A"] else 0
