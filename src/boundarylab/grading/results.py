"""Each grading cell's result for one learner's answers: the points and what the cell shows.

The one place a graded answer becomes points: `boundarylab grade` (in-process, no kernel) and the
notebooks' hidden grading cells (plain `nbgrader autograde`) both call `cell_results`, and the
points come from `marks`, i.e. the scoring engine learners practise with.
"""

from dataclasses import dataclass

from boundarylab.bank import Bank
from boundarylab.grading import feedback
from boundarylab.grading.blueprint import Assignment, Item
from boundarylab.grading.marks import mark_decision, mark_rewrite, needs_review
from boundarylab.grading.responses import AnswerSheet
from boundarylab.regions import localize_scenario

UNSCORABLE = "could not be graded automatically"


@dataclass(frozen=True)
class CellResult:
    grade_id: str
    points: float  # in [0, max_points]
    max_points: int
    html: str
    review: bool = False  # needs a human look: the formgrader lists it under "needs manual grade"


def _decision(bank: Bank, sid: str, sheet: AnswerSheet) -> CellResult:
    scenario, answer = localize_scenario(bank.scenarios[sid], sheet.region), sheet.answer(sid)
    mark = mark_decision(scenario, answer.response)
    notes = [n for n in answer.notes if not n.startswith("Your rewrite")]
    return CellResult(
        sid,
        mark.earned,
        mark.points,
        feedback.decision(bank, scenario, answer.response, mark.choice, mark.earned, mark.points, notes),
    )


def _rewrite(bank: Bank, sid: str, grade_id: str, sheet: AnswerSheet) -> CellResult:
    scenario, answer = localize_scenario(bank.scenarios[sid], sheet.region), sheet.answer(sid)
    mark = mark_rewrite(scenario, answer.response)
    return CellResult(
        grade_id,
        mark.earned,
        1,
        feedback.rewrite(scenario, mark.text, mark.result, mark.earned, answer.notes),
        needs_review(mark),
    )


def unscorable(grade_id: str, max_points: int, error: Exception) -> CellResult:
    return CellResult(
        grade_id,
        0.0,
        max_points,
        f"<p>⚠ {grade_id} {UNSCORABLE} ({type(error).__name__}); it scores 0 until your instructor "
        "grades it by hand.</p>",
        review=True,
    )


def cell_result(bank: Bank, item: Item, grade_id: str, sheet: AnswerSheet) -> CellResult:
    """One grading cell of `item`; a failure is 0 with a sentence and a flag for review, never a traceback."""
    max_points = item.decision_points if grade_id == item.decision_id else item.rewrite_points
    try:
        if grade_id == item.decision_id:
            return _decision(bank, item.scenario_id, sheet)
        return _rewrite(bank, item.scenario_id, grade_id, sheet)
    except Exception as error:  # noqa: BLE001 - one cell never stops the submission
        return unscorable(grade_id, max_points, error)


def cell_results(bank: Bank, assignment: Assignment, sheet: AnswerSheet) -> dict[str, CellResult]:
    """grade id -> result, for every grading cell of the assignment."""
    return {gid: cell_result(bank, item, gid, sheet) for item in assignment.items for gid in item.grade_ids}
