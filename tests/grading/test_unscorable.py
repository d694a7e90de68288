"""A grading cell that cannot score its answer gives 0, is flagged "needs manual grade" for the
formgrader, and the summary says which cell; the rest of the submission is graded as usual."""

import shutil
import subprocess
import sys
from pathlib import Path

from nbgrader.api import Gradebook

from boundarylab.grading import responses, results
from boundarylab.grading.config import environ_with
from boundarylab.grading.grade import grade_assignment
from boundarylab.scoring import Response

ROOT = Path(__file__).resolve().parents[2]


def test_a_cell_that_cannot_score_or_asks_for_review_is_flagged_and_named(tmp_path, posttest, key_dir, monkeypatch):
    course = tmp_path / "course"
    shutil.copytree(
        ROOT / "grading",
        course,
        ignore=shutil.ignore_patterns(
            "gradebook.db", "release", "submitted", "autograded", "feedback", "exchange", "logs", "roster.csv"
        ),
    )
    env = environ_with(None)
    env.pop("BOUNDARYLAB_GRADEBOOK", None)
    out = subprocess.run(
        [str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", "posttest-a"],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    folder = course / "submitted" / "learner001" / "posttest-a"
    folder.mkdir(parents=True)
    broken, second = posttest.items[0].scenario_id, posttest.items[1].scenario_id
    unsure = next(i for i in posttest.items if i.rewrite_points and i.scenario_id not in (broken, second))
    for sid in (broken, second):
        responses.save_answer(folder / responses.FILE_NAME, "posttest-a", "learner001", sid, Response("ok", ()))
    responses.save_answer(
        folder / responses.FILE_NAME,
        "posttest-a",
        "learner001",
        unsure.scenario_id,
        Response("revise", (), None, "Thanks for reaching out; please call the office."),
    )
    real = results._decision
    monkeypatch.setattr(
        results, "_decision", lambda bank, sid, sheet: 1 / 0 if sid == broken else real(bank, sid, sheet)
    )
    # The rewrite analysis asks for a human look at this one rewrite (its review flag plugs in at marks.needs_review).
    monkeypatch.setattr(results, "needs_review", lambda mark: bool(mark.text))
    monkeypatch.delenv("BOUNDARYLAB_GRADEBOOK", raising=False)

    run = grade_assignment(course, "posttest-a", key=str(key_dir), feedback=False, progress=False)

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "boundarylab") as gb:
        grades = {g.name: g for nb in gb.find_submission("posttest-a", "learner001").notebooks for g in nb.grades}
        assert grades[broken].auto_score == 0 and grades[broken].needs_manual_grade
        assert not grades[second].needs_manual_grade and grades[second].auto_score is not None
        assert grades[unsure.rewrite_id].needs_manual_grade and grades[unsure.rewrite_id].auto_score is not None
    assert any(f"need your instructor's review ({broken}, {unsure.rewrite_id})" in n for n in run.results[0].notes)
