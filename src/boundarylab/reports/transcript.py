"""The learner's transcript: modules, post-test sittings and the evaluation, with dates, scores
and minutes, as CSV rows and as a PDF page that also shows how the hours were set."""

from pathlib import Path

from boundarylab.ce.hours import contact_hours, format_minutes
from boundarylab.ce.standing import ModuleProgress, Status
from boundarylab.reports import pdf as doc
from boundarylab.reports import spreadsheet

COLUMNS = (
    "kind",
    "number",
    "id",
    "title",
    "status",
    "started",
    "completed",
    "score_percent",
    "minutes_on_task",
    "planned_minutes",
)


def _percent(score: float | None) -> str:
    return "" if score is None else f"{100 * score:.0f}"


def _state(m: ModuleProgress) -> str:
    return "done" if m.done else "in progress" if m.started else "not started"


def transcript_rows(status: Status) -> list[dict[str, str | int]]:
    rows: list[dict[str, str | int]] = [
        {
            "kind": "module",
            "number": m.number,
            "id": m.module,
            "title": m.title,
            "status": _state(m),
            "started": m.started or "",
            "completed": m.finished or "",
            "score_percent": _percent(m.score),
            "minutes_on_task": f"{m.seconds / 60:.0f}",
            "planned_minutes": format_minutes(m.planned_minutes),
        }
        for m in status.modules
    ]
    rows += [
        {
            "kind": "post-test",
            "number": s.number,
            "id": s.form,
            "title": f"Post-test, form {s.form}",
            "status": "passed" if s.passed else "not passed" if s.complete else "in progress",
            "started": s.started,
            "completed": s.finished or "",
            "score_percent": _percent(s.score) if s.scored else "",
            "minutes_on_task": f"{s.seconds / 60:.0f}",
            "planned_minutes": "",
        }
        for s in status.sittings
    ]
    if status.evaluated_on:
        rows.append(
            {
                "kind": "evaluation",
                "number": "",
                "id": "evaluation",
                "title": "Course evaluation",
                "status": "submitted",
                "started": status.evaluated_on,
                "completed": status.evaluated_on,
                "score_percent": "",
                "minutes_on_task": "",
                "planned_minutes": "",
            }
        )
    return rows


def write_csv(status: Status, path: str | Path) -> Path:
    return spreadsheet.write_csv(path, COLUMNS, ([row[c] for c in COLUMNS] for row in transcript_rows(status)))


def _build(status: Status, path: str | Path, certificate_number: str | None, fonts: dict[str, Path] | None) -> Path:
    hours, profile = status.hours, status.profile
    pdf = doc.new_document("Transcript", hours.course, "portrait", fonts)
    pdf.add_page()
    doc.heading(pdf, "Transcript", 18)
    learner = profile.name if profile else "(no profile saved)"
    if profile and profile.licence:
        learner += f", license {profile.licence}"
    doc.paragraph(
        pdf,
        f"{learner}\n{hours.course} (version {hours.version})\n"
        f"Course credit: {contact_hours(hours.credited_hours)} ({hours.category}) on completion",
        10,
    )
    state = f"Completed on {status.completion_date}" if status.complete else "Not complete yet"
    if certificate_number:
        state += f"; certificate no. {certificate_number}"
    doc.paragraph(pdf, state + ".", 10, "B")
    pdf.ln(3)
    rows = transcript_rows(status)
    doc.heading(pdf, "Modules", 12)
    doc.table(
        pdf,
        ["#", "Module", "Status", "Started", "Completed", "Score %", "Minutes", "Planned"],
        [
            [
                r["number"],
                r["title"],
                r["status"],
                r["started"],
                r["completed"],
                r["score_percent"],
                r["minutes_on_task"],
                r["planned_minutes"],
            ]
            for r in rows
            if r["kind"] == "module"
        ],
        (6, 50, 18, 20, 20, 13, 15, 15),
    )
    sittings = [r for r in rows if r["kind"] == "post-test"]
    doc.heading(pdf, "Post-test", 12)
    if sittings:
        doc.table(
            pdf,
            ["Sitting", "Form", "Date", "Score %", "Result", "Minutes"],
            [
                [
                    r["number"],
                    r["id"],
                    r["completed"] or r["started"],
                    r["score_percent"],
                    r["status"],
                    r["minutes_on_task"],
                ]
                for r in sittings
            ],
            (14, 12, 24, 16, 24, 16),
        )
    else:
        doc.paragraph(pdf, "Not taken yet.", 10)
        pdf.ln(2)
    doc.paragraph(
        pdf,
        f"Passing score: {status.passing_score:.0%}. Course evaluation: "
        f"{'submitted ' + status.evaluated_on if status.evaluated_on else 'not submitted yet'}.",
        10,
    )
    pdf.ln(3)
    doc.heading(pdf, "How the contact hours were set", 12)
    doc.paragraph(pdf, "\n".join(hours.explain()), 8.5, colour=doc.MUTED)
    return doc.write(pdf, path)


def write_pdf(
    status: Status, path: str | Path, certificate_number: str | None = None, fonts: dict[str, Path] | None = None
) -> Path:
    return doc.render(_build, status, path, certificate_number, fonts)
