"""The learner's social-media policy as a PDF (the Markdown comes from policy.render_markdown):
a left-aligned title, the therapist and the effective date and version under it, the sections,
and a signature block whose fields line up. A draft carries "Draft" across every page."""

from pathlib import Path
from typing import TYPE_CHECKING

from boundarylab.policy import PolicyDocument
from boundarylab.policy.builder import DRAFT_MARK
from boundarylab.reports import pdf as doc
from boundarylab.reports.pdf_text import write_text

if TYPE_CHECKING:
    from boundarylab.reports.pdf_document import Document

LABEL_WIDTH = 44  # mm: the signature block's labels, so every line starts at the same place
ROW = 9  # mm per signature row: room to sign
WATERMARK = (225, 225, 225)


def _watermark(pdf: "Document") -> None:
    """Drawn first on every page, so it sits under the text: a large diagonal word and a top line."""
    pdf.set_font(pdf.body, "B", 96)
    pdf.set_text_color(*WATERMARK)
    with pdf.rotation(45, pdf.w / 2, pdf.h / 2):
        pdf.text(pdf.w / 2 - 55, pdf.h / 2 + 12, "Draft")
    pdf.set_font(pdf.body, "B", 9)
    pdf.set_text_color(*doc.MUTED)
    pdf.set_xy(pdf.l_margin, 6)
    pdf.cell(0, 5, DRAFT_MARK)
    pdf.set_xy(pdf.l_margin, pdf.t_margin)


def _signature_block(pdf: "Document", policy: PolicyDocument) -> None:
    rows = policy.signature_lines()
    if pdf.will_page_break(ROW * len(rows) + 8):
        pdf.add_page()
    pdf.ln(6)
    for label, fill in rows:
        pdf.set_font(pdf.body, "B", 10)
        pdf.set_text_color(*doc.INK)
        pdf.cell(LABEL_WIDTH, ROW, f"{label}:")
        write_text(pdf, fill, 10, "", ROW)  # the therapist's name, in whatever script it is written


def _build(policy: PolicyDocument, path: Path) -> Path:
    pdf = doc.new_document(policy.title)
    if policy.draft:
        pdf.header = lambda: _watermark(pdf)
    pdf.add_page()
    doc.paragraph(pdf, policy.title, 16, "B", align="L")
    pdf.ln(2)
    doc.paragraph(pdf, f"{policy.therapist}\n{policy.effective}", 10, colour=doc.MUTED)
    pdf.ln(3)
    doc.paragraph(pdf, policy.intro)
    pdf.ln(3)
    for section in policy.sections:
        doc.paragraph(pdf, section.heading, 12, "B", align="L")
        pdf.ln(1.5)
        for text in section.paragraphs:
            doc.paragraph(pdf, text)
            pdf.ln(1.5)
        pdf.ln(1.5)
    _signature_block(pdf, policy)
    return doc.write(pdf, path)


def write_policy_pdf(policy: PolicyDocument, path: str | Path) -> Path:
    return doc.render(_build, policy, Path(path))
