"""What a notebook shows when something is wrong: one sentence, never a traceback."""

import sqlite3

import pytest

from boundarylab.progress import FILE_NAME
from boundarylab.widgets import entry


@pytest.fixture(autouse=True)
def fresh_caches():
    entry._bank.cache_clear()
    entry._store.cache_clear()
    yield
    entry._store.cache_clear()


def test_a_corrupt_progress_file_is_explained_and_left_untouched(home):
    home.mkdir(parents=True)
    path = home / FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    shown = entry.start_widget().value
    assert "is not a readable BoundaryLab progress file" in shown and "Traceback" not in shown
    assert path.read_bytes() == before


def test_a_progress_file_from_a_newer_version_is_explained_and_left_untouched(home):
    home.mkdir(parents=True)
    path = home / FILE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.execute("CREATE TABLE attempt (id INTEGER)")
    before = path.read_bytes()
    shown = entry.module_widget("confidentiality").value
    assert "newer version of BoundaryLab" in shown
    assert path.read_bytes() == before


def test_a_broken_bank_is_explained_in_a_sentence(tmp_path, monkeypatch):
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "course.yml").write_text("title: [unclosed\n")
    monkeypatch.setenv("BOUNDARYLAB_COURSE_ROOT", str(tmp_path))
    shown = entry.module_widget("presence").value
    assert "The course content could not be loaded" in shown and "course.yml" in shown


def test_an_unexpected_failure_is_a_sentence(monkeypatch):
    def boom():
        raise KeyError("no-such-module")

    monkeypatch.setattr(entry, "course_bank", boom)
    shown = entry.module_widget("nope").value
    assert "Sorry, something went wrong" in shown and "KeyError" not in shown
