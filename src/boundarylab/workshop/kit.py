"""`boundarylab workshop-kit`: agendas, notes and handouts in one folder, all from the bank."""

from dataclasses import dataclass
from pathlib import Path

from boundarylab.bank.loader import Bank
from boundarylab.forms import POST_TEST_MODULE
from boundarylab.workshop.agenda import FORMATS, Agenda, plan
from boundarylab.workshop.handout import write_handout
from boundarylab.workshop.notes import module_notes

KINDS = {
    "welcome": "Welcome",
    "teach": "Teach",
    "cards": "Cards",
    "discussion": "Discussion",
    "break": "Break",
    "post-test": "Post-test",
    "closing": "Close",
}


@dataclass(frozen=True)
class Kit:
    agendas: dict  # format key -> (Agenda, path)
    notes: tuple[Path, ...]
    handouts: tuple[Path, ...]
    problems: tuple[str, ...]  # progress records that could not be read


def render_agenda(bank: Bank, agenda: Agenda) -> str:
    out = [
        f"# Agenda: {agenda.format}",
        "",
        f"{bank.course.title}",
        "",
        f"Contact time (breaks excluded): {agenda.contact_minutes} min. Minutes come from the course's "
        "hours calculation (`boundarylab hours`).",
    ]
    for s in agenda.sessions:
        out += [
            "",
            f"## Session {s.number}: {s.blocks[0].start}–{s.end} ({s.minutes} min)",
            "",
            "| start | min | part | what |",
            "| --- | ---: | --- | --- |",
        ]
        for b in s.blocks:
            what = b.title + (f" ({', '.join(b.cards)})" if b.kind == "cards" else "")
            out.append(f"| {b.start} | {b.minutes} | {KINDS[b.kind]} | {what} |")
    out += ["", "## Self-paced, before or after the sessions", "", "| module | min | cards |", "| --- | ---: | --- |"]
    out += [
        f"| {bank.modules[m].title} | {minutes} | {', '.join(ids) or '–'} |"
        for m, (ids, minutes) in agenda.self_paced.items()
    ]
    return "\n".join(out) + "\n"


def write_kit(bank: Bank, out, first_tries=None) -> Kit:
    out = Path(out)
    (out / "notes").mkdir(parents=True, exist_ok=True)
    agendas, room, self_paced = {}, set(), {}
    for key, fmt in FORMATS.items():
        agenda = plan(bank, fmt)
        path = out / f"agenda-{key}.md"
        path.write_text(render_agenda(bank, agenda), encoding="utf-8")
        agendas[key] = (agenda, path)
        room |= {c for s in agenda.sessions for b in s.blocks for c in b.cards}
        self_paced.setdefault("one-day", agenda.self_paced)
    notes, handouts = [], []
    for module in bank.course.modules:
        stem = f"{bank.module_number(module):02d}_{module}"
        path = out / "notes" / f"{stem}.md"
        path.write_text(module_notes(bank, module, room, self_paced["one-day"], first_tries), encoding="utf-8")
        notes.append(path)
        if module != POST_TEST_MODULE:  # learners' copies never carry post-test items
            handouts.append(write_handout(bank, module, room, out / "handouts" / f"{stem}.pdf"))
    return Kit(agendas, tuple(notes), tuple(handouts), first_tries.problems if first_tries else ())
