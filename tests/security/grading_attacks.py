"""What the grading attacks share: a learner's submission as `nbgrader collect` leaves it, the
instructor's `boundarylab grade` run, and what the gradebook then holds."""

import json
import subprocess
import sys
from pathlib import Path

from nbgrader.api import Gradebook

from boundarylab.grading import responses
from boundarylab.grading.config import environ_with
from boundarylab.grading.marks import mark_decision, mark_rewrite

ROOT = Path(__file__).resolve().parents[2]
A = "posttest-a"


def env_for(tmp: Path) -> dict:
    env = environ_with(None)
    for name in ("BOUNDARYLAB_GRADEBOOK", "BOUNDARYLAB_KEY", "BOUNDARYLAB_COURSE_ROOT"):
        env.pop(name, None)
    env["BOUNDARYLAB_HOME"] = str(tmp / "home")
    return env


def submit(course: Path, student: str, saves=(), notebook=None) -> Path:
    """A submission as `nbgrader collect` leaves it: the notebook and the learner's answers file."""
    folder = course / "submitted" / student / A
    folder.mkdir(parents=True)
    nb = notebook or json.loads((course / "release" / A / f"{A}.ipynb").read_text())
    (folder / f"{A}.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    for item, response in saves:
        responses.save_answer(folder / responses.FILE_NAME, A, student, item, response)
    return folder


def grade(course: Path, key: Path) -> subprocess.CompletedProcess:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "boundarylab",
            "grade",
            A,
            "--course",
            str(course),
            "--key",
            str(key),
            "--quiet",
            "--no-feedback",
        ],
        cwd=course,
        env=env_for(course.parent),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out


def cell_scores(course: Path, student: str) -> dict:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "boundarylab") as gb:
        return {g.name: g.score for nb in gb.find_submission(A, student).notebooks for g in nb.grades}


def worth(bank, posttest, saves) -> float:
    """What these answers are worth, item by item, by the scoring engine."""
    last = dict(saves)
    total = 0.0
    for item in posttest.items:
        scenario, response = bank.scenarios[item.scenario_id], last.get(item.scenario_id)
        total += mark_decision(scenario, response).earned
        if item.rewrite_points:
            total += mark_rewrite(scenario, response).earned
    return total
