from known_history import evaluation_answers

from boundarylab import ce
from boundarylab.ce.evaluation import evaluation_questions


def test_every_module_objective_is_rated_as_i_am_able_to(bank):
    questions = evaluation_questions(bank)
    objectives = [q for q in questions if q.id.startswith("objective:")]
    assert len(objectives) == sum(len(m.objectives) for m in bank.modules.values())
    assert objectives[2].text == "I am able to classify alpha scenarios as ok or don't."
    assert objectives[2].group == "Alpha module"
    assert {q.id for q in questions} >= {"learned", "useful", "quality", "level", "minutes", "comments"}


def test_an_incomplete_form_is_not_saved_and_says_what_is_missing(bank, store):
    answers = evaluation_answers(bank)
    del answers["useful"], answers["level"]
    answers["minutes"] = 0
    problems = ce.submit_evaluation(bank, store, answers)
    assert problems == [
        "Please rate every statement from 1 to 5: 1 still unrated.",
        "Please answer: Was the level of the content right for you?",
        "Please give the time the course took you in minutes (1 to 2400).",
    ]
    assert store.events(ce.EVALUATION) == []


def test_a_complete_form_is_saved_with_its_question_texts(bank, store):
    assert ce.submit_evaluation(bank, store, evaluation_answers(bank)) == []
    (event,) = store.events(ce.EVALUATION)
    assert event.data["answers"]["minutes"] == 75 and event.data["version"] == "2026.01"
    assert event.data["questions"]["useful"] == "How useful is this course for your practice?"
    assert event.data["answers"]["comments"] == "Useful."
