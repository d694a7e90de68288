"""A cohort's first tries per card, from a folder of learners' progress records: where the room
went wrong before any feedback (reference/assessment.md: first attempts only)."""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from boundarylab.ce.pilot import RECORD_PATTERNS
from boundarylab.progress import ProgressStore, StoreError


@dataclass(frozen=True)
class FirstTries:
    learners: int
    verdicts: dict  # scenario id -> Counter of first-try verdicts
    problems: tuple[str, ...]  # a sentence per record that could not be read

    def wrong_share(self, scenario) -> float | None:
        counts = self.verdicts.get(scenario.id)
        if not counts:
            return None
        return 1 - counts[scenario.answer.verdict] / sum(counts.values())


def read_first_tries(folder) -> FirstTries:
    folder = Path(folder)
    if not folder.is_dir():
        return FirstTries(0, {}, (f"{folder} is not a folder of learners' progress records.",))
    paths = sorted({p for pattern in RECORD_PATTERNS for p in folder.rglob(pattern) if p.is_file()})
    verdicts, problems, learners = {}, [], 0
    for path in paths:
        try:
            with ProgressStore(path) as store:
                attempts = store.attempts(context="practice")
        except StoreError as e:
            problems.append(str(e))
            continue
        learners += 1
        seen = set()
        for a in attempts:
            if a.part == "judgement" and a.scenario_id not in seen and a.answer.get("verdict"):
                seen.add(a.scenario_id)
                verdicts.setdefault(a.scenario_id, Counter())[a.answer["verdict"]] += 1
    return FirstTries(learners, verdicts, tuple(problems))
