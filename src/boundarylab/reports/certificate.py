"""Two one-page PDFs: the provider's signed certificate, and the learner's record of completion.

The certificate carries the fields CE bodies and boards look for (reference/ce.md §5): learner
name and licence, course title exactly as in course.yml, completion date, contact hours with
their category, delivery format, instructional level, dates of participation, the provider block
(name, address, contact, signatory, approval statements) and the certificate number with its
verification code. Every line comes from the signed fields (CertificateRecord.printed), and the
signed fields and signature travel inside the PDF as an attachment, so `verify certificate.pdf
--public-key KEY` checks the signature and that each signed line is what the page shows.

A learner without a provider gets a record of completion: worded as such, never as a CE
certificate, with no number and no code.
"""

import json
from pathlib import Path
from typing import TYPE_CHECKING

from boundarylab.ce.certificate import (
    EARLIER_LICENSE_LABEL,
    LICENSE_LABEL,
    CertificateRecord,
    InvalidCertificate,
    check_signature,
)
from boundarylab.ce.hours import contact_hours
from boundarylab.ce.standing import Status
from boundarylab.reports import pdf as doc

if TYPE_CHECKING:
    from boundarylab.reports.pdf_document import Document

PAGE_W = 279.4  # US Letter, landscape
ATTACHMENT = "boundarylab-certificate.json"
NOT_A_CERTIFICATE = (
    "This is a record of completion, not a continuing-education certificate: no provider has "
    "checked or signed it, and it carries no CE credit. To claim credit, export your completion "
    "record (boundarylab export-record) and send it to the course provider."
)


def _centred(
    pdf: "Document", text: str, size: float, style: str = "", colour: tuple[int, int, int] = doc.INK, gap: float = 2
) -> None:
    doc.paragraph(pdf, text, size=size, style=style, colour=colour, align="C")
    pdf.ln(gap)


def _page(title: str, author: str, fonts: dict[str, Path] | None) -> "Document":
    pdf = doc.new_document(title, author, "landscape", fonts)
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(False)
    pdf.footer_text = None
    pdf.add_page()
    pdf.set_draw_color(*doc.ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, PAGE_W - 16, 215.9 - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, PAGE_W - 22, 215.9 - 22)
    pdf.set_y(18)
    return pdf


def _build(
    record: CertificateRecord, path: str | Path, signature_image: str | Path | None, fonts: dict[str, Path] | None
) -> Path:
    lines = record.printed()
    pdf = _page(f"Certificate of completion {record.number}", record.provider["name"], fonts)
    _centred(pdf, "CERTIFICATE OF COMPLETION", 22, "B", doc.ACCENT, 2)
    _centred(pdf, "This certifies that", 11, gap=1)
    _centred(pdf, lines["name"], 24 if len(lines["name"]) <= 40 else 17, "B", gap=1)  # a long name in two lines
    if "profession and license" in lines:
        _centred(pdf, lines["profession and license"], 10.5, colour=doc.MUTED, gap=1)
    _centred(pdf, "has completed the continuing-education course", 11, gap=1)
    _centred(pdf, lines["course"], 15, "B", gap=2)
    _centred(pdf, lines["hours"], 13, "B", doc.ACCENT, 2)
    for field in ("completion date", "dates of participation", "delivery format", "level"):
        _centred(pdf, lines[field], 10, gap=0.8)
    pdf.ln(1.5)
    _centred(pdf, lines["provider"], 10, gap=1.5)
    for name in (k for k in lines if k.startswith("approval statement")):
        _centred(pdf, lines[name], 8.5, "I", gap=1)
    pdf.set_y(-58)
    if signature_image:
        pdf.image(str(signature_image), x=PAGE_W / 2 - 25, h=14)
    y = max(pdf.get_y(), 215.9 - 42)
    pdf.set_draw_color(*doc.MUTED)
    pdf.line(PAGE_W / 2 - 45, y, PAGE_W / 2 + 45, y)
    pdf.set_y(y + 1)
    _centred(pdf, lines["signatory"], 9, colour=doc.MUTED, gap=3)
    _centred(pdf, lines["number and code"], 10, "B", gap=0.5)
    _centred(pdf, lines["issue date and version"], 9, gap=0.5)
    _centred(
        pdf,
        "To check it: boundarylab verify CODE --registry REGISTRY, or boundarylab verify this.pdf "
        "--public-key KEY (the provider's public key).",
        8,
        colour=doc.MUTED,
    )
    signed = {"payload": record.payload, "signature": record.signature.hex()}
    pdf.embed_file(
        bytes=json.dumps(signed, ensure_ascii=False).encode("utf-8"),
        basename=ATTACHMENT,
        desc="The certificate's fields as signed by the provider (Ed25519)",
    )
    return doc.write(pdf, path)


def write_certificate(
    record: CertificateRecord,
    path: str | Path,
    signature_image: str | Path | None = None,
    fonts: dict[str, Path] | None = None,
) -> Path:
    """Write the signed certificate to `path` and return the path; FontMissing is a sentence to show."""
    return doc.render(_build, record, path, signature_image, fonts)


def _build_record_of_completion(state: Status, path: str | Path, fonts: dict[str, Path] | None) -> Path:
    hours = state.hours
    pdf = _page(f"Record of completion: {state.learner.name}", state.learner.name, fonts)
    _centred(pdf, "RECORD OF COMPLETION", 22, "B", doc.ACCENT, 4)
    _centred(pdf, state.learner.name, 24, "B", gap=2)
    _centred(pdf, "completed every module, the post-test and the course evaluation of", 11, gap=2)
    _centred(pdf, hours.course, 15, "B", gap=2)
    _centred(
        pdf,
        f"Completed {state.completion_date}     Course version {hours.version}     Planned length "
        f"{contact_hours(hours.credited_hours)}",
        10.5,
        gap=8,
    )
    _centred(pdf, NOT_A_CERTIFICATE, 11, "B", doc.MUTED)
    return doc.write(pdf, path)


def write_record_of_completion(state: Status, path: str | Path, fonts: dict[str, Path] | None = None) -> Path:
    """The learner's own record of completion (state: a complete ce.Status)."""
    return doc.render(_build_record_of_completion, state, path, fonts)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _on_page(line: str, text: str) -> bool:
    """LINE is printed in the squeezed page TEXT; a certificate issued before the course settled on
    US spelling prints its license under the earlier label, which is not a signed field."""
    earlier = line.replace(f"{LICENSE_LABEL} ", f"{EARLIER_LICENSE_LABEL} ")
    return _squeezed(line) in text or _squeezed(earlier) in text


def verify_pdf(path: str | Path, public_pem: bytes) -> CertificateRecord:
    """The certificate in the PDF at PATH, if the provider's key signed its fields and every signed
    line is on the page as signed; else InvalidCertificate naming what is wrong."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    path = Path(path)
    try:
        reader = PdfReader(path)
        signed = json.loads(reader.attachments[ATTACHMENT][0])
        text = _squeezed(" ".join(page.extract_text() for page in reader.pages))
        record = check_signature(public_pem, signed["payload"], bytes.fromhex(signed["signature"]))
    except (OSError, PyPdfError, KeyError, IndexError, ValueError, TypeError):
        raise InvalidCertificate(
            f"{path.name} is not a certificate signed with BoundaryLab: it carries no signed certificate fields."
        ) from None
    changed = [field for field, line in record.printed().items() if not _on_page(line, text)]
    if changed:
        raise InvalidCertificate(
            f"{path.name} does NOT verify: its {', '.join(changed)} as printed differ from "
            "what the provider signed; the page was edited."
        )
    return record
