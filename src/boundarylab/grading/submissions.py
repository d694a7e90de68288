"""Submissions on disk: where demo learners land and where grading finds them
(`submitted/<student>/<assignment>/`, nbgrader's layout after `collect`)."""

import csv
import json
import shutil
import zipfile
from pathlib import Path

from boundarylab.grading.demo import Learner
from boundarylab.reports.spreadsheet import write_csv

ROSTER = "roster.csv"  # nbgrader's `db student import` format


def release_notebook(course: Path, assignment: str, notebook: str) -> dict:
    path = Path(course) / "release" / assignment / f"{notebook}.ipynb"
    if not path.exists():
        raise FileNotFoundError(
            f"{assignment} has not been released yet ({path} is missing): run "
            f"`nbgrader generate_assignment {assignment}` in {course} first."
        )
    return json.loads(path.read_text(encoding="utf-8"))


def write_learner_folder(folder: Path, learner: Learner) -> None:
    """A learner's assignment folder as they would submit it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in learner.files.items():
        (folder / name).write_text(text, encoding="utf-8")


def write_submitted(course: Path, assignment: str, learners: list[Learner]) -> Path:
    root = Path(course) / "submitted"
    for learner in learners:
        folder = root / learner.student_id / assignment
        if folder.exists():
            shutil.rmtree(folder)
        write_learner_folder(folder, learner)
        (folder / "timestamp.txt").write_text(learner.timestamp, encoding="utf-8")
    return root


def write_zip(course: Path, assignment: str, learners: list[Learner]) -> Path:
    """What an LMS download looks like: one archive, each file named <student id>_<file name>, in
    the folder `nbgrader zip_collect` reads (the generated config holds the matching pattern)."""
    folder = Path(course) / "downloaded" / assignment / "archive"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{assignment}-submissions.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for learner in learners:
            for name, text in sorted(learner.files.items()):
                z.writestr(f"{learner.student_id}_{name}", text)
    return path


def write_roster(course: Path, learners: list[Learner]) -> Path:
    """Merged into any roster already there, so several assignments share one."""
    path = Path(course) / ROSTER
    rows = {}
    if path.exists():
        with path.open(newline="", encoding="utf-8") as f:
            rows = {r["id"]: r for r in csv.DictReader(f)}
    for learner in learners:
        rows[learner.student_id] = {
            "id": learner.student_id,
            "first_name": learner.first_name,
            "last_name": learner.last_name,
            "email": learner.email,
        }
    columns = ["id", "first_name", "last_name", "email"]
    return write_csv(path, columns, ([rows[k][c] for c in columns] for k in sorted(rows)))
