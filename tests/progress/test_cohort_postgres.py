"""The cohort's PostgreSQL store: each learner sees and adds only their own rows, nothing can be
changed or deleted, and a database the store cannot use gets a sentence and is left as it was."""

import itertools
import subprocess
import sys

import psycopg2
import pytest

from boundarylab.progress import FILE_NAME, PROGRESS_URL_VARIABLE, StoreError
from boundarylab.progress_postgres import PostgresProgressStore, add_learner, connect, init_cohort_db

pytestmark = pytest.mark.postgres
_databases = itertools.count(1)


@pytest.fixture
def cohort(request):
    """A fresh cohort database with learners a and b, each with a few saved rows."""
    admin_url = request.getfixturevalue("create_database")(f"rls{next(_databases)}")
    init_cohort_db(admin_url)
    urls = {name: add_learner(admin_url, name) for name in ("a", "b")}
    for name, url in urls.items():
        with PostgresProgressStore(url) as store:
            store.save_profile(f"Learner {name.upper()}")
            store.save_attempt("pres-001", "presence", "rewrite", {"text": f"{name}'s private rewrite"}, 0.5)
            store.record("certificate-key", {"key": f"{name}-secret"})
    return admin_url, urls


def _as(url: str, sql: str, args=()):
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall() if cur.description else cur.rowcount
    finally:
        conn.close()


def test_a_learner_sees_only_their_own_rows(cohort):
    admin_url, urls = cohort
    with PostgresProgressStore(urls["a"]) as store:
        assert [a.answer["text"] for a in store.attempts()] == ["a's private rewrite"]
        assert store.profile().name == "Learner A"
        assert [e.data["key"] for e in store.events()] == ["a-secret"]
    for table in ("attempt", "profile", "event"):
        assert _as(urls["a"], f"SELECT count(*) FROM {table} WHERE learner = 'b'") == [(0,)]
        assert _as(admin_url, f"SELECT count(*) FROM {table} WHERE learner = 'b'") == [(1,)]


@pytest.mark.parametrize(
    "attack",
    [
        "UPDATE attempt SET score = 0 WHERE learner = 'b'",
        "UPDATE attempt SET learner = 'a' WHERE learner = 'b'",
        "DELETE FROM attempt WHERE learner = 'b'",
        "DELETE FROM event",
        "UPDATE attempt SET score = 1",  # not even one's own rows: the store is append-only
        "INSERT INTO attempt (learner, saved_at, scenario_id, module, part, answer) "
        "VALUES ('b', 'now', 'pres-001', 'presence', 'rewrite', '{\"text\": \"forged\"}')",
        "TRUNCATE attempt",
        "SET ROLE b",
        "DROP POLICY own_rows ON attempt",
        "ALTER TABLE attempt DISABLE ROW LEVEL SECURITY",
    ],
)
def test_a_learner_cannot_change_another_learners_rows(cohort, attack):
    admin_url, urls = cohort
    before = _as(admin_url, "SELECT id, learner, answer, score FROM attempt ORDER BY id")
    with pytest.raises(psycopg2.Error, match=r"permission denied|row-level security|must be owner"):
        _as(urls["a"], attack)
    assert _as(admin_url, "SELECT id, learner, answer, score FROM attempt ORDER BY id") == before


def test_a_hub_user_named_like_an_existing_role_cannot_take_it_over(cohort):
    admin_url, _ = cohort
    with pytest.raises(ValueError, match="already exists and is not a BoundaryLab learner"):
        add_learner(admin_url, "postgres")
    with pytest.raises(ValueError, match="cannot be a learner's database role"):
        add_learner(admin_url, 'x"; DROP TABLE attempt; --')
    assert _as(admin_url, "SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = 'postgres'") == [(True,)]


def test_the_hubs_url_chooses_the_cohort_database_and_no_file_is_written(cohort, tmp_path, monkeypatch):
    _, urls = cohort
    monkeypatch.setenv(PROGRESS_URL_VARIABLE, urls["b"])
    from boundarylab.progress import ProgressStore

    with ProgressStore.open(tmp_path) as store:
        assert isinstance(store, PostgresProgressStore)
        assert store.profile().name == "Learner B"
    assert not (tmp_path / FILE_NAME).exists()


def test_an_unreachable_database_is_a_sentence_without_the_password(tmp_path):
    url = f"postgresql://a:hunter2secret@/nowhere?host={tmp_path}"
    with pytest.raises(StoreError, match=r"could not be reached.*tell your instructor") as e:
        PostgresProgressStore(url)
    assert "hunter2secret" not in str(e.value)


def test_a_database_not_set_up_is_refused_and_left_as_it_was(create_database):
    admin_url = create_database("not_set_up")
    with pytest.raises(StoreError, match=r"not set up for BoundaryLab.*cohort-db init"):
        PostgresProgressStore(admin_url)
    assert _as(admin_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(cohort):
    admin_url, urls = cohort
    _as(admin_url, "UPDATE boundarylab_schema SET version = 7")
    before = _as(admin_url, "SELECT * FROM attempt ORDER BY id")
    with pytest.raises(StoreError, match="newer version of BoundaryLab"):
        PostgresProgressStore(urls["a"])
    assert _as(admin_url, "SELECT * FROM attempt ORDER BY id") == before


def test_the_set_up_commands_print_each_learners_url(create_database):
    admin_url = create_database("by_command")
    run = [sys.executable, "-m", "boundarylab", "cohort-db"]
    init = subprocess.run([*run, "init", "--admin-url", admin_url], capture_output=True, text=True, check=True)
    assert "row-level security" in init.stdout
    added = subprocess.run(
        [*run, "add-learner", "ana", "ben", "--admin-url", admin_url], capture_output=True, text=True, check=True
    )
    urls = dict(line.split("\t") for line in added.stdout.splitlines())
    assert sorted(urls) == ["ana", "ben"] and urls["ana"].startswith("postgresql://ana:")
    with PostgresProgressStore(urls["ana"]) as store:
        store.save_attempt("pres-001", "presence", "judgement", {"verdict": "avoid"}, 1.0)
    with PostgresProgressStore(urls["ben"]) as store:
        assert store.attempts() == []
    refused = subprocess.run(
        [*run, "add-learner", "postgres", "--admin-url", admin_url], capture_output=True, text=True
    )
    assert refused.returncode == 1 and "already exists" in refused.stderr and "Traceback" not in refused.stderr


def test_an_owner_who_is_not_a_superuser_sets_the_cohort_up(create_database):
    """The guide's set-up: an owner role with CREATEROLE only, owning the cohort database."""
    postgres_url = create_database("owned_cohort")
    _as(
        postgres_url,
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cohort_owner') THEN "
        "CREATE ROLE cohort_owner LOGIN CREATEROLE; END IF; END $$",
    )
    _as(postgres_url, "ALTER DATABASE owned_cohort OWNER TO cohort_owner")
    owner_url = postgres_url.replace("postgresql://postgres@", "postgresql://cohort_owner@")
    init_cohort_db(owner_url)
    ana = add_learner(owner_url, "owned-ana")
    with PostgresProgressStore(ana) as store:
        store.save_attempt("pres-001", "presence", "judgement", {"verdict": "avoid"}, 1.0)
    assert _as(owner_url, "SELECT learner, scenario_id FROM attempt") == [("owned-ana", "pres-001")]


def test_the_start_page_says_where_a_hub_learners_answers_are_kept(cohort):
    from boundarylab import ce
    from boundarylab.bank import load_bank
    from boundarylab.paths import course_root
    from boundarylab.widgets.overview import overview_html

    _, urls = cohort
    with PostgresProgressStore(urls["a"]) as store:
        html = overview_html(ce.status(load_bank(course_root() / "scenarios"), store), store.path)
    assert "saved in your workshop's progress database (postgresql://a:***@/" in html
    assert "on this computer" not in html and urls["a"].split(":")[2].split("@")[0] not in html
