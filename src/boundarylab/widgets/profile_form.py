"""The learner profile: name, profession, licence number (optional) for the certificate, and the country
or region whose crisis numbers the feedback gives."""

import ipywidgets as widgets

from boundarylab.regions import DEFAULT_REGION, REGIONS
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import guarded
from boundarylab.widgets.style import BUTTON, style_tag

PROFESSIONS = [
    "Psychologist",
    "Counselor",
    "Social worker",
    "Marriage and family therapist",
    "Trainee or student",
    "Other",
]
WIDE = {"description_width": "initial"}


class ProfileForm(widgets.VBox):
    def __init__(self, store):
        self.store = store
        saved = store.profile()
        # continuous_update=False: a quick click after typing still saves every character
        self.name = widgets.Text(
            value=saved.name if saved else "",
            description="Your name",
            placeholder="As it should appear on your certificate",
            continuous_update=False,
            style=WIDE,
            layout={"width": "32em"},
        )
        self.profession = widgets.Combobox(
            value=saved.profession if saved else "",
            options=PROFESSIONS,
            description="Your profession",
            ensure_option=False,
            placeholder="Pick or type",
            continuous_update=False,
            style=WIDE,
            layout={"width": "32em"},
        )
        self.licence = widgets.Text(
            value=saved.licence if saved else "",
            description="License number (optional)",
            continuous_update=False,
            style=WIDE,
            layout={"width": "32em"},
        )
        self.region = widgets.Dropdown(
            options=[(r.name, r.id) for r in REGIONS.values()],
            value=(saved.region if saved and saved.region else DEFAULT_REGION),
            description="Where you practice",
            style=WIDE,
            layout={"width": "32em"},
        )
        self.save = widgets.Button(description="Save my profile", button_style="primary", layout=BUTTON)
        self.save.add_class("bl-save-profile")
        self.status = widgets.HTML(message_html(f"Saved profile: {saved.name}.") if saved else "")

        def show_error(sentence: str) -> None:
            self.status.value = message_html(sentence, "error")

        self.save.on_click(guarded(show_error)(lambda _b: self.on_save()))
        super().__init__(
            [
                widgets.HTML(
                    style_tag() + '<p class="bl-step">Your profile</p><p class="bl-help">'
                    "Your certificate carries this name and, if you give one, your license "
                    "number; your country or region sets the crisis numbers the feedback gives. "
                    "It is stored only on this computer.</p>"
                ),
                self.name,
                self.profession,
                self.licence,
                self.region,
                self.save,
                self.status,
            ]
        )
        self.add_class("bl-root")
        self.add_class("bl-profile")

    def on_save(self) -> None:
        try:
            self.store.save_profile(self.name.value, self.profession.value, self.licence.value, self.region.value)
        except ValueError as e:  # the store's own sentence: the name is missing
            self.status.value = message_html(str(e), "hint")
            return
        self.status.value = message_html(f"Saved. Your certificate will read: {self.name.value.strip()}.", "saved")
