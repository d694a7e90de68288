"""`boundarylab policy` as a user meets it: --example, an answers file, a bad answers file."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "boundarylab", *args], cwd=cwd, capture_output=True, text=True)


def test_example_writes_a_complete_policy_with_every_section(tmp_path):
    from boundarylab.policy import load_questions

    out = run("policy", "--example", "--out", str(tmp_path / "example"))
    assert out.returncode == 0, out.stderr
    md = (tmp_path / "example" / "policy.md").read_text(encoding="utf-8")
    for question in load_questions().questions:
        assert f"## {question.section}" in md
    for section in (
        "Following, likes and the practice page",
        "Email and text messages",
        "When I am away",
        "If we come across each other online",
        "Check-ins and photos at the office",
        "Business listings and review sites",
        "Recording sessions",
        "Your acknowledgement and review of this policy",
    ):
        assert f"## {section}" in md
    assert (tmp_path / "example" / "policy.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "example" / "policy.docx").read_bytes().startswith(b"PK")  # a Word (zip) file
    assert "wrote" in out.stdout and "Draft" not in out.stdout + md


def test_an_answers_file_with_a_gap_or_a_conflict_is_refused_with_the_reasons_and_exits_1(tmp_path):
    answers = tmp_path / "mine.yaml"
    answers.write_text("details:\n  practice: Oak Counseling\nchoices:\n  friend-requests: accept-all\n")
    out = run("policy", "--answers", str(answers), "--out", str(tmp_path / "out"))
    assert out.returncode == 1
    assert "Your policy is not ready to sign, so no policy was written." in out.stderr
    assert "Answer “Our accounts and what they are for”: What social-media presence" in out.stderr
    assert (
        "Change your choice in “Friend requests, follows and connections”, which conflicts with what the "
        "course teaches: Accepting a client's friend request"
    ) in out.stderr
    assert "Fill in “Your name”: it is printed in the heading and signature block." in out.stderr
    assert "--draft" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "out").exists()


def test_draft_writes_a_watermarked_draft_and_lists_what_it_still_needs(tmp_path):
    from pypdf import PdfReader

    answers = tmp_path / "mine.yaml"
    answers.write_text("details:\n  practice: Oak Counseling\nchoices:\n  friend-requests: accept-all\n")
    out = run("policy", "--answers", str(answers), "--draft", "--out", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    assert "Draft written, marked “Draft” on every page." in out.stdout and "Answer “Recording sessions”" in out.stdout
    pages = PdfReader(tmp_path / "out" / "policy-draft.pdf").pages
    assert all("Draft: not for signature" in page.extract_text() for page in pages)
    assert "Oak Counseling" in (tmp_path / "out" / "policy-draft.md").read_text(encoding="utf-8")


def test_a_bad_answers_file_is_a_sentence_naming_the_field_and_exits_1(tmp_path):
    answers = tmp_path / "mine.yaml"
    answers.write_text("choices:\n  crisis: text-me\n")
    out = run("policy", "--answers", str(answers), "--out", str(tmp_path / "out"))
    assert out.returncode == 1
    assert f"{answers}: choices.crisis: 'text-me' is not an option" in out.stderr
    assert "Traceback" not in out.stdout + out.stderr
    assert not (tmp_path / "out").exists()


def test_neither_answers_nor_example_says_what_to_give():
    out = run("policy")
    assert out.returncode == 2
    assert "--answers FILE.yaml or --example" in out.stderr
