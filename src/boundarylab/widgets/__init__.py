"""The learner's widgets: a thin Jupyter shell over bank, scoring and progress; no rules here.

Names load on first use, so `boundarylab.widgets.card` (pure HTML) works without ipywidgets.
"""

from importlib import import_module

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
}
__all__ = list(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'boundarylab.widgets' has no attribute {name!r}")
