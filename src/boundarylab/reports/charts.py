"""Dashboard charts drawn from the numbers in chart_data: titled, labelled axes with units, the
Okabe-Ito colour-blind-safe palette, words on the bars as well as colour, sized for a notebook
column, and alt text returned with every figure. matplotlib is imported on first draw, and
figures are made without pyplot so nothing global (backends, open figures) is touched."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from boundarylab.bank.loader import Bank
from boundarylab.ce.hours import format_hours, format_minutes
from boundarylab.ce.standing import Status
from boundarylab.reports import chart_data as data

# matplotlib's stubs leave the **kwargs of its drawing methods untyped, so pyright strict reports each
# such call as partially unknown: those calls carry an ignore for exactly that rule.
if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
BLUE, ORANGE, GREEN, SKY, VERMILION, PURPLE, GREY = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#56B4E9",
    "#D55E00",
    "#CC79A7",
    "#999999",
)
STATE_COLOURS = {"done": GREEN, "in progress": ORANGE, "not started": GREY}
WIDTH_IN = 7.5  # fits a notebook column at 100 dpi without scaling the text down
FONT_PT = 11


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    alt: str
    figure: "Figure"

    def png(self, dpi: int = 110) -> bytes:
        from io import BytesIO

        buf = BytesIO()
        # constrained layout already fits every label; a "tight" box would lay the figure out twice
        self.figure.savefig(buf, format="png", dpi=dpi)  # pyright: ignore[reportUnknownMemberType]
        return buf.getvalue()

    def save_png(self, folder: str | Path, dpi: int = 110) -> Path:
        path = Path(folder) / f"{self.name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.png(dpi))
        return path


def short(label: str, width: int = 34) -> str:
    """A tick label that leaves the plot most of the width; the alt text keeps the full label."""
    if len(label) <= width:
        return label
    return label[:width].rsplit(" ", 1)[0].rstrip(",:;") + "…"


def _figure(rows: float = 3) -> tuple["Figure", "Axes"]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, max(2.4, 0.9 + 0.38 * rows)), layout="constrained")
    ax = fig.add_subplot()
    ax.tick_params(labelsize=FONT_PT - 1)  # pyright: ignore[reportUnknownMemberType]
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _finish(ax: "Axes", title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=FONT_PT + 2, loc="left")  # pyright: ignore[reportUnknownMemberType]
    ax.set_xlabel(xlabel, fontsize=FONT_PT)  # pyright: ignore[reportUnknownMemberType]
    ax.set_ylabel(ylabel, fontsize=FONT_PT)  # pyright: ignore[reportUnknownMemberType]


def hours_chart(numbers: data.HoursNumbers) -> Chart:
    labels = ["Course content", "Content you have completed", "Credit earned"]
    values = [numbers.content_total, numbers.content_done, numbers.earned]
    fig, ax = _figure(3)
    bars = ax.barh(labels[::-1], values[::-1], color=[GREEN if numbers.complete else GREY, SKY, BLUE])  # pyright: ignore[reportUnknownMemberType]
    ax.bar_label(bars, labels=[f"{format_hours(v)} h" for v in values[::-1]], padding=3, fontsize=FONT_PT - 1)  # pyright: ignore[reportUnknownMemberType]
    ax.axvline(  # pyright: ignore[reportUnknownMemberType]
        numbers.course_credit,
        color=VERMILION,
        linestyle="--",
        linewidth=1.5,
        label=f"Credit on completion: {format_hours(numbers.course_credit)} h (rounded down)",
    )
    ax.set_xlim(0, max(values + [0.25]) * 1.3)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.3), fontsize=FONT_PT - 2, frameon=False)  # pyright: ignore[reportUnknownMemberType]
    title = "Contact hours"
    _finish(ax, title, "Hours (60 minutes each)", "")
    earned = (
        f"credit earned: {format_hours(numbers.earned)} h"
        if numbers.complete
        else "credit earned so far: 0 h, because credit is awarded on completion"
    )
    alt = (
        f"Bar chart of contact hours. The course holds {format_hours(numbers.content_total)} h of content, "
        f"credited as {format_hours(numbers.course_credit)} h on completion; the modules you have done hold "
        f"{format_hours(numbers.content_done)} h; {earned}."
    )
    return Chart("hours", title, alt, fig)


def modules_chart(bars: list[data.ModuleBar]) -> Chart:
    fig, ax = _figure(len(bars))
    labels = [short(b.label) for b in bars][::-1]
    drawn = ax.barh(labels, [b.percent for b in bars][::-1], color=[STATE_COLOURS[b.state] for b in bars][::-1])  # pyright: ignore[reportUnknownMemberType]
    ax.bar_label(drawn, labels=[f"{b.percent:.0f} % ({b.state})" for b in bars][::-1], padding=3, fontsize=FONT_PT - 2)  # pyright: ignore[reportUnknownMemberType]
    ax.set_xlim(0, 150)
    ax.set_xticks([0, 25, 50, 75, 100])  # pyright: ignore[reportUnknownMemberType]
    title = "Module completion"
    _finish(ax, title, "Work done (% of the module)", "")
    done = sum(b.state == "done" for b in bars)
    alt = (
        f"Bar chart of module completion: {done} of {len(bars)} modules done. "
        + "; ".join(f"{b.label}: {b.percent:.0f} %, {b.state}" for b in bars)
        + "."
    )
    return Chart("modules", title, alt, fig)


def post_test_chart(points: list[data.SittingPoint], passing: float) -> Chart:
    fig, ax = _figure(4)
    ax.axhline(passing, color=VERMILION, linestyle="--", linewidth=1.5, label=f"Passing score ({passing:.0f} %)")  # pyright: ignore[reportUnknownMemberType]
    if points:
        xs = [p.number for p in points]
        ax.plot(xs, [p.percent for p in points], color=BLUE, marker="o", linewidth=2, label="Your score")  # pyright: ignore[reportUnknownMemberType]
        for p in points:
            ax.annotate(  # pyright: ignore[reportUnknownMemberType]
                f"{p.percent:.0f} % (form {p.form}{', passed' if p.passed else ''})",
                (p.number, p.percent),
                textcoords="offset points",
                xytext=(0, 8),
                ha="center",
                fontsize=FONT_PT - 2,
            )
        ax.set_xticks(xs, [f"{p.number}\n{p.date}" for p in points])  # pyright: ignore[reportUnknownMemberType]
        ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
    else:
        ax.text(0.5, 0.5, "No post-test taken yet", transform=ax.transAxes, ha="center", fontsize=FONT_PT)  # pyright: ignore[reportUnknownMemberType]
        ax.set_xticks([])  # pyright: ignore[reportUnknownMemberType]
    ax.set_ylim(0, 110)
    ax.legend(loc="lower right", fontsize=FONT_PT - 2, frameon=False)  # pyright: ignore[reportUnknownMemberType]
    title = "Post-test scores"
    _finish(ax, title, "Sitting (number and date)", "Score (%)")
    history = "; ".join(f"sitting {p.number} on form {p.form}: {p.percent:.0f} %" for p in points) or "none yet"
    alt = f"Line chart of post-test scores against the passing line at {passing:.0f} %. Sittings: {history}."
    return Chart("post_test", title, alt, fig)


def mastery_chart(rows: list[data.PrincipleMastery]) -> Chart:
    fig, ax = _figure(max(len(rows), 2))
    names = [r.principle.replace("-", " ").capitalize() for r in rows][::-1]
    drawn = ax.barh(names, [r.percent for r in rows][::-1], color=BLUE)  # pyright: ignore[reportUnknownMemberType]
    ax.bar_label(drawn, labels=[f"{r.percent:.0f} % of {r.tries}" for r in rows][::-1], padding=3, fontsize=FONT_PT - 2)  # pyright: ignore[reportUnknownMemberType]
    ax.set_xlim(0, 130)
    ax.set_xticks([0, 25, 50, 75, 100])  # pyright: ignore[reportUnknownMemberType]
    title = "Mastery by principle (weakest at the top)"
    _finish(ax, title, "First tries judged right (%)", "")
    if not rows:
        ax.text(0.5, 0.5, "No scenarios answered yet", transform=ax.transAxes, ha="center", fontsize=FONT_PT)  # pyright: ignore[reportUnknownMemberType]
    weak = [r for r in rows if r.percent < 100][:3]
    where = (
        "; ".join(
            f"{r.principle}: {r.percent:.0f} % right, {r.wrong_verdict} wrong verdicts, "
            f"{r.missed_principle} times the principle was missed"
            for r in weak
        )
        or "nowhere yet"
    )
    alt = (
        f"Bar chart of the share of first tries judged right for each of {len(rows)} principles. "
        f"Where you go wrong most: {where}."
    )
    return Chart("mastery", title, alt, fig)


def time_chart(rows: list[data.ModuleTime]) -> Chart:
    import numpy as np

    fig, ax = _figure(len(rows) * 1.6)
    y = np.arange(len(rows))[::-1]
    ax.barh(y + 0.2, [r.minutes for r in rows], height=0.4, color=ORANGE, label="Your time on task")  # pyright: ignore[reportUnknownMemberType]
    ax.barh(y - 0.2, [r.planned for r in rows], height=0.4, color=SKY, hatch="//", label="Planned (hours calculation)")  # pyright: ignore[reportUnknownMemberType]
    ax.set_yticks(y, [short(r.label) for r in rows])  # pyright: ignore[reportUnknownMemberType]
    ax.legend(  # pyright: ignore[reportUnknownMemberType]
        loc="upper left", bbox_to_anchor=(0, -0.12 - 0.6 / len(rows)), ncol=2, fontsize=FONT_PT - 2, frameon=False
    )
    title = "Time on task"
    _finish(ax, title, "Minutes", "")
    alt = (
        "Paired bar chart of minutes per module, your time on task beside the planned time: "
        + "; ".join(f"{r.label}: {r.minutes:.0f} of {format_minutes(r.planned)} min" for r in rows)
        + "."
    )
    return Chart("time", title, alt, fig)


def dashboard_plan(bank: Bank, status: Status) -> list[tuple[Callable[..., Chart], tuple[object, ...]]]:
    """Each dashboard chart as its drawing function and the plain numbers it shows (what
    reports.chart_cache keys a drawn image on)."""
    return [
        (hours_chart, (data.hours_numbers(status),)),
        (modules_chart, (data.module_numbers(status),)),
        (post_test_chart, data.post_test_numbers(status)),
        (mastery_chart, (data.mastery_numbers(bank, status),)),
        (time_chart, (data.time_numbers(status),)),
    ]


def dashboard_charts(bank: Bank, status: Status) -> list[Chart]:
    return [draw(*numbers) for draw, numbers in dashboard_plan(bank, status)]
