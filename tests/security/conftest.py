"""An nbgrader course with the released post-test, and the instructor's command that grades it.

The attacks are a learner's: only what a learner controls (their submission folder, their
answers file, their notebook's cell metadata) is changed, and `boundarylab grade` is run as an
instructor runs it, with the key in a private folder outside the course."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from boundarylab.grading import responses
from boundarylab.grading.blueprint import find_assignment
from boundarylab.grading.config import environ_with
from boundarylab.grading.keys import load_key
from boundarylab.grading.marks import mark_decision, mark_rewrite

ROOT = Path(__file__).resolve().parents[2]
A = "posttest-a"


@pytest.fixture(scope="session")
def key(tmp_path_factory) -> Path:
    """The instructor's private key folder, started from the public sample as the guide says."""
    folder = tmp_path_factory.mktemp("instructor") / "key"
    out = subprocess.run([sys.executable, "-m", "boundarylab", "key", "--out", str(folder)], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    return folder


@pytest.fixture(scope="session")
def bank(key):
    return load_key(key)


@pytest.fixture(scope="session")
def posttest(bank):
    return find_assignment(bank, A)


def env_for(tmp: Path) -> dict:
    env = environ_with(None)
    for name in ("BOUNDARYLAB_GRADEBOOK", "BOUNDARYLAB_KEY", "BOUNDARYLAB_COURSE_ROOT"):
        env.pop(name, None)
    env["BOUNDARYLAB_HOME"] = str(tmp / "home")
    return env


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("generated") / "course"
    shutil.copytree(ROOT / "grading", course, ignore=shutil.ignore_patterns(
        "gradebook.db", "release", "submitted", "autograded", "feedback", "exchange", "logs", "roster.csv"))
    out = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", A], cwd=course,
                         env=env_for(course.parent), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return course


@pytest.fixture
def course(generated, tmp_path) -> Path:
    """A fresh copy of the generated course (its gradebook knows the assignment) for one attack."""
    copy = tmp_path / "course"
    shutil.copytree(generated, copy)
    return copy


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
    out = subprocess.run([sys.executable, "-m", "boundarylab", "grade", A, "--course", str(course), "--key", str(key),
                          "--quiet", "--no-feedback"], cwd=course, env=env_for(course.parent), capture_output=True,
                         text=True)
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
