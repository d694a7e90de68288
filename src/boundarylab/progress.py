"""The learner's progress store: one SQLite file (WAL), append-only.

This is the only module that writes SQL. Every attempt, profile and evaluation is a new row;
nothing a learner did is ever updated or deleted, so a later answer can never erase an earlier
one. Each save is its own committed transaction, so a kernel killed a moment later loses
nothing already saved, and two notebooks writing at once both land (SQLite serialises them).

Two backends share this interface. `ProgressStore` here is one learner's SQLite file, the
default. A cohort on a JupyterHub keeps everyone's progress in one PostgreSQL database instead:
when BOUNDARYLAB_PROGRESS_URL is set, `ProgressStore.open` returns the PostgreSQL store of
`boundarylab.progress_postgres`, which runs the same SQL as the learner's own database role.
"""

import json
import os
import sqlite3
import threading
import types
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from boundarylab import limits
from boundarylab.regions import REGIONS

SCHEMA_VERSION = 2
FILE_NAME = "progress.sqlite3"
BUSY_TIMEOUT_S = 30
PROGRESS_URL_VARIABLE = "BOUNDARYLAB_PROGRESS_URL"
Row = tuple[Any, ...]  # a result row: its values are whatever the SQL selected

SCHEMA = """
CREATE TABLE IF NOT EXISTS attempt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    saved_at TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    module TEXT NOT NULL,
    part TEXT NOT NULL,
    answer TEXT NOT NULL,
    score REAL,
    seconds REAL NOT NULL DEFAULT 0,
    context TEXT NOT NULL DEFAULT 'practice'
);
CREATE INDEX IF NOT EXISTS attempt_scenario ON attempt (scenario_id);
CREATE TABLE IF NOT EXISTS profile (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    saved_at TEXT NOT NULL,
    name TEXT NOT NULL,
    profession TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    saved_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_kind ON event (kind);
"""


class StoreError(Exception):
    """A progress file that cannot be used; the message says what to do, the file is left as it is."""


@dataclass(frozen=True)
class Attempt:
    id: int
    saved_at: str
    scenario_id: str
    module: str
    part: str  # judgement | choice | rewrite
    answer: dict[str, Any]
    score: float | None
    seconds: float
    context: str  # practice | post-test | quiz


@dataclass(frozen=True)
class Profile:
    name: str
    profession: str
    licence: str
    saved_at: str
    region: str = ""  # a key of regions.REGIONS; empty in profiles saved before regions existed


@dataclass(frozen=True)
class Event:
    id: int
    saved_at: str
    kind: str
    data: dict[str, Any]


def home_dir() -> Path:
    """BOUNDARYLAB_HOME if set, else the user's data directory for BoundaryLab."""
    if os.environ.get("BOUNDARYLAB_HOME"):
        return Path(os.environ["BOUNDARYLAB_HOME"]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("boundarylab", appauthor=False)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class ProgressReads(Protocol):
    """The three reads a learner's standing is worked out from: a live store or an exported record."""

    def attempts(self, scenario_id: str | None = None, context: str | None = None) -> list[Attempt]: ...

    def events(self, kind: str | None = None) -> list[Event]: ...

    def profile(self) -> Profile | None: ...


class ProgressStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._broken: StoreError | None = None  # once set, every read and write refuses with it
        self._conn = self._open()

    @classmethod
    def open(cls, home: str | Path | None = None) -> "ProgressStore":
        """The learner's store: the cohort's PostgreSQL database if the hub set one, else the file in home."""
        if os.environ.get(PROGRESS_URL_VARIABLE):
            from boundarylab.progress_postgres import PostgresProgressStore

            return PostgresProgressStore(os.environ[PROGRESS_URL_VARIABLE])
        folder = Path(home) if home else home_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder / FILE_NAME)

    def _open(self) -> sqlite3.Connection:
        self._refuse_read_only()
        try:
            # A kernel runs widget callbacks on more than one thread (ipykernel 7), so the one
            # connection is shared across threads, every use serialised by self._lock.
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as e:
            self._refuse(e)
        try:
            version = self._check(conn)  # reads only: nothing is written before the file is known sound
        except StoreError:
            conn.close()
            raise
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if version < SCHEMA_VERSION:
                conn.executescript(
                    f"BEGIN IMMEDIATE; {SCHEMA} {self._upgrades(conn)} PRAGMA user_version={SCHEMA_VERSION}; COMMIT;"
                )
        except sqlite3.DatabaseError as e:
            self._refuse(e)
        return conn

    def _refuse_read_only(self) -> None:
        """Write permission, judged by os.access and by the permission bits themselves: root may
        write to a file marked read-only, but its owner marked it so for a reason."""
        for place in (self.path, self.path.parent):
            if place.exists() and (not os.access(place, os.W_OK) or not place.stat().st_mode & 0o222):
                raise self._read_only(place)

    def _read_only(self, place: Path) -> StoreError:
        what = "is read-only" if place == self.path else f"is in a read-only folder ({place})"
        return StoreError(
            f"Your progress file {self.path} {what}, so BoundaryLab has left it untouched and cannot save "
            f"anything: make it writable again (for example `chmod u+w {place}`) or set BOUNDARYLAB_HOME to "
            "a folder you can write to."
        )

    def _damaged(self, detail: str | sqlite3.DatabaseError) -> StoreError:
        return StoreError(
            f"{self.path} is not a readable BoundaryLab progress file (it is damaged: {detail}), so it has been "
            "left untouched and nothing will be saved into it: keep a copy for your course provider, then move "
            "it aside (or restore a backup) and start again."
        )

    def _check(self, conn: sqlite3.Connection) -> int:
        """The file's format version, once it is known to be a sound BoundaryLab progress file."""
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer version of BoundaryLab (format {version}, this version "
                    f"reads format {SCHEMA_VERSION}). Update BoundaryLab; the file has been left untouched."
                )
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
            foreign = version == 0 and self._has_foreign_tables(conn)
        except sqlite3.DatabaseError as e:
            self._refuse(e)
        if problems != ["ok"]:
            raise self._damaged("SQLite's integrity check failed")
        if foreign:
            raise StoreError(
                f"{self.path} is a SQLite file but not a BoundaryLab progress file; it has been left untouched."
            )
        return version

    def _refuse(self, error: sqlite3.DatabaseError):
        """Raise the sentence for a damaged or read-only file, remembered so that nothing more is
        tried on it; any other error (a busy file) is raised as it was, to try again."""
        name = getattr(error, "sqlite_errorname", "")
        if name.startswith("SQLITE_READONLY"):
            self._broken = self._read_only(self.path)
        elif name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or type(error) is sqlite3.DatabaseError:
            self._broken = self._damaged(error)
        else:
            raise error
        raise self._broken from error

    @staticmethod
    def _upgrades(conn: sqlite3.Connection) -> str:
        """Format 1 files gain the profile's region column; every row they hold is kept."""
        columns = {r[1] for r in conn.execute("PRAGMA table_info(profile)")}
        if columns and "region" not in columns:
            return "ALTER TABLE profile ADD COLUMN region TEXT NOT NULL DEFAULT '';"
        return ""

    @staticmethod
    def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return bool(names - {"attempt", "profile", "event", "sqlite_sequence"})

    class _write:
        """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front, waiting for other writers."""

        def __init__(self, store: "ProgressStore"):
            self.store, self.conn, self.lock = store, store._conn, store._lock

        def __enter__(self) -> None:
            if self.store._broken:
                raise self.store._broken
            self.lock.acquire()
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as e:
                self.lock.release()
                self.store._refuse(e)
            except BaseException:
                self.lock.release()
                raise

        def __exit__(
            self, exc_type: type[BaseException] | None, exc: BaseException | None, _tb: types.TracebackType | None
        ) -> None:
            try:
                self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
            except sqlite3.DatabaseError as e:
                self.store._refuse(e)
            finally:
                self.lock.release()
            if isinstance(exc, sqlite3.DatabaseError):
                self.store._refuse(exc)

    def _insert(self, sql: str, args: Sequence[object]) -> int:
        """Run one INSERT inside `_write` and return the new row's id."""
        row_id = self._conn.execute(sql, args).lastrowid
        if row_id is None:  # sqlite3 sets it after every INSERT, so only a non-INSERT statement gets here
            raise StoreError(f"not an INSERT, so no new row: {sql}")
        return row_id

    def _read(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        if self._broken:
            raise self._broken
        with self._lock:
            try:
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as e:
                self._refuse(e)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()

    # -- attempts ---------------------------------------------------------------------------
    def save_attempt(
        self,
        scenario_id: str,
        module: str,
        part: str,
        answer: dict[str, Any],
        score: float | None,
        seconds: float = 0.0,
        context: str = "practice",
    ) -> int:
        with self._write(self):
            return self._insert(
                "INSERT INTO attempt (saved_at, scenario_id, module, part, answer, score, seconds, context)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now(),
                    scenario_id,
                    module,
                    part,
                    json.dumps(answer, ensure_ascii=False),
                    score,
                    max(0.0, float(seconds)),
                    context,
                ),
            )

    def attempts(self, scenario_id: str | None = None, context: str | None = None) -> list[Attempt]:
        """Every attempt in the order saved, optionally for one scenario or one context."""
        where: list[str] = []
        args: list[str] = []
        if scenario_id is not None:
            where.append("scenario_id = ?")
            args.append(scenario_id)
        if context is not None:
            where.append("context = ?")
            args.append(context)
        sql = "SELECT id, saved_at, scenario_id, module, part, answer, score, seconds, context FROM attempt"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._read(sql + " ORDER BY id", args)
        answers = json.loads("[" + ",".join(r[5] for r in rows) + "]")  # one parse: a long history loads fast
        return [Attempt(r[0], r[1], r[2], r[3], r[4], a, r[6], r[7], r[8]) for r, a in zip(rows, answers, strict=True)]

    # -- profile ----------------------------------------------------------------------------
    def save_profile(self, name: str, profession: str = "", licence: str = "", region: str = "") -> None:
        name, profession, licence = name.strip(), profession.strip(), licence.strip()
        if not name:
            raise ValueError("Please enter your name as it should appear on your certificate.")
        for problem in (
            limits.too_long("Your name", name, limits.NAME),
            limits.too_long("Your profession", profession, limits.PROFESSION),
            limits.too_long("Your license number", licence, limits.LICENCE),
        ):
            if problem:
                raise ValueError(problem + ".")
        if region and region not in REGIONS:
            raise ValueError(f"Please choose your country or region from the list ({region!r} is not one of them).")
        with self._write(self):
            self._insert(
                "INSERT INTO profile (saved_at, name, profession, licence, region) VALUES (?, ?, ?, ?, ?)",
                (now(), name, profession, licence, region),
            )

    def profile(self) -> Profile | None:
        rows = self._read("SELECT name, profession, licence, saved_at, region FROM profile ORDER BY id DESC LIMIT 1")
        return Profile(*rows[0]) if rows else None

    # -- other events (evaluation, post-test results, certificates, module visits) -------------
    def record(self, kind: str, data: dict[str, Any]) -> int:
        with self._write(self):
            return self._insert(
                "INSERT INTO event (saved_at, kind, data) VALUES (?, ?, ?)",
                (now(), kind, json.dumps(data, ensure_ascii=False)),
            )

    def events(self, kind: str | None = None) -> list[Event]:
        sql, args = "SELECT id, saved_at, kind, data FROM event", ()
        if kind is not None:
            sql, args = sql + " WHERE kind = ?", (kind,)
        rows = self._read(sql + " ORDER BY id", args)
        return [Event(r[0], r[1], r[2], json.loads(r[3])) for r in rows]
