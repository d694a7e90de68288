"""The progress store's two backends, one fixture: every test taking `backend` runs on the learner's
SQLite file and on a cohort's PostgreSQL database (a fresh database per test, one role per learner)."""

import itertools
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from boundarylab.progress import PROGRESS_URL_VARIABLE, ProgressStore

_databases = itertools.count(1)


@dataclass
class Backend:
    name: str  # sqlite | postgres
    home: Path
    admin_url: str | None = None

    def env(self, learner: str = "learner-a") -> dict:
        """The environment of a learner's kernel: the hub sets the URL; on one machine there is none."""
        env = {k: v for k, v in os.environ.items() if k != PROGRESS_URL_VARIABLE}
        if self.admin_url:
            from boundarylab.progress_postgres import add_learner

            env[PROGRESS_URL_VARIABLE] = add_learner(self.admin_url, learner)
        return env

    def open(self, learner: str = "learner-a") -> ProgressStore:
        """The store that learner's kernel opens, chosen by `ProgressStore.open` from the environment."""
        url = self.env(learner).get(PROGRESS_URL_VARIABLE)
        with pytest.MonkeyPatch.context() as mp:
            if url:
                mp.setenv(PROGRESS_URL_VARIABLE, url)
            else:
                mp.delenv(PROGRESS_URL_VARIABLE, raising=False)
            return ProgressStore.open(self.home)

    def count_attempts(self) -> int:
        """Every learner's attempts together, as the instructor (the database owner) counts them."""
        if self.admin_url is None:
            with ProgressStore.open(self.home) as store:
                return len(store.attempts())
        from boundarylab.progress_postgres import connect

        conn = connect(self.admin_url)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT count(*) FROM attempt")
                return cur.fetchone()[0]
        finally:
            conn.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request, tmp_path):
    if request.param == "sqlite":
        return Backend("sqlite", tmp_path)
    from boundarylab.progress_postgres import init_cohort_db

    admin_url = request.getfixturevalue("create_database")(f"cohort{next(_databases)}")
    init_cohort_db(admin_url)
    return Backend("postgres", tmp_path, admin_url)
