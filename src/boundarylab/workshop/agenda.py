"""Timed agendas for a live workshop, planned from the same minutes as the course's hours.

A module's planned minutes (`ce.hours.module_minutes`) are its lesson plus every card at the
course.yml rates: 610 minutes for the whole bank, more than a day in the room. So each module's
lesson is taught in the room, the room works as many of its cards together as the format allows
(each followed by a few minutes of discussion), and the rest of its cards are self-paced work
before or after, at the same rates. Room minutes plus self-paced minutes always equal the
module's planned minutes, so the kit and the hours calculation can never disagree.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from boundarylab.bank.loader import Bank
from boundarylab.ce.hours import item_types, module_minutes, rates
from boundarylab.forms import POST_TEST_MODULE

WELCOME_MODULE = "orientation"  # taught as the welcome: how the course, CE and privacy work
DISCUSSION_MINUTES = 4  # per card worked in the room: the split, two or three voices, the answer
CLOSING_MINUTES = 10  # the course evaluation, then certificates (the evaluation comes first)
ROOM_SHARE = 25  # minutes of cards and discussion a module is expected to get, for splitting sessions


@dataclass(frozen=True)
class Format:
    name: str
    sessions: tuple[tuple[str, int], ...]  # (start "HH:MM", length in minutes) per session
    breaks: tuple[tuple[str, int], ...]  # per session, in order: (label, minutes); spread through it


ONE_DAY = Format("one-day workshop", (("09:00", 450),), (("Break", 15), ("Lunch", 45), ("Break", 15)))
THREE_SESSIONS = Format("three 2.5-hour sessions", (("09:00", 150),) * 3, (("Break", 10),))
FORMATS = {"one-day": ONE_DAY, "three-sessions": THREE_SESSIONS}


@dataclass(frozen=True)
class Block:
    start: str  # "HH:MM"
    minutes: int
    kind: str  # welcome | teach | cards | discussion | break | post-test | closing
    title: str
    module: str = ""
    cards: tuple[str, ...] = ()  # scenario ids worked in the room


@dataclass(frozen=True)
class Session:
    number: int
    blocks: tuple[Block, ...]

    @property
    def minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)

    @property
    def end(self) -> str:
        return _clock(self.blocks[0].start, self.minutes)


@dataclass(frozen=True)
class Agenda:
    format: str
    sessions: tuple[Session, ...]
    self_paced: dict = field(default_factory=dict)  # module id -> (scenario ids, minutes) worked outside the room

    @property
    def contact_minutes(self) -> int:
        return sum(b.minutes for s in self.sessions for b in s.blocks if b.kind != "break")


def card_minutes(bank: Bank, scenario) -> int:
    """A card's minutes at the course.yml rates: the same per-item figures module_minutes adds up."""
    per_item = rates(bank)
    return sum(per_item[kind] for kind in item_types(scenario))


def _clock(start: str, minutes: int) -> str:
    return (datetime.strptime(start, "%H:%M") + timedelta(minutes=minutes)).strftime("%H:%M")


def _split(modules: list[str], weights: dict, parts: int) -> list[list[str]]:
    """Consecutive groups of modules with room minutes as even as the order allows; the welcome
    and the post-test count towards the first and last group but are not returned."""
    groups, target, total = [[] for _ in range(parts)], sum(weights.values()) / parts, 0.0
    for m in modules:
        index = min(int((total + weights[m] / 2) // target) if target else 0, parts - 1)
        groups[index].append(m)
        total += weights[m]
    return [[m for m in g if m not in (WELCOME_MODULE, POST_TEST_MODULE)] for g in groups]


def _room_cards(bank: Bank, modules: list[str], budget: int) -> dict[str, list]:
    """Cards worked in the room: round-robin over the modules, hardest first within a module,
    while the session's budget lasts; every module gets at least one card."""
    queues = {m: sorted(bank.in_module(m), key=lambda s: -s.difficulty) for m in modules}
    chosen = {m: [] for m in modules}
    while any(queues.values()):
        progressed = False
        for m in modules:
            if not queues[m]:
                continue
            cost = card_minutes(bank, queues[m][0]) + DISCUSSION_MINUTES
            if cost > budget and chosen[m]:
                queues[m] = []
                continue
            chosen[m].append(queues[m].pop(0))
            budget -= cost
            progressed = True
        if not progressed:
            break
    return chosen


def _module_blocks(bank: Bank, module: str, cards: list) -> list[tuple]:
    mm = module_minutes(bank, module)
    title = bank.modules[module].title
    out = [("teach", math.ceil(mm.teaching_minutes), f"Teach: {title}", module, ())]
    if cards:
        ids = tuple(s.id for s in cards)
        out.append(
            ("cards", sum(card_minutes(bank, s) for s in cards), f"Cards in the room ({len(cards)})", module, ids)
        )
        out.append(
            (
                "discussion",
                DISCUSSION_MINUTES * len(cards),
                "Discussion: the room's split, then the answer",
                module,
                ids,
            )
        )
    return out


def _fixed_blocks(bank: Bank, modules: list[str], first: bool, last: bool) -> tuple[list, list]:
    head = []
    if first and WELCOME_MODULE in bank.modules:
        head.append(
            (
                "welcome",
                math.ceil(module_minutes(bank, WELCOME_MODULE).minutes),
                "Welcome: how the course, CE credit and the privacy of answers work",
                WELCOME_MODULE,
                (),
            )
        )
    tail = []
    if last:
        tail.append(
            (
                "post-test",
                math.ceil(module_minutes(bank, POST_TEST_MODULE).minutes),
                "Post-test (one form, graded with nbgrader)",
                POST_TEST_MODULE,
                (),
            )
        )
        tail.append(("closing", CLOSING_MINUTES, "Course evaluation, then certificates", "", ()))
    return head, tail


def _with_breaks(rows: list[tuple], breaks) -> list[tuple]:
    """Put each break at the block boundary nearest its even share of the session's teaching time."""
    total = sum(r[1] for r in rows)
    marks = [total * (i + 1) / (len(breaks) + 1) for i in range(len(breaks))]
    ends, t = {}, 0
    for i, r in enumerate(rows[:-1]):
        t += r[1]
        if r[0] in ("welcome", "discussion") or rows[i + 1][0] == "post-test":  # never inside a module
            ends[i] = t
    out, pending = list(rows), []
    for (label, minutes), mark in zip(breaks, marks, strict=False):
        cut = min(ends, key=lambda i: abs(ends[i] - mark)) if ends else 0
        pending.append((cut, (("break", minutes, label, "", ()))))
    for cut, row in sorted(pending, key=lambda p: -p[0]):
        out.insert(cut + 1, row)
    return out


def plan(bank: Bank, fmt: Format) -> Agenda:
    weights = {m: module_minutes(bank, m).teaching_minutes + ROOM_SHARE for m in bank.course.modules}
    for fixed in (WELCOME_MODULE, POST_TEST_MODULE):
        weights[fixed] = module_minutes(bank, fixed).minutes
    groups = _split(list(bank.course.modules), weights, len(fmt.sessions))
    break_minutes = sum(minutes for _, minutes in fmt.breaks)
    sessions, self_paced = [], {}
    for n, ((start, length), modules) in enumerate(zip(fmt.sessions, groups, strict=False)):
        head, tail = _fixed_blocks(bank, modules, n == 0, n == len(fmt.sessions) - 1)
        fixed = sum(r[1] for r in head + tail) + break_minutes
        fixed += sum(math.ceil(module_minutes(bank, m).teaching_minutes) for m in modules)
        chosen = _room_cards(bank, modules, length - fixed)
        rows = head + [row for m in modules for row in _module_blocks(bank, m, chosen[m])] + tail
        blocks, clock = [], start
        for kind, minutes, title, module, cards in _with_breaks(rows, fmt.breaks):
            blocks.append(Block(clock, minutes, kind, title, module, cards))
            clock = _clock(clock, minutes)
        sessions.append(Session(n + 1, tuple(blocks)))
        for m in modules:
            rest = [s for s in bank.in_module(m) if s not in chosen[m]]
            self_paced[m] = (
                tuple(s.id for s in rest),
                module_minutes(bank, m).exercise_minutes - sum(card_minutes(bank, s) for s in chosen[m]),
            )
    return Agenda(fmt.name, tuple(sessions), self_paced)
