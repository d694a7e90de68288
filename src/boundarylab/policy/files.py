"""A policy's files: read a learner's answers file, write policy.md, policy.pdf, policy.docx and
answers.yaml, or, for a policy not ready to sign, the same marked as a draft (policy-draft.*), so a
draft never replaces a signable policy.

Errors in an answers file are sentences that name the file and the field, because the person
who wrote it is a therapist editing YAML by hand, not a programmer reading a traceback.
"""

from pathlib import Path

import yaml
from pydantic import ValidationError

from boundarylab.bank.yamlnodes import DuplicateKey, YamlLimit, load_file
from boundarylab.policy.builder import (
    PolicyDocument,
    PolicyInputError,
    build_policy,
    check_answers,
    load_questions,
    render_markdown,
)
from boundarylab.policy.models import PolicyAnswers

FILES = ("policy.md", "policy.pdf", "policy.docx", "answers.yaml")
DRAFT_FILES = ("policy-draft.md", "policy-draft.pdf", "policy-draft.docx", "answers.yaml")
SHAPE = "an answers file has two parts, `details:` and `choices:` (see `boundarylab policy --example`)"
PYDANTIC_SENTENCES = {
    "extra_forbidden": f"unknown field; {SHAPE}",
    "dict_type": "should be a list of `name: value` lines",
    "string_type": "should be text (put it in quotes if it is a number or yes/no)",
}


def _field_problem(error) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "the file"
    return f"{field}: {PYDANTIC_SENTENCES.get(error['type'], error['msg'])}"


def load_answers(path) -> PolicyAnswers:
    """The answers in `path`, checked against the questions; PolicyInputError says what is wrong."""
    path = Path(path)
    try:
        data = load_file(path)
    except OSError as e:
        raise PolicyInputError(f"{path}: cannot read this file ({e.strerror or e}).") from e
    except UnicodeDecodeError as e:
        raise PolicyInputError(f"{path}: this is not a text file (save it as UTF-8 text).") from e
    except (YamlLimit, DuplicateKey) as e:
        raise PolicyInputError(f"{path}:{e.line}: {e}.") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)  # only a MarkedYAMLError knows its line
        where = f" at line {mark.line + 1}" if mark else ""
        raise PolicyInputError(f"{path}: this is not valid YAML{where} ({getattr(e, 'problem', e)}).") from e
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyInputError(f"{path}: {SHAPE}.")
    try:
        answers = PolicyAnswers.model_validate(data)
    except ValidationError as e:
        raise PolicyInputError("\n".join(f"{path}: {_field_problem(err)}." for err in e.errors())) from e
    problems = check_answers(answers, load_questions())
    if problems:
        raise PolicyInputError("\n".join(f"{path}: {p}." for p in problems))
    return answers


def answers_yaml(answers: PolicyAnswers) -> str:
    return yaml.safe_dump(answers.model_dump(), sort_keys=False, allow_unicode=True)


class PolicyNotReady(Exception):
    """A final policy was asked for, but it cannot be signed yet; `reasons` says which and why."""

    def __init__(self, reasons):
        self.reasons = tuple(reasons)
        super().__init__("\n".join(self.reasons))


def write_policy(answers: PolicyAnswers, out_dir, draft: bool = False) -> tuple[list[Path], PolicyDocument]:
    """Write the policy as Markdown, PDF and Word, and answers.yaml (to edit and rebuild later).
    A final policy is refused (PolicyNotReady) while anything in `not_ready` remains; a draft is
    always written, marked as a draft on every page."""
    from boundarylab.reports.policy import write_policy_pdf
    from boundarylab.reports.policy_docx import write_policy_docx

    doc = build_policy(answers, draft=draft)
    if doc.not_ready and not draft:
        raise PolicyNotReady(doc.not_ready)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    md, pdf, docx, saved = (out_dir / name for name in (DRAFT_FILES if draft else FILES))
    md.write_text(render_markdown(doc), encoding="utf-8")
    saved.write_text(answers_yaml(answers), encoding="utf-8")
    return [md, write_policy_pdf(doc, pdf), write_policy_docx(doc, docx), saved], doc
