"""What an assignment asks, read from its source notebook (written by build-assignments), so
grading and reports follow the notebooks that were released even if the bank has moved on."""

import json
from dataclasses import dataclass
from pathlib import Path

from boundarylab.grading.blueprint import Assignment, Item


@dataclass(frozen=True)
class Manifest:
    assignment: Assignment
    notebook_path: Path


def read_manifest(course: Path, name: str) -> Manifest:
    folder = Path(course) / "source" / name
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        known = sorted(p.name for p in (Path(course) / "source").glob("*") if p.is_dir())
        raise FileNotFoundError(
            f"There is no assignment '{name}' in {Path(course) / 'source'}. "
            f"Assignments: {', '.join(known) or 'none; run `boundarylab build-assignments`'}."
        )
    nb = json.loads(notebooks[0].read_text(encoding="utf-8"))
    meta = nb["metadata"].get("boundarylab")
    if not meta:
        raise ValueError(f"{notebooks[0]} was not written by `boundarylab build-assignments`.")
    points = {}
    for cell in nb["cells"]:
        ng = cell.get("metadata", {}).get("nbgrader", {})
        if ng.get("grade"):
            points[ng["grade_id"]] = int(ng["points"])
    items = tuple(Item(sid, points[sid], points.get(f"{sid}-rewrite", 0)) for sid in meta["items"])
    return Manifest(Assignment(meta["assignment"], meta["title"], meta["kind"], meta["module"], items), notebooks[0])
