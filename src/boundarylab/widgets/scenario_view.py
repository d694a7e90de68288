"""One scenario on screen: the card and its steps, in practice or assessment mode.

Shared API (the grading branch builds post-test items with it):

    ScenarioView(scenario, *, mode="practice" | "assessment", store=None, on_answer=None,
                 context="practice", sources=None, learner=None, answer=None)

- practice: each step has its own check button; feedback comes from `boundarylab.scoring`, and
  each attempt is appended to `store` (if given) with the seconds since the card was shown.
  `on_answer(scenario_id, Response)` is called after every check, with all parts answered so far.
- learner: a learner id (shuffle.learner_id); the best-step options are then in that learner's own
  order (shuffle.option_order), the same on every visit.
- answer: the learner's last Response, shown again (with its feedback in practice) on a return visit.
- the rewrite step appears once a verdict is checked (practice) or saved (assessment): the writing
  task must not hint at the verdict.
- assessment: no feedback, rationale or model answer anywhere; one "Save answer" button calls
  `on_answer(scenario.id, Response(...))` and says "Saved".
"""

import time

import ipywidgets as widgets

from boundarylab.progress import home_dir
from boundarylab.scoring import Response
from boundarylab.shuffle import option_order
from boundarylab.widgets.best_step import BestStepPanel
from boundarylab.widgets.card import card_html
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.focus import show_result
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.judge import JudgePanel
from boundarylab.widgets.rewrite_box import RewritePanel
from boundarylab.widgets.settle import SettledText
from boundarylab.widgets.style import BUTTON, style_tag

MODES = ("practice", "assessment")


class ScenarioView(widgets.VBox):
    def __init__(
        self,
        scenario,
        *,
        mode: str = "practice",
        store=None,
        on_answer=None,
        context: str = "practice",
        sources: dict | None = None,
        learner: str | None = None,
        answer: Response | None = None,
    ):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.scenario, self.mode, self.store = scenario, mode, store
        self.on_answer, self.context = on_answer, context
        practice = mode == "practice"
        self.mark_shown()
        self.judge = JudgePanel(scenario, practice=practice, record=self._record, sources=sources)
        self.best_step = (
            BestStepPanel(
                scenario,
                practice=practice,
                record=self._record,
                order=option_order(learner, scenario.id, len(scenario.choices)),
            )
            if scenario.choices
            else None
        )
        step = 3 if self.best_step else 2
        self.rewrite = (
            RewritePanel(
                scenario,
                practice=practice,
                record=self._record,
                step=step,
                cache_dir=home_dir() / "cache" if store is not None else None,
            )
            if scenario.rewrite
            else None
        )
        panels = [p for p in (self.judge, self.best_step, self.rewrite) if p is not None]
        # a click on a button that reads the rewrite waits for the text typed just before it
        self.settled = SettledText(self.rewrite.text) if self.rewrite else None
        for panel in panels:
            if practice:
                self._on_click(
                    panel.check, self._guard(panel.feedback, panel.on_check), reads_text=panel is self.rewrite
                )
        children = [widgets.HTML(style_tag() + card_html(scenario)), *panels]
        if not practice:
            self.save = widgets.Button(description="Save answer", button_style="primary", layout=BUTTON)
            self.save.add_class("bl-save")
            self.status = widgets.HTML()
            self._on_click(
                self.save, self._guard(self.status, self._save_assessment), reads_text=self.settled is not None
            )
            children += [self.save, self.status]
        super().__init__(children)
        self.add_class("bl-root")
        self.add_class("bl-scenario")
        if self.rewrite:
            self.rewrite.layout.display = "none"
        if answer is not None:
            self._show_again(answer)

    def mark_shown(self) -> None:
        """Start the time-on-task clock (the runner calls this each time the card comes on screen)."""
        self.shown_at = time.monotonic()

    def seconds(self) -> float:
        return round(time.monotonic() - self.shown_at, 3)

    def response(self) -> Response:
        """Everything answered so far, in the scoring engine's terms."""
        return Response(
            verdict=self.judge.verdict.value,
            principles=self.judge.principles(),
            choice=self.best_step.choice.value if self.best_step else None,
            rewrite=self.rewrite.text.value if self.rewrite else None,
        )

    def _guard(self, feedback: widgets.HTML, action):
        def show_error(sentence: str) -> None:
            feedback.value += message_html(sentence, "error")

        return guarded(show_error)(action)

    def _on_click(self, button: widgets.Button, action, reads_text: bool) -> None:
        settled = self.settled if reads_text else None  # a panel reads text only beside a rewrite box
        if settled is not None:
            button.on_click(lambda _button: settled.run(action))
        else:
            button.on_click(lambda _button: action())

    def _reveal_rewrite(self) -> None:
        if self.rewrite and self.judge.verdict.value is not None:
            self.rewrite.layout.display = None

    def _show_again(self, answer: Response) -> None:
        """The learner's last answer back on the card, and in practice its feedback (not saved again)."""
        judge = self.judge
        judge.verdict.value = answer.verdict
        for p, box in judge.boxes.items():
            box.value = p in answer.principles
        if self.best_step and answer.choice is not None:
            self.best_step.choice.value = answer.choice
        if self.rewrite and answer.rewrite:
            self.rewrite.text.value = answer.rewrite
            if self.settled:
                self.settled.last_used = answer.rewrite
        self._reveal_rewrite()
        if self.mode == "practice":
            self.judge.show_feedback()
            if self.best_step and answer.choice is not None:
                self.best_step.show_feedback()
            if self.rewrite and answer.rewrite:
                self.rewrite.show_feedback(answer.rewrite)

    def _record(self, part: str, answer: dict, score: float | None) -> bool:
        """Append one attempt; True when it was saved to the store."""
        if part == "judgement":
            self._reveal_rewrite()
        saved = False
        if self.store is not None:
            self.store.save_attempt(
                self.scenario.id,
                self.scenario.module,
                part,
                answer,
                score,
                seconds=self.seconds(),
                context=self.context,
            )
            saved = True
        if self.on_answer is not None:
            self.on_answer(self.scenario.id, self.response())
        return saved

    def _save_assessment(self) -> None:
        response = self.response()
        if self.on_answer is not None:
            self.on_answer(self.scenario.id, response)
        missing = " You have not chosen a verdict yet." if response.verdict is None else ""
        show_result(self.status, message_html(f"Saved.{missing}", "saved"))
        self._reveal_rewrite()
