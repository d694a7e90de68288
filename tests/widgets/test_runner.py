from boundarylab.widgets import ModuleRunner
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


def test_the_runner_resumes_where_the_learner_left_off(every_kind, store):
    module, scenarios = every_kind
    first = ModuleRunner(module, scenarios, store=store)
    first.next.click()
    first.next.click()
    again = ModuleRunner(module, scenarios, store=store)
    assert "Scenario 3 of 9" in again.progress.value
    assert [e.data for e in store.events(POSITION)] == [{"module": "fixture", "index": 1},
                                                          {"module": "fixture", "index": 2}]


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
