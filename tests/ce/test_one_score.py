"""One score for a module, said the same way everywhere a learner or an instructor reads it: the
module summary, the start page (JupyterLab and app), the progress page (dashboard and `boundarylab progress`) and the
transcript. The known history answers alpha-001 wrong first and right later, so a place that
scored the latest try would show 75 % where the first try gives 60 %."""

import re

from known_history import practice

from boundarylab import ce
from boundarylab.ce.hours import format_minutes
from boundarylab.commands.ce import _status_text
from boundarylab.reports.transcript import transcript_rows
from boundarylab.summary import module_summary
from boundarylab.widgets.dashboard import summary_html as dashboard_html
from boundarylab.widgets.overview import overview_html
from boundarylab.widgets.summary_page import summary_html


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_module_score_is_the_first_try_and_the_same_in_every_place(store, bank, clock):
    practice(store, bank, clock)
    attempts = store.attempts(context="practice")
    scenarios = bank.in_module("alpha")
    summary = module_summary(scenarios, attempts)
    assert summary.mean == 0.6 and summary.best == 0.75  # first tries (0.2, 1.0); best tries (0.5, 1.0)

    state = ce.status(bank, store)
    alpha = next(m for m in state.modules if m.module == "alpha")
    assert alpha.score == summary.mean
    assert "Your score for this module is 60 % (first try" in text(summary_html(bank.modules["alpha"], summary))
    assert f"{alpha.number}. {alpha.title} done {format_minutes(alpha.planned_minutes)} min 60 % Review" in text(
        overview_html(state, "progress.sqlite3")
    )
    assert f"{alpha.number}. {alpha.title} done 60 %" in text(dashboard_html(state))
    assert re.search(rf"score 60%\s+{re.escape(alpha.title)}", _status_text(state))
    row = next(r for r in transcript_rows(state) if r["id"] == "alpha")
    assert row["score_percent"] == "60"
