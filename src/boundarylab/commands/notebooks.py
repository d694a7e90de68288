"""`boundarylab build-notebooks`: write the learner notebooks from the bank (or --check them)."""

import sys


def _build(args) -> int:
    from boundarylab.bank import BankError, load_bank
    from boundarylab.notebook_builder import stale, write_all
    from boundarylab.paths import resolve

    args.bank, args.out = resolve(args.bank), resolve(args.out)

    try:
        bank = load_bank(args.bank)
    except BankError as e:
        print(e, file=sys.stderr)
        print(f"The bank in {args.bank} has problems; fix them first (`boundarylab validate`).", file=sys.stderr)
        return 1
    if args.check:
        names = stale(bank, args.out)
        for name in names:
            print(f"{args.out}/{name} is stale: run `boundarylab build-notebooks`", file=sys.stderr)
        return 1 if names else 0
    changed = write_all(bank, args.out)
    print(f"{len(changed)} notebook(s) written to {args.out}" if changed else f"{args.out}: all notebooks current")
    return 0


def register(sub) -> None:
    p = sub.add_parser("build-notebooks", help="write notebooks/00_start_here.ipynb and one notebook per module")
    p.add_argument("--bank", default="scenarios", help="bank folder (default: scenarios)")
    p.add_argument("--out", default="notebooks", help="where to write them (default: notebooks)")
    p.add_argument("--check", action="store_true", help="exit 1 if any notebook is stale, write nothing")
    p.set_defaults(run=_build)
