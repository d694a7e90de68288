"""The progress store under stress: two writers at once, a writer killed mid-stream, and files
it must refuse (corrupt, from a newer version) without ever changing them. Tests taking `backend`
run on both backends: the learner's SQLite file and the cohort's PostgreSQL database."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from boundarylab.progress import FILE_NAME, ProgressStore, StoreError

WRITER = """
import sys, time
from boundarylab.progress import ProgressStore
home, name, count, start_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = ProgressStore.open(home)  # BOUNDARYLAB_PROGRESS_URL in the environment picks the cohort database
while time.time() < start_at:
    time.sleep(0.001)
for n in range(count):
    row = store.save_attempt(f"{name}-{n:05d}", "presence", "judgement", {"writer": name, "n": n}, 0.5, seconds=n)
    print(row, n, flush=True)  # printed only after the commit returned
"""


def writer(backend, name, count, start_at=0.0):
    """A learner's kernel saving `count` attempts, in its own process and with its own environment."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(backend.home), name, str(count), str(start_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=backend.env(name),
    )


def test_two_learners_writing_at_once_lose_nothing(backend):
    """SQLite: two notebooks of one learner on one file; PostgreSQL: two learners' kernels on one database."""
    backend.open("a").close()  # the schema and both roles exist before the race starts
    start_at = time.time() + 2.0
    procs = [writer(backend, name, 1000, start_at) for name in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert backend.count_attempts() == 2000
    for name in ("a", "b"):
        with backend.open(name) as store:
            mine = [a.answer["n"] for a in store.attempts() if a.answer["writer"] == name]
        assert mine == list(range(1000))  # every save, in the order saved


def test_a_writer_killed_mid_stream_loses_nothing_it_had_saved(backend):
    proc = writer(backend, "k", 100_000)
    saved = []
    while len(saved) < 200:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        saved.append(tuple(map(int, line.split())))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with backend.open("k") as store:
        if backend.name == "sqlite":
            assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = {a.id: a for a in store.attempts()}
        for row, n in saved:
            assert rows[row].answer == {"writer": "k", "n": n} and rows[row].seconds == n
        store.save_attempt("after-kill", "presence", "rewrite", {"text": "still works"}, 1.0)
        assert store.attempts(scenario_id="after-kill")[0].answer == {"text": "still works"}


@pytest.mark.parametrize("content", [b"not a database at all " * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_file_is_refused_with_a_sentence_and_left_as_it_was(tmp_path, content):
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"not a readable BoundaryLab progress file.*left untouched"):
        ProgressStore.open(tmp_path)
    assert path.read_bytes() == content


def test_a_file_from_a_newer_version_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / FILE_NAME
    with ProgressStore.open(tmp_path) as store:
        store.save_attempt("pres-001", "presence", "judgement", {}, 1.0)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of BoundaryLab"):
        ProgressStore.open(tmp_path)
    assert path.read_bytes() == before


def test_another_programs_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / FILE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a BoundaryLab progress file"):
        ProgressStore.open(tmp_path)
    assert path.read_bytes() == before


def test_nothing_is_overwritten_every_attempt_is_appended(backend):
    with backend.open() as store:
        for score in (0.0, 0.5, 1.0):
            store.save_attempt("pres-001", "presence", "rewrite", {"text": str(score)}, score, seconds=3)
        assert [a.score for a in store.attempts("pres-001")] == [0.0, 0.5, 1.0]


def test_profiles_events_and_filters_read_back_as_saved(backend):
    with backend.open() as store:
        assert store.profile() is None
        store.save_profile("  Dr Ana Ruiz ", "psychologist", "PSY-1")
        store.save_profile("Ana Ruiz", "psychologist", "PSY-1")
        store.save_attempt(
            "pres-001",
            "presence",
            "judgement",
            {"verdict": "avoid", "note": "é ✓"},
            1 / 3,
            seconds=-4,
            context="post-test",
        )
        store.save_attempt("pres-002", "presence", "choice", {"choice": 2}, None)
        first = store.record("module-done", {"module": "presence"})
        second = store.record("evaluation", {"useful": 5})
        assert store.profile().name == "Ana Ruiz"
        (post,) = store.attempts(context="post-test")
        assert (post.answer, post.score, post.seconds) == ({"verdict": "avoid", "note": "é ✓"}, 1 / 3, 0.0)
        assert [a.scenario_id for a in store.attempts()] == ["pres-001", "pres-002"]
        assert store.attempts("pres-002")[0].score is None
        assert [e.id for e in store.events()] == [first, second]
        assert store.events("evaluation")[0].data == {"useful": 5}


def test_a_store_opened_on_one_thread_saves_from_others(backend):
    """ipykernel 7 runs widget callbacks on more than one thread; every save must land."""
    import threading

    with backend.open() as store:

        def save(n):
            for i in range(50):
                store.save_attempt(f"t{n}-{i}", "presence", "choice", {"choice": i}, 1.0)
                store.attempts(scenario_id=f"t{n}-{i}")

        threads = [threading.Thread(target=save, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(store.attempts()) == 200
