import time

import ipywidgets as widgets
import pytest

from boundarylab.scoring import Response
from boundarylab.widgets import ScenarioView

from .conftest import walk


def answer_judgement(view, verdict="revise", principles=("confidentiality",)):
    view.judge.verdict.value = verdict
    for p in principles:
        view.judge.boxes[p].value = True


def texts(view) -> str:
    """What the learner can read: every HTML widget, without the stylesheet."""
    return "\n".join(w.value.split("</style>")[-1] for w in walk(view) if isinstance(w, widgets.HTML))


def test_nothing_is_preselected(every_kind):
    view = ScenarioView(every_kind[1][0])
    assert view.judge.verdict.value is None and view.best_step.choice.value is None
    assert view.response() == Response(verdict=None, principles=(), choice=None, rewrite="")


def test_every_control_has_a_visible_name(every_kind):
    for s in every_kind[1]:
        for w in walk(ScenarioView(s)):
            if isinstance(w, (widgets.Button, widgets.Checkbox, widgets.RadioButtons, widgets.Textarea)):
                assert w.description.strip(), w


def test_rewrite_box_syncs_on_blur_so_a_quick_click_keeps_every_character(every_kind):
    assert ScenarioView(every_kind[1][0]).rewrite.text.continuous_update is False


def test_checking_a_judgement_shows_feedback_and_saves_the_attempt_with_time_on_task(every_kind, store):
    s = every_kind[1][0]
    view = ScenarioView(s, store=store)
    answer_judgement(view)
    view.judge.check.click()
    assert "Right" in view.judge.feedback.value
    [attempt] = store.attempts()
    assert (attempt.scenario_id, attempt.part, attempt.score) == (s.id, "judgement", 1.0)
    assert attempt.answer == {"verdict": "revise", "principles": ["confidentiality"]}
    assert attempt.seconds > 0 and attempt.context == "practice"


def test_check_without_a_verdict_asks_for_one_and_saves_nothing(every_kind, store):
    view = ScenarioView(every_kind[1][0], store=store)
    view.judge.check.click()
    assert "Choose a verdict first" in view.judge.feedback.value
    assert store.attempts() == []


def test_best_step_feedback_is_saved(every_kind, store):
    view = ScenarioView(every_kind[1][0], store=store)
    view.best_step.choice.value = 1
    view.best_step.check.click()
    assert "Right: that is the best next step" in view.best_step.feedback.value
    assert [(a.part, a.answer, a.score) for a in store.attempts()] == [("choice", {"choice": 1}, 1.0)]


def test_every_rewrite_try_is_saved_and_the_model_answer_appears_only_after_a_pass_or_a_second_try(
    every_kind, store, fake_analysis
):
    s = every_kind[1][0]
    view = ScenarioView(s, store=store)
    assert s.rewrite.model_answer not in texts(view)
    view.rewrite.text.value = "My client <b>did it</b>"
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    assert "<mark>client</mark>" in html and "&lt;b&gt;did it&lt;/b&gt;" in html
    assert s.rewrite.model_answer not in html and "Try 1 saved" in html
    view.rewrite.text.value = "Progress is possible for many people."
    view.rewrite.check.click()
    html = view.rewrite.feedback.value
    assert "passes the checks" in html and "Try 2 saved" in html and s.rewrite.model_answer in html
    assert [(a.answer["text"], a.score) for a in store.attempts()] == [
        ("My client <b>did it</b>", 0.5),
        ("Progress is possible for many people.", 1.0),
    ]


def test_an_empty_rewrite_is_not_checked(every_kind, store, fake_analysis):
    view = ScenarioView(every_kind[1][0], store=store)
    view.rewrite.text.value = "   "
    view.rewrite.check.click()
    assert "Write your rewrite in the box first" in view.rewrite.feedback.value
    assert store.attempts() == []


def test_start_from_the_draft_copies_the_draft_into_the_box(every_kind):
    s = every_kind[1][0]
    view = ScenarioView(s)
    view.rewrite.copy.click()
    assert view.rewrite.text.value == s.draft.text


def test_practice_mode_reports_each_answer(every_kind):
    seen = []
    view = ScenarioView(every_kind[1][0], on_answer=lambda sid, r: seen.append((sid, r)))
    answer_judgement(view)
    view.judge.check.click()
    assert seen == [("kind-001", Response(verdict="revise", principles=("confidentiality",), choice=None, rewrite=""))]


def test_assessment_mode_shows_no_feedback_and_hands_the_response_over(every_kind, store, fake_analysis):
    s = every_kind[1][0]
    got = []
    view = ScenarioView(
        s, mode="assessment", store=store, on_answer=lambda sid, r: got.append((sid, r)), context="post-test"
    )
    buttons = [w.description for w in walk(view) if isinstance(w, widgets.Button)]
    assert buttons == ["Save answer"]
    answer_judgement(view, "dont", ("testimonials",))
    view.best_step.choice.value = 2
    view.rewrite.text.value = "A client rewrite"
    view.save.click()
    assert got == [(s.id, Response(verdict="dont", principles=("testimonials",), choice=2, rewrite="A client rewrite"))]
    assert "Saved." in view.status.value
    shown = texts(view)
    for secret in (s.answer.rationale, s.rewrite.model_answer, *[c.feedback for c in s.choices]):
        assert secret not in shown
    assert "Right:" not in shown and "Not quite" not in shown and " %" not in shown


def test_assessment_save_without_a_verdict_still_saves_and_says_so(every_kind):
    got = []
    view = ScenarioView(every_kind[1][1], mode="assessment", on_answer=lambda sid, r: got.append(r))
    view.save.click()
    assert len(got) == 1 and "not chosen a verdict" in view.status.value


def test_an_unknown_mode_is_refused(every_kind):
    with pytest.raises(ValueError):
        ScenarioView(every_kind[1][0], mode="exam")


def test_an_unexpected_error_becomes_a_sentence_and_is_logged(every_kind, monkeypatch, home):
    def broken(*_a, **_k):
        raise RuntimeError("internal detail")

    monkeypatch.setattr("boundarylab.scoring.score_judgement", broken)
    view = ScenarioView(every_kind[1][0])
    answer_judgement(view)
    view.judge.check.click()  # must not raise
    assert "Sorry, something went wrong" in view.judge.feedback.value
    assert "internal detail" not in view.judge.feedback.value
    assert "internal detail" in (home / "boundarylab.log").read_text()


def test_a_failed_save_says_so_and_keeps_the_answer_on_screen(every_kind, store, monkeypatch):
    import sqlite3

    def locked(*_a, **_k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "save_attempt", locked)
    view = ScenarioView(every_kind[1][0], store=store)
    answer_judgement(view)
    view.judge.check.click()
    assert "could not be saved" in view.judge.feedback.value
    assert view.judge.verdict.value == "revise"


def test_every_verdict_has_a_label_on_screen():
    from boundarylab import vocab
    from boundarylab.widgets.judge import VERDICT_LABELS

    assert list(VERDICT_LABELS) == list(vocab.VERDICTS)


def test_the_rewrite_step_appears_only_once_a_verdict_is_checked(scenarios):
    s = next(s for s in scenarios.values() if s.rewrite)
    view = ScenarioView(s)
    assert view.rewrite.layout.display == "none"
    view.judge.check.click()  # no verdict chosen yet: a hint, still hidden
    assert view.rewrite.layout.display == "none"
    view.judge.verdict.value = "ok"
    view.judge.check.click()
    assert view.rewrite.layout.display is None


def test_in_assessment_the_rewrite_step_appears_once_the_verdict_is_saved(scenarios):
    s = next(s for s in scenarios.values() if s.rewrite)
    view = ScenarioView(s, mode="assessment")
    assert view.rewrite.layout.display == "none"
    view.judge.verdict.value = "dont"
    view.save.click()
    deadline = time.monotonic() + 3  # the save waits up to a second for text still on its way (settle.py)
    while view.rewrite.layout.display == "none" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert view.rewrite.layout.display is None


def test_a_learner_sees_the_options_in_their_own_order_and_the_answer_keeps_the_bank_index(scenarios):
    s = next(s for s in scenarios.values() if s.choices and len(s.choices) > 2)
    orders = {tuple(v for _, v in ScenarioView(s, learner=f"learner-{n}").best_step.choice.options) for n in range(12)}
    assert len(orders) > 1 and all(sorted(o) == list(range(len(s.choices))) for o in orders)
    view = ScenarioView(s, learner="learner-1")
    shown = [label for label, _ in view.best_step.choice.options]
    assert shown == [s.choices[i].text for i in view.best_step.order]
