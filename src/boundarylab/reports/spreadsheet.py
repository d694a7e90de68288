"""Every CSV file BoundaryLab writes (LMS grades, cohort tables, transcripts, rosters) goes through
`write_csv`, so text a learner typed can never run as a spreadsheet formula.

Excel, LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` (or a tab
or carriage return before one) as a formula: a learner named `=HYPERLINK("http://…","Click")`
would become a live link, or worse, in the instructor's gradebook. OWASP's rule for CSV injection
is to prefix such a cell with a single quote, which the spreadsheet shows as text. Plain numbers
("-0.12") are left as they are: a spreadsheet reads them as numbers, never as formulas.
"""

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: object) -> str:
    """The cell as text, with a leading quote when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(path: str | Path, header: Iterable[object], rows: Iterable[Iterable[object]]) -> Path:
    """Write `header` and `rows` (sequences of cells) to `path`, every cell made safe."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([safe_cell(cell) for cell in header])
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return path


def csv_text(header: Iterable[object], rows: Iterable[Iterable[object]], lineterminator: str = "\n") -> str:
    """`header` and `rows` as CSV text, every cell made safe (for a file written elsewhere)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow([safe_cell(cell) for cell in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue()
