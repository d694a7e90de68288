"""The module summary as HTML: how much is done, the module's score (first tries) and best tries,
the score by principle, and the key points."""

from boundarylab.names import principle_title
from boundarylab.summary import BEST_TRY, FIRST_TRY
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import percent


def score_sentence(summary) -> str:
    """The module's score, said once and named: the first try counts, the best try is shown beside it."""
    if summary.mean is None:
        return "You have not answered any scenario in this module yet."
    return (
        f"Your score for this module is {percent(summary.mean)} ({FIRST_TRY} of each scenario); "
        f"your {BEST_TRY} of each comes to {percent(summary.best)}."
    )


def summary_html(module, summary) -> str:
    rows = "".join(
        f'<tr><th scope="row">{esc(principle_title(r.principle))}</th><td>{r.answered} of {r.total}</td>'
        f"<td>{percent(r.mean)}</td></tr>"
        for r in summary.by_principle
    )
    table = (
        f"<table><caption>Your score by principle ({FIRST_TRY} of each scenario)</caption>"
        '<thead><tr><th scope="col">Principle</th><th scope="col">Scenarios answered</th>'
        f'<th scope="col">Score</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    points = "".join(f"<li>{esc(p)}</li>" for p in module.keypoints)
    done = f"You have answered {summary.answered} of {summary.total} scenarios in this module."
    todo = "" if summary.answered == summary.total else " The ones still to answer are listed below."
    return (
        f'<section class="bl-summary" aria-label="Module summary"><h3 data-bl-focus="summary">Module summary: '
        f'{esc(module.title)}</h3><p>{esc(done)}{esc(todo)}</p><p class="bl-module-score">{esc(score_sentence(summary))}</p>'
        f"{table}<h4>Key points</h4><ul>{points}</ul></section>"
    )
