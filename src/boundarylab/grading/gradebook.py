"""Reading nbgrader's gradebook: what each grading cell of each submission scored."""

from nbgrader.api import Gradebook


def cell_scores(db_url: str, course_id: str, assignment: str) -> dict:
    """{student: {grade id: score}} for every submission: manual score if set, else auto, else 0."""
    out = {}
    with Gradebook(db_url, course_id) as gb:
        for sub in gb.assignment_submissions(assignment):
            out[sub.student.id] = {g.name: float(g.score) for nb in sub.notebooks for g in nb.grades}
    return out
