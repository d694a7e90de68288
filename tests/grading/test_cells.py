"""The grading cells: always a number in [0, points], and an output that shows the learner's answer
beside the right one with the reason and sources, learner text escaped. `boundarylab grade` computes
them in-process (results.py); the notebooks' hidden cells give plain nbgrader the same values."""

import subprocess
import sys
from html import escape, unescape

import pytest

from boundarylab.grading import cells, responses
from boundarylab.grading.blueprint import item_for
from boundarylab.grading.results import cell_result
from boundarylab.names import check_title, verdict_phrase
from boundarylab.scoring import Response

ME = "learner001"


def sheet(bank, tmp_path, item, response, region=""):
    path = tmp_path / responses.FILE_NAME
    responses.save_answer(path, "posttest-a", ME, item, response, region)
    return responses.read(path, "posttest-a", ME, {sid: len(s.choices) for sid, s in bank.scenarios.items()})


def test_importing_the_grading_cells_writes_nothing_to_stderr_even_with_every_warning_on():
    out = subprocess.run(
        [sys.executable, "-W", "always", "-c", "import boundarylab.grading.cells"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stderr == ""


def test_a_decision_cell_shows_both_answers_the_rationale_and_the_sources(bank, tmp_path):
    s = next(s for s in bank.scenarios.values() if s.choices and s.answer.verdict == "dont")
    wrong = next(i for i, c in enumerate(s.choices) if not c.correct)
    result = cell_result(bank, item_for(s), s.id, sheet(bank, tmp_path, s.id, Response("revise", ("crisis",), wrong)))
    assert 0 <= result.points < 2 and not result.review
    for text in (
        "<td>Revise</td>",
        "<td>Crisis</td>",
        verdict_phrase(s.answer.verdict),
        s.answer.rationale.strip()[:40],
        bank.sources[s.answer.sources[0].doc].title[:30],
        "The step you chose",
    ):
        assert text in unescape(result.html), text
    assert s.id not in result.html and "dont" not in result.html  # the learner's words: titles, not ids


def test_a_rewrite_cell_shows_the_text_escaped_each_rubric_item_and_the_model_answer(bank, tmp_path):
    s = next(s for s in bank.scenarios.values() if s.rewrite)
    text = f"<script>alert(1)</script> {s.draft.text}"
    result = cell_result(
        bank, item_for(s), f"{s.id}-rewrite", sheet(bank, tmp_path, s.id, Response(s.answer.verdict, (), None, text))
    )
    assert 0 <= result.points <= 1
    assert "<script>" not in result.html and "&lt;script&gt;" in result.html
    for check in s.rewrite.must_avoid:
        assert escape(check_title(check)) in result.html and check not in result.html
    assert "model answer" in result.html


def test_a_grading_failure_is_a_zero_with_a_sentence_flagged_for_review(bank, tmp_path, monkeypatch):
    from boundarylab.grading import results

    s = next(iter(bank.scenarios.values()))
    monkeypatch.setattr(results, "mark_decision", lambda *a: 1 / 0)
    result = cell_result(bank, item_for(s), s.id, sheet(bank, tmp_path, s.id, Response("ok", ())))
    assert result.points == 0 and result.review and "could not be graded automatically" in result.html


def test_the_hidden_cell_gives_plain_nbgrader_the_same_value_silently(bank, key_dir, tmp_path, monkeypatch, capfd):
    folder = tmp_path / ME / "posttest-a"  # autograded/<student>/<assignment>, where nbgrader's kernel runs
    folder.mkdir(parents=True)
    s = next(s for s in bank.scenarios.values() if s.choices)
    answers = sheet(bank, folder, s.id, Response(s.answer.verdict, tuple(s.answer.principles), 0))
    monkeypatch.chdir(folder)
    monkeypatch.setenv("BOUNDARYLAB_KEY", str(key_dir))
    value = cells.grade_decision("posttest-a", s.id)
    assert float(value) == pytest.approx(cell_result(bank, item_for(s), s.id, answers).points)
    assert repr(value) == repr(float(value)) and capfd.readouterr().err == ""
    monkeypatch.delenv("BOUNDARYLAB_KEY")
    cells._sheet_cache.clear()
    assert cells.grade_decision("posttest-a", s.id) == 0  # no key: nothing to score against


def test_the_learner_summary_cell_does_nothing_while_nbgrader_grades(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert cells.show("posttest-a", "conf-001") is None
    assert cells.summary("posttest-a", ["conf-001"]) is None
    assert not (tmp_path / responses.FILE_NAME).exists()


def test_graded_feedback_names_the_crisis_lines_of_the_learners_region(bank, tmp_path):
    s = next(
        s
        for s in bank.scenarios.values()
        if s.rewrite and "988" in s.answer.rationale and "988" in s.rewrite.model_answer
    )
    answer = Response(s.answer.verdict, tuple(s.answer.principles), None, "Thank you for telling me.")
    for region, present, absent in (("uk", "Samaritans on 116 123", "988"), ("", "988", "Samaritans")):
        folder = tmp_path / (region or "us")
        folder.mkdir()
        graded = sheet(bank, folder, s.id, answer, region)
        item = item_for(s)
        html = unescape(
            cell_result(bank, item, s.id, graded).html + cell_result(bank, item, item.rewrite_id, graded).html
        )
        assert present in html and absent not in html, region
