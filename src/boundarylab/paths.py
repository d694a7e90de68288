"""Where the course's files are: named explicitly, never searched for.

A learner's kernel runs in whatever folder their notebook or submission is in, and that folder is
theirs: a `scenarios/` folder placed in it must never become the course, let alone the answer key.
So the course root is BOUNDARYLAB_COURSE_ROOT (a learner's course folder written by `boundarylab
learner-dist`, set by `boundarylab course --root DIR` or by the JupyterHub image), else the
checkout this package was installed from. The post-test key is read only from an instructor's
explicit path (grading/keys.py).
"""

import os
import tempfile
from pathlib import Path

ROOT_ENV = "BOUNDARYLAB_COURSE_ROOT"
MARKER = Path("scenarios") / "course.yml"


def course_root() -> Path:
    if os.environ.get(ROOT_ENV):
        return Path(os.environ[ROOT_ENV])
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / MARKER).is_file():
        return checkout
    raise FileNotFoundError(
        f"cannot find the course folder (scenarios/course.yml); set {ROOT_ENV} to the "
        "course folder (one written by `boundarylab learner-dist`)"
    )


def resolve(path: str | Path) -> Path:
    """A relative path that does not exist here is taken relative to the course root."""
    path = Path(path)
    if path.is_absolute() or path.exists():
        return path
    return course_root() / path


def write_whole(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` whole or not at all: a temporary file beside it, renamed over it,
    so a reader (another page or view open at once) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(content.encode("utf-8") if isinstance(content, str) else content)
    os.replace(tmp, path)
