"""The self-paced post-test: form A first, form B on a retake, one item at a time with
ScenarioView in assessment mode (no feedback until the sitting is submitted). Each saved answer
is scored by the one engine and appended to the store with context "post-test"; sittings,
scores and passing are worked out by ce, never here."""

import ipywidgets as widgets

from boundarylab import ce
from boundarylab.regions import localize_scenario
from boundarylab.scoring import score_response
from boundarylab.shuffle import learner_id
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.scenario_view import ScenarioView
from boundarylab.widgets.style import style_tag

ANSWERS = {
    "judgement": lambda r: {"verdict": r.verdict, "principles": list(r.principles)},
    "choice": lambda r: {"choice": r.choice},
    "rewrite": lambda r: {"text": r.rewrite or ""},
}


def save_answer(bank, store, scenario_id: str, response, seconds: float) -> None:
    """One attempt per part the scenario asks for, scored as in practice; unscored (None) in a
    learner's course without the key, where the provider scores the saved answers."""
    scenario = bank.scenarios[scenario_id]
    if scenario.answer is None:
        parts = ["judgement"] + (["choice"] if scenario.choices else []) + (["rewrite"] if scenario.rewrite else [])
        scores = dict.fromkeys(parts)
    else:
        scores = score_response(scenario, response).parts
    for n, (part, value) in enumerate(scores.items()):
        store.save_attempt(
            scenario_id, scenario.module, part, ANSWERS[part](response), value, seconds if n == 0 else 0.0, ce.POST_TEST
        )


class PostTest(widgets.VBox):
    def __init__(self, bank, store):
        self.bank, self.store = bank, store
        self.header, self.status = widgets.HTML(), widgets.HTML()
        self.item = widgets.Box()
        self.start = self._button("Start the post-test", "primary", self.on_start)
        self.back = self._button("Previous item", "", lambda: self.go(-1))
        self.next = self._button("Next item", "", lambda: self.go(1))
        self.submit = self._button("Submit my post-test", "success", self.on_submit)
        self.nav = widgets.HBox([self.back, self.next, self.submit])
        super().__init__([widgets.HTML(style_tag()), self.header, self.start, self.item, self.nav, self.status])
        self.add_class("bl-root")
        self.views, self.index = [], 0
        self.refresh()

    def _button(self, text, style, action):
        button = widgets.Button(description=text, button_style=style, layout={"width": "auto"})
        button.on_click(guarded(self._show_error)(lambda _b: action()))
        return button

    def refresh(self) -> None:
        """Show where the learner stands: passed, a sitting open, or ready to (re)start."""
        state = ce.status(self.bank, self.store)
        sittings, need = state.sittings, f"{state.passing_score:.0%}"
        open_sitting = sittings[-1] if sittings and not sittings[-1].complete else None
        awaiting = sittings[-1] if sittings and sittings[-1].complete and not sittings[-1].scored else None
        if awaiting:
            self.header.value = message_html(_awaiting(awaiting), "saved")
        elif state.passed:
            best = next(s for s in sittings if s.passed)
            self.header.value = message_html(
                f"You passed the post-test on {best.finished} with {best.score:.0%} (form {best.form}).", "saved"
            )
        elif open_sitting:
            self.header.value = message_html(
                f"Post-test, form {open_sitting.form}: {len(open_sitting.items)} items. "
                f"Answer each, then submit; {need} passes.",
                "info",
            )
            if not self.views:
                self._show_items(open_sitting.items)
        elif len(sittings) >= self.bank.course.post_test_attempts:
            self.header.value = message_html(ce.used_up(self.bank), "info")
        else:
            again = (
                f" Your best score so far is {state.best_score:.0%}: review the modules, then retake it."
                if sittings
                else ""
            )
            form, items = ce.next_sitting(self.bank, sittings)
            self.header.value = message_html(
                f"The post-test (form {form}) has {len(items)} scenarios, answered "
                f"without feedback until you submit; {need} passes.{again}",
                "info",
            )
        used = len(sittings) >= self.bank.course.post_test_attempts
        self.start.layout.display = None if not (state.passed or open_sitting or used or awaiting) else "none"
        self.nav.layout.display = None if open_sitting else "none"
        self.item.layout.display = None if open_sitting else "none"

    def _show_items(self, items) -> None:
        def on_answer(view):
            return lambda sid, response: save_answer(self.bank, self.store, sid, response, view.seconds())

        profile = self.store.profile()
        region = profile.region if profile else ""
        self.views = []
        for sid in items:
            view = ScenarioView(
                localize_scenario(self.bank.scenarios[sid], region),
                mode="assessment",
                context=ce.POST_TEST,
                learner=learner_id(self.store),
            )
            view.on_answer = on_answer(view)
            self.views.append(view)
        self.index = 0
        self.go(0)

    def go(self, step: int) -> None:
        self.index = max(0, min(len(self.views) - 1, self.index + step))
        view = self.views[self.index]
        view.mark_shown()
        self.item.children = [
            widgets.VBox([widgets.HTML(f"<p class='bl-step'>Item {self.index + 1} of {len(self.views)}</p>"), view])
        ]

    def on_start(self) -> None:
        try:
            ce.start_post_test(self.bank, self.store)
        except ce.AttemptsUsed as e:
            self._show_error(str(e))
            return
        self.views = []
        self.status.value = ""
        self.refresh()

    def on_submit(self) -> None:
        sitting = ce.submit_post_test(self.bank, self.store)
        self.views, self.item.children = [], []
        if sitting is None or not sitting.scored:  # no sitting open, or its key stays with the provider
            self.status.value = ""
            self.refresh()
            return
        result = "You passed" if sitting.passed else "Not passed yet"
        self.status.value = message_html(
            f"{result}: {sitting.score:.0%} on form {sitting.form} "
            f"({sitting.answered} of {len(sitting.items)} answered).",
            "saved" if sitting.passed else "info",
        )
        self.refresh()

    def _show_error(self, sentence: str) -> None:
        self.status.value = message_html(sentence, "error")


def _awaiting(sitting) -> str:
    return (
        f"Your post-test (form {sitting.form}, {sitting.answered} of {len(sitting.items)} items answered) is saved "
        "and submitted. Its score is not known yet: your course provider scores it with the answer key, which "
        "this course does not hold, and the result comes back with your certificate."
    )


def show_post_test() -> None:
    from boundarylab.widgets.entry import show_course_page

    show_course_page(PostTest)
