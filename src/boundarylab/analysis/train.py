"""Train the learned second opinion from committed data, in one command, from the repository root:

    .venv/bin/python -m boundarylab.analysis.train

Training data: the labelled corpus (tests/analysis/corpus.yaml), the DEV parts of rounds 5, 6 and 7
(tests/analysis/corpus_round5.yaml, tests/analysis/corpus_round6.yaml, tests/analysis/corpus_round7.yaml)
and the DEV half of the stress sets (tests/analysis/stress/*.yaml). Never the TEST parts
(benchmarks/holdout_test.yaml, benchmarks/holdout_round5_test.yaml, benchmarks/holdout_round6_test.yaml,
benchmarks/holdout_round7_test.yaml, stress TEST)
nor benchmarks/heldout.yaml: those measure the result. A fifth of the training texts (by a hash of the
text, so the split is stable) is held back to choose each check's threshold for precision >= 0.95.
The model file records a hash of its training data and settings; tests/analysis/test_learned.py
fails when the committed data and the committed model disagree.
"""

import hashlib
import json
import sys
from pathlib import Path
from typing import TypedDict

import numpy as np
import yaml

from boundarylab import vocab
from boundarylab.analysis.learned import FEATURE_VERSION, MODEL_FILE, features
from boundarylab.analysis.text import Doc

ROOT = Path.cwd()
CORPORA = (
    Path("tests/analysis/corpus.yaml"),
    Path("tests/analysis/corpus_round5.yaml"),
    Path("tests/analysis/corpus_round6.yaml"),
    Path("tests/analysis/corpus_round7.yaml"),
)
STRESS = Path("tests/analysis/stress")


class Settings(TypedDict):
    """Training settings; they are part of the data hash the model file records."""

    min_df: int
    epochs: int
    learning_rate: float
    l2: float
    precision: float
    min_true: int
    validation_share: int
    prune: float


SETTINGS: Settings = {
    "min_df": 2,
    "epochs": 500,
    "learning_rate": 0.05,
    "l2": 3e-4,
    "precision": 0.95,
    "min_true": 2,
    "validation_share": 5,
    "prune": 0.01,
}
CHECKS = vocab.AVOID_CHECKS
Row = tuple[str, tuple[str, ...]]  # a text and its must-avoid labels


def training_sources(root: Path = ROOT) -> dict[str, list[Row]]:
    """(text, must-avoid labels) by source: each corpus, then the stress sets' DEV half, in a stable order."""
    sources: dict[str, list[Row]] = {}
    for corpus in CORPORA:
        sources[corpus.name] = [
            (e["text"], tuple(sorted(set(e.get("checks", [])) & set(CHECKS))))
            for e in yaml.safe_load((root / corpus).read_text(encoding="utf-8"))
        ]
    sources["stress DEV"] = [
        (e["text"], tuple(sorted(e.get("problems", []))))
        for path in sorted((root / STRESS).glob("*.yaml"))
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))
        if e["split"] == "DEV"
    ]
    return sources


def training_data(root: Path = ROOT) -> list[Row]:
    """Every training row, the sources one after the other."""
    return [row for rows in training_sources(root).values() for row in rows]


def data_hash(rows: list[Row]) -> str:
    blob = json.dumps([FEATURE_VERSION, SETTINGS, list(CHECKS), sorted(rows)], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _is_validation(text: str) -> bool:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % SETTINGS["validation_share"] == 0


def _matrix(feature_sets: list[set[str]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(feature_sets), len(index)), dtype=np.float32)
    for i, fs in enumerate(feature_sets):
        ids = [index[f] for f in fs if f in index]
        if ids:
            x[i, ids] = 1.0 / np.sqrt(len(ids))
    return x


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted logistic regression, one column per check, by Adam on the full batch."""
    n, v = x.shape
    w, b = np.zeros((v, y.shape[1]), np.float32), np.zeros(y.shape[1], np.float32)
    pos = y.sum(0)
    weight = np.where(y > 0, np.sqrt(np.maximum(1.0, (n - pos) / np.maximum(pos, 1))), 1.0).astype(np.float32)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, l2 = SETTINGS["learning_rate"], SETTINGS["l2"]
    for t in range(1, SETTINGS["epochs"] + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * weight / n
        gw, gb = x.T @ g + l2 * w, g.sum(0)
        mw, vw = 0.9 * mw + 0.1 * gw, 0.999 * vw + 0.001 * gw**2
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb**2
        w -= lr * (mw / (1 - 0.9**t)) / (np.sqrt(vw / (1 - 0.999**t)) + 1e-8)
        b -= lr * (mb / (1 - 0.9**t)) / (np.sqrt(vb / (1 - 0.999**t)) + 1e-8)
    return w, b


def _threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The lowest threshold keeping validation precision >= target with enough true positives; 1.01 (off) if none."""
    for t in np.unique(p):
        flagged = p >= t
        tp = int((flagged & (y > 0)).sum())
        if tp >= SETTINGS["min_true"] and tp / flagged.sum() >= SETTINGS["precision"]:
            return float(t)
    return 1.01


def train(root: Path = ROOT, out: Path = MODEL_FILE) -> str:
    """Train on the committed data into the shipped model file; the report of thresholds it prints."""
    return fit_model(training_data(root), out)


def fit_model(rows: list[Row], out: Path) -> str:
    """Fit on `rows`, choose the thresholds, save the model to `out`; a short report."""
    feats = [features(Doc(text).norm) for text, _ in rows]
    y = np.array([[c in labels for c in CHECKS] for _, labels in rows], dtype=np.float32)
    val = np.array([_is_validation(text) for text, _ in rows])
    df: dict[str, int] = {}
    for fs, v in zip(feats, val, strict=False):
        if not v:
            for f in fs:
                df[f] = df.get(f, 0) + 1
    vocab_list = sorted(f for f, n in df.items() if n >= SETTINGS["min_df"])
    index = {f: i for i, f in enumerate(vocab_list)}
    x = _matrix(feats, index)
    w, b = _fit(x[~val], y[~val])
    p_val = 1.0 / (1.0 + np.exp(-(x[val] @ w + b)))
    thresholds = np.array([_threshold(p_val[:, k], y[val][:, k]) for k in range(len(CHECKS))], np.float32)
    keep = np.abs(w).max(axis=1) >= SETTINGS["prune"]
    lines = [
        f"{len(rows)} texts ({int(val.sum())} for validation), {int(keep.sum())} of {len(vocab_list)} features kept",
        f"{'check':30} {'threshold':>9} {'val precision':>13} {'val recall':>10} {'positives':>9}",
    ]
    for k, check in enumerate(CHECKS):
        flagged, truth = p_val[:, k] >= thresholds[k], y[val][:, k] > 0
        tp = int((flagged & truth).sum())
        prec = tp / flagged.sum() if flagged.sum() else float("nan")
        lines.append(
            f"{check:30} {thresholds[k]:9.3f} {prec:13.2f} {tp / max(1, truth.sum()):10.2f} {int(truth.sum()):9d}"
        )
    np.savez_compressed(
        out,
        checks=np.array(CHECKS),
        vocab=np.array(vocab_list)[keep],
        weights=w[keep].astype(np.float16),
        bias=b,
        thresholds=thresholds,
        data_hash=np.array(data_hash(rows)),
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(train())
    sys.exit(0)
