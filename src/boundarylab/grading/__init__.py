"""Cohort assessment with nbgrader: assignments built from the bank, graded by the scoring engine.

The course root is `grading/`. Learners answer with the course widgets; their answers travel as
`responses.json` beside the notebook; hidden grading cells call `boundarylab.grading.cells`, so the
key stays in the installed package and a learner's score matches what practice would give.
"""
