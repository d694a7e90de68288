"""The report's figures as PNG files: plain data in, a file out."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

DPI = 110


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return path


def score_distribution(percents, passing: float, path: Path) -> Path:
    """Histogram of final scores (%) with the passing line."""
    fig, ax = plt.subplots(figsize=(7, 3.6))
    ax.hist(percents, bins=np.arange(0, 105, 5), color="#4c72b0", edgecolor="white")
    ax.axvline(100 * passing, color="#c44e52", linewidth=2, label=f"passing score {100 * passing:.0f} %")
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
    ax.barh(labels[::-1], values[::-1], color="#55a868")
    for y, v in enumerate(values[::-1]):
        ax.text(v, y, f" {v}", va="center")
    ax.set_xlabel("learners")
    ax.set_title("Completion")
    return _save(fig, path)


def items(stats, path: Path) -> Path:
    """Facility against discrimination, one point per item part; flagged parts in red."""
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for s in stats:
        if s.discrimination is None:
            continue
        ax.scatter(s.facility, s.discrimination, color="#c44e52" if s.flags else "#4c72b0", s=22)
        if s.flags:
            ax.annotate(s.item, (s.facility, s.discrimination), fontsize=6, xytext=(3, 3), textcoords="offset points")
    ax.axhline(20, color="grey", linestyle=":", linewidth=1)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.axvspan(30, 70, color="#eeeeee", zorder=0)
    ax.set_xlim(0, 100)
    ax.set_xlabel("facility (% of marks, first attempts)")
    ax.set_ylabel("discrimination (item–rest r × 100)")
    ax.set_title("Item analysis: red items are flagged")
    return _save(fig, path)


def mastery(students, principles, values, path: Path) -> Path:
    """Learner × principle heatmap of the share of points earned."""
    grid = np.array([[values[s].get(p, np.nan) for p in principles] for s in students], float)
    fig, ax = plt.subplots(figsize=(1.2 + 0.42 * len(principles), 1.4 + 0.22 * len(students)))
    image = ax.imshow(grid, vmin=0, vmax=1, cmap="RdYlGn", aspect="auto")
    ax.set_xticks(range(len(principles)), principles, rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(students)), students, fontsize=6)
    fig.colorbar(image, ax=ax, label="share of points earned", fraction=0.04)
    ax.set_title("Mastery by principle")
    return _save(fig, path)


def rubric_failures(counts, path: Path) -> Path:
    """The rubric items rewrites most often failed."""
    top = counts.most_common(12)
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.3 * max(len(top), 1)))
    ax.barh([c for c, _ in top][::-1], [n for _, n in top][::-1], color="#dd8452")
    ax.set_xlabel("graded rewrites")
    ax.set_title("Most common rubric failures in rewrites")
    return _save(fig, path)
