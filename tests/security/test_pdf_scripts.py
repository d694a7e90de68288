"""Names in any script print as written, or the PDF is refused in words.

Before, a name in Chinese or Japanese printed as nothing on the certificate (fpdf2 drops a glyph
its font lacks, with only a warning in a log): a certificate for "" was issued without a word.
"""

import pytest
from known_history import exported
from pypdf import PdfReader

from boundarylab.ce.certificate import CertificateRecord
from boundarylab.ce.provider import certify_record
from boundarylab.policy.builder import recommended_answers
from boundarylab.policy.files import write_policy
from boundarylab.reports.certificate import write_certificate
from boundarylab.reports.pdf_fonts import FontMissing

NAMES = ("张伟", "山田太郎", "محمد", "Zoë Nguyễn")


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def record(bank, store, clock, provider):
    return certify_record(exported(store, bank, clock), bank, provider).certificate


def renamed(record, name):
    return CertificateRecord(dict(record.payload, name=name), record.signature)


@pytest.mark.parametrize("name", NAMES)
def test_the_certificate_prints_the_name_in_its_own_script(record, tmp_path, name):
    text = text_of(write_certificate(renamed(record, name), tmp_path / "c.pdf"))
    assert name in text


def test_one_name_can_mix_scripts_on_the_certificate(record, tmp_path):
    mixed = " ".join(NAMES)
    assert mixed in text_of(write_certificate(renamed(record, mixed), tmp_path / "c.pdf"))


def test_the_policy_pdf_prints_every_script(tmp_path):
    answers = recommended_answers()
    answers.details.update(practice="山田太郎 Counselling", hours="张伟: Monday; محمد: Tuesday; Zoë Nguyễn: Friday")
    write_policy(answers, tmp_path)
    text = text_of(tmp_path / "policy.pdf")
    for name in NAMES:
        assert name in text, name
    assert "Social media and electronic communication policy: 山田太郎 Counselling" in text


def test_a_character_no_font_has_is_refused_in_words(record, tmp_path):
    hieroglyph = renamed(record, "Ankh \U00013000 Smith")
    with pytest.raises(FontMissing, match=r"print '\U00013000' \(U\+13000\).*apt-get install"):
        write_certificate(hieroglyph, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
