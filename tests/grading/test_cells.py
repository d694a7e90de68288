"""The grading cells: silent, always a number in [0, points], and an output that shows the
learner's answer beside the right one with the reason and sources, learner text escaped."""

import subprocess
import sys
from html import escape, unescape

import pytest

from boundarylab.grading import cells, responses
from boundarylab.names import check_title, verdict_phrase
from boundarylab.scoring import Response


@pytest.fixture
def in_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def save(folder, item, response, assignment="posttest-a"):
    responses.save_answer(folder / responses.FILE_NAME, assignment, item, response)


def test_importing_the_grading_cells_writes_nothing_to_stderr_even_with_every_warning_on():
    out = subprocess.run([sys.executable, "-W", "always", "-c",
                          "import boundarylab.grading.cells as c; c.key_bank()"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stderr == ""


def test_a_decision_cell_shows_both_answers_the_rationale_and_the_sources(bank, in_folder):
    s = next(s for s in bank.scenarios.values() if s.choices and s.answer.verdict == "dont")
    save(in_folder, s.id, Response("revise", ("crisis",), next(i for i, c in enumerate(s.choices) if not c.correct)))
    value = cells.grade_decision("posttest-a", s.id)
    html = value._repr_html_()
    assert 0 <= value < 2 and repr(value) == repr(float(value))
    for text in ("<td>Revise</td>", "<td>Crisis</td>", verdict_phrase(s.answer.verdict), s.answer.rationale.strip()[:40],
                 bank.sources[s.answer.sources[0].doc].title[:30], "The step you chose"):
        assert text in unescape(html), text
    assert s.id not in html and "dont" not in html  # the learner's words: titles, not ids


def test_a_rewrite_cell_shows_the_text_escaped_each_rubric_item_and_the_model_answer(bank, in_folder):
    s = next(s for s in bank.scenarios.values() if s.rewrite)
    text = f"<script>alert(1)</script> {s.draft.text}"
    save(in_folder, s.id, Response(s.answer.verdict, (), None, text))
    value = cells.grade_rewrite("posttest-a", s.id)
    html = value._repr_html_()
    assert 0 <= value <= 1
    assert "<script>" not in html and "&lt;script&gt;" in html
    for check in s.rewrite.must_avoid:
        assert escape(check_title(check)) in html and check not in html
    assert "model answer" in html


def test_an_unreadable_answers_file_gives_zero_and_says_why(bank, in_folder):
    (in_folder / responses.FILE_NAME).write_text("{", encoding="utf-8")
    sid = next(iter(bank.scenarios))
    value = cells.grade_decision("posttest-a", sid)
    assert value == 0 and "not valid JSON" in value._repr_html_()


def test_a_grading_failure_is_a_zero_with_a_sentence_not_a_traceback(in_folder):
    value = cells.grade_decision("posttest-a", "nope-999")
    assert value == 0 and "could not be graded automatically" in value._repr_html_()


def test_grading_cells_stay_silent_when_the_code_they_call_warns(bank, in_folder, capfd, monkeypatch):
    import warnings

    s = next(iter(bank.scenarios.values()))
    monkeypatch.setattr(cells, "mark_decision", lambda *a: (warnings.warn("noisy", DeprecationWarning),
                                                            sys.stderr.write("oops\n"), 1 / 0))
    assert cells.grade_decision("posttest-a", s.id) == 0
    assert capfd.readouterr().err == ""


def test_the_learner_summary_cell_does_nothing_while_nbgrader_grades(monkeypatch, in_folder):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert cells.show("posttest-a", "conf-001") is None
    assert cells.summary("posttest-a", ["conf-001"]) is None
    assert not (in_folder / responses.FILE_NAME).exists()
