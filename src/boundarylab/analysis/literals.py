"""What a regular expression needs before it can match, read from its parse tree.

Two facts make long texts cheap to search: the literals every match must contain (search only near
them, or not at all) and whether the expression starts with a fixed character (then a leading \\b can
be checked by hand without losing Python's fast scan for that character).
"""

import re
import re._constants as _c
import re._parser as _parser



def starts_with_a_letter(regex: str) -> bool:
    """True if every way the regex can start is a fixed character, never a repeated class like [a-z]{1,25} or \\d{1,6}.

    Only then is dropping a leading \\b safe: "\\d{1,6}mg" tried at every digit of a 10,000-digit run would be
    quadratic, while "client" tried at every position costs nothing.
    """

    def first_is_fixed(items) -> bool:
        if not items:
            return False
        op, arg = items[0]
        if op is _c.LITERAL:
            return True
        if op is _c.SUBPATTERN:
            return first_is_fixed(list(arg[-1]))
        if op is _c.BRANCH:
            return all(first_is_fixed(list(branch)) for branch in arg[1])
        if op is _c.IN:  # a single character class, not repeated: still one position
            return True
        return False

    try:
        return first_is_fixed(list(_parser.parse(regex)))
    except re.error:
        return False


MAX_NEEDS = 40  # a pattern is pre-checked with substring tests only if a few literals cover it


def required_literals(regex: str) -> frozenset[str] | None:
    """Strings of which every match must contain at least one, or None if the regex offers none worth testing.

    "client (?:told|said)" needs "client "; "(?:leave|drop) a review" needs "review" or one of the verbs. A
    substring test for them is far cheaper than running the regex over a long text that has none of them.
    """

    def seq(items) -> frozenset | None:
        options, run = [], ""
        for op, arg in items:
            if op is _c.LITERAL:
                run += chr(arg)
                continue
            if run:
                options.append(frozenset({run}))
                run = ""
            found = one(op, arg)
            if found:
                options.append(found)
        if run:
            options.append(frozenset({run}))
        options = [o for o in options if len(o) <= MAX_NEEDS]
        return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)

    def one(op, arg) -> frozenset | None:
        if op is _c.SUBPATTERN:
            return seq(list(arg[-1]))
        if op is _c.BRANCH:
            sets = [seq(list(branch)) for branch in arg[1]]
            return None if any(x is None for x in sets) else frozenset().union(*sets)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            return seq(list(arg[2]))
        return None

    try:
        found = seq(list(_parser.parse(regex)))
    except re.error:
        return None
    return found if found and all(_selective(lit) for lit in found) else None


def _selective(literal: str) -> bool:
    """Rare enough to be worth a substring test: three characters, or a symbol ("⭐", "f*", "@")."""
    return len(literal.strip()) >= 3 or any(not (c.isalpha() or c.isspace()) for c in literal)
