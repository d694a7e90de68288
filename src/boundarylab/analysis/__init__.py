"""Rewrite analysis: explainable checks that find what makes a post or message unethical.

`analyze(text)` runs every check in the catalogue and returns what it found, with spans in the
text as written; `evaluate_rewrite(scenario, text)` grades a rewrite against a scenario's rubric.
"""

from boundarylab.analysis.catalogue import BY_ID, CHECKS
from boundarylab.analysis.check import Check, Finding
from boundarylab.analysis.rewrite import RewriteResult, analyze_doc, evaluate_rewrite
from boundarylab.analysis.text import Doc


def analyze(text: str | None) -> list[Finding]:
    """Every finding in `text`, sorted by where it starts."""
    return analyze_doc(Doc(text or ""))


__all__ = ["BY_ID", "CHECKS", "Check", "Finding", "RewriteResult", "analyze", "evaluate_rewrite"]
