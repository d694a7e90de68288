"""The feedback on a learner's earlier rewrite, kept on disk so a card that comes back with it
shows it without scoring it again: scoring loads the rewrite analysis (numpy, the check catalogue,
the learned model), most of a module page's own time. Kept under the scenario as shown, the text
and the code that scores and shows it; one file per scenario; any problem just means scoring."""

import hashlib
from functools import cache
from pathlib import Path

from boundarylab import __version__
from boundarylab.paths import write_whole

PACKAGE = Path(__file__).resolve().parents[1]
CODE = ("scoring.py", "names.py", "vocab.py", "widgets/feedback.py", "widgets/card.py")  # with all of analysis/
PREFIX = "feedback-"


@cache
def code_fingerprint() -> str:
    """Changes whenever the code or data that score a rewrite or show its feedback change."""
    files = sorted(p for p in (PACKAGE / "analysis").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    h = hashlib.sha256(__version__.encode())
    for p in [*files, *(PACKAGE / rel for rel in CODE)]:
        st = p.stat()
        h.update(f"{p.relative_to(PACKAGE)} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _path(cache_dir: Path, scenario, text: str) -> Path:
    key = hashlib.sha256(f"{code_fingerprint()}\n{scenario!r}\n{text}".encode()).hexdigest()[:24]
    return Path(cache_dir) / f"{PREFIX}{scenario.id}-{key}.html"


def kept(cache_dir: Path | None, scenario, text: str) -> str | None:
    if cache_dir is None:
        return None
    try:
        return _path(cache_dir, scenario, text).read_text(encoding="utf-8")
    except OSError:
        return None


def keep(cache_dir: Path | None, scenario, text: str, html: str) -> None:
    """Keep `html` as the feedback on `text`, in place of any kept for an earlier text."""
    if cache_dir is None:
        return
    path = _path(cache_dir, scenario, text)
    try:
        write_whole(path, html)
        for old in path.parent.glob(f"{PREFIX}{scenario.id}-*.html"):
            if old != path and len(old.name) == len(path.name):  # not another scenario whose id starts alike
                old.unlink(missing_ok=True)
    except OSError:
        pass  # not kept: scored again next time
