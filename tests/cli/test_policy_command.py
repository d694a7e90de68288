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
    assert (tmp_path / "example" / "policy.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "example" / "policy.docx").read_bytes().startswith(b"PK")  # a Word (zip) file
    assert "wrote" in out.stdout and "Check your answer" not in out.stdout


def test_an_answers_file_with_a_conflict_writes_the_policy_and_says_why(tmp_path):
    answers = tmp_path / "mine.yaml"
    answers.write_text("details:\n  practice: Oak Counseling\nchoices:\n  friend-requests: accept-all\n")
    out = run("policy", "--answers", str(answers), "--out", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    assert "Check your answer to 'friend-requests' (accept-all): Accepting a client's friend request" in out.stdout
    assert "Not answered, so left out of the policy: accounts" in out.stdout
    assert "Oak Counseling" in (tmp_path / "out" / "policy.md").read_text(encoding="utf-8")


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
