"""`boundarylab try ID`: one scenario the way an author needs to see it while writing it: the card
as a learner reads it, the rewrite feedback on the model answer, on the draft itself and on every
stress-set rewrite of the item, and the item-writing notes (cues a learner could answer from)."""

import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from boundarylab import vocab
from boundarylab.analysis.rewrite import RewriteResult, evaluate_rewrite
from boundarylab.bank.models import Scenario

WIDTH = 88


@dataclass(frozen=True)
class Trial:
    label: str
    text: str
    result: RewriteResult
    expected_pass: bool | None  # the stress set's label; None for texts with no label


def _wrap(text: str, indent: str = "  ") -> str:
    return "\n".join(
        textwrap.fill(p, WIDTH, initial_indent=indent, subsequent_indent=indent)
        for p in text.strip().split("\n")
        if p.strip()
    )


def card(s: Scenario) -> str:
    """The card in plain text, in the order the learner meets it."""
    a = s.artifact
    who = a.sender or a.author
    lines = [
        f"{s.id} · {vocab.KINDS[s.kind]} on {vocab.PLATFORMS[s.platform]} · module {s.module}",
        f"Title: {s.title}",
        "",
        "Situation:",
        _wrap(s.context),
        "",
    ]
    stars = f" ({a.rating} of 5 stars)" if a.rating else ""
    lines += [f"On screen, from {who.name if who else 'someone'}{stars}:", _wrap(a.text or "(no text)")]
    for m in a.thread:
        lines += [f"  ↳ {m.author.name}:", _wrap(m.text, "    ")]
    lines += [
        "",
        f"Your draft ({vocab.DRAFT_ACTIONS[s.draft.action]}):",
        _wrap(s.draft.text or s.draft.note or "(no words)"),
        "",
        "Questions: your verdict (OK, Revise, Don't) and the principles at stake.",
    ]
    for n, c in enumerate(s.choices, 1):
        lines.append(_wrap(f"{n}. {c.text}", "  ") + ("   ← best" if c.correct else ""))
    if s.rewrite:
        lines += ["", "Writing task (shown after the verdict):", _wrap(s.rewrite.prompt)]
    lines += [
        "",
        f"Answer: {s.key.verdict} · {', '.join(s.key.principles)}",
        f"Codes: {', '.join(s.key.codes) or '(none)'}",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class StressSet:
    dev: list[tuple[str, str, bool | None]]  # (label, text, an expert's pass/fail) for the author to read
    held_back: int  # TEST rewrites: measured by benchmarks/analysis_quality.py, never shown to tune on


def stress_set(scenario_id: str, folder: Path) -> StressSet:
    """The item's stress-set rewrites in `folder` (tests/analysis/stress of a checkout, both
    authors' rounds): the DEV ones as trials, the TEST ones only counted."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dev: list[tuple[str, str, bool | None]] = []
    held_back = 0
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*/*.yaml")]):
        text = path.read_text(encoding="utf-8")
        if scenario_id not in text:
            continue
        round_name = f"{path.parent.name}, " if path.parent != folder else ""
        for e in yaml.load(text, Loader=loader) or []:
            if e.get("scenario") != scenario_id:
                continue
            if e.get("split") == "TEST":
                held_back += 1
            else:
                dev.append((f"stress rewrite ({round_name}{e.get('role', '?')})", e["text"], e.get("passes")))
    return StressSet(dev, held_back)


def trials(s: Scenario, stress: list[tuple[str, str, bool | None]]) -> list[Trial]:
    """The model answer, the draft and every stress-set rewrite, each through the rewrite feedback."""
    if s.rewrite is None:
        return []
    texts: list[tuple[str, str, bool | None]] = [("model answer", s.rewrite.key_answer, True)]
    if s.draft.text:
        texts.append(("the draft as it stands", s.draft.text, False if s.key.verdict != "ok" else None))
    texts += stress
    return [Trial(label, text, evaluate_rewrite(s, text), expected) for label, text, expected in texts]


def render_trial(t: Trial) -> str:
    verdict = "passes" if t.result.passed else "fails"
    flag = ""
    if t.expected_pass is not None and t.expected_pass != t.result.passed:
        flag = f"   ✗ DISAGREES with its label ({'pass' if t.expected_pass else 'fail'})"
    lines = [f"- {t.label}: {verdict}, score {t.result.score:.2f}{flag}", _wrap(t.text, "    │ ")]
    lines += [_wrap(f"· {f}", "      ") for f in t.result.feedback]
    return "\n".join(lines)
