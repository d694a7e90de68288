import csv

from known_history import NAME, complete, practice
from pypdf import PdfReader

from boundarylab import ce
from boundarylab.reports.transcript import COLUMNS, transcript_rows, write_csv, write_pdf


def test_rows_hold_modules_sittings_and_the_evaluation_with_dates_scores_and_minutes(bank, store, clock):
    complete(store, bank, clock)
    rows = transcript_rows(ce.status(bank, store))
    alpha = rows[1]
    assert (alpha["title"], alpha["status"], alpha["started"], alpha["completed"]) == (
        "Alpha module",
        "done",
        "2026-03-03",
        "2026-03-03",
    )
    assert (alpha["score_percent"], alpha["minutes_on_task"], alpha["planned_minutes"]) == ("60", "4", "11")
    assert [(r["kind"], r["status"], r["score_percent"]) for r in rows[4:]] == [
        ("post-test", "not passed", "70"),
        ("post-test", "passed", "100"),
        ("evaluation", "submitted", ""),
    ]


def test_the_csv_reads_back_with_one_header(bank, store, clock, tmp_path):
    practice(store, bank, clock)
    path = write_csv(ce.status(bank, store), tmp_path / "t.csv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == COLUMNS and [r["id"] for r in rows] == ["orientation", "alpha", "beta", "assessment"]


def test_the_pdf_page_shows_the_learner_the_modules_the_scores_and_the_hours_calculation(bank, store, clock, tmp_path):
    complete(store, bank, clock)
    number = "BL-2026-000001"  # the provider's certificate number, when the transcript goes with it
    path = write_pdf(ce.status(bank, store), tmp_path / "t.pdf", number)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    for part in (
        NAME,
        "Alpha module",
        "2026-03-03",
        "not passed",
        "Completed on 2026-03-08",
        number,
        "300 words ÷ 200 wpm",
        "rounded down to the quarter hour",
    ):
        assert part in text, part
