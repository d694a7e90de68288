"""What a regular expression needs before it can match, read from its parse tree (`re._parser.parse`,
made once per expression by the caller).

Two facts make long texts cheap to search: the literals every match must contain (search only near
them, or not at all) and whether the expression starts with a fixed character (then a leading \\b can
be checked by hand without losing Python's fast scan for that character).
"""

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # typeshed describes re's parser only under its old public names, the same modules
    import sre_constants as _c
    import sre_parse as _parser
else:
    import re._constants as _c
    import re._parser as _parser

# An item's argument, by its opcode (typeshed types every argument as one union of these).
SubpatternArg = tuple[int | None, int, int, _parser.SubPattern]
BranchArg = tuple[None, list[_parser.SubPattern]]
RepeatArg = tuple[int, int, _parser.SubPattern]


def starts_with_a_letter(parsed: _parser.SubPattern) -> bool:
    """True if every way the regex can start is a fixed character, never a repeated class like [a-z]{1,25} or \\d{1,6}.

    Only then is dropping a leading \\b safe: "\\d{1,6}mg" tried at every digit of a 10,000-digit run would be
    quadratic, while "client" tried at every position costs nothing.
    """

    def first_is_fixed(pattern: _parser.SubPattern) -> bool:
        if not pattern.data:
            return False
        op, arg = pattern.data[0]
        if op is _c.LITERAL:
            return True
        if op is _c.SUBPATTERN:
            return first_is_fixed(cast(SubpatternArg, arg)[-1])
        if op is _c.BRANCH:
            return all(first_is_fixed(branch) for branch in cast(BranchArg, arg)[1])
        return op is _c.IN  # a single character class, not repeated: still one position

    return first_is_fixed(parsed)


MAX_NEEDS = 400  # more literals than this in one alternation, and it is not worth testing for them


Needs = tuple[frozenset[str], int]  # literals of which every match contains one, and how far into a match they start


def required_literals(parsed: _parser.SubPattern) -> list[Needs]:
    """Each set of strings of which every match must contain at least one, with how far into a match they can
    start; empty if the regex offers none worth testing.

    "client (?:told|said) (?:me|us)" needs "client " at offset 0 and one of " told ", " said " at most 7
    characters in: a text lacking either is not searched at all, and a long text is searched only near the
    set that occurs least in it.
    """

    def width(pattern: _parser.SubPattern, n: int) -> int:
        """How long a match of the first n items of `pattern` can be."""
        return _parser.SubPattern(parsed.state, pattern.data[:n]).getwidth()[1] if n else 0

    def seq(pattern: _parser.SubPattern) -> list[Needs]:
        options: list[Needs] = []
        for i, (op, arg) in enumerate(pattern.data):
            if op is not _c.LITERAL or i == 0 or pattern.data[i - 1][0] is not _c.LITERAL:
                options.append((_leading(pattern.data[i:]), width(pattern, i)))
            found = one(op, arg)
            if found:
                options.append((found[0], width(pattern, i) + found[1]))
        return [o for o in options if len(o[0]) <= MAX_NEEDS and all(_selective(lit) for lit in o[0])]

    def best(pattern: _parser.SubPattern) -> Needs | None:
        """Inside an alternation one set per branch: not one of everyday words if it can be helped, then the one
        whose shortest literal is longest."""
        return max(
            seq(pattern),
            key=lambda o: (not any(map(_everyday, o[0])), min(map(len, o[0])), -len(o[0]), -o[1]),
            default=None,
        )

    def one(op: int, arg: object) -> Needs | None:
        if op is _c.SUBPATTERN:
            return best(cast(SubpatternArg, arg)[-1])
        if op is _c.BRANCH:
            found = [best(branch) for branch in cast(BranchArg, arg)[1]]
            branches = [f for f in found if f is not None]
            if len(branches) < len(found):  # a branch without a literal: the alternation needs none
                return None
            return frozenset[str]().union(*(f[0] for f in branches)), max(f[1] for f in branches)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and cast(RepeatArg, arg)[0] >= 1:
            return best(cast(RepeatArg, arg)[2])
        return None

    try:
        return seq(parsed)
    except (re.error, OverflowError):
        return []


Item = tuple[object, object]  # an opcode and its argument


def _leading(items: Sequence[Item]) -> frozenset[str]:
    """Strings of which every match of `items` starts with one: "a(?:dderall|mbien)" starts with "adderall" or
    "ambien", where its parts alone offer only "dderall" or "mbien". {""} where nothing can be said."""
    if not items:
        return frozenset({""})
    op, arg = items[0]
    if op is _c.LITERAL:
        return frozenset(chr(cast(int, arg)) + rest for rest in _leading(items[1:]))
    if op is _c.SUBPATTERN:
        return _leading([*cast(SubpatternArg, arg)[-1].data, *items[1:]])
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in cast(BranchArg, arg)[1]:
            found |= _leading([*branch.data, *items[1:]])
            if len(found) > MAX_NEEDS:
                return frozenset({""})
        return frozenset(found)
    return frozenset({""})


def _selective(literal: str) -> bool:
    """Rare enough to be worth a substring test: three characters, or a symbol ("⭐", "f*", "@")."""
    return len(literal.strip()) >= 3 or any(not (c.isalpha() or c.isspace()) for c in literal)


_EVERYDAY = frozenset(
    "the a an and or but of to in on at for with from by about as into over through this that these those it its "
    "it's i i'm me my we our us you your you're he him his she her they them their there then when what who which "
    "one all can will would could should not no do don't is are was were be been have has had just like so if get "
    "out up more some any time day men".split()
)


def _everyday(literal: str) -> bool:
    """Made only of the commonest words ("the", " your ", "in the "): in most texts, so a poor set to test for."""
    words = literal.strip(" ,.!?").split()
    return bool(words) and all(w in _EVERYDAY for w in words)
