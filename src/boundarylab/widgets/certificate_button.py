"""A button that, once the course is complete, writes the learner's record of completion and the
completion record to send to the provider, and offers both for download; before that it lists
what is missing. A learner's machine never makes a CE certificate: the provider signs those
(ce.provider). The rules are in ce.status; this file only shows the outcome."""

import base64

import ipywidgets as widgets

from boundarylab import ce
from boundarylab.ce.record import export_record, write_record
from boundarylab.progress import home_dir
from boundarylab.reports.certificate import write_record_of_completion
from boundarylab.reports.pdf_fonts import FontMissing
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import guarded


def download_link(path, label: str, mime: str = "application/pdf") -> str:
    """A link that works in JupyterLab and Voilà alike: the file travels inside the page."""
    data = base64.b64encode(path.read_bytes()).decode()
    return f'<a download="{esc(path.name)}" href="data:{mime};base64,{data}" class="bl-download">{esc(label)}</a>'


class CertificateButton(widgets.VBox):
    def __init__(self, bank, store, folder=None):
        self.bank, self.store = bank, store
        self.folder = folder or home_dir() / "certificates"
        self.button = widgets.Button(
            description="Finish: my completion record", button_style="success", layout={"width": "auto"}
        )
        self.button.add_class("bl-certificate")
        self.result = widgets.HTML()
        self.button.on_click(guarded(self._show_error)(lambda _b: self.on_click()))
        super().__init__([self.button, self.result])

    def on_click(self) -> None:
        state = ce.status(self.bank, self.store)
        if not state.complete:
            items = "".join(f"<li>{esc(m)}</li>" for m in state.missing)
            self.result.value = (
                message_html("Your course is not complete yet. Still to do:", "info")
                + f"<ul class='bl-missing'>{items}</ul>"
            )
            return
        try:
            pdf = write_record_of_completion(state, self.folder / "record-of-completion.pdf")
        except FontMissing as e:
            self.result.value = message_html(str(e), "error")
            return
        record = write_record(export_record(self.bank, self.store), self.folder / "completion-record.json")
        self.result.value = (
            message_html(
                "Congratulations, you have completed the course. For your CE certificate, send your "
                "completion record to the course provider: they check it and issue the certificate.",
                "saved",
            )
            + f"<p>{download_link(record, 'Download your completion record (for the provider)', 'application/json')}"
            + f"</p><p>{download_link(pdf, 'Download your record of completion (PDF, not a CE certificate)')}</p>"
            + f"<p class='bl-help'>Copies are saved in {esc(str(self.folder))}.</p>"
        )

    def _show_error(self, sentence: str) -> None:
        self.result.value = message_html(sentence, "error")


def show_certificate() -> None:
    from boundarylab.widgets.entry import show_course_page

    show_course_page(CertificateButton)
