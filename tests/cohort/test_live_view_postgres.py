"""The live view's reading of a cohort kept in PostgreSQL (the hub's BOUNDARYLAB_PROGRESS_URL):
the same figures as from a folder of SQLite files, read with the owner's URL, and the learner id
an export records filed under the learner, where their own store sees it."""

import itertools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "ce"))

from known_history import BANK_DIR, Clock, complete, judge

from boundarylab import progress
from boundarylab.bank import load_bank
from boundarylab.ce.provider import init_provider
from boundarylab.ce.record import LEARNER_ID
from boundarylab.cohort import CohortDatabase, Room, cohort_source, issue_certificates
from boundarylab.progress_postgres import PostgresProgressStore, add_learner, init_cohort_db

pytestmark = pytest.mark.postgres
_databases = itertools.count(1)


@pytest.fixture
def database(request):
    admin_url = request.getfixturevalue("create_database")(f"live{next(_databases)}")
    init_cohort_db(admin_url)
    return admin_url


def test_the_cohort_database_reads_each_learner_through_their_own_rows(database):
    bank = load_bank(BANK_DIR)
    urls = {name: add_learner(database, name) for name in ("ada", "bo")}
    with PostgresProgressStore(urls["ada"]) as a, PostgresProgressStore(urls["bo"]) as b:
        a.save_profile("Ada Okafor")
        judge(a, bank, "alpha-002", "ok", ["confidentiality"], 30)
        b.save_profile("Bo Lindqvist")
        judge(b, bank, "beta-001", "dont", [], 30)
        judge(b, bank, "alpha-002", "dont", [], 30)
    source = cohort_source(database)
    assert isinstance(source, CohortDatabase)
    learners = source.learners()
    assert [(x.id, x.name, [t.scenario_id for t in x.attempts]) for x in learners] == [
        ("ada", "Ada Okafor", ["alpha-002"]),
        ("bo", "Bo Lindqvist", ["beta-001", "alpha-002"]),
    ]
    split = Room(bank).split(learners, "alpha-002")
    assert (split.answered, [v.count for v in split.verdicts]) == (2, [1, 0, 1])


def test_certificates_from_the_database_file_the_learner_id_under_the_learner(database, monkeypatch, tmp_path):
    bank = load_bank(BANK_DIR)
    url = add_learner(database, "zoe")
    clock = Clock()
    monkeypatch.setattr(progress, "now", clock)
    with PostgresProgressStore(url) as store:
        complete(store, bank, clock)
    clock.day(9)
    provider = init_provider(tmp_path / "provider")
    (issued,) = issue_certificates(CohortDatabase(database), bank, provider, provider.folder / "pdf")
    assert issued.number and issued.pdf.is_file(), issued.sentence
    with PostgresProgressStore(url) as store:  # the learner's own view holds the id the export made
        assert len(store.events(LEARNER_ID)) == 1
    (again,) = issue_certificates(CohortDatabase(database), bank, provider, provider.folder / "pdf")
    assert again.number == issued.number
