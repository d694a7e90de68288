"""Put what grading had to repair at the top of the graded notebook, so the instructor sees it in
the formgrader and the learner in their feedback."""

from nbformat.v4 import new_markdown_cell

from boundarylab.grading.steps.base import Step

NOTE_ID = "grader-note"


class AddGraderNote(Step):
    def preprocess(self, nb, resources):
        notes = resources.get("boundarylab", {}).get("notes", ())
        if notes:
            text = "**Note from grading**\n\n" + "\n".join(f"- {n}" for n in notes)
            nb.cells.insert(0, new_markdown_cell(text, id=NOTE_ID))
        return nb, resources
