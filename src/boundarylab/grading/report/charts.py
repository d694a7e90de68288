"""The report's figures as PNG files: plain data in, a file out."""

from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

DPI = 110
# Okabe–Ito colours, distinguishable with every common colour-vision deficiency
BLUE, VERMILLION, GREEN, ORANGE = "#0072B2", "#D55E00", "#009E73", "#E69F00"
MAX_NAMED_ROWS = 60  # past this many learners the heat map drops its name labels (names in mastery.csv)


def _short(text: str, width: int = 28) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return path


def score_distribution(percents, passing: float, path: Path) -> Path:
    """Histogram of final scores (%) with the passing line."""
    fig, ax = plt.subplots(figsize=(7, 3.6))
    ax.hist(percents, bins=list(range(0, 105, 5)), color=BLUE, edgecolor="white")
    ax.axvline(
        100 * passing, color=VERMILLION, linewidth=2, linestyle="--", label=f"passing score {100 * passing:.0f} %"
    )
    ax.set_xlabel("score (%)")
    ax.set_ylabel("learners")
    ax.set_xlim(0, 100)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="upper left")
    ax.set_title(f"Score distribution (n = {len(percents)})")
    return _save(fig, path)


def completion(counts: dict, path: Path) -> Path:
    """Bars from enrolled down to passed."""
    fig, ax = plt.subplots(figsize=(7, 2.8))
    labels, values = list(counts), list(counts.values())
    ax.barh(labels[::-1], values[::-1], color=GREEN)
    for y, v in enumerate(values[::-1]):
        ax.text(v, y, f" {v}", va="center")
    ax.set_xlabel("learners")
    ax.set_title("Completion")
    return _save(fig, path)


def items(stats, path: Path, label: Callable[[str], str] = str) -> Path:
    """Facility against discrimination, one point per item part; flagged parts as orange triangles."""
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for s in stats:
        if s.discrimination is None:
            continue
        ax.scatter(
            s.facility, s.discrimination, color=VERMILLION if s.flags else BLUE, s=26, marker="^" if s.flags else "o"
        )
        if s.flags:
            ax.annotate(
                _short(label(s.item)),
                (s.facility, s.discrimination),
                fontsize=6,
                xytext=(3, 3),
                textcoords="offset points",
            )
    ax.axhline(20, color="grey", linestyle=":", linewidth=1)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.axvspan(30, 70, color="#eeeeee", zorder=0)
    ax.set_xlim(0, 100)
    ax.set_xlabel("facility (% of marks, first attempts)")
    ax.set_ylabel("discrimination (item–rest r × 100)")
    ax.set_title("Item analysis: flagged parts are triangles")
    return _save(fig, path)


def mastery(students, principles, values, path: Path, names=None) -> Path:
    """Learner × principle heat map of the share of points earned, weakest learners at the top, in
    cividis (perceptually uniform and colour-blind safe, unlike red/green)."""
    names = names or {}
    grid = np.array([[values[s].get(p, np.nan) for p in principles] for s in students], float)
    order = np.argsort(np.nanmean(grid, 1) if len(students) and principles else [], kind="stable")
    grid = grid[order] if len(order) else grid
    named = len(students) <= MAX_NAMED_ROWS
    fig, ax = plt.subplots(figsize=(2.2 + 0.42 * len(principles), min(1.6 + 0.22 * len(students), 12)))
    image = ax.imshow(grid, vmin=0, vmax=1, cmap="cividis", aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(principles)), principles, rotation=60, ha="right", fontsize=7)
    if named:
        ax.set_yticks(range(len(students)), [names.get(students[i], students[i]) for i in order], fontsize=6)
    else:
        ax.set_yticks([])
        ax.set_ylabel(f"{len(students)} learners, weakest at the top (names in mastery.csv)")
    fig.colorbar(image, ax=ax, label="share of points earned", fraction=0.04)
    ax.set_title("Mastery by principle")
    return _save(fig, path)


def rubric_failures(counts, path: Path) -> Path:
    """The rubric items rewrites most often failed."""
    top = counts.most_common(12)
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.3 * max(len(top), 1)))
    ax.barh([c for c, _ in top][::-1], [n for _, n in top][::-1], color=ORANGE)
    ax.set_xlabel("graded rewrites")
    ax.set_title("Most common rubric failures in rewrites")
    return _save(fig, path)
