"""Step 1: the verdict on the draft and the principles at stake."""

import ipywidgets as widgets

from boundarylab import scoring, vocab
from boundarylab.names import principle_title
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import judgement_html, message_html
from boundarylab.widgets.focus import show_result
from boundarylab.widgets.style import BUTTON

VERDICT_LABELS = {  # what each verdict is called on screen; the ids come from vocab.VERDICTS
    "ok": "OK: fine as it is",
    "revise": "Revise: the aim is fine, the wording or route is not",
    "dont": "Don't: no rewording makes this ethical",
}
WIDE = {"description_width": "initial"}


def principles_help() -> str:
    rows = "".join(
        f"<li><strong>{esc(principle_title(p))}</strong>: {esc(text)}</li>" for p, text in vocab.PRINCIPLES.items()
    )
    return f'<details class="bl-help"><summary>What each principle means</summary><ul>{rows}</ul></details>'


class JudgePanel(widgets.VBox):
    """Verdict radio (nothing pre-selected) and one labelled checkbox per principle."""

    def __init__(self, scenario, *, practice: bool, record, sources=None):
        self.scenario, self.record, self.sources = scenario, record, sources
        self.verdict = widgets.RadioButtons(
            options=[(VERDICT_LABELS[v], v) for v in vocab.VERDICTS],
            value=None,
            description="Your verdict",
            style=WIDE,
            layout={"width": "auto"},
        )
        self.boxes = {
            p: widgets.Checkbox(
                value=False,
                description=principle_title(p),
                indent=False,
                tooltip=vocab.PRINCIPLES[p],
                layout={"width": "auto"},
            )
            for p in vocab.PRINCIPLES
        }
        # two columns where there is room, one on a phone: no label is ever cut
        grid = widgets.GridBox(
            list(self.boxes.values()),
            layout={"grid_template_columns": "repeat(auto-fill, minmax(min(100%, 17rem), 1fr))", "width": "100%"},
        )
        grid.add_class("bl-principles")
        self.feedback = widgets.HTML()
        children = [
            widgets.HTML(
                '<p class="bl-step">1. Your verdict</p><p class="bl-help">Is the draft fine as it is, '
                "should it be rewritten, or should it not happen at all?</p>"
            ),
            self.verdict,
            widgets.HTML(
                '<p class="bl-step">Principles at stake</p><p class="bl-help">Tick every principle '
                "this scenario puts at stake.</p>" + principles_help()
            ),
            grid,
        ]
        if practice:
            self.check = widgets.Button(description="Check my answer", button_style="primary", layout=BUTTON)
            self.check.add_class("bl-check-judgement")
            children += [self.check, self.feedback]
        super().__init__(children)
        self.add_class("bl-judge")

    def principles(self) -> tuple[str, ...]:
        return tuple(p for p, box in self.boxes.items() if box.value)

    def on_check(self) -> None:
        if self.verdict.value is None:
            show_result(self.feedback, message_html("Choose a verdict first (OK, Revise or Don't).", "hint"))
            return
        result = scoring.score_judgement(self.scenario, self.verdict.value, self.principles())
        show_result(self.feedback, judgement_html(self.scenario, result, self.sources))
        self.record("judgement", {"verdict": self.verdict.value, "principles": list(self.principles())}, result.score)

    def show_feedback(self) -> None:
        """The feedback on the answer now on screen, without moving the learner or saving."""
        result = scoring.score_judgement(self.scenario, self.verdict.value, self.principles())
        self.feedback.value = judgement_html(self.scenario, result, self.sources)
