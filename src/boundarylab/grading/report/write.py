"""`boundarylab report`: the cohort report folder (HTML, PNG figures, CSV tables, LMS grades)."""

from pathlib import Path

from boundarylab import vocab
from boundarylab.grading.report import charts, page, tables
from boundarylab.grading.report.cohort import collect


def completion_counts(cohort) -> dict:
    submitted = [learner for learner in cohort.learners if learner.submitted]
    return {
        "enrolled": len(cohort.learners),
        "submitted": len(submitted),
        "every item answered": sum(learner.answered == len(cohort.assignment.items) for learner in submitted),
        "passed": sum(learner.percent >= 100 * cohort.passing for learner in submitted),
    }


def write_report(course, name: str, out: Path, bank, db_url: str | None = None) -> Path:
    """`bank` is the instructor's key (keys.load_key)."""
    cohort = collect(course, name, bank, db_url)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    principles = [p for p in vocab.PRINCIPLES if any(p in m for m in cohort.mastery.values())]
    counts = completion_counts(cohort)
    images = {
        "completion": charts.completion(counts, out / "completion.png"),
        "scores": charts.score_distribution(
            [learner.percent for learner in cohort.learners if learner.submitted], cohort.passing, out / "scores.png"
        ),
        "items": charts.items(cohort.items, out / "items.png", lambda part: page.item_label(cohort, part)),
        "mastery": charts.mastery(
            sorted(cohort.mastery), principles, cohort.mastery, out / "mastery.png", page.learner_names(cohort)
        ),
        "rubric": charts.rubric_failures(cohort.rubric_failures, out / "rubric_failures.png"),
    }
    csvs = {
        "grades to import into an LMS gradebook": tables.lms_grades(cohort, out / "lms_grades.csv"),
        "every learner's score": tables.learners(cohort, out / "learners.csv"),
        "item statistics": tables.items(cohort, out / "items.csv"),
        "per-option choice rates": tables.options(cohort, out / "options.csv"),
        "reliability": tables.reliability(cohort, out / "reliability.csv"),
        "mastery by principle": tables.mastery(cohort, principles, out / "mastery.csv"),
        "rubric failures in rewrites": tables.rubric_failures(cohort, out / "rubric_failures.csv"),
        "every graded rewrite, least certain first": tables.review_queue(cohort, out / "review_queue.csv"),
    }
    (out / "index.html").write_text(page.render(cohort, counts, images, csvs), encoding="utf-8")
    return out / "index.html"
