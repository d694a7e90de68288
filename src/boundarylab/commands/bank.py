"""Course-author commands: validate the bank, report its coverage, write its schema."""

import sys


def _validate(args) -> int:
    from boundarylab.bank import validate_bank

    bank, problems = validate_bank(args.path)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) found in {args.path}", file=sys.stderr)
        return 1
    print(f"{args.path}: {len(bank.modules)} modules, {len(bank.scenarios)} scenarios, all valid")
    return 0


def _bank_report(args) -> int:
    from boundarylab.bank import validate_bank
    from boundarylab.bank.coverage import coverage, render

    bank, problems = validate_bank(args.path)
    if problems:
        print(f"{args.path} has {len(problems)} problem(s); run `boundarylab validate {args.path}`", file=sys.stderr)
        return 1
    print(render(coverage(bank)))
    return 0


def _audit(args) -> int:
    from pathlib import Path

    from boundarylab.bank import validate_bank
    from boundarylab.bank.audit import audit
    from boundarylab.bank.audit_render import render_html, render_text

    bank, problems = validate_bank(args.path)
    if problems:
        print(f"{args.path} has {len(problems)} problem(s); run `boundarylab validate {args.path}`", file=sys.stderr)
        return 1
    result = audit(bank)
    print(render_text(result))
    if args.html:
        Path(args.html).write_text(render_html(result), encoding="utf-8")
        print(f"HTML report written to {args.html}")
    return 1 if result.problems() else 0


def _schema(args) -> int:
    from boundarylab.bank.schema import schema_is_current, write_schema

    if args.check:
        if schema_is_current(args.out):
            return 0
        print(f"{args.out} is stale: run `boundarylab schema`", file=sys.stderr)
        return 1
    print(f"{args.out} {'written' if write_schema(args.out) else 'already current'}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("validate", help="check the scenario bank; every problem as FILE:LINE: where: what")
    p.add_argument("path", nargs="?", default="scenarios", help="bank folder (default: scenarios)")
    p.set_defaults(run=_validate)
    p = sub.add_parser("bank-report", help="coverage of the bank by module, principle, kind, verdict, difficulty")
    p.add_argument("path", nargs="?", default="scenarios", help="bank folder (default: scenarios)")
    p.set_defaults(run=_bank_report)
    p = sub.add_parser("audit", help="item-writing audit: cue-only baselines, option lengths, near-duplicates, titles")
    p.add_argument("path", nargs="?", default="scenarios", help="bank folder (default: scenarios)")
    p.add_argument("--html", metavar="FILE", help="also write the audit as an HTML page")
    p.set_defaults(run=_audit)
    p = sub.add_parser("schema", help="write scenarios/schema.json from the models")
    p.add_argument("--out", default="scenarios/schema.json", help="where to write it")
    p.add_argument("--check", action="store_true", help="exit 1 if the file is stale, write nothing")
    p.set_defaults(run=_schema)
