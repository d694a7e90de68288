"""What a grading cell shows: the learner's answer beside the right one, the rationale and the
sources. It lands in the autograded notebook (the instructor reads it in the formgrader) and in the
feedback `nbgrader generate_feedback` returns. Learner text is always escaped."""

from dataclasses import dataclass
from html import escape

from boundarylab import vocab
from boundarylab.bank import Bank, Scenario

STYLE = ("<style>.bl-fb{border:1px solid #bbb;border-radius:4px;padding:.5em .8em;margin:.3em 0}"
         ".bl-fb table{border-collapse:collapse}.bl-fb td,.bl-fb th{border:1px solid #ddd;padding:2px 6px;"
         "text-align:left;vertical-align:top}.bl-note{color:#7a4d00}</style>")


@dataclass(frozen=True)
class Rendered:
    html: str
    text: str


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _principles(ids) -> str:
    return ", ".join(ids) if ids else "none"


def sources_line(bank: Bank, scenario: Scenario) -> str:
    parts = []
    for ref in scenario.answer.sources:
        source = bank.sources.get(ref.doc)
        if source is None:
            parts.append(ref.doc)
            continue
        heading = next((s.heading for s in source.sections if s.id == ref.section), ref.section)
        parts.append(f"{source.title}, “{heading}”" + (f", item {ref.item}" if ref.item else ""))
    return "; ".join(parts)


def _notes(notes) -> tuple[str, str]:
    if not notes:
        return "", ""
    html = "".join(f"<p class='bl-note'>⚠ {escape(n)}</p>" for n in notes)
    return html, "".join(f"Note: {n}\n" for n in notes)


def decision(bank: Bank, scenario: Scenario, response, judgement, choice, earned: float, points: int,
             notes=()) -> Rendered:
    a = scenario.answer
    given_v = response.verdict if response and response.verdict else "(none)"
    given_p = _principles(response.principles) if response else "(none)"
    rows = [("Verdict", given_v, f"{a.verdict}: {vocab.VERDICTS[a.verdict]}"),
            ("Principles", given_p, _principles(a.principles))]
    if scenario.choices:
        chosen = choice.chosen if choice else None
        rows.append(("Best next step", scenario.choices[chosen].text if chosen is not None else "(none)",
                     scenario.choices[choice.best].text if choice else ""))
    codes = ", ".join(a.codes)
    sources = sources_line(bank, scenario)
    note_html, note_text = _notes(notes)
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(g)}</td><td>{escape(r)}</td></tr>" for k, g, r in rows)
    choice_fb = (f"<p><b>About the step you chose:</b> {escape(choice.feedback)}</p>"
                 if choice and choice.chosen is not None and not choice.correct else "")
    html = (f"{STYLE}<div class='bl-fb'><b>{escape(scenario.id)} · {escape(scenario.title)}</b> — "
            f"{_fmt(earned)} of {points} point{'s' if points != 1 else ''}{note_html}"
            f"<table><tr><th></th><th>Your answer</th><th>Best answer</th></tr>{table}</table>"
            f"<p><b>Why:</b> {escape(a.rationale.strip())}</p>{choice_fb}"
            f"<p><b>Sources:</b> {escape(sources)}" + (f"<br><b>Codes:</b> {escape(codes)}" if codes else "")
            + "</p></div>")
    text = (f"{scenario.id} · {scenario.title}: {_fmt(earned)} of {points}\n{note_text}"
            + "".join(f"{k}: yours {g}; best {r}\n" for k, g, r in rows)
            + f"Why: {a.rationale.strip()}\nSources: {sources}\n" + (f"Codes: {codes}\n" if codes else ""))
    return Rendered(html, text)


def _finding_parts(f) -> tuple[str, str, str]:
    check = getattr(f, "check", None) or getattr(f, "id", "")
    check = getattr(check, "id", check)
    span = getattr(f, "span", None) or getattr(f, "text", "") or ""
    if isinstance(span, tuple | list) and len(span) == 2 and all(isinstance(x, int) for x in span):
        span = ""
    return str(check), str(getattr(f, "explanation", "") or getattr(f, "message", "")), str(span)


def rewrite(scenario: Scenario, text: str | None, result, earned: float, notes=()) -> Rendered:
    rubric = scenario.rewrite
    findings = list(getattr(result, "findings", ()) or ()) if result is not None else []
    items = []
    for f in findings:
        check, why, span = _finding_parts(f)
        items.append((check, why, span))
    feedback = getattr(result, "feedback", ()) if result is not None else ()
    feedback = [feedback] if isinstance(feedback, str) else list(feedback or ())
    note_html, note_text = _notes(notes)
    yours = (f"<blockquote style='white-space:pre-wrap'>{escape(text)}</blockquote>" if text
             else "<p>(no rewrite saved)</p>")
    found = "".join(f"<li><code>{escape(c)}</code>: {escape(w)}" + (f" — “{escape(s)}”" if s else "") + "</li>"
                    for c, w, s in items)
    required = ", ".join(rubric.must_avoid) + ("; must include: " + ", ".join(rubric.must_include)
                                                if rubric.must_include else "")
    html = (f"{STYLE}<div class='bl-fb'><b>{escape(scenario.id)} · rewrite</b> — rubric score "
            f"{_fmt(earned)} of 1 (a first pass: your instructor reviews it){note_html}"
            f"<p><b>Your rewrite:</b></p>{yours}"
            + (f"<p><b>What the rubric found:</b></p><ul>{found}</ul>" if found else "")
            + ("<p><b>Feedback:</b> " + escape(" ".join(map(str, feedback))) + "</p>" if feedback else "")
            + f"<p><b>The rubric:</b> must avoid {escape(required)}</p>"
            f"<p><b>A model answer:</b></p><blockquote>{escape(rubric.model_answer.strip())}</blockquote></div>")
    plain = (f"{scenario.id} rewrite: rubric score {_fmt(earned)} of 1\n{note_text}Your rewrite: {text or '(none)'}\n"
             + "".join(f"Found {c}: {w}" + (f" ({s})" if s else "") + "\n" for c, w, s in items)
             + f"Model answer: {rubric.model_answer.strip()}\n")
    return Rendered(html, plain)
