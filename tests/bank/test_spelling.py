"""Learner-facing text is in one spelling, US English (issue 12): the course is set in the US and
a learner should not meet "counselling" on one card and "counseling" on the next.

Only what a learner reads is scanned: the bank's strings, the notebooks' markdown, the checks'
messages and the strings the widgets and reports show. The checks' patterns and the rewrite
stress sets stay British on purpose, so a learner who writes British English is still understood.
"""

import ast
import json
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from boundarylab.analysis.catalogue import CHECKS
from boundarylab.bank import load_bank

ROOT = Path(__file__).resolve().parents[2]
# British stems with their US spelling; a word matches a stem plus any ending in ENDINGS.
BRITISH = {
    "behaviour": "behavior",
    "colour": "color",
    "organis": "organiz",
    "licence": "license",
    "counsellor": "counselor",
    "counselling": "counseling",
    "counselled": "counseled",
    "apologis": "apologiz",
    "recognis": "recogniz",
    "realis": "realiz",
    "emphasis": "emphasiz",
    "minimis": "minimiz",
    "criticis": "criticiz",
    "summaris": "summariz",
    "prioritis": "prioritiz",
    "stigmatis": "stigmatiz",
    "normalis": "normaliz",
    "anonymis": "anonymiz",
    "familiaris": "familiariz",
    "characteris": "characteriz",
    "specialis": "specializ",
    "personalis": "personaliz",
    "trivialis": "trivializ",
    "sympathis": "sympathiz",
    "capitalis": "capitaliz",
    "analys": "analyz",
    "practis": "practic",
    "programme": "program",
    "centre": "center",
    "favour": "favor",
    "honour": "honor",
    "judgement": "judgment",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "travell": "travel",
    "labell": "label",
    "modell": "model",
    "defence": "defense",
    "offence": "offense",
    "labour": "labor",
    "neighbour": "neighbor",
    "humour": "humor",
    "rumour": "rumor",
    "endeavour": "endeavor",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "sceptic": "skeptic",
    "paediatric": "pediatric",
    "whilst": "while",
    "amongst": "among",
    "learnt": "learned",
    "cheque": "check",
    "ageing": "aging",
    "jewellery": "jewelry",
}
# Endings after an -is stem are verb forms only, so "emphasis", "analysis", "realistic" and
# "specialist" (all US English) are not caught.
IS_ENDINGS = r"(?:e|es|ed|ing|ation|ations|er|ers|able)"
OTHER_ENDINGS = r"(?:s|es|ed|ing|al|ally|able|ably|ite|ites|hood|ic|ism|ly)?"


def _pattern() -> re.Pattern:
    parts = [re.escape(stem) + (IS_ENDINGS if stem.endswith(("is", "ys")) else OTHER_ENDINGS) for stem in BRITISH]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


PATTERN = _pattern()
# Fields a learner does not read as course text: ids and names, and the phrase patterns with their
# example texts, which keep British forms so a learner who writes British English is understood.
SKIPPED_FIELDS = {"id", "doc", "section", "module", "handle", "patterns", "unless", "found_in", "not_found_in"}
# Proper names keep their own spelling.
NAMES = ("British Association for Counselling and Psychotherapy",)
# An identifier in code (a record key, a part name, a CSS class), not words shown to a learner.
IDENTIFIER = re.compile(r"[a-z0-9_.-]+")


def british_words(text: str) -> list[str]:
    for name in NAMES:
        text = text.replace(name, "")
    return [m.group(0) for m in PATTERN.finditer(text)]


def _model_strings(value, where: str):
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in SKIPPED_FIELDS:
                yield from _model_strings(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _model_strings(item, f"{where}[{key}]")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _model_strings(item, f"{where}[{i}]")
    elif isinstance(value, str):
        yield where, value


def bank_texts():
    bank = load_bank(ROOT / "scenarios")
    yield from _model_strings(bank.course, "course")
    for module_id, module in bank.modules.items():
        yield from _model_strings(module, f"module {module_id}")
    for scenario_id, scenario in bank.scenarios.items():
        yield from _model_strings(scenario, f"scenario {scenario_id}")


def notebook_texts():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                yield f"{path.name} cell {cell.get('id')}", "".join(cell["source"])


def check_texts():
    for check in CHECKS:
        for field in ("what", "explanation", "needed"):
            yield f"check {check.id}.{field}", getattr(check, field)


def _shown_strings(path: Path):
    """String literals of a module, docstrings left out: they are for engineers, not learners."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and not IDENTIFIER.fullmatch(node.value)
        ):
            yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def interface_texts():
    for folder in ("widgets", "reports"):
        for path in sorted((ROOT / "src" / "boundarylab" / folder).rglob("*.py")):
            yield from _shown_strings(path)
    yield from _shown_strings(ROOT / "src" / "boundarylab" / "notebook_builder.py")


def _report(texts) -> list[str]:
    found = []
    for where, text in texts:
        for word in british_words(text):
            found.append(f"{where}: '{word}'")
    return found


@pytest.mark.parametrize(
    "texts",
    [bank_texts, notebook_texts, check_texts, interface_texts],
    ids=["bank", "notebooks", "check-messages", "widgets-reports"],
)
def test_learner_text_uses_us_spelling(texts):
    found = _report(texts())
    assert not found, f"{len(found)} British spellings in learner-facing text:\n" + "\n".join(found)


def test_the_scan_catches_british_and_passes_us_words():
    assert british_words("Counselling a counsellor to recognise the behaviour; a licence centre") == [
        "Counselling",
        "counsellor",
        "recognise",
        "behaviour",
        "licence",
        "centre",
    ]
    assert british_words("counseling, analysis, emphasis, realistic, specialist, practice, program, license") == []
    assert british_words("British Association for Counselling and Psychotherapy guidance") == []
