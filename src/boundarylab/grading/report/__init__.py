"""The cohort report: data from the gradebook and the answers files, pure item analysis, figures."""

from boundarylab.grading.report.write import write_report

__all__ = ["write_report"]
