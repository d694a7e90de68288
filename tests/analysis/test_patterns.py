"""The expressions checks are built from, and the facts about them shipped in pattern_facts.json."""

import json
from pathlib import Path

import pytest
import yaml

import boundarylab.analysis  # noqa: F401 - builds the catalogue
from boundarylab.analysis.facts import FACTS_FILE, catalogue_facts
from boundarylab.analysis.patterns import Pattern, all_patterns
from boundarylab.analysis.text import Doc

HERE = Path(__file__).parent


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


def _texts() -> list[str]:
    """The labelled corpus, and long texts made by joining it (searched near their literals, not throughout)."""
    short = [e["text"] for e in yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))]
    joined = "\n".join(short)
    return short + [joined[i : i + 5000] for i in range(0, 100_000, 5000)]


def test_skipping_an_expression_for_want_of_its_literals_never_loses_a_match(monkeypatch: pytest.MonkeyPatch):
    """An expression is skipped on a text lacking its literals, and on a long text searched only near them; both
    must find exactly what searching the whole of every text finds (a wrong fact would silently drop findings)."""
    texts = _texts()
    fast = [[sorted(p(doc)) for p in all_patterns()] for doc in map(Doc, texts)]
    monkeypatch.setattr(Pattern, "_windows", lambda self, doc: [(0, len(doc.norm))])  # pyright: ignore
    everywhere = [[sorted(p._spans(doc, None)) for p in all_patterns()] for doc in map(Doc, texts)]  # pyright: ignore
    assert sum(map(len, (spans for row in everywhere for spans in row))) > 1000
    lost = [
        (p.regex[:60], t[:60])
        for t, got, want in zip(texts, fast, everywhere, strict=True)
        for p, g, w in zip(all_patterns(), got, want, strict=True)
        if g != w
    ]
    assert not lost
