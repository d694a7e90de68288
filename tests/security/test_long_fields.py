"""Over-long names and fields: refused in words where they are typed, and the documents' writers
take time in proportion to the text, so even text that gets past a limit cannot stall them.

Before: a 5,000-character name was saved and ran off the certificate; a 250-character practice
name crashed the policy's Word file (a document property holds 255 characters); a 2 MB field
took minutes and gigabytes, because fpdf2's multi_cell re-measures the line so far for every
character it adds.
"""

import dataclasses

import pytest
from docx import Document
from fpdf.fonts import TTFFont
from pypdf import PdfReader

from boundarylab.policy.builder import PolicyInputError, PolicySection, build_policy, recommended_answers
from boundarylab.policy.files import write_policy
from boundarylab.reports.policy import write_policy_pdf
from boundarylab.reports.policy_docx import write_policy_docx


def test_a_5000_character_name_is_refused_in_words(store):
    with pytest.raises(ValueError, match=r"^Your name is 5,000 characters long, and it can be at most \d+"):
        store.save_profile("N" * 5000)
    assert store.profile() is None


@pytest.mark.parametrize(("field", "label"), [("profession", "profession"), ("licence", "license number")])
def test_an_over_long_profession_or_licence_is_refused_in_words(store, field, label):
    with pytest.raises(ValueError, match=rf"^Your {label} is 1,000 characters long"):
        store.save_profile("Dana Whitfield", **{field: "x" * 1000})
    assert store.profile() is None


def test_a_250_character_practice_name_is_a_sentence_not_a_crash(tmp_path):
    answers = recommended_answers()
    answers.details["practice"] = "Cedar Grove " * 20 + "Counselling"[:10]
    with pytest.raises(PolicyInputError, match=r"details\.practice: Practice name is 250 characters long"):
        write_policy(answers, tmp_path)
    assert not list(tmp_path.iterdir())


def test_a_title_longer_than_a_word_property_still_writes_the_docx(tmp_path):
    doc = build_policy(recommended_answers())
    long_title = dataclasses.replace(doc, title=doc.title + " and" * 80)
    document = Document(str(write_policy_docx(long_title, tmp_path / "policy.docx")))
    assert len(document.core_properties.title) == 255
    assert document.paragraphs[0].text == long_title.title


class CountWidths:
    """How many characters fpdf2 measures: proportional to the text, or to the text times a line."""

    def __init__(self, monkeypatch):
        self.chars = 0
        measure = TTFFont.get_text_width

        def counted(font, text, *args, **kwargs):
            self.chars += len(text)
            return measure(font, text, *args, **kwargs)

        monkeypatch.setattr(TTFFont, "get_text_width", counted)


def test_a_long_policy_field_is_measured_once_not_once_per_character(tmp_path, monkeypatch):
    words = [f"boundary{n}" for n in range(12_000)]  # 130 kB, every word different: no cache helps
    text = " ".join(words)
    doc = build_policy(recommended_answers())
    long = dataclasses.replace(doc, sections=doc.sections + (PolicySection("Everything else", (text,)),))
    widths = CountWidths(monkeypatch)
    pdf = PdfReader(write_policy_pdf(long, tmp_path / "policy.pdf"))
    assert widths.chars < 3 * len(text), f"{widths.chars:,} characters measured for {len(text):,}"
    printed = " ".join(page.extract_text() for page in pdf.pages).split()
    assert len(pdf.pages) > 20
    assert printed.index(words[0]) < printed.index(words[6_000]) < printed.index(words[-1])
    assert text in [p.text for p in Document(str(write_policy_docx(long, tmp_path / "policy.docx"))).paragraphs]
