"""The learner's social-media policy as a Word document, for practices whose intake paperwork is
edited in Word: real headings and paragraphs, so it reflows and can be changed before printing;
the signature block is a borderless table so its fields line up; a draft says so in the page
header, which Word repeats on every page."""

from pathlib import Path
from typing import TYPE_CHECKING

from boundarylab.policy import PolicyDocument
from boundarylab.policy.builder import DRAFT_MARK

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

GREY = (150, 150, 150)


def _mark_draft(document: "WordDocument") -> None:
    from docx.shared import Pt, RGBColor

    header = document.sections[0].header.paragraphs[0]
    run = header.add_run(DRAFT_MARK)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), RGBColor(*GREY)


def _signature_block(document: "WordDocument", policy: PolicyDocument) -> None:
    from docx.shared import Cm

    rows = policy.signature_lines()
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, fill) in zip(table.rows, rows, strict=True):
        row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(11)
        row.cells[0].paragraphs[0].add_run(f"{label}:").bold = True
        row.cells[1].paragraphs[0].add_run(fill)


PROPERTY_LIMIT = 255  # Word's limit for a document property; the heading keeps the whole title


def _property(text: str) -> str:
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"


def write_policy_docx(policy: PolicyDocument, path: str | Path) -> Path:
    from docx import Document

    document = Document()
    document.core_properties.title = _property(policy.title)
    document.core_properties.author = "BoundaryLab"
    if policy.draft:
        _mark_draft(document)
    document.add_heading(policy.title, level=1)
    document.add_paragraph(f"{policy.therapist}\n{policy.effective}")
    document.add_paragraph(policy.intro)
    for section in policy.sections:
        document.add_heading(section.heading, level=2)
        for text in section.paragraphs:
            document.add_paragraph(text)
    document.add_paragraph()
    _signature_block(document, policy)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
