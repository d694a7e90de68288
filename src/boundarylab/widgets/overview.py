"""Progress across the course, for the start notebook: scenarios answered per module."""

from boundarylab.summary import module_summary
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
             '<th scope="col">Scenarios answered</th><th scope="col">Average score</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>')
    place = (f"in your workshop's progress database ({esc(store_path)})" if str(store_path).startswith("postgresql")
             else f"on this computer in {esc(store_path)}")  # the hub's cohort database, or the learner's file
    return (f'<section class="bl-root bl-summary" aria-label="Your progress">{table}'
            f'<p class="bl-help">Your answers are saved {place}.</p></section>')
