"""The answer key as scoring and feedback ask for it: a keyed item gives it, and a learner's copy
of a post-test item (the key stays with the provider) refuses in a sentence naming the item."""

from pathlib import Path

import pytest

from boundarylab.bank import load_bank
from boundarylab.bank.models import KeyWithheld, Scenario
from boundarylab.learner_dist import without_key

BANK_DIR = Path(__file__).parents[2] / "scenarios"


@pytest.fixture(scope="module")
def with_rewrite() -> Scenario:
    return next(s for s in load_bank(BANK_DIR).scenarios.values() if s.rewrite is not None)


def test_a_keyed_item_gives_its_answer_and_model_answer(with_rewrite):
    assert with_rewrite.key is with_rewrite.answer
    assert with_rewrite.rewrite.key_answer == with_rewrite.rewrite.model_answer


def test_a_learners_copy_of_a_post_test_item_refuses_its_key_in_words(with_rewrite):
    copy = Scenario.model_validate(without_key(with_rewrite.model_dump(exclude_none=True)))
    with pytest.raises(KeyWithheld, match=f"{with_rewrite.id} has no answer key: it is a learner's copy"):
        _ = copy.key
    with pytest.raises(KeyWithheld, match="no model answer"):
        _ = copy.rewrite.key_answer
