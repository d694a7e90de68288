"""An nbgrader course with the released post-test, and the instructor's private key.

The attacks are a learner's: only what a learner controls (their submission folder, their
answers file, their notebook's cell metadata) is changed, and `boundarylab grade` is run as an
instructor runs it, with the key in a private folder outside the course."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from grading_attacks import ROOT, A, env_for

from boundarylab.grading.blueprint import find_assignment
from boundarylab.grading.keys import load_key

sys.path.insert(0, str(Path(__file__).parents[1] / "ce"))

from known_history import bank, clock, home, provider, store  # noqa: F401  (fixtures of the CE attacks)


@pytest.fixture(scope="session")
def key(tmp_path_factory) -> Path:
    """The instructor's private key folder, started from the public sample as the guide says."""
    folder = tmp_path_factory.mktemp("instructor") / "key"
    out = subprocess.run(
        [sys.executable, "-m", "boundarylab", "key", "--out", str(folder)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return folder


@pytest.fixture(scope="session")
def key_bank(key):
    return load_key(key)


@pytest.fixture(scope="session")
def posttest(key_bank):
    return find_assignment(key_bank, A)


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("generated") / "course"
    shutil.copytree(
        ROOT / "grading",
        course,
        ignore=shutil.ignore_patterns(
            "gradebook.db", "release", "submitted", "autograded", "feedback", "exchange", "logs", "roster.csv"
        ),
    )
    out = subprocess.run(
        [str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", A],
        cwd=course,
        env=env_for(course.parent),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    return course


@pytest.fixture
def course(generated, tmp_path) -> Path:
    """A fresh copy of the generated course (its gradebook knows the assignment) for one attack."""
    copy = tmp_path / "course"
    shutil.copytree(generated, copy)
    return copy
