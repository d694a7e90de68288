"""A damaged or read-only progress file: every command says so in one sentence, with the advice
that fits (make it writable, or keep a copy and move it aside), and nothing is written to it.

Before: a damaged file gave a traceback in `progress`, and new answers were still written into
it; a read-only file was written anyway when BoundaryLab ran as root. The damaged file here is a
real learner's file with its data pages overwritten, as a failing disk or a bad copy leaves it.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import boundarylab
from boundarylab.progress import FILE_NAME, ProgressStore, StoreError

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(boundarylab.__file__).parents[1]
COMMANDS = [
    ["progress"],
    ["transcript", "--out", "{tmp}/t.csv"],
    ["record-of-completion", "--out", "{tmp}/c.pdf"],
    ["export-record", "--out", "{tmp}/record.json"],
]
PAGE = 4096


def boundarylab_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "boundarylab", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )


def fingerprint(folder: Path) -> dict:
    """Every file in the folder and a hash of its bytes: the progress file, and any -wal or -shm."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("pristine")
    made = boundarylab_cli("demo-learner", "--complete", "--home", str(home))
    assert made.returncode == 0, made.stderr
    assert (home / FILE_NAME).stat().st_size > 8 * PAGE
    return home


@pytest.fixture
def learner(pristine, tmp_path) -> Path:
    return Path(shutil.copytree(pristine, tmp_path / "home"))


@pytest.fixture
def damaged(learner) -> Path:
    path = learner / FILE_NAME
    data = bytearray(path.read_bytes())
    for page in range(2 * PAGE, len(data), PAGE):  # header and schema intact, the data pages not
        data[page : page + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    return learner


@pytest.fixture
def read_only(learner):
    (learner / FILE_NAME).chmod(0o400)
    yield learner
    (learner / FILE_NAME).chmod(0o600)


def one_sentence(text: str) -> str:
    assert "Traceback" not in text and text.count("\n") == 1, text
    return text


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_reports_a_damaged_file_and_leaves_it_as_it_was(damaged, tmp_path, command):
    before = fingerprint(damaged)
    out = boundarylab_cli(*(a.format(tmp=tmp_path) for a in command), "--home", str(damaged))
    assert out.returncode == 1
    said = one_sentence(out.stderr)
    assert f"{damaged / FILE_NAME} is not a readable BoundaryLab progress file (it is damaged" in said
    assert "move it aside (or restore a backup)" in said and "chmod" not in said
    assert fingerprint(damaged) == before


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_reports_a_read_only_file_and_leaves_it_as_it_was(read_only, tmp_path, command):
    before = fingerprint(read_only)
    out = boundarylab_cli(*(a.format(tmp=tmp_path) for a in command), "--home", str(read_only))
    assert out.returncode == 1
    said = one_sentence(out.stderr)
    assert f"Your progress file {read_only / FILE_NAME} is read-only" in said
    assert f"chmod u+w {read_only / FILE_NAME}" in said and "damaged" not in said
    assert fingerprint(read_only) == before


def test_a_read_only_folder_is_reported_with_its_own_advice(learner):
    before = fingerprint(learner)
    learner.chmod(0o500)
    try:
        with pytest.raises(StoreError, match=rf"is in a read-only folder \({learner}\).*chmod u\+w {learner}"):
            ProgressStore.open(learner)
    finally:
        learner.chmod(0o700)
    assert fingerprint(learner) == before


@pytest.mark.parametrize("fixture", ["damaged", "read_only"])
def test_no_new_answer_is_written_into_the_file(request, fixture):
    home = request.getfixturevalue(fixture)
    before = fingerprint(home)
    with pytest.raises(StoreError), ProgressStore.open(home) as store:
        store.save_attempt("pres-001", "presence", "judgement", {"verdict": "ok"}, 1.0)
    assert fingerprint(home) == before


@pytest.mark.parametrize("fixture, says", [("damaged", "is damaged"), ("read_only", "is read-only")])
def test_the_course_start_page_shows_the_sentence(request, monkeypatch, fixture, says):
    from boundarylab.widgets import entry

    home = request.getfixturevalue(fixture)
    before = fingerprint(home)
    monkeypatch.setenv("BOUNDARYLAB_HOME", str(home))
    entry._store.cache_clear()
    try:
        shown = entry.start_widget().value
    finally:
        entry._store.cache_clear()
    assert says in shown and "Traceback" not in shown
    assert fingerprint(home) == before
