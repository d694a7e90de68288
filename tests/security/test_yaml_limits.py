"""YAML that is small on disk but unbounded in memory or time is refused, with FILE:LINE and a
sentence, by every loader: the scenario bank (module files, course.yml, sources.yaml) and the
policy builder (questions and a learner's answers).

Before: nine lines of nested aliases ("billion laughs") in a bank file kept `validate` busy for
minutes and timed out a grading kernel. The commands run in a child process with a generous
timeout only so that the old behaviour fails the test instead of hanging it.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import boundarylab
from boundarylab.policy.builder import PolicyInputError
from boundarylab.policy.files import load_answers

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(boundarylab.__file__).parents[1]
HANG = 90  # seconds: far beyond any real run, far below the old behaviour
LAUGHS = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'] + [
    f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)
]
BILLION_LAUGHS = "\n".join(LAUGHS) + "\n"
REFUSAL = r"its aliases \(\*name\) expand to more than [\d,]+ values"


def boundarylab_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "boundarylab", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
    )


def line_of(text: str, needle: str) -> int:
    return text.splitlines().index(needle) + 1


@pytest.mark.parametrize("name", ["orientation.yaml", "course.yml", "sources.yaml"])
def test_a_billion_laughs_in_the_bank_is_refused_with_file_and_line(tmp_path, name):
    bank = tmp_path / "bank"
    shutil.copytree(ROOT / "scenarios", bank)
    target = bank / name
    target.write_text(target.read_text(encoding="utf-8") + BILLION_LAUGHS, encoding="utf-8")
    out = boundarylab_cli("validate", str(bank))
    assert out.returncode == 1
    where = re.search(rf"^{re.escape(str(target))}:(\d+): -: {REFUSAL}", out.stdout + out.stderr, re.M)
    assert where, out.stdout + out.stderr
    assert int(where.group(1)) in range(
        line_of(target.read_text(), LAUGHS[0]), line_of(target.read_text(), LAUGHS[-1]) + 1
    )
    assert "Traceback" not in out.stderr


def test_a_billion_laughs_as_policy_answers_is_a_sentence(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("details:\n  practice: Cedar Grove\n" + BILLION_LAUGHS, encoding="utf-8")
    out = boundarylab_cli("policy", "--answers", str(answers), "--out", str(tmp_path / "out"))
    assert out.returncode == 1
    assert re.search(rf"^{re.escape(str(answers))}:\d+: {REFUSAL}", out.stderr, re.M), out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "out").exists()


LOAD_QUESTIONS = """
import sys
from boundarylab.policy.builder import load_questions
try:
    load_questions(sys.argv[1])
except Exception as e:
    print(getattr(e, "line", "?"), e)
"""


def test_a_billion_laughs_as_policy_questions_is_refused(tmp_path):
    questions = tmp_path / "questions.yaml"
    questions.write_text(BILLION_LAUGHS, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", LOAD_QUESTIONS, str(questions)],
        capture_output=True,
        text=True,
        timeout=HANG,
        env={"PYTHONPATH": str(SRC)},
    )
    refused = re.fullmatch(rf"(\d+) {REFUSAL}.*\n", out.stdout)
    assert refused, out.stdout + out.stderr
    assert int(refused.group(1)) in range(1, len(LAUGHS) + 1)  # the first value past the limit


def test_an_oversized_answers_file_is_refused_before_it_is_read(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("# " + "x" * 3_000_000 + "\ndetails: {}\n", encoding="utf-8")
    with pytest.raises(
        PolicyInputError,
        match=r"answers\.yaml:1: the file is 3,000,\d+ bytes long; a BoundaryLab "
        r"YAML file can be at most [\d,]+\.",
    ):
        load_answers(answers)


def test_values_nested_beyond_any_real_file_are_refused_with_their_line(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("details:\n" + "".join(f"{'  ' * (i + 1)}k{i}:\n" for i in range(200)) + "\n", encoding="utf-8")
    with pytest.raises(PolicyInputError, match=r"answers\.yaml:\d+: values are nested more than \d+ levels deep"):
        load_answers(answers)
