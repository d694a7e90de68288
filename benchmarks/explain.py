"""Which pattern of which check fires on a text: for the course author tuning a check.

PYTHONPATH=src python benchmarks/explain.py "text to explain" [CHECK-ID]
"""

import sys

from boundarylab.analysis import CHECKS
from boundarylab.analysis.patterns import AnyOf, Pattern
from boundarylab.analysis.text import Doc


def leaves(finder, path=()):
    if isinstance(finder, AnyOf):
        for i, f in enumerate(finder.finders):
            yield from leaves(f, path + (i,))
    else:
        yield path, finder


def main(text: str, only: str | None = None) -> None:
    doc = Doc(text)
    print("normalised:", doc.norm)
    for check in CHECKS:
        if only and check.id != only:
            continue
        for path, finder in leaves(check.find):
            spans = list(finder(doc))
            if spans:
                rx = finder.rx.pattern[:110] if isinstance(finder, Pattern) else getattr(finder, "__name__", finder)
                print(f"{check.id} {path}: {[doc.norm[s:e] for s, e in spans]}\n    {rx}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
