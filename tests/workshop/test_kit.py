"""The facilitator's kit: real files written by the command, read back as a facilitator would."""

import re
from itertools import pairwise

import pytest
from pypdf import PdfReader

from boundarylab.bank import load_bank
from boundarylab.ce.hours import module_minutes
from boundarylab.cli import main
from boundarylab.paths import course_root
from boundarylab.progress import ProgressStore
from boundarylab.workshop.agenda import FORMATS, card_minutes, plan


@pytest.fixture(scope="module")
def bank():
    return load_bank(course_root() / "scenarios")


@pytest.fixture(scope="module")
def kit(tmp_path_factory, bank):
    out = tmp_path_factory.mktemp("kit")
    progress = out.parent / "cohort"
    for n, verdict in enumerate(["dont", "ok", "revise"]):  # conf-002 is "revise": two thirds miss it
        with ProgressStore(
            (progress / f"learner{n}").mkdir(parents=True) or progress / f"learner{n}" / "progress.sqlite3"
        ) as store:
            store.save_attempt("conf-002", "confidentiality", "judgement", {"verdict": verdict, "principles": []}, 0.0)
            store.save_attempt("conf-002", "confidentiality", "judgement", {"verdict": "revise", "principles": []}, 1.0)
    assert main(["workshop-kit", "--out", str(out), "--progress", str(progress)]) == 0
    return out


def _rows(text: str):
    """(session heading, [(start, minutes, part)]) from an agenda file."""
    sessions = re.split(r"^## Session ", text, flags=re.M)[1:]
    out = []
    for s in sessions:
        head = s.splitlines()[0]
        rows = re.findall(r"^\| (\d\d:\d\d) \| (\d+) \| (\w[\w-]*) \|", s, flags=re.M)
        out.append((head, [(start, int(m), part) for start, m, part in rows]))
    return out


def test_every_scenario_in_the_bank_has_one_to_three_discussion_prompts(bank):
    missing = [s.id for s in bank.scenarios.values() if not 1 <= len(s.discussion) <= 3]
    assert missing == []


def test_a_discussion_prompt_that_is_not_a_question_is_rejected():
    from pydantic import ValidationError

    from boundarylab.bank.models import Scenario

    with pytest.raises(ValidationError, match="discussion"):
        Scenario.model_validate({"discussion": ["Talk about it."]})


@pytest.mark.parametrize("key, sessions, length", [("one-day", 1, 450), ("three-sessions", 3, 150)])
def test_agenda_sessions_add_up_and_fit_their_format(kit, key, sessions, length):
    parsed = _rows((kit / f"agenda-{key}.md").read_text(encoding="utf-8"))
    assert len(parsed) == sessions
    for head, rows in parsed:
        total = sum(m for _, m, _ in rows)
        assert f"({total} min)" in head and total <= length
        clock = [int(t[:2]) * 60 + int(t[3:]) for t, _, _ in rows]
        assert all(
            b - a == m for (a, b), (_, m, _) in zip(pairwise(clock), rows[:-1], strict=True)
        )  # no gaps, no overlaps
    parts = [p for _, rows in parsed for _, _, p in rows]
    assert parts.count("Post-test") == 1 and parts[-1] == "Close" and "Break" in parts


def test_room_and_self_paced_minutes_equal_each_modules_planned_minutes(bank):
    for fmt in FORMATS.values():
        agenda = plan(bank, fmt)
        for module, (rest, minutes) in agenda.self_paced.items():
            room = [b for s in agenda.sessions for b in s.blocks if b.module == module and b.kind == "cards"]
            room_minutes = sum(b.minutes for b in room)
            assert room_minutes == sum(card_minutes(bank, bank.scenarios[c]) for b in room for c in b.cards)
            assert room_minutes + minutes == module_minutes(bank, module).exercise_minutes
            assert room and rest  # every module is practised in the room, the rest is self-paced


def test_notes_say_what_to_stress_where_learners_go_wrong_and_the_prompts(kit, bank):
    text = (kit / "notes" / "03_confidentiality.md").read_text(encoding="utf-8")
    module = bank.modules["confidentiality"]
    assert module.keypoints[0] in text and module.objectives[0] in text
    assert "67% of 3 learners missed the verdict on the first try" in text  # first tries, not the retries
    wrong = next(c for c in bank.scenarios["conf-002"].choices if not c.correct)
    assert wrong.feedback in text
    assert all(q in text for s in bank.in_module("confidentiality") for q in s.discussion)
    assert (
        f"Planned minutes (the same figure as the course's hours): "
        f"{round(module_minutes(bank, 'confidentiality').minutes)}" in text
    )


def test_handouts_are_pdfs_with_the_key_points_and_no_answers(kit, bank):
    handouts = sorted((kit / "handouts").glob("*.pdf"))
    assert [p.stem for p in handouts] == [
        f"{bank.module_number(m):02d}_{m}" for m in bank.course.modules if m != "assessment"
    ]
    text = " ".join(page.extract_text() for page in PdfReader(handouts[1]).pages)
    flat = " ".join(text.split())
    presence = bank.modules["presence"]
    assert presence.title in flat
    assert " ".join(presence.keypoints[0].split()) in flat
    assert not any(s.answer.rationale.split(".")[0] in flat for s in bank.in_module("presence"))


def test_a_folder_that_is_not_there_is_reported_in_a_sentence(tmp_path, capsys):
    assert main(["workshop-kit", "--out", str(tmp_path / "kit"), "--progress", str(tmp_path / "nowhere")]) == 0
    assert "is not a folder of learners' progress records" in capsys.readouterr().err
