"""The CE commands as a user meets them: the learner's progress, record-of-completion,
export-record, transcript, hours and demo-learner, each on its own --home; the provider's
provider init, certify and verify."""

import csv
import json
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
        "hours.png",
        "mastery.png",
        "modules.png",
        "post_test.png",
        "time.png",
    ]


def test_record_of_completion_before_completion_lists_what_is_missing_and_writes_nothing(learner, capsys, tmp_path):
    code, _, err = cli(
        capsys, "record-of-completion", "--home", str(learner), "--bank", BANK, "--out", str(tmp_path / "c.pdf")
    )
    assert code == 1 and "Still to do:" in err and "Pass the post-test" in err
    assert not (tmp_path / "c.pdf").exists()


def test_a_learner_gets_a_record_of_completion_never_a_certificate(graduate, capsys, tmp_path):
    code, out, _ = cli(
        capsys, "record-of-completion", "--home", str(graduate), "--bank", BANK, "--out", str(tmp_path / "r.pdf")
    )
    assert code == 0 and "not a CE certificate" in out
    text = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert "RECORD OF COMPLETION" in text and "CERTIFICATE" not in text
    with pytest.raises(SystemExit):  # the learner's machine has no certificate command any more
        cli(capsys, "certificate", "--home", str(graduate), "--out", str(tmp_path / "c.pdf"))
    assert "invalid choice: 'certificate'" in capsys.readouterr().err


def test_export_record_writes_the_sealed_record_for_the_provider(graduate, capsys, tmp_path):
    code, out, _ = cli(
        capsys, "export-record", "--home", str(graduate), "--bank", BANK, "--out", str(tmp_path / "r.json")
    )
    assert code == 0 and "Send this file to the course provider" in out
    assert json.loads((tmp_path / "r.json").read_text())["format"] == "boundarylab-completion-record"
    code, _, err = cli(
        capsys, "export-record", "--home", str(tmp_path / "nobody"), "--bank", BANK, "--out", str(tmp_path / "n.json")
    )
    assert code == 1 and "Save your profile first" in err and not (tmp_path / "n.json").exists()


def test_provider_init_certify_and_verify_from_the_command_line(capsys, tmp_path):
    learner = known_learner(tmp_path)
    cli(capsys, "export-record", "--home", str(learner), "--bank", BANK, "--out", str(tmp_path / "cohort" / "a.json"))
    (tmp_path / "cohort" / "b.json").write_text("{}", encoding="utf-8")
    code, out, _ = cli(capsys, "provider", "init", "--dir", str(tmp_path / "p"))
    assert code == 0 and "keep provider-private-key.pem private" in out
    code, out, err = cli(capsys, "certify", str(tmp_path / "cohort"), "--provider", str(tmp_path / "p"), "--key", BANK)
    assert code == 1 and "b.json cannot be certified" in err and "1 of 2 records certified." in out
    number = out.split("certificate ")[1].split()[0]
    verification = out.split("verification code ")[1].split()[0]
    pdf = tmp_path / "p" / "certificates" / f"certificate-{number}.pdf"
    code, out, _ = cli(capsys, "verify", verification, "--registry", str(tmp_path / "p" / "registry.sqlite3"))
    assert code == 0 and out.startswith(f"Valid: certificate {number}, signed by Fixture Provider, for Zoë Nguyễn")
    code, out, _ = cli(capsys, "verify", str(pdf), "--public-key", str(tmp_path / "p" / "provider-public-key.pem"))
    assert code == 0 and "self-paced, completed 2026-03-08" in out
    code, _, err = cli(capsys, "verify", str(pdf))
    assert code == 1 and "give the provider's public key" in err


def test_provider_commands_explain_a_missing_folder_registry_or_key(capsys, tmp_path):
    code, _, err = cli(capsys, "certify", str(tmp_path), "--provider", str(tmp_path / "none"), "--key", BANK)
    assert code == 1 and "is not a provider folder: make one with `boundarylab provider init" in err
    code, _, err = cli(capsys, "verify", "ABCD-EFGH-IJKL-MNOP", "--registry", str(tmp_path / "none.sqlite3"))
    assert code == 1 and "There is no registry at" in err
    with pytest.raises(SystemExit, match="is not a post-test key folder"):
        cli(capsys, "certify", str(tmp_path), "--provider", str(tmp_path), "--key", str(tmp_path))


def known_learner(tmp_path):
    """The known history (tests/ce/known_history.py), saved at realistic times so a provider can certify it."""
    sys.path.insert(0, str(ROOT / "tests" / "ce"))
    from known_history import Clock, complete

    from boundarylab import progress
    from boundarylab.bank import load_bank
    from boundarylab.progress import ProgressStore

    clock, saved = Clock(), progress.now
    progress.now = clock
    try:
        with ProgressStore.open(tmp_path / "known") as store:
            complete(store, load_bank(BANK), clock)
    finally:
        progress.now = saved
    return tmp_path / "known"


def transcript(capsys, home, folder):
    """`boundarylab transcript` for `home`, writing t.csv and t.pdf in `folder`."""
    return cli(
        capsys,
        "transcript",
        "--home",
        str(home),
        "--bank",
        BANK,
        "--out",
        str(folder / "t.csv"),
        "--pdf",
        str(folder / "t.pdf"),
    )


def test_transcript_writes_csv_and_pdf(graduate, capsys, tmp_path):
    code, _, _ = transcript(capsys, graduate, tmp_path)
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
    transcript(capsys, graduate, tmp_path)
    cli(capsys, "record-of-completion", "--home", str(graduate), "--bank", BANK, "--out", str(tmp_path / "c.pdf"))
    pdfs = ["".join(page.extract_text() for page in PdfReader(tmp_path / name).pages) for name in ("t.pdf", "c.pdf")]
    for text in [progress, (tmp_path / "t.csv").read_text(encoding="utf-8"), *pdfs]:
        assert "declares" not in text and "Check " not in text and "course author" not in text
    assert "How the contact hours were set" in pdfs[0] and "2 judgements × 4" in pdfs[0]


def test_the_commands_run_as_a_program_with_their_help():
    out = subprocess.run([sys.executable, "-m", "boundarylab", "--help"], capture_output=True, text=True, cwd=ROOT)
    for command in (
        "progress",
        "record-of-completion",
        "export-record",
        "transcript",
        "hours",
        "demo-learner",
        "provider",
        "certify",
        "verify",
    ):
        assert command in out.stdout


def test_demo_learner_complete_is_a_development_option_not_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["demo-learner", "--help"])
    assert "--complete" not in capsys.readouterr().out
