"""The policy builder as a form (module 9): the learner's practice details, one question per part
of the policy with its reason, a flag as soon as a choice conflicts, and two buttons: one writes
policy.pdf, policy.docx, policy.md and answers.yaml into the learner's BoundaryLab folder (or says
what still stands between the learner and a policy to sign), one writes a draft marked "Draft".

Every change is saved in the progress store, so reopening the notebook restores the form.
"""

import ipywidgets as widgets

from boundarylab.policy import PolicyAnswers, conflict_flag, load_questions
from boundarylab.policy.builder import ALWAYS_PRESENT, PolicyInputError
from boundarylab.policy.files import PolicyNotReady, write_policy
from boundarylab.progress import home_dir
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.policy_html import flag_html, not_ready_html, question_html, result_html
from boundarylab.widgets.style import style_tag

EVENT = "policy"  # progress-store event kind: the form's latest answers
WIDE = {"description_width": "initial"}
LABELS = {"description_width": "16em"}  # one label width, so the detail boxes line up
CSS = (
    "<style>.bl-policy .bl-download { color: #0b4f8a; text-decoration: underline; font-weight: 600; }"
    ".bl-policy .bl-question { font-weight: 600; margin: 4px 0; }"
    ".bl-policy .bl-why { margin: 0 0 6px; color: #333; }</style>"
)
INTRO = (
    '<h3 class="bl-step">Your practice</h3><p class="bl-help">These details fill in your policy. Leave '
    "a box empty and the policy shows a blank to fill in by hand.</p>"
)


class PolicyForm(widgets.VBox):
    def __init__(self, store, *, questions=None, sources=None, out_dir=None):
        self.store, self.questions = store, questions or load_questions()
        self.out_dir = out_dir or home_dir() / "policy"
        saved = self._saved()
        # continuous_update=False: a quick click after typing still sends every character
        self.details = {
            d.id: widgets.Text(
                value=saved.details.get(d.id, ""),
                description=d.label,
                placeholder=f"for example: {d.example}",
                continuous_update=False,
                style=LABELS,
                layout={"width": "44em"},
            )
            for d in self.questions.details
        }
        self.choices, self.flags = {}, {}
        blocks = [widgets.HTML(style_tag() + CSS + INTRO), *self.details.values()]
        for number, question in enumerate(self.questions.questions, start=1):
            radio = widgets.RadioButtons(
                options=[(o.label, o.id) for o in question.options],
                value=saved.choices.get(question.id),
                description="Your choice",
                style=WIDE,
                layout={"width": "auto"},
            )
            radio.add_class("bl-choices")
            radio.add_class(f"bl-policy-{question.id}")
            self.choices[question.id], self.flags[question.id] = radio, widgets.HTML()
            self._show_flag(question)
            blocks += [widgets.HTML(question_html(number, question, sources)), radio, self.flags[question.id]]
        self.write = widgets.Button(description="Write my policy", button_style="primary", layout={"width": "auto"})
        self.write.add_class("bl-write-policy")
        self.draft = widgets.Button(
            description="Save a draft",
            layout={"width": "auto"},
            tooltip="A copy marked Draft on every page, to review before it is ready to sign",
        )
        self.draft.add_class("bl-draft-policy")
        self.status = widgets.HTML()
        super().__init__([*blocks, widgets.HBox([self.write, self.draft]), self.status])
        self.add_class("bl-root")
        self.add_class("bl-policy")
        on_error = guarded(self._show_error)
        for question in self.questions.questions:
            self.choices[question.id].observe(on_error(lambda _c, q=question: self._chosen(q)), names="value")
        for box in self.details.values():
            box.observe(on_error(lambda _c: self._save()), names="value")
        self.write.on_click(on_error(lambda _b: self.on_write()))
        self.draft.on_click(on_error(lambda _b: self.on_write(draft=True)))

    def _saved(self) -> PolicyAnswers:
        """The latest answers in the store, keeping only questions and options that still exist."""
        events = self.store.events(EVENT) if self.store is not None else []
        if not events:
            return PolicyAnswers()
        data = events[-1].data
        options = {q.id: {o.id for o in q.options} for q in self.questions.questions}
        details = {d.id for d in self.questions.details}
        return PolicyAnswers(
            details={k: str(v) for k, v in (data.get("details") or {}).items() if k in details},
            choices={k: v for k, v in (data.get("choices") or {}).items() if v in options.get(k, ())},
        )

    def answers(self) -> PolicyAnswers:
        return PolicyAnswers(
            details={k: box.value for k, box in self.details.items() if box.value.strip()},
            choices={k: radio.value for k, radio in self.choices.items() if radio.value},
        )

    def _show_flag(self, question) -> None:
        flag = conflict_flag(question, self.choices[question.id].value)
        self.flags[question.id].value = flag_html(flag, crisis=question.id == ALWAYS_PRESENT)

    def _chosen(self, question) -> None:
        self._show_flag(question)
        self._save()

    def _save(self) -> None:
        if self.store is not None:
            self.store.record(EVENT, self.answers().model_dump())

    def _show_error(self, sentence: str) -> None:
        self.status.value = message_html(sentence, "error")

    def on_write(self, draft: bool = False) -> None:
        self._save()
        try:
            files, doc = write_policy(self.answers(), self.out_dir, draft=draft)
        except PolicyNotReady as e:
            self.status.value = not_ready_html(e.reasons)
            return
        except PolicyInputError as e:  # a detail too long: the sentence says which and by how much
            self._show_error(str(e))
            return
        self.status.value = result_html(doc, files)
