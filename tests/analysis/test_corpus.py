"""The labelled corpus meets the quality targets of issue 4, and is big and balanced enough to mean it."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from boundarylab import vocab

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("analysis_quality", ROOT / "benchmarks" / "analysis_quality.py")
quality = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quality)

ENTRIES = quality.load(quality.CORPUS)
MEASURED = quality.measure(ENTRIES)


def test_corpus_has_at_least_250_texts():
    assert len(ENTRIES) >= 250


@pytest.mark.parametrize("check", vocab.CHECKS)
def test_corpus_has_eight_positives_and_eight_hard_negatives_per_check(check):
    positives = Counter(c for e in ENTRIES for c in e["checks"])
    near = Counter(c for e in ENTRIES for c in e.get("near", []) if c not in e["checks"])
    assert positives[check] >= 8 and near[check] >= 8


def test_at_least_95_percent_of_texts_get_exactly_the_right_checks():
    misses = [
        f"{sorted(o.expected)} != {sorted(o.found)}: {o.text}" for o in MEASURED.outcomes if o.expected != o.found
    ]
    assert MEASURED.exact >= quality.EXACT_TARGET, "\n".join(misses)


@pytest.mark.parametrize("check", vocab.CHECKS)
def test_no_check_falls_below_90_percent_precision(check):
    assert MEASURED.precision(check) >= quality.PRECISION_TARGET


def test_clean_texts_come_back_clean():
    clean = [o for o in MEASURED.outcomes if not o.expected]
    assert len(clean) >= 100
    assert sum(not o.found for o in clean) / len(clean) >= 0.97
