"""Every practice module teaches enough to stand behind its CE minutes (issue 14): a lesson of
1,200-1,800 words that cites verified code sections and ends with a reference list."""

import re

import pytest

from boundarylab import vocab
from boundarylab.bank import load_bank
from boundarylab.ce.hours import word_count
from boundarylab.notebook_builder import practice_modules

BANK = load_bank("scenarios")
MODULES = practice_modules(BANK)
# A code section as a lesson writes it: "ACA H.6.a", "APA 9.01(b)", "NASW 1.06(e)", "AAMFT 1.3",
# "Tech Std 2.01". Organization names alone ("APA", "the ACA code") are not citations.
CITATION = re.compile(
    r"\b(?:ACA [A-I]\.\d+(?:\.[a-z])?|APA \d+\.\d+(?:\([a-z]\))?|NASW \d+\.\d+(?:\([a-z]\))?"
    r"|AAMFT \d+\.\d+|Tech Std \d+(?:\.\d+)?)"
)
# Sections confirmed in the codes themselves: not known only from a secondary source, and not
# the ACA's tip sheet, which is cited by its title, never as a code number.
VERIFIED = {code for code, gloss in vocab.CODES.items() if "(secondary)" not in gloss and " tip " not in code}
REFERENCES = "References"


def lesson_text(module_id: str) -> str:
    return "\n".join(section.text for section in BANK.modules[module_id].lesson)


def lesson_words(module_id: str) -> int:
    return sum(word_count(s.heading) + word_count(s.text) for s in BANK.modules[module_id].lesson)


def test_the_practice_modules_are_modules_one_to_nine():
    assert BANK.course.modules[1:10] == MODULES


@pytest.mark.parametrize("module_id", MODULES)
def test_lesson_is_1200_to_1800_words(module_id):
    assert 1200 <= lesson_words(module_id) <= 1800, lesson_words(module_id)


@pytest.mark.parametrize("module_id", MODULES)
def test_lesson_cites_at_least_three_verified_code_sections(module_id):
    cited = set(CITATION.findall(lesson_text(module_id)))
    assert len(cited & VERIFIED) >= 3, sorted(cited)


@pytest.mark.parametrize("module_id", MODULES)
def test_lesson_cites_no_unverified_code_section(module_id):
    cited = set(CITATION.findall(lesson_text(module_id)))
    assert cited <= VERIFIED, sorted(cited - VERIFIED)


@pytest.mark.parametrize("module_id", MODULES)
def test_lesson_ends_with_three_to_ten_references(module_id):
    last = BANK.modules[module_id].lesson[-1]
    entries = re.findall(r"^- ", last.text, flags=re.MULTILINE)
    assert last.heading == REFERENCES
    assert 3 <= len(entries) <= 10, len(entries)
