"""Cue-only baselines: how far the verdict can be guessed from what a card looks like.

Gururangan et al. (2018) showed that a model which never sees half of an item still beats chance
when item writers leave patterns. The same test applies here: the features below are things a
learner sees before answering that carry no ethics (lengths, emoji, punctuation, capitals,
hashtags, a crisis number, a disclaimer, judging words in the title, the card's kind, whether a
writing task is attached). A small decision tree fitted on them with cross-validation should do
little better than always guessing the commonest verdict; when it does much better, the items
teach the cues instead of the judgement. Pure Python: the bank has a few hundred items at most.
"""

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from boundarylab import vocab
from boundarylab.bank.models import Scenario

EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2764]")
CRISIS_NUMBER = re.compile(
    r"\b(988|911|999|112|000|111|1737|116 ?123|13 ?11 ?14)\b|crisis line|lifeline|samaritans", re.I
)
DISCLAIMER = re.compile(
    r"not (therapy|a substitute|medical|clinical|individual|professional) ?(advice)?|"
    r"general (education|information)|educational purposes|for education only",
    re.I,
)
JUDGING_WORDS = (
    "sneer",
    "blame",
    "blames",
    "careless",
    "reckless",
    "harmless",
    "innocent",
    "sensible",
    "safe",
    "unsafe",
    "risky",
    "mistake",
    "slip",
    "overshare",
    "oversharing",
    "rant",
    "bad",
    "good",
    "wrong",
    "right",
    "proper",
    "improper",
    "inappropriate",
    "appropriate",
    "clumsy",
    "tactless",
    "snide",
    "boast",
    "brag",
    "overclaim",
    "overreach",
    "helpful",
    "well-meant",
    "well meant",
    "kind",
    "unkind",
    "sound",
    "unsound",
    "dubious",
    "questionable",
    "tempting",
    "temptation",
    "leak",
    "leaks",
    "gaffe",
    "misstep",
    "ethical",
    "unethical",
    "fine",
    "problem",
    "problematic",
    "pitch",
    "humblebrag",
    "hot take",
    "dig",
    "jab",
    "swipe",
    "shaming",
    "vent",
    "venting",
    "heated",
    "itching",
    "too much",
    "too many",
    "fair",
    "favour",
    "favor",
    "not sorry",
    "giveaway",
    "caricature",
)
_JUDGING = re.compile(r"\b(" + "|".join(re.escape(w) for w in JUDGING_WORDS) + r")\b", re.I)
HASHTAG = re.compile(r"#\w+")
WORD = re.compile(r"[A-Za-z']+")
Row = dict[str, float]  # one item's surface features, by name


def judging_words(title: str) -> list[str]:
    """Words in a title that judge the draft, so the title gives the verdict away."""
    return [m.group(0).lower() for m in _JUDGING.finditer(title)]


_AS_DRAFTED = re.compile(r"\b(as (drafted|written|it (is|stands))|unchanged|without changes?|exactly as)\b", re.I)


def as_drafted(option: str) -> bool:
    """An option that says to go ahead with the draft untouched ("Post it as drafted")."""
    return bool(_AS_DRAFTED.search(option))


def _draft_text(s: Scenario) -> str:
    return s.draft.text or s.draft.note or ""


def features(s: Scenario) -> Row:
    """What the card shows before an answer, reduced to surface counts (no ethics)."""
    draft = _draft_text(s)
    words = WORD.findall(draft)
    row: Row = {
        "draft words": len(words),
        "artifact words": len(WORD.findall(s.artifact.text)),
        "context words": len(WORD.findall(s.context)),
        "thread messages": len(s.artifact.thread),
        "emoji": len(EMOJI.findall(draft)),
        "exclamation marks": draft.count("!"),
        "question marks": draft.count("?"),
        "capitalised words": sum(1 for w in words if len(w) > 1 and w.isupper()),
        "hashtags": len(HASHTAG.findall(draft)),
        "crisis number": float(bool(CRISIS_NUMBER.search(draft))),
        "disclaimer": float(bool(DISCLAIMER.search(draft))),
        "judging title": float(bool(judging_words(s.title))),
        "writing task": float(s.rewrite is not None),
        "options": float(bool(s.choices)),
        "post-as-drafted option": float(any(as_drafted(c.text) for c in s.choices)),
    }
    row.update({f"kind {k}": float(s.kind == k) for k in vocab.KINDS})
    row.update({f"action {a}": float(s.draft.action == a) for a in vocab.DRAFT_ACTIONS})
    return row


@dataclass(frozen=True)
class Node:
    verdict: str
    feature: str | None = None
    threshold: float = 0.0
    low: "Node | None" = None
    high: "Node | None" = None

    def predict(self, row: Row) -> str:
        if self.feature is None:
            return self.verdict
        return self.child(row).predict(row)

    def child(self, row: Row) -> "Node":
        """The branch a row takes at a split; fit_tree gives every split (a node with a feature) both."""
        if self.feature is None or self.low is None or self.high is None:
            raise ValueError("a leaf has no branches")
        return self.high if row[self.feature] > self.threshold else self.low


def _majority(labels: list[str]) -> str:
    counts = Counter(labels)
    return max(sorted(counts), key=counts.__getitem__)


def _gini(labels: list[str]) -> float:
    n = len(labels)
    return 1.0 - sum((c / n) ** 2 for c in Counter(labels).values()) if n else 0.0


def _best_split(rows: list[Row], labels: list[str], min_leaf: int) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    best_score = _gini(labels) * len(labels)
    for feature in rows[0]:
        values = sorted({r[feature] for r in rows})
        for lo, hi in pairwise(values):
            threshold = (lo + hi) / 2
            low = [y for r, y in zip(rows, labels, strict=True) if r[feature] <= threshold]
            high = [y for r, y in zip(rows, labels, strict=True) if r[feature] > threshold]
            if len(low) < min_leaf or len(high) < min_leaf:
                continue
            score = _gini(low) * len(low) + _gini(high) * len(high)
            if score < best_score - 1e-9:
                best, best_score = (feature, threshold), score
    return best


def fit_tree(rows: list[Row], labels: list[str], depth: int, min_leaf: int = 3) -> Node:
    """A CART tree (Gini): the kind of rule a test-wise learner could hold in their head."""
    verdict = _majority(labels)
    split = _best_split(rows, labels, min_leaf) if depth > 0 and len(set(labels)) > 1 else None
    if split is None:
        return Node(verdict)
    feature, threshold = split
    low = [(r, y) for r, y in zip(rows, labels, strict=True) if r[feature] <= threshold]
    high = [(r, y) for r, y in zip(rows, labels, strict=True) if r[feature] > threshold]
    return Node(
        verdict,
        feature,
        threshold,
        fit_tree([r for r, _ in low], [y for _, y in low], depth - 1, min_leaf),
        fit_tree([r for r, _ in high], [y for _, y in high], depth - 1, min_leaf),
    )


def folds(labels: list[str], k: int = 5) -> list[int]:
    """Stratified, deterministic fold numbers: each verdict is dealt round the folds in turn."""
    seen: Counter[str] = Counter()
    out: list[int] = []
    for y in labels:
        out.append(seen[y] % k)
        seen[y] += 1
    return out


def cross_validated(rows: list[Row], labels: list[str], depth: int, k: int = 5) -> list[str]:
    """Each item's verdict as predicted by a tree that never saw that item."""
    fold = folds(labels, k)
    predicted = [""] * len(labels)
    for f in range(k):
        train = [i for i in range(len(labels)) if fold[i] != f]
        tree = fit_tree([rows[i] for i in train], [labels[i] for i in train], depth)
        for i in range(len(labels)):
            if fold[i] == f:
                predicted[i] = tree.predict(rows[i])
    return predicted
