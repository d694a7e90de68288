"""Shared fixtures for the grading tests: the shipped bank and a built course in a temporary folder."""

import pytest

from boundarylab.grading.blueprint import find_assignment
from boundarylab.grading.keys import key_bank


@pytest.fixture(scope="session")
def bank():
    return key_bank()


@pytest.fixture(scope="session")
def posttest(bank):
    return find_assignment(bank, "posttest-a")
