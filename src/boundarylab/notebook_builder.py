"""The learner notebooks, generated from the bank: one per content module plus the start page.

Each notebook is text from the bank (questions, objectives, lesson, key points) around one
hidden code cell that calls `boundarylab.widgets`. Output is deterministic (fixed cell ids, no
outputs, no execution counts), so a test can tell when the committed notebooks are stale.
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from boundarylab.ce.hours import BUILDER_MODULE, format_minutes, module_minutes

START = "00_start_here.ipynb"
# Module 10 (post-test and certificate) has a notebook of its own, written by hand in another part
# of the project; this builder leaves it alone.
BUILT_ELSEWHERE = ("assessment",)
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
LAB_ONLY = '<span class="bl-lab-only">{}</span>'  # hidden by the app's page template: the app runs by itself
HOW_TO_START = LAB_ONLY.format(
    "**How to start:** in JupyterLab, choose **Run ▸ Run All Cells** in the menu at the top. After a few seconds "
    "the practice area appears further down this page. You only click and type in the boxes; there is no code to "
    "change."
)


def notebook_name(bank, module_id: str) -> str:
    number = bank.module_number(module_id)
    return START if number == 0 else f"{number:02d}_{module_id}.ipynb"


def practice_modules(bank) -> list[str]:
    return [m for m in bank.course.modules[1:] if m not in BUILT_ELSEWHERE]


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def _source_line(bank, refs) -> str:
    names = []
    for ref in refs:
        src = bank.sources.get(ref.doc)
        heading = next((s.heading for s in src.sections if s.id == ref.section), ref.section) if src else ref.section
        names.append(f"*{src.title if src else ref.doc}*, “{heading}”")
    return f"\n\n<small>Source: {'; '.join(names)}</small>" if names else ""


def _code(cell_id: str, comment: str, call: str):
    """A hidden, locked code cell: the learner sees only its friendly first line."""
    cell = new_code_cell(f"# {comment}\n{call}", id=cell_id)
    cell.metadata["jupyter"] = {"source_hidden": True}
    cell.metadata["editable"] = False
    cell.metadata["deletable"] = False
    cell.metadata["tags"] = ["hide-input"]
    return cell


def _opening(bank, module_id: str, title: str) -> str:
    module, planned = bank.modules[module_id], module_minutes(bank, module_id)
    split = (
        f": {format_minutes(planned.teaching_minutes)} of reading and {planned.exercise_minutes} of practice"
        if planned.exercise_minutes
        else ""
    )
    return (
        f"# {title}\n\n{HOW_TO_START}\n\n## Questions\n\n{_bullets(module.questions)}\n\n"
        f"## Objectives\n\nBy the end of this module you will be able to:\n\n{_bullets(module.objectives)}\n\n"
        f"*Time: about {format_minutes(planned.minutes)} minutes{split}.*"
    )


def _lesson(bank, module) -> list:
    return [
        new_markdown_cell(f"## {sec.heading}\n\n{sec.text.strip()}{_source_line(bank, sec.sources)}", id=f"lesson-{i}")
        for i, sec in enumerate(module.lesson, start=1)
    ]


def _keypoints(module):
    return new_markdown_cell(f"## Key points\n\n{_bullets(module.keypoints)}", id="keypoints")


def _notebook(cells):
    nb = new_notebook(
        metadata={
            "kernelspec": dict(KERNELSPEC),
            "language_info": {"name": "python"},
            "boundarylab": {"clear_outputs_on_save": True},
        }
    )
    for cell in cells:
        if cell.cell_type == "markdown":
            cell.metadata["editable"] = False  # course mode then keeps it rendered on a double-click
    nb.cells = cells
    return nb


def tryout_notebook(scenario_id: str, bank_path: Path):
    """One card from an author's bank, for `boundarylab try ID --browser`."""
    call = f"from boundarylab.widgets import show_scenario\nshow_scenario({scenario_id!r}, {str(bank_path)!r})"
    nb = _notebook([_code("card", f"Trying {scenario_id}", call)])
    nb.metadata["boundarylab"]["standalone"] = True  # a page outside the course: no "Course home" link
    return nb


POLICY_BUILDER = (
    "## Build your own policy\n\nNow write the policy for your own practice. For each part, read why it "
    "matters, then pick what you will do; a choice that conflicts with what this course teaches is "
    "flagged at once, with the reason. Your choices are saved as you go. When every part is answered "
    "and nothing conflicts, press **Write my policy** to get it as a PDF to print and sign with your "
    "client, as a Word document to edit, and as an answers file you can use to rebuild it later; "
    "until then it tells you what is left. **Save a draft** gives you a copy marked Draft at any "
    "time."
)


def _after_practice(module_id: str) -> list:
    """Cells a module adds after its practice scenarios (module 9: the policy builder)."""
    if module_id != BUILDER_MODULE:
        return []
    return [
        new_markdown_cell(POLICY_BUILDER, id="builder-intro"),
        _code(
            "builder",
            "Your policy builder appears below when you run the notebook.",
            "from boundarylab.widgets import show_policy\nshow_policy()",
        ),
    ]


def module_notebook(bank, module_id: str):
    module = bank.modules[module_id]
    count = len(bank.in_module(module_id))
    practice = (
        f"## Practice\n\n{count} scenarios. For each one, read the situation and the draft, give your "
        "verdict and the principles at stake, then choose the best next step or rewrite the draft when "
        "asked. Every check gives instant feedback and is saved, so you can stop at any time and "
        "carry on later where you left off. Use **Back** and **Next** to move between scenarios."
    )
    return _notebook(
        [
            new_markdown_cell(
                _opening(bank, module_id, f"Module {bank.module_number(module_id)}: {module.title}"), id="intro"
            ),
            *_lesson(bank, module),
            new_markdown_cell(practice, id="practice-intro"),
            _code(
                "practice",
                "Your practice scenarios appear below when you run the notebook.",
                f"from boundarylab.widgets import show_module\nshow_module({module_id!r})",
            ),
            *_after_practice(module_id),
            _keypoints(module),
        ]
    )


def _course_table(bank) -> str:
    rows = ["| notebook | module | minutes |", "| --- | --- | --- |"]
    for mid, module in bank.modules.items():
        minutes = format_minutes(module_minutes(bank, mid).minutes)
        rows.append(f"| `{notebook_name(bank, mid)}` | {module.title} | {minutes} |")
    return "\n".join(rows)


def _ce_text(bank) -> str:
    course = bank.course
    rule = course.hours
    approvals = "\n".join(f"- {a.body}: {a.statement}" for a in course.approvals) or (
        "- This course is **not accredited** for continuing education until the provider adds an "
        "approval statement; the certificate says so plainly."
    )
    return (
        f"## Continuing education (CE)\n\nCredit is given in contact hours of {rule.minutes_per_hour} minutes, "
        f"from each module's reading and practice minutes (table above), rounded by the rule "
        f"“{rule.rounding}”; category: {rule.category}.\n\nTo complete the course you need to: work through "
        f"every module; score at least {round(course.passing_score * 100)} % on the post-test, in at most "
        f"{course.post_test_attempts} sittings; and submit the course evaluation. Then send your completion "
        f"record to the provider, who checks it and issues your CE certificate.\n\nProvider: "
        f"{course.provider.name}.\n\n{approvals}"
    )


PRIVACY = (
    "## Privacy: your answers stay on this computer\n\nEverything you type or choose is saved in one "
    "progress file on this computer (its location is shown above, under *Your progress*). Nothing is sent "
    "over the internet, and nothing is shared with anyone unless you hand in a post-test yourself. Every "
    "try is kept, so closing the notebook never loses your work. To move to another computer, copy that "
    "file."
)

HOW_IT_WORKS = (
    "## How the course works\n\nEach module opens with its questions and objectives, teaches in short "
    "sections, then gives you realistic posts and messages to practice on. For each scenario you "
    "decide whether the therapist's draft is:\n\n{verdicts}\n\nand tick the principles at stake. Some "
    "scenarios also ask for the best next step or a rewrite; your rewrite is checked instantly and the "
    "words that raise a concern are marked. Open the modules in order:\n\n{table}"
)


def start_notebook(bank):
    from boundarylab.widgets.judge import VERDICT_LABELS

    module_id = bank.course.modules[0]
    module = bank.modules[module_id]
    verdicts = _bullets(f"**{label.split(':')[0]}**:{label.split(':', 1)[1]}" for label in VERDICT_LABELS.values())
    return _notebook(
        [
            new_markdown_cell(_opening(bank, module_id, f"Start here: {bank.course.title}"), id="intro"),
            new_markdown_cell(HOW_IT_WORKS.format(verdicts=verdicts, table=_course_table(bank)), id="how-it-works"),
            *_lesson(bank, module),
            new_markdown_cell(
                "## Your profile\n\nFill in your name as it should appear on your certificate, then "
                "press **Save my profile**. You can change it later; the latest version is used.",
                id="profile-intro",
            ),
            _code(
                "profile",
                "Your profile form and your progress appear below when you run the notebook.",
                "from boundarylab.widgets import show_start\nshow_start()",
            ),
            new_markdown_cell(_ce_text(bank), id="ce"),
            new_markdown_cell(PRIVACY, id="privacy"),
            _keypoints(module),
        ]
    )


def build_all(bank) -> dict[str, str]:
    """File name -> notebook JSON text, for the start page and every practice module."""
    books = {START: start_notebook(bank)}
    books.update({notebook_name(bank, m): module_notebook(bank, m) for m in practice_modules(bank)})
    return {name: nbformat.writes(nb) + "\n" for name, nb in books.items()}


def stale(bank, folder: Path) -> list[str]:
    """Notebooks in `folder` that differ from what the bank generates (or are missing)."""
    folder = Path(folder)
    return [
        name
        for name, text in build_all(bank).items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write_all(bank, folder: Path) -> list[str]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    changed = stale(bank, folder)
    texts = build_all(bank)
    for name in changed:
        (folder / name).write_text(texts[name], encoding="utf-8")
    return changed
