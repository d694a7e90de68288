"""The rewrite step: a text box, a check button, findings with their words marked, the score,
and the model answer once the learner has passed or tried twice (a first try is the learner's own
work, not a copy). Every try is saved; there is no limit."""

from pathlib import Path

import ipywidgets as widgets

from boundarylab import scoring
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import message_html, rewrite_html
from boundarylab.widgets.focus import show_result
from boundarylab.widgets.kept_feedback import keep, kept
from boundarylab.widgets.style import BUTTON

MODEL_AFTER_TRIES = 2  # the model answer shows after a pass, or from this try on


class RewritePanel(widgets.VBox):
    def __init__(self, scenario, *, practice: bool, record, step: int = 3, cache_dir: Path | None = None):
        self.scenario, self.record, self.tries = scenario, record, 0
        self.cache_dir = cache_dir  # where feedback shown again is kept (kept_feedback)
        # continuous_update=False: the value syncs on blur, before the click reaches the kernel,
        # so a quick click after typing never reads truncated text (recipes/browser.md §6).
        self.text = widgets.Textarea(
            value="",
            placeholder="Write your version here…",
            description="Your rewrite",
            continuous_update=False,
            style={"description_width": "initial"},
            layout={"width": "100%", "height": "120px"},
        )
        self.text.add_class("bl-rewrite-text")
        self.feedback = widgets.HTML()
        children = [
            widgets.HTML(
                f'<p class="bl-step">{step}. Rewrite</p><p class="bl-help">{esc(scenario.rewrite.prompt)}</p>'
            ),
            self.text,
        ]
        if practice:
            self.check = widgets.Button(description="Check my rewrite", button_style="primary", layout=BUTTON)
            self.check.add_class("bl-check-rewrite")
            buttons = [self.check]
            if scenario.draft.text:
                self.copy = widgets.Button(description="Start from the draft", layout=BUTTON)
                self.copy.on_click(lambda _: setattr(self.text, "value", scenario.draft.text))
                buttons.append(self.copy)
            children += [widgets.HBox(buttons), self.feedback]
        super().__init__(children)
        self.add_class("bl-rewrite")

    def on_check(self) -> None:
        text = self.text.value
        if not text.strip():
            show_result(self.feedback, message_html("Write your rewrite in the box first.", "hint"))
            return
        result = scoring.score_rewrite(self.scenario, text)
        self.tries += 1
        self.feedback.value = html = rewrite_html(
            self.scenario, text, result, show_model=result.passed or self.tries >= MODEL_AFTER_TRIES
        )
        saved = self.record("rewrite", {"text": text}, result.score)  # the feedback stays if saving fails
        if saved:  # as it will be shown again on a return visit
            keep(
                self.cache_dir, self.scenario, text, rewrite_html(self.scenario, text, result, show_model=result.passed)
            )
        done = "saved" if saved else "checked"
        show_result(
            self.feedback,
            html + message_html(f"Try {self.tries} {done}. Change your text and check again as often as you like."),
        )

    def show_feedback(self, text: str) -> None:
        """The feedback on an earlier rewrite, shown again without moving the learner or saving."""
        html = kept(self.cache_dir, self.scenario, text)
        if html is None:
            result = scoring.score_rewrite(self.scenario, text)
            html = rewrite_html(self.scenario, text, result, show_model=result.passed)
            keep(self.cache_dir, self.scenario, text, html)
        self.feedback.value = html
