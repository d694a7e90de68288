"""The course evaluation CE bodies ask for before a certificate (APA Standard E, NBCC, CAMFT).

Every module objective is rated as "I am able to …" on 1–5 (APA's guidance), then how much was
learned, usefulness for practice, content quality and level, the time taken (which checks the
hours calculation) and comments. The questions are built from the bank, so the objectives rated
are word for word the ones the course states.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from boundarylab.bank.loader import Bank
from boundarylab.ce.standing import EVALUATION
from boundarylab.progress import ProgressStore

AGREE = ("1 Strongly disagree", "2 Disagree", "3 Neither", "4 Agree", "5 Strongly agree")
AMOUNT = ("1 Nothing new", "2 A little", "3 A fair amount", "4 A lot", "5 A great deal")
USEFUL = ("1 Not useful", "2 Slightly useful", "3 Moderately useful", "4 Very useful", "5 Extremely useful")
QUALITY = ("1 Poor", "2 Fair", "3 Good", "4 Very good", "5 Excellent")
LEVEL = ("Too basic", "About right", "Too advanced")
MAX_MINUTES = 60 * 40


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str  # scale (options are 1..5) | choice | minutes | text
    options: tuple[str, ...] = ()
    required: bool = True
    group: str = ""


def able_to(objective: str) -> str:
    objective = objective.strip().rstrip(".")
    return f"I am able to {objective[:1].lower()}{objective[1:]}."


def evaluation_questions(bank: Bank) -> tuple[Question, ...]:
    objectives = tuple(
        Question(f"objective:{mid}:{i + 1}", able_to(text), "scale", AGREE, group=module.title)
        for mid, module in bank.modules.items()
        for i, text in enumerate(module.objectives)
    )
    return objectives + (
        Question("learned", "How much did you learn from this course?", "scale", AMOUNT),
        Question("useful", "How useful is this course for your practice?", "scale", USEFUL),
        Question("quality", "How would you rate the quality of the content and materials?", "scale", QUALITY),
        Question("level", "Was the level of the content right for you?", "choice", LEVEL),
        Question("minutes", "About how many minutes did the whole course take you?", "minutes"),
        Question("comments", "Comments and suggestions (optional)", "text", required=False),
    )


def evaluation_problems(questions: Iterable[Question], answers: Mapping[str, object]) -> list[str]:
    """What is missing or wrong in a filled-in form, as sentences for the learner."""
    problems: list[str] = []
    unrated = 0
    for q in questions:
        value = answers.get(q.id)
        if q.kind == "scale" and value not in range(1, 6):
            unrated += 1
        elif q.kind == "choice" and value not in q.options:
            problems.append(f"Please answer: {q.text}")
        elif q.kind == "minutes" and not (isinstance(value, int) and 0 < value <= MAX_MINUTES):
            problems.append(f"Please give the time the course took you in minutes (1 to {MAX_MINUTES}).")
    if unrated:
        problems.insert(0, f"Please rate every statement from 1 to 5: {unrated} still unrated.")
    return problems


def submit_evaluation(bank: Bank, store: ProgressStore, answers: Mapping[str, object]) -> list[str]:
    """Save the evaluation if it is complete; otherwise save nothing and return the problems. The
    question texts are stored with the answers, so the record reads on its own years later."""
    questions = evaluation_questions(bank)
    problems = evaluation_problems(questions, answers)
    if not problems:
        store.record(
            EVALUATION,
            {
                "version": bank.course.version,
                "answers": {q.id: answers.get(q.id) for q in questions},
                "questions": {q.id: q.text for q in questions},
            },
        )
    return problems
