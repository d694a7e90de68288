"""A cohort's progress in one PostgreSQL database: the second backend of `boundarylab.progress`.

On a JupyterHub every learner's kernel connects with the learner's own login role (the hub puts
it in BOUNDARYLAB_PROGRESS_URL). The tables carry a `learner` column filled by the server with
`current_user`, and row-level security lets a learner's role see and add only rows whose
`learner` is that role; the role may SELECT and INSERT, never UPDATE or DELETE, so the store
stays append-only at the database as well as in this code. The store runs exactly the SQL of
the SQLite store, each save in its own committed transaction (autocommit), so a kernel killed a
moment later loses nothing already saved.

The instructor (the database owner) sets the database up once with `init_cohort_db` and gives
each learner a role with `add_learner`; both are `boundarylab cohort-db` commands.
"""

import re
import secrets
import threading
from urllib.parse import quote, urlsplit, urlunsplit

from boundarylab.progress import ProgressStore, StoreError

POSTGRES_SCHEMA_VERSION = 1
LEARNER_GROUP = "boundarylab_learner"
TABLES = ("attempt", "profile", "event")
ROLE_NAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,62}$")
CONNECT_TIMEOUT_S = 10

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS boundarylab_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS attempt (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    learner TEXT NOT NULL DEFAULT current_user,
    saved_at TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    module TEXT NOT NULL,
    part TEXT NOT NULL,
    answer TEXT NOT NULL,
    score DOUBLE PRECISION,
    seconds DOUBLE PRECISION NOT NULL DEFAULT 0,
    context TEXT NOT NULL DEFAULT 'practice'
);
CREATE INDEX IF NOT EXISTS attempt_learner_scenario ON attempt (learner, scenario_id);
CREATE TABLE IF NOT EXISTS profile (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    learner TEXT NOT NULL DEFAULT current_user,
    saved_at TEXT NOT NULL,
    name TEXT NOT NULL,
    profession TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT ''
);
ALTER TABLE profile ADD COLUMN IF NOT EXISTS region TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    learner TEXT NOT NULL DEFAULT current_user,
    saved_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_learner_kind ON event (learner, kind);
REVOKE ALL ON boundarylab_schema FROM PUBLIC;
GRANT SELECT ON boundarylab_schema TO {LEARNER_GROUP};
""" + "".join(
    f"""
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_rows ON {t};
CREATE POLICY own_rows ON {t} TO {LEARNER_GROUP}
    USING (learner = current_user) WITH CHECK (learner = current_user);
REVOKE ALL ON {t} FROM PUBLIC;
GRANT SELECT, INSERT ON {t} TO {LEARNER_GROUP};
"""
    for t in TABLES
)


def _driver():
    import psycopg2

    return psycopg2


def redacted(url: str) -> str:
    """The URL without its password, for sentences a learner or a log may show."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str):
    """A psycopg2 connection in autocommit mode, or a StoreError saying why there is none."""
    psycopg2 = _driver()
    try:
        conn = psycopg2.connect(url, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg2.Error as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise StoreError(
            f"The cohort's progress database ({redacted(url)}) could not be reached ({reason}). Your "
            "answers cannot be saved until it is back: please tell your instructor."
        ) from None
    conn.autocommit = True
    return conn


class _Connection:
    """psycopg2 with sqlite3's `execute(sql, args)` shape, so the store's SQL (`?` placeholders) runs unchanged."""

    def __init__(self, conn):
        self.raw = conn

    def execute(self, sql: str, args=()):
        cur = self.raw.cursor()
        cur.execute(sql.replace("?", "%s"), tuple(args))
        return cur

    def close(self) -> None:
        self.raw.close()


class PostgresProgressStore(ProgressStore):
    """One learner's view of the cohort database: the same interface as the SQLite store."""

    def __init__(self, url: str):
        self.path = redacted(url)  # shown in sentences, like the SQLite store's file path
        self._url = url
        self._lock = threading.RLock()
        self._broken: StoreError | None = None  # the SQLite store's refusal-once-broken, never set here
        self._conn = self._open()

    def _open(self) -> _Connection:
        conn = _Connection(connect(self._url))
        psycopg2 = _driver()
        try:
            version = conn.execute("SELECT max(version) FROM boundarylab_schema").fetchone()[0]
        except psycopg2.Error as e:
            conn.close()
            raise StoreError(
                f"The cohort's progress database ({self.path}) is not set up for BoundaryLab "
                f"({str(e).strip().splitlines()[0]}). Please tell your instructor: `boundarylab cohort-db init` "
                "sets it up; nothing in it has been changed."
            ) from None
        if version is not None and version > POSTGRES_SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"The cohort's progress database ({self.path}) was set up by a newer version of BoundaryLab "
                f"(format {version}, this version reads format {POSTGRES_SCHEMA_VERSION}). Update BoundaryLab; "
                "nothing in it has been changed."
            )
        return conn

    class _write:
        """Each INSERT commits on its own (autocommit); the lock keeps one statement at a time per store."""

        def __init__(self, store):
            self.lock = store._lock

        def __enter__(self):
            self.lock.acquire()

        def __exit__(self, *_):
            self.lock.release()

    def _insert(self, sql: str, args) -> int:
        return self._conn.execute(sql + " RETURNING id", args).fetchone()[0]


# -- the instructor's set-up (`boundarylab cohort-db`) ----------------------------------------
def init_cohort_db(admin_url: str) -> None:
    """Create the tables, the learners' group role and the row-level policies; safe to run again."""
    from psycopg2 import sql

    conn = connect(admin_url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (LEARNER_GROUP,))
            if cur.fetchone() is None:
                cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(LEARNER_GROUP)))
            cur.execute("BEGIN")
            cur.execute(SCHEMA)
            cur.execute("DELETE FROM boundarylab_schema")
            cur.execute("INSERT INTO boundarylab_schema (version) VALUES (%s)", (POSTGRES_SCHEMA_VERSION,))
            cur.execute("COMMIT")
    finally:
        conn.close()


def add_learner(admin_url: str, name: str, password: str | None = None) -> str:
    """Give `name` a login role in the learners' group (a fresh password each time) and return
    the BOUNDARYLAB_PROGRESS_URL that learner's server needs. Refuses any existing role that is
    not already a learner, so a hub user called `postgres` cannot take over the owner's role."""
    from psycopg2 import sql

    if not ROLE_NAME.match(name) or name == LEARNER_GROUP or name.startswith("pg_"):
        raise ValueError(
            f"{name!r} cannot be a learner's database role: use lower-case letters, digits and . _ @ -, "
            "at most 63 characters, not starting with pg_."
        )
    password = password or secrets.token_urlsafe(24)
    role = sql.Identifier(name)
    conn = connect(admin_url)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT r.rolsuper OR NOT pg_has_role(r.oid, %s, 'MEMBER') FROM pg_roles r WHERE rolname = %s",
                (LEARNER_GROUP, name),
            )
            existing = cur.fetchone()
            if existing is None:
                cur.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD %s IN ROLE {}").format(role, sql.Identifier(LEARNER_GROUP)),
                    (password,),
                )
            elif existing[0]:
                raise ValueError(
                    f"A database role called {name!r} already exists and is not a BoundaryLab learner; "
                    "it has been left as it was. Give this learner another user name."
                )
            else:
                cur.execute(sql.SQL("ALTER ROLE {} PASSWORD %s").format(role), (password,))
    finally:
        conn.close()
    return learner_url(admin_url, name, password)


def learner_url(admin_url: str, name: str, password: str) -> str:
    """The admin URL with the learner's role and password in place of the owner's."""
    parts = urlsplit(admin_url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{quote(name, safe='')}:{quote(password, safe='')}@{host}"))


# -- the instructor's reading of the cohort (`boundarylab cohort --progress postgresql://…`) --------
def cohort_learners(admin_url: str) -> list[str]:
    """Every learner role with a row in the cohort database, in name order (read as the owner,
    whom row-level security does not narrow)."""
    conn = connect(admin_url)
    try:
        with conn.cursor() as cur:
            cur.execute(" UNION ".join(f"SELECT learner FROM {t}" for t in TABLES) + " ORDER BY 1")
            return [r[0] for r in cur.fetchall()]
    finally:
        conn.close()


class OwnerStore(PostgresProgressStore):
    """One learner's rows through the database owner's connection, for the instructor's live view
    and the cohort's certificates. Temporary views named like the tables (searched before them)
    narrow every read to that learner and file any new row (the learner id an export records)
    under them, so the store's own SQL runs unchanged."""

    def __init__(self, admin_url: str, learner: str):
        self.learner = learner
        super().__init__(admin_url)

    def _open(self) -> _Connection:
        from psycopg2 import sql

        conn = super()._open()
        with conn.raw.cursor() as cur:
            cur.execute("SELECT current_schema()")
            schema = sql.Identifier(cur.fetchone()[0])
            for t in TABLES:
                view = sql.Identifier(t)
                cur.execute(
                    sql.SQL("CREATE TEMP VIEW {} AS SELECT * FROM {}.{} WHERE learner = %s WITH CHECK OPTION").format(
                        view, schema, view
                    ),
                    (self.learner,),
                )
                cur.execute(sql.SQL("ALTER VIEW {} ALTER COLUMN learner SET DEFAULT %s").format(view), (self.learner,))
        return conn
