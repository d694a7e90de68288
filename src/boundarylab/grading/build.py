"""`boundarylab build-assignments`: the course root's config and source notebooks, from the bank.

Only files this writes are touched. `check` compares instead of writing, so a test (and CI) can
tell when the committed assignments have drifted from the bank.
"""

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from boundarylab.bank import Bank
from boundarylab.grading.blueprint import Assignment, assignments
from boundarylab.grading.config import CONFIG_FILE, config_text
from boundarylab.grading.notebook import build_notebook, notebook_text

SOURCE = "source"


@dataclass(frozen=True)
class BuildResult:
    assignments: tuple[Assignment, ...]
    written: tuple[str, ...]  # paths relative to the course root that changed (or would change)
    removed: tuple[str, ...]


def expected_files(bank: Bank) -> tuple[tuple[Assignment, ...], dict[str, str]]:
    built = tuple(assignments(bank))
    files = {CONFIG_FILE: config_text([a.name for a in built])}
    for a in built:
        files[f"{SOURCE}/{a.name}/{a.notebook}.ipynb"] = notebook_text(build_notebook(a, bank))
    return built, files


def _generated_folders(course: Path) -> set[str]:
    """Source folders holding a notebook this command wrote (it carries boundarylab metadata)."""
    found = set()
    for nb in (course / SOURCE).glob("*/*.ipynb"):
        try:
            if "boundarylab" in json.loads(nb.read_text(encoding="utf-8")).get("metadata", {}):
                found.add(nb.parent.name)
        except (OSError, ValueError):
            continue
    return found


def build(bank: Bank, course: Path, check: bool = False) -> BuildResult:
    course = Path(course)
    built, files = expected_files(bank)
    changed = tuple(
        rel
        for rel, text in files.items()
        if not (course / rel).exists() or (course / rel).read_text(encoding="utf-8") != text
    )
    stale = tuple(sorted(_generated_folders(course) - {a.name for a in built})) if course.exists() else ()
    if not check:
        for rel in changed:
            (course / rel).parent.mkdir(parents=True, exist_ok=True)
            (course / rel).write_text(files[rel], encoding="utf-8")
        for name in stale:
            shutil.rmtree(course / SOURCE / name)
    return BuildResult(built, changed, tuple(f"{SOURCE}/{n}" for n in stale))
