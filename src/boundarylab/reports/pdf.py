"""A small shared base for BoundaryLab's PDFs (certificate, transcript, the policy builder).

Learners' names are not Latin-1 ("Zoë Nguyễn", "Łukasz"), so documents are set in DejaVu Sans:
Debian's fonts-dejavu-core when installed, else the copy matplotlib ships. Without either, text
that the PDF core fonts cannot show stops with a sentence saying what to install; a name is never
silently misspelt on a certificate.
"""

import importlib.util
from pathlib import Path

FAMILY = "DejaVu"
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
INK, ACCENT, MUTED = (20, 20, 20), (0, 114, 178), (90, 90, 90)  # Okabe-Ito blue for rules


class FontMissing(Exception):
    """No Unicode font was found for text outside Latin-1."""


def font_dirs() -> list[Path]:
    dirs = [Path("/usr/share/fonts/truetype/dejavu")]
    spec = importlib.util.find_spec("matplotlib")  # located, not imported
    if spec and spec.origin:
        dirs.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    return dirs


def find_fonts(dirs=None) -> dict | None:
    """Style -> font file, from the first folder holding all three DejaVu Sans styles."""
    for folder in font_dirs() if dirs is None else dirs:
        paths = {style: folder / name for style, name in STYLES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


def new_document(title: str, author: str = "", orientation: str = "portrait", fonts=None):
    """An fpdf2 document on US Letter with DejaVu Sans loaded (or Helvetica as the fallback),
    metadata set, and `body` as the family name to use."""
    from fpdf import FPDF

    class Document(FPDF):
        footer_text = title

        def footer(self):
            if not self.footer_text:
                return
            self.set_y(-12)
            self.set_font(self.body, "", 8)
            self.set_text_color(*MUTED)
            self.cell(0, 6, f"{self.footer_text}, page {self.page_no()}", align="C")

    pdf = Document(orientation=orientation, unit="mm", format="letter")
    found = find_fonts() if fonts is None else fonts
    if found:
        for style, path in found.items():
            pdf.add_font(FAMILY, style, str(path))
        pdf.body = FAMILY
    else:
        pdf.body = "Helvetica"
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("BoundaryLab")
    pdf.set_auto_page_break(True, margin=16)
    return pdf


def write(pdf, path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def render(build, *args, **kwargs):
    """Run a document builder; turn fpdf2's error for a character the fallback font lacks into a
    sentence for the person who asked for the PDF."""
    from fpdf.errors import FPDFUnicodeEncodingException

    try:
        return build(*args, **kwargs)
    except FPDFUnicodeEncodingException as e:
        char = str(e).split('"')[1] if '"' in str(e) else "a character"
        raise FontMissing(
            f"This PDF needs a Unicode font to print '{char}', and none was found. Install the DejaVu fonts "
            "(Debian or Ubuntu: apt-get install fonts-dejavu-core) or reinstall matplotlib, then try again."
        ) from e


def heading(pdf, text: str, size: float = 14) -> None:
    pdf.set_font(pdf.body, "B", size)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def paragraph(pdf, text: str, size: float = 10, style: str = "", colour=INK, align: str = "L") -> None:
    pdf.set_font(pdf.body, style, size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, size * 0.48, text, align=align, new_x="LMARGIN", new_y="NEXT")


def table(pdf, header: list[str], rows: list[list[str]], widths: tuple, size: float = 9) -> None:
    pdf.set_font(pdf.body, "", size)
    pdf.set_text_color(*INK)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.55,
                   headings_style=_bold(pdf, size)) as t:
        for cells in [header] + rows:
            row = t.row()
            for cell in cells:
                row.cell(str(cell))
    pdf.ln(3)


def _bold(pdf, size):
    from fpdf.fonts import FontFace

    return FontFace(family=pdf.body, emphasis="BOLD", size_pt=size, fill_color=(230, 240, 248))
