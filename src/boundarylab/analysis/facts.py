"""What each check expression needs before it can match, worked out from its parse tree once, when the
catalogue changes, and shipped in `pattern_facts.json`.

With the facts at hand a text is first tested for the literals the expressions need, and an expression
whose literals are all absent is neither compiled nor run: `boundarylab try` and a grading run pay for
the few hundred expressions only when a text could match them. An expression missing from the file
(an author's new check before the file is rewritten) has its facts worked out when first used, so the
file only ever saves time; a test keeps it complete and right.

    python -m boundarylab.analysis.write_facts    # rewrite the file after changing a check
"""

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from boundarylab.analysis.literals import Needs, required_literals, starts_with_a_letter

if TYPE_CHECKING:  # typeshed describes re's parser only under its old public name, the same module
    import sre_parse as _parser
else:
    import re._parser as _parser

FACTS_FILE = Path(__file__).with_name("pattern_facts.json")
MAX_REACH = 600  # a pattern that can match no more than this many characters is searched near its literals only
LOOK_AROUND = 80  # room for look-behinds and look-aheads at the edge of such a window

# Facts as pattern_facts.json holds them: [word_start, [[literals, lead], ...], reach]
FactsRow = list[bool | list[list[list[str] | int]] | int | None]


@dataclass(frozen=True)
class Facts:
    word_start: bool  # a leading \b can be dropped and checked by hand (the expression starts with a letter)
    needs: tuple[Needs, ...]  # every match contains one literal of each set, at most `lead` characters in
    reach: int | None  # how far a match can reach from them; None if too far to be worth windows

    def to_json(self) -> FactsRow:
        return [self.word_start, [[sorted(literals), lead] for literals, lead in self.needs], self.reach]

    @classmethod
    def from_json(cls, row: FactsRow) -> "Facts":
        word_start, needs, reach = cast(tuple[bool, list[tuple[list[str], int]], int | None], row)
        return cls(word_start, tuple((frozenset(literals), lead) for literals, lead in needs), reach)


def facts_of(regex: str) -> Facts:
    bounded = regex.startswith(r"\b")
    parsed = _parser.parse(regex[2:] if bounded else regex)  # a leading \b or (?<!\w) has no width
    widest = parsed.getwidth()[1]
    return Facts(
        bounded and starts_with_a_letter(parsed),
        tuple(required_literals(parsed)),
        widest + LOOK_AROUND if widest <= MAX_REACH else None,
    )


def key(regex: str) -> str:
    return hashlib.sha1(regex.encode(), usedforsecurity=False).hexdigest()[:20]


@cache
def known_facts() -> dict[str, FactsRow]:
    try:
        return json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # worked out as expressions are used: slower, never wrong


def catalogue_facts() -> dict[str, FactsRow]:
    """The facts of every expression in the check catalogue, worked out afresh."""
    # Importing the package builds the catalogue, which registers its expressions.
    import boundarylab.analysis  # noqa: F401  # pyright: ignore[reportUnusedImport]
    from boundarylab.analysis.patterns import all_patterns

    return {key(p.regex): facts_of(p.regex).to_json() for p in all_patterns()}
