"""Shared fixtures for the grading tests: the shipped bank and a built course in a temporary folder."""

from pathlib import Path

import pytest

from boundarylab.grading.blueprint import find_assignment
from boundarylab.grading.keys import load_key

# The repository's post-test is a public sample: the tests use it as the instructor's key.
KEY = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture(scope="session")
def key_dir():
    return KEY


@pytest.fixture(scope="session")
def bank():
    return load_key(KEY)


@pytest.fixture(scope="session")
def posttest(bank):
    return find_assignment(bank, "posttest-a")
