"""The learner's widgets: a thin Jupyter shell over bank, scoring and progress; no rules here.

Names load on first use, so `boundarylab.widgets.card` (pure HTML) works without ipywidgets.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what __getattr__ loads, named for type checkers
    from boundarylab.widgets.entry import (
        module_widget,
        policy_widget,
        scenario_widget,
        show_module,
        show_policy,
        show_scenario,
        show_start,
        start_widget,
    )
    from boundarylab.widgets.policy_form import PolicyForm
    from boundarylab.widgets.profile_form import ProfileForm
    from boundarylab.widgets.runner import ModuleRunner
    from boundarylab.widgets.scenario_view import ScenarioView

_EXPORTS = {
    "ScenarioView": "boundarylab.widgets.scenario_view",
    "ModuleRunner": "boundarylab.widgets.runner",
    "ProfileForm": "boundarylab.widgets.profile_form",
    "PolicyForm": "boundarylab.widgets.policy_form",
    "show_module": "boundarylab.widgets.entry",
    "show_start": "boundarylab.widgets.entry",
    "module_widget": "boundarylab.widgets.entry",
    "start_widget": "boundarylab.widgets.entry",
    "show_policy": "boundarylab.widgets.entry",
    "policy_widget": "boundarylab.widgets.entry",
    "show_scenario": "boundarylab.widgets.entry",
    "scenario_widget": "boundarylab.widgets.entry",
}
__all__ = [  # the names of _EXPORTS, spelled out as type checkers need
    "ModuleRunner",
    "PolicyForm",
    "ProfileForm",
    "ScenarioView",
    "module_widget",
    "policy_widget",
    "scenario_widget",
    "show_module",
    "show_policy",
    "show_scenario",
    "show_start",
    "start_widget",
]


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'boundarylab.widgets' has no attribute {name!r}")
