"""Quality of the rewrite analysis on the labelled corpus: per-check precision and recall, and
the share of texts where exactly the right checks fire.

    PYTHONPATH=src python benchmarks/analysis_quality.py [CORPUS.yaml ...] [--show]

Without arguments it measures the corpus the checks were written against, then two sets they were
never tuned on: benchmarks/heldout.yaml and benchmarks/holdout_test.yaml (the TEST half of an
independently written hold-out; only its aggregate figures are ever looked at). --show lists every
text where the found checks differ from the labels (use it on the corpus, not on the TEST half).
Targets (issue 4): at least 95 % of texts exact, no check below 0.9 precision; the exit status
reflects the corpus only, since the unseen sets measure generalisation rather than gate it.
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from boundarylab import vocab
from boundarylab.analysis import analyze

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "analysis" / "corpus.yaml"
UNSEEN = (ROOT / "benchmarks" / "heldout.yaml", ROOT / "benchmarks" / "holdout_test.yaml")
EXACT_TARGET = 0.95
PRECISION_TARGET = 0.9


@dataclass(frozen=True)
class Outcome:
    text: str
    expected: frozenset
    found: frozenset


@dataclass(frozen=True)
class Quality:
    outcomes: tuple[Outcome, ...]

    @property
    def exact(self) -> float:
        return sum(o.expected == o.found for o in self.outcomes) / len(self.outcomes)

    def counts(self, check: str) -> tuple[int, int, int]:
        tp = sum(check in o.expected and check in o.found for o in self.outcomes)
        fp = sum(check not in o.expected and check in o.found for o in self.outcomes)
        fn = sum(check in o.expected and check not in o.found for o in self.outcomes)
        return tp, fp, fn

    def precision(self, check: str) -> float:
        tp, fp, _ = self.counts(check)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, check: str) -> float:
        tp, _, fn = self.counts(check)
        return tp / (tp + fn) if tp + fn else 1.0


def load(path: Path) -> list[dict]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    for e in entries:
        unknown = (set(e.get("checks", [])) | set(e.get("near", []))) - set(vocab.CHECKS)
        if unknown:
            raise ValueError(f"{path}: unknown check id(s) {sorted(unknown)} in: {e['text'][:60]}")
    return entries


def measure(entries: list[dict]) -> Quality:
    return Quality(tuple(Outcome(e["text"], frozenset(e.get("checks", [])),
                                 frozenset(f.check for f in analyze(e["text"]))) for e in entries))


def report(q: Quality, title: str) -> str:
    lines = [f"{title}: {len(q.outcomes)} texts, {q.exact:.1%} exact (target {EXACT_TARGET:.0%})", "",
             f"{'check':32} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for c in vocab.CHECKS:
        tp, fp, fn = q.counts(c)
        flag = "  <" if q.precision(c) < PRECISION_TARGET else ""
        lines.append(f"{c:32} {q.precision(c):9.3f} {q.recall(c):7.3f} {tp:4d} {fp:4d} {fn:4d}{flag}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[CORPUS, *UNSEEN])
    parser.add_argument("--show", action="store_true", help="list the texts where found and expected differ")
    args = parser.parse_args(argv)
    ok = True
    for path in args.corpora:
        q = measure(load(path))
        print(report(q, path.name))
        if args.show:
            for o in q.outcomes:
                if o.expected != o.found:
                    print(f"\n  missed {sorted(o.expected - o.found)} extra {sorted(o.found - o.expected)}"
                          f"\n    {o.text}")
        print()
        if path in UNSEEN:
            continue
        ok &= q.exact >= EXACT_TARGET and all(q.precision(c) >= PRECISION_TARGET for c in vocab.CHECKS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
