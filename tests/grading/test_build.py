"""build-assignments: the committed course is what the bank gives, its metadata is what nbgrader
needs, and nothing in it reveals an answer."""

import json
from pathlib import Path

from nbgrader.nbgraderformat import MetadataValidator

from boundarylab.grading import responses
from boundarylab.grading.blueprint import assignments
from boundarylab.grading.build import build
from boundarylab.grading.config import load_config

ROOT = Path(__file__).resolve().parents[2]
COURSE = ROOT / "grading"


def test_the_committed_course_is_current_with_the_bank(bank):
    result = build(bank, COURSE, check=True)
    assert not result.written and not result.removed, "run `boundarylab build-assignments` and commit grading/"


def test_building_twice_gives_identical_files(bank, tmp_path):
    build(bank, tmp_path / "one")
    build(bank, tmp_path / "two")
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files and all((tmp_path / "one" / f).read_bytes() == (tmp_path / "two" / f).read_bytes() for f in files)
    assert not build(bank, tmp_path / "one").written


def test_a_stale_assignment_folder_is_removed_and_others_are_left_alone(bank, tmp_path):
    build(bank, tmp_path)
    stale = tmp_path / "source" / "quiz-gone"
    stale.mkdir()
    (stale / "quiz-gone.ipynb").write_text(json.dumps({"metadata": {"boundarylab": {}}, "cells": []}))
    mine = tmp_path / "source" / "instructor-own"
    mine.mkdir()
    (mine / "own.ipynb").write_text(json.dumps({"metadata": {}, "cells": []}))
    assert build(bank, tmp_path).removed == ("source/quiz-gone",)
    assert not stale.exists() and mine.exists()


def test_every_notebook_has_valid_nbgrader_metadata_and_locked_points_cells(bank):
    for a in assignments(bank):
        nb = json.loads((COURSE / "source" / a.name / f"{a.name}.ipynb").read_text())
        MetadataValidator().validate_nb(type("NB", (), {"cells": _nodes(nb["cells"])})())
        grades = {
            c["metadata"]["nbgrader"]["grade_id"]: c["metadata"]["nbgrader"]
            for c in nb["cells"]
            if c["metadata"].get("nbgrader", {}).get("grade")
        }
        assert sum(g["points"] for g in grades.values()) == a.points
        assert all(g["locked"] for g in grades.values())
        assert all(c["metadata"].get("nbgrader", {}).get("locked") for c in nb["cells"]), a.name
        assert nb["metadata"]["boundarylab"]["items"] == [i.scenario_id for i in a.items]


def test_source_notebooks_hold_no_answer_and_the_answers_file_is_protected(bank):
    cfg = load_config(COURSE)
    for a in assignments(bank):
        text = (COURSE / "source" / a.name / f"{a.name}.ipynb").read_text()
        for item in a.items:
            s = bank.scenarios[item.scenario_id]
            assert s.answer.rationale.strip()[:60] not in text
            assert not s.rewrite or s.rewrite.model_answer.strip()[:60] not in text
        assert not (COURSE / "source" / a.name / responses.FILE_NAME).exists()
        assert cfg.Autograde.exclude_overwriting[a.name] == [responses.FILE_NAME]
    assert cfg.OverwriteCells.add_missing_cells is True


def test_both_post_test_forms_ask_for_the_same_number_of_items_and_nearly_the_same_points(bank):
    forms = {a.name: a for a in assignments(bank) if a.kind == "posttest"}
    a, b = forms["posttest-a"], forms["posttest-b"]
    assert len(a.items) == len(b.items) >= 16
    assert abs(a.points - b.points) <= 2


def _nodes(cells):
    from nbformat import from_dict

    return [from_dict(c) for c in cells]
