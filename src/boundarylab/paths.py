"""Where the course's files are, wherever BoundaryLab is started from (a notebook runs in
notebooks/, the CLI in the repository root, a grading kernel in grading/autograded/...)."""

import os
from pathlib import Path

MARKER = Path("scenarios") / "course.yml"


def course_root() -> Path:
    """BOUNDARYLAB_COURSE_ROOT, else the nearest folder above the working directory holding
    scenarios/course.yml, else the checkout this package was installed from."""
    if os.environ.get("BOUNDARYLAB_COURSE_ROOT"):
        return Path(os.environ["BOUNDARYLAB_COURSE_ROOT"])
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            return folder
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / MARKER).is_file():
        return checkout
    raise FileNotFoundError("cannot find the course folder (scenarios/course.yml); "
                            "set BOUNDARYLAB_COURSE_ROOT to the BoundaryLab folder")


def resolve(path) -> Path:
    """A relative path that does not exist here is taken relative to the course root."""
    path = Path(path)
    if path.is_absolute() or path.exists():
        return path
    return course_root() / path
