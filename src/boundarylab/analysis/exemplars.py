"""Graded rewrites as a second reader: is this rewrite closer to the ones an expert failed, or to the ones passed?

The checks, the concepts and the n-gram second opinion read the words; new authors find new words. Per
scenario, short-answer scorers also compare a response with responses already scored for the same item.
Here the exemplars of a scenario are its `revise` draft (failed, for its rubric's problems), its model
answer (passed) and the DEV halves of the stress sets (`tests/analysis/stress/`, the rounds
`train.STRESS_SETS` marks for training), never a TEST half. A rewrite's cosine similarity (all-MiniLM-L6-v2
embeddings) to its closest failed and its closest passed exemplar, and the score of a probe (a ridge regression
on the same embedding, fitted on every scenario's graded rewrites and on the labelled corpus: does this read like
a text with a problem at all?), go through a logistic model fitted on the stress DEV rewrites, each one compared only with the other authors'
exemplars and scored by the probe fitted without its author, as a new learner's would be
(`python -m boundarylab.analysis.train`). The probe knows what other scenarios' failed rewrites have in common,
which the scenario's own few exemplars cannot: with it, by author left out on the DEV halves, the criterion
below went from 101 (147 caught, 23 good failed) to 117 (131 caught, 7 good failed); more similarity features
(the mean of the three closest, the share of failed ones among the closest five or nine) had added nothing.

It is only asked about a rewrite that everything else passes. At THRESHOLD the rewrite does not pass, and
the feedback says why in the terms it knows: what the closest failed rewrite was failed for, and the
learner's sentence closest to it. Between REVIEW and THRESHOLD graded work asks an instructor to look.

THRESHOLD is chosen on the stress DEV halves only (`benchmarks/exemplar_threshold.py`), each author's
rewrites scored by a model fitted without them, among the rewrites the rest of the analysis passes: the
threshold that best trades failing rewrites caught against good rewrites failed at the issue's own rates
(≤ 10 % and ≤ 5 %, so a good rewrite failed weighs twice a failing one passed), the higher one on a tie.
With rounds 1 to 4 it was 0.97 (21 of 92 caught, 2 of 348 failed); with round 6's DEV half added, 0.96
(41 of 142 caught, 10 of 536 failed; 0.93 ties with 47 and 13); with round 7's, 0.93 and 0.96 tied (40 and 9,
32 and 5) and it stayed 0.96; with round 8's, 0.90 (82 of 170 caught, 17 of 933 failed; 0.96 gives 53 and 6);
with round 9's, 0.90 again (95 of 185 caught, 22 of 1,107 failed; 0.96 gives 64 and 8); with round 10's and corpus round 11's,
0.93 (110 of 222 caught, 18 of 1,281 failed; 0.90 gives 120 and 24); with rounds 12's and 13's, which
write the cells rounds 6 to 10 kept TEST, 0.93 again (174 of 354 caught, 24 of 1,575 failed; 0.90 gives 183 and 38);
with rounds 14's and 15's, 0.93 again (216 of 458 caught, 28 of 1,882 failed; 0.90 gives 240 and 43); with the
phrase families in the checks, which leave fewer failing rewrites to this layer, 0.95 (197 of 351 caught, 22 of
1,951 failed; 0.93 gives 208 and 29); with the probe, 0.98 (131 of 194 caught, 7 of 1,983 failed; 0.95 gives 151
and 22).
REVIEW sits 0.05 below it (0.06 before).
"""

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from boundarylab.analysis.embedding import embedder
from boundarylab.analysis.learned import SENTENCE
from boundarylab.analysis.text import Doc
from boundarylab.names import check_title

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from boundarylab.bank.models import Scenario

INDEX_FILE = Path(__file__).with_name("exemplars.npz")
THRESHOLD = 0.98
REVIEW = 0.93
SCALE = 127  # vectors are stored as int8: unit-length components times SCALE


def scenario_fingerprint(scenario: "Scenario") -> str:
    """What the exemplars were graded against: an edited draft or rubric makes them another item's. (Not the
    model answer: the course words it for the learner's region, and the graded rewrites still apply.)"""
    rubric = scenario.rewrite
    draft = scenario.draft.text if scenario.draft and scenario.draft.text else ""
    avoid, include = (sorted(rubric.must_avoid), sorted(rubric.must_include)) if rubric else ([], [])
    blob = json.dumps([draft, avoid, include], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def probe_score(probe: "NDArray[np.floating]", vector: "NDArray[np.floating]") -> float:
    """How much a text reads like a failed rewrite across every scenario and the labelled corpus: the probe's
    weights, then its bias, applied to the text's embedding."""
    return float(vector @ probe[:-1] + probe[-1])


@dataclass(frozen=True)
class ExemplarOpinion:
    probability: float  # that an expert would fail the rewrite
    closest_failed_for: tuple[str, ...]  # what the closest failed exemplar was failed for (check ids, 'purpose')
    start: int  # the rewrite's sentence closest to that exemplar
    end: int

    @property
    def fails(self) -> bool:
        return self.probability >= THRESHOLD

    @property
    def unsure(self) -> bool:
        return REVIEW <= self.probability < THRESHOLD

    def reasons(self) -> str:
        return ", ".join(
            "no longer doing the draft's job" if r == "purpose" else check_title(r).lower()
            for r in self.closest_failed_for
        )


class ExemplarIndex:
    def __init__(self, path: Path = INDEX_FILE):
        import numpy as np  # loaded with the index, not with the analysis

        with np.load(path, allow_pickle=False) as data:
            self.scenarios = [str(s) for s in data["scenarios"]]
            self.authors = [str(a) for a in data["authors"]]
            self.passes = data["passes"].astype(bool)
            self.labels = [tuple(json.loads(str(x))) for x in data["labels"]]
            self.vectors = data["vectors"].astype(np.float32) / SCALE
            self.coef = data["coef"].astype(np.float64)
            self.probe = data["probe"].astype(np.float32)
            self.probes_without = dict(zip(data["probe_left_out"].tolist(), data["probes_without"], strict=True))
            self.fingerprints = dict(zip(data["fingerprint_ids"].tolist(), data["fingerprints"].tolist(), strict=True))
            self.data_hash = str(data["data_hash"])
        self.np = np
        self.rows = self._by_scenario(set())
        self.active_probe = self.probe

    def _by_scenario(self, left_out: set[str]) -> dict[str, list[int]]:
        rows: dict[str, list[int]] = {}
        for k, (s, a) in enumerate(zip(self.scenarios, self.authors, strict=True)):
            if a not in left_out:
                rows.setdefault(s, []).append(k)
        return rows

    def leave_out(self, author: str | None) -> None:
        """Measure an author's TEST half as a new learner meets it, without that author's DEV rewrites
        (a learner's own rewrites are never exemplars); None puts them back."""
        self.rows = self._by_scenario({author} if author else set())
        self.active_probe = self.probes_without.get(author, self.probe)

    def similarities(self, scenario_id: str, vector: "NDArray[np.float32]") -> tuple[float, float, int]:
        """Cosine to the closest failed and the closest passed exemplar, and the closest failed one's row."""
        rows = self.np.array(self.rows.get(scenario_id, []), dtype=int)
        if not len(rows):
            return 0.0, 0.0, -1
        sims = self.vectors[rows] @ vector
        failed, passed = ~self.passes[rows], self.passes[rows]
        closest = int(rows[failed][sims[failed].argmax()]) if failed.any() else -1
        return (
            float(sims[failed].max()) if failed.any() else 0.0,
            float(sims[passed].max()) if passed.any() else 0.0,
            closest,
        )

    def probability(self, to_failed: float, to_passed: float, probe: float) -> float:
        w_failed, w_passed, w_probe, bias = self.coef
        return 1.0 / (1.0 + math.exp(-(w_failed * to_failed + w_passed * to_passed + w_probe * probe + bias)))

    def opinion(self, scenario_id: str, fingerprint: str, doc: Doc) -> ExemplarOpinion | None:
        if self.fingerprints.get(scenario_id) != fingerprint or not doc.original.strip():
            return None
        model = embedder()
        vector = model.embed([doc.original])[0]
        to_failed, to_passed, closest = self.similarities(scenario_id, vector)
        p = self.probability(to_failed, to_passed, probe_score(self.active_probe, vector))
        if p < REVIEW or closest < 0:
            return ExemplarOpinion(p, (), 0, 0)
        spans = [(m.start(), m.end()) for m in SENTENCE.finditer(doc.original) if m.group().strip()]
        sims = model.embed([doc.original[s:e] for s, e in spans]) @ self.vectors[closest]
        start, end = spans[int(sims.argmax())]
        end = start + len(doc.original[start:end].rstrip())
        return ExemplarOpinion(p, self.labels[closest], start, end)


@lru_cache(maxsize=1)
def exemplar_index() -> ExemplarIndex | None:
    """The shipped index, loaded once; None if the file is missing (the rest of the analysis still works)."""
    return ExemplarIndex() if INDEX_FILE.exists() else None


def exemplar_opinion(scenario: "Scenario", doc: Doc) -> ExemplarOpinion | None:
    """None when there is no index, no exemplar for the scenario, or the scenario changed since they were graded."""
    index = exemplar_index()
    return index.opinion(scenario.id, scenario_fingerprint(scenario), doc) if index else None
