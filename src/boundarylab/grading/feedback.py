"""What a grading cell shows: the learner's answer beside the right one, why, and the sources. It
lands in the autograded notebook (the instructor reads it in the formgrader) and in the feedback
`nbgrader generate_feedback` writes. Learner text is always escaped. Written in a learner's words:
verdicts, principles and checks by their titles, scores as percentages, no ids (a test greps for
them). Kept small: every tag here is parsed again for every learner's feedback page."""

from html import escape

from boundarylab.bank import Bank, Scenario
from boundarylab.names import check_title, principle_titles, verdict_phrase, verdict_title

BOX = "border:1px solid #bbb;border-radius:4px;padding:.4em .8em"
NOTE = "color:#7a4d00"


def percent(earned: float, out_of: float) -> str:
    return f"{round(100 * earned / out_of)} %" if out_of else "—"


def sources_line(bank: Bank, scenario: Scenario) -> str:
    parts = []
    for ref in scenario.key.sources:
        source = bank.sources.get(ref.doc)
        if source is None:
            parts.append(ref.doc)
            continue
        heading = next((s.heading for s in source.sections if s.id == ref.section), ref.section)
        parts.append(f"{source.title}, “{heading}”" + (f", item {ref.item}" if ref.item else ""))
    return "; ".join(parts)


def _notes(notes) -> str:
    return "".join(f"<p style='{NOTE}'>⚠ {escape(n)}</p>" for n in notes)


def decision(bank: Bank, scenario: Scenario, response, choice, earned: float, max_points: int, notes=()) -> str:
    a = scenario.key
    rows = [
        (
            "Verdict",
            verdict_title(response.verdict) if response and response.verdict else "(none)",
            verdict_phrase(a.verdict),
        ),
        (
            "Principles",
            principle_titles(response.principles) if response and response.principles else "(none)",
            principle_titles(a.principles),
        ),
    ]
    if scenario.choices:
        chosen = choice.chosen if choice else None
        best = next(i for i, c in enumerate(scenario.choices) if c.correct)
        rows.append(
            (
                "Best next step",
                scenario.choices[chosen].text if chosen is not None else "(none)",
                scenario.choices[best].text,
            )
        )
    sources, codes = sources_line(bank, scenario), ", ".join(a.codes)
    table = "".join(f"<tr><th>{k}</th><td>{escape(g)}</td><td>{escape(r)}</td></tr>" for k, g, r in rows)
    step_note = (
        f"<p><b>The step you chose:</b> {escape(choice.feedback)}</p>"
        if choice and choice.chosen is not None and not choice.correct
        else ""
    )
    html = (
        f"<div style='{BOX}'><b>{escape(scenario.title)}</b>: your score {percent(earned, max_points)}"
        f"{_notes(notes)}<table><tr><th></th><th>Your answer</th><th>Best answer</th></tr>{table}"
        f"</table><p><b>Why:</b> {escape(a.rationale.strip())}</p>{step_note}<p><b>Sources:</b> "
        f"{escape(sources)}" + (f". <b>Codes:</b> {escape(codes)}" if codes else "") + "</p></div>"
    )
    return html


def _snippet(text: str, finding) -> str:
    return " ".join(text[finding.start : finding.end].split())


def rewrite(scenario: Scenario, text: str | None, result, earned: float, notes=()) -> str:
    """The learner's text, each rubric item met or not (with the words that decided it), the
    analysis's feedback and the model answer: what the instructor needs to confirm or override."""
    rubric = scenario.rewrite
    if rubric is None:
        raise ValueError(f"{scenario.id} has no writing task, so it has no rewrite to report on")
    rows = []
    if result is not None and text:  # a result exists only for a saved, non-blank rewrite
        remaining = {f.check: f for f in reversed(result.remaining)}
        present = {f.check: f for f in reversed(result.present)}
        for check in rubric.must_avoid:
            f = remaining.get(check)
            rows.append((check_title(check), "still there: “" + _snippet(text, f) + "”" if f else "clear"))
        for check in rubric.must_include:
            f = present.get(check)
            rows.append((check_title(check), "present: “" + _snippet(text, f) + "”" if f else "missing"))
    advice = list(result.feedback) if result is not None else []
    yours = escape(text) if text else "(no rewrite saved)"
    html = (
        f"<div style='{BOX}'><b>{escape(scenario.title)}: your rewrite</b>: scored {percent(earned, 1)} by the "
        f"rubric, a first pass your instructor may change{_notes(notes)}<p><b>Your rewrite:</b></p>"
        f"<blockquote style='white-space:pre-wrap'>{yours}</blockquote>"
        + ("<p><b>Rubric:</b> " + "; ".join(f"{escape(c)}: {escape(v)}" for c, v in rows) + "</p>" if rows else "")
        + ("<p><b>Feedback:</b> " + escape(" ".join(advice)) + "</p>" if advice else "")
        + f"<p><b>A model answer:</b> {escape(rubric.key_answer.strip())}</p></div>"
    )
    return html
