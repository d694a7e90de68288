"""The report's HTML page: numbers, figures and the tables an instructor acts on."""

from html import escape

CSS = ("body{font-family:system-ui,sans-serif;max-width:980px;margin:1.5em auto;padding:0 1em;color:#222}"
       "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}td,th{border:1px solid #ccc;"
       "padding:3px 7px;text-align:left}th{background:#f3f3f3}.flag{color:#a33}img{max-width:100%}"
       ".num{text-align:right}")


def _table(header, rows) -> str:
    head = "".join(f"<th scope='col'>{escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _f(x, digits=1) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def render(cohort, completion: dict, images: dict, csvs: dict) -> str:
    a = cohort.assignment
    submitted = [l for l in cohort.learners if l.submitted]
    percents = [l.percent for l in submitted]
    passed = sum(p >= 100 * cohort.passing for p in percents)
    flagged = [s for s in cohort.items if s.flags]
    option_flags = [o for o in cohort.options if o.flags and o.option != "(no answer)"]
    rel = [("KR-20 (0/1: verdict right, best step right)", cohort.kr20),
           ("Cronbach's alpha (all parts, partial credit)", cohort.alpha)]
    parts = [
        f"<h1>{escape(a.title)} ({escape(a.name)}): cohort report</h1>",
        f"<p>{len(cohort.learners)} learners in the gradebook, {len(submitted)} submitted, {passed} passed "
        f"(passing score {100 * cohort.passing:.0f} %). Mean score "
        f"{_f(sum(percents) / len(percents) if percents else None)} %. {len(a.items)} items, {a.points} points. "
        f"Item analysis on first attempts of {len(cohort.analysed)} learners.</p>",
        "<h2>Completion</h2>", _img(images["completion"], "Completion: learners enrolled, submitted, with every "
                                    "item answered, passed"),
        _table(list(completion), [list(completion.values())]),
        "<h2>Scores</h2>", _img(images["scores"], "Histogram of scores with the passing line"),
        "<h2>Reliability</h2>",
        _table(["statistic", "n", "k", "value", "SEM (marks)"],
               [[name, r.n, r.k, _f(r.value, 3), _f(r.sem, 2)] for name, r in rel]),
        "<p>≥ 0.70 is fine for a formative check, ≥ 0.80 when the score gates a certificate. With fewer than "
        "about 10 items or 30 learners the value is unstable.</p>",
        "<h2>Item analysis</h2>", _img(images["items"], "Facility against discrimination for every item part"),
        f"<p>{len(flagged)} of {len(cohort.items)} item parts flagged.</p>",
        _table(["item", "facility %", "discrimination", "efficiency", "upper−lower D", "flags"],
               [[s.item, _f(s.facility), _f(s.discrimination), _f(s.efficiency), _f(s.upper_lower, 2),
                 "; ".join(s.flags)] for s in cohort.items]),
        "<h3>Options to review</h3>",
        _table(["item", "option", "key", "chosen %", "top 27 %", "bottom 27 %", "flag"],
               [[o.item, o.option, "key" if o.is_key else "", _f(o.share), _f(o.share_top), _f(o.share_bottom),
                 "; ".join(o.flags)] for o in option_flags]) if option_flags else "<p>No option flagged.</p>",
        "<h2>Mastery by principle</h2>", _img(images["mastery"], "Heatmap: share of points earned per learner "
                                             "and principle"),
        "<h2>Rewrites: most common rubric failures</h2>", _img(images["rubric"], "Bar chart of rubric failures"),
        _table(["failure", "rewrites"], cohort.rubric_failures.most_common()),
        "<h2>Files</h2><ul>" + "".join(f"<li><a href='{escape(p.name)}'>{escape(p.name)}</a>: {escape(what)}</li>"
                                      for what, p in csvs.items()) + "</ul>",
    ]
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(a.title)}: cohort report"
            f"</title><style>{CSS}</style></head><body><main>{''.join(parts)}</main></body></html>")


def _img(path, alt: str) -> str:
    return f"<img src='{escape(path.name)}' alt='{escape(alt)}'>"
