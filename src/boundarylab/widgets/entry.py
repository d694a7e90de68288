"""What the notebooks call: one line per notebook. Every failure becomes a sentence on screen."""

from functools import cache

import ipywidgets as widgets

from boundarylab.bank import BankError
from boundarylab.bank.cache import load_bank_cached
from boundarylab.paths import course_root
from boundarylab.progress import ProgressStore, StoreError, home_dir
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import explain
from boundarylab.widgets.style import style_tag

BANK_BROKEN = (
    "The course content could not be loaded ({count} problem(s) in {path}, the first: {first}). "
    "Please tell your course provider."
)


@cache
def _bank(path: str):
    return load_bank_cached(path, home_dir() / "cache")


@cache
def _store(home: str) -> ProgressStore:
    return ProgressStore.open(home)


def bank_dir():
    return course_root() / "scenarios"


def course_bank():
    return _bank(str(bank_dir()))


def progress_store() -> ProgressStore:
    return _store(str(home_dir()))


def error_widget(sentence: str) -> widgets.HTML:
    return widgets.HTML(style_tag() + f'<div class="bl-root">{message_html(sentence, "error")}</div>')


def _safely(build):
    """Build a widget; on any failure, a widget that says what happened in one sentence."""
    try:
        return build()
    except BankError as e:
        return error_widget(BANK_BROKEN.format(count=len(e.problems), path=bank_dir(), first=e.problems[0]))
    except StoreError as e:
        return error_widget(str(e))
    except Exception as e:  # noqa: BLE001 - learners never see a traceback
        return error_widget(explain(e))


def module_widget(module_id: str):
    def build():
        from boundarylab.regions import localize_scenario
        from boundarylab.widgets.runner import ModuleRunner

        store = progress_store()  # first: a progress file problem is the one the learner can act on
        bank = course_bank()
        profile = store.profile()
        region = profile.region if profile else ""
        scenarios = [localize_scenario(s, region) for s in bank.in_module(module_id)]
        return ModuleRunner(bank.modules[module_id], scenarios, store=store, sources=bank.sources)

    return _safely(build)


def start_widget():
    def build():
        from boundarylab import ce
        from boundarylab.widgets.overview import overview_html
        from boundarylab.widgets.profile_form import ProfileForm

        store = progress_store()
        bank = course_bank()
        overview = widgets.HTML(overview_html(ce.status(bank, store), store.path))
        return widgets.VBox([ProfileForm(store), overview])

    return _safely(build)


def policy_widget():
    def build():
        from boundarylab.widgets.policy_form import PolicyForm

        store = progress_store()
        return PolicyForm(store, sources=course_bank().sources)

    return _safely(build)


def scenario_widget(scenario_id: str, bank_path: str):
    """One card, in practice mode, from the bank in `bank_path` (an author's `try --browser`).
    Nothing is saved: it is the author's draft, not a learner's progress."""

    def build():
        from boundarylab.bank import load_bank
        from boundarylab.widgets.scenario_view import ScenarioView

        bank = load_bank(bank_path)
        return ScenarioView(bank.scenarios[scenario_id], mode="practice", sources=bank.sources)

    return _safely(build)


def show_scenario(scenario_id: str, bank_path: str) -> None:
    from IPython.display import display

    display(scenario_widget(scenario_id, bank_path))


def show_module(module_id: str) -> None:
    from IPython.display import display

    display(module_widget(module_id))


def show_start() -> None:
    from IPython.display import display

    display(start_widget())


def show_policy() -> None:
    from IPython.display import display

    display(policy_widget())
