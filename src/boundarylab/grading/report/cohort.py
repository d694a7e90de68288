"""Everything the cohort report shows, gathered from the gradebook and the submitted answers files.

Grades (score distribution, mastery, LMS export) come from the gradebook, overrides included.
Item analysis uses each learner's first saved answer per item, scored by the same engine
(reference/assessment.md: first attempts only); learners whose answers file could not be read are
left out of it and counted. Rewrite failures use the graded (last) rewrites.
"""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from boundarylab import vocab
from boundarylab.grading import item_analysis as ia
from boundarylab.grading import responses
from boundarylab.grading.config import load_config
from boundarylab.grading.gradebook import read_grades
from boundarylab.grading.manifest import read_manifest
from boundarylab.grading.marks import mark_rewrite
from boundarylab.grading.report import review
from boundarylab.scoring import Response, score_choice, score_judgement

NO_ANSWER = "(no answer)"


@dataclass(frozen=True)
class Learner:
    student_id: str
    first_name: str
    last_name: str
    email: str
    submitted: bool
    score: float
    max_score: float
    answered: int
    readable: bool  # the answers file could be read
    problems: tuple[str, ...] = ()  # what was wrong with the answers file, in sentences

    @property
    def percent(self) -> float:
        return 100 * self.score / self.max_score if self.max_score else 0.0

    @property
    def name(self) -> str:
        """As the roster (nbgrader's student table) spells it; the id where the roster has no name."""
        return f"{self.first_name} {self.last_name}".strip() or self.student_id


@dataclass(frozen=True)
class Cohort:
    assignment: object  # blueprint.Assignment
    passing: float  # 0..1
    learners: tuple[Learner, ...]  # everyone in the gradebook, submitted or not
    analysed: tuple[str, ...]  # learners in the item analysis (a readable answers file)
    parts: tuple[str, ...]  # item analysis columns: "<id>" judgement, "<id>:choice", "<id>:rewrite"
    part_max: tuple[float, ...]
    X: np.ndarray  # analysed × parts, first attempts
    D: np.ndarray  # analysed × dichotomous items (verdict right, best step right), for KR-20
    d_items: tuple[str, ...]
    items: tuple  # ia.ItemStats per part
    kr20: ia.Reliability
    alpha: ia.Reliability
    options: tuple  # ia.OptionStats, verdicts and best steps
    principles_cited: dict  # scenario id -> Counter of principles named on first attempts
    mastery: dict  # student -> {principle: share 0..1} from the gradebook, for submitted learners
    rubric_failures: Counter  # check id (or "did not rewrite") -> count over graded rewrites
    rubric_by_item: dict  # scenario id -> Counter
    titles: dict = field(default_factory=dict)  # scenario id -> title, so the report names items as learners saw them
    rewrites: tuple = ()  # review.Rewrite per graded rewrite, for the review queue


def collect(course, name: str, bank, db_url: str | None = None) -> Cohort:
    """`bank` is the instructor's key (keys.load_key): item analysis needs every answer."""
    course = Path(course).resolve()
    cfg = load_config(course, db_url)
    db, course_id = cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id
    a = read_manifest(course, name).assignment
    scenarios = [bank.scenarios[i.scenario_id] for i in a.items]
    by_text = _by_answer(lambda s, text: mark_rewrite(s, Response(rewrite=text)))
    mark = lambda s, r: by_text(s, r.rewrite if r else None)  # noqa: E731 (first and last are often one text)
    choices = {s.id: len(s.choices) for s in scenarios}
    grades = read_grades(db, course_id, name)
    subs = grades.submissions
    if not subs:
        raise ValueError(f"No submission of {name} is in the gradebook yet: run `boundarylab grade {name}` first.")
    cells = {sid: sub.cells for sid, sub in subs.items()}
    sheets = {
        sid: responses.read(course / "submitted" / sid / name / responses.FILE_NAME, name, sid, choices) for sid in subs
    }
    learners = []
    for sid in sorted(grades.roster):
        sheet = sheets.get(sid)
        person, sub = grades.roster[sid], subs.get(sid)
        score, max_score = (sub.score, grades.max_score) if sub else (0.0, float(a.points))
        answered = sum(sheet.answer(s.id).response is not None for s in scenarios) if sheet else 0
        learners.append(
            Learner(
                sid,
                person.first_name,
                person.last_name,
                person.email,
                sub is not None,
                score,
                max_score,
                answered,
                bool(sheet and sheet.readable),
                sheet.problems if sheet else (),
            )
        )
    analysed = tuple(learner.student_id for learner in learners if learner.submitted and learner.readable)
    first = {sid: {s.id: sheets[sid].answer(s.id).first for s in scenarios} for sid in analysed}
    last = {sid: {s.id: sheets[sid].answer(s.id).response for s in scenarios} for sid in analysed}
    parts, part_max, columns = [], [], []
    judged = _by_answer(lambda s, verdict, principles: score_judgement(s, verdict, principles).score)
    for s in scenarios:
        parts.append(s.id)
        part_max.append(1.0)
        columns.append([judged(s, r.verdict, r.principles) if (r := first[sid][s.id]) else 0.0 for sid in analysed])
        if s.choices:
            parts.append(f"{s.id}:choice")
            part_max.append(1.0)
            columns.append([score_choice(s, r.choice).score if (r := first[sid][s.id]) else 0.0 for sid in analysed])
        if s.rewrite:
            parts.append(f"{s.id}:rewrite")
            part_max.append(1.0)
            columns.append([mark(s, first[sid][s.id]).earned for sid in analysed])
    X = np.array(columns, float).T if analysed else np.zeros((0, len(parts)))
    d_items, d_cols = [], []
    for s in scenarios:
        d_items.append(f"{s.id}:verdict")
        d_cols.append([float(bool((r := first[sid][s.id]) and r.verdict == s.answer.verdict)) for sid in analysed])
        if s.choices:
            d_items.append(f"{s.id}:choice")
            best = next(i for i, c in enumerate(s.choices) if c.correct)
            d_cols.append([float(bool((r := first[sid][s.id]) and r.choice == best)) for sid in analysed])
    D = np.array(d_cols, float).T if analysed else np.zeros((0, len(d_items)))
    totals_x = X.sum(1) if len(analysed) else np.zeros(0)
    options, cited = [], {}
    for s in scenarios:
        j = parts.index(s.id)
        verdicts = [(r.verdict or NO_ANSWER) if (r := first[sid][s.id]) else NO_ANSWER for sid in analysed]
        options += ia.option_stats(
            s.id,
            verdicts,
            [*vocab.VERDICTS, NO_ANSWER],
            s.answer.verdict,
            totals_x,
            X[:, j],
            rare_floor=None,
            unflagged=(NO_ANSWER,),
        )
        cited[s.id] = Counter(p for sid in analysed if (r := first[sid][s.id]) for p in r.principles)
        if s.choices:
            j = parts.index(f"{s.id}:choice")
            labels = [_choice_label(i, c.text) for i, c in enumerate(s.choices)]
            picked = [
                labels[r.choice] if (r := first[sid][s.id]) and r.choice is not None else NO_ANSWER for sid in analysed
            ]
            best = next(i for i, c in enumerate(s.choices) if c.correct)
            options += ia.option_stats(
                f"{s.id}:choice", picked, [*labels, NO_ANSWER], labels[best], totals_x, X[:, j], unflagged=(NO_ANSWER,)
            )
    return Cohort(
        a,
        bank.course.passing_score,
        tuple(learners),
        analysed,
        tuple(parts),
        tuple(part_max),
        X,
        D,
        tuple(d_items),
        tuple(ia.item_stats(X, part_max, parts)) if len(analysed) else (),
        ia.kr20(D),
        ia.cronbach_alpha(X),
        tuple(options),
        cited,
        _mastery(a, scenarios, cells),
        *_rubric_failures(scenarios, last, mark),
        {s.id: s.title for s in scenarios},
        review.rewrites(a, scenarios, last, subs, mark),
    )


def _by_answer(score):
    """score(scenario, *answer), computed once per distinct answer: a cohort gives the same answers
    again and again, and a thousand learners' first tries are otherwise scored one by one."""
    memo = {}

    def scored(scenario, *answer):
        key = (scenario.id, *answer)
        if key not in memo:
            memo[key] = score(scenario, *answer)
        return memo[key]

    return scored


def _choice_label(index: int, text: str) -> str:
    return f"{index + 1}. {text if len(text) <= 60 else text[:59] + '…'}"


def _mastery(a, scenarios, cells) -> dict:
    """Share of the points earned on items naming each principle, per learner (gradebook scores)."""
    out = {}
    for sid, scores in cells.items():
        earned, possible = Counter(), Counter()
        for item, s in zip(a.items, scenarios, strict=True):
            got = sum(scores.get(g, 0.0) for g in item.grade_ids)
            for p in s.answer.principles:
                earned[p] += got
                possible[p] += item.points
        out[sid] = {p: earned[p] / possible[p] for p in possible}
    return out


def _rubric_failures(scenarios, last, mark) -> tuple[Counter, dict]:
    total, by_item = Counter(), {}
    for s in scenarios:
        if not s.rewrite:
            continue
        counts = Counter()
        for answers in last.values():
            marked = mark(s, answers[s.id])
            if marked.result is None or marked.result.job_problems:
                counts["did not rewrite the draft"] += 1
                continue
            counts.update({f.check for f in marked.result.remaining})
            counts.update(marked.result.missing)
        by_item[s.id] = counts
        total.update(counts)
    return total, by_item
