from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from boundarylab.bank.models import Module, Scenario
from boundarylab.progress import ProgressStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """A throwaway BOUNDARYLAB_HOME: no test writes to the real progress file or log."""
    folder = tmp_path / "home"
    monkeypatch.setenv("BOUNDARYLAB_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def every_kind():
    data = yaml.safe_load((FIXTURES / "every_kind.yaml").read_text(encoding="utf-8"))
    return Module.model_validate(data["module"]), [Scenario.model_validate(s) for s in data["scenarios"]]


@pytest.fixture
def scenarios(every_kind):
    return {s.kind: s for s in every_kind[1]}


@pytest.fixture
def store(home):
    with ProgressStore.open(home) as s:
        yield s


@dataclass(frozen=True)
class FakeFinding:
    check: str
    start: int
    end: int
    message: str


@dataclass(frozen=True)
class FakeRewriteResult:
    """The analysis contract (evaluate_rewrite's result) for tests of display only."""

    score: float
    passed: bool
    feedback: tuple
    findings: tuple
    remaining: tuple = ()
    missing: tuple = ()


def fake_evaluate(scenario, text):
    """Flags the word 'client' wherever it occurs: enough to test highlighting and saving."""
    findings = []
    start = text.find("client")
    while start != -1:
        findings.append(FakeFinding("client-story", start, start + 6, "This tells a client's story."))
        start = text.find("client", start + 1)
    passed = not findings
    return FakeRewriteResult(
        1.0 if passed else 0.5,
        passed,
        ("Clear of every check." if passed else "Remove the client story.",),
        tuple(findings),
    )


@pytest.fixture
def fake_analysis(monkeypatch):
    monkeypatch.setattr("boundarylab.scoring.score_rewrite", fake_evaluate)


def walk(widget):
    """Every widget in a tree, depth first."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)
