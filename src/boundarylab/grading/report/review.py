"""The rewrite review queue: every graded rewrite, least certain first, so an instructor reviews
a cohort's rewrites from one page instead of opening each notebook.

"Flagged" comes from the gradebook (a cell whose `needs_manual_grade` is set, which the formgrader
lists for manual grading), or from the analysis when its result says it is unsure (`needs_review`).
Among the rest, a score near half marks is the least certain: the rubric's first pass found some
problems and not others, which is where an instructor most often overrides it.
"""

from dataclasses import dataclass

from boundarylab.grading.gradebook import Submission


@dataclass(frozen=True)
class Rewrite:
    student_id: str
    scenario_id: str
    grade_id: str
    text: str
    score: float  # the gradebook's score for the rewrite cell (an instructor's override included)
    points: int
    flagged: bool
    problems: tuple[str, ...]  # what the rubric's first pass found missing or still wrong
    notebook_id: str = ""  # the submitted notebook, for the formgrader's page

    @property
    def uncertainty(self) -> float:
        """0 (sure) .. 1 (flagged); half marks is the least certain of the unflagged."""
        if self.flagged:
            return 1.0
        share = self.score / self.points if self.points else 0.0
        return 0.5 - abs(share - 0.5)

    @property
    def formgrader_path(self) -> str:
        return f"formgrader/submissions/{self.notebook_id}/" if self.notebook_id else ""


def _problems(mark) -> tuple[str, ...]:
    if mark.result is None:
        return ("no rewrite",)
    result = mark.result
    similar = ("resembles rewrites an expert failed",) if result.exemplar and result.exemplar.fails else ()
    return (*result.job_problems, *(f.check for f in result.remaining), *result.missing, *similar)


def rewrites(assignment, scenarios, last: dict, submissions: dict, mark) -> tuple[Rewrite, ...]:
    """Every learner's graded rewrite, least certain first; ties in the formgrader's order
    (item by item as in the notebook, then learner by id). `submissions` are gradebook.Submission
    by student; `mark` is marks.mark_rewrite or a memo of it."""
    out = []
    for order, (item, s) in enumerate(zip(assignment.items, scenarios, strict=True)):
        if not item.rewrite_points:
            continue
        for sid in sorted(last):
            marked = mark(s, last[sid][s.id])
            sub = submissions.get(sid, Submission())
            unsure = bool(getattr(marked.result, "needs_review", False))
            out.append(
                (
                    order,
                    Rewrite(
                        sid,
                        s.id,
                        item.rewrite_id,
                        marked.text or "",
                        sub.cells.get(item.rewrite_id, marked.earned),
                        item.rewrite_points,
                        item.rewrite_id in sub.needs_manual_grade or unsure,
                        _problems(marked),
                        sub.notebook_id,
                    ),
                )
            )
    out.sort(key=lambda pair: (-pair[1].uncertainty, pair[0], pair[1].student_id))
    return tuple(r for _, r in out)
