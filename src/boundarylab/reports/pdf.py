"""A small shared base for BoundaryLab's PDFs (certificate, transcript, the policy builder).

Fonts come from pdf_fonts (every script a learner's name may be written in, or a sentence saying
what to install); paragraphs are laid out by pdf_text, in time that grows with their length.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from boundarylab.reports.pdf_fonts import FAMILY, FontChooser, find_fallback, find_fonts, missing
from boundarylab.reports.pdf_text import write_text

if TYPE_CHECKING:
    from fpdf.fonts import FontFace

    from boundarylab.reports.pdf_document import Document

INK, ACCENT, MUTED = (20, 20, 20), (0, 114, 178), (90, 90, 90)  # Okabe-Ito blue for rules
Args = ParamSpec("Args")
Built = TypeVar("Built")


def new_document(
    title: str, author: str = "", orientation: str = "portrait", fonts: dict[str, Path] | None = None
) -> "Document":
    """An fpdf2 document on US Letter with DejaVu Sans loaded (or Helvetica as the fallback),
    metadata set, and `body` as the family name to use. `fonts` (style -> file) replaces the
    fonts found on this machine, fallback included; {} leaves only the PDF core fonts."""
    from boundarylab.reports.pdf_document import Document

    pdf = Document(orientation=orientation, unit="mm", format="letter")
    pdf.footer_text = title
    found = find_fonts() if fonts is None else fonts
    if found:
        for style, path in found.items():
            pdf.add_font(FAMILY, style, str(path))
        pdf.body = FAMILY
    else:
        pdf.body = "Helvetica"
    pdf.chooser = FontChooser(pdf, pdf.body, find_fallback() if fonts is None else None)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("BoundaryLab")
    pdf.set_auto_page_break(True, margin=16)
    return pdf


def write(pdf: "Document", path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def render(build: Callable[Args, Built], *args: Args.args, **kwargs: Args.kwargs) -> Built:
    """Run a document builder; turn fpdf2's error for a character the fallback font lacks into a
    sentence for the person who asked for the PDF."""
    from fpdf.errors import FPDFUnicodeEncodingException

    try:
        return build(*args, **kwargs)
    except FPDFUnicodeEncodingException as e:
        char = str(e).split('"')[1] if '"' in str(e) else "?"
        raise missing(char[:1] or "?") from e


def heading(pdf: "Document", text: str, size: float = 14) -> None:
    pdf.set_text_color(*INK)
    write_text(pdf, text, size, "B", size * 0.5)
    pdf.ln(1.5)


def paragraph(
    pdf: "Document", text: str, size: float = 10, style: str = "", colour: tuple[int, int, int] = INK, align: str = "L"
) -> None:
    pdf.set_text_color(*colour)
    write_text(pdf, text, size, style, size * 0.48, align)


def table(
    pdf: "Document", header: list[str], rows: list[list[object]], widths: tuple[float, ...], size: float = 9
) -> None:
    pdf.set_font(pdf.body, "", size)
    pdf.set_text_color(*INK)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.55, headings_style=_bold(pdf, size)) as t:
        for cells in [header, *rows]:
            row = t.row()
            for cell in cells:
                row.cell(str(cell))
    pdf.ln(3)


def _bold(pdf: "Document", size: float) -> "FontFace":
    from fpdf.fonts import FontFace

    return FontFace(family=pdf.body, emphasis="BOLD", size_pt=size, fill_color=(230, 240, 248))
