"""The audit as text for the terminal and as a standalone HTML page for course authors."""

from html import escape

from boundarylab.bank.audit import CUE_MARGIN, LONGEST_SHARE, NEAR_DUPLICATE, Audit, CueScore


def _sections(a: Audit) -> list[tuple[str, list[str], list[list[str]]]]:
    """(heading, column names, rows): the one layout both renderings share."""

    def cue_row(c: CueScore) -> list[str]:
        return [c.scope, str(c.items), f"{c.majority:.0f} %", f"{c.accuracy:.0f} %", f"{c.gain:+.0f}", str(c.depth)]

    cue_cols = ["scope", "items", "commonest verdict", "cue-only model", "gain (points)", "tree depth"]
    total = max(a.with_options, 1)
    return [
        (
            f"Cue-only verdict accuracy (limit: {CUE_MARGIN:.0f} points above the commonest verdict)",
            cue_cols,
            [cue_row(c) for c in (a.practice, *a.forms)],
        ),
        (
            "Cue-only accuracy by practice module (cross-validated, for reading)",
            cue_cols,
            [cue_row(c) for c in a.modules],
        ),
        (
            f"Best-next-step options (limit: correct option longest in at most {100 * LONGEST_SHARE:.0f} %)",
            ["figure", "value"],
            [
                ["items with options", str(a.with_options)],
                ["correct option is the longest", f"{a.correct_longest} ({100 * a.correct_longest / total:.0f} %)"],
                *[
                    [f"correct option in position {p}", f"{n} ({100 * n / total:.0f} %)"]
                    for p, n in a.correct_position.items()
                ],
                ["'as drafted' options", str(a.as_drafted_options)],
                ["'as drafted' options that are correct", str(a.as_drafted_correct)],
            ],
        ),
        (
            "Writing tasks by verdict",
            ["verdict", "with a writing task", "items"],
            [[v, str(t), str(n)] for v, (t, n) in a.writing_tasks.items()],
        ),
        (
            f"Near-duplicate drafts (word 3-shingles, limit {100 * NEAR_DUPLICATE:.0f} %)",
            ["item", "item", "alike"],
            [[x, y, f"{100 * sim:.0f} %"] for x, y, sim in a.near_duplicates],
        ),
        (
            "Evaluative titles (none allowed)",
            ["item", "title", "judging words"],
            [[i, t, ", ".join(w)] for i, t, w in a.evaluative_titles],
        ),
    ]


def render_text(a: Audit) -> str:
    lines: list[str] = []
    for heading, cols, rows in _sections(a):
        lines += ["", heading]
        if not rows:
            lines.append("  none")
            continue
        widths = [max(len(r[i]) for r in [cols, *rows]) for i in range(len(cols))]
        for r in [cols, *rows]:
            lines.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    problems = a.problems()
    lines += ["", f"{len(problems)} limit(s) broken" + (":" if problems else ": the audit is clean")]
    lines += [f"  - {p}" for p in problems]
    return "\n".join(lines).lstrip("\n")


def render_html(a: Audit) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>BoundaryLab item-writing audit</title>",
        "<style>body{font-family:sans-serif;max-width:60rem;margin:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:left}</style>",
        "</head><body><main><h1>Item-writing audit</h1>",
    ]
    for heading, cols, rows in _sections(a):
        parts.append(f"<h2>{escape(heading)}</h2>")
        if not rows:
            parts.append("<p>None.</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th scope='col'>{escape(c)}</th>" for c in cols) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows]
        parts.append("</table>")
    problems = a.problems()
    parts.append(f"<h2>{len(problems)} limit(s) broken</h2>")
    parts.append(
        "<ul>" + "".join(f"<li>{escape(p)}</li>" for p in problems) + "</ul>"
        if problems
        else "<p>The audit is clean.</p>"
    )
    parts.append("</main></body></html>")
    return "\n".join(parts)
