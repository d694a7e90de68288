"""What the assignment notebooks' cells call. Answer cells show the course widget; the summary
cell lists what is still unanswered.

The hidden grading cells (`grade_decision`, `grade_rewrite`) exist for plain `nbgrader autograde`
only, which runs the notebook in a kernel and so trusts it: a `skip-execution` tag gives full
marks there. `boundarylab grade` never runs them; it scores the same cells in its own process
(results.py), with the same function, so both give the same score for the same answers.

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

from boundarylab.grading import responses
from boundarylab.grading.blueprint import item_for
from boundarylab.grading.keys import key_dir, load_key
from boundarylab.grading.results import UNSCORABLE, cell_result
from boundarylab.regions import localize_scenario

_sheet_cache: dict = {}


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

    html: str

    def __new__(cls, value: float, html: str):
        obj = super().__new__(cls, value)
        obj.html = html
        return obj

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return float.__repr__(self)


def answer_sheet(assignment: str, student: str, bank, folder=".") -> responses.AnswerSheet:
    """The sheet in `folder`, parsed once per file version (a kernel reads it for many cells)."""
    path = Path(folder, responses.FILE_NAME).resolve()
    try:
        st = path.stat()
        key = (str(path), st.st_mtime_ns, st.st_size, assignment, student)
    except OSError:
        key = (str(path), None, None, assignment, student)
    if key not in _sheet_cache:
        _sheet_cache.clear()
        items = {sid: len(s.choices) for sid, s in bank.scenarios.items()}
        _sheet_cache[key] = responses.read(path, assignment, student, items)
    return _sheet_cache[key]


def _graded(assignment: str, scenario_id: str, rewrite: bool) -> Marked:
    """For plain nbgrader: the kernel runs in autograded/<student>/<assignment>/, and the key comes
    from BOUNDARYLAB_KEY in the grader's environment."""
    with silent():
        grade_id = f"{scenario_id}-rewrite" if rewrite else scenario_id
        try:
            bank = load_key(key_dir())
            item = item_for(bank.scenarios[scenario_id])
            sheet = answer_sheet(assignment, Path.cwd().parent.name, bank)
            result = cell_result(bank, item, grade_id, sheet)
        except Exception as error:  # noqa: BLE001 - any failure is a 0 with a sentence
            return Marked(
                0.0,
                f"<p>⚠ {scenario_id} {UNSCORABLE} ({type(error).__name__}); it scores 0 until your "
                "instructor grades it by hand.</p>",
            )
        return Marked(result.points, result.html)


def grade_decision(assignment: str, scenario_id: str) -> Marked:
    """Points for the verdict, principles and best step: the cell's value in [0, points]."""
    return _graded(assignment, scenario_id, rewrite=False)


def grade_rewrite(assignment: str, scenario_id: str) -> Marked:
    """The rubric's score for the rewrite, in [0, 1]: a first pass the instructor may override."""
    return _graded(assignment, scenario_id, rewrite=True)


def _grading() -> bool:
    """nbgrader sets NBGRADER_EXECUTION while it autogrades or validates: no widget is drawn then."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def _course_bank():
    """The learner's own course bank (its post-test items carry no answers): never the key."""
    from boundarylab.widgets.entry import course_bank

    return course_bank()


def answer_widget(assignment: str, scenario_id: str, folder=".", student: str | None = None):
    """The scenario in assessment mode (no feedback) with a line saying what is saved; each
    "Save answer" appends the answer, sealed for this learner, to responses.json in `folder`."""
    import ipywidgets as widgets

    from boundarylab.widgets import ScenarioView

    bank = _course_bank()
    student = student or responses.learner_id()
    region = _learner_region()
    status = widgets.HTML(_saved_line(assignment, scenario_id, student, bank, folder))

    def on_answer(sid, response):
        responses.save_answer(Path(folder, responses.FILE_NAME), assignment, student, sid, response, region)
        status.value = _saved_line(assignment, sid, student, bank, folder)

    scenario = localize_scenario(bank.scenarios[scenario_id], region)
    view = ScenarioView(scenario, mode="assessment", on_answer=on_answer, sources=bank.sources)
    return widgets.VBox([view, status])


def _learner_region() -> str:
    """The region in the learner's course profile, saved with each answer so that graded feedback
    names their crisis lines; none (the bank's US setting) if the profile cannot be read."""
    from boundarylab.progress import StoreError
    from boundarylab.widgets.entry import progress_store

    try:
        profile = progress_store().profile()
    except (StoreError, OSError):
        return ""
    return profile.region if profile else ""


def show(assignment: str, scenario_id: str):
    """What an answer cell runs: the widget for the learner, nothing while nbgrader grades."""
    if _grading():
        return None
    from IPython.display import display

    display(answer_widget(assignment, scenario_id))
    return None


def _saved_line(assignment: str, scenario_id: str, student: str, bank, folder=".") -> str:
    with silent():
        answer = answer_sheet(assignment, student, bank, folder).answer(scenario_id)
    if answer.response is None:
        return "<i>Not answered yet. Your answer is kept when you press Save answer.</i>"
    return (
        f"<i>Answer saved ({answer.saves} save{'s' if answer.saves > 1 else ''}). You may change it and "
        "save again until you submit: the last saved answer counts.</i>"
    )


def summary(assignment: str, scenario_ids) -> None:
    """For the learner, at the end of the notebook: which items still have no saved answer."""
    if _grading():
        return None
    from IPython.display import HTML, display

    with silent():
        sheet = answer_sheet(assignment, responses.learner_id(), _course_bank())
    missing = [i for i in scenario_ids if sheet.answer(i).response is None]
    if not missing:
        display(HTML(f"<p>All {len(scenario_ids)} items have a saved answer. Save the notebook and submit it.</p>"))
    else:
        numbers = ", ".join(str(list(scenario_ids).index(i) + 1) for i in missing)
        display(
            HTML(
                f"<p>{len(scenario_ids) - len(missing)} of {len(scenario_ids)} items answered. "
                f"Still to answer: item {numbers}.</p>"
            )
        )
    return None
