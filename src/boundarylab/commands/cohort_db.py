"""`boundarylab cohort-db`: set up a cohort's PostgreSQL progress database and its learners' roles."""

import os
import sys

ADMIN_URL_VARIABLE = "BOUNDARYLAB_COHORT_ADMIN_URL"


def _admin_url(args) -> str | None:
    url = args.admin_url or os.environ.get(ADMIN_URL_VARIABLE)
    if not url:
        print(f"Give --admin-url postgresql://OWNER@HOST/DATABASE (or set {ADMIN_URL_VARIABLE}).", file=sys.stderr)
    return url


def _init(args) -> int:
    from boundarylab.progress import StoreError
    from boundarylab.progress_postgres import init_cohort_db, redacted

    url = _admin_url(args)
    if not url:
        return 2
    try:
        init_cohort_db(url)
    except StoreError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"{redacted(url)} is ready: learners' progress tables with row-level security.")
    return 0


def _add_learner(args) -> int:
    from boundarylab.progress import StoreError
    from boundarylab.progress_postgres import add_learner

    url = _admin_url(args)
    if not url:
        return 2
    try:
        for name in args.names:
            print(f"{name}\t{add_learner(url, name)}")
    except (StoreError, ValueError) as e:
        print(e, file=sys.stderr)
        return 1
    return 0


def register(sub) -> None:
    p = sub.add_parser("cohort-db", help="set up a cohort's progress database (PostgreSQL) and its learners")
    group = p.add_subparsers(title="steps", metavar="STEP")
    init = group.add_parser("init", help="create the tables, the learners' group role and the row-level policies")
    add = group.add_parser(
        "add-learner", help="give learners their own login role; prints each one's BOUNDARYLAB_PROGRESS_URL"
    )
    add.add_argument("names", nargs="+", metavar="NAME", help="the learner's user name on the hub")
    for step, run in ((init, _init), (add, _add_learner)):
        step.add_argument(
            "--admin-url",
            metavar="URL",
            help=f"the database owner's URL, postgresql://OWNER@HOST/DATABASE (default: ${ADMIN_URL_VARIABLE})",
        )
        step.set_defaults(run=run)
