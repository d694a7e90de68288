"""Learner CE commands: progress, certificate, transcript, verify, hours and demo-learner.
Each opens the learner's record (--home, else BOUNDARYLAB_HOME or the user data folder), calls
one core function and prints its result; what a learner can get wrong is a sentence."""

import sys

FORMATS = {"self-paced": "self-paced", "live-workshop": "live workshop"}  # option spelling -> course.yml


def _bank(args):
    from boundarylab.bank import BankError, load_bank
    from boundarylab.paths import resolve

    try:
        return load_bank(resolve(args.bank))
    except (BankError, FileNotFoundError) as e:
        raise SystemExit(f"The course content in {args.bank} does not load; run `boundarylab validate`.\n{e}")


def _store(args):
    """The learner's progress file; a damaged or read-only one is a sentence (cli.main)."""
    from boundarylab.progress import ProgressStore

    return ProgressStore.open(args.home)


def _status_text(state) -> str:
    from boundarylab.ce.hours import contact_hours

    who = state.profile.name if state.profile else "(no profile saved yet)"
    lines = [f"Learner: {who}", f"Course: {state.hours.course} (version {state.hours.version}), "
             f"{contact_hours(state.hours.credited_hours)} ({state.hours.category}) on completion", "", "Modules:"]
    for m in state.modules:
        work = f"{m.answered}/{m.scenarios} scenarios" if m.scenarios else ""
        lines.append(f"  {'✓' if m.done else '·'} {m.number:>2}  {work:>15}  {m.seconds / 60:4.0f} of "
                     f"{m.planned_minutes:3.0f} min  {m.title}")
    lines.append("Post-test: " + ("; ".join(
        f"sitting {s.number} (form {s.form}) {s.score:.0%}{' passed' if s.passed else ''}"
        f"{'' if s.complete else ' in progress'}" for s in state.sittings) or "not taken yet")
                 + f" (pass at {state.passing_score:.0%})")
    lines.append(f"Evaluation: {'submitted ' + state.evaluated_on if state.evaluated_on else 'not submitted yet'}")
    lines.append("")
    if state.complete:
        lines.append(f"Complete on {state.completion_date}: `boundarylab certificate --out FILE.pdf` writes "
                     "your certificate.")
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


def _certificate(args) -> int:
    from boundarylab import ce
    from boundarylab.reports.certificate import write_certificate
    from boundarylab.reports.pdf import FontMissing

    bank = _bank(args)
    with _store(args) as store:
        try:
            record = ce.issue_certificate(bank, store, delivery=FORMATS[args.format])
        except ce.NotComplete as e:
            print("No certificate yet: the course is not complete. Still to do:", file=sys.stderr)
            print("\n".join(f"  - {m}" for m in e.missing), file=sys.stderr)
            return 1
    try:
        path = write_certificate(record, args.out)
    except FontMissing as e:
        print(e, file=sys.stderr)
        return 1
    print(f"{path}: certificate {record.number} for {record.name}, {record.hours_text}; "
          f"verification code {record.code}")
    return 0


def _transcript(args) -> int:
    from boundarylab import ce
    from boundarylab.ce.certificate import CERTIFICATE
    from boundarylab.reports import transcript
    from boundarylab.reports.pdf import FontMissing

    bank = _bank(args)
    with _store(args) as store:
        state = ce.status(bank, store)
        issued = store.events(CERTIFICATE)
    print(transcript.write_csv(state, args.out))
    if args.pdf:
        try:
            print(transcript.write_pdf(state, args.pdf, issued[-1].data["number"] if issued else None))
        except FontMissing as e:
            print(e, file=sys.stderr)
            return 1
    return 0


def _verify(args) -> int:
    from boundarylab import ce

    result = ce.verify(args.code, args.home)
    print(result.message, file=sys.stdout if result.valid else sys.stderr)
    return 0 if result.valid else 1


def _hours(args) -> int:
    from boundarylab import ce

    calc = ce.hours_calculation(_bank(args))
    print("\n".join(calc.explain()))
    if args.json:
        import json
        from pathlib import Path

        Path(args.json).write_text(json.dumps(calc.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"{args.json} written")
    return 0


def _demo_learner(args) -> int:
    from boundarylab import ce
    from boundarylab.ce.demo import make_demo_learner

    bank = _bank(args)
    with _store(args) as store:
        if store.profile() or store.attempts():
            print(f"{store.path} already holds a learner's progress; give an empty folder with --home.",
                  file=sys.stderr)
            return 1
        make_demo_learner(bank, store, complete=args.complete)
        state = ce.status(bank, store)
    print(f"Demo learner {state.profile.name} written to {store.path} "
          f"({'complete' if state.complete else f'{len(state.missing)} steps still to do'}).")
    return 0


def _common(p, home_required: bool = False) -> None:
    p.add_argument("--home", required=home_required,
                   help="folder of the learner's progress record (default: BOUNDARYLAB_HOME or your data folder)")
    p.add_argument("--bank", default="scenarios", help="course content folder (default: scenarios)")


def register(sub) -> None:
    p = sub.add_parser("progress", help="where a learner stands: modules, post-test, evaluation, what is missing")
    _common(p)
    p.add_argument("--charts", metavar="DIR", help="also save the dashboard charts as PNG files in DIR")
    p.set_defaults(run=_progress)
    p = sub.add_parser("certificate", help="write the certificate of completion, or list what is missing")
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--format", choices=list(FORMATS), default="self-paced",
                   help="delivery format printed on the certificate (default: self-paced)")
    p.set_defaults(run=_certificate)
    p = sub.add_parser("transcript", help="modules, dates, scores and minutes as CSV (and PDF)")
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE.csv", help="where to write the CSV")
    p.add_argument("--pdf", metavar="FILE.pdf", help="also write the transcript as a PDF page")
    p.set_defaults(run=_transcript)
    p = sub.add_parser("verify", help="check a certificate's verification code against the learner's record")
    p.add_argument("code", help="the verification code printed on the certificate")
    p.add_argument("--home", help="folder of the learner's progress record")
    p.set_defaults(run=_verify)
    p = sub.add_parser("hours", help="how the contact hours were set, module by module, for an approval file")
    p.add_argument("--bank", default="scenarios", help="course content folder (default: scenarios)")
    p.add_argument("--json", metavar="FILE", help="also write the calculation as JSON")
    p.set_defaults(run=_hours)
    p = sub.add_parser("demo-learner", help="write a realistic learner history into an empty --home")
    _common(p, home_required=True)
    p.add_argument("--complete", action="store_true", help="also pass the post-test and submit the evaluation")
    p.set_defaults(run=_demo_learner)
