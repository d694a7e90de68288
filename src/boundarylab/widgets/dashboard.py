"""The progress dashboard: where the learner stands, the five charts (each an image with its alt
text), and the completion-record button. `show()` works in any notebook; `dashboard_widget` for tests.

The text, the table and the button come first; the charts (matplotlib's import and drawing take
most of the page's time) are drawn a moment later into their places, on a background thread."""

import base64

import ipywidgets as widgets

from boundarylab import ce
from boundarylab.ce.hours import contact_hours
from boundarylab.summary import FIRST_TRY
from boundarylab.widgets import later
from boundarylab.widgets.card import esc
from boundarylab.widgets.certificate_button import CertificateButton
from boundarylab.widgets.feedback import message_html, percent
from boundarylab.widgets.style import style_tag


def chart_html(chart) -> str:
    data = base64.b64encode(chart.png(dpi=96)).decode()
    return (
        f'<figure class="bl-chart" style="margin:8px 0"><img src="data:image/png;base64,{data}" '
        f'alt="{esc(chart.alt)}" style="max-width:100%;height:auto"></figure>'
    )


def module_state(m) -> str:
    """Where the learner is in one module, in words: not started, 5 of 13, done."""
    if m.done:
        return "done"
    return f"{m.answered} of {m.scenarios}" if m.answered else "not started"


def modules_html(state) -> str:
    """Each module's status and its score of record (summary.module_summary: first tries)."""
    rows = "".join(
        f'<tr><th scope="row">{m.number}. {esc(m.title)}</th><td>{esc(module_state(m))}</td>'
        f"<td>{percent(m.score)}</td></tr>"
        for m in state.modules
    )
    return (
        f'<table class="bl-modules"><caption>Your modules (score: {FIRST_TRY} of each scenario)</caption>'
        '<thead><tr><th scope="col">Module</th><th scope="col">Status</th><th scope="col">Score</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
    )


def summary_html(state) -> str:
    hours = f"{contact_hours(state.hours.credited_hours)} ({esc(state.hours.category)})"
    if state.complete:
        head = f"<p class='bl-result'>✓ Course complete on {state.completion_date}: {hours} earned.</p>"
        todo = ""
    else:
        done = sum(m.done for m in state.modules)
        head = (
            f"<p class='bl-result'>{done} of {len(state.modules)} modules done. The course carries {hours}, "
            "awarded when everything below is done.</p>"
        )
        todo = "<p class='bl-sub'>Still to do</p><ul>" + "".join(f"<li>{esc(m)}</li>" for m in state.missing) + "</ul>"
    return f"<h2>Your progress</h2>{head}{todo}{modules_html(state)}"


CHART_COUNT = 5  # reports.charts.dashboard_charts
DRAWING = '<p class="bl-sub bl-chart-wait" role="status">Drawing your charts…</p>'


def draw_charts(bank, state, places: list[widgets.HTML]) -> None:
    from boundarylab.reports.charts import dashboard_charts

    for place, chart in zip(places, dashboard_charts(bank, state), strict=True):
        place.value = chart_html(chart)


def dashboard_widget(bank, store, *, charts_later: bool = False) -> widgets.VBox:
    """The dashboard; with `charts_later`, its charts are drawn after it is returned."""
    state = ce.status(bank, store)
    places = [widgets.HTML(DRAWING if i == 0 else "") for i in range(CHART_COUNT)]
    if charts_later:

        def show_error(sentence: str) -> None:
            places[0].value = message_html(sentence, "error")

        later.soon(lambda: draw_charts(bank, state, places), show_error)
    else:
        draw_charts(bank, state, places)
    summary = widgets.HTML(style_tag() + f"<div class='bl-root'>{summary_html(state)}</div>")
    box = widgets.VBox([summary, *places, CertificateButton(bank, store)])
    box.add_class("bl-root")
    return box


def show() -> None:
    from IPython.display import display

    from boundarylab.widgets.entry import _safely, course_bank, progress_store

    def build():
        store = progress_store()  # first: a progress file problem is the one the learner can act on
        return dashboard_widget(course_bank(), store, charts_later=True)

    display(_safely(build))
