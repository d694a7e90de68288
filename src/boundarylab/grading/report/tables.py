"""The report's CSV files, LMS grades among them."""

from pathlib import Path

from boundarylab.reports.spreadsheet import write_csv as _write


def _num(x, digits=2):
    return "" if x is None else f"{x:.{digits}f}"


def learners(cohort, path: Path) -> Path:
    return _write(
        path,
        ["student_id", "submitted", "score", "max_score", "percent", "passed", "answered", "items", "answers_readable"],
        [
            [
                learner.student_id,
                learner.submitted,
                _num(learner.score),
                _num(learner.max_score, 0),
                _num(learner.percent, 1),
                learner.percent >= 100 * cohort.passing,
                learner.answered,
                len(cohort.assignment.items),
                learner.readable,
            ]
            for learner in cohort.learners
        ],
    )


def lms_grades(cohort, path: Path) -> Path:
    """One row per learner, matched by email or student id: Moodle's grade import maps these columns
    in its preview; Canvas's needs its own export as the template (see grading/README.md)."""
    column = f"{cohort.assignment.title} ({cohort.assignment.name}) [{cohort.assignment.points}]"
    return _write(
        path,
        ["Student ID", "Email address", "First name", "Last name", column, "Percent", "Passed"],
        [
            [
                learner.student_id,
                learner.email,
                learner.first_name,
                learner.last_name,
                _num(learner.score),
                _num(learner.percent, 1),
                "yes" if learner.submitted and learner.percent >= 100 * cohort.passing else "no",
            ]
            for learner in cohort.learners
        ],
    )


def items(cohort, path: Path) -> Path:
    return _write(
        path,
        [
            "item",
            "max_marks",
            "facility",
            "sd",
            "discrimination",
            "point_biserial",
            "upper_lower_d",
            "efficiency",
            "flags",
        ],
        [
            [
                s.item,
                _num(s.max_marks, 0),
                _num(s.facility, 1),
                _num(s.sd, 1),
                _num(s.discrimination, 1),
                _num(s.point_biserial, 3),
                _num(s.upper_lower, 3),
                _num(s.efficiency, 1),
                "; ".join(s.flags),
            ]
            for s in cohort.items
        ],
    )


def options(cohort, path: Path) -> Path:
    return _write(
        path,
        ["item", "option", "key", "share", "share_top_27", "share_bottom_27", "mean_rest_score", "flags"],
        [
            [
                o.item,
                o.option,
                o.is_key,
                _num(o.share, 1),
                _num(o.share_top, 1),
                _num(o.share_bottom, 1),
                _num(o.mean_rest),
                "; ".join(o.flags),
            ]
            for o in cohort.options
        ],
    )


def reliability(cohort, path: Path) -> Path:
    rows = [
        [
            "KR-20 (verdict and best step right, first attempts)",
            cohort.kr20.n,
            cohort.kr20.k,
            _num(cohort.kr20.value, 3),
            _num(cohort.kr20.sem),
        ],
        [
            "Cronbach alpha (all parts, partial credit, first attempts)",
            cohort.alpha.n,
            cohort.alpha.k,
            _num(cohort.alpha.value, 3),
            _num(cohort.alpha.sem),
        ],
    ]
    return _write(path, ["statistic", "n", "k", "value", "sem"], rows)


def mastery(cohort, principles, path: Path) -> Path:
    names = {learner.student_id: learner.name for learner in cohort.learners}
    return _write(
        path,
        ["student_id", "name", *principles],
        [
            [s, names.get(s, ""), *(_num(cohort.mastery[s].get(p), 3) for p in principles)]
            for s in sorted(cohort.mastery)
        ],
    )


def rubric_failures(cohort, path: Path) -> Path:
    rows = [["(all rewrites)", check, n] for check, n in cohort.rubric_failures.most_common()]
    rows += [[item, check, n] for item, counts in cohort.rubric_by_item.items() for check, n in counts.most_common()]
    return _write(path, ["item", "failure", "rewrites"], rows)


def review_queue(cohort, path: Path) -> Path:
    names = {learner.student_id: learner.name for learner in cohort.learners}
    return _write(
        path,
        [
            "student_id",
            "name",
            "item",
            "title",
            "grade_id",
            "score",
            "points",
            "flagged",
            "rubric_found",
            "rewrite",
            "formgrader_page",
        ],
        [
            [
                r.student_id,
                names.get(r.student_id, ""),
                r.scenario_id,
                cohort.titles.get(r.scenario_id, ""),
                r.grade_id,
                _num(r.score),
                r.points,
                r.flagged,
                "; ".join(r.problems),
                r.text,
                r.formgrader_path,
            ]
            for r in cohort.rewrites
        ],
    )
