"""Read a submitted notebook; if it cannot be read, or its cells are not the released ones, grade
a fresh copy of the released notebook instead and say why.

Nothing a learner answers lives in the notebook (answers are in responses.json), so a fresh copy
loses nothing. Plain nbgrader drops a notebook it cannot parse, and with a deleted grading cell
either waits for manual grading forever or, with `add_missing_cells`, fails when the cell before
it is a locked cell that is not graded (KeyError in OverwriteCells). Added cells are not run: they
could change how the grading cells behave.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import nbformat


@dataclass(frozen=True)
class Repaired:
    notebook: object  # NotebookNode to grade
    notes: tuple[str, ...]  # for the learner and the instructor; empty when nothing was wrong


def _nbgrader(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader") or {}


def _key(cell) -> tuple:
    source = cell.get("source", "")
    meta = _nbgrader(cell)
    return (cell.get("cell_type"), "".join(source) if isinstance(source, list) else source,
            json.dumps(meta, sort_keys=True) if meta else None)


def _name(cell) -> str:
    return _nbgrader(cell).get("grade_id") or "(unnamed)"


def _differences(submitted, release) -> list[str]:
    if [_key(c) for c in submitted.cells] == [_key(c) for c in release.cells]:
        return []
    release_by_id = {_name(c): _key(c) for c in release.cells}
    submitted_ids = {_name(c) for c in submitted.cells if _nbgrader(c)}
    found = []
    missing = [n for n in release_by_id if n not in submitted_ids]
    if missing:
        found.append(f"{len(missing)} cell(s) were deleted ({', '.join(missing[:5])})")
    added = [c for c in submitted.cells if not _nbgrader(c) or _name(c) not in release_by_id]
    if added:
        found.append(f"{len(added)} cell(s) were added")
    edited = [_name(c) for c in submitted.cells
              if _nbgrader(c) and _name(c) in release_by_id and _key(c) != release_by_id[_name(c)]]
    if edited:
        found.append(f"{len(edited)} locked cell(s) were edited ({', '.join(edited[:5])})")
    return found or ["its cells were reordered"]


def repair_submission(path: Path, release_path: Path) -> Repaired:
    release = nbformat.read(str(release_path), as_version=4)
    try:
        submitted = nbformat.read(str(path), as_version=4)
    except Exception:  # noqa: BLE001 - any unreadable notebook is handled the same way
        return Repaired(release, ("Your notebook file could not be read (it is cut off or damaged), so a fresh "
                                  "copy of the assignment was graded. Your answers come from responses.json, "
                                  "so none were lost.",))
    found = _differences(submitted, release)
    if not found:
        return Repaired(submitted, ())
    return Repaired(release, (f"Your notebook was changed: {'; '.join(found)}. A fresh copy of the assignment "
                              "was graded instead; your answers come from responses.json, so none were lost.",))
