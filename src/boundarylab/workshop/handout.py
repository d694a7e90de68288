"""A printable handout per module (PDF): what the session is for and the questions the room will
discuss, with room to write. Learners' copies: no answers, no rationales."""

from boundarylab.bank.loader import Bank
from boundarylab.reports import pdf


def _build(bank: Bank, module: str, room: set, path):
    m = bank.modules[module]
    doc = pdf.new_document(f"{m.title}: workshop handout", bank.course.provider.name)
    doc.add_page()
    pdf.heading(doc, m.title, 16)
    pdf.paragraph(doc, bank.course.title, 9, colour=pdf.MUTED)
    doc.ln(3)
    pdf.heading(doc, "Questions for this session", 12)
    for q in m.questions:
        pdf.paragraph(doc, f"• {q}")
    doc.ln(2)
    pdf.heading(doc, "Key points", 12)
    for k in m.keypoints:
        pdf.paragraph(doc, f"• {k}")
    doc.ln(2)
    pdf.heading(doc, "Cards we discuss together", 12)
    for s in (s for s in bank.in_module(module) if s.id in room):
        pdf.paragraph(doc, s.title, 10, "B")
        for q in s.discussion:
            pdf.paragraph(doc, f"• {q}")
        pdf.paragraph(doc, "Notes: " + "_" * 60, 9, colour=pdf.MUTED)
        doc.ln(2)
    return pdf.write(doc, path)


def write_handout(bank: Bank, module: str, room: set, path):
    return pdf.render(_build, bank, module, room, path)
