"""Post-test forms A and B: same blueprint, equal difficulty, deterministic."""

from collections import Counter

from boundarylab import vocab
from boundarylab.bank import load_bank
from boundarylab.forms import POST_TEST_MODULE, form_minutes, parallel_forms

BANK = load_bank("scenarios")
FORMS = parallel_forms(BANK)


def items(form):
    return [BANK.scenarios[i] for i in FORMS[form]]


def test_forms_draw_only_on_the_unseen_post_test_pool():
    assert {s.module for form in FORMS for s in items(form)} == {POST_TEST_MODULE}
    assert not set(FORMS["A"]) & set(FORMS["B"])


def test_each_form_covers_every_principle_once_as_its_main_principle():
    for form in FORMS:
        assert sorted(s.answer.principles[0] for s in items(form)) == sorted(vocab.PRINCIPLES)


def test_forms_match_in_verdicts_item_types_difficulty_and_minutes():
    a, b = items("A"), items("B")
    assert Counter(s.answer.verdict for s in a) == Counter(s.answer.verdict for s in b)
    assert sum(s.rewrite is not None for s in a) == sum(s.rewrite is not None for s in b)
    assert sum(s.difficulty for s in a) == sum(s.difficulty for s in b)
    assert sum(s.minutes for s in a) == sum(s.minutes for s in b) == form_minutes(BANK)


def test_the_split_is_deterministic():
    assert parallel_forms(load_bank("scenarios")) == FORMS
