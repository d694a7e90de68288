"""The report's HTML page: what needs action first, then the numbers and figures, each statistic
explained in one sentence where it is shown, learners by name and items by title."""

from html import escape

CSS = (
    "body{font-family:system-ui,sans-serif;max-width:980px;margin:1.5em auto;padding:0 1em;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}td,th{border:1px solid #ccc;"
    "padding:3px 7px;text-align:left;vertical-align:top}th{background:#f3f3f3}img{max-width:100%}"
    ".action{border:2px solid #D55E00;padding:.3em 1em;margin:1em 0}.explain{color:#444;font-size:.9em}"
    "blockquote{margin:0;white-space:pre-wrap}.scroll{overflow-x:auto;margin:.5em 0 1.5em}.scroll table{margin:0}"
)
QUEUE_ON_PAGE = 100  # the rest of the review queue is in review_queue.csv
PART = {"": "", "choice": " (best step)", "rewrite": " (rewrite)", "verdict": " (verdict)"}

EXPLAIN = {
    "facility": "Facility: the share of the marks learners earned on their first attempt (0–100 %); above 95 "
    "or below 10 the part barely tells learners apart.",
    "discrimination": "Discrimination: how strongly doing well on this part goes with doing well on the rest "
    "of the test (item–rest correlation × 100); below 20 is weak, below 0 suggests a wrong key.",
    "efficiency": "Efficiency: discrimination as a share of the highest this part could reach at its facility "
    "(100 = as good as possible); below 15 the part is doubtful.",
    "upper-lower": "Upper−lower D: facility in the top 27 % of learners by total minus facility in the bottom "
    "27 %, from −1 to 1; a sound part is above 0.2.",
    "reliability": "Reliability (KR-20 on right/wrong parts, Cronbach's alpha on all parts): how consistently "
    "the items measure one ability, 0 to 1; 0.70 is enough for a practice check, 0.80 when the "
    "score gates a certificate, and it is unstable under about 10 items or 30 learners.",
    "sem": "SEM (standard error of measurement): a learner's true score is likely within about two SEMs, in "
    "marks, of the score they got; weigh pass/fail decisions that close to the line.",
    "options": "Chosen %: the share of learners who picked the option on their first attempt; top and bottom "
    "27 %: the same share among the strongest and the weakest learners by total. A distractor "
    "(a wrong option) is working when it draws more of the bottom group than of the top.",
    "mastery": "Mastery: the share of the points a learner earned on the items that name each principle "
    "(gradebook scores, overrides included); darker is lower. Colours are cividis, readable "
    "with every common colour-vision deficiency.",
    "rubric": "Rubric failures: how many graded rewrites still contained each problem, or lacked each "
    "required element, that the item's rubric checks.",
    "queue": "Every graded rewrite, least certain first: rewrites the grading flagged for review (the "
    "formgrader lists them under manual grading), then those scored near half marks, where the "
    "rubric's first pass is most often overridden. Change a score in the formgrader; this report "
    "reads the gradebook again when you rerun it.",
}


def _table(header, rows) -> str:
    head = "".join(f"<th scope='col'>{escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    # a table wider than the page scrolls inside its own box, reachable by keyboard
    return f"<div class='scroll' tabindex='0'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


def _explain(*keys) -> str:
    return "".join(f"<p class='explain'>{escape(EXPLAIN[k])}</p>" for k in keys)


def _f(x, digits=1) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _img(path, alt: str) -> str:
    return f"<img src='{escape(path.name)}' alt='{escape(alt)}'>"


def item_label(cohort, part: str) -> str:
    """'conf-002:choice' -> 'Setting the record straight… (best step)'."""
    sid, _, kind = part.partition(":")
    return cohort.titles.get(sid, sid) + PART.get(kind, f" ({kind})")


def learner_names(cohort) -> dict:
    """Student id -> name from the roster; the id is added only where two learners share a name."""
    count = {}
    for learner in cohort.learners:
        count[learner.name] = count.get(learner.name, 0) + 1
    return {
        learner.student_id: learner.name
        if count[learner.name] == 1 or learner.name == learner.student_id
        else f"{learner.name} ({learner.student_id})"
        for learner in cohort.learners
    }


def needs_action(cohort, names: dict) -> list[tuple[str, list[str]]]:
    """(heading, lines) for each kind of problem an instructor has to act on, worst first."""
    passing = 100 * cohort.passing
    missing = [f"{names[learner.student_id]}: did not submit" for learner in cohort.learners if not learner.submitted]
    missing += [
        f"{names[learner.student_id]}: {' '.join(learner.problems) or 'the answers file could not be read'}"
        for learner in cohort.learners
        if learner.submitted and (not learner.readable or learner.problems)
    ]
    flagged = [r for r in cohort.rewrites if r.flagged]
    below = sorted(
        (learner for learner in cohort.learners if learner.submitted and learner.percent < passing),
        key=lambda learner: learner.percent,
    )
    return [
        ("Answers missing or damaged", missing),
        (
            "Rewrites flagged for review",
            [
                f"{names.get(r.student_id, r.student_id)}: {cohort.titles.get(r.scenario_id, r.scenario_id)}"
                for r in flagged
            ],
        ),
        (
            f"Below the pass mark ({passing:.0f} %)",
            [f"{names[learner.student_id]}: {learner.percent:.1f} %" for learner in below],
        ),
    ]


def _action_html(groups) -> str:
    parts = ["<section class='action' aria-labelledby='needs-action'><h2 id='needs-action'>Needs action</h2>"]
    for heading, lines in groups:
        parts.append(f"<h3>{escape(heading)} ({len(lines)})</h3>")
        parts.append(
            "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>" if lines else "<p>None.</p>"
        )
    return "".join(parts) + "</section>"


def _queue(cohort, names) -> str:
    rows = [
        [
            names.get(r.student_id, r.student_id),
            cohort.titles.get(r.scenario_id, r.scenario_id),
            f"{r.score:g}/{r.points}",
            "yes" if r.flagged else "",
            "; ".join(r.problems),
            r.text,
            r.formgrader_path,
        ]
        for r in cohort.rewrites[:QUEUE_ON_PAGE]
    ]
    more = len(cohort.rewrites) - len(rows)
    tail = f"<p>{more} more in review_queue.csv.</p>" if more > 0 else ""
    return (
        _explain("queue")
        + _table(["learner", "item", "score", "flagged", "rubric found", "rewrite", "formgrader page"], rows)
        + tail
    )


def render(cohort, completion: dict, images: dict, csvs: dict) -> str:
    a = cohort.assignment
    names = learner_names(cohort)
    submitted = [learner for learner in cohort.learners if learner.submitted]
    percents = [learner.percent for learner in submitted]
    passed = sum(p >= 100 * cohort.passing for p in percents)
    flagged = [s for s in cohort.items if s.flags]
    option_flags = [o for o in cohort.options if o.flags and o.option != "(no answer)"]
    rel = [
        ("KR-20 (right/wrong: verdict, best step)", cohort.kr20),
        ("Cronbach's alpha (all parts, partial credit)", cohort.alpha),
    ]
    parts = [
        f"<h1>{escape(a.title)}: cohort report</h1>",
        f"<p>{len(cohort.learners)} learners in the gradebook, {len(submitted)} submitted, {passed} passed "
        f"(passing score {100 * cohort.passing:.0f} %). Mean score "
        f"{_f(sum(percents) / len(percents) if percents else None)} %. {len(a.items)} items, {a.points} points. "
        f"Item analysis on first attempts of {len(cohort.analysed)} learners.</p>",
        _action_html(needs_action(cohort, names)),
        "<h2>Completion</h2>",
        _img(images["completion"], "Completion: learners enrolled, submitted, with every item answered, passed"),
        _table(list(completion), [list(completion.values())]),
        "<h2>Scores</h2>",
        _img(images["scores"], "Histogram of scores with the passing line"),
        "<h2>Reliability</h2>",
        _table(
            ["statistic", "learners", "item parts", "value", "SEM (marks)"],
            [[name, r.n, r.k, _f(r.value, 3), _f(r.sem, 2)] for name, r in rel],
        ),
        _explain("reliability", "sem"),
        "<h2>Item analysis</h2>",
        _img(images["items"], "Facility against discrimination for every item part"),
        f"<p>{len(flagged)} of {len(cohort.items)} item parts flagged.</p>",
        _explain("facility", "discrimination", "efficiency", "upper-lower"),
        _table(
            ["item", "facility %", "discrimination", "efficiency", "upper−lower D", "flags"],
            [
                [
                    item_label(cohort, s.item),
                    _f(s.facility),
                    _f(s.discrimination),
                    _f(s.efficiency),
                    _f(s.upper_lower, 2),
                    "; ".join(s.flags),
                ]
                for s in cohort.items
            ],
        ),
        "<h3>Options to review</h3>",
        _explain("options"),
        _table(
            ["item", "option", "key", "chosen %", "top 27 %", "bottom 27 %", "flag"],
            [
                [
                    item_label(cohort, o.item),
                    o.option,
                    "key" if o.is_key else "",
                    _f(o.share),
                    _f(o.share_top),
                    _f(o.share_bottom),
                    "; ".join(o.flags),
                ]
                for o in option_flags
            ],
        )
        if option_flags
        else "<p>No option flagged.</p>",
        "<h2>Mastery by principle</h2>",
        _explain("mastery"),
        _img(images["mastery"], "Heat map: share of points earned per learner and principle, weakest learners first"),
        "<h2>Rewrites: most common rubric failures</h2>",
        _explain("rubric"),
        _img(images["rubric"], "Bar chart of rubric failures"),
        _table(["failure", "rewrites"], cohort.rubric_failures.most_common()),
        "<h2 id='review-queue'>Rewrite review queue</h2>",
        _queue(cohort, names),
        "<h2>Files</h2><ul>"
        + "".join(
            f"<li><a href='{escape(p.name)}'>{escape(p.name)}</a>: {escape(what)}</li>" for what, p in csvs.items()
        )
        + "</ul>",
    ]
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(a.title)}: cohort report"
        f"</title><style>{CSS}</style></head><body><main>{''.join(parts)}</main></body></html>"
    )
