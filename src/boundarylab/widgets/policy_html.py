"""The policy builder's HTML: each question with its reason, a flag for a conflicting choice,
and the finished policy with download links. Pure functions (no kernel); every text from the
questions file or from the learner is escaped.
"""

import base64
from pathlib import Path

from boundarylab.widgets.card import esc
from boundarylab.widgets.feedback import sources_html

MIME = {".md": "text/markdown", ".pdf": "application/pdf", ".yaml": "application/x-yaml",
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
WHAT = {"policy.md": "your policy as text (Markdown)", "policy.pdf": "your policy as a PDF to print and sign",
        "policy.docx": "your policy as a Word document to edit",
        "answers.yaml": "your answers, to rebuild the policy later"}
CRISIS_KEPT = ("Your policy still gives the crisis line and emergency instructions: no policy may leave a "
               "client without them.")


def question_html(number: int, question, sources: dict | None = None) -> str:
    """The question, why it matters, and where that comes from (seeds and codes of ethics)."""
    return (f'<h3 class="bl-step">{number}. {esc(question.section)}</h3>'
            f'<p class="bl-question">{esc(question.question)}</p>'
            f'<div class="bl-why"><p><strong>Why it matters:</strong> {esc(question.why)}</p>'
            f"<details><summary>Sources and codes</summary>{sources_html(question, sources)}</details></div>")


def flag_html(flag, *, crisis: bool = False) -> str:
    """A conflicting choice, said in words: what the course teaches instead, and why."""
    if flag is None:
        return ""
    kept = f"<p>{esc(CRISIS_KEPT)}</p>" if crisis else ""
    return (f'<div class="bl-feedback bl-wrong bl-flag" role="status"><p class="bl-result">'
            f'<span aria-hidden="true">⚠</span> This choice conflicts with what the course teaches.</p>'
            f"<p>{esc(flag.reason)}</p>{kept}<p>You can keep it, but think it over: it will be flagged "
            "when you write your policy.</p></div>")


def download_link(path: Path) -> str:
    """A link that hands the file to the browser (works in JupyterLab and in the app alike)."""
    path = Path(path)
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    mime = MIME.get(path.suffix, "application/octet-stream")
    kb = max(1, round(path.stat().st_size / 1024))
    return (f'<li><a class="bl-download" download="{esc(path.name)}" href="data:{mime};base64,{data}">'
            f"Download {esc(path.name)}</a>: {esc(WHAT.get(path.name, path.name))} ({kb} KB)</li>")


def document_html(doc) -> str:
    sections = "".join(f"<h4>{esc(s.heading)}</h4>" + "".join(f"<p>{esc(p)}</p>" for p in s.paragraphs)
                       for s in doc.sections)
    return (f'<details class="bl-policy-preview"><summary>Read your policy here</summary>'
            f"<h4>{esc(doc.title)}</h4><p>{esc(doc.intro)}</p>{sections}</details>")


def result_html(doc, files, titles: dict) -> str:
    """What was written, what to reconsider, what was left out, and the files to download."""
    parts = ['<p class="bl-result"><span aria-hidden="true">✓</span> Your policy is written.</p>']
    if doc.flags:
        items = "".join(f"<li><strong>{esc(titles.get(f.question, f.question))}</strong>: {esc(f.reason)}</li>"
                        for f in doc.flags)
        parts.append(f"<p>{len(doc.flags)} choice(s) conflict with what the course teaches; "
                     f"consider changing them and writing the policy again:</p><ul>{items}</ul>")
    if doc.unanswered:
        names = ", ".join(titles.get(q, q) for q in doc.unanswered)
        parts.append(f"<p>Not answered yet, so left out of your policy: {esc(names)}.</p>")
    links = "".join(download_link(p) for p in files)
    folder = Path(files[0]).parent if files else ""
    parts.append(f'<ul class="bl-downloads">{links}</ul>'
                 f'<p class="bl-help">The files are also saved on this computer in {esc(folder)}.</p>')
    parts.append(document_html(doc))
    state = "bl-wrong" if doc.flags else "bl-right"
    return f'<div class="bl-feedback {state} bl-policy-result" role="status">{"".join(parts)}</div>'
