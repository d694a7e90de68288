"""Attack: a learner submits another learner's responses.json, copied or as a link. Saves are sealed
for the learner who made them, so the copy scores 0 and the summary says why."""

import os
import shutil

from grading_attacks import A, cell_scores, grade, submit

from boundarylab.grading import responses
from boundarylab.scoring import Response


def strong_answers(key_bank, posttest):
    out = []
    for item in posttest.items:
        s = key_bank.scenarios[item.scenario_id]
        best = next((i for i, c in enumerate(s.choices) if c.correct), None)
        out.append(
            (
                s.id,
                Response(
                    s.answer.verdict, tuple(s.answer.principles), best, s.rewrite.model_answer if s.rewrite else None
                ),
            )
        )
    return out


def test_a_copied_answers_file_of_another_learner_scores_zero_with_a_sentence(course, key, key_bank, posttest):
    theirs = submit(course, "learner001", strong_answers(key_bank, posttest))
    mine = submit(course, "learner002")
    shutil.copy(theirs / responses.FILE_NAME, mine / responses.FILE_NAME)
    out = grade(course, key)
    assert sum(cell_scores(course, "learner001").values()) > 0.9 * posttest.points
    assert sum(cell_scores(course, "learner002").values()) == 0
    assert "saved by another learner" in (course / "logs" / f"grade-{A}-summary.csv").read_text()
    assert "learner002" in out.stdout


def test_a_linked_answers_file_of_another_learner_scores_zero(course, key, key_bank, posttest):
    theirs = submit(course, "learner001", strong_answers(key_bank, posttest))
    mine = submit(course, "learner002")
    os.symlink(theirs / responses.FILE_NAME, mine / responses.FILE_NAME)
    grade(course, key)
    assert sum(cell_scores(course, "learner002").values()) == 0
