"""`./run tests` checks the code before pytest: a lint, format or type error stops the run.

Each test copies `run` and `pyproject.toml` into a small temporary repository that shares this
checkout's .venv, writes one module, and runs the same check step (`./run check`) on it.
"""

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CLEAN = '''"""A module the checks accept."""


def total(hours: list[float]) -> float:
    """Sum of the hours."""
    return sum(hours)
'''


def run_check(tmp_path: Path, module: str, package: str = "sample") -> subprocess.CompletedProcess[str]:
    """`./run check` on a repository whose only source file is `module`, in src/`package`."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name in ("run", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    package = tmp_path / "src" / package
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(module)
    return subprocess.run([str(tmp_path / "run"), "check"], cwd=tmp_path, capture_output=True, text=True, timeout=600)


def test_clean_code_passes_the_check_step(tmp_path):
    result = run_check(tmp_path, CLEAN)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


@pytest.mark.parametrize(
    ("broken", "finding"),
    [
        ("import os\n" + CLEAN, "F401"),  # ruff check: unused import
        (CLEAN.replace("return sum(hours)", "return sum( hours )"), "would be reformatted"),  # ruff format --check
        (CLEAN.replace("return sum(hours)", 'return sum(hours) + "h"'), "reportOperatorIssue"),  # pyright
    ],
    ids=["ruff-lint", "ruff-format", "pyright"],
)
def test_one_error_fails_the_check_step_and_names_it(tmp_path, broken, finding):
    result = run_check(tmp_path, broken)
    assert result.returncode != 0
    assert finding in result.stdout + result.stderr
    assert "The code checks failed" in result.stderr


def test_ruff_reads_every_python_file_of_the_package_and_the_tests():
    """Only the course folders (notebooks/, grading/ at the top) are left out; a pattern that also
    matched src/boundarylab/grading once hid that package from the checks."""
    listed = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "ruff"), "check", "--show-files", "."], cwd=ROOT, capture_output=True, text=True
    ).stdout
    checked = {Path(line.strip()).resolve() for line in listed.splitlines() if line.strip().endswith(".py")}
    expected = {p.resolve() for folder in ("src", "tests", "benchmarks") for p in (ROOT / folder).rglob("*.py")}
    assert expected - checked == set()


UNTYPED = CLEAN.replace("hours: list[float]) -> float", "hours)")
PURE_CORE = ("bank", "analysis", "scoring", "progress", "ce", "reports")


def test_the_pure_core_is_checked_strictly_and_the_widget_layer_in_basic_mode(tmp_path):
    """An unannotated parameter passes in the widget layer and fails in the pure core."""
    assert run_check(tmp_path / "widgets", UNTYPED, "boundarylab/widgets").returncode == 0
    result = run_check(tmp_path / "bank", UNTYPED, "boundarylab/bank")
    assert result.returncode != 0
    assert "reportMissingParameterType" in result.stdout


def test_strict_mode_covers_every_part_of_the_pure_core():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pyright"]
    strict = {Path(p).stem for p in config["strict"]}
    assert strict == set(PURE_CORE)
