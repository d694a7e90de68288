"""How the graded rewrites' THRESHOLD is chosen (analysis/exemplars.py), from the stress DEV halves only.

    PYTHONPATH=src python benchmarks/exemplar_threshold.py

Each author's DEV rewrites are scored by a logistic model fitted without them, against the other authors'
exemplars only and with the embedding probe fitted without them, as a new learner's rewrite would be. Only the rewrites the rest of the analysis passes
matter (the layer is asked about no other). For each threshold it prints the failing rewrites caught and
the good rewrites failed; the criterion, fixed from the issue's own targets (at most 10 % failing rewrites
passed, at most 5 % good ones failed), is caught - 2 x good failed. No TEST half is read.
"""

import sys
from pathlib import Path

import numpy as np

from boundarylab.analysis import evaluate_rewrite
from boundarylab.analysis.train import (
    embed_texts,
    exemplar_data,
    fit_probes,
    held_out_probabilities,
    leave_author_out,
    probe_corpus,
)
from boundarylab.bank import load_bank

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99)


def main() -> int:
    rows, _ = exemplar_data(ROOT)
    vectors = embed_texts([r["text"] for r in rows])
    x, y = leave_author_out(rows, vectors, fit_probes(rows, vectors, probe_corpus(ROOT)))
    graded = [r for r in rows if r["author"] != "bank"]
    authors = np.array([r["author"] for r in graded])
    p = held_out_probabilities(authors, x, y)
    scenarios = load_bank(ROOT / "scenarios").scenarios
    reached = np.zeros(len(graded), dtype=bool)  # the rest of the analysis passes it
    for k, r in enumerate(graded):
        result = evaluate_rewrite(scenarios[r["scenario"]], r["text"])
        reached[k] = result.passed or bool(result.exemplar and result.exemplar.fails)
    bad, good = reached & (y > 0), reached & (y == 0)
    print(
        f"{len(graded)} DEV rewrites by {len(set(authors))} authors; the rest of the analysis passes "
        f"{int(bad.sum())} failing and {int(good.sum())} good ones"
    )
    print(f"{'threshold':>9} {'caught':>6} {'good failed':>11} {'criterion':>9}")
    for t in THRESHOLDS:
        caught, failed = int((p[bad] >= t).sum()), int((p[good] >= t).sum())
        print(f"{t:9.2f} {caught:6d} {failed:11d} {caught - 2 * failed:9d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
