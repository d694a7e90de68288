"""Facilitator's notes per module, as Markdown: what to stress, where learners go wrong, how long
each part takes, and the discussion prompts for every card. Plain data in, text out."""

from boundarylab import vocab
from boundarylab.bank.loader import Bank
from boundarylab.ce.hours import format_minutes, module_minutes
from boundarylab.workshop.agenda import DISCUSSION_MINUTES, card_minutes

HARD_SHARE = 0.3  # a card a third of the room got wrong on the first try is worth the discussion time


def _timing(bank: Bank, module: str, room: set, self_paced: dict) -> list[str]:
    mm = module_minutes(bank, module)
    cards = [s for s in bank.in_module(module) if s.id in room]
    lines = [
        f"- Planned minutes (the same figure as the course's hours): {format_minutes(mm.minutes)} ({mm.basis}).",
        f"- Teaching: {format_minutes(mm.teaching_minutes)} min.",
    ]
    if cards:
        lines.append(
            f"- In the room: {len(cards)} card(s), {sum(card_minutes(bank, s) for s in cards)} min, "
            f"then {DISCUSSION_MINUTES} min of discussion each."
        )
    rest, minutes = self_paced.get(module, ((), 0))
    if minutes:
        lines.append(
            f"- Self-paced before or after the session: {len(rest)} card(s) and the rest of the "
            f"module's exercises, {minutes} min."
        )
    return lines


def _stumbles(bank: Bank, module: str, first_tries) -> list[str]:
    lines = []
    for s in bank.in_module(module):
        traps = [c for c in s.choices if not c.correct]
        share = first_tries.wrong_share(s) if first_tries else None
        if share is not None and share >= HARD_SHARE:
            wrong = first_tries.verdicts[s.id].most_common()
            picks = ", ".join(f"{v} {n}" for v, n in wrong if v != s.key.verdict)
            lines.append(
                f"- **{s.title}** ({s.id}): {share:.0%} of {sum(first_tries.verdicts[s.id].values())} "
                f"learners missed the verdict on the first try ({picks}; the answer is "
                f"'{s.key.verdict}')."
            )
        for c in traps:
            lines.append(f"- **{s.title}** ({s.id}), tempting step: “{c.text}” {c.feedback}")
    return lines or ["- No best-step distractors in this module: ask the room for the verdict first, then why."]


def module_notes(bank: Bank, module: str, room: set, self_paced: dict, first_tries=None) -> str:
    m = bank.modules[module]
    out = [
        f"# {m.title}",
        "",
        "## How long each part takes",
        *_timing(bank, module, room, self_paced),
        "",
        "## What to stress",
        *[f"- {k}" for k in m.keypoints],
        "",
        "Learners should leave able to:",
        *[f"- {o}" for o in m.objectives],
        "",
        "## Where learners go wrong",
    ]
    if first_tries and first_tries.learners:
        out.append(
            f"First tries from {first_tries.learners} learners' progress records, hardest cards first, "
            "then the best-step distractors."
        )
    out += [*_stumbles(bank, module, first_tries), "", "## Cards and discussion prompts"]
    for s in bank.in_module(module):
        where = "in the room" if s.id in room else "self-paced"
        out += [
            "",
            f"### {s.title} ({s.id}, {where}, {card_minutes(bank, s)} min)",
            f"Answer: **{s.key.verdict}** ({vocab.VERDICTS[s.key.verdict]}). {s.key.rationale.strip()}",
            "",
            *[f"- {q}" for q in s.discussion],
        ]
    return "\n".join(out) + "\n"
