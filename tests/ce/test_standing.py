import dataclasses

import pytest
from known_history import choose, complete, evaluate, failed_sitting, finish_modules, judge, passed_sitting, practice

from boundarylab import ce


def test_a_new_learner_is_told_everything_that_is_missing(bank, store):
    assert ce.status(bank, store).missing == (
        "Save your profile with your name as it should appear on the certificate (module 0).",
        "Module 1, Alpha module: answer the remaining 2 of 2 scenarios.",
        "Module 2, Beta module: answer the remaining 2 of 2 scenarios.",
        "Take the post-test and score at least 80%.",
        "Submit the course evaluation (it comes before the certificate).",
    )


def test_a_module_is_done_when_every_scenario_has_an_answered_judgement(bank, store, clock):
    practice(store, bank, clock)
    modules = {m.module: m for m in ce.status(bank, store).modules}
    assert modules["alpha"].done and modules["alpha"].finished == "2026-03-03"
    assert (modules["beta"].done, modules["beta"].answered, modules["beta"].share) == (False, 1, 0.5)
    assert modules["orientation"].done and modules["orientation"].finished == "2026-03-02"


def test_a_module_without_scenarios_is_done_when_marked_done(bank, store, clock):
    ce.mark_module_done(store, "orientation")
    orientation = ce.status(bank, store).modules[0]
    assert (orientation.done, orientation.finished, orientation.share) == (True, "2026-03-02", 1.0)


def test_the_start_page_asks_for_the_profile_once_and_is_done_when_it_is_saved(bank, store, clock):
    assert sum("module 0" in m.lower() for m in ce.status(bank, store).missing) == 1
    store.save_profile("Ana", "", "")
    assert ce.status(bank, store).modules[0].done


def test_post_test_answers_do_not_complete_a_module(bank, store, clock):
    practice(store, bank, clock)
    judge(store, bank, "beta-002", "ok", ["testimonials"], 60, "post-test")
    assert not {m.module: m for m in ce.status(bank, store).modules}["beta"].done


def test_module_score_is_the_mean_first_try_and_time_on_task_is_summed(bank, store, clock):
    practice(store, bank, clock)
    alpha = {m.module: m for m in ce.status(bank, store).modules}["alpha"]
    # alpha-001: first judgement 0.4 and first choice 0.0 -> 0.2; alpha-002: 1.0
    assert alpha.score == 0.6
    assert alpha.seconds == 60 + 30 + 20 + 120


def test_a_sitting_below_the_passing_score_asks_for_a_retake_on_the_other_form(bank, store, clock):
    practice(store, bank, clock)
    finish_modules(store, bank, clock)
    failed_sitting(store, bank, clock)
    state = ce.status(bank, store)
    (sitting,) = state.sittings
    assert (sitting.form, sitting.score, sitting.complete, sitting.passed) == ("A", 0.7, True, False)
    assert (
        "Pass the post-test: your best score so far is 70% and 80% is needed. Review the modules, then "
        "retake it (form B)." in state.missing
    )
    assert ce.next_form(state.sittings) == "B"


def test_an_unfinished_sitting_is_reported_and_submitting_scores_blanks_as_zero(bank, store, clock):
    ce.start_post_test(bank, store)
    judge(store, bank, "alpha-002", "ok", ["confidentiality"], 50, "post-test")
    state = ce.status(bank, store)
    assert "Finish the post-test you started (form A): 1 of 2 items answered; 80% is needed to pass." in state.missing
    sitting = ce.submit_post_test(bank, store)
    assert (sitting.complete, sitting.score, sitting.passed) == (True, 0.5, False)


def test_in_a_sitting_the_last_answer_saved_counts(bank, store, clock):
    ce.start_post_test(bank, store)
    judge(store, bank, "alpha-002", "dont", ["confidentiality"], 50, "post-test")
    judge(store, bank, "alpha-002", "ok", ["confidentiality"], 50, "post-test")  # changed before submitting
    judge(store, bank, "beta-002", "ok", ["testimonials"], 50, "post-test")
    assert ce.status(bank, store).sittings[0].score == 1.0


def test_post_test_answers_saved_without_a_start_form_one_sitting_on_their_form(bank, store):
    judge(store, bank, "alpha-001", "dont", ["confidentiality"], 50, "post-test")
    store.save_attempt("alpha-001", "alpha", "choice", {"choice": 1}, 1.0, 5, "post-test")
    judge(store, bank, "beta-001", "dont", ["testimonials"], 50, "post-test")
    (sitting,) = ce.post_test_sittings(bank, store)
    assert (sitting.form, sitting.score, sitting.passed) == ("B", 1.0, True)


def test_completion_needs_modules_post_test_and_evaluation_and_dates_the_last(bank, store, clock):
    practice(store, bank, clock)
    finish_modules(store, bank, clock)
    failed_sitting(store, bank, clock)
    passed_sitting(store, bank, clock)
    state = ce.status(bank, store)
    assert state.missing == ("Submit the course evaluation (it comes before the certificate).",)
    evaluate(store, bank, clock)
    state = ce.status(bank, store)
    assert state.complete and state.completion_date == "2026-03-08"
    assert [s.score for s in state.sittings] == [0.7, 1.0]
    assessment = {m.module: m for m in state.modules}["assessment"]
    assert assessment.done and assessment.seconds == 100 + 100 + 80 + 20 + 60


def test_the_passing_score_comes_from_course_yml(bank, store, clock):
    import dataclasses

    strict = dataclasses.replace(bank, course=bank.course.model_copy(update={"passing_score": 0.65}))
    practice(store, bank, clock)
    failed_sitting(store, bank, clock)
    assert ce.status(strict, store).passed


def test_the_known_history_is_complete(bank, store, clock):
    complete(store, bank, clock)
    assert ce.status(bank, store).complete


def test_a_sitting_after_the_last_one_allowed_is_refused_in_words(bank, store, clock):
    capped = dataclasses.replace(bank, course=bank.course.model_copy(update={"post_test_attempts": 2}))
    for _ in range(2):
        failed_sitting(store, capped, clock)
        ce.submit_post_test(capped, store)
    with pytest.raises(ce.AttemptsUsed) as err:
        ce.start_post_test(capped, store)
    assert str(err.value) == (
        "You have used all 2 post-test attempts allowed without reaching 80%, so a further "
        "attempt is not allowed. Review the modules and ask the provider (ce@example.org) how "
        "to continue."
    )
    assert len(ce.post_test_sittings(capped, store)) == 2
    assert str(err.value) in ce.status(capped, store).missing


def test_the_default_cap_is_three_sittings_and_a_pass_after_it_does_not_count(bank, store, clock):
    for _ in range(3):
        failed_sitting(store, bank, clock)
        ce.submit_post_test(bank, store)
    store.record(ce.POST_TEST_START, {"form": "B", "items": ["alpha-001", "beta-001"]})  # written around the rule
    judge(store, bank, "alpha-001", "dont", ["confidentiality"], 80, "post-test")
    choose(store, bank, "alpha-001", 1, 20, "post-test")
    judge(store, bank, "beta-001", "dont", ["testimonials"], 60, "post-test")
    assert [s.passed for s in ce.post_test_sittings(bank, store)] == [False] * 4
