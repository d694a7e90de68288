"""Build a client-friendly social-media policy from a learner's choices.

Choices that conflict with the ethics taught are kept in the document only as the learner chose
them, and each is flagged with its reason. The crisis section is always written: if the learner's
choice conflicts, the safe crisis instructions are added after it, because no policy may leave a
client without them.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from boundarylab import limits
from boundarylab.bank.yamlnodes import load_file
from boundarylab.paths import resolve
from boundarylab.policy.models import PolicyAnswers, PolicyQuestions, Question

QUESTIONS_PATH = Path("scenarios") / "policy-builder" / "questions.yaml"
ALWAYS_PRESENT = "crisis"
SAFE_CRISIS_OPTION = "crisis-lines-only"
NAME_DETAILS = ("practice", "therapist")  # printed in the title and the first sentence
SIGNATURE = "Client signature: ______________________________     Date: ______________"


class PolicyInputError(ValueError):
    """An answers file that names unknown questions or options; the message says which."""


@dataclass(frozen=True)
class Flag:
    question: str
    choice: str
    reason: str


@dataclass(frozen=True)
class PolicySection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class PolicyDocument:
    title: str
    intro: str
    sections: tuple[PolicySection, ...]
    flags: tuple[Flag, ...]
    unanswered: tuple[str, ...]


@lru_cache(maxsize=4)
def load_questions(path=QUESTIONS_PATH) -> PolicyQuestions:
    return PolicyQuestions.model_validate(load_file(resolve(path)))


class _Details(dict):
    """Fills {placeholders}; a detail the learner left blank reads as its bracketed label."""

    def __init__(self, given: dict, questions: PolicyQuestions):
        super().__init__({d.id: f"[{d.label.lower()}]" for d in questions.details})
        self.update({k: v.strip() for k, v in given.items() if v and v.strip()})


def check_answers(answers: PolicyAnswers, questions: PolicyQuestions) -> list[str]:
    """Problems with an answers file, as sentences (empty when it is usable)."""
    known = {q.id: q for q in questions.questions}
    problems = [f"choices.{qid}: there is no question '{qid}' (questions: {', '.join(known)})"
                for qid in answers.choices if qid not in known]
    for qid, choice in answers.choices.items():
        if qid in known and choice not in {o.id for o in known[qid].options}:
            problems.append(f"choices.{qid}: '{choice}' is not an option "
                            f"(options: {', '.join(o.id for o in known[qid].options)})")
    details = {d.id: d for d in questions.details}
    problems += [f"details.{k}: unknown detail (details: {', '.join(sorted(details))})"
                 for k in answers.details if k not in details]
    for k, value in answers.details.items():
        if k in details:
            limit = limits.NAME if k in NAME_DETAILS else limits.DETAIL
            problem = limits.too_long(details[k].label, value.strip(), limit)
            problems += [f"details.{k}: {problem}"] if problem else []
    return problems


def conflict_flag(question: Question, choice: str | None) -> Flag | None:
    """The flag a choice raises (with its reason), or None when it is in line with the course."""
    option = next((o for o in question.options if o.id == choice), None)
    if option is None or not option.conflict:
        return None
    return Flag(question.id, option.id, option.conflict.strip())


def _section(question: Question, choice: str | None, details: _Details) -> tuple[PolicySection | None, Flag | None]:
    options = {o.id: o for o in question.options}
    if choice is None:
        if question.id != ALWAYS_PRESENT:
            return None, None
        choice = SAFE_CRISIS_OPTION
    option = options[choice]
    paragraphs = [option.text.format_map(details).strip()]
    flag = conflict_flag(question, choice)
    if flag and question.id == ALWAYS_PRESENT:
        paragraphs.append(options[SAFE_CRISIS_OPTION].text.format_map(details).strip())
    return PolicySection(question.section, tuple(paragraphs)), flag


def build_policy(answers: PolicyAnswers, questions: PolicyQuestions | None = None) -> PolicyDocument:
    questions = questions or load_questions()
    problems = check_answers(answers, questions)
    if problems:
        raise PolicyInputError("\n".join(problems))
    details = _Details(answers.details, questions)
    sections, flags = [], []
    for question in questions.questions:
        section, flag = _section(question, answers.choices.get(question.id), details)
        if section:
            sections.append(section)
        if flag:
            flags.append(flag)
    unanswered = tuple(q.id for q in questions.questions if q.id not in answers.choices)
    intro = (f"This policy explains how {details['practice']} uses social media and electronic "
             "communication, and what you can expect from me online. It is part of your informed "
             "consent: please read it, ask me about anything that is unclear, and keep a copy.")
    return PolicyDocument(f"Social media and electronic communication policy: {details['practice']}",
                          intro, tuple(sections), tuple(flags), unanswered)


def recommended_answers(questions: PolicyQuestions | None = None) -> PolicyAnswers:
    """A complete, realistic answer set (the first, recommended option everywhere)."""
    questions = questions or load_questions()
    return PolicyAnswers(details={d.id: d.example for d in questions.details},
                         choices={q.id: q.options[0].id for q in questions.questions})


def render_markdown(doc: PolicyDocument) -> str:
    lines = [f"# {doc.title}", "", doc.intro, ""]
    for section in doc.sections:
        lines += [f"## {section.heading}", ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
    lines += ["---", "", SIGNATURE, ""]
    return "\n".join(lines)
