"""The fpdf2 document every BoundaryLab PDF is drawn on. fpdf2 takes half a second to import, so
`pdf.new_document` loads this module on first use; the other modules name the class in type
annotations only."""

from fpdf import FPDF

from boundarylab.reports.pdf import MUTED
from boundarylab.reports.pdf_fonts import FontChooser
from boundarylab.reports.pdf_text import write_text


class Document(FPDF):
    footer_text: str | None  # None: no footer (a certificate is one page)
    body: str  # the font family of the body text
    chooser: FontChooser

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_xy(self.l_margin, -12)
        self.set_text_color(*MUTED)
        write_text(self, f"{self.footer_text}, page {self.page_no()}", 8, "", 6, "C")
