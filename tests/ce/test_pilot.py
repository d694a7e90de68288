"""`boundarylab hours --pilot`: real learners' progress files in, median time on task per module
beside the planned minutes out; time on a card counts once however many parts were answered."""

from datetime import UTC, datetime, timedelta

import pytest
from known_history import BANK_DIR, choose, judge

from boundarylab import progress
from boundarylab.ce import hours_calculation
from boundarylab.ce.pilot import pilot_report, pilot_rows, read_pilot_records
from boundarylab.ce.standing import status, time_on_task
from boundarylab.cli import main
from boundarylab.progress import ProgressStore


class Saves:
    """progress.now, moved by hand: each save happens `seconds` after the last."""

    def __init__(self):
        self.at = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
        self.step = 0

    def __call__(self) -> str:
        self.at += timedelta(seconds=self.step)
        return self.at.isoformat(timespec="microseconds")


@pytest.fixture
def saves(monkeypatch):
    s = Saves()
    monkeypatch.setattr(progress, "now", s)
    return s


def learner(folder, bank, saves, first: int, second: int, finish: bool = True):
    """alpha-001 judged after `first` s and its best step 60 s later on the same card; alpha-002
    judged after `second` s. Time on task: first + 60 + second."""
    with ProgressStore.open(folder) as store:
        saves.step = first
        judge(store, bank, "alpha-001", "dont", ["confidentiality"], first)
        saves.step = 60
        choose(store, bank, "alpha-001", 1, first + 60)
        if finish:
            saves.step = second
            judge(store, bank, "alpha-002", "ok", ["confidentiality"], second)


def test_the_parts_answered_on_one_showing_of_a_card_count_once(bank, saves, tmp_path):
    learner(tmp_path, bank, saves, 60, 120)
    with ProgressStore.open(tmp_path) as store:
        assert time_on_task(store.attempts()) == 60 + 60 + 120
        assert next(m for m in status(bank, store).modules if m.module == "alpha").seconds == 240


def test_a_card_shown_again_later_counts_again(bank, saves, tmp_path):
    learner(tmp_path, bank, saves, 60, 120)
    with ProgressStore.open(tmp_path) as store:
        saves.step = 600
        judge(store, bank, "alpha-001", "dont", ["confidentiality"], 45)
        assert time_on_task(store.attempts()) == 240 + 45


@pytest.fixture
def pilot(bank, saves, tmp_path):
    folder = tmp_path / "pilot"
    for name, first, second in (("ana", 60, 120), ("ben", 120, 180), ("cy", 240, 300)):
        learner(folder / name, bank, saves, first, second)  # 4, 6 and 10 minutes on alpha
    learner(folder / "dee", bank, saves, 900, 0, finish=False)  # alpha not finished: not counted
    (folder / "broken").mkdir()
    (folder / "broken" / "progress.sqlite3").write_bytes(b"not a database at all, just some text" * 40)
    return folder


def test_pilot_reports_the_median_over_learners_who_completed_each_module(bank, pilot):
    records, problems = read_pilot_records(bank, pilot)
    assert len(records) == 4
    assert len(problems) == 1 and "broken" in problems[0] and "left untouched" in problems[0]
    rows = {r.module: r for r in pilot_rows(hours_calculation(bank), records)}
    assert (rows["alpha"].learners, rows["alpha"].median_minutes, rows["alpha"].planned_practice) == (3, 6.0, 9)
    assert rows["beta"].median_minutes is None
    report = "\n".join(pilot_report(list(rows.values()), len(records)))
    assert "measured below plan by 33%" in report and "not timed" in report


def test_hours_pilot_prints_the_comparison_beside_the_calculation(pilot, capsys):
    assert main(["hours", "--bank", str(BANK_DIR), "--pilot", str(pilot)]) == 0
    out, err = capsys.readouterr()
    assert "Total 300 lesson words" in out and "Pilot: 4 learner records" in out
    alpha = next(line for line in out.splitlines() if line.startswith("alpha "))
    assert alpha.split()[:5] == ["alpha", "3", "6.0", "9", "10.5"]
    assert "is not a readable BoundaryLab progress file" in err


def test_hours_pilot_on_a_folder_without_records_says_so(tmp_path, capsys):
    assert main(["hours", "--bank", str(BANK_DIR), "--pilot", str(tmp_path)]) == 1
    assert "No learners' progress records (progress.sqlite3) were found in" in capsys.readouterr().err


def test_the_untimed_policy_builder_is_left_out_of_the_practice_a_pilot_is_compared_with():
    from boundarylab.bank import load_bank
    from boundarylab.paths import course_root
    from boundarylab.policy import load_questions

    calc = hours_calculation(load_bank(course_root() / "scenarios"))
    policy = next(m for m in calc.modules if m.module == "policy")
    row = next(r for r in pilot_rows(calc, []) if r.module == "policy")
    sections = len(load_questions().questions)
    assert policy.items["policy-section"] == sections
    assert row.planned_practice == policy.exercise_minutes - sections * calc.rates["policy-section"]
