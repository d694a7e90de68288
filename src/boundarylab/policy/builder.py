"""Build a client-friendly social-media policy from a learner's choices.

Choices that conflict with the ethics taught are kept in the document only as the learner chose
them, and each is flagged with its reason. The crisis section is always written: if the learner's
choice conflicts, the safe crisis instructions are added after it, because no policy may leave a
client without them.

A policy is signed by therapist and client and becomes part of informed consent, so it is final
only when every section is answered, no choice conflicts with what the course teaches, and every
detail it prints is filled in (`not_ready` says which and why). Anything short of that can still
be written as a draft, marked "Draft" on every page.
"""

import string
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
NAME_DETAILS = ("practice", "therapist")  # printed in the title and the signature block: a name's length
# Details printed in the heading and signature block of every policy, whatever the choices.
HEADING_DETAILS = ("practice", "therapist", "credentials", "effective_date", "version")
LINE = "______________________________"
DRAFT_MARK = "Draft: not for signature"


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
    practice: str
    therapist: str  # name and credentials, as signed
    effective: str  # "Effective <date> · Version <version>"
    intro: str
    sections: tuple[PolicySection, ...]
    flags: tuple[Flag, ...]
    unanswered: tuple[str, ...]
    not_ready: tuple[str, ...]  # why this cannot be signed yet, as sentences; empty for a final policy
    draft: bool = False

    def signature_lines(self) -> list[tuple[str, str]]:
        """(label, what to fill) rows of the signature block: both signatures, each with a date."""
        return [
            ("Therapist", self.therapist),
            ("Therapist signature", LINE),
            ("Date", LINE),
            ("Client name", LINE),
            ("Client signature", LINE),
            ("Date", LINE),
        ]


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
    problems = [
        f"choices.{qid}: there is no question '{qid}' (questions: {', '.join(known)})"
        for qid in answers.choices
        if qid not in known
    ]
    for qid, choice in answers.choices.items():
        if qid in known and choice not in {o.id for o in known[qid].options}:
            problems.append(
                f"choices.{qid}: '{choice}' is not an option (options: {', '.join(o.id for o in known[qid].options)})"
            )
    details = {d.id: d for d in questions.details}
    problems += [
        f"details.{k}: unknown detail (details: {', '.join(sorted(details))})"
        for k in answers.details
        if k not in details
    ]
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


def _section(question: Question, choice: str | None, details: _Details) -> PolicySection | None:
    options = {o.id: o for o in question.options}
    if choice is None:
        if question.id != ALWAYS_PRESENT:
            return None
        choice = SAFE_CRISIS_OPTION
    paragraphs = [options[choice].text.format_map(details).strip()]
    if conflict_flag(question, choice) and question.id == ALWAYS_PRESENT:
        paragraphs.append(options[SAFE_CRISIS_OPTION].text.format_map(details).strip())
    return PolicySection(question.section, tuple(paragraphs))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _missing_details(answers: PolicyAnswers, questions: PolicyQuestions) -> list[str]:
    """Details the policy would print as blanks: the heading's, and those the chosen options use."""
    filled = {k for k, v in answers.details.items() if v and v.strip()}
    needed = {d: "the heading and signature block" for d in HEADING_DETAILS}
    for question in questions.questions:
        option = next((o for o in question.options if o.id == answers.choices.get(question.id)), None)
        for name in sorted(_placeholders(option.text)) if option else ():
            needed.setdefault(name, f"“{question.section}”")
    labels = {d.id: d.label for d in questions.details}
    return [
        f"Fill in “{labels.get(d, d)}”: it is printed in {where}." for d, where in needed.items() if d not in filled
    ]


def not_ready(answers: PolicyAnswers, questions: PolicyQuestions | None = None) -> list[str]:
    """Why this policy cannot be signed yet, one sentence per reason (empty when it can)."""
    questions = questions or load_questions()
    reasons = [f"Answer “{q.section}”: {q.question}" for q in questions.questions if q.id not in answers.choices]
    titles = {q.id: q.section for q in questions.questions}
    reasons += [
        f"Change your choice in “{titles[f.question]}”, which conflicts with what the course teaches: {f.reason}"
        for f in _flags(answers, questions)
    ]
    return reasons + _contradictions(answers, questions) + _missing_details(answers, questions)


def _contradictions(answers: PolicyAnswers, questions: PolicyQuestions) -> list[str]:
    """Two choices that would make the policy say opposite things (e.g. no practice page, yet a
    sentence about following it)."""
    chosen = {q.id: o for q in questions.questions for o in q.options if answers.choices.get(q.id) == o.id}
    by_id = {q.id: q for q in questions.questions}
    return [
        f"“{by_id[qid].section}” ({option.label}) contradicts “{by_id[other].section}” "
        f"({chosen[other].label}); change one of them."
        for qid, option in chosen.items()
        for other, ids in option.contradicts.items()
        if other in chosen and chosen[other].id in ids
    ]


def _flags(answers: PolicyAnswers, questions: PolicyQuestions) -> list[Flag]:
    flags = (conflict_flag(q, answers.choices.get(q.id)) for q in questions.questions)
    return [f for f in flags if f]


def build_policy(
    answers: PolicyAnswers, questions: PolicyQuestions | None = None, draft: bool = False
) -> PolicyDocument:
    questions = questions or load_questions()
    problems = check_answers(answers, questions)
    if problems:
        raise PolicyInputError("\n".join(problems))
    details = _Details(answers.details, questions)
    sections = [s for s in (_section(q, answers.choices.get(q.id), details) for q in questions.questions) if s]
    unanswered = tuple(q.id for q in questions.questions if q.id not in answers.choices)
    therapist = f"{details['therapist']}, {details['credentials']}"
    intro = (
        f"This policy explains how I, {therapist}, use social media and electronic communication at "
        f"{details['practice']}, and what you can expect from me online. It is part of your informed "
        "consent: please read it, ask me about anything that is unclear, and keep a copy."
    )
    return PolicyDocument(
        f"Social media and electronic communication policy: {details['practice']}",
        details["practice"],
        therapist,
        f"Effective {details['effective_date']} · Version {details['version']}",
        intro,
        tuple(sections),
        tuple(_flags(answers, questions)),
        unanswered,
        tuple(not_ready(answers, questions)),
        draft,
    )


def recommended_answers(questions: PolicyQuestions | None = None) -> PolicyAnswers:
    """A complete, realistic answer set (the first, recommended option everywhere)."""
    questions = questions or load_questions()
    return PolicyAnswers(
        details={d.id: d.example for d in questions.details},
        choices={q.id: q.options[0].id for q in questions.questions},
    )


def render_markdown(doc: PolicyDocument) -> str:
    lines = ([f"**{DRAFT_MARK}**", ""] if doc.draft else []) + [
        f"# {doc.title}",
        "",
        doc.therapist,
        "",
        doc.effective,
        "",
        doc.intro,
        "",
    ]
    for section in doc.sections:
        lines += [f"## {section.heading}", ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
    lines += ["---", ""] + [f"{label}: {fill}  " for label, fill in doc.signature_lines()] + [""]
    return "\n".join(lines)
