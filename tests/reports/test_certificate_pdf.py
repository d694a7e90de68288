"""The certificate PDF as a board reads it: every field read back with pypdf; the learner's own
record of completion, worded as such."""

import dataclasses

import pytest
from known_history import LICENCE, NAME, complete, exported
from pypdf import PdfReader

from boundarylab import ce
from boundarylab.ce.certificate import BLANK, CertificateRecord
from boundarylab.ce.provider import certify_record
from boundarylab.course import Approval, Provider, Signatory
from boundarylab.reports.certificate import write_certificate, write_record_of_completion
from boundarylab.reports.pdf_fonts import FontMissing, find_fonts


def text_of(path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def renamed(record, name):
    return CertificateRecord(dict(record.payload, name=name), record.signature)


@pytest.fixture
def record(bank, store, clock, provider):
    return certify_record(exported(store, bank, clock), bank, provider).certificate


PROVIDER = Provider(
    name="Coastal CE Institute",
    address="12 Harbour Road, Portland, ME 04101",
    contact="ce@coastal.example, 207 555 0100",
    number="P-77",
    signatory=Signatory(name="Dr. Amara Osei", title="CE Administrator, PhD", signature_image="signature.png"),
)
APPROVALS = [
    Approval(
        body="NBCC",
        statement="Coastal CE Institute has been approved by NBCC as an ACEP, No. {number}.",
        formats=["self-paced"],
    ),
    Approval(
        body="ASWB",
        statement="Coastal CE Institute, provider {number}, is approved by ASWB ACE.",
        number="1234",
        period="2026-01-01 to 2028-12-31",
        formats=["self-paced"],
    ),
    Approval(body="CAMFT", statement="Approved for the live workshop only.", formats=["live workshop"]),
]


def test_every_field_of_the_certificate_and_the_provider_block_reads_back(bank, store, clock, tmp_path):
    course = bank.course.model_copy(update={"provider": PROVIDER, "approvals": APPROVALS, "level": "Advanced"})
    provided = dataclasses.replace(bank, course=course)
    image = tmp_path / "signature.png"
    _signature_png(image)
    cert = certify_record(exported(store, provided, clock), provided, _provider(tmp_path)).certificate
    text = text_of(write_certificate(cert, tmp_path / "c.pdf", image))
    for field in (
        "CERTIFICATE OF COMPLETION",
        NAME,
        f"License {LICENCE}",
        "Licensed professional counselor",
        "Fixture Course: Boundaries Online",
        "1 contact hour (Law and ethics)",
        "Completion date: 2026-03-08",
        "Dates of participation: 2026-03-02 to 2026-03-08",
        "Delivery format: Self-paced home study (asynchronous, online)",
        "Instructional level: Advanced",
        "Provider: Coastal CE Institute",
        "12 Harbour Road, Portland, ME 04101",
        "ce@coastal.example, 207 555 0100",
        "Provider no. P-77",
        "Dr. Amara Osei, CE Administrator, PhD",
        f"approved by NBCC as an ACEP, No. {BLANK}",
        "provider 1234, is approved by ASWB ACE.",
        "Approval period: 2026-01-01 to 2028-12-31",
        f"Certificate no. {cert.number}",
        f"Verification code: {cert.code}",
        "Course version 2026.01",
        f"Issued {cert.issued}",
    ):
        assert field in text, field
    assert "live workshop only" not in text and "not accredited" not in text
    assert len(PdfReader(tmp_path / "c.pdf").pages[0].images) == 1  # the signature


def _signature_png(path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(2, 0.6))
    fig.text(0.1, 0.3, "A. Osei", fontsize=18, style="italic")
    fig.savefig(path)
    plt.close(fig)


def _provider(tmp_path):
    from boundarylab.ce.provider import init_provider

    return init_provider(tmp_path / "coastal")


def test_until_approvals_are_configured_the_pdf_says_the_course_is_not_accredited(record, tmp_path):
    text = text_of(write_certificate(record, tmp_path / "c.pdf"))
    assert "This course is not accredited by any continuing-education body" in text
    assert "For the provider: Fixture Provider" in text  # no signatory configured yet


def test_a_learner_without_a_provider_gets_a_record_of_completion_worded_as_such(bank, store, clock, tmp_path):
    complete(store, bank, clock)
    text = text_of(write_record_of_completion(ce.status(bank, store), tmp_path / "r.pdf"))
    assert text.startswith("RECORD OF COMPLETION") and NAME in text and "Completed 2026-03-08" in text
    assert "This is a record of completion, not a continuing-education certificate" in text
    assert "CERTIFICATE OF COMPLETION" not in text and "Verification code" not in text


@pytest.mark.parametrize("name", ["Łukasz Żółć", "Zoë Nguyễn", "Ngozi Ọkọnkwọ"])
def test_names_outside_latin_1_are_printed_as_written(record, tmp_path, name):
    text = text_of(write_certificate(renamed(record, name), tmp_path / "c.pdf"))
    assert name in text


def test_without_a_unicode_font_a_latin_1_name_still_prints(record, tmp_path):
    latin = renamed(record, "Zoë Martín")
    assert "Zoë Martín" in text_of(write_certificate(latin, tmp_path / "c.pdf", fonts={}))


def test_without_a_unicode_font_other_names_stop_with_a_sentence(record, tmp_path):
    with pytest.raises(FontMissing, match=r"needs a Unicode font to print 'ễ'.*fonts-dejavu-core"):
        write_certificate(record, tmp_path / "c.pdf", fonts={})
    assert not (tmp_path / "c.pdf").exists()


def test_dejavu_is_found_from_the_system_or_from_matplotlib():
    fonts = find_fonts()
    assert fonts and fonts[""].name == "DejaVuSans.ttf"
