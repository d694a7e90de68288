"""A grading cell that could not score its answer gets 0: either its code failed and it says so (a
grading cell never raises, see cells.py), or the kernel did not finish it (a timeout is an error
output). This flags such a cell "needs manual grade", so the formgrader lists it for the instructor."""

from boundarylab.grading.cells import UNSCORABLE
from boundarylab.grading.gradebook import PooledGradebook
from boundarylab.grading.steps.base import Step


def _said_unscorable(cell) -> bool:
    return any(o.get("output_type") == "error" or UNSCORABLE in "".join(o.get("data", {}).get("text/html", ""))
               for o in cell.get("outputs", []))


class FlagUnscorable(Step):
    def preprocess(self, nb, resources):
        ids = resources["nbgrader"]
        flagged = [c.metadata.nbgrader["grade_id"] for c in nb.cells
                   if c.metadata.get("nbgrader", {}).get("grade") and _said_unscorable(c)]
        if flagged:
            gb = PooledGradebook(ids["db_url"])
            for grade_id in flagged:
                gb.find_grade(grade_id, ids["notebook"], ids["assignment"], ids["student"]).needs_manual_grade = True
            gb.db.commit()
        resources.setdefault("boundarylab", {})["unscorable"] = tuple(flagged)
        return nb, resources
