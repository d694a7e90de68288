"""The progress dashboard: where the learner stands, the five charts (each an image with its alt
text), and the completion-record button. `show()` works in any notebook; `dashboard_widget` for tests."""

import base64
from pathlib import Path

import ipywidgets as widgets

from boundarylab import ce
from boundarylab.ce.hours import contact_hours
from boundarylab.reports.chart_cache import chart_images
from boundarylab.summary import FIRST_TRY
from boundarylab.widgets.card import esc
from boundarylab.widgets.certificate_button import CertificateButton
from boundarylab.widgets.feedback import percent
from boundarylab.widgets.style import style_tag


def chart_html(chart) -> str:
    data = base64.b64encode(chart.png).decode()
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


def dashboard_widget(bank, store, chart_cache: Path | None = None) -> widgets.VBox:
    """The dashboard; its chart images are kept in `chart_cache` (reports.chart_cache), if given."""
    state = ce.status(bank, store)
    charts = chart_images(bank, state, chart_cache)
    parts: list[widgets.Widget] = [widgets.HTML(style_tag() + f"<div class='bl-root'>{summary_html(state)}</div>")]
    parts += [widgets.HTML(chart_html(c)) for c in charts]
    parts.append(CertificateButton(bank, store))
    box = widgets.VBox(parts)
    box.add_class("bl-root")
    return box


def show() -> None:
    from boundarylab.progress import home_dir
    from boundarylab.widgets.entry import show_course_page

    show_course_page(lambda bank, store: dashboard_widget(bank, store, chart_cache=home_dir() / "cache"))
