"""A module's scenarios one at a time: "4 of 12", Back and Next, reopening at the first card not
answered yet with every earlier answer back on its card, and a summary page (key points, score by
principle, a button to each card still to answer) after the last scenario."""

import ipywidgets as widgets

from boundarylab.shuffle import learner_id
from boundarylab.summary import (
    BEST_TRY,
    FIRST_TRY,
    best_scores,
    first_scores,
    last_answers,
    module_summary,
    scenario_score,
)
from boundarylab.widgets.feedback import message_html, percent
from boundarylab.widgets.focus import focus_html
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.scenario_view import ScenarioView
from boundarylab.widgets.style import BUTTON, style_tag
from boundarylab.widgets.summary_page import summary_html

POSITION = "position"  # event kind: where the learner is in a module


class ModuleRunner(widgets.VBox):
    def __init__(self, module, scenarios, *, store=None, sources=None, context="practice"):
        self.module, self.scenarios, self.store = module, list(scenarios), store
        self.sources, self.context = sources, context
        self.views: dict[int, tuple[int, ScenarioView]] = {}  # index -> (attempts saved when built, view)
        self.learner = learner_id(store) if store is not None else None
        self.progress = widgets.HTML()
        self.note = widgets.HTML()
        self.back = widgets.Button(description="Back", icon="arrow-left", layout=BUTTON)
        self.next = widgets.Button(description="Next", icon="arrow-right", layout=BUTTON)
        self.back.add_class("bl-back")
        self.next.add_class("bl-next")
        self.body = widgets.VBox()
        self.focus_script = widgets.HTML()  # takes the learner to the card just shown
        self.back.on_click(self._guard(lambda: self.go(self.index - 1)))
        self.next.on_click(self._guard(lambda: self.go(self.index + 1)))
        nav = widgets.HBox([self.back, self.next])
        super().__init__([widgets.HTML(style_tag()), self.progress, self.note, self.body, nav, self.focus_script])
        self.add_class("bl-root")
        self.add_class("bl-runner")
        self._rescore()
        self.index = -1
        self.go(self._resume_index(), save=False)

    # -- state from the store ---------------------------------------------------------------
    def _attempts(self):
        if self.store is None:
            return []
        ids = {s.id for s in self.scenarios}
        return [a for a in self.store.attempts(context=self.context) if a.scenario_id in ids]

    def _resume_index(self) -> int:
        """The first card not answered yet; with every card answered, where the learner last was."""
        if self.summary.unanswered:
            return next(i for i, s in enumerate(self.scenarios) if s.id == self.summary.unanswered[0])
        if self.store is None:
            return 0
        mine = [e.data["index"] for e in self.store.events(POSITION) if e.data.get("module") == self.module.id]
        return max(0, min(mine[-1], len(self.scenarios))) if mine else 0

    # -- navigation -------------------------------------------------------------------------
    @property
    def on_summary(self) -> bool:
        return self.index >= len(self.scenarios)

    def go(self, index: int, save: bool = True) -> None:
        index = max(0, min(index, len(self.scenarios)))
        if index == self.index:
            return
        self.index = index
        self._rescore()  # answers given meanwhile in another open view come in here
        if self.on_summary:
            self.body.children = [widgets.HTML(self._summary()), *self._jumps()]
        else:
            view = self._view(index)
            view.mark_shown()
            self.body.children = [view]
        self.focus_script.value = focus_html("summary" if self.on_summary else "title")
        if save and self.store is not None:
            self.store.record(POSITION, {"module": self.module.id, "index": index})
        self._refresh()

    def _view(self, index: int) -> ScenarioView:
        """The card, built again only when the store holds answers to it that the view has not shown."""
        sid = self.scenarios[index].id
        saved = self.saved.get(sid, 0)
        built = self.views.get(index)
        if built is None or built[0] != saved:
            view = ScenarioView(
                self.scenarios[index],
                store=self.store,
                on_answer=self._answered,
                context=self.context,
                sources=self.sources,
                learner=self.learner,
                answer=self.last.get(sid),
            )
            built = self.views[index] = (saved, view)
        return built[1]

    def _jumps(self) -> list:
        """A button to each card not answered yet."""
        buttons = []
        for sid in self.summary.unanswered:
            index = next(i for i, s in enumerate(self.scenarios) if s.id == sid)
            button = widgets.Button(
                description=f"{index + 1}. {self.scenarios[index].title}", layout={"width": "auto", "max_width": "100%"}
            )
            button.add_class("bl-jump")
            button.on_click(self._guard(lambda i=index: self.go(i)))
            buttons.append(button)
        if not buttons:
            return []
        return [widgets.HTML('<p class="bl-sub">Still to answer</p>'), widgets.VBox(buttons)]

    def _answered(self, scenario_id: str, _response) -> None:
        self._rescore()
        self._refresh()

    def _rescore(self) -> None:
        attempts = self._attempts()
        self.summary = module_summary(self.scenarios, attempts)
        self.first, self.best = first_scores(attempts), best_scores(attempts)
        self.last = last_answers(attempts)
        self.saved: dict[str, int] = {}
        for a in attempts:
            self.saved[a.scenario_id] = self.saved.get(a.scenario_id, 0) + 1

    # -- display ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        total = len(self.scenarios)
        answered = self.summary.answered
        where = "Module summary" if self.on_summary else f"Scenario {self.index + 1} of {total}"
        self.progress.value = f'<p class="bl-progress" role="status">{where} · {answered} of {total} answered</p>'
        self.back.disabled = self.index == 0
        self.next.disabled = self.on_summary
        self.next.description = "Module summary" if self.index == total - 1 else "Next"
        self.note.value = self._previous_note()

    def _previous_note(self) -> str:
        if self.on_summary:
            return ""
        sid = self.scenarios[self.index].id
        if sid not in self.first:
            return ""
        first, best = percent(scenario_score(self.first[sid])), percent(scenario_score(self.best[sid]))
        return message_html(
            f"You have answered this scenario before: {first} at the {FIRST_TRY} (your score), "
            f"{best} at your {BEST_TRY}. Answer again as often as you like: every try is kept."
        )

    def _summary(self) -> str:
        return summary_html(self.module, self.summary)

    def _guard(self, action):
        def show_error(sentence: str) -> None:
            self.note.value = message_html(sentence, "error")

        return guarded(show_error)(lambda _button: action())
