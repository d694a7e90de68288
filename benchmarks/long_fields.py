"""Time to write the policy's PDF and Word file with one very long field (0.5, 1 and 2 MB of
text in one paragraph, every word different), to show the time grows in proportion to the text.
Before the PDF paragraphs were laid out by BoundaryLab (reports/pdf_text.py), fpdf2's multi_cell
took minutes for 2 MB. Fields a learner types are limited far below this (boundarylab.limits):
this measures the writers themselves.

    PYTHONPATH=src python benchmarks/long_fields.py [--sizes 0.5 1 2]
"""

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from boundarylab.policy.builder import PolicySection, build_policy, recommended_answers
from boundarylab.reports.policy import write_policy_pdf
from boundarylab.reports.policy_docx import write_policy_docx


def long_text(megabytes: float) -> str:
    words, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        word = f"boundary{n}"
        words.append(word)
        size, n = size + len(word) + 1, n + 1
    return " ".join(words)


def timed(write, doc, path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (CPU time is steadier on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    write(doc, path)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2], help="field sizes in MB")
    args = parser.parse_args()
    base = build_policy(recommended_answers())
    timed(write_policy_pdf, base, Path(tempfile.mkdtemp()) / "warm.pdf")  # imports and fonts, once
    print(f"{'field':>8}  {'PDF wall':>8}  {'PDF CPU':>8}  {'pages':>5}  {'DOCX wall':>9}  {'PDF CPU s/MB':>12}")
    with tempfile.TemporaryDirectory() as out:
        for mb in args.sizes:
            doc = dataclasses.replace(base, sections=base.sections + (PolicySection("Long", (long_text(mb),)),))
            pdf_wall, pdf_cpu = timed(write_policy_pdf, doc, Path(out) / "policy.pdf")
            docx_wall, _ = timed(write_policy_docx, doc, Path(out) / "policy.docx")
            pages = (Path(out) / "policy.pdf").read_bytes().count(b"/Type /Page\n")
            print(
                f"{mb:>6.1f}MB  {pdf_wall:>7.2f}s  {pdf_cpu:>7.2f}s  {pages:>5}  {docx_wall:>8.2f}s  "
                f"{pdf_cpu / mb:>12.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
