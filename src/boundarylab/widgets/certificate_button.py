"""A button that writes the certificate PDF and offers it for download, or lists what is still
missing. The rules are in ce.issue_certificate; this file only shows the outcome."""

import base64

import ipywidgets as widgets

from boundarylab import ce
from boundarylab.progress import home_dir
from boundarylab.reports.certificate import write_certificate
from boundarylab.reports.pdf import FontMissing
from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import message_html
from boundarylab.widgets.guard import guarded


def download_link(path, label: str) -> str:
    """A link that works in JupyterLab and Voilà alike: the file travels inside the page."""
    data = base64.b64encode(path.read_bytes()).decode()
    return (f'<a download="{esc(path.name)}" href="data:application/pdf;base64,{data}" '
            f'class="bl-download">{esc(label)}</a>')


class CertificateButton(widgets.VBox):
    def __init__(self, bank, store, folder=None, delivery: str = "self-paced"):
        self.bank, self.store, self.delivery = bank, store, delivery
        self.folder = folder or home_dir() / "certificates"
        self.button = widgets.Button(description="Get my certificate", button_style="success",
                                     layout={"width": "auto"})
        self.button.add_class("bl-certificate")
        self.result = widgets.HTML()
        self.button.on_click(guarded(self._show_error)(lambda _b: self.on_click()))
        super().__init__([self.button, self.result])

    def on_click(self) -> None:
        try:
            record = ce.issue_certificate(self.bank, self.store, self.delivery)
        except ce.NotComplete as e:
            items = "".join(f"<li>{esc(m)}</li>" for m in e.missing)
            self.result.value = (message_html("Your certificate is not ready yet. Still to do:", "info")
                                 + f"<ul class='bl-missing'>{items}</ul>")
            return
        try:
            path = write_certificate(record, self.folder / f"certificate-{record.number}.pdf")
        except FontMissing as e:
            self.result.value = message_html(str(e), "error")
            return
        self.result.value = (message_html(f"Congratulations! Certificate {record.number}, {record.hours_text}. "
                                          f"Verification code {record.code}.", "saved")
                             + f"<p>{download_link(path, 'Download your certificate (PDF)')}</p>"
                             + f"<p class='bl-help'>A copy is saved at {esc(str(path))}.</p>")

    def _show_error(self, sentence: str) -> None:
        self.result.value = message_html(sentence, "error")


def show_certificate() -> None:
    from IPython.display import display

    from boundarylab.widgets.entry import _safely, course_bank, progress_store

    def build():
        store = progress_store()
        return CertificateButton(course_bank(), store)

    display(_safely(build))
