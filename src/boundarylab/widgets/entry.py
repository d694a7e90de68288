"""What the notebooks call: one line per notebook. Every failure becomes a sentence on screen."""

import os
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


def _store_then_bank(make):
    """A builder of `make(bank, store)` that opens the progress store first (a problem with the
    progress file is the one the learner can act on), then the course bank."""

    def build():
        store = progress_store()
        return make(course_bank(), store)

    return build


def module_widget(module_id: str):
    def make(bank, store):
        from boundarylab.regions import localize_scenario
        from boundarylab.widgets.runner import ModuleRunner

        profile = store.profile()
        region = profile.region if profile else ""
        scenarios = [localize_scenario(s, region) for s in bank.in_module(module_id)]
        return ModuleRunner(bank.modules[module_id], scenarios, store=store, sources=bank.sources)

    return _safely(_store_then_bank(make))


def start_widget():
    def make(bank, store):
        from boundarylab import ce
        from boundarylab.widgets.overview import overview_html
        from boundarylab.widgets.profile_form import ProfileForm

        overview = widgets.HTML(overview_html(ce.status(bank, store), store.path))
        return widgets.VBox([ProfileForm(store), overview])

    return _safely(_store_then_bank(make))


def policy_widget():
    def make(bank, store):
        from boundarylab.widgets.policy_form import PolicyForm

        return PolicyForm(store, sources=bank.sources)

    return _safely(_store_then_bank(make))


def scenario_widget(scenario_id: str, bank_path: str):
    """One card, in practice mode, from the bank in `bank_path` (an author's `try --browser`).
    Nothing is saved: it is the author's draft, not a learner's progress."""

    def build():
        from boundarylab.bank import load_bank
        from boundarylab.widgets.scenario_view import ScenarioView

        bank = load_bank(bank_path)
        return ScenarioView(bank.scenarios[scenario_id], mode="practice", sources=bank.sources)

    return _safely(build)


@cache  # once per kernel: a page with several widgets waits for one request
def until_opened() -> None:
    """In the app, Voilà runs each page ahead of time in a kernel kept ready for it, and that run
    pauses here until a learner opens the page: what was imported before this call is ready at
    once, and what is read after it (the learner's progress, the bank on disk) is read when the
    page opens, never earlier. Elsewhere it returns at once."""
    if os.environ.get("VOILA_PREHEAT") == "True":
        from voila.utils import wait_for_request

        wait_for_request()


def show_page(build) -> None:
    """Display the widget `build` makes, built when the page is opened (see `until_opened`)."""
    from IPython.display import display

    until_opened()
    display(_safely(build))


def show_course_page(make) -> None:
    """Display `make(bank, store)`, the progress store opened before the bank."""
    show_page(_store_then_bank(make))


def show_scenario(scenario_id: str, bank_path: str) -> None:
    show_page(lambda: scenario_widget(scenario_id, bank_path))


def show_module(module_id: str) -> None:
    from boundarylab.regions import localize_scenario  # noqa: F401 - imported ahead (until_opened)
    from boundarylab.widgets.runner import ModuleRunner  # noqa: F401 - imported ahead (until_opened)

    show_page(lambda: module_widget(module_id))


def show_start() -> None:
    from boundarylab import ce  # noqa: F401 - imported ahead (until_opened)
    from boundarylab.widgets.overview import overview_html  # noqa: F401
    from boundarylab.widgets.profile_form import ProfileForm  # noqa: F401

    show_page(start_widget)


def show_policy() -> None:
    show_page(policy_widget)
