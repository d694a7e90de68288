"""How fast the progress store is: attempts written per second (each its own committed
transaction, as the widgets save them), and the time to load a learner's whole history of
10,000 attempts (target: under 100 ms).

    PYTHONPATH=src python benchmarks/progress_store.py [--writes 2000] [--history 10000]
"""

import argparse
import statistics
import tempfile
import time

from boundarylab.progress import ProgressStore

ANSWER = {"verdict": "revise", "principles": ["confidentiality", "testimonials"]}


def write_rate(home: str, count: int) -> float:
    with ProgressStore.open(home) as store:
        t = time.perf_counter()
        for n in range(count):
            store.save_attempt(f"pres-{n % 13:03d}", "presence", "judgement", ANSWER, 0.7, seconds=12.5)
        return count / (time.perf_counter() - t)


def fill(home: str, count: int) -> None:
    with ProgressStore.open(home) as store:
        for n in range(count):
            store.save_attempt(
                f"pres-{n % 13:03d}",
                "presence",
                "rewrite",
                {"text": "Many people find that gradual practice helps."},
                0.8,
                seconds=30,
            )


def load_times(home: str, count: int, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds per load (CPU time is what a busy machine cannot inflate)."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        with ProgressStore.open(home) as store:  # a fresh open, as a notebook starting up does
            history = store.attempts()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        assert len(history) == count
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=2000)
    parser.add_argument("--history", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        rate = write_rate(home, args.writes)
    with tempfile.TemporaryDirectory() as home:
        fill(home, args.history)
        times, cpu = load_times(home, args.history, args.runs)
    median = statistics.median(times) * 1000
    print(f"attempts written: {rate:,.0f} per second ({args.writes} saves, one transaction each)")
    print(
        f"load a history of {args.history:,} attempts: {median:.1f} ms median of {args.runs} "
        f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}); target under 100 ms: "
        f"{'met' if median < 100 else 'NOT met'}; CPU time {statistics.median(cpu) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
