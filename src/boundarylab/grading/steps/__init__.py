"""BoundaryLab's grading steps, one per file; the ordered lists are in grading/converters.py."""

from boundarylab.grading.steps.add_grader_note import AddGraderNote
from boundarylab.grading.steps.check_metadata_compiled import CheckCellMetadataCompiled
from boundarylab.grading.steps.commit_setup import CommitSetup
from boundarylab.grading.steps.execute_warm import ExecuteWarm
from boundarylab.grading.steps.flag_unscorable import FlagUnscorable
from boundarylab.grading.steps.repair_submission import Repaired, repair_submission

__all__ = ["AddGraderNote", "CheckCellMetadataCompiled", "CommitSetup", "ExecuteWarm", "FlagUnscorable", "Repaired",
           "repair_submission"]
