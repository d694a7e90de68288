"""The post-test speaks to the learner's region too: its options and prompts name their own
crisis services, on the instructor's copy and on the learner's copy without the key."""

import re

import pytest

from boundarylab.bank import load_bank
from boundarylab.progress import ProgressStore
from boundarylab.regions import localize_scenario
from boundarylab.widgets.post_test import PostTest

BANK = load_bank("scenarios")
US_ONLY = re.compile(r"(?<![\d-])(?:988|911)(?![\d-])|\bin the US\b|Suicide & Crisis Lifeline")
CRISIS_ITEMS = {
    s.id for s in BANK.scenarios.values() if s.module == "assessment" and any(US_ONLY.search(c.text) for c in s.choices)
}


def shown_text(scenario) -> list[str]:
    return [c.text for c in scenario.choices] + ([scenario.rewrite.prompt] if scenario.rewrite else [])


@pytest.mark.parametrize("form", [0, 1])
def test_a_uk_learner_sees_no_us_crisis_number_in_the_post_test(tmp_path, form):
    store = ProgressStore.open(tmp_path / f"home{form}")
    store.save_profile("Ana Ruiz", region="uk")
    widget = PostTest(BANK, store)
    widget.start.click()
    if form:  # a sitting submitted unanswered, then a second start deals the other form
        widget.submit.click()
        widget.start.click()
    dealt = {v.scenario.id for v in widget.views}
    assert dealt & CRISIS_ITEMS, "the form should hold an item whose options name a crisis service"
    leftover = [(v.scenario.id, t) for v in widget.views for t in shown_text(v.scenario) if US_ONLY.search(t)]
    assert not leftover


def test_an_item_without_its_key_is_localized_too():
    item = BANK.scenarios[sorted(CRISIS_ITEMS)[0]]
    unkeyed = item.model_copy(update={"answer": None})
    local = localize_scenario(unkeyed, "uk")
    assert local.answer is None and not any(US_ONLY.search(t) for t in shown_text(local))
