"""Time `boundarylab report` on a large cohort: 1,000 learners × 40 items by default.

Sets up a course with a 40-item assignment built from the bank, a real nbgrader gradebook with
every learner's cell scores (from the scoring engine) and every learner's answers file (simulated
as `boundarylab demo-cohort` does, broken submissions included); then times writing the report
(gradebook read, item analysis, figures, CSV, HTML). Target: under 5 s.

    python benchmarks/cohort_report.py [--students 1000] [--items 40] [--seed 0] [--keep DIR]

Setting up 1,000 learners through nbgrader's API takes a while; `--keep DIR` keeps the course in
DIR and a later run with the same DIR reuses it (once its set-up finished), timing the report only.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

from nbgrader import api
from nbgrader.api import Gradebook
from sqlalchemy import insert

from boundarylab.grading import demo, responses, submissions
from boundarylab.grading.blueprint import Assignment, item_for
from boundarylab.grading.build import build
from boundarylab.grading.config import COURSE_ID, environ_with
from boundarylab.grading.keys import load_key
from boundarylab.grading.marks import mark_decision, mark_rewrite
from boundarylab.grading.notebook import build_notebook, notebook_text
from boundarylab.grading.report import write_report
from boundarylab.paths import course_root

TARGET_S = 5.0
NAME = "bench-cohort"
SET_UP_DONE = "set-up-done"


def _assignment(bank, items: int) -> Assignment:
    """The first `items` scenarios outside the policy builder, rewrites among them as in the bank."""
    picked = [s for s in bank.scenarios.values() if s.module != "orientation"][:items]
    return Assignment(NAME, "Benchmark cohort", "posttest", "assessment", tuple(item_for(s) for s in picked))


def _gradebook(course: Path, bank, a: Assignment, learners) -> None:
    """Every learner's cell scores, as `boundarylab grade` leaves them, written in bulk: nbgrader's
    API adds one submission at a time, which takes minutes for a thousand. Scores come from the
    scoring engine, each distinct answer scored once."""
    choices = {i.scenario_id: len(bank.scenarios[i.scenario_id].choices) for i in a.items}
    memo = {}

    def score(mark, s, r):
        key = (mark, s.id, r)
        if key not in memo:
            memo[key] = mark(s, r).earned
        return memo[key]

    students, subs, notebooks, grades = [], [], [], []
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gb:
        assignment = gb.find_assignment(NAME)
        notebook = assignment.notebooks[0]
        cells = {c.name: c.id for c in notebook.grade_cells}
        for learner in learners:
            students.append(
                {
                    "id": learner.student_id,
                    "first_name": learner.first_name,
                    "last_name": learner.last_name,
                    "email": learner.email,
                }
            )
            sub_id, nb_id = uuid.uuid4().hex, uuid.uuid4().hex
            subs.append(
                {
                    "id": sub_id,
                    "assignment_id": assignment.id,
                    "student_id": learner.student_id,
                    "timestamp": datetime(2026, 3, 2, 10, 0),
                }
            )
            notebooks.append({"id": nb_id, "assignment_id": sub_id, "notebook_id": notebook.id, "flagged": False})
            sheet = responses.read(
                course / "submitted" / learner.student_id / NAME / responses.FILE_NAME,
                NAME,
                learner.student_id,
                choices,
            )
            for item in a.items:
                s, r = bank.scenarios[item.scenario_id], sheet.answer(item.scenario_id).response
                marks = [(item.decision_id, mark_decision)] + (
                    [(item.rewrite_id, mark_rewrite)] if item.rewrite_points else []
                )
                for grade_id, mark in marks:
                    grades.append(
                        {
                            "id": uuid.uuid4().hex,
                            "notebook_id": nb_id,
                            "cell_id": cells[grade_id],
                            "auto_score": score(mark, s, r),
                            "needs_manual_grade": False,
                        }
                    )
        for model, rows in (
            (api.Student, students),
            (api.SubmittedAssignment, subs),
            (api.SubmittedNotebook, notebooks),
            (api.Grade, grades),
        ):
            gb.db.execute(insert(model.__table__), rows)
        gb.db.commit()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--students", type=int, default=1000)
    ap.add_argument("--items", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", help="keep the course in this folder; reuse it if it is already there")
    args = ap.parse_args(argv)
    bank = load_key(course_root() / "scenarios")  # the public sample serves as the key here
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bl-report-"))
    course = tmp / "course"
    try:
        if not (tmp / SET_UP_DONE).exists():
            shutil.rmtree(course, ignore_errors=True)  # an interrupted set-up is not reused
            _set_up(bank, course, args)
            (tmp / SET_UP_DONE).write_text(f"{args.students} learners × {args.items} items\n")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU core(s)")
        started = time.perf_counter()  # as `boundarylab report` runs: the key loaded, then the report
        out = write_report(course, NAME, tmp / "report", load_key(course_root() / "scenarios"))
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in out.parent.iterdir()) / 1e6
        print(
            f"report written in {seconds:.2f} s ({size:.1f} MB in {out.parent}); target < {TARGET_S:g} s: "
            f"{'met' if seconds < TARGET_S else 'NOT met'}"
        )
        return 0 if seconds < TARGET_S else 1
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def _set_up(bank, course: Path, args) -> None:
    build(bank, course)
    a = _assignment(bank, args.items)
    nb = build_notebook(a, bank)
    (course / "source" / NAME).mkdir(parents=True)
    (course / "source" / NAME / f"{NAME}.ipynb").write_text(notebook_text(nb), encoding="utf-8")
    env = environ_with(None)
    env.pop("BOUNDARYLAB_GRADEBOOK", None)
    subprocess.run(
        [str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", NAME],
        cwd=course,
        env=env,
        check=True,
        capture_output=True,
    )
    started = time.perf_counter()
    learners = demo.simulate(bank, a, nb, args.students, args.seed)
    submissions.write_submitted(course, NAME, learners)
    _gradebook(course, bank, a, learners)
    print(
        f"set-up: {args.students} learners × {len(a.items)} items "
        f"({sum(bool(i.rewrite_points) for i in a.items)} with a rewrite), {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    sys.exit(main())
