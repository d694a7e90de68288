"""Course-author commands: validate the bank, report its coverage, write its schema."""

import sys
import tempfile
from pathlib import Path

from boundarylab import vocab


def _validate(args) -> int:
    from boundarylab.bank import validate_bank

    bank, problems = validate_bank(args.path)
    for p in problems:
        print(p)
    if bank is None:
        print(f"{len(problems)} problem(s) found in {args.path}", file=sys.stderr)
        return 1
    print(f"{args.path}: {len(bank.modules)} modules, {len(bank.scenarios)} scenarios, all valid")
    _print_blanks(args.path)
    return 0


def _print_blanks(path) -> None:
    """Skeletons load as valid items, so their unwritten text is listed, not failed."""
    from boundarylab.bank.skeleton import unfilled
    from boundarylab.paths import resolve

    for file in sorted(resolve(path).glob("*.yaml")):
        for line in unfilled(file.read_text(encoding="utf-8")):
            print(f"{file}:{line}: still to write (FILL IN)")


def _bank_report(args) -> int:
    from boundarylab.bank import validate_bank
    from boundarylab.bank.coverage import coverage, render

    bank, problems = validate_bank(args.path)
    if bank is None:
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
    if bank is None:
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


def _new_scenario(args) -> int:
    from boundarylab.bank import validate_bank
    from boundarylab.bank.skeleton import next_id, shape_for_kind, shape_of, skeleton_yaml, unfilled
    from boundarylab.paths import resolve

    bank, problems = validate_bank(args.path)
    if bank is None:
        print(f"{args.path} has {len(problems)} problem(s); fix them first (`boundarylab validate`)", file=sys.stderr)
        return 1
    if args.module not in bank.modules:
        print(f"'{args.module}' is not a module; modules: {', '.join(bank.modules)}", file=sys.stderr)
        return 1
    if args.source and args.source not in bank.scenarios:
        print(f"'{args.source}' is not a scenario id in {args.path}", file=sys.stderr)
        return 1
    in_module = bank.in_module(args.module)
    try:
        scenario_id = next_id(bank.scenarios, [s.id for s in in_module])
    except ValueError as e:
        print(f"{args.module}: {e}", file=sys.stderr)
        return 1
    if args.source:
        shape = shape_of(bank.scenarios[args.source])
    else:
        model = in_module[0]
        ref = model.key.sources[0]
        shape = shape_for_kind(args.kind, (ref.doc, ref.section), model.key.principles[0])
    file = resolve(args.path) / f"{args.module}.yaml"
    text = file.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + skeleton_yaml(scenario_id, args.module, shape)
    file.write_text(text, encoding="utf-8")
    first_line = len(text.splitlines()) - len(skeleton_yaml(scenario_id, args.module, shape).splitlines()) + 1
    print(
        f"{file}:{first_line}: {scenario_id} added; fill in the {len(unfilled(text[text.index(f'- id: {scenario_id}') :]))} "
        f"lines marked FILL IN, then run `boundarylab try {scenario_id}`"
    )
    return _validate(args)


def _try(args) -> int:
    from boundarylab.bank import validate_bank
    from boundarylab.bank.audit import item_notes
    from boundarylab.tryout import card, render_trial, stress_set, trials

    bank, problems = validate_bank(args.path)
    if bank is None:
        for p in problems:
            print(p)
        return 1
    if args.id not in bank.scenarios:
        print(f"'{args.id}' is not a scenario id in {args.path}", file=sys.stderr)
        return 1
    scenario = bank.scenarios[args.id]
    print(card(scenario))
    stress = stress_set(args.id, Path(args.path).resolve().parent / "tests" / "analysis" / "stress")
    runs = trials(scenario, stress.dev)
    if runs:
        print("\nRewrite feedback:")
        print("\n".join(render_trial(t) for t in runs))
        print(
            f"\nStress set: {len(stress.dev)} DEV rewrite(s) above; {stress.held_back} TEST rewrite(s) held back "
            "(benchmarks/analysis_quality.py measures them; never tune on them)."
        )
    notes = item_notes(bank, args.id)
    print("\nItem-writing notes:" if notes else "\nItem-writing notes: none")
    print("\n".join(f"- {n}" for n in notes))
    return _try_in_browser(args) if args.browser else 0


def _try_in_browser(args) -> int:
    """The card alone in the learner app, from the author's bank as it is on disk now."""
    import nbformat

    from boundarylab.commands.app import serve
    from boundarylab.notebook_builder import tryout_notebook

    with tempfile.TemporaryDirectory(prefix="boundarylab-try-") as folder:
        page = f"try-{args.id}.ipynb"
        nbformat.write(tryout_notebook(args.id, Path(args.path).resolve()), Path(folder) / page)
        return serve(
            Path(folder),
            page,
            port=args.port,
            open_browser=not args.no_browser,
            message=f"{args.id} is open in the app at {{url}}\nEdit, save the file, then reload the page to see the change.",
        )


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
    p = sub.add_parser("new-scenario", help="add a commented, valid scenario skeleton to a module's file")
    p.add_argument("module", help="module id, e.g. confidentiality")
    p.add_argument("--kind", default="post", choices=sorted(vocab.KINDS), help="what the card shows (default: post)")
    p.add_argument("--from", dest="source", metavar="ID", help="start from this scenario's structure, without its text")
    p.add_argument("--path", default="scenarios", help="bank folder (default: scenarios)")
    p.set_defaults(run=_new_scenario)
    p = sub.add_parser("try", help="one scenario as the learner sees it, with its rewrite feedback and item notes")
    p.add_argument("id", help="scenario id, e.g. conf-003")
    p.add_argument("--path", default="scenarios", help="bank folder (default: scenarios)")
    p.add_argument("--browser", action="store_true", help="then open just this card in the learner app")
    p.add_argument("--port", type=int, help="with --browser: port on 127.0.0.1 (default: a free one)")
    p.add_argument("--no-browser", action="store_true", help="with --browser: print the address, open nothing")
    p.set_defaults(run=_try)
