"""What the assignment notebooks' cells call. Answer cells show the course widget; hidden grading
cells score the saved answer and show the learner's answer beside the right one.

Grading cells must be silent: nbgrader scores 0 for a cell that writes anything to stderr (a
warning is enough), so everything runs with warnings and logging muted and stderr captured, and
any failure becomes a score of 0 with a sentence, never a traceback.
"""

import contextlib
import io
import logging
import os
import warnings
from pathlib import Path

from boundarylab.grading import feedback, responses
from boundarylab.grading.keys import key_bank
from boundarylab.grading.marks import mark_decision, mark_rewrite

_sheet_cache: dict = {}
UNSCORABLE = "could not be graded automatically"  # steps/flag_unscorable.py looks for these words


@contextlib.contextmanager
def silent():
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


class Marked(float):
    """A grading cell's value: nbgrader reads the number (text/plain) as the cell's partial credit,
    and the feedback shows the HTML. One output per cell instead of a display plus a value."""

    def __new__(cls, value: float, html: str):
        obj = super().__new__(cls, value)
        obj.html = html
        return obj

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return float.__repr__(self)


def _items(bank) -> dict:
    return {sid: len(s.choices) for sid, s in bank.scenarios.items()}


def answer_sheet(assignment: str, folder=".") -> responses.AnswerSheet:
    """The sheet in the current folder, parsed once per file version (a kernel grades many cells)."""
    path = Path(folder, responses.FILE_NAME).resolve()
    try:
        st = path.stat()
        key = (str(path), st.st_mtime_ns, st.st_size, assignment)
    except OSError:
        key = (str(path), None, None, assignment)
    if key not in _sheet_cache:
        _sheet_cache.clear()
        _sheet_cache[key] = responses.read(path, assignment, _items(key_bank()))
    return _sheet_cache[key]


def _unscorable(scenario_id: str, error: Exception) -> Marked:
    return Marked(0.0, f"<p>⚠ {scenario_id} {UNSCORABLE} ({type(error).__name__}); it scores 0 until your "
                       "instructor grades it by hand.</p>")


def grade_decision(assignment: str, scenario_id: str) -> Marked:
    """Points for the verdict, principles and best step: the cell's value in [0, points]."""
    with silent():
        try:
            bank = key_bank()
            scenario = bank.scenarios[scenario_id]
            answer = answer_sheet(assignment).answer(scenario_id)
            mark = mark_decision(scenario, answer.response)
            notes = [n for n in answer.notes if not n.startswith("Your rewrite")]
            return Marked(mark.earned, feedback.decision(bank, scenario, answer.response, mark.choice,
                                                         mark.earned, mark.points, notes))
        except Exception as error:  # noqa: BLE001 - any failure is a 0 with a sentence
            return _unscorable(scenario_id, error)


def grade_rewrite(assignment: str, scenario_id: str) -> Marked:
    """The rubric's score for the rewrite, in [0, 1]: a first pass the instructor may override."""
    with silent():
        try:
            scenario = key_bank().scenarios[scenario_id]
            answer = answer_sheet(assignment).answer(scenario_id)
            mark = mark_rewrite(scenario, answer.response)
            return Marked(mark.earned, feedback.rewrite(scenario, mark.text, mark.result, mark.earned,
                                                        answer.notes))
        except Exception as error:  # noqa: BLE001
            return _unscorable(scenario_id, error)


def _grading() -> bool:
    """nbgrader sets NBGRADER_EXECUTION while it autogrades or validates: no widget is drawn then."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def answer_widget(assignment: str, scenario_id: str, folder="."):
    """The scenario in assessment mode (no feedback) with a line saying what is saved; each
    "Save answer" appends the answer to responses.json in `folder`."""
    import ipywidgets as widgets

    from boundarylab.widgets import ScenarioView

    bank = key_bank()
    status = widgets.HTML(_saved_line(assignment, scenario_id, folder))

    def on_answer(sid, response):
        responses.save_answer(Path(folder, responses.FILE_NAME), assignment, sid, response)
        status.value = _saved_line(assignment, sid, folder)

    view = ScenarioView(bank.scenarios[scenario_id], mode="assessment", on_answer=on_answer, sources=bank.sources)
    return widgets.VBox([view, status])


def show(assignment: str, scenario_id: str):
    """What an answer cell runs: the widget for the learner, nothing while nbgrader grades."""
    if _grading():
        return None
    from IPython.display import display

    display(answer_widget(assignment, scenario_id))
    return None


def _saved_line(assignment: str, scenario_id: str, folder=".") -> str:
    with silent():
        answer = answer_sheet(assignment, folder).answer(scenario_id)
    if answer.response is None:
        return "<i>Not answered yet. Your answer is kept when you press Save answer.</i>"
    return (f"<i>Answer saved ({answer.saves} save{'s' if answer.saves > 1 else ''}). You may change it and "
            "save again until you submit: the last saved answer counts.</i>")


def summary(assignment: str, scenario_ids) -> None:
    """For the learner, at the end of the notebook: which items still have no saved answer."""
    if _grading():
        return None
    from IPython.display import HTML, display

    with silent():
        sheet = answer_sheet(assignment)
    missing = [i for i in scenario_ids if sheet.answer(i).response is None]
    if not missing:
        display(HTML(f"<p>All {len(scenario_ids)} items have a saved answer. Save the notebook and submit it.</p>"))
    else:
        numbers = ", ".join(str(list(scenario_ids).index(i) + 1) for i in missing)
        display(HTML(f"<p>{len(scenario_ids) - len(missing)} of {len(scenario_ids)} items answered. "
                     f"Still to answer: item {numbers}.</p>"))
    return None
