"""The course evaluation form: the questions come from ce.evaluation_questions, the check and
the saving from ce.submit_evaluation; this file only lays them out."""

import ipywidgets as widgets

from boundarylab import ce
from boundarylab.ce.evaluation import MAX_MINUTES
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.style import style_tag

WIDE = {"description_width": "initial"}


def _control(q):
    if q.kind == "scale":
        return widgets.ToggleButtons(
            options=[(word, n) for n, word in enumerate(q.options, start=1)],
            value=None,
            description="",
            style={"button_width": "auto"},
        )
    if q.kind == "choice":
        return widgets.ToggleButtons(options=list(q.options), value=None, description="")
    if q.kind == "minutes":
        return widgets.BoundedIntText(
            value=0, min=0, max=MAX_MINUTES, description="Minutes", style=WIDE, layout={"width": "14em"}
        )
    return widgets.Textarea(description="", placeholder="Optional", layout={"width": "100%", "height": "6em"})


class EvaluationForm(widgets.VBox):
    def __init__(self, bank, store):
        self.bank, self.store = bank, store
        self.questions = ce.evaluation_questions(bank)
        self.controls = {q.id: _control(q) for q in self.questions}
        self.submit = widgets.Button(
            description="Submit my evaluation", button_style="primary", layout={"width": "auto"}
        )
        self.submit.add_class("bl-submit-evaluation")
        self.status = widgets.HTML()
        self.submit.on_click(guarded(self._show_error)(lambda _b: self.on_submit()))
        done = store.events(ce.EVALUATION)
        intro = (
            "<p class='bl-step'>Course evaluation</p><p class='bl-help'>CE bodies ask every learner to "
            "evaluate a course before receiving a certificate. For each statement choose the answer "
            "that fits best.</p>"
        )
        if done:
            self.status.value = message_html(
                f"You submitted your evaluation on {ce.status(bank, store).evaluated_on}. Thank you.", "saved"
            )
            super().__init__([widgets.HTML(style_tag() + intro), self.status])
        else:
            super().__init__([widgets.HTML(style_tag() + intro), *self._rows(), self.submit, self.status])
        self.add_class("bl-root")

    def _rows(self):
        rows, group = [], None
        for q in self.questions:
            if q.group and q.group != group:
                group = q.group
                rows.append(widgets.HTML(f"<p class='bl-sub'>{esc(group)}</p>"))
            # the question is the text right before its control: ipywidgets radios carry no group name
            rows.append(widgets.VBox([widgets.HTML(f"<p class='bl-help'>{esc(q.text)}</p>"), self.controls[q.id]]))
        return rows

    def answers(self) -> dict:
        return {qid: control.value for qid, control in self.controls.items()}

    def on_submit(self) -> None:
        problems = ce.submit_evaluation(self.bank, self.store, self.answers())
        if problems:
            self.status.value = "".join(message_html(p, "error") for p in problems)
            return
        self.submit.disabled = True
        self.status.value = message_html(
            "Thank you: your evaluation is saved. Below, get your completion "
            "record for the provider, who issues your certificate.",
            "saved",
        )

    def _show_error(self, sentence: str) -> None:
        self.status.value = message_html(sentence, "error")


def show_evaluation() -> None:
    from boundarylab.widgets.entry import show_course_page

    show_course_page(EvaluationForm)
