"""The course at a glance, on the start page (JupyterLab and the app): each module's status, its
planned minutes, its score of record and a button to open it where the learner stopped. Built from
ce.status, so it says what the progress page and the transcript say."""

from boundarylab.ce.hours import format_minutes
from boundarylab.summary import FIRST_TRY
from boundarylab.widgets.card import esc
from boundarylab.widgets.dashboard import module_state
from boundarylab.widgets.feedback import percent


def module_page(m) -> str:
    """The module's notebook, as a link relative to the start page: in JupyterLab it opens the
    notebook, in the app the module's page (notebook_builder.notebook_name, without loading nbformat)."""
    return f"{m.number:02d}_{m.module}.ipynb"


def _action(m) -> str:
    word = "Review" if m.done else "Resume" if m.answered else "Start"
    return (
        f'<a class="bl-open" href="{esc(module_page(m))}" aria-label="{word} module {m.number}: '
        f'{esc(m.title)}">{word}</a>'
    )


def overview_html(state, store_path) -> str:
    rows = [
        f'<tr><th scope="row">{m.number}. {esc(m.title)}</th><td>{esc(module_state(m))}</td>'
        f"<td>{format_minutes(m.planned_minutes)} min</td><td>{percent(m.score)}</td><td>{_action(m)}</td></tr>"
        for m in state.modules
        if m.number > 0
    ]
    table = (
        '<table class="bl-modules"><caption>Your course</caption><thead><tr><th scope="col">Module</th>'
        '<th scope="col">Status</th><th scope="col">Planned</th>'
        f'<th scope="col">Score ({FIRST_TRY})</th><th scope="col"><span class="bl-sr">Open</span></th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )
    place = (
        f"in your workshop's progress database ({esc(store_path)})"
        if str(store_path).startswith("postgresql")
        else f"on this computer in {esc(store_path)}"
    )  # the hub's cohort database, or the learner's file
    return (
        f'<section class="bl-root bl-overview" aria-label="Your course">{table}'
        '<p><a class="bl-open" href="my_progress.ipynb">Your progress dashboard and certificate</a></p>'
        f'<p class="bl-help">Your answers are saved {place}.</p></section>'
    )
