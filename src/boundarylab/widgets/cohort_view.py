"""The instructor's live view of a cohort (`boundarylab cohort`): a thin widget shell over
boundarylab.cohort, refreshed every few seconds by a background thread that updates the widgets
in place (no page reload).

Only the cohort the command was started on is read. Every name and every text from the bank is
escaped. Colours come from the Okabe–Ito palette and are also said in words beside each bar.
"""

import base64
import os
import threading
import time
from datetime import datetime

import ipywidgets as widgets

from boundarylab.cohort import (
    KEY_ENV,
    PROGRESS_ENV,
    PROVIDER_ENV,
    CardSplit,
    Room,
    attendance,
    attendance_csv,
    cohort_source,
    issue_certificates,
    local_time,
)
from boundarylab.widgets.card import card_html, esc
from boundarylab.widgets.feedback import message_html, percent
from boundarylab.widgets.guard import explain, guarded
from boundarylab.widgets.style import BUTTON, style_tag

REFRESH_S = 2.0
CSS = """<style>
.bl-cohort { font-size: 15px; max-width: 1200px; }
.bl-cohort table { border-collapse: collapse; margin: 4px 0 16px; }
.bl-cohort th, .bl-cohort td { border-bottom: 1px solid #c8c8c8; padding: 4px 10px; text-align: left; vertical-align: top; }
.bl-cohort h2 { font-size: 1.25em; margin: 18px 0 6px; }
.bl-cohort a { color: #0b4f8a; text-decoration: underline; }
.bl-cohort th, .bl-cohort td { overflow-wrap: normal; word-break: normal; hyphens: manual; }
.bl-split-row { display: grid; grid-template-columns: 16em 1fr 12em; gap: 8px; align-items: center; margin: 6px 0; }
.bl-split-track { background: #f2f2f2; border: 1px solid #767676; height: 1.6em; }
.bl-split-fill { height: 100%; }
.bl-projected { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; font-size: 1.35em; }
.bl-projected .bl-split-row { grid-template-columns: 9em 1fr 8em; }
</style>"""


def _when(saved_at: str | None) -> str:
    return f"{local_time(saved_at):%H:%M:%S}" if saved_at else "—"


def table(headers, rows) -> str:
    """An HTML table; every cell is escaped here."""
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def split_html(split: CardSplit) -> str:
    """The room's first-try answers on a card as bars, each with its count and its colour in words."""

    def rows(bars):
        return "".join(
            f'<div class="bl-split-row"><span>{esc(b.label)}</span>'
            f'<span class="bl-split-track" aria-hidden="true"><span class="bl-split-fill" style="display:block;'
            f'width:{b.share * 100:.0f}%;background:{b.hex}"></span></span>'
            f"<span>{b.count} ({percent(b.share)}), {esc(b.colour)}</span></div>"
            for b in bars
        )

    out = (
        f'<section class="bl-split" aria-label="How the room answered"><h2>The room\'s verdict</h2>'
        f"<p>{split.answered} of {split.learners} learners have answered this card (first tries only; "
        f"no names).</p>{rows(split.verdicts)}"
    )
    if split.steps:
        out += f"<h2>The room's best step</h2>{rows(split.steps)}"
    return out + "</section>"


class CohortView(widgets.VBox):
    def __init__(self, source, bank, *, key=None, provider=None, signature=None, title: str = "Cohort"):
        self.source, self.room, self.key, self.provider, self.signature = source, Room(bank), key, provider, signature
        self.learners, self.projected = [], None
        self.status = widgets.HTML()
        self.where = widgets.HTML()
        self.stuck = widgets.HTML()
        self.present = widgets.HTML()
        self.cards = widgets.Dropdown(
            options=[(label, sid) for sid, label in self.room.cards()],
            description="Card",
            style={"description_width": "initial"},
            layout={"width": "40em"},
        )
        self.project = widgets.Button(description="Project this card", button_style="primary", layout=BUTTON)
        self.back = widgets.Button(description="Back to the room", layout=BUTTON)
        self.projection = widgets.HTML()
        self.certify = widgets.Button(
            description="Issue the cohort's certificates", layout=BUTTON, disabled=provider is None or key is None
        )
        self.issued = widgets.HTML(
            ""
            if provider and key
            else message_html("To issue certificates, start the view with --provider DIR and --key DIR.")
        )
        self.project.on_click(guarded(self._say)(lambda _: self.show_card(self.cards.value)))
        self.back.on_click(guarded(self._say)(lambda _: self.show_card(None)))
        self.certify.on_click(guarded(self._say)(lambda _: self.issue()))
        self.room_box = widgets.VBox(
            [
                widgets.HTML("<h2>Who is where</h2>"),
                self.where,
                widgets.HTML("<h2>Project a card</h2>"),
                widgets.HBox([self.cards, self.project]),
                widgets.HTML("<h2>Where the room is stuck</h2>"),
                self.stuck,
                widgets.HTML("<h2>Attendance</h2>"),
                self.present,
                widgets.HTML("<h2>Certificates</h2>"),
                self.certify,
                self.issued,
            ]
        )
        self.projection_box = widgets.VBox([self.back, self.projection], layout={"display": "none"})
        super().__init__(
            [
                widgets.HTML(style_tag() + CSS + f"<h1>{esc(title)}: live view</h1>"),
                self.status,
                self.room_box,
                self.projection_box,
            ]
        )
        self.add_class("bl-root")
        self.add_class("bl-cohort")
        self.stuck.value = message_html("Working out where the room is stuck…")
        self.refresh(stuck=False)  # the page appears at once; the first timed refresh scores the rewrites

    def _say(self, sentence: str) -> None:
        self.status.value = message_html(sentence, "hint")

    # -- reading the cohort -----------------------------------------------------------------
    def refresh(self, stuck: bool = True) -> None:
        """Read every learner's store again and update what is on screen (the stuck section last:
        scoring rewrites not seen before takes the longest)."""
        self.learners = self.source.learners()
        self._set(
            self.status,
            f'<p class="bl-progress">{len(self.learners)} learners · updated '
            f"{datetime.now():%H:%M:%S} · refreshes every {REFRESH_S:g} s</p>",
        )
        if self.projected:
            self._set(self.projection, self._projection_html(self.projected))
            return
        self._set(self.where, self._where_html())
        self._set(self.present, self._attendance_html())
        if stuck:
            self._set(self.stuck, self._stuck_html())

    @staticmethod
    def _set(widget, value: str) -> None:
        if widget.value != value:  # an unchanged section is not sent again
            widget.value = value

    def _where_html(self) -> str:
        rows = [
            (w.name, w.module or "not started", w.card or "—", _when(w.last_activity), w.answered, w.problem)
            for w in self.room.whereabouts(self.learners)
        ]
        if not rows:
            return message_html("No learner has saved anything in this cohort yet.")
        return table(["Name", "Module", "Card", "Last activity", "Cards answered", "Problem"], rows)

    def _stuck_html(self) -> str:
        cards = self.room.stuck(self.learners)
        problems = self.room.problems(self.learners)
        out = (
            "<h3>Lowest first-try scores</h3>"
            + table(
                ["Card", "Module", "Learners", "Mean first try"],
                [(c.title, c.module, c.learners, percent(c.first_try)) for c in cards],
            )
            if cards
            else message_html("No card has been answered yet.")
        )
        out += (
            "<h3>Most frequent rewrite problems</h3>"
            + table(["Problem", "First rewrites with it"], [(p.label, p.rewrites) for p in problems])
            if problems
            else message_html("No rewrite problem found so far.")
        )
        return out

    def _attendance_html(self) -> str:
        rows = attendance(self.learners)
        if not rows:
            return message_html("Nobody has saved anything yet.")
        data = base64.b64encode(attendance_csv(rows).encode("utf-8")).decode("ascii")
        return (
            table(
                ["Name", "Date", "Signed in", "Signed out", "Minutes"],
                [(r.name, r.day, r.signed_in, r.signed_out, f"{r.minutes:g}") for r in rows],
            )
            + "<p>Signed in at the first answer saved that day, out at the last. "
            f'<a download="attendance.csv" href="data:text/csv;base64,{data}">Download the attendance '
            "record (CSV for boundarylab certify --attendance)</a></p>"
        )

    # -- projecting one card ----------------------------------------------------------------
    def _projection_html(self, scenario_id: str) -> str:
        scenario = self.room.bank.scenarios[scenario_id]
        return (
            f'<div class="bl-projected"><div>{card_html(scenario)}</div>'
            f"<div>{split_html(self.room.split(self.learners, scenario_id))}</div></div>"
        )

    def show_card(self, scenario_id: str | None) -> None:
        """Project a card (the room view, with its names, is hidden) or go back to the room."""
        self.projected = scenario_id
        self.room_box.layout.display = "none" if scenario_id else None
        self.projection_box.layout.display = None if scenario_id else "none"
        self.refresh()

    # -- certificates -----------------------------------------------------------------------
    def issue(self) -> None:
        key, provider = self.key, self.provider
        if key is None or provider is None:
            self.issued.value = message_html(
                f"Certificates need the post-test key and the provider: open this view with {KEY_ENV} and "
                f"{PROVIDER_ENV} set.",
                "error",
            )
            return
        self.certify.disabled = True
        self.issued.value = message_html("Issuing the cohort's certificates…")
        try:
            results = issue_certificates(self.source, key, provider, provider.folder / "certificates", self.signature)
        finally:
            self.certify.disabled = False
        done = sum(1 for r in results if r.number)
        items = "".join(f"<li>{esc(r.sentence)}</li>" for r in results)
        self.issued.value = (
            f"<p>{done} of {len(results)} learners certified; PDFs in "
            f"{esc(provider.folder / 'certificates')}.</p><ul>{items}</ul>"
        )


def keep_fresh(view: CohortView, every: float = REFRESH_S) -> threading.Thread:
    """Refresh the view every few seconds from a daemon thread (it ends with the kernel)."""

    def loop():
        while True:
            time.sleep(every)
            try:
                view.refresh()
            except Exception as error:  # noqa: BLE001 - a failed read is said on the page; the next one may work
                view._say(explain(error))

    thread = threading.Thread(target=loop, name="cohort-refresh", daemon=True)
    thread.start()
    return thread


def show_cohort() -> CohortView:
    """The live view for the cohort named by the `boundarylab cohort` command (through the environment)."""
    from IPython.display import display

    from boundarylab.bank import load_bank
    from boundarylab.paths import course_root

    source = cohort_source(os.environ[PROGRESS_ENV])
    key = provider = signature = None
    if os.environ.get(PROVIDER_ENV) and os.environ.get(KEY_ENV):
        from boundarylab.ce.provider import open_provider
        from boundarylab.commands.provider import _post_test_key, _signature_image

        key, provider = _post_test_key(os.environ[KEY_ENV]), open_provider(os.environ[PROVIDER_ENV])
        signature = _signature_image(os.environ[KEY_ENV], key.course)
    view = CohortView(
        source,
        load_bank(course_root() / "scenarios"),
        key=key,
        provider=provider,
        signature=signature,
        title=source.name,
    )
    display(view)
    keep_fresh(view)
    return view
