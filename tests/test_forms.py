"""Post-test forms A and B have the same blueprint on the shipped bank, and the split is stable."""

from collections import Counter

from pathlib import Path

from boundarylab import vocab
from boundarylab.bank import load_bank
from boundarylab.forms import parallel_forms

ROOT = Path(__file__).resolve().parents[1]
CE_BANK = ROOT / "tests" / "fixtures" / "ce_bank"
_BANK = []


def key_bank():
    if not _BANK:
        _BANK.append(load_bank(ROOT / "scenarios"))
    return _BANK[0]


def _profile(bank, ids):
    ss = [bank.scenarios[i] for i in ids]
    return (Counter(s.answer.verdict for s in ss), sum(bool(s.choices) for s in ss),
            sum(s.rewrite is not None for s in ss), sum(s.difficulty for s in ss))


def test_forms_are_disjoint_cover_every_principle_and_every_verdict():
    bank = key_bank()
    forms = parallel_forms(bank)
    assert not set(forms["A"]) & set(forms["B"])
    for ids in forms.values():
        named = {p for i in ids for p in bank.scenarios[i].answer.principles}
        assert named == set(vocab.PRINCIPLES)
        assert {bank.scenarios[i].answer.verdict for i in ids} == set(vocab.VERDICTS)


def test_forms_match_in_verdict_mix_item_types_and_difficulty():
    bank = key_bank()
    forms = parallel_forms(bank)
    (va, ca, ra, da), (vb, cb, rb, db) = _profile(bank, forms["A"]), _profile(bank, forms["B"])
    assert len(forms["A"]) == len(forms["B"])
    assert va == vb
    assert abs(ca - cb) <= 1 and abs(ra - rb) <= 1  # at most one looser pair differs in type
    assert abs(da - db) <= 2


def test_the_split_is_deterministic():
    assert parallel_forms(key_bank()) == parallel_forms(load_bank(ROOT / "scenarios"))


def test_a_small_bank_still_gets_one_pair_per_principle_dealt_a_then_b():
    assert parallel_forms(load_bank(CE_BANK)) == {"A": ("alpha-002", "beta-001"), "B": ("alpha-001", "beta-002")}
