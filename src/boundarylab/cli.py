"""The `boundarylab` command. Each subcommand calls one core function and prints its result;
errors a user can cause are sentences, never tracebacks."""

import argparse

from boundarylab import __version__


def _command_groups():
    """Every command module; each has `register(subparsers)`. Imported here, run lazily."""
    from boundarylab.commands import app, bank, ce, cohort, cohort_db, course, grading, notebooks, policy, provider

    return [bank, notebooks, course, app, cohort, ce, provider, policy, grading, cohort_db]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="boundarylab", description="BoundaryLab: ethical social media for therapists")
    top.add_argument("--version", action="version", version=f"boundarylab {__version__}")
    sub = top.add_subparsers(title="commands", metavar="COMMAND")
    for group in _command_groups():
        group.register(sub)
    return top


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    if not hasattr(args, "run"):
        parser().print_help()
        return 0
    return args.run(args)
