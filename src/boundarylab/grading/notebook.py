"""One assignment as an nbgrader source notebook (schema v3 metadata), built the same way every
time: fixed cell ids, no outputs, no timestamps, so regenerating gives byte-identical files.

Layout per item: a locked heading; a locked autograder cell that shows the widget (input hidden) and
whose hidden test grades the decision; and, for a rewrite, a second locked autograder cell. The
released notebook holds no key and no grading code. `boundarylab grade` never runs these cells: it
fills their outputs with results computed from responses.json; the hidden tests let plain
`nbgrader autograde` grade the same cells (the benchmark compares the two), and feedback (which
drops hidden tests) shows the grading cells' output only.
"""

import json

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from boundarylab import vocab
from boundarylab.bank import Bank
from boundarylab.grading import responses
from boundarylab.grading.blueprint import Assignment, Item
from boundarylab.names import verdict_title

SCHEMA_VERSION = 3
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
GRADED_AFTER = "# Your rewrite is graded after you submit; your feedback shows the rubric's findings."


def _nbgrader(grade_id: str, *, grade=False, points=None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": True, "schema_version": SCHEMA_VERSION, "solution": False}
    if points is not None:
        meta["points"] = points
    return meta


def _locked_markdown(grade_id: str, text: str):
    return new_markdown_cell(text, id=grade_id, metadata={"nbgrader": _nbgrader(grade_id)})


def _hidden_code(grade_id: str, source: str, nbgrader: dict):
    return new_code_cell(source, id=grade_id, metadata={"jupyter": {"source_hidden": True}, "nbgrader": nbgrader})


def _grading_cell(assignment: str, grade_id: str, function: str, scenario_id: str, points: int, shown=()):
    """A locked autograder cell: `shown` lines stay in the released notebook, the call that grades is
    a hidden test (restored from the gradebook by autograde, removed again from feedback)."""
    source = "\n".join(
        [
            *shown,
            "### BEGIN HIDDEN TESTS",
            f"from boundarylab.grading.cells import {function}",
            f"{function}({json.dumps(assignment)}, {json.dumps(scenario_id)})",
            "### END HIDDEN TESTS",
        ]
    )
    return _hidden_code(grade_id, source, _nbgrader(grade_id, grade=True, points=points))


def _parts(item: Item) -> str:
    parts = ["verdict and principles"]
    if item.decision_points > 1:
        parts.append("best next step")
    if item.rewrite_points:
        parts.append("rewrite")
    return ", ".join(parts)


def _intro(a: Assignment, bank: Bank) -> str:
    verdicts = "\n".join(f"- **{verdict_title(v)}**: {label}" for v, label in vocab.VERDICTS.items())
    return f"""# {a.title}

{len(a.items)} scenarios, {a.points} points. For each scenario, judge the draft action:

{verdicts}

Name the principles at stake and, where asked, pick the best next step and rewrite the text.
Press **Save answer** under each scenario. You may change an answer and save it again until you
submit: the last saved answer counts. You get no feedback now; it comes with your graded test.

Your answers are kept in the file `{responses.FILE_NAME}` next to this notebook and are submitted
with it. Do not edit, move or delete that file. The passing score is
{round(100 * bank.course.passing_score)} %."""


def build_notebook(a: Assignment, bank: Bank):
    cells = [_locked_markdown("intro", _intro(a, bank))]
    for n, item in enumerate(a.items, start=1):
        s = bank.scenarios[item.scenario_id]
        sid = item.scenario_id
        cells.append(
            _locked_markdown(
                f"{sid}-title",
                f"## {n}. {s.title}\n\n{item.points} point{'s' if item.points > 1 else ''}: {_parts(item)}.",
            )
        )
        # The answer cell is also the decision's grading cell: one kernel round trip fewer per item.
        show = ("from boundarylab.grading.cells import show", f"show({json.dumps(a.name)}, {json.dumps(sid)})")
        cells.append(_grading_cell(a.name, item.decision_id, "grade_decision", sid, item.decision_points, show))
        if item.rewrite_points:
            cells.append(
                _grading_cell(a.name, item.rewrite_id, "grade_rewrite", sid, item.rewrite_points, (GRADED_AFTER,))
            )
    ids = [i.scenario_id for i in a.items]
    cells.append(
        _locked_markdown(
            "finish",
            "## Before you submit\n\nThe cell below lists any item without a "
            "saved answer. Then save the notebook and submit the assignment.",
        )
    )
    cells.append(
        _hidden_code(
            "summary",
            f"from boundarylab.grading.cells import summary\nsummary({json.dumps(a.name)}, {json.dumps(ids)})",
            _nbgrader("summary"),
        )
    )
    nb = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": KERNELSPEC,
            "language_info": {"name": "python"},
            "boundarylab": {
                "assignment": a.name,
                "title": a.title,
                "kind": a.kind,
                "module": a.module,
                "items": ids,
                "bank_version": bank.course.version,
            },
        },
    )
    nbformat.validate(nb)
    return nb


def notebook_text(nb) -> str:
    return nbformat.writes(nb) + "\n"
