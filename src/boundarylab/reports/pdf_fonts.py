"""The fonts of BoundaryLab's PDFs, and which one draws each character.

Learners' names are written in every script ("Zoë Nguyễn", "محمد", "张伟", "山田太郎"), so text is
set in DejaVu Sans (Latin with every accent, Greek, Cyrillic, Hebrew, Arabic: Debian's
fonts-dejavu-core, else the copy matplotlib ships), and what DejaVu lacks (Chinese, Japanese,
Korean) in Droid Sans Fallback (Debian's fonts-droid-fallback), the TrueType forerunner of Noto
Sans CJK. Noto CJK itself ships only as CFF outlines, which fpdf2 embeds in a form that PDF text
readers (pypdf) turn into garbage, so a certificate could no longer be checked by reading it.
A character that no installed font has stops the PDF with a sentence: a name is never printed
as blanks or boxes.
"""

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

FAMILY = "DejaVu"
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FALLBACK_FAMILY = "CJK"
FALLBACK_FILE = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
INSTALL = "Debian or Ubuntu: apt-get install fonts-dejavu-core fonts-droid-fallback"


class FontMissing(Exception):
    """No installed font can draw a character of the text; the message says which and what to install."""


def font_dirs() -> list[Path]:
    dirs = [Path("/usr/share/fonts/truetype/dejavu")]
    spec = importlib.util.find_spec("matplotlib")  # located, not imported
    if spec and spec.origin:
        dirs.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    return dirs


def find_fonts(dirs: Iterable[Path] | None = None) -> dict[str, Path] | None:
    """Style -> font file, from the first folder holding all three DejaVu Sans styles."""
    for folder in font_dirs() if dirs is None else dirs:
        paths = {style: folder / name for style, name in STYLES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


def find_fallback() -> Path | None:
    return FALLBACK_FILE if FALLBACK_FILE.is_file() else None


def missing(char: str) -> FontMissing:
    return FontMissing(
        f"This PDF needs a Unicode font to print '{char}' (U+{ord(char):04X}), and none was found. Install the "
        f"DejaVu fonts and Droid Sans Fallback ({INSTALL}) or reinstall matplotlib, then try again."
    )


class FontChooser:
    """Which registered family draws each character. The fallback font is large (every CJK glyph),
    so it is loaded only by a document that needs it."""

    def __init__(self, pdf: "FPDF", body: str, fallback: Path | None):
        self.pdf, self.body, self.fallback = pdf, body, fallback
        self.families = [body]
        self.plain: set[str] = set()  # characters known to be drawn by the body font, left to right
        self._chosen: dict[str, str] = {}

    def _covers(self, family: str, char: str) -> bool:
        cmap = getattr(self.pdf.fonts.get(family.lower()), "cmap", None)
        if cmap is None:  # a PDF core font (Helvetica): Latin-1 only
            return char.encode("latin-1", "ignore") != b""
        return ord(char) in cmap

    def family_for(self, char: str) -> str:
        """The first family that has `char`; FontMissing when none has it."""
        if char in self._chosen:
            return self._chosen[char]
        family = next((f for f in self.families if self._covers(f, char)), None)
        if family is None and self.fallback and FALLBACK_FAMILY not in self.families:
            self.pdf.add_font(FALLBACK_FAMILY, "", str(self.fallback))
            self.families.append(FALLBACK_FAMILY)
            family = FALLBACK_FAMILY if self._covers(FALLBACK_FAMILY, char) else None
        if family is None:
            raise missing(char)
        self._chosen[char] = family
        return family

    def style(self, family: str, style: str) -> str:
        """The fallback font has one weight: bold and italic text in it is drawn upright."""
        return "" if family == FALLBACK_FAMILY else style
