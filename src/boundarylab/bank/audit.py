"""The item-writing audit (`boundarylab audit`): does the bank test judgement, or cues?

Built on Haladyna, Downing & Rodriguez's item-writing guidelines (reference/assessment.md): no
clue in the look of a card, options of similar length with the key anywhere, no title that gives
the answer, no item that repeats another. Each figure has a limit; `problems()` lists the broken
ones as sentences, and a test holds the committed bank to them.
"""

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from boundarylab.bank import cues
from boundarylab.bank.loader import Bank
from boundarylab.forms import POST_TEST_MODULE, parallel_forms

CUE_MARGIN = 12.0  # points of accuracy a cue-only model may gain over the commonest verdict
LONGEST_SHARE = 0.35  # share of items whose correct option may be the longest
NEAR_DUPLICATE = 0.35  # Jaccard similarity of two drafts' word 3-shingles
DEPTHS = (1, 2, 3)

NearDuplicate = tuple[str, str, float]  # (id, id, similarity)
EvaluativeTitle = tuple[str, str, list[str]]  # (id, title, judging words)


@dataclass(frozen=True)
class CueScore:
    scope: str
    items: int
    majority: float  # percent of items with the commonest verdict
    accuracy: float  # percent a cue-only tree gets right (best depth)
    depth: int

    @property
    def gain(self) -> float:
        return self.accuracy - self.majority


@dataclass(frozen=True)
class Audit:
    practice: CueScore
    modules: tuple[CueScore, ...]
    forms: tuple[CueScore, ...]
    with_options: int
    correct_longest: int
    correct_position: dict[int, int]  # 1-based position -> items
    as_drafted_options: int
    as_drafted_correct: int
    writing_tasks: dict[str, tuple[int, int]]  # verdict -> (items with a writing task, items)
    near_duplicates: tuple[NearDuplicate, ...]  # most similar first
    evaluative_titles: tuple[EvaluativeTitle, ...]

    @property
    def longest_share(self) -> float:
        return self.correct_longest / self.with_options if self.with_options else 0.0

    def problems(self) -> list[str]:
        """Each broken limit as a sentence a course author can act on."""
        out = [
            f"{c.scope}: a cue-only model gets {c.accuracy:.0f} % of verdicts right against "
            f"{c.majority:.0f} % for the commonest verdict (limit: {CUE_MARGIN:.0f} points above it)"
            for c in (self.practice, *self.forms)
            if c.gain > CUE_MARGIN
        ]
        if self.longest_share > LONGEST_SHARE:
            out.append(
                f"the correct option is the longest in {self.correct_longest} of {self.with_options} "
                f"items ({100 * self.longest_share:.0f} %; limit {100 * LONGEST_SHARE:.0f} %)"
            )
        out += [
            f"{a} and {b}: drafts {100 * sim:.0f} % alike (limit {100 * NEAR_DUPLICATE:.0f} %)"
            for a, b, sim in self.near_duplicates
        ]
        out += [
            f'{i}: the title judges the draft ({", ".join(words)}): "{title}"'
            for i, title, words in self.evaluative_titles
        ]
        return out


def _cue_score(scope: str, labels: list[str], predictions_by_depth: dict[int, list[str]]) -> CueScore:
    n = len(labels)
    majority = 100 * max(Counter(labels).values()) / n
    best_depth, best = max(
        ((d, sum(p == y for p, y in zip(preds, labels, strict=True))) for d, preds in predictions_by_depth.items()),
        key=lambda t: (t[1], -t[0]),
    )
    return CueScore(scope, n, majority, 100 * best / n, best_depth)


def cue_scores(bank: Bank) -> tuple[CueScore, tuple[CueScore, ...], tuple[CueScore, ...]]:
    """Practice bank by cross-validation; each module from those predictions; each post-test form
    predicted by trees fitted on the whole practice bank, as a learner who studied the cues would."""
    practice = [s for s in bank.scenarios.values() if s.module != POST_TEST_MODULE]
    rows = [cues.features(s) for s in practice]
    labels = [s.key.verdict for s in practice]
    predicted = {d: cues.cross_validated(rows, labels, d) for d in DEPTHS}
    overall = _cue_score("practice bank", labels, predicted)
    modules: list[CueScore] = []
    for module in dict.fromkeys(s.module for s in practice):
        idx = [i for i, s in enumerate(practice) if s.module == module]
        modules.append(
            _cue_score(module, [labels[i] for i in idx], {d: [p[i] for i in idx] for d, p in predicted.items()})
        )
    trees = {d: cues.fit_tree(rows, labels, d) for d in DEPTHS}
    forms: list[CueScore] = []
    for name, ids in parallel_forms(bank).items():
        items = [bank.scenarios[i] for i in ids]
        if items:
            form_rows = [cues.features(s) for s in items]
            forms.append(
                _cue_score(
                    f"post-test form {name}",
                    [s.key.verdict for s in items],
                    {d: [t.predict(r) for r in form_rows] for d, t in trees.items()},
                )
            )
    return overall, tuple(modules), tuple(forms)


def _shingles(text: str, n: int = 3) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def near_duplicates(bank: Bank, threshold: float = NEAR_DUPLICATE) -> tuple[NearDuplicate, ...]:
    drafts = {i: _shingles(s.draft.text or s.draft.note or "") for i, s in bank.scenarios.items()}
    pairs: list[NearDuplicate] = []
    for (a, sa), (b, sb) in combinations(drafts.items(), 2):
        if sa and sb:
            sim = len(sa & sb) / len(sa | sb)
            if sim > threshold:
                pairs.append((a, b, sim))
    return tuple(sorted(pairs, key=lambda t: -t[2]))


def audit(bank: Bank) -> Audit:
    scenarios = list(bank.scenarios.values())
    with_options = [s for s in scenarios if s.choices]
    longest = sum(
        1
        for s in with_options
        if max(len(c.text) for c in s.choices) == next(len(c.text) for c in s.choices if c.correct)
    )
    position = Counter(next(i for i, c in enumerate(s.choices, 1) if c.correct) for s in with_options)
    drafted = [c for s in with_options for c in s.choices if cues.as_drafted(c.text)]
    practice, modules, forms = cue_scores(bank)
    verdicts = Counter(s.key.verdict for s in scenarios)
    tasks = Counter(s.key.verdict for s in scenarios if s.rewrite)
    return Audit(
        practice=practice,
        modules=modules,
        forms=forms,
        with_options=len(with_options),
        correct_longest=longest,
        correct_position=dict(sorted(position.items())),
        as_drafted_options=len(drafted),
        as_drafted_correct=sum(c.correct for c in drafted),
        writing_tasks={v: (tasks[v], verdicts[v]) for v in verdicts},
        near_duplicates=near_duplicates(bank),
        evaluative_titles=tuple(
            (s.id, s.title, cues.judging_words(s.title)) for s in scenarios if cues.judging_words(s.title)
        ),
    )


def _path(tree: cues.Node, row: cues.Row) -> list[str]:
    """The surface features a cue-only tree used to reach its guess for one item."""
    steps: list[str] = []
    node = tree
    while node.feature is not None:
        high = row[node.feature] > node.threshold
        if node.threshold == 0.5:  # a yes/no feature
            steps.append(f"{'' if high else 'no '}{node.feature}")
        else:
            steps.append(f"{node.feature} {'>' if high else '≤'} {node.threshold:g}")
        node = node.child(row)
    return steps


def item_notes(bank: Bank, scenario_id: str) -> list[str]:
    """The audit for one item, as notes its author can act on: what a test-wise learner could
    answer it from without the ethics."""
    s = bank.scenarios[scenario_id]
    notes: list[str] = []
    others = [o for o in bank.scenarios.values() if o.module != POST_TEST_MODULE and o.id != s.id]
    tree = cues.fit_tree([cues.features(o) for o in others], [o.key.verdict for o in others], max(DEPTHS))
    row = cues.features(s)
    guess = tree.predict(row)
    if guess == s.key.verdict:
        notes.append(
            f"a cue-only model fitted on the other items guesses the verdict '{guess}' right from "
            f"surface features alone ({'; '.join(_path(tree, row)) or 'the commonest verdict'}); such a model is "
            "right on about four items in ten, so this matters when the cue is one learners could learn"
        )
    if s.choices:
        lengths = [len(c.text) for c in s.choices]
        key = next(i for i, c in enumerate(s.choices) if c.correct)
        if lengths[key] == max(lengths):
            notes.append(
                f"the correct option is the longest ({lengths[key]} characters; the others "
                f"{', '.join(str(n) for i, n in enumerate(lengths) if i != key)})"
            )
        notes += [
            f"option {i} reads as 'post as drafted' and is {'the key' if c.correct else 'a distractor'}"
            for i, c in enumerate(s.choices, 1)
            if cues.as_drafted(c.text)
        ]
    if words := cues.judging_words(s.title):
        notes.append(f"the title judges the draft ({', '.join(words)})")
    notes += [
        f"its draft is {100 * sim:.0f} % alike with {b if a == s.id else a}'s"
        for a, b, sim in near_duplicates(bank)
        if s.id in (a, b)
    ]
    return notes
