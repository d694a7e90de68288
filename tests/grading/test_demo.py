"""The demo cohort: reproducible, a spread of ability, and each kind of broken submission."""

import json

from boundarylab.grading import demo, responses
from boundarylab.grading.build import build


def release_of(bank, tmp_path):
    build(bank, tmp_path)
    return json.loads((tmp_path / "source" / "posttest-a" / "posttest-a.ipynb").read_text())


def test_the_same_seed_gives_the_same_cohort_and_another_seed_another(bank, posttest, tmp_path):
    nb = release_of(bank, tmp_path)
    one, two = demo.simulate(bank, posttest, nb, 12, seed=3), demo.simulate(bank, posttest, nb, 12, seed=3)
    assert [learner.files for learner in one] == [learner.files for learner in two]
    assert [learner.files for learner in demo.simulate(bank, posttest, nb, 12, seed=4)] != [
        learner.files for learner in one
    ]


def test_a_cohort_of_thirty_holds_every_fault_once_and_valid_answers_otherwise(bank, posttest, tmp_path):
    learners = demo.simulate(bank, posttest, release_of(bank, tmp_path), 30, seed=0)
    assert sorted(learner.broken for learner in learners if learner.broken) == sorted(demo.BROKEN)
    choices = {i.scenario_id: len(bank.scenarios[i.scenario_id].choices) for i in posttest.items}
    for learner in learners:
        if learner.broken is None:
            sheet = responses.parse(
                json.loads(learner.files[responses.FILE_NAME]), "posttest-a", learner.student_id, choices
            )
            assert sheet.readable and not sheet.problems
    abilities = sorted(learner.ability for learner in learners)
    assert abilities[0] < -0.5 and abilities[-1] > 1.5
