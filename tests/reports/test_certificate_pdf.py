import dataclasses

import pytest
from known_history import LICENCE, NAME, complete
from pypdf import PdfReader

from boundarylab import ce
from boundarylab.course import Approval
from boundarylab.reports.certificate import write_certificate
from boundarylab.reports.pdf import FontMissing, find_fonts


def text_of(path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.fixture
def record(bank, store, clock):
    complete(store, bank, clock)
    return ce.issue_certificate(bank, store)


def test_the_pdf_holds_every_required_field(record, tmp_path):
    text = text_of(write_certificate(record, tmp_path / "c.pdf"))
    for field in (NAME, f"Licence {LICENCE}", "Fixture Course: Boundaries Online", "Completion date: 2026-03-08",
                  "1 contact hour (Law and ethics)", "Delivery format: Self-paced home study",
                  "Provider: Fixture Provider", "ce@example.org", f"Certificate no. {record.number}",
                  f"Verification code: {record.code}", "Course version 2026.01"):
        assert field in text, field


def test_until_approvals_are_configured_the_pdf_says_the_course_is_not_accredited(record, tmp_path):
    assert "This course is not accredited by any continuing-education body" in text_of(
        write_certificate(record, tmp_path / "c.pdf"))


def test_configured_approval_statements_are_printed_for_a_live_workshop(bank, store, clock, tmp_path):
    approvals = [Approval(body="ASWB", statement="Fixture Provider, ACE provider #0000, is approved by ASWB.",
                          formats=["live workshop"], period="2026-01-01 to 2028-12-31")]
    approved = dataclasses.replace(bank, course=bank.course.model_copy(update={"approvals": approvals}))
    complete(store, bank, clock)
    text = text_of(write_certificate(ce.issue_certificate(approved, store, "live workshop"), tmp_path / "c.pdf"))
    assert "is approved by ASWB. Approval period: 2026-01-01 to 2028-12-31." in text
    assert "Live workshop" in text and "not accredited" not in text


@pytest.mark.parametrize("name", ["Łukasz Żółć", "Zoë Nguyễn", "Ngozi Ọkọnkwọ"])
def test_names_outside_latin_1_are_printed_as_written(record, tmp_path, name):
    text = text_of(write_certificate(dataclasses.replace(record, name=name), tmp_path / "c.pdf"))
    assert name in text


def test_without_a_unicode_font_a_latin_1_name_still_prints(record, tmp_path):
    latin = dataclasses.replace(record, name="Zoë Martín")
    assert "Zoë Martín" in text_of(write_certificate(latin, tmp_path / "c.pdf", fonts={}))


def test_without_a_unicode_font_other_names_stop_with_a_sentence(record, tmp_path):
    with pytest.raises(FontMissing, match=r"needs a Unicode font to print 'ễ'.*fonts-dejavu-core"):
        write_certificate(record, tmp_path / "c.pdf", fonts={})
    assert not (tmp_path / "c.pdf").exists()


def test_dejavu_is_found_from_the_system_or_from_matplotlib():
    fonts = find_fonts()
    assert fonts and fonts[""].name == "DejaVuSans.ttf"
