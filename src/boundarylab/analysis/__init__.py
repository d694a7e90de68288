"""Rewrite analysis: explainable checks that find what makes a post or message unethical.

`analyze(text)` runs every check in the catalogue and returns what it found, with spans in the
text as written; `evaluate_rewrite(scenario, text)` grades a rewrite against a scenario's rubric.
"""

from boundarylab import vocab
from boundarylab.analysis.catalogue import BY_ID, CHECKS
from boundarylab.analysis.check import Check, Finding
from boundarylab.analysis.learned import learned_findings
from boundarylab.analysis.rewrite import RewriteResult, analyze_doc, evaluate_rewrite
from boundarylab.analysis.text import Doc


def analyze(text: str | None, *, learned: bool = False) -> list[Finding]:
    """Every finding in `text`, sorted by where it starts; with `learned`, the second opinion's too, for the
    must-avoid checks the patterns found nothing for."""
    doc = Doc(text or "")
    findings = analyze_doc(doc)
    if learned:
        found = {f.check for f in findings}
        findings += learned_findings(doc, tuple(c for c in vocab.AVOID_CHECKS if c not in found))[0]
    return sorted(findings, key=lambda f: (f.start, f.end, f.check))


__all__ = ["BY_ID", "CHECKS", "Check", "Finding", "RewriteResult", "analyze", "evaluate_rewrite"]
