"""The command line as a user meets it: help, validate, bank-report, schema."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "bank" / "fixtures"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "boundarylab", *args], cwd=cwd, capture_output=True, text=True)


def test_help_lists_the_commands():
    out = run("--help")
    assert out.returncode == 0
    for command in ("validate", "bank-report", "schema"):
        assert command in out.stdout


def test_validate_passes_on_the_shipped_bank():
    out = run("validate")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "all valid" in out.stdout


def test_validate_names_file_line_and_field_for_each_fault_and_exits_1(tmp_path):
    bank = tmp_path / "bank"
    shutil.copytree(ROOT / "scenarios", bank)
    with open(bank / "confidentiality.yaml", "a") as f:
        f.write(
            (FIXTURES / "broken" / "unknown_field.yaml")
            .read_text()
            .split("scenarios:\n")[1]
            .replace("conf-00", "conf-90")
        )
    out = run("validate", str(bank))
    assert out.returncode == 1
    assert f"{bank / 'confidentiality.yaml'}:" in out.stdout
    assert ": conf-902.dificulty_note: unknown field" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


def test_bank_report_prints_coverage_tables():
    out = run("bank-report")
    assert out.returncode == 0, out.stderr
    for heading in (
        "By module:",
        "By principle",
        "By kind:",
        "By verdict:",
        "By difficulty:",
        "With best-next-step choices:",
        "With a rewrite rubric:",
    ):
        assert heading in out.stdout


def test_schema_check_fails_on_a_stale_file(tmp_path):
    stale = tmp_path / "schema.json"
    stale.write_text("{}")
    assert run("schema", "--check", "--out", str(stale)).returncode == 1
    assert run("schema", "--out", str(stale)).returncode == 0
    assert run("schema", "--check", "--out", str(stale)).returncode == 0
