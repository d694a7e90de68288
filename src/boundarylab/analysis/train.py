"""Train the learned second opinion from committed data, in one command, from the repository root:

    .venv/bin/python -m boundarylab.analysis.train

Training data: the labelled corpus (tests/analysis/corpus.yaml), the DEV parts of rounds 5 to 11
(tests/analysis/corpus_round5.yaml … corpus_round11.yaml, corpus_round9_late.yaml) and the DEV halves of the
stress rounds STRESS_SETS marks for training (tests/analysis/stress/*.yaml and stress/round*/). Never the TEST parts
(benchmarks/holdout_test.yaml, benchmarks/holdout_round5_test.yaml … holdout_round11_test.yaml, the stress sets'
TEST halves), nor benchmarks/heldout.yaml, nor stress rounds 2 and 5: those measure the result. A fifth
of the training texts (by a hash of the text, so the split is stable) is held back to choose each
check's threshold for precision >= 0.95.
The model file records a hash of its training data and settings; tests/analysis/test_learned.py
fails when the committed data and the committed model disagree.

The same command builds the exemplar index (`exemplars.npz`, see `exemplars.py`): per scenario, the
`revise` draft, the model answer and the DEV halves of every stress round (round 2's included: its DEV
half was already tuned on; no TEST half ever), embedded, with the logistic model over their similarities.
"""

import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypedDict

import numpy as np
import yaml

from boundarylab import vocab
from boundarylab.analysis.embedding import MODEL_SHA256, embedder
from boundarylab.analysis.exemplars import INDEX_FILE, REVIEW, SCALE, THRESHOLD, probe_score, scenario_fingerprint
from boundarylab.analysis.learned import FEATURE_VERSION, MODEL_FILE, features
from boundarylab.analysis.text import Doc

ROOT = Path.cwd()
CORPORA = (
    Path("tests/analysis/corpus.yaml"),
    Path("tests/analysis/corpus_round5.yaml"),
    Path("tests/analysis/corpus_round6.yaml"),
    Path("tests/analysis/corpus_round7.yaml"),
    Path("tests/analysis/corpus_round8.yaml"),
    Path("tests/analysis/corpus_round9.yaml"),
    Path("tests/analysis/corpus_round9_late.yaml"),
    Path("tests/analysis/corpus_round10.yaml"),
    Path("tests/analysis/corpus_round11.yaml"),
)
STRESS = Path("tests/analysis/stress")


class StressRound(NamedTuple):
    """A stress round: its folder, its authors as the benchmarks name them, and what its DEV half is for:
    "training" (n-gram training data for the second opinion, and graded rewrites), "graded" (graded rewrites
    only) or "measured" (neither). Every round is listed here and nowhere else."""

    folder: Path
    authors: str
    use: Literal["training", "graded", "measured"]

    @property
    def name(self) -> str:
        return "stress" if self.folder == STRESS else f"stress round {self.folder.name.removeprefix('round')}"

    @property
    def source(self) -> str:
        """Its DEV half's name among the training sources."""
        return f"{self.name} DEV"

    @property
    def title(self) -> str:
        return f"{self.name} ({self.authors})"


STRESS_SETS = (
    StressRound(STRESS, "first author", "training"),
    StressRound(STRESS / "round2", "independent author", "graded"),
    StressRound(STRESS / "round3", "third author", "training"),
    StressRound(STRESS / "round4", "fourth author", "training"),
    StressRound(STRESS / "round5", "fifth author, messages-and-crisis; not training data", "measured"),
    StressRound(STRESS / "round6", "five more authors", "training"),  # one per group of modules, six per task
    StressRound(STRESS / "round7", "five more authors", "training"),
    StressRound(STRESS / "round8", "five more authors", "training"),
    StressRound(STRESS / "round9", "six more authors", "training"),
    StressRound(STRESS / "round10", "six more authors", "training"),
    # DEV writes the (scenario, role) cells rounds 6 to 10 kept TEST
    StressRound(STRESS / "round12", "six more authors, split inverted", "training"),
    StressRound(STRESS / "round13", "six more authors, split inverted", "training"),
    StressRound(STRESS / "round14", "six more authors, split as rounds 6 to 10", "training"),
    StressRound(STRESS / "round15", "six more authors, split inverted", "training"),
    StressRound(STRESS / "round16", "six more authors, split inverted", "training"),
    StressRound(STRESS / "round17", "six more authors, split as rounds 6 to 10", "training"),
    StressRound(STRESS / "round18", "six more authors, split inverted", "training"),
    StressRound(STRESS / "round19", "six more authors, split as rounds 6 to 10", "training"),
    StressRound(STRESS / "round20", "six more authors, split inverted", "training"),
    StressRound(STRESS / "round21", "six more authors, split as rounds 6 to 10", "training"),
    StressRound(STRESS / "round22", "six more authors, split inverted", "measured"),
)
STRESS_ROUNDS = tuple(r.folder for r in STRESS_SETS if r.use != "measured")  # graded rewrites
EXEMPLAR_L2 = 1.0
PROBE_L2 = 1.0  # ridge penalty of the embedding probe (chosen by leave-author-out on the stress DEV halves)


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
    "prune": 0.05,
}
CHECKS = vocab.AVOID_CHECKS
Row = tuple[str, tuple[str, ...]]  # a text and its must-avoid labels


def stress_entries(folder: Path) -> list[dict[str, Any]]:
    """A stress folder's rewrites, both halves, file by file in name order."""
    return [e for path in sorted(folder.glob("*.yaml")) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]


def corpus_rows(path: Path) -> list[Row]:
    """A labelled corpus file's texts with their must-avoid labels."""
    return [
        (e["text"], tuple(sorted(set(e.get("checks", [])) & set(CHECKS))))
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def training_sources(root: Path = ROOT) -> dict[str, list[Row]]:
    """(text, must-avoid labels) by source: each corpus, then the stress sets' DEV half, in a stable order."""
    sources: dict[str, list[Row]] = {corpus.name: corpus_rows(root / corpus) for corpus in CORPORA}
    for stress_round in (r for r in STRESS_SETS if r.use == "training"):
        sources[stress_round.source] = [
            (e["text"], tuple(sorted(e.get("problems", []))))
            for e in stress_entries(root / stress_round.folder)
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


class _Rows:
    """Texts as sparse rows of features, each row scaled to unit length (as `SecondOpinion` scores them):
    the dense matrix would not fit in memory as the corpus grows."""

    def __init__(self, feature_sets: list[set[str]], index: dict[str, int]):
        ids = [np.array(sorted(index[f] for f in fs if f in index), dtype=np.int64) for fs in feature_sets]
        lengths = np.array([len(i) for i in ids])
        self.shape = (len(ids), len(index))
        self.cols = np.concatenate(ids) if ids else np.zeros(0, np.int64)
        self.values = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths).astype(np.float32)
        self.filled = lengths > 0
        self.row_starts = (np.cumsum(lengths) - lengths)[self.filled]
        by_col = np.argsort(self.cols, kind="stable")
        self.t_rows, self.t_values = np.repeat(np.arange(len(ids)), lengths)[by_col], self.values[by_col]
        self.t_cols, self.col_starts = np.unique(self.cols[by_col], return_index=True)

    def __matmul__(self, w: np.ndarray) -> np.ndarray:
        out = np.zeros((self.shape[0], w.shape[1]), np.float32)
        if len(self.cols):
            out[self.filled] = np.add.reduceat(w[self.cols] * self.values[:, None], self.row_starts, axis=0)
        return out

    def t_matmul(self, g: np.ndarray) -> np.ndarray:
        """The transpose times g: the gradient for each feature."""
        out = np.zeros((self.shape[1], g.shape[1]), np.float32)
        if len(self.cols):
            out[self.t_cols] = np.add.reduceat(g[self.t_rows] * self.t_values[:, None], self.col_starts, axis=0)
        return out


def _fit(x: _Rows, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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
        gw, gb = x.t_matmul(g) + l2 * w, g.sum(0)
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
    w, b = _fit(_Rows([f for f, v in zip(feats, val, strict=True) if not v], index), y[~val])
    p_val = 1.0 / (1.0 + np.exp(-(_Rows([f for f, v in zip(feats, val, strict=True) if v], index) @ w + b)))
    thresholds = np.array([_threshold(p_val[:, k], y[val][:, k]) for k in range(len(CHECKS))], np.float32)
    keep = np.abs(w).max(axis=1) >= SETTINGS["prune"]
    scale = np.maximum(np.abs(w[keep]).max(axis=0, initial=0.0) / 127, 1e-9).astype(np.float32)  # int8 per check
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
        weights=np.rint(w[keep] / scale).astype(np.int8),
        scale=scale,
        bias=b,
        thresholds=thresholds,
        data_hash=np.array(data_hash(rows)),
    )
    return "\n".join(lines)


class Exemplar(TypedDict):
    scenario: str
    author: str  # "bank" for the draft and the model answer, else the stress round's folder
    passes: bool
    labels: list[str]  # what an expert failed it for: must-avoid problems, missing elements or 'purpose'
    text: str


def exemplar_data(root: Path = ROOT) -> tuple[list[Exemplar], dict[str, str]]:
    """The bank's drafts and model answers, then each stress round's DEV half, in a stable order; and each
    rewrite scenario's fingerprint, as evaluate_rewrite computes it."""
    from boundarylab.bank import load_bank  # the bank's models, only for building the index

    scenarios = sorted((s for s in load_bank(root / "scenarios").scenarios.values() if s.rewrite), key=lambda s: s.id)
    rows: list[Exemplar] = []
    for s in scenarios:
        if s.rewrite is None or not s.rewrite.model_answer:
            continue
        rows.append(Exemplar(scenario=s.id, author="bank", passes=True, labels=[], text=str(s.rewrite.model_answer)))
        if s.answer and s.answer.verdict == "revise" and s.draft and s.draft.text:
            rows.append(
                Exemplar(
                    scenario=s.id, author="bank", passes=False, labels=list(s.rewrite.must_avoid), text=s.draft.text
                )
            )
    for folder in STRESS_ROUNDS:
        rows += [
            Exemplar(
                scenario=e["scenario"],
                author=folder.name,
                passes=bool(e["passes"]),
                labels=list(e.get("problems", [])) + list(e.get("missing", [])),
                text=e["text"],
            )
            for e in stress_entries(root / folder)
            if e["split"] == "DEV"
        ]
    return rows, {s.id: scenario_fingerprint(s) for s in scenarios}


def probe_corpus(root: Path = ROOT) -> list[Row]:
    """The labelled corpora's texts and their must-avoid labels: what the probe learns besides the graded rewrites."""
    return [row for corpus in CORPORA for row in corpus_rows(root / corpus)]


def exemplar_hash(rows: list[Exemplar], prints: dict[str, str], corpus: list[Row]) -> str:
    settings = [MODEL_SHA256, SCALE, THRESHOLD, REVIEW, EXEMPLAR_L2, PROBE_L2]
    blob = json.dumps([settings, rows, prints, corpus], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _fit_probe(x: np.ndarray, failed: np.ndarray) -> np.ndarray:
    """Ridge regression of +1 (a problem) or -1 (none) on the embedding: its weights, then its bias."""
    xb = np.hstack([x, np.ones((len(x), 1), x.dtype)]).astype(np.float64)
    gram = xb.T @ xb + PROBE_L2 * np.eye(xb.shape[1])
    gram[-1, -1] -= PROBE_L2  # the bias is not shrunk
    return np.linalg.solve(gram, xb.T @ (2.0 * failed - 1.0))


def fit_probes(rows: list[Exemplar], vectors: np.ndarray, corpus: list[Row]) -> dict[str, np.ndarray]:
    """The probe fitted on every corpus text and graded rewrite (under ""), and, for each stress author, the probe
    fitted without that author's rewrites: the one their own rewrites are scored by, as a new learner's would be."""
    corpus_x = embed_texts([text for text, _ in corpus])
    corpus_failed = np.array([bool(labels) for _, labels in corpus], dtype=float)
    graded = np.array([r["author"] != "bank" for r in rows])
    authors = np.array([r["author"] for r in rows])
    failed = np.array([not r["passes"] for r in rows], dtype=float)
    probes: dict[str, np.ndarray] = {}
    for author in ["", *dict.fromkeys(authors[graded])]:
        keep = graded & (authors != author)
        probes[author] = _fit_probe(np.vstack([corpus_x, vectors[keep]]), np.concatenate([corpus_failed, failed[keep]]))
    return probes


def leave_author_out(
    rows: list[Exemplar], vectors: np.ndarray, probes: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Each stress rewrite's similarity to the closest failed and passed exemplar of its scenario by someone
    else (the bank or another round), its probe score from the probe fitted without its author, and whether an
    expert failed it."""
    x: list[list[float]] = []
    y: list[bool] = []
    for k, row in enumerate(rows):
        if row["author"] == "bank":
            continue
        others = [j for j, o in enumerate(rows) if o["scenario"] == row["scenario"] and o["author"] != row["author"]]
        sims = vectors[others] @ vectors[k]
        passed = np.array([rows[j]["passes"] for j in others])
        score = probe_score(probes[row["author"]], vectors[k])
        x.append([float(sims[~passed].max(initial=0.0)), float(sims[passed].max(initial=0.0)), score])
        y.append(not row["passes"])
    return np.array(x), np.array(y, dtype=float)


def _fit_logistic(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(w_failed, w_passed, w_probe, bias) on the raw features, fitted on standardised ones by gradient descent."""
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(3000):
        g = 1.0 / (1.0 + np.exp(-(z @ w + b))) - y
        w -= 0.5 * (z.T @ g + EXEMPLAR_L2 * w) / len(y)
        b -= 0.5 * g.mean()
    return np.array([*(w / sd), b - float((w * mu / sd).sum())])


def embed_texts(texts: list[str]) -> np.ndarray:
    model = embedder()
    return np.vstack([model.embed(texts[i : i + 32]) for i in range(0, len(texts), 32)])


def held_out_probabilities(authors: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each graded rewrite's probability of failing from a logistic model fitted without its author's rewrites."""
    p = np.zeros(len(authors))
    for author in dict.fromkeys(authors):
        held = authors == author
        coef = _fit_logistic(x[~held], y[~held])
        p[held] = 1.0 / (1.0 + np.exp(-(x[held] @ coef[:-1] + coef[-1])))
    return p


def train_exemplars(root: Path = ROOT, out: Path = INDEX_FILE) -> str:
    """Embed the exemplars, fit the logistic model, save the index; a report by author left out."""
    rows, prints = exemplar_data(root)
    corpus = probe_corpus(root)
    vectors = embed_texts([r["text"] for r in rows])
    probes = fit_probes(rows, vectors, corpus)
    x, y = leave_author_out(rows, vectors, probes)
    authors = np.array([r["author"] for r in rows if r["author"] != "bank"])
    p_all = held_out_probabilities(authors, x, y)
    lines = [
        f"{len(rows)} exemplars; failed at p >= {THRESHOLD}, by author left out (all rewrites, before the checks):"
    ]
    for author in dict.fromkeys(authors):
        held = authors == author
        p = p_all[held]
        bad, good = y[held] > 0, y[held] == 0
        lines.append(
            f"  {author:10} failing rewrites caught {int((p[bad] >= THRESHOLD).sum())}/{int(bad.sum())}, "
            f"good rewrites failed {int((p[good] >= THRESHOLD).sum())}/{int(good.sum())}"
        )
    coef = _fit_logistic(x, y)
    lines.append(f"coefficients (closest failed, closest passed, probe, bias): {np.round(coef, 3).tolist()}")
    left_out = [a for a in probes if a]
    np.savez_compressed(
        out,
        scenarios=np.array([r["scenario"] for r in rows]),
        authors=np.array([r["author"] for r in rows]),
        passes=np.array([r["passes"] for r in rows]),
        labels=np.array([json.dumps(r["labels"]) for r in rows]),
        vectors=np.round(vectors * SCALE).astype(np.int8),
        coef=coef,
        probe=probes[""].astype(np.float32),
        probe_left_out=np.array(left_out),
        probes_without=np.array([probes[a] for a in left_out], dtype=np.float32),
        fingerprint_ids=np.array(sorted(prints)),
        fingerprints=np.array([prints[k] for k in sorted(prints)]),
        data_hash=np.array(exemplar_hash(rows, prints, corpus)),
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(train())
    print(train_exemplars())
    sys.exit(0)
