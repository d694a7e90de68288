"""Submissions downloaded from an LMS as one archive reach submitted/ through `nbgrader zip_collect`,
each learner's answers file with their notebook (the pattern is in the generated config)."""

import shutil
import subprocess
import sys
from pathlib import Path

from boundarylab.grading.config import environ_with

ROOT = Path(__file__).resolve().parents[2]


def test_demo_cohort_zip_is_collected_with_every_answers_file(tmp_path):
    course = tmp_path / "course"
    shutil.copytree(
        ROOT / "grading",
        course,
        ignore=shutil.ignore_patterns(
            "gradebook.db",
            "release",
            "submitted",
            "autograded",
            "feedback",
            "exchange",
            "logs",
            "roster.csv",
            "downloaded",
        ),
    )
    env = environ_with(None)
    env.pop("BOUNDARYLAB_GRADEBOOK", None)
    env["BOUNDARYLAB_HOME"] = str(tmp_path / "home")
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    for cmd in (
        [nbgrader, "generate_assignment", "posttest-a"],
        [
            sys.executable,
            "-m",
            "boundarylab",
            "demo-cohort",
            "posttest-a",
            "--students",
            "5",
            "--zip",
            "--course",
            str(course),
            "--key",
            str(ROOT / "scenarios"),
        ],
        [nbgrader, "zip_collect", "posttest-a"],
    ):
        out = subprocess.run(cmd, cwd=course, env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
    folders = sorted((course / "submitted").glob("*/posttest-a"))
    assert [f.parent.name for f in folders] == [f"learner{n:03d}" for n in range(1, 6)]
    assert all((f / "posttest-a.ipynb").exists() and (f / "responses.json").exists() for f in folders)
