"""The CE commands as a user meets them: progress, certificate, transcript, verify, hours and
demo-learner, each on its own --home."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from boundarylab.cli import main

ROOT = Path(__file__).resolve().parents[2]
BANK = str(ROOT / "tests" / "fixtures" / "ce_bank")


def cli(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def learner(tmp_path, capsys):
    home = tmp_path / "halfway"
    assert cli(capsys, "demo-learner", "--home", str(home), "--bank", BANK)[0] == 0
    return home


@pytest.fixture
def graduate(tmp_path, capsys):
    home = tmp_path / "graduate"
    assert cli(capsys, "demo-learner", "--home", str(home), "--bank", BANK, "--complete")[0] == 0
    return home


def test_progress_lists_modules_and_what_is_still_to_do(learner, capsys):
    code, out, _ = cli(capsys, "progress", "--home", str(learner), "--bank", BANK)
    assert code == 0
    assert "Learner: Zoë Nguyễn" in out and "1/2 scenarios" in out
    assert "Still to do:" in out and "Submit the course evaluation" in out


def test_progress_saves_the_dashboard_charts_on_request(learner, capsys, tmp_path):
    cli(capsys, "progress", "--home", str(learner), "--bank", BANK, "--charts", str(tmp_path / "png"))
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == [
        "hours.png", "mastery.png", "modules.png", "post_test.png", "time.png"]


def test_certificate_before_completion_lists_what_is_missing_and_writes_nothing(learner, capsys, tmp_path):
    code, _, err = cli(capsys, "certificate", "--home", str(learner), "--bank", BANK, "--out", str(tmp_path / "c.pdf"))
    assert code == 1 and "Still to do:" in err and "Pass the post-test" in err
    assert not (tmp_path / "c.pdf").exists()


def test_certificate_writes_the_pdf_and_its_code_verifies(graduate, capsys, tmp_path):
    code, out, _ = cli(capsys, "certificate", "--home", str(graduate), "--bank", BANK, "--out",
                       str(tmp_path / "c.pdf"), "--format", "live-workshop")
    assert code == 0
    verification = out.split("verification code ")[1].strip()
    text = PdfReader(tmp_path / "c.pdf").pages[0].extract_text()
    assert verification in text and "Live workshop" in text
    code, out, _ = cli(capsys, "verify", verification, "--home", str(graduate))
    assert code == 0 and out.startswith("Valid: certificate BL-")
    code, _, err = cli(capsys, "verify", "AAAA-BBBB-CCCC-DDDD", "--home", str(graduate))
    assert code == 1 and "No certificate with code AAAA-BBBB-CCCC-DDDD" in err


def test_transcript_writes_csv_and_pdf(graduate, capsys, tmp_path):
    code, _, _ = cli(capsys, "transcript", "--home", str(graduate), "--bank", BANK, "--out", str(tmp_path / "t.csv"),
                     "--pdf", str(tmp_path / "t.pdf"))
    assert code == 0
    with (tmp_path / "t.csv").open(encoding="utf-8") as f:
        kinds = [r["kind"] for r in csv.DictReader(f)]
    assert kinds.count("module") == 4 and kinds.count("post-test") == 2 and kinds[-1] == "evaluation"
    assert "Transcript" in PdfReader(tmp_path / "t.pdf").pages[0].extract_text()


def test_demo_learner_refuses_a_home_that_already_holds_progress(learner, capsys):
    code, _, err = cli(capsys, "demo-learner", "--home", str(learner), "--bank", BANK)
    assert code == 1 and "already holds a learner's progress" in err


def test_hours_prints_the_calculation_and_keeps_author_notes_apart(capsys, tmp_path):
    code, out, err = cli(capsys, "hours", "--bank", BANK, "--json", str(tmp_path / "h.json"))
    assert code == 0 and "alpha: 10.5 min = 300 words ÷ 200 wpm = 1.5 min + 2 judgements × 4 + 1 best step × 1" in out
    assert "Rates (course.yml): reading 200 words a minute" in out and "1 contact hour" in out
    assert "declares" not in out
    assert "For the course author" in err and "alpha: its items take 9 min" in err
    saved = (tmp_path / "h.json").read_text()
    assert '"credited_hours": 1.0' in saved and "declares" not in saved


def test_no_learner_document_carries_author_notes(graduate, capsys, tmp_path):
    _, progress, _ = cli(capsys, "progress", "--home", str(graduate), "--bank", BANK)
    cli(capsys, "transcript", "--home", str(graduate), "--bank", BANK, "--out", str(tmp_path / "t.csv"),
        "--pdf", str(tmp_path / "t.pdf"))
    cli(capsys, "certificate", "--home", str(graduate), "--bank", BANK, "--out", str(tmp_path / "c.pdf"))
    pdfs = ["".join(page.extract_text() for page in PdfReader(tmp_path / name).pages) for name in ("t.pdf", "c.pdf")]
    for text in [progress, (tmp_path / "t.csv").read_text(encoding="utf-8"), *pdfs]:
        assert "declares" not in text and "Check " not in text and "course author" not in text
    assert "How the contact hours were set" in pdfs[0] and "2 judgements × 4" in pdfs[0]


def test_the_commands_run_as_a_program_with_their_help():
    out = subprocess.run([sys.executable, "-m", "boundarylab", "--help"], capture_output=True, text=True, cwd=ROOT)
    for command in ("progress", "certificate", "transcript", "verify", "hours", "demo-learner"):
        assert command in out.stdout
