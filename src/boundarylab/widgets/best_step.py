"""Step 2, when the scenario has choices: the best next step, with every option explained."""

import ipywidgets as widgets

from boundarylab import scoring
from boundarylab.widgets.feedback import choice_html, message_html
from boundarylab.widgets.focus import show_result
from boundarylab.widgets.style import BUTTON


class BestStepPanel(widgets.VBox):
    def __init__(self, scenario, *, practice: bool, record, order=None):
        self.scenario, self.record = scenario, record
        self.order = list(order or range(len(scenario.choices)))  # bank indices, in the learner's order
        self.choice = widgets.RadioButtons(
            options=[(scenario.choices[i].text, i) for i in self.order],
            value=None,
            description="Best next step",
            style={"description_width": "initial"},
            layout={"width": "auto"},
        )
        self.choice.add_class("bl-choices")
        self.feedback = widgets.HTML()
        children = [
            widgets.HTML(
                '<p class="bl-step">2. Best next step</p><p class="bl-help">Which of these would you do next?</p>'
            ),
            self.choice,
        ]
        if practice:
            self.check = widgets.Button(description="Check my choice", button_style="primary", layout=BUTTON)
            self.check.add_class("bl-check-choice")
            children += [self.check, self.feedback]
        super().__init__(children)
        self.add_class("bl-best-step")

    def on_check(self) -> None:
        if self.choice.value is None:
            show_result(self.feedback, message_html("Choose one of the steps first.", "hint"))
            return
        result = scoring.score_choice(self.scenario, self.choice.value)
        show_result(self.feedback, choice_html(self.scenario, result, self.order))
        self.record("choice", {"choice": self.choice.value}, result.score)

    def show_feedback(self) -> None:
        """The feedback on the choice now on screen, without moving the learner or saving."""
        self.feedback.value = choice_html(
            self.scenario, scoring.score_choice(self.scenario, self.choice.value), self.order
        )
