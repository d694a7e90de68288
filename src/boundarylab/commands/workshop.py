"""`boundarylab workshop-kit`: the facilitator's kit for a live workshop, generated from the bank."""

import sys
from pathlib import Path


def _kit(args) -> int:
    from boundarylab.bank import BankError, load_bank
    from boundarylab.paths import course_root
    from boundarylab.reports.pdf_fonts import FontMissing
    from boundarylab.workshop.first_tries import read_first_tries
    from boundarylab.workshop.kit import write_kit

    try:
        bank = load_bank(args.bank or course_root() / "scenarios")
    except BankError as e:
        print(f"The scenario bank has problems; run `boundarylab validate`.\n{e}", file=sys.stderr)
        return 1
    first_tries = read_first_tries(args.progress) if args.progress else None
    try:
        kit = write_kit(bank, Path(args.out), first_tries)
    except FontMissing as e:
        print(e, file=sys.stderr)
        return 1
    for problem in kit.problems:
        print(problem, file=sys.stderr)
    for agenda, path in kit.agendas.values():
        print(f"{path}: {agenda.format}, {agenda.contact_minutes} contact min in {len(agenda.sessions)} session(s)")
    print(
        f"{len(kit.notes)} facilitator's notes in {Path(args.out) / 'notes'}, "
        f"{len(kit.handouts)} handouts in {Path(args.out) / 'handouts'}"
    )
    return 0


def register(sub) -> None:
    p = sub.add_parser("workshop-kit", help="facilitator's kit: timed agendas, notes per module, PDF handouts")
    p.add_argument("--out", required=True, help="folder to write the kit into")
    p.add_argument("--progress", help="folder of learners' progress records: their first tries shape the notes")
    p.add_argument("--bank", help="scenario folder (default: the course's)")
    p.set_defaults(run=_kit)
