"""Machine instructions per text for the rewrite analysis, counted by valgrind (cachegrind, no cache
simulation): unlike time, the count does not move with other work on a shared machine, so two versions
of the checks can be compared to a percent.

    python benchmarks/analysis_instructions.py [--src DIR] [--batch corpus|long]

Counts a run that analyses the batch once and one that analyses it three times; the difference over
two passes is the steady cost (imports, compiling and warming up cancel out). `--src` points at another
checkout's `src` to compare against (e.g. `git worktree add /tmp/base HEAD~1`). Needs valgrind.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSES = """
import sys
sys.path.insert(0, {benchmarks!r})
import yaml
from analysis_speed import CORPUS, long_texts
from boundarylab.analysis import analyze
texts = [e["text"] for e in yaml.safe_load(CORPUS.read_text(encoding="utf-8"))]
batch = texts if {batch!r} == "corpus" else long_texts(texts)
for _ in range({passes}):
    for text in batch:
        analyze(text, learned=True)
print(len(batch))
"""


def instructions(src: Path, batch: str, passes: int) -> tuple[int, int]:
    code = PASSES.format(benchmarks=str(ROOT / "benchmarks"), batch=batch, passes=passes)
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    run = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            code,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    assert refs, run.stderr[-2000:]
    return int(refs.group(1).replace(",", "")), int(run.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--batch", choices=("corpus", "long"), default="long")
    args = parser.parse_args()
    once, count = instructions(args.src, args.batch, 1)
    thrice, _ = instructions(args.src, args.batch, 3)
    per_text = (thrice - once) / 2 / count
    print(f"{args.src}: {args.batch} ({count} texts) {per_text / 1e6:.1f} million instructions per text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
