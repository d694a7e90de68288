"""Feedback as HTML, from what the scoring engine returns: pure functions, no kernel.

Right or wrong is always said in words (and a symbol), never by colour alone. Every text from the
bank or from the learner is escaped.
"""

from itertools import pairwise

from boundarylab import vocab
from boundarylab.names import check_title, principle_titles
from boundarylab.widgets.card import esc


def percent(score: float | None) -> str:
    return "—" if score is None else f"{round(score * 100)} %"


def _verdict_line(line: str, right: bool) -> str:
    mark = "✓" if right else "✗"
    return f'<p class="bl-result"><span aria-hidden="true">{mark}</span> {esc(line)}</p>'


def sources_html(answer, sources: dict | None = None) -> str:
    refs = []
    for ref in answer.sources:
        src = (sources or {}).get(ref.doc)
        title = src.title if src else ref.doc
        heading = (
            next((sec.heading for sec in src.sections if sec.id == ref.section), ref.section) if src else ref.section
        )
        item = f", point {ref.item}" if ref.item else ""
        refs.append(f"<li><cite>{esc(title)}</cite>: {esc(heading)}{esc(item)}</li>")
    codes = "".join(f"<li>{esc(c)}: {esc(vocab.CODES.get(c, ''))}</li>" for c in answer.codes)
    out = f'<p class="bl-sub">Sources</p><ul class="bl-refs">{"".join(refs)}</ul>'
    if codes:
        out += f'<p class="bl-sub">Codes of ethics</p><ul class="bl-refs">{codes}</ul>'
    return out


def judgement_html(scenario, result, sources: dict | None = None) -> str:
    """Right or not, the rationale, principles named, missed and wrongly added, the sources."""
    first, rationale, *_ = result.feedback
    parts = [_verdict_line(first, result.verdict_correct), f'<p class="bl-rationale">{esc(rationale)}</p>']
    if result.principles_hit:
        parts.append(f"<p>Principles you named: {esc(principle_titles(result.principles_hit))}.</p>")
    if result.principles_missed:
        parts.append(f"<p>Principles you missed: {esc(principle_titles(result.principles_missed))}.</p>")
    if result.principles_extra:
        parts.append(f"<p>Not at stake here: {esc(principle_titles(result.principles_extra))}.</p>")
    parts.append(f'<p class="bl-score">Score for this step: {percent(result.score)}</p>')
    parts.append(sources_html(scenario.answer, sources))
    state = "bl-right" if result.verdict_correct else "bl-wrong"
    return f'<div class="bl-feedback {state}" role="status">{"".join(parts)}</div>'


def choice_html(scenario, result, order=None) -> str:
    """Every option with its own feedback, in the order the learner saw them, the best one and the
    learner's choice named in words."""
    head = (
        "Right: that is the best next step."
        if result.correct
        else "Not the best next step. The best one is marked below."
    )
    items = []
    for i in order or range(len(scenario.choices)):
        option = scenario.choices[i]
        tags = []
        if i == result.best:
            tags.append("✓ Best step")
        if i == result.chosen:
            tags.append("Your choice")
        tag_html = f'<strong class="bl-tagline">{esc(" · ".join(tags))}</strong> ' if tags else ""
        cls = "bl-option bl-best" if i == result.best else "bl-option"
        items.append(
            f'<li class="{cls}">{tag_html}<span class="bl-option-text">{esc(option.text)}</span>'
            f"<p>{esc(option.feedback)}</p></li>"
        )
    state = "bl-right" if result.correct else "bl-wrong"
    return (
        f'<div class="bl-feedback {state}" role="status">{_verdict_line(head, result.correct)}'
        f'<ol class="bl-options">{"".join(items)}</ol></div>'
    )


def _span(f, n: int) -> tuple[int, int]:
    start = max(0, min(int(f.start), n))
    return start, max(start, min(int(f.end), n))


def highlight(text: str, findings) -> str:
    """The learner's text, escaped, with each finding's words marked and numbered [1], [2]...

    Overlapping findings are split at every boundary, so each character is escaped exactly once.
    """
    spans = [_span(f, len(text)) for f in findings]
    cuts = sorted({0, len(text), *[p for s in spans for p in s]})
    out, marking = [], False
    for a, b in pairwise(cuts):
        marked = any(s < b and e > a for s, e in spans)
        if marked != marking:
            out.append("<mark>" if marked else "</mark>")
            marking = marked
        out.append(esc(text[a:b]))
        refs = [str(i + 1) for i, (s, e) in enumerate(spans) if e == b and e > s]
        if refs:
            out.append(f'</mark><sup class="bl-ref">[{",".join(refs)}]</sup>')
            marking = False
    return "".join(out) + ("</mark>" if marking else "")


def findings_html(findings) -> str:
    """The numbered reasons; each message already quotes the words it is about."""
    items = "".join(
        f'<li value="{i + 1}"><strong>{esc(check_title(f.check))}</strong>: {esc(f.message)}</li>'
        for i, f in enumerate(findings)
    )
    return f'<ol class="bl-findings">{items}</ol>' if items else ""


def strengths_html(text: str, findings) -> str:
    """Elements the rubric asks for that the rewrite already has (quoted, not marked)."""
    seen, items = set(), []
    for f in findings:
        if f.check not in seen:
            seen.add(f.check)
            start, end = _span(f, len(text))
            items.append(f"<li><strong>{esc(check_title(f.check))}</strong>: “{esc(text[start:end])}”</li>")
    return f'<p class="bl-sub">Already in your rewrite</p><ul>{"".join(items)}</ul>' if items else ""


def self_check_html(scenario) -> str:
    """After a pass, the rubric's own concepts as questions: the checks cannot read every phrasing, so the
    learner confirms what they cannot (issue 11: feedback never claims more than it knows)."""
    questions = "".join(f"<li>{esc(c.question)}</li>" for c in scenario.rewrite.concepts)
    if not questions:
        return ""
    return (
        '<div class="bl-self-check"><p class="bl-sub">Before you move on, check it yourself</p>'
        f"<p>The checks read many phrasings, not all. Ask yourself:</p><ul>{questions}</ul></div>"
    )


def rewrite_html(scenario, text: str, result, *, show_model: bool) -> str:
    """Pass or not in words, the score, the text with its problems marked, the reasons, the model."""
    problems = [f for f in result.findings if f.check in vocab.AVOID_CHECKS]
    present = [f for f in result.findings if f.check in vocab.INCLUDE_CHECKS]
    head = "This rewrite passes the checks." if result.passed else "Not there yet: see what to change below."
    parts = [
        _verdict_line(head, result.passed),
        f'<p class="bl-score">Score for your rewrite: {percent(result.score)}</p>',
    ]
    if text.strip():
        label = "Your rewrite, with the words that raise a concern marked:" if problems else "Your rewrite:"
        parts.append(
            f'<p class="bl-sub">{label}</p><blockquote class="bl-learner-text">{highlight(text, problems)}</blockquote>'
        )
    parts.append(findings_html(problems))
    shown = {f.message for f in problems}
    parts.extend(f"<p>{esc(line)}</p>" for line in result.feedback if line not in shown)
    parts.append(strengths_html(text, present))
    if result.passed:
        parts.append(self_check_html(scenario))
    if show_model:
        parts.append(
            f'<div class="bl-model"><p class="bl-sub">One good answer</p>'
            f"<blockquote>{esc(scenario.rewrite.model_answer)}</blockquote>"
            "<p>Yours can differ: what counts is passing the checks. You can try again as often as you like.</p></div>"
        )
    state = "bl-right" if result.passed else "bl-wrong"
    return f'<div class="bl-feedback {state}" role="status">{"".join(parts)}</div>'


def message_html(text: str, kind: str = "info") -> str:
    """A plain sentence for the learner (saved, please choose, something went wrong)."""
    return f'<p class="bl-message bl-{esc(kind)}" role="status">{esc(text)}</p>'
