"""The module summary as HTML: how much is done, score by principle, and the key points."""

from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import percent, principle_name


def summary_html(module, summary) -> str:
    rows = "".join(
        f"<tr><th scope=\"row\">{esc(principle_name(r.principle))}</th><td>{r.answered} of {r.total}</td>"
        f"<td>{percent(r.mean)}</td></tr>" for r in summary.by_principle)
    table = ("<table><caption>Your score by principle (latest try of each scenario)</caption>"
             '<thead><tr><th scope="col">Principle</th><th scope="col">Scenarios answered</th>'
             f'<th scope="col">Average score</th></tr></thead><tbody>{rows}</tbody></table>')
    points = "".join(f"<li>{esc(p)}</li>" for p in module.keypoints)
    done = (f"You have answered {summary.answered} of {summary.total} scenarios in this module"
            + (f", with an average score of {percent(summary.mean)}." if summary.mean is not None else "."))
    todo = "" if summary.answered == summary.total else (
        " Use Back to return to the scenarios you have not answered yet.")
    return (f'<section class="bl-summary" aria-label="Module summary"><h3 data-bl-focus="summary">Module summary: {esc(module.title)}</h3>'
            f"<p>{esc(done)}{esc(todo)}</p>{table}<h4>Key points</h4><ul>{points}</ul></section>")
