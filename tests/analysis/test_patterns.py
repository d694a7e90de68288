"""The expressions checks are built from, and the facts about them shipped in pattern_facts.json."""

import json

import boundarylab.analysis  # noqa: F401 - builds the catalogue
from boundarylab.analysis.facts import FACTS_FILE, catalogue_facts
from boundarylab.analysis.patterns import all_patterns


def test_every_expression_in_the_catalogue_compiles():
    """Expressions compile on first use; a typo must still fail here, not in a learner's feedback."""
    patterns = all_patterns()
    assert len(patterns) > 300
    for pattern in patterns:
        assert pattern.rx.pattern, pattern.regex


def test_the_shipped_facts_are_those_of_the_current_checks():
    """A check changed without rewriting the file would be slower to run (never wrong, since unknown
    expressions are worked out on use), and a wrong entry would skip an expression that could match."""
    shipped = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    assert shipped == catalogue_facts(), "run: python -m boundarylab.analysis.write_facts"
