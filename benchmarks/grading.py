"""Grade one demo cohort with `boundarylab grade` and with plain sequential `nbgrader autograde`.

Like is timed against like: `boundarylab grade --no-feedback` writes what `nbgrader autograde` writes
(the autograded notebooks and the gradebook), and the ratio of those two wall times is held to the
target. `boundarylab grade` with feedback (nbgrader's own GenerateFeedback, one HTML page per learner)
is timed on a third copy and printed beside it.

Both start from copies of the same course folder, submissions and gradebook, and score against the
same key (the repository's public sample post-test; plain nbgrader's kernels read it from
BOUNDARYLAB_KEY). The script checks that
every grading cell of every submission plain nbgrader can grade got the same score from both,
lists the submissions plain nbgrader cannot grade (and what `boundarylab grade` gave them), prints
both wall times and their ratio, and exits 1 if a score differs or the ratio is below the target.

    python benchmarks/grading.py [--students 100] [--seed 0] [--assignment posttest-a]
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from boundarylab.grading.build import build
from boundarylab.grading.config import environ_with, load_config
from boundarylab.grading.gradebook import cell_scores
from boundarylab.grading.keys import KEY_ENV, load_key

TARGET = 20.0
KEY = Path(__file__).resolve().parents[1] / "scenarios"


def run(cmd, cwd, env) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the command and every process it waited for (kernels too)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode not in (0, 1):  # plain nbgrader exits 1 when a submission fails; that is measured too
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    return seconds, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def report(label: str, seconds: float, cpu: float, students: int) -> None:
    print(f"{label + ':':<40} {seconds:7.1f} s wall ({seconds / students:.2f} s each), {cpu:6.1f} s CPU")


def scores(course: Path, assignment: str) -> dict:
    cfg = load_config(course)
    return cell_scores(cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id, assignment)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--students", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--assignment", default="posttest-a")
    ap.add_argument("--keep", action="store_true", help="keep the temporary course folders")
    args = ap.parse_args(argv)
    env = environ_with(None)
    env.pop("BOUNDARYLAB_GRADEBOOK", None)
    env[KEY_ENV] = str(KEY)
    py = [sys.executable, "-m", "boundarylab"]
    nbgrader = [str(Path(sys.executable).parent / "nbgrader")]
    tmp = Path(tempfile.mkdtemp(prefix="bl-bench-"))
    try:
        base = tmp / "base"
        build(load_key(KEY), base)
        run([*nbgrader, "generate_assignment", args.assignment], base, env)
        run(
            [
                *py,
                "demo-cohort",
                args.assignment,
                "--students",
                str(args.students),
                "--seed",
                str(args.seed),
                "--course",
                str(base),
            ],
            base,
            env,
        )
        plain, ours, full = tmp / "plain", tmp / "ours", tmp / "full"
        for copy in (plain, ours, full):
            shutil.copytree(base, copy)
        # nbgrader's roster import is part of `boundarylab grade`; give plain nbgrader the same students.
        run([*nbgrader, "db", "student", "import", "roster.csv"], plain, env)

        print(f"{args.students} submissions of {args.assignment}, {os.cpu_count()} CPU core(s)")
        print(f"load average before: {os.getloadavg()[0]:.1f} (other work on the machine slows both runs)")
        t_plain, cpu_plain = run([*nbgrader, "autograde", args.assignment], plain, env)
        report("plain `nbgrader autograde`", t_plain, cpu_plain, args.students)
        grade = [*py, "grade", args.assignment, "--quiet", "--course"]
        t_ours, cpu_ours = run([*grade, str(ours), "--no-feedback"], ours, env)
        report("`boundarylab grade --no-feedback`", t_ours, cpu_ours, args.students)
        t_full, cpu_full = run([*grade, str(full)], full, env)
        report("`boundarylab grade` (with feedback)", t_full, cpu_full, args.students)

        plain_scores, our_scores = scores(plain, args.assignment), scores(ours, args.assignment)
        graded_by_plain = {
            p.parent.name for p in (plain / "autograded").glob(f"*/{args.assignment}") if any(p.glob("*.ipynb"))
        }
        differ = [
            (s, cell, plain_scores[s][cell], our_scores.get(s, {}).get(cell))
            for s in sorted(graded_by_plain)
            for cell in plain_scores[s]
            if our_scores.get(s, {}).get(cell) != plain_scores[s][cell]
        ]
        not_plain = sorted(set(our_scores) - graded_by_plain)
        cells = sum(len(plain_scores[s]) for s in graded_by_plain)
        print(f"scores: {cells} grading cells of {len(graded_by_plain)} submissions compared, {len(differ)} differ")
        for s, cell, a, b in differ[:20]:
            print(f"  DIFFERENT {s} {cell}: plain {a}, boundarylab {b}")
        if not_plain:
            print(
                "plain nbgrader could not grade (boundarylab graded them, with a note): "
                + ", ".join(f"{s} {sum(our_scores[s].values()):.2f}" for s in not_plain)
            )
        ratio = t_plain / t_ours
        print(f"speed-up: {ratio:.1f}x wall clock (target {TARGET:.0f}x); CPU time {cpu_plain / cpu_ours:.1f}x less")
        print(f"with feedback written too: {t_plain / t_full:.1f}x plain autograde's wall clock (which writes none)")
        return 0 if not differ and ratio >= TARGET and len(our_scores) == args.students else 1
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
