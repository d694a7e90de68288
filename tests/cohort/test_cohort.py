"""The instructor's live view, its core: real progress files written through ProgressStore in a
folder of learners' homes, read back as the instructor's page reads them."""

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "ce"))

from known_history import BANK_DIR, Clock, choose, complete, judge

from boundarylab import progress
from boundarylab.bank import load_bank
from boundarylab.ce.provider import init_provider, read_attendance
from boundarylab.cohort import OKABE_ITO, POSITION, ProgressFolder, Room, attendance, attendance_csv, issue_certificates
from boundarylab.paths import course_root
from boundarylab.progress import ProgressStore


@pytest.fixture(scope="module")
def bank():
    return load_bank(BANK_DIR)


def home(root: Path, learner: str, hub_layout: bool = False) -> ProgressStore:
    """A learner's store where their home keeps it: at the top, or as BoundaryLab does under JupyterHub."""
    folder = root / learner / (".local/share/boundarylab" if hub_layout else "")
    return ProgressStore.open(folder)


def test_every_learner_folder_with_a_progress_file_is_read_in_either_layout(tmp_path, bank):
    with home(tmp_path, "ada") as a, home(tmp_path, "bo", hub_layout=True) as b:
        a.save_profile("Ada Lovelace")
        judge(b, bank, "alpha-001", "dont", ["confidentiality"], 30)
    (tmp_path / "carl").mkdir()  # a home without a progress file is not a learner of this course
    (tmp_path / "stray.sqlite3").write_text("")
    learners = ProgressFolder(tmp_path).learners()
    assert [(x.id, x.name, len(x.attempts)) for x in learners] == [("ada", "Ada Lovelace", 0), ("bo", "bo", 1)]


def test_a_damaged_file_is_a_sentence_and_the_others_are_still_read(tmp_path, bank):
    with home(tmp_path, "ada") as a:
        a.save_profile("Ada")
    (tmp_path / "bo").mkdir()
    (tmp_path / "bo" / progress.FILE_NAME).write_bytes(b"not a database at all" * 100)
    learners = {x.id: x for x in ProgressFolder(tmp_path).learners()}
    assert learners["ada"].problem == ""
    assert "not a readable BoundaryLab progress file" in learners["bo"].problem
    rows = Room(bank).whereabouts(learners.values())
    assert [r.name for r in rows] == ["Ada", "bo"] and rows[1].problem


def test_not_a_folder_is_refused_in_words(tmp_path):
    with pytest.raises(ValueError, match="is not a folder"):
        ProgressFolder(tmp_path / "nowhere")


def test_who_is_where_follows_the_last_card_shown_or_answered(tmp_path, bank):
    with home(tmp_path, "ada") as a, home(tmp_path, "bo") as b, home(tmp_path, "cy") as c:
        a.save_profile("Ada")
        a.record(POSITION, {"module": "alpha", "index": 1})  # looking at the second card of alpha
        b.save_profile("Bo")
        b.record(POSITION, {"module": "alpha", "index": 0})
        judge(b, bank, "beta-001", "dont", [], 60)  # answered later, in beta
        c.save_profile("Cy")
        c.record(POSITION, {"module": "alpha", "index": 2})  # past the last card
    rows = {r.name: r for r in Room(bank).whereabouts(ProgressFolder(tmp_path).learners())}
    assert (rows["Ada"].module, rows["Ada"].card, rows["Ada"].answered) == ("1. Alpha module", "Scenario alpha-002", 0)
    assert (rows["Bo"].module, rows["Bo"].card, rows["Bo"].answered) == ("2. Beta module", "Scenario beta-001", 1)
    assert rows["Cy"].card == "Module summary"
    assert rows["Bo"].last_activity == ProgressFolder(tmp_path).learners()[1].attempts[-1].saved_at


def test_a_new_answer_shows_on_the_next_read(tmp_path, bank):
    source = ProgressFolder(tmp_path)
    with home(tmp_path, "ada") as a:
        a.save_profile("Ada")
        before = Room(bank).whereabouts(source.learners())[0]
        judge(a, bank, "alpha-002", "ok", ["confidentiality"], 40)
    after = Room(bank).whereabouts(source.learners())[0]
    assert (before.card, before.answered) == ("", 0)
    assert (after.card, after.answered) == ("Scenario alpha-002", 1)


def test_the_split_counts_each_learners_first_try_only(tmp_path, bank):
    with home(tmp_path, "ada") as a, home(tmp_path, "bo") as b, home(tmp_path, "cy") as c, home(tmp_path, "di"):
        judge(a, bank, "alpha-001", "ok", [], 30)
        judge(a, bank, "alpha-001", "dont", [], 30)  # after feedback: not counted
        choose(a, bank, "alpha-001", 0, 10)
        judge(b, bank, "alpha-001", "dont", [], 30)
        choose(b, bank, "alpha-001", 1, 10)
        judge(c, bank, "alpha-001", "dont", [], 30)
        judge(c, bank, "alpha-001", "ok", [], 30, "post-test")  # a post-test answer is not the room's practice
    split = Room(bank).split(ProgressFolder(tmp_path).learners(), "alpha-001")
    assert (split.learners, split.answered) == (4, 3)
    assert [(b.count, round(b.share, 2), b.colour) for b in split.verdicts] == [
        (1, 0.33, "bluish green"),
        (0, 0.0, "orange"),
        (2, 0.67, "vermillion"),
    ]
    assert [(b.label, b.count) for b in split.steps] == [("Post it.", 1), ("Do not post it.", 1)]
    assert all(OKABE_ITO[b.colour] == b.hex for b in split.verdicts + split.steps)


def test_stuck_cards_are_the_lowest_first_tries_first(tmp_path, bank):
    with home(tmp_path, "ada") as a, home(tmp_path, "bo") as b:
        judge(a, bank, "alpha-002", "ok", ["confidentiality"], 30)  # right: 1.0
        judge(b, bank, "alpha-002", "ok", ["confidentiality"], 30)
        judge(a, bank, "beta-001", "ok", [], 30)  # wrong verdict, principle missed
        judge(a, bank, "beta-001", "dont", ["testimonials"], 30)  # right after the feedback: not counted
        judge(b, bank, "beta-001", "dont", [], 30)
    stuck = Room(bank).stuck(ProgressFolder(tmp_path).learners())
    assert [(c.scenario_id, c.learners) for c in stuck] == [("beta-001", 2), ("alpha-002", 2)]
    assert stuck[0].first_try < stuck[1].first_try == 1.0


def test_rewrite_problems_are_counted_across_the_room(tmp_path):
    bank = load_bank(course_root() / "scenarios")
    room = Room(bank)
    scenario = next(
        s for s in bank.scenarios.values() if s.rewrite and s.draft.text and room._rewrite_problems(s.id, s.draft.text)
    )
    assert not room._rewrite_problems(scenario.id, scenario.rewrite.model_answer)
    for learner in ("ada", "bo", "cy"):
        with home(tmp_path, learner) as store:
            store.save_attempt(scenario.id, scenario.module, "rewrite", {"text": scenario.draft.text}, 0.2)
            store.save_attempt(scenario.id, scenario.module, "rewrite", {"text": scenario.rewrite.model_answer}, 1.0)
    problems = room.problems(ProgressFolder(tmp_path).learners())
    assert len(problems) == min(5, len(room._rewrite_problems(scenario.id, scenario.draft.text)))
    assert problems[0].rewrites == 3  # each learner's first rewrite once; later tries not counted
    assert problems[0].label[0].isupper() and "-" not in problems[0].label


def _at(clock_start: datetime, minutes: float):
    moment = clock_start + timedelta(minutes=minutes)
    return lambda: moment.isoformat(timespec="microseconds")


def test_attendance_is_first_and_last_save_per_day_and_certify_reads_its_csv(tmp_path, bank, monkeypatch):
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with home(tmp_path, "ada") as a, home(tmp_path, "bo") as b:
        for store, name, minutes in ((a, "Ada Lovelace", (0, 95, 390)), (b, "Bo, Jr.", (30, 60))):
            for n, m in enumerate(minutes):
                monkeypatch.setattr(progress, "now", _at(start, m))
                store.save_profile(name) if n == 0 else store.record("module-done", {"module": "alpha"})
    rows = attendance(ProgressFolder(tmp_path).learners())
    local = start.astimezone()
    assert [(r.name, r.day, r.minutes) for r in rows] == [
        ("Ada Lovelace", local.date().isoformat(), 390.0),
        ("Bo, Jr.", local.date().isoformat(), 30.0),
    ]
    assert rows[0].signed_in == f"{local:%H:%M}"
    assert rows[0].signed_out == f"{local + timedelta(minutes=390):%H:%M}"
    path = tmp_path / "attendance.csv"
    path.write_text(attendance_csv(rows), encoding="utf-8")
    read = read_attendance(path)  # exactly what `boundarylab certify --attendance` reads
    assert read["ada lovelace"].minutes == 390 and read["bo, jr."].minutes == 30


def test_a_name_typed_as_a_formula_stays_text_in_the_attendance_csv(tmp_path):
    with home(tmp_path, "eve") as store:
        store.save_profile('=HYPERLINK("http://evil.example","Click")')
    text = attendance_csv(attendance(ProgressFolder(tmp_path).learners()))
    assert text.splitlines()[1].startswith("\"'=HYPERLINK(")


def test_the_cohorts_certificates_are_issued_and_refusals_said(tmp_path, bank, monkeypatch):
    cohort = tmp_path / "cohort"
    clock = Clock()
    monkeypatch.setattr(progress, "now", clock)
    with home(cohort, "zoe") as done:
        complete(done, bank, clock)
    with home(cohort, "ann") as started:
        started.save_profile("Ann Example")
        judge(started, bank, "alpha-001", "dont", ["confidentiality"], 60)
    with home(cohort, "nobody"):
        pass
    clock.day(9)
    provider = init_provider(tmp_path / "provider")
    results = {r.name: r for r in issue_certificates(ProgressFolder(cohort), bank, provider, tmp_path / "pdf")}
    assert results["Zoë Nguyễn"].number and results["Zoë Nguyễn"].pdf.is_file()
    assert "verification code" in results["Zoë Nguyễn"].sentence
    assert results["Ann Example"].number is None and "not certified" in results["Ann Example"].sentence
    assert "has not saved a profile" in results["nobody"].sentence
    again = {r.name: r for r in issue_certificates(ProgressFolder(cohort), bank, provider, tmp_path / "pdf")}
    assert again["Zoë Nguyễn"].number == results["Zoë Nguyễn"].number  # pressing the button twice issues nothing new
    assert "issued before" in again["Zoë Nguyễn"].sentence
