"""A module's scenarios one at a time: "4 of 12", Back and Next, resume where the learner left
off, and a summary page (key points, score by principle) after the last scenario."""

import ipywidgets as widgets

from boundarylab.summary import latest_scores, module_summary, scenario_score
from boundarylab.widgets.feedback import message_html, percent
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.scenario_view import ScenarioView
from boundarylab.widgets.style import BUTTON, style_tag
from boundarylab.widgets.summary_page import summary_html

POSITION = "position"  # event kind: where the learner is in a module


class ModuleRunner(widgets.VBox):
    def __init__(self, module, scenarios, *, store=None, sources=None, context="practice"):
        self.module, self.scenarios, self.store = module, list(scenarios), store
        self.sources, self.context = sources, context
        self.views: dict[int, ScenarioView] = {}
        self.progress = widgets.HTML()
        self.note = widgets.HTML()
        self.back = widgets.Button(description="Back", icon="arrow-left", layout=BUTTON)
        self.next = widgets.Button(description="Next", icon="arrow-right", layout=BUTTON)
        self.back.add_class("bl-back")
        self.next.add_class("bl-next")
        self.body = widgets.VBox()
        self.back.on_click(self._guard(lambda: self.go(self.index - 1)))
        self.next.on_click(self._guard(lambda: self.go(self.index + 1)))
        nav = widgets.HBox([self.back, self.next])
        super().__init__([widgets.HTML(style_tag()), self.progress, self.note, self.body, nav])
        self.add_class("bl-root")
        self.add_class("bl-runner")
        self.scores = latest_scores(self._attempts())
        self.index = -1
        self.go(self._resume_index(), save=False)

    # -- state from the store ---------------------------------------------------------------
    def _attempts(self):
        if self.store is None:
            return []
        ids = {s.id for s in self.scenarios}
        return [a for a in self.store.attempts(context=self.context) if a.scenario_id in ids]

    def _resume_index(self) -> int:
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
        if self.on_summary:
            self.body.children = [widgets.HTML(self._summary())]
        else:
            view = self.views.get(index)
            if view is None:
                view = self.views[index] = ScenarioView(
                    self.scenarios[index], store=self.store, on_answer=self._answered,
                    context=self.context, sources=self.sources)
            view.mark_shown()
            self.body.children = [view]
        if save and self.store is not None:
            self.store.record(POSITION, {"module": self.module.id, "index": index})
        self._refresh()

    def _answered(self, scenario_id: str, _response) -> None:
        self.scores = latest_scores(self._attempts())
        self._refresh()

    # -- display ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        total = len(self.scenarios)
        answered = sum(1 for s in self.scenarios if s.id in self.scores)
        where = "Module summary" if self.on_summary else f"Scenario {self.index + 1} of {total}"
        self.progress.value = (f'<p class="bl-progress" role="status">{where} · '
                               f"{answered} of {total} answered</p>")
        self.back.disabled = self.index == 0
        self.next.disabled = self.on_summary
        self.next.description = "Module summary" if self.index == total - 1 else "Next"
        self.note.value = self._previous_note()

    def _previous_note(self) -> str:
        if self.on_summary:
            return ""
        parts = self.scores.get(self.scenarios[self.index].id)
        if not parts:
            return ""
        return message_html(f"You have answered this scenario before (latest score {percent(scenario_score(parts))}). "
                            "Answer again as often as you like: every try is kept.")

    def _summary(self) -> str:
        return summary_html(self.module, module_summary(self.scenarios, self._attempts()))

    def _guard(self, action):
        def show_error(sentence: str) -> None:
            self.note.value = message_html(sentence, "error")

        return guarded(show_error)(lambda _button: action())
