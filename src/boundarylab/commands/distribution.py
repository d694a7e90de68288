"""Who holds what: `boundarylab key` starts the instructor's private key folder, `boundarylab
learner-dist` writes the course folder learners run, without the post-test key."""

import sys
from pathlib import Path


def _key(args) -> int:
    from boundarylab.grading.keys import KeyMissing, write_key
    from boundarylab.paths import course_root

    out = Path(args.out).resolve()
    try:
        write_key(course_root() / "scenarios", out)
    except KeyMissing as e:
        print(e, file=sys.stderr)
        return 1
    print(
        f"Key folder started in {out} from the public sample post-test (readable to you only).\n"
        f"Replace the post-test items in {out / 'assessment.yaml'} with your own forms before granting credit, "
        f"keep the folder private, and pass `--key {out}` to build-assignments, grade and report."
    )
    return 0


def _learner_dist(args) -> int:
    from boundarylab.bank import BankError
    from boundarylab.grading.keys import KeyMissing, key_dir
    from boundarylab.learner_dist import DistError, write_learner_dist
    from boundarylab.paths import course_root

    try:
        bank_dir = key_dir(args.key) if args.key else course_root() / "scenarios"
        out = write_learner_dist(bank_dir, course_root() / "notebooks", Path(args.out).resolve())
    except (DistError, KeyMissing) as e:
        print(e, file=sys.stderr)
        return 1
    except BankError as e:
        print(f"The bank has problems; run `boundarylab validate`.\n{e}", file=sys.stderr)
        return 1
    print(
        f"The learner's course is in {out} (notebooks/ and scenarios/, no post-test answers).\n"
        f"Learners open it with `boundarylab course --root {out}`; on JupyterHub set BOUNDARYLAB_COURSE_ROOT={out}."
    )
    return 0


def register(sub) -> None:
    p = sub.add_parser("key", help="start a private post-test key folder from the public sample (instructors)")
    p.add_argument("--out", required=True, help="a new folder, kept private (outside the nbgrader course folder)")
    p.set_defaults(run=_key)

    p = sub.add_parser("learner-dist", help="write the course folder learners run: no post-test answers in it")
    p.add_argument("--out", required=True, help="a new folder for the learner's course")
    p.add_argument("--key", help="your key folder, if your post-test forms are your own (absolute path)")
    p.set_defaults(run=_learner_dist)
