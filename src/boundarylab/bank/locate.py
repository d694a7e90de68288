"""Where the scenario bank is: notebooks run from notebooks/ (or a copy elsewhere), so the bank
is found from an explicit setting, the working folder upwards, or the source checkout."""

import os
from pathlib import Path

ENV = "BOUNDARYLAB_BANK"
FOLDER = "scenarios"
MARKER = "course.yml"


def bank_dir(start: Path | None = None) -> Path:
    """BOUNDARYLAB_BANK, else the nearest scenarios/ with a course.yml above `start` (default:
    the working folder), else the checkout this package was installed from (editable install)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / FOLDER / MARKER).is_file():
            return folder / FOLDER
    return Path(__file__).resolve().parents[3] / FOLDER


def repo_root() -> Path:
    """The folder holding scenarios/ and notebooks/."""
    return bank_dir().parent
