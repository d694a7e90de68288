"""How long one refresh of the instructor's live view takes (read every learner's store, then
who is where, stuck cards, rewrite problems and attendance), for a cohort in a folder of SQLite
files. The view refreshes every 2 s, so a refresh must stay well under that.

    PYTHONPATH=src python benchmarks/cohort_live.py [--learners 30]

Each learner has answered every practice card once (verdict, best step, the draft as a rewrite).
The first refresh scores each distinct rewrite; later refreshes reuse those scores.
"""

import argparse
import tempfile
import time
from pathlib import Path

from boundarylab.bank import load_bank
from boundarylab.cohort import ProgressFolder, Room, attendance
from boundarylab.paths import course_root
from boundarylab.progress import ProgressStore

TARGET_S = 1.0


def fill(root: Path, learners: int, bank) -> None:
    cards = [s for m in bank.course.modules for s in bank.in_module(m)]
    for n in range(learners):
        with ProgressStore.open(root / f"learner{n:03d}") as store:
            store.save_profile(f"Learner {n}")
            for s in cards:
                store.save_attempt(s.id, s.module, "judgement", {"verdict": "revise", "principles": []}, 0.5, 60)
                if s.choices:
                    store.save_attempt(s.id, s.module, "choice", {"choice": n % len(s.choices)}, 0.0, 20)
                if s.rewrite and s.draft.text:
                    store.save_attempt(s.id, s.module, "rewrite", {"text": s.draft.text}, 0.3, 90)


def refresh(source, room) -> None:
    learners = source.learners()
    room.whereabouts(learners), room.stuck(learners), room.problems(learners), attendance(learners)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=30)
    args = parser.parse_args()
    bank = load_bank(course_root() / "scenarios")
    with tempfile.TemporaryDirectory() as tmp:
        fill(Path(tmp), args.learners, bank)
        source, room = ProgressFolder(tmp), Room(bank)
        times = []
        for _ in range(4):
            start = time.perf_counter()
            refresh(source, room)
            times.append(time.perf_counter() - start)
    steady = min(times[1:])
    print(
        f"{args.learners} learners x {len(bank.scenarios)} cards: first refresh {times[0]:.2f} s "
        f"(scores the rewrites), then {steady:.2f} s per refresh (target under {TARGET_S:g} s)"
    )
    return 0 if steady < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
