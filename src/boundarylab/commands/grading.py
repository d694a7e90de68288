"""Instructor commands for a workshop cohort: build the assignments, simulate a cohort, grade it,
report on it. Each calls one core function and prints what it returns."""

import sys
from pathlib import Path

COURSE = "grading"


def _course(args) -> Path:
    from boundarylab.paths import resolve

    return resolve(args.course)


def _key(args, course=None):
    """The instructor's key bank, or None after saying why it cannot be used."""
    from boundarylab.grading.keys import KeyMissing, key_dir, load_key

    try:
        return load_key(key_dir(args.key, course))
    except KeyMissing as e:
        print(e, file=sys.stderr)
        return None


def _build(args) -> int:
    from boundarylab.grading.build import build

    course = _course(args)
    bank = _key(args, course)
    if bank is None:
        return 1
    result = build(bank, course, check=args.check)
    for a in result.assignments:
        print(f"  {a.name:<28} {len(a.items):>3} items {a.points:>4} points   {a.title}")
    if args.check:
        stale = result.written + result.removed
        if stale:
            print(
                f"{course} is out of date with the bank: {', '.join(stale)}. Run `boundarylab build-assignments`.",
                file=sys.stderr,
            )
            return 1
        print(f"{course} matches the bank.")
        return 0
    print(f"{course}: {len(result.written)} file(s) written, {len(result.removed)} folder(s) removed.")
    return 0


def _demo(args) -> int:
    from boundarylab.grading import demo, submissions
    from boundarylab.grading.manifest import read_manifest

    course = _course(args)
    bank = _key(args, course)
    if bank is None:
        return 1
    try:
        manifest = read_manifest(course, args.assignment)
        release = submissions.release_notebook(course, args.assignment, manifest.assignment.notebook)
    except (FileNotFoundError, ValueError) as e:
        print(e, file=sys.stderr)
        return 1
    learners = demo.simulate(bank, manifest.assignment, release, args.students, args.seed)
    if args.zip:
        where = submissions.write_zip(course, args.assignment, learners)
        then = f" Collect them with `nbgrader zip_collect {args.assignment}` in {course}."
    else:
        where, then = submissions.write_submitted(course, args.assignment, learners), ""
    roster = submissions.write_roster(course, learners)
    broken = [f"{learner.student_id} ({learner.broken})" for learner in learners if learner.broken]
    print(f"{len(learners)} simulated submissions in {where}; roster in {roster}.{then}")
    if broken:
        print("Broken on purpose: " + ", ".join(broken))
    return 0


def _grade(args) -> int:
    from boundarylab.grading.grade import GradingError, grade_assignment, render_summary
    from boundarylab.grading.keys import KeyMissing

    try:
        run = grade_assignment(
            _course(args),
            args.assignment,
            key=args.key,
            db_url=args.db,
            students=args.student or None,
            feedback=not args.no_feedback,
            progress=not args.quiet,
        )
    except (GradingError, KeyMissing, FileNotFoundError, ValueError) as e:
        print(e, file=sys.stderr)
        return 1
    print(render_summary(run))
    return 0


def _report(args) -> int:
    from boundarylab.grading.report import write_report

    course = _course(args)
    bank = _key(args, course)
    if bank is None:
        return 1
    try:
        out = write_report(course, args.assignment, Path(args.out), bank, db_url=args.db)
    except (FileNotFoundError, ValueError) as e:
        print(e, file=sys.stderr)
        return 1
    print(f"Report written to {out}")
    return 0


def register(sub) -> None:
    def course_option(p):
        p.add_argument("--course", default=COURSE, help="the nbgrader course folder (default: grading)")

    def key_option(p):
        p.add_argument(
            "--key",
            help="the post-test key folder, an absolute path (default: $BOUNDARYLAB_KEY); "
            "start one with `boundarylab key --out DIR`",
        )

    def db_option(p):
        p.add_argument("--db", help="gradebook URL (default: the course's; e.g. postgresql+psycopg2://...)")

    p = sub.add_parser("build-assignments", help="write the nbgrader course: config, post-test forms A and B, quizzes")
    course_option(p)
    p.add_argument("--check", action="store_true", help="exit 1 if the course is out of date, write nothing")
    key_option(p)
    p.set_defaults(run=_build)

    p = sub.add_parser("demo-cohort", help="simulated submissions (a spread of ability, a few broken ones)")
    p.add_argument("assignment")
    p.add_argument("--students", type=int, default=30)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--zip", action="store_true", help="write an LMS-style archive for `nbgrader zip_collect` instead of submitted/"
    )
    course_option(p)
    key_option(p)
    p.set_defaults(run=_demo)

    p = sub.add_parser("grade", help="autograde and write feedback for every submission of an assignment")
    p.add_argument("assignment")
    db_option(p)
    course_option(p)
    p.add_argument("--student", action="append", help="grade only this student (repeatable)")
    p.add_argument("--no-feedback", action="store_true", help="autograde only")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    key_option(p)
    p.set_defaults(run=_grade)

    p = sub.add_parser("report", help="cohort report: HTML, PNG charts, CSV, item analysis, LMS grades")
    p.add_argument("assignment")
    p.add_argument("--out", required=True, help="folder to write the report into")
    db_option(p)
    course_option(p)
    key_option(p)
    p.set_defaults(run=_report)
