"""Grade one submission without running it: its answers file scored in this process, the
released notebook written back with each grading cell's result as its output, and the grades
saved through nbgrader's own gradebook API.

Why not nbgrader's autograde: it runs the submitted notebook in a kernel and trusts what the
notebook says. A `skip-execution` tag on a grading cell (set in JupyterLab's property inspector)
leaves the cell without output, which nbgrader scores as full marks; files shipped in the
submission land beside the kernel. Here nothing of the submission is read except
`responses.json` (parsed with size and shape limits, responses.py), and a grading cell scores
only the result computed for it, so a cell without one scores 0 and asks for review.

The autograded notebook and the gradebook rows are the ones nbgrader itself would write, so the
formgrader, manual overrides, `nbgrader generate_feedback` and `nbgrader export` work unchanged.
nbgrader's own exchange files of the submission (`timestamp.txt`, `submission_secret.txt`, written
by `nbgrader submit`) are carried over byte for byte, size-limited, because `release_feedback`
needs them to hand the feedback back; the timestamp is recorded in the gradebook as nbgrader does.
"""

import copy
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbformat.v4 import new_markdown_cell
from nbgrader.api import Gradebook, GradeCell, MissingEntry

from boundarylab.bank import Bank
from boundarylab.grading import responses
from boundarylab.grading.blueprint import Assignment
from boundarylab.grading.results import CellResult, cell_results

NOTE_ID = "grader-note"
EXCHANGE_FILES = ("timestamp.txt", "submission_secret.txt")  # nbgrader's, for release_feedback
EXCHANGE_FILE_BYTES = 200


@dataclass(frozen=True)
class Submission:
    """One learner's graded submission: what the summary and the notebook need."""

    student: str
    sheet: responses.AnswerSheet
    results: dict  # grade id -> CellResult
    notes: tuple[str, ...]


def _grade_id(cell) -> str | None:
    ng = cell.get("metadata", {}).get("nbgrader", {})
    return ng.get("grade_id") if ng.get("grade") else None


def score_submission(bank: Bank, assignment: Assignment, answers: Path, student: str) -> Submission:
    choices = {i.scenario_id: len(bank.scenarios[i.scenario_id].choices) for i in assignment.items}
    sheet = responses.read(answers, assignment.name, student, choices)
    results = cell_results(bank, assignment, sheet)
    review = [r.grade_id for r in results.values() if r.review]
    notes = sheet.problems + (
        (
            f"{len(review)} grading cell(s) need your instructor's review ({', '.join(review)}); "
            "they are flagged for manual grading in the formgrader.",
        )
        if review
        else ()
    )
    return Submission(student, sheet, results, notes)


def graded_notebook(release, sub: Submission):
    """The released notebook with each grading cell's result as its output (the score as the value
    nbgrader reads, the explanation as HTML), and a note at the top when grading found a problem."""
    nb = copy.deepcopy(release)
    count = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        result: CellResult | None = sub.results.get(_grade_id(cell))
        cell.outputs = []
        cell.execution_count = None
        if result is not None:
            count += 1
            cell.execution_count = count
            # a plain node (nbformat's new_output validates each output on its own, which cost more than the
            # rest of this step); the whole notebook is validated once, when it is written
            cell.outputs = [
                NotebookNode(
                    output_type="execute_result",
                    execution_count=count,
                    metadata={},
                    data={"text/plain": repr(float(result.points)), "text/html": result.html},
                )
            ]
    if sub.notes:
        text = "**Note from grading**\n\n" + "\n".join(f"- {n}" for n in sub.notes)
        nb.cells.insert(0, new_markdown_cell(text, id=NOTE_ID))
    return nb


def write_notebook(nb, folder: Path, notebook: str) -> Path:
    """The autograded folder holds only what grading wrote: any earlier content is removed."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    path = folder / f"{notebook}.ipynb"
    nbformat.write(nb, str(path))
    return path


def carry_exchange_files(submitted: Path, autograded: Path):
    """Copy nbgrader's exchange files (small plain text or nothing) and return the submission time."""
    from nbgrader.utils import parse_utc

    timestamp = None
    for name in EXCHANGE_FILES:
        try:
            raw = responses.read_limited(submitted / name, EXCHANGE_FILE_BYTES)
        except OSError:
            continue
        if raw is None or len(raw) > EXCHANGE_FILE_BYTES or not raw.isascii():
            continue
        (autograded / name).write_bytes(raw)
        if name == "timestamp.txt":
            try:
                timestamp = parse_utc(raw.decode().strip())
            except (ValueError, OverflowError):
                timestamp = None
    return timestamp


def save_grades(gb: Gradebook, assignment: str, notebook: str, sub: Submission, timestamp=None) -> None:
    """Scores into nbgrader's gradebook, as nbgrader's SaveAutoGrades would: a cell overridden by
    hand keeps its manual score and is flagged again for review. A gradebook cell with no result
    (there should be none) scores 0 and is flagged, never given marks."""
    try:
        submission = gb.find_submission(assignment, sub.student)
    except MissingEntry:
        _known_student(gb, sub.student)
        submission = gb.add_submission(assignment, sub.student)
    if timestamp is not None:
        submission.timestamp = timestamp
    # The cells' names and maximum scores in one query: a grade's own name and max_score cost a query each.
    released = gb.find_notebook(notebook, assignment).id
    cells = {
        cell_id: (name, float(max_score))
        for cell_id, name, max_score in gb.db.query(GradeCell.id, GradeCell.name, GradeCell.max_score).filter(
            GradeCell.notebook_id == released
        )
    }
    for grade in gb.find_submission_notebook(notebook, assignment, sub.student).grades:
        name, max_score = cells.get(grade.cell_id, (None, 0.0))
        result = sub.results.get(name)
        grade.auto_score = min(max_score, result.points) if result else 0.0
        grade.needs_manual_grade = result is None or result.review or grade.manual_score is not None
    gb.db.commit()


def _known_student(gb: Gradebook, student: str) -> None:
    """The student is in the gradebook (the roster usually put them there; a commit less per submission)."""
    try:
        gb.find_student(student)
    except MissingEntry:
        gb.add_student(student)


def zero_unscored(gb: Gradebook, assignment: str, student: str) -> None:
    """A submission whose grading failed: every cell without a score gets 0, flagged for review."""
    gb.db.rollback()
    _known_student(gb, student)
    try:
        sub = gb.find_submission(assignment, student)
    except MissingEntry:
        sub = gb.add_submission(assignment, student)
    for nb in sub.notebooks:
        for grade in nb.grades:
            if grade.auto_score is None and grade.manual_score is None:
                grade.auto_score = 0.0
                grade.needs_manual_grade = True
    gb.db.commit()
