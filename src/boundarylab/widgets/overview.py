"""Progress across the course, for the start notebook: scenarios answered per module."""

from boundarylab.summary import FIRST_TRY, module_summary
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import percent


def overview_html(bank, attempts, store_path) -> str:
    rows = []
    for number, (mid, module) in enumerate(bank.modules.items()):
        scenarios = bank.in_module(mid)
        if not scenarios or mid == bank.course.modules[-1]:  # the last module's items are the post-test
            continue
        s = module_summary(scenarios, attempts)
        rows.append(f'<tr><th scope="row">{number:02d} {esc(module.title)}</th>'
                    f"<td>{s.answered} of {s.total}</td><td>{percent(s.mean)}</td></tr>")
    table = ('<table><caption>Your progress</caption><thead><tr><th scope="col">Module</th>'
             '<th scope="col">Scenarios answered</th>'
             f'<th scope="col">Score ({FIRST_TRY})</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>')
    return (f'<section class="bl-root bl-summary" aria-label="Your progress">{table}'
            f'<p class="bl-help">Your answers are saved on this computer in {esc(store_path)}.</p></section>')
