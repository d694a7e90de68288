"""The learner's social-media policy as a PDF (the Markdown comes from policy.render_markdown)."""

from pathlib import Path

from boundarylab.policy import PolicyDocument
from boundarylab.policy.builder import SIGNATURE
from boundarylab.reports import pdf as doc


def _build(policy: PolicyDocument, path: Path) -> Path:
    pdf = doc.new_document(policy.title)
    pdf.add_page()
    doc.heading(pdf, policy.title, size=16)
    doc.paragraph(pdf, policy.intro)
    pdf.ln(3)
    for section in policy.sections:
        doc.heading(pdf, section.heading, size=12)
        for text in section.paragraphs:
            doc.paragraph(pdf, text)
            pdf.ln(1.5)
        pdf.ln(1.5)
    pdf.ln(6)
    doc.paragraph(pdf, SIGNATURE)
    return doc.write(pdf, path)


def write_policy_pdf(policy: PolicyDocument, path) -> Path:
    return doc.render(_build, policy, Path(path))
