"""The learner's social-media policy as a Word document, for practices whose intake paperwork is
edited in Word: real headings and paragraphs, so it reflows and can be changed before printing."""

from pathlib import Path

from boundarylab.policy import PolicyDocument
from boundarylab.policy.builder import SIGNATURE


PROPERTY_LIMIT = 255  # Word's limit for a document property; the heading keeps the whole title


def _property(text: str) -> str:
    return text if len(text) <= PROPERTY_LIMIT else text[:PROPERTY_LIMIT - 1] + "…"


def write_policy_docx(policy: PolicyDocument, path) -> Path:
    from docx import Document

    document = Document()
    document.core_properties.title = _property(policy.title)
    document.core_properties.author = "BoundaryLab"
    document.add_heading(policy.title, level=1)
    document.add_paragraph(policy.intro)
    for section in policy.sections:
        document.add_heading(section.heading, level=2)
        for text in section.paragraphs:
            document.add_paragraph(text)
    document.add_paragraph()
    document.add_paragraph(SIGNATURE)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
