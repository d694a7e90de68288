"""The policy builder's HTML: each question with its reason, a flag for a conflicting choice,
and the finished policy with download links. Pure functions (no kernel); every text from the
questions file or from the learner is escaped.
"""

import base64
from pathlib import Path

from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import sources_html

MIME = {
    ".md": "text/markdown",
    ".pdf": "application/pdf",
    ".yaml": "application/x-yaml",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
WHAT = {
    "policy.md": "your policy as text (Markdown)",
    "policy.pdf": "your policy as a PDF to print and sign",
    "policy.docx": "your policy as a Word document to edit",
    "policy-draft.md": "your draft as text (Markdown)",
    "policy-draft.pdf": "your draft as a PDF, marked Draft",
    "policy-draft.docx": "your draft as a Word document, marked Draft",
    "answers.yaml": "your answers, to rebuild the policy later",
}
CRISIS_KEPT = (
    "Your policy still gives the crisis line and emergency instructions: no policy may leave a client without them."
)


def question_html(number: int, question, sources: dict | None = None) -> str:
    """The question, why it matters, and where that comes from (seeds and codes of ethics)."""
    return (
        f'<h3 class="bl-step">{number}. {esc(question.section)}</h3>'
        f'<p class="bl-question">{esc(question.question)}</p>'
        f'<div class="bl-why"><p><strong>Why it matters:</strong> {esc(question.why)}</p>'
        f"<details><summary>Sources and codes</summary>{sources_html(question, sources)}</details></div>"
    )


def flag_html(flag, *, crisis: bool = False) -> str:
    """A conflicting choice, said in words: what the course teaches instead, and why."""
    if flag is None:
        return ""
    kept = f"<p>{esc(CRISIS_KEPT)}</p>" if crisis else ""
    return (
        f'<div class="bl-feedback bl-wrong bl-flag" role="status"><p class="bl-result">'
        f'<span aria-hidden="true">⚠</span> This choice conflicts with what the course teaches.</p>'
        f"<p>{esc(flag.reason)}</p>{kept}<p>You can keep it, but think it over: it will be flagged "
        "when you write your policy.</p></div>"
    )


def download_link(path: Path) -> str:
    """A link that hands the file to the browser (works in JupyterLab and in the app alike)."""
    path = Path(path)
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    mime = MIME.get(path.suffix, "application/octet-stream")
    kb = max(1, round(path.stat().st_size / 1024))
    return (
        f'<li><a class="bl-download" download="{esc(path.name)}" href="data:{mime};base64,{data}">'
        f"Download {esc(path.name)}</a>: {esc(WHAT.get(path.name, path.name))} ({kb} KB)</li>"
    )


def document_html(doc) -> str:
    sections = "".join(
        f"<h4>{esc(s.heading)}</h4>" + "".join(f"<p>{esc(p)}</p>" for p in s.paragraphs) for s in doc.sections
    )
    return (
        f'<details class="bl-policy-preview"><summary>Read your policy here</summary>'
        f"<h4>{esc(doc.title)}</h4><p>{esc(doc.therapist)}<br>{esc(doc.effective)}</p><p>{esc(doc.intro)}</p>"
        f"{sections}</details>"
    )


def _reasons(reasons) -> str:
    return "<ul>" + "".join(f"<li>{esc(r)}</li>" for r in reasons) + "</ul>"


def not_ready_html(reasons) -> str:
    """Why no policy to sign was written: each reason in words, and the draft as the way on."""
    return (
        '<div class="bl-feedback bl-wrong bl-policy-result" role="status"><p class="bl-result">'
        '<span aria-hidden="true">⚠</span> Your policy is not ready to sign yet, so it was not written.</p>'
        f"<p>{len(reasons)} thing(s) to do first:</p>{_reasons(reasons)}"
        "<p>Meanwhile you can press <strong>Save a draft</strong> for a copy marked Draft on every page.</p>"
        "</div>"
    )


def result_html(doc, files) -> str:
    """What was written (a policy to sign, or a draft and what it still needs) and the files."""
    if doc.draft:
        parts = [
            '<p class="bl-result"><span aria-hidden="true">✓</span> Your draft is written, marked Draft on '
            "every page.</p>"
        ]
        if doc.not_ready:
            parts.append(f"<p>Before it can be signed ({len(doc.not_ready)}):</p>{_reasons(doc.not_ready)}")
    else:
        parts = [
            '<p class="bl-result"><span aria-hidden="true">✓</span> Your policy is written and ready to '
            "print, sign with your client and keep with their consent forms.</p>"
        ]
    links = "".join(download_link(p) for p in files)
    folder = Path(files[0]).parent if files else ""
    parts.append(
        f'<ul class="bl-downloads">{links}</ul>'
        f'<p class="bl-help">The files are also saved on this computer in {esc(folder)}.</p>'
    )
    parts.append(document_html(doc))
    state = "bl-wrong" if doc.not_ready else "bl-right"
    return f'<div class="bl-feedback {state} bl-policy-result" role="status">{"".join(parts)}</div>'
