"""The certificate of completion as a one-page PDF, from a CertificateRecord (ce.certificate).

It carries the fields CE bodies and boards look for (reference/ce.md §5): learner name and licence,
course title exactly as in course.yml, completion date, contact hours with their category,
delivery format, provider, each approval statement for that format (or a plain line that the
course is not accredited), certificate number and verification code.
"""

from boundarylab.ce.certificate import CertificateRecord
from boundarylab.reports import pdf as doc

PAGE_W = 279.4  # US Letter, landscape


def _centred(pdf, text: str, size: float, style: str = "", colour=doc.INK, gap: float = 2) -> None:
    doc.paragraph(pdf, text, size=size, style=style, colour=colour, align="C")
    pdf.ln(gap)


def _frame(pdf) -> None:
    pdf.set_draw_color(*doc.ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, PAGE_W - 16, 215.9 - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, PAGE_W - 22, 215.9 - 22)


def _build(record: CertificateRecord, path, fonts=None):
    pdf = doc.new_document(f"Certificate of completion {record.number}", record.provider, "landscape", fonts)
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(False)
    pdf.footer_text = None
    pdf.add_page()
    _frame(pdf)
    pdf.set_y(22)
    _centred(pdf, "CERTIFICATE OF COMPLETION", 24, "B", doc.ACCENT, 4)
    _centred(pdf, "This certifies that", 12)
    _centred(pdf, record.name, 26 if len(record.name) <= 40 else 18, "B", gap=1)  # a long name in two lines
    who = " · ".join(x for x in (record.profession, f"Licence {record.licence}" if record.licence else "") if x)
    if who:
        _centred(pdf, who, 11, colour=doc.MUTED)
    _centred(pdf, "has completed the continuing-education course", 12)
    _centred(pdf, record.course, 16, "B", gap=3)
    _centred(pdf, record.hours_text, 14, "B", doc.ACCENT, 3)
    _centred(pdf, f"Completion date: {record.completion_date}     Delivery format: {record.delivery_text}", 11)
    provider = " · ".join(x for x in (f"Provider: {record.provider}", record.provider_contact,
                                      f"Provider no. {record.provider_number}" if record.provider_number else "")
                          if x)
    _centred(pdf, provider, 11, gap=3)
    for statement in record.accreditation:
        _centred(pdf, statement, 9.5, "I", gap=1.5)
    pdf.set_y(-52)
    pdf.set_draw_color(*doc.MUTED)
    pdf.line(PAGE_W / 2 - 45, pdf.get_y(), PAGE_W / 2 + 45, pdf.get_y())
    pdf.ln(1)
    _centred(pdf, f"For the provider: {record.provider}", 9, colour=doc.MUTED, gap=4)
    _centred(pdf, f"Certificate no. {record.number}     Verification code: {record.code}", 10, "B", gap=0.5)
    _centred(pdf, f"Issued {record.issued}     Course version {record.version}", 9, gap=0.5)
    _centred(pdf, f"To check this certificate, the provider runs: boundarylab verify {record.code}", 8.5,
             colour=doc.MUTED)
    return doc.write(pdf, path)


def write_certificate(record: CertificateRecord, path, fonts=None):
    """Write the PDF to `path` and return the path; FontMissing is a sentence to show."""
    return doc.render(_build, record, path, fonts)
