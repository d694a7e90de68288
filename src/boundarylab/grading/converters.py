"""The ordered step lists for grading, and the converters that run them.

AUTOGRADE_STEPS is nbgrader's own autograde pipeline (`Autograde.sanitize_preprocessors` then
`Autograde.autograde_preprocessors`) run as one pass in memory, with three changes that keep
scores identical and remove time: a warm kernel for Execute, a compiled schema for the metadata
check, a commit before the kernel runs (grades are then saved in one transaction), a grader's
note cell, and a flag on any grading cell that could not score its answer. Order matters as in nbgrader: OverwriteCells restores locked cells
(and hidden tests) from the gradebook before anything runs; SaveAutoGrades reads the executed
outputs; the metadata check runs last on what is saved.
"""

import os
import time
from pathlib import Path

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.converters import Autograde, GenerateFeedback
from nbgrader.preprocessors import (AssignLatePenalties, ClearHiddenTests, ClearOutput, DeduplicateIds, GetGrades,
                                    IgnorePattern, LimitOutput, OverwriteCells, OverwriteKernelspec,
                                    SaveAutoGrades)
from nbgrader.utils import setenv

from boundarylab.grading.steps import (AddGraderNote, CheckCellMetadataCompiled, CommitSetup, ExecuteWarm,
                                       FlagUnscorable, repair_submission)

AUTOGRADE_STEPS = [
    # nbgrader's sanitize pass
    ClearOutput,
    DeduplicateIds,
    OverwriteKernelspec,
    OverwriteCells,  # restores locked cells and hidden tests from the gradebook
    CheckCellMetadataCompiled,
    AddGraderNote,  # a plain markdown cell: after the sanitize checks, before anything runs
    CommitSetup,  # no transaction stays open while the kernel runs
    # nbgrader's autograde pass
    ExecuteWarm,
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,  # reads each grading cell's last value (clamped in the cell) into the gradebook
    FlagUnscorable,  # after SaveAutoGrades, which clears the flag
    AssignLatePenalties,
    CheckCellMetadataCompiled,
]

# nbgrader's GenerateFeedback steps, plus ClearHiddenTests: feedback shows no grading code at all.
FEEDBACK_STEPS = [GetGrades, CSSHTMLHeaderPreprocessor, ClearHiddenTests]


class FastAutograde(Autograde):
    """nbgrader's Autograde converter running AUTOGRADE_STEPS on a warm kernel."""

    def __init__(self, coursedir, kernel, **kwargs):
        super().__init__(coursedir=coursedir, **kwargs)
        self.kernel = kernel
        self.notes: dict[str, tuple[str, ...]] = {}
        self.seconds: dict[str, float] = {}
        self._steps = None

    def _step_instances(self) -> list:
        if self._steps is None:
            steps = []
            for cls in AUTOGRADE_STEPS:
                step = cls(parent=self)
                if isinstance(step, ExecuteWarm):
                    step.kernel = self.kernel
                steps.append(step)
            self._steps = steps
        return self._steps

    def _release_notebook(self, assignment: str, notebook: str) -> Path:
        folder = self.coursedir.format_path(self.coursedir.release_directory, ".", assignment)
        return Path(folder) / f"{notebook}.ipynb"

    def convert_single_notebook(self, notebook_filename: str) -> None:
        started = time.perf_counter()
        resources = self.init_single_notebook_resources(notebook_filename)
        ids = resources["nbgrader"]
        repaired = repair_submission(Path(notebook_filename), self._release_notebook(ids["assignment"],
                                                                                     ids["notebook"]))
        dest = os.path.abspath(self._format_dest(ids["assignment"], ids["student"]))
        resources["metadata"] = {"name": ids["notebook"], "path": dest}
        resources["boundarylab"] = {"notes": repaired.notes}
        self.exporter._preprocessors = []
        for step in self._step_instances():
            self.exporter.register_preprocessor(step)
        with setenv(NBGRADER_EXECUTION="autograde"):
            output, resources = self.exporter.from_notebook_node(repaired.notebook, resources=resources)
        self.write_single_notebook(output, resources)
        unscorable = resources["boundarylab"].get("unscorable", ())
        self.notes[ids["student"]] = repaired.notes + ((
            f"{len(unscorable)} grading cell(s) could not be graded automatically ({', '.join(unscorable)}); they "
            "score 0 and are flagged for manual grading in the formgrader.",) if unscorable else ())
        self.seconds[ids["student"]] = time.perf_counter() - started


class FastFeedback(GenerateFeedback):
    """nbgrader's GenerateFeedback with FEEDBACK_STEPS, run in this process."""

    def __init__(self, coursedir, **kwargs):
        super().__init__(coursedir=coursedir, **kwargs)
        self.preprocessors = list(FEEDBACK_STEPS)
