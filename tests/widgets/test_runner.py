from boundarylab.widgets import ModuleRunner, rewrite_box
from boundarylab.widgets.runner import POSITION


def test_progress_reads_n_of_total_and_back_is_disabled_on_the_first(every_kind, store):
    module, scenarios = every_kind
    runner = ModuleRunner(module, scenarios, store=store)
    assert "Scenario 1 of 9 · 0 of 9 answered" in runner.progress.value
    assert runner.back.disabled and not runner.next.disabled
    runner.next.click()
    assert "Scenario 2 of 9" in runner.progress.value
    assert runner.body.children[0].scenario.id == scenarios[1].id
    runner.back.click()
    assert runner.body.children[0].scenario.id == scenarios[0].id


def test_answering_updates_the_count_and_a_return_visit_mentions_the_earlier_score(every_kind, store):
    module, scenarios = every_kind
    runner = ModuleRunner(module, scenarios, store=store)
    view = runner.body.children[0]
    view.judge.verdict.value = "revise"
    view.judge.boxes["confidentiality"].value = True
    view.judge.check.click()
    assert "1 of 9 answered" in runner.progress.value
    assert "answered this scenario before: 100 % at the first try (your score)" in runner.note.value


def answer(store, scenario, verdict="revise", **parts):
    store.save_attempt(
        scenario.id, "fixture", "judgement", {"verdict": verdict, "principles": ["confidentiality"]}, 1.0
    )
    for part, value in parts.items():
        store.save_attempt(scenario.id, "fixture", part, value, 0.5)


def test_the_module_reopens_at_the_first_card_not_answered_yet(every_kind, store):
    module, scenarios = every_kind
    answer(store, scenarios[0])
    answer(store, scenarios[1])
    again = ModuleRunner(module, scenarios, store=store)
    assert "Scenario 3 of 9" in again.progress.value


def test_with_every_card_answered_the_module_reopens_where_the_learner_was(every_kind, store):
    module, scenarios = every_kind
    for s in scenarios:
        answer(store, s)
    first = ModuleRunner(module, scenarios, store=store)
    first.go(4)
    assert "Scenario 5 of 9" in ModuleRunner(module, scenarios, store=store).progress.value
    assert [e.data for e in store.events(POSITION)][-1] == {"module": "fixture", "index": 4}


def test_a_card_shows_the_learners_last_answer_and_its_feedback_again(every_kind, store):
    module, scenarios = every_kind
    s = next(s for s in scenarios if s.rewrite)
    answer(store, s, verdict="dont", rewrite={"text": "An earlier rewrite of mine"})
    runner = ModuleRunner(module, scenarios, store=store)
    runner.go(scenarios.index(s))
    view = runner.body.children[0]
    assert view.judge.verdict.value == "dont" and view.judge.boxes["confidentiality"].value
    assert view.rewrite.text.value == "An earlier rewrite of mine" and view.rewrite.layout.display is None
    assert (
        "Score for this step" in view.judge.feedback.value
        and "An earlier rewrite of mine" in view.rewrite.feedback.value
    )
    assert len(store.attempts()) == 2  # shown again, not saved again


def test_a_second_open_view_picks_up_answers_when_the_learner_moves(every_kind, store):
    module, scenarios = every_kind
    here, there = ModuleRunner(module, scenarios, store=store), ModuleRunner(module, scenarios, store=store)
    view = there.body.children[0]
    view.judge.verdict.value = "ok"
    view.judge.check.click()
    here.next.click()
    here.back.click()
    assert here.body.children[0].judge.verdict.value == "ok" and "1 of 9 answered" in here.progress.value


def test_the_summary_offers_a_button_to_each_card_still_to_answer(every_kind, store):
    module, scenarios = every_kind
    answer(store, scenarios[0])
    runner = ModuleRunner(module, scenarios, store=store)
    runner.go(len(scenarios))
    jumps = [b for b in runner.body.children[-1].children]
    assert [b.description for b in jumps] == [f"{i + 1}. {s.title}" for i, s in enumerate(scenarios) if i > 0]
    jumps[2].click()
    assert "Scenario 4 of 9" in runner.progress.value


def test_next_on_the_last_scenario_opens_the_summary_with_key_points_and_scores(every_kind, store):
    module, scenarios = every_kind
    store.save_attempt(scenarios[0].id, "fixture", "judgement", {"verdict": "revise"}, 0.5)
    store.save_attempt(scenarios[0].id, "fixture", "judgement", {"verdict": "revise"}, 1.0)
    runner = ModuleRunner(module, scenarios, store=store)
    runner.go(len(scenarios) - 1)
    assert runner.next.description == "Module summary"
    runner.next.click()
    html = runner.body.children[0].value
    assert "Module summary" in runner.progress.value and runner.next.disabled
    assert "You have answered 1 of 9 scenarios" in html
    assert '<th scope="row">Confidentiality</th><td>1 of 2</td><td>50 %</td>' in html  # the first try counts
    assert "Your score for this module is 50 % (first try of each scenario); your best try" in html
    for point in module.keypoints:
        assert point in html


def test_the_runner_works_without_a_store(every_kind):
    module, scenarios = every_kind
    runner = ModuleRunner(module, scenarios)
    runner.next.click()
    assert "Scenario 2 of 9" in runner.progress.value


def test_an_earlier_rewrite_s_feedback_comes_back_from_the_kept_copy_without_scoring(every_kind, store, monkeypatch):
    module, scenarios = every_kind
    s = next(s for s in scenarios if s.rewrite)
    runner = ModuleRunner(module, scenarios, store=store)
    runner.go(scenarios.index(s))
    view = runner.body.children[0]
    view.judge.verdict.value = s.answer.verdict
    view.judge.check.click()
    view.rewrite.text.value = "An earlier rewrite of mine"
    view.rewrite.check.click()
    first = view.rewrite.feedback.value

    def no_scoring(*_args):
        raise AssertionError("scored a rewrite whose feedback was kept")

    monkeypatch.setattr(rewrite_box.scoring, "score_rewrite", no_scoring)
    again = ModuleRunner(module, scenarios, store=store)
    again.go(scenarios.index(s))
    shown = again.body.children[0].rewrite.feedback.value
    assert "An earlier rewrite of mine" in shown and shown in first  # the check's own words, less its "Try 1 saved"
