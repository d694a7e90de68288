"""The `boundarylab` command. Each subcommand calls one core function and prints its result;
errors a user can cause are sentences, never tracebacks."""

import argparse
import sys

from boundarylab import __version__


def _command_groups():
    """Every command module; each has `register(subparsers)`. Imported here, run lazily."""
    from boundarylab.commands import (
        app,
        bank,
        ce,
        cohort,
        cohort_db,
        course,
        distribution,
        grading,
        notebooks,
        policy,
        provider,
        workshop,
    )

    return [bank, notebooks, course, app, cohort, ce, provider, policy, grading, cohort_db, distribution, workshop]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="boundarylab", description="BoundaryLab: ethical social media for therapists")
    top.add_argument("--version", action="version", version=f"boundarylab {__version__}")
    sub = top.add_subparsers(title="commands", metavar="COMMAND")
    for group in _command_groups():
        group.register(sub)
    return top


def _skip_slow_optional_imports() -> None:
    """jsonschema, imported by nbformat and nbgrader, builds 38 Lark grammars at import (1 to 3 s) when the
    optional rfc3987-syntax package is installed, only to check the "iri" string format, which no schema
    used here (nbformat's, nbgrader's, ours) has. A command starts that much sooner without it."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # None makes its import fail


def main(argv=None) -> int:
    _skip_slow_optional_imports()
    args = parser().parse_args(argv)
    if not hasattr(args, "run"):
        parser().print_help()
        return 0
    from boundarylab.progress import StoreError

    try:
        return args.run(args)
    except StoreError as e:  # a damaged or read-only progress file, whichever command met it
        print(e, file=sys.stderr)
        return 1
