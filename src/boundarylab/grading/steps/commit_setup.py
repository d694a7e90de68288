"""Commit what autograde has written so far (student, submission, restored cells) before the
kernel runs. The grades that follow are one transaction of their own; on SQLite a transaction
holds the database's write lock, and no other worker should wait for a notebook to run."""

from boundarylab.grading.gradebook import commit_now
from boundarylab.grading.steps.base import Step


class CommitSetup(Step):
    def preprocess(self, nb, resources):
        commit_now(resources["nbgrader"]["db_url"])
        return nb, resources
