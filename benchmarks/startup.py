"""Time to the first card: in a fresh process, import the widget layer and build module 1's first
scenario (bank loaded, progress file opened, runner and card built), next to the time of
`import ipywidgets, pandas, matplotlib.pyplot` in the same run. Target: under half of that.

    PYTHONPATH=src python benchmarks/startup.py [--runs 5]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

BASELINE = """
import time
t = time.perf_counter()
import ipywidgets, pandas, matplotlib.pyplot
print(time.perf_counter() - t)
"""

FIRST_CARD = """
import sys, time
t = time.perf_counter()
from boundarylab.widgets import module_widget
from boundarylab.widgets.entry import course_bank
runner = module_widget(course_bank().course.modules[1])
assert type(runner).__name__ == "ModuleRunner", runner.value
elapsed = time.perf_counter() - t
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"pandas", "matplotlib", "numpy", "nbformat"})
print(elapsed, ",".join(heavy) or "-")
"""


def run(code: str, home: str) -> list[str]:
    env = {**os.environ, "BOUNDARYLAB_HOME": home}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    base, card, cold, heavy = [], [], [], set()
    with tempfile.TemporaryDirectory() as home:
        run(BASELINE, home)  # warm the disk cache for both
        run(FIRST_CARD, home)
        for _ in range(args.runs):
            base.append(float(run(BASELINE, home)[0]))
            seconds, loaded = run(FIRST_CARD, home)
            card.append(float(seconds))
            heavy.update(m for m in loaded.split(",") if m != "-")
            with tempfile.TemporaryDirectory() as fresh:  # a learner's very first start: no bank copy yet
                cold.append(float(run(FIRST_CARD, fresh)[0]))
    b, c = statistics.median(base), statistics.median(card)
    print(f"import ipywidgets, pandas, matplotlib.pyplot: {b:.3f} s (median of {args.runs})")
    print(
        f"import widget layer + first card of module 1: {c:.3f} s (median of {args.runs}; "
        f"min {min(card):.3f}, max {max(card):.3f})"
    )
    print(f"ratio: {c / b:.2f} (target under 0.50): {'met' if c < b / 2 else 'NOT met'}")
    print(
        f"very first start (bank read from YAML, progress file created): {statistics.median(cold):.3f} s "
        f"(ratio {statistics.median(cold) / b:.2f})"
    )
    print(f"heavy libraries loaded on the way: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
