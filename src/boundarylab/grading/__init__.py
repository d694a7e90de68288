"""Cohort assessment with nbgrader: assignments built from the bank, graded by the scoring engine.

The course root is `grading/`. Learners answer with the course widgets; their answers travel as
`responses.json` beside the notebook, each save sealed for the learner. `boundarylab grade` scores
that file in-process against the instructor's key (an explicit folder, keys.py) and never runs
or reads the submitted notebook; nbgrader keeps the course management, gradebook, formgrader and
feedback.
"""
