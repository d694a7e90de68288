"""Paragraphs on BoundaryLab's PDFs, laid out here rather than by fpdf2's multi_cell.

multi_cell re-measures the line so far for every character it adds, and copies the rest of the
text for every line, so a long policy field took minutes and gigabytes. Here every word is
measured once and every line drawn once: the time grows with the length of the text. And a line
can mix scripts ("Zoë 张伟"): it is drawn in runs, each in the font that has its characters
(pdf_fonts), right-to-left runs shaped so Arabic letters join and read in order.
"""

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boundarylab.reports.pdf_document import Document

RIGHT_TO_LEFT = {"R", "AL", "AN"}
FOLLOWS_ITS_NEIGHBOUR = {"WS", "ON", "CS", "ES", "ET", "BN", "NSM"}  # spaces, punctuation, combining marks


class Measure:
    """Runs and widths of text at one size and style; each character is measured once."""

    def __init__(self, pdf: "Document", size: float, style: str):
        self.pdf, self.size, self.style = pdf, size, style
        self._widths: dict[str, float] = {}
        self._chars: dict[str, dict[str, float]] = {}  # family -> character -> width

    def runs(self, text: str) -> list[tuple[str, bool, str]]:
        """(family, right-to-left, text) runs, in reading order."""
        chooser = self.pdf.chooser
        if chooser.plain.issuperset(text):  # most text: one left-to-right run in the body font
            return [(chooser.body, False, text)]
        runs: list[tuple[str, bool, str]] = []
        for char in text:
            family = chooser.family_for(char)
            kind = unicodedata.bidirectional(char)
            if family == chooser.body and kind not in RIGHT_TO_LEFT:
                chooser.plain.add(char)
            if (runs and kind in FOLLOWS_ITS_NEIGHBOUR and runs[-1][0] == family) or (
                runs and runs[-1][0] == family and runs[-1][1] == (kind in RIGHT_TO_LEFT)
            ):
                runs[-1] = (family, runs[-1][1], runs[-1][2] + char)  # the run's family is this one
            else:
                runs.append((family, kind in RIGHT_TO_LEFT, char))
        return [piece for run in runs for piece in _trailing_space_apart(*run)]

    def use(self, family: str, rtl: bool) -> None:
        self.pdf.set_font(family, self.pdf.chooser.style(family, self.style), self.size)
        if rtl != bool(self.pdf.text_shaping):
            self.pdf.set_text_shaping(rtl)

    def run_width(self, family: str, rtl: bool, text: str) -> float:
        if rtl:  # shaping joins letters, which changes their widths
            self.use(family, rtl)
            return self.pdf.get_string_width(text)
        widths = self._chars.setdefault(family, {})
        for char in set(text).difference(widths):
            self.use(family, False)
            widths[char] = self.pdf.get_string_width(char)
        return sum(map(widths.__getitem__, text))  # exact: fpdf2 adds no kerning

    def width(self, word: str) -> float:
        if word not in self._widths:
            self._widths[word] = sum(self.run_width(*run) for run in self.runs(word))
        return self._widths[word]


def _trailing_space_apart(family: str, rtl: bool, text: str) -> list[tuple[str, bool, str]]:
    """Spaces after a right-to-left run belong between it and what follows, not at its left end."""
    words = text.rstrip(" ")
    if not rtl or words == text:
        return [(family, rtl, text)]
    return [(family, True, words), (family, False, text[len(words) :])]


def _split_long(word: str, room: float, measure: Measure) -> list[str]:
    """A word wider than the line (a URL, a pasted string), cut where it reaches the margin."""
    pieces: list[str] = []
    piece, used = "", 0.0
    for char in word:
        w = measure.width(char)
        if piece and used + w > room:
            pieces.append(piece)
            piece, used = "", 0.0
        piece, used = piece + char, used + w
    return pieces + [piece]


def wrap(paragraph: str, room: float, measure: Measure) -> list[str]:
    """The lines of one paragraph (no newlines) in a column `room` wide."""
    space = measure.width(" ")
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in paragraph.split(" "):
        w = measure.width(word)
        if w > room:
            *whole, word = _split_long(word, room, measure)
            for piece in whole:
                if line:
                    lines.append(" ".join(line))
                lines.append(piece)
                line, used = [], 0.0
            w = measure.width(word)
        if line and used + space + w > room:
            lines.append(" ".join(line))
            line, used = [], 0.0
        used = used + space + w if line else w
        line.append(word)
    return lines + [" ".join(line)]


def _draw(pdf: "Document", line: str, left: float, room: float, height: float, align: str, measure: Measure) -> None:
    if pdf.will_page_break(height):
        pdf.add_page()
    runs = [(run, measure.run_width(*run)) for run in measure.runs(line)]
    x = left + (room - sum(w for _, w in runs)) / 2 if align == "C" else left
    y = pdf.get_y()
    for (family, rtl, text), w in runs:
        measure.use(family, rtl)
        if rtl:  # shaped and reordered by cell()
            pdf.set_xy(x, y)
            pdf.cell(w, height, text)
        else:  # text() is several times faster; the baseline is where cell() puts it
            pdf.text(x, y + 0.5 * height + 0.3 * pdf.font_size, text)
        x += w
    pdf.set_xy(pdf.l_margin, y + height)


def write_text(pdf: "Document", text: str, size: float, style: str, height: float, align: str = "L") -> None:
    """Text from the current position to the right margin, `height` per line, each newline a new
    line, continuing on new pages as multi_cell did; then back at the left margin."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    margin, pdf.c_margin = pdf.c_margin, 0  # runs sit edge to edge; the margin is kept around the line
    left = pdf.get_x() + margin
    room = pdf.w - pdf.r_margin - margin - left
    measure = Measure(pdf, size, style)
    try:
        for paragraph in text.split("\n"):
            for line in wrap(paragraph, room, measure):
                _draw(pdf, line, left, room, height, align, measure)
    finally:
        pdf.c_margin = margin
        measure.use(pdf.chooser.body, False)
