"""`boundarylab try ID` as an author runs it, a fresh process per item, timed for every item in the bank
(or a sample). Target: every item under 2 s wall clock on this machine.

    python benchmarks/tryout.py [--sample N] [--seed 0]
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time

from boundarylab.bank import load_bank
from boundarylab.paths import course_root

TARGET_S = 2.0


def timed_try(scenario_id: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "boundarylab", "try", scenario_id], check=True, capture_output=True, cwd=course_root()
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="time this many items (default: every item)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    ids = sorted(load_bank(course_root() / "scenarios").scenarios)
    if args.sample:
        ids = sorted(random.Random(args.seed).sample(ids, min(args.sample, len(ids))))
    print(f"{len(ids)} items, {os.cpu_count()} CPU core(s), load average before {os.getloadavg()[0]:.1f}")
    timed_try(ids[0])  # the disk cache warmed, as on an author's machine
    seconds = {i: timed_try(i) for i in ids}
    slowest = sorted(seconds, key=seconds.get, reverse=True)[:5]
    print(f"median {statistics.median(seconds.values()):.2f} s, slowest {max(seconds.values()):.2f} s")
    print("slowest items: " + ", ".join(f"{i} {seconds[i]:.2f} s" for i in slowest))
    over = [i for i in ids if seconds[i] >= TARGET_S]
    print(f"{len(over)} item(s) at or over {TARGET_S:.0f} s" + (f": {', '.join(over)}" if over else ""))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
