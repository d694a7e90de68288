"""Every check's own examples: what it documents is what it does."""

import pytest

from boundarylab.analysis import CHECKS, analyze

FIRES = [pytest.param(c.id, text, id=f"{c.id}-fires-{i}") for c in CHECKS for i, text in enumerate(c.fires_on)]
PASSES = [pytest.param(c.id, text, id=f"{c.id}-passes-{i}") for c in CHECKS for i, text in enumerate(c.passes_on)]


@pytest.mark.parametrize(("check", "text"), FIRES)
def test_check_fires_on_its_positive_example(check, text):
    assert check in {f.check for f in analyze(text)}


@pytest.mark.parametrize(("check", "text"), PASSES)
def test_check_passes_its_negative_example(check, text):
    assert check not in {f.check for f in analyze(text)}


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.id)
def test_finding_message_says_what_why_and_which_principle(check):
    finding = next(f for f in analyze(check.fires_on[0]) if f.check == check.id)
    assert finding.message.startswith("“")
    assert check.principle.replace("-", " ") in finding.message
    after_quote = finding.message.rsplit("”", 1)[1]
    assert after_quote.count(". ") <= 1 and finding.message.endswith(".")  # what; why and which principle
