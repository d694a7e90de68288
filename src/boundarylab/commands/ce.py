"""Learner CE commands: progress, record-of-completion, export-record, transcript, hours and
demo-learner. Each opens the learner's record (--home, else BOUNDARYLAB_HOME or the user data
folder), calls one core function and prints its result; what a learner can get wrong is a
sentence. The provider's commands (provider init, certify, verify) are in commands/provider.py."""

import argparse
import sys


def _bank(args):
    from boundarylab.bank import BankError, load_bank
    from boundarylab.paths import resolve

    try:
        return load_bank(resolve(args.bank))
    except (BankError, FileNotFoundError) as e:
        raise SystemExit(f"The course content in {args.bank} does not load; run `boundarylab validate`.\n{e}") from None


def _store(args):
    """The learner's progress file; a damaged or read-only one is a sentence (cli.main)."""
    from boundarylab.progress import ProgressStore

    return ProgressStore.open(args.home)


def _status_text(state) -> str:
    from boundarylab.ce.hours import contact_hours, format_minutes

    who = state.profile.name if state.profile else "(no profile saved yet)"
    lines = [
        f"Learner: {who}",
        f"Course: {state.hours.course} (version {state.hours.version}), "
        f"{contact_hours(state.hours.credited_hours)} ({state.hours.category}) on completion",
        "",
        "Modules (score: the first try of each scenario):",
    ]
    for m in state.modules:
        work = f"{m.answered}/{m.scenarios} scenarios" if m.scenarios else ""
        score = "" if m.score is None else f"score {m.score:.0%}"
        lines.append(
            f"  {'✓' if m.done else '·'} {m.number:>2}  {work:>15}  {m.seconds / 60:4.0f} of "
            f"{format_minutes(m.planned_minutes):>3} min  {score:>10}  {m.title}"
        )
    lines.append(
        "Post-test: "
        + (
            "; ".join(
                f"sitting {s.number} (form {s.form}) {s.score:.0%}{' passed' if s.passed else ''}"
                f"{'' if s.complete else ' in progress'}"
                for s in state.sittings
            )
            or "not taken yet"
        )
        + f" (pass at {state.passing_score:.0%})"
    )
    lines.append(f"Evaluation: {'submitted ' + state.evaluated_on if state.evaluated_on else 'not submitted yet'}")
    lines.append("")
    if state.complete:
        lines.append(
            f"Complete on {state.completion_date}. For your CE certificate, send the file that "
            "`boundarylab export-record --out FILE` writes to the course provider; "
            "`boundarylab record-of-completion --out FILE.pdf` writes a record for yourself."
        )
    else:
        lines += ["Still to do:"] + [f"  - {m}" for m in state.missing]
    return "\n".join(lines)


def _progress(args) -> int:
    from boundarylab import ce

    bank = _bank(args)
    with _store(args) as store:
        state = ce.status(bank, store)
    print(_status_text(state))
    if args.charts:
        from boundarylab.reports.charts import dashboard_charts

        for chart in dashboard_charts(bank, state):
            print(f"{chart.save_png(args.charts)}: {chart.alt}")
    return 0


def _record_of_completion(args) -> int:
    from boundarylab import ce
    from boundarylab.reports.certificate import write_record_of_completion
    from boundarylab.reports.pdf_fonts import FontMissing

    bank = _bank(args)
    with _store(args) as store:
        state = ce.status(bank, store)
    if not state.complete:
        print("No record of completion yet: the course is not complete. Still to do:", file=sys.stderr)
        print("\n".join(f"  - {m}" for m in state.missing), file=sys.stderr)
        return 1
    try:
        path = write_record_of_completion(state, args.out)
    except FontMissing as e:
        print(e, file=sys.stderr)
        return 1
    print(
        f"{path}: record of completion for {state.learner.name} (not a CE certificate: for credit, send "
        "`boundarylab export-record` to the course provider)."
    )
    return 0


def _export_record(args) -> int:
    from boundarylab.ce.record import export_record, write_record

    bank = _bank(args)
    with _store(args) as store:
        try:
            record = export_record(bank, store)
        except ValueError as e:
            print(e, file=sys.stderr)
            return 1
    path = write_record(record, args.out)
    print(
        f"{path}: your completion record ({len(record['attempts'])} answers, sealed). Send this file to the "
        "course provider, who checks it and issues your CE certificate."
    )
    return 0


def _transcript(args) -> int:
    from boundarylab import ce
    from boundarylab.reports import transcript
    from boundarylab.reports.pdf_fonts import FontMissing

    bank = _bank(args)
    with _store(args) as store:
        state = ce.status(bank, store)
    print(transcript.write_csv(state, args.out))
    if args.pdf:
        try:
            print(transcript.write_pdf(state, args.pdf))
        except FontMissing as e:
            print(e, file=sys.stderr)
            return 1
    return 0


def _hours(args) -> int:
    """The calculation on stdout (to file with an application); notes for the author on stderr."""
    from boundarylab import ce
    from boundarylab.ce.hours import author_warnings

    bank = _bank(args)
    calc = ce.hours_calculation(bank)
    print("\n".join(calc.explain()))
    data = calc.as_dict()
    if args.pilot:
        from boundarylab.ce.pilot import pilot_report, pilot_rows, read_pilot_records

        records, problems = read_pilot_records(bank, args.pilot)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not records:
            return 1
        rows = pilot_rows(calc, records)
        print("\n" + "\n".join(pilot_report(rows, len(records))))
        data["pilot"] = {
            "learners": len(records),
            "modules": [{"module": r.module, "learners": r.learners, "median_minutes": r.median_minutes} for r in rows],
        }
    warnings = author_warnings(calc)
    if warnings:
        print(
            "\nFor the course author (declared minutes that differ from the content by more than 10 %):",
            file=sys.stderr,
        )
        print("\n".join(f"  - {w}" for w in warnings), file=sys.stderr)
    if args.json:
        import json
        from pathlib import Path

        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"{args.json} written")
    return 0


def _demo_learner(args) -> int:
    from boundarylab import ce
    from boundarylab.ce.demo import make_demo_learner

    bank = _bank(args)
    with _store(args) as store:
        if store.profile() or store.attempts():
            print(
                f"{store.path} already holds a learner's progress; give an empty folder with --home.", file=sys.stderr
            )
            return 1
        make_demo_learner(bank, store, complete=args.complete)
        state = ce.status(bank, store)
    print(
        f"Demo learner {state.learner.name} written to {store.path} "
        f"({'complete' if state.complete else f'{len(state.missing)} steps still to do'})."
    )
    return 0


def _common(p, home_required: bool = False) -> None:
    p.add_argument(
        "--home",
        required=home_required,
        help="folder of the learner's progress record (default: BOUNDARYLAB_HOME or your data folder)",
    )
    p.add_argument("--bank", default="scenarios", help="course content folder (default: scenarios)")


def register(sub) -> None:
    p = sub.add_parser("progress", help="where a learner stands: modules, post-test, evaluation, what is missing")
    _common(p)
    p.add_argument("--charts", metavar="DIR", help="also save the dashboard charts as PNG files in DIR")
    p.set_defaults(run=_progress)
    p = sub.add_parser(
        "record-of-completion", help="write your record of completion (not a CE certificate), or list what is missing"
    )
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.set_defaults(run=_record_of_completion)
    p = sub.add_parser("export-record", help="write your sealed completion record, to send to the course provider")
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the record (JSON)")
    p.set_defaults(run=_export_record)
    p = sub.add_parser("transcript", help="modules, dates, scores and minutes as CSV (and PDF)")
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE.csv", help="where to write the CSV")
    p.add_argument("--pdf", metavar="FILE.pdf", help="also write the transcript as a PDF page")
    p.set_defaults(run=_transcript)
    p = sub.add_parser("hours", help="how the contact hours were set, module by module, for an approval file")
    p.add_argument("--bank", default="scenarios", help="course content folder (default: scenarios)")
    p.add_argument("--json", metavar="FILE", help="also write the calculation as JSON")
    p.add_argument(
        "--pilot",
        metavar="FOLDER",
        help="learners' progress records from a pilot: report median time on task per module",
    )
    p.set_defaults(run=_hours)
    p = sub.add_parser("demo-learner", help="write a realistic learner history into an empty --home")
    _common(p, home_required=True)
    p.add_argument("--complete", action="store_true", help=argparse.SUPPRESS)  # development: screenshots, tests
    p.set_defaults(run=_demo_learner)
