"""A batch large enough to be scored by worker processes: one submission whose scoring fails is
graded 0, flagged and explained, the rest are graded, and the result is the same as grading the
batch in one process."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from boundarylab.grading import grade
from boundarylab.grading.build import build
from boundarylab.grading.config import COURSE_ID, environ_with
from boundarylab.grading.keys import KEY_ENV

A = "posttest-a"
STUDENTS = 12
BROKEN = "learner003"


@pytest.fixture(scope="module")
def cohort(tmp_path_factory, bank, key_dir):
    course = tmp_path_factory.mktemp("batch") / "course"
    build(bank, course)
    env = environ_with(None)
    env.pop("BOUNDARYLAB_GRADEBOOK", None)
    env[KEY_ENV] = str(key_dir)
    for cmd in (
        [str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", A],
        [sys.executable, "-m", "boundarylab", "demo-cohort", A, "--students", str(STUDENTS), "--course", str(course)],
    ):
        subprocess.run(cmd, cwd=course, env=env, check=True, capture_output=True)
    return course


def graded_copy(cohort: Path, folder: Path, key_dir, monkeypatch, parallel_from: int):
    course = folder / "course"
    shutil.copytree(cohort, course)
    scoring = grade.score_submission

    def fails_for_one(bank, assignment, answers, student):
        if student == BROKEN:
            raise RuntimeError(f"the scoring engine broke on {student}")
        return scoring(bank, assignment, answers, student)

    monkeypatch.setattr(grade, "score_submission", fails_for_one)  # forked workers inherit it
    monkeypatch.setattr(grade, "PARALLEL_FROM", parallel_from)
    return course, grade.grade_assignment(course, A, key=key_dir, feedback=False, progress=False)


def test_a_submission_whose_scoring_fails_in_a_worker_is_zeroed_flagged_and_explained(
    cohort, tmp_path, key_dir, monkeypatch
):
    course, run = graded_copy(cohort, tmp_path, key_dir, monkeypatch, parallel_from=2)
    by_student = {r.student: r for r in run.results}
    assert len(by_student) == STUDENTS
    broken = by_student.pop(BROKEN)
    assert broken.status == "failed" and broken.score == 0
    assert "Automatic grading failed (RuntimeError)" in broken.notes[0]
    assert all(r.status == "graded" for r in by_student.values())
    assert any(r.score > 0 for r in by_student.values())
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gb:
        notebook = gb.find_submission(A, BROKEN).notebooks[0]
        assert all(g.auto_score == 0 and g.needs_manual_grade for g in notebook.grades)
    log = (course / "logs" / f"grade-{A}.log").read_text()
    assert f"the scoring engine broke on {BROKEN}" in log and "Traceback" in log


def test_workers_and_one_process_grade_a_batch_alike(cohort, tmp_path, key_dir, monkeypatch):
    parallel = graded_copy(cohort, tmp_path / "parallel", key_dir, monkeypatch, parallel_from=2)
    single = graded_copy(cohort, tmp_path / "single", key_dir, monkeypatch, parallel_from=10_000)

    def outcome(course, run):
        return [
            (r.student, r.status, r.score, r.answered, tuple(n.replace(str(course), "COURSE") for n in r.notes))
            for r in run.results
        ]

    assert outcome(*parallel) == outcome(*single)
