"""Development protocol for the learned second opinion: how it generalises to a new author, from training data only.

    PYTHONPATH=src python benchmarks/learned_dev.py

Leave one source out: for each of corpus_round9.yaml … corpus_round5.yaml and the stress sets' DEV halves, train
the second opinion on every other training source (analysis/train.py, same settings) and measure the
full pipeline (patterns, then the second opinion on the must-avoid checks they found nothing for) on the
source left out. Prints per source the share of texts with exactly the right checks and per-check
precision and recall, then the mean exact share. The TEST sets (benchmarks/holdout*_test.yaml,
heldout.yaml, stress TEST, stress round 2) are never read: compare model changes with this, not with them.
For a corpus, exact means every labelled check (as benchmarks/analysis_quality.py counts it); for the
stress half, the must-avoid checks against its `problems`.
"""

import sys
import tempfile
from pathlib import Path

import yaml

from boundarylab import vocab
from boundarylab.analysis.learned import SecondOpinion
from boundarylab.analysis.rewrite import analyze_doc
from boundarylab.analysis.text import Doc
from boundarylab.analysis.train import CORPORA, STRESS_SETS, fit_model, training_sources

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = (
    "corpus_round11.yaml",
    "corpus_round10.yaml",
    "corpus_round9_late.yaml",
    "corpus_round9.yaml",
    "corpus_round8.yaml",
    "corpus_round7.yaml",
    "corpus_round6.yaml",
    "corpus_round5.yaml",
    *(r.source for r in STRESS_SETS if r.use == "training"),
)
Case = tuple[str, frozenset[str]]  # a text and every check it should get


def labelled(source: str) -> list[Case]:
    """The texts of a training source with their full labels (a corpus's must-include checks too)."""
    if source.startswith("stress"):
        return [(text, frozenset(labels)) for text, labels in training_sources(ROOT)[source]]
    path = ROOT / next(c for c in CORPORA if c.name == source)
    return [(e["text"], frozenset(e.get("checks", []))) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]


def found(model: SecondOpinion, text: str, scope: frozenset[str]) -> frozenset[str]:
    doc = Doc(text)
    checks = {f.check for f in analyze_doc(doc)}
    flagged, _ = model.opinions(doc, tuple(c for c in vocab.AVOID_CHECKS if c not in checks))
    return frozenset((checks | {o.check for o in flagged}) & scope)


def measure(source: str, rows_by_source: dict, folder: Path) -> tuple[float, dict[str, tuple[int, int, int]]]:
    rest = [row for name, rows in rows_by_source.items() if name != source for row in rows]
    out = folder / f"{source.replace(' ', '_')}.npz"
    fit_model(rest, out)
    model = SecondOpinion(out)
    scope = frozenset(vocab.AVOID_CHECKS if source.startswith("stress") else vocab.CHECKS)
    cases = labelled(source)
    outcomes = [(expected & scope, found(model, text, scope)) for text, expected in cases]
    counts = {
        c: (
            sum(c in e and c in f for e, f in outcomes),
            sum(c not in e and c in f for e, f in outcomes),
            sum(c in e and c not in f for e, f in outcomes),
        )
        for c in vocab.AVOID_CHECKS
    }
    return sum(e == f for e, f in outcomes) / len(outcomes), counts, len(outcomes)


def table(title: str, exact: float, counts: dict[str, tuple[int, int, int]], _texts: int = 0) -> str:
    lines = [f"{title}: {exact:.1%} exact", f"  {'check':30} {'prec':>5} {'rec':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for c, (tp, fp, fn) in counts.items():
        prec, rec = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
        flag = " <" if prec < 0.9 or rec < 0.85 else ""
        lines.append(f"  {c:30} {prec:5.2f} {rec:5.2f} {tp:4d} {fp:4d} {fn:4d}{flag}")
    return "\n".join(lines)


def main() -> int:
    rows_by_source = training_sources(ROOT)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for source in HELD_OUT:
            results[source] = measure(source, rows_by_source, Path(folder))
            print(table(f"held out {source}", *results[source]), flush=True)
    pooled = {
        c: tuple(sum(counts[c][i] for _, counts, _ in results.values()) for i in range(3)) for c in vocab.AVOID_CHECKS
    }
    mean = sum(exact for exact, _, _ in results.values()) / len(results)
    pooled_exact = sum(e * n for e, _, n in results.values()) / sum(n for _, _, n in results.values())
    print(table("pooled over the held-out sources (exact: mean of the shares)", mean, pooled))
    summary = ", ".join(f"{s} {e:.1%}" for s, (e, _, _) in results.items())
    print(f"summary: {summary}; mean {mean:.1%}; over all held-out texts {pooled_exact:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
