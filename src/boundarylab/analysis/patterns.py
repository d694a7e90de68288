"""The small toolkit checks are built from: a guarded regular expression and a few combinators.

Every expression runs over `Doc.norm` (lower case, straight quotes, slang expanded). Gaps are
bounded (`gap(40)`, `words(2)`) and no quantifier is nested inside another open-ended one, so
the time per text grows linearly with its length, whatever the learner pastes in.
"""

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, Protocol, TypedDict, Unpack, cast

import ahocorasick  # pyright: ignore[reportMissingTypeStubs]

from boundarylab.analysis.facts import LOOK_AROUND, Facts, facts_of, key, known_facts
from boundarylab.analysis.literals import Needs
from boundarylab.analysis.text import Doc, trie_regex

Span = tuple[int, int]
MAX_MATCHES = 200  # matches of one pattern examined per text
SHORT_TEXT = 1000  # below this length, searching the whole text beats working out where to search


class Finder(Protocol):
    """Spans in a text; the optional list limits where it looks (a check calls it with the text alone)."""

    def __call__(self, doc: Doc, limit: list[Span] | None = None, /) -> Iterable[Span]: ...


Accept = Callable[[Doc, re.Match[str]], bool]

# "No worries, add me!" is not a negation; "I never add clients" is. Nor is a disclaimer's own "not": in "general
# information, not individual advice: your girlfriend clearly has panic disorder" it negates only the advice.
NEGATION = (
    r"\bnot\b(?! (?:a |an )?(?:individual |medical |professional |clinical |personal |personali[sz]ed |"
    r"mental health )?(?:advice|therapy|a diagnosis|diagnosis|treatment)\s?(?:[,:;.)]|$))|"
    r"\b(?:never|cannot|nor|neither|no longer|nobody|no one|without|refuse to|won't ever)\b|n't\b|"
    r"\bno\b(?! (?:worries|problem|pressure|rush|judge?ment|matter|doubt|wonder|joke|kidding|need|"
    r"big deal)\b)"
)


# Only a negation right before the match vetoes it: the clause reaches across commas, and in "wanting to die isn't
# burnout anymore, that's depression talking" the "isn't" belongs to another statement.
NEGATED_JUST_BEFORE = r"(?:\bnot|\bnever|n't)\W{0,3}$"
_META = re.compile(r"[\\^$.|?*+()\[\]{}]")


def alt(*items: str) -> str:
    """An alternation; plain words go into a trie so each position tries a few branches, not all of them."""
    plain = [i for i in items if not _META.search(i)]
    rest = [i for i in items if _META.search(i)]
    if len(plain) < 8:
        return "(?:" + "|".join(items) + ")"
    return "(?:" + "|".join([trie_regex(plain)] + rest) + ")"


def gap(n: int) -> str:
    """Up to n characters within one sentence."""
    return r"[^.!?\n]{0,%d}" % n


def words(n: int) -> str:
    """Up to n whole words, each followed by a space."""
    return r"(?:[a-z0-9'\-]+ ){0,%d}" % n


_STOPS = ".!?;\n"
_TURNS = (" but ", " however", " though ", " although ", " yet ", " - ", " – ", " — ")  # a dash starts a new clause


def clause_before(text: str, start: int, window: int) -> str:
    """The part of the current clause that precedes `start`, at most `window` characters."""
    pre = text[max(0, start - window) : start]
    cut = max(pre.rfind(c) + 1 for c in _STOPS)
    for turn in _TURNS:
        i = pre.rfind(turn)
        if i >= 0:
            cut = max(cut, i + len(turn))
    return pre[cut:]


def clause_after(text: str, end: int, window: int) -> str:
    post = text[end : end + window]
    cut = min((i for i in (post.find(c) for c in _STOPS) if i >= 0), default=len(post))
    for turn in _TURNS:
        i = post.find(turn)
        if 0 <= i < cut:
            cut = i
    return post[:cut]


_PATTERNS: list["Pattern"] = []


@functools.cache
def _compiled(regex: str) -> re.Pattern[str]:
    """A guard compiled on first use, once however many expressions share it: most guards are never needed on a
    given text, and compiling them all cost most of the time of importing the checks."""
    return re.compile(regex)


def all_patterns() -> list["Pattern"]:
    """Every expression made so far (the catalogue's, once it is imported)."""
    return list(_PATTERNS)


class _Literals:
    """Every literal the expressions need, in one Aho-Corasick automaton: a single pass over a text finds all their
    occurrences, and so which expressions could match. Searching for three thousand literals one by one cost a
    quarter of the time on a long text; testing each expression's literals in turn, most of it on a short one."""

    def __init__(self, patterns: list["Pattern"]):
        self.size = len(patterns)
        self.needs = [len(p.facts.needs) for p in patterns]
        users: dict[str, list[tuple[int, int]]] = {}  # literal -> (expression, which of its sets)
        for i, pattern in enumerate(patterns):
            for j, (literals, _) in enumerate(pattern.facts.needs):
                for literal in literals:
                    users.setdefault(literal, []).append((i, j))
        self._automaton = cast(Any, ahocorasick).Automaton()
        for literal, needed_by in users.items():
            self._automaton.add_word(literal, (literal, len(literal), needed_by))
        self._automaton.make_automaton()

    def found_in(self, text: str) -> Iterable[tuple[int, tuple[str, int, list[tuple[int, int]]]]]:
        """(index of the last character, (literal, its length, the expressions and sets needing it)), by end."""
        return cast(Iterable[tuple[int, tuple[str, int, list[tuple[int, int]]]]], self._automaton.iter(text))


@functools.cache
def _literals(size: int) -> _Literals:
    """Made on first use, and again if expressions are made after that (`size` of them)."""
    return _Literals(_PATTERNS[:size])


class _Scan:
    """What one pass of the automaton found in a text."""

    def __init__(self, index: _Literals, text: str):
        self.size = index.size
        self.spans: dict[str, list[Span]] = {}
        satisfied: set[tuple[int, int]] = set()
        for end, (literal, length, needed_by) in index.found_in(text):
            at = self.spans.get(literal)
            if at is None:
                at = self.spans[literal] = []
                satisfied.update(needed_by)
            if len(at) <= MAX_MATCHES:
                at.append((end + 1 - length, end + 1))
        count = [0] * index.size
        for i, _ in satisfied:
            count[i] += 1
        self.possible = frozenset(i for i, n in enumerate(count) if n == index.needs[i])


def _scan(doc: Doc) -> _Scan:
    found = cast(_Scan | None, doc.cache.get("literals"))
    if found is None or found.size != len(_PATTERNS):
        found = doc.cache["literals"] = _Scan(_literals(len(_PATTERNS)), doc.norm)
    return found


class Pattern:
    """A regular expression whose matches are vetoed by what comes just before or after.

    `unless` is searched in the clause before the match (negation by default: "I never accept
    friend requests" is not an invitation); `unless_after` in the clause after it; `accept` is
    any further test. A named group `hit` narrows the reported span.
    """

    def __init__(
        self,
        regex: str,
        *,
        unless: str | None = NEGATION,
        unless_after: str | None = None,
        window: int = 60,
        accept: Accept | None = None,
    ):
        self.regex = regex
        self.unless = unless
        self.unless_after = unless_after
        self.window = window
        self.accept = accept

        self.hit = "(?P<hit>" in regex
        self.number = len(_PATTERNS)
        _PATTERNS.append(self)
        known = known_facts().get(key(regex))
        if known is not None:
            self.facts = Facts.from_json(known)

    @functools.cached_property
    def facts(self) -> Facts:
        """Read from pattern_facts.json when the expression is made; worked out here if it is not there."""
        return facts_of(self.regex)

    @functools.cached_property
    def rx(self) -> re.Pattern[str]:
        """Compiled on first use: most expressions are skipped on most texts for want of their literals."""
        # A leading \b stops Python's regex engine from skipping ahead to its first literal (a 50-fold cost on
        # long texts), so it is checked by hand instead, as "not preceded by a word character".
        # Either way the leading \b means "not inside a word", so "@user" at the very start still matches.
        if self.facts.word_start:
            return re.compile(self.regex[2:])
        if self.regex.startswith(r"\b"):
            return re.compile(r"(?<!\w)" + self.regex[2:])
        return re.compile(self.regex)

    def __call__(self, doc: Doc, within: list[tuple[int, int]] | None = None) -> Iterable[Span]:
        if self.facts.needs and self.number not in _scan(doc).possible:
            return ()  # the common case, so no generator is made for it
        return self._spans(doc, within)

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Stretches of text around the literals every match needs.

        Every match contains one literal of each of the `needs` sets, starts at most `lead` characters before it
        and is at most `reach` long, so it lies near an occurrence of the set found least in this text; on a long
        text with few occurrences that is a small part of it.
        """
        text, facts = doc.norm, self.facts
        whole = [(0, len(text))]
        if not facts.needs or facts.reach is None or len(text) <= SHORT_TEXT:
            return whole
        found = _scan(doc).spans

        def count(needs: Needs) -> int:
            return sum(len(found.get(literal, ())) for literal in needs[0])

        literals, lead = min(facts.needs, key=count)
        spans = sorted(span for literal in literals for span in found.get(literal, ()))
        if len(spans) > MAX_MATCHES:
            return whole
        windows: list[list[int]] = []
        for a, b in spans:
            lo, hi = max(0, a - lead - LOOK_AROUND), min(len(text), b + facts.reach)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        return [(a, b) for a, b in windows]

    def _matches(self, doc: Doc, within: list[tuple[int, int]] | None = None) -> Iterator[re.Match[str]]:
        """Matches in order, at most MAX_MATCHES of them: a text repeating one phrase a thousand times is
        judged on its first few hundred, which keeps the worst case linear and small."""
        windows = self._windows(doc)
        if within is not None:
            windows = _intersect(windows, within)
        text, search, seen = doc.norm, self.rx.search, 0
        for lo, hi in windows:
            pos = lo
            while seen < MAX_MATCHES and (m := search(text, pos, hi)) is not None:
                s = m.start()
                seen += 1
                pos = m.end() if m.end() > s else s + 1
                if self.facts.word_start and s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                    pos = s + 1
                    continue
                yield m

    def _spans(self, doc: Doc, within: list[tuple[int, int]] | None) -> Iterator[Span]:
        text, hit = doc.norm, self.hit
        for m in self._matches(doc, within):
            start, end = m.span("hit") if hit and m.group("hit") is not None else m.span()
            if end <= start:
                continue
            if self.unless and _compiled(self.unless).search(clause_before(text, m.start(), self.window)):
                continue
            if self.unless_after and _compiled(self.unless_after).search(clause_after(text, m.end(), self.window)):
                continue
            if self.accept and not self.accept(doc, m):
                continue
            yield start, end


class AnyOf:
    """Every span any of `finders` finds; keeps the parts so a failing example can be traced to one."""

    def __init__(self, *finders: Finder):
        self.finders = finders

    def __call__(self, doc: Doc, within: list[tuple[int, int]] | None = None) -> Iterator[Span]:
        return chain.from_iterable(f(doc, within) for f in self.finders)


class Guards(TypedDict, total=False):
    """`Pattern`'s keyword arguments, which `Anchored` passes on."""

    unless: str | None
    unless_after: str | None
    window: int
    accept: Accept | None


class Anchored(Pattern):
    """A pattern found by its rare end ("…ADHD") and confirmed by what precedes it ("if you … you probably have").

    Scanning for the anchor is cheap; the `before` expression, which must end where the anchor starts, only
    runs on the `lookback` characters in front of each anchor found.
    """

    def __init__(self, before: str, anchor: str, *, lookback: int = 160, **guards: Unpack[Guards]):
        super().__init__(anchor, **guards)
        self.before = "(?:" + before + ")$"
        self.lookback = lookback

    def _spans(self, doc: Doc, within: list[tuple[int, int]] | None) -> Iterator[Span]:
        text = doc.norm
        for m in self._matches(doc, within):
            b = _compiled(self.before).search(text, max(0, m.start() - self.lookback), m.start())
            if b is None:
                continue
            if self.unless and _compiled(self.unless).search(clause_before(text, b.start(), self.window)):
                continue
            if self.unless_after and _compiled(self.unless_after).search(clause_after(text, m.end(), self.window)):
                continue
            if self.accept and not self.accept(doc, m):
                continue
            yield b.start(), m.end()


def any_of(*finders: Finder) -> Finder:
    return AnyOf(*finders)


def cached(finder: Finder, doc: Doc) -> list[Span]:
    """`finder`'s spans in `doc`, computed once per text however many checks ask."""
    key = id(finder)
    if key not in doc.cache:
        doc.cache[key] = sorted(finder(doc, None))
    return cast(list[Span], doc.cache[key])


def _intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def when(finder: Finder, context: Finder, within: int = 400) -> Finder:
    """`finder`'s spans that lie within `within` characters of something `context` finds.

    `finder` is only run on those stretches of the text, so a long text that mentions a client once
    is searched for identifying details around that mention, not throughout.
    """

    def find(doc: Doc, limit: list[tuple[int, int]] | None = None) -> Iterator[Span]:
        anchors = cached(context, doc)
        if not anchors:
            return
        windows: list[list[int]] = []
        for a, b in anchors:
            lo, hi = max(0, a - within), min(len(doc.norm), b + within)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        spans = [(a, b) for a, b in windows]
        yield from finder(doc, spans if limit is None else _intersect(spans, limit))

    return find


SENTENCE_REACH = 300  # a "sentence" with no full stop is read in blocks of this size around the match


def _sentence_window(doc: Doc, m: re.Match[str]) -> tuple[int, int]:
    """The match's sentence; in a run-on "sentence", fixed blocks around the match (so results can be shared)."""
    start, end = doc.sentence(m.start())
    if end - start <= 3 * SENTENCE_REACH:
        return start, end
    block = m.start() // SENTENCE_REACH * SENTENCE_REACH
    return max(start, block - SENTENCE_REACH), min(end, block + 2 * SENTENCE_REACH)


def _search_sentence(regex: str, doc: Doc, m: re.Match[str]) -> bool:
    window = _sentence_window(doc, m)
    key = (regex, window)
    if key not in doc.cache:
        doc.cache[key] = _compiled(regex).search(doc.norm, *window) is not None
    return cast(bool, doc.cache[key])


def in_sentence(regex: str) -> Accept:
    """Accept a match only if its sentence also contains `regex`."""
    return lambda doc, m: _search_sentence(regex, doc, m)


def not_in_sentence(regex: str) -> Accept:
    return lambda doc, m: not _search_sentence(regex, doc, m)


def in_text(regex: str) -> Accept:
    """Accept a match only if the whole text contains `regex` (looked up once per text)."""

    def accept(doc: Doc, m: re.Match[str]) -> bool:
        key = ("in_text", regex)
        if key not in doc.cache:
            doc.cache[key] = _compiled(regex).search(doc.norm) is not None
        return cast(bool, doc.cache[key])

    return accept


def not_in_text(regex: str) -> Accept:
    inside = in_text(regex)
    return lambda doc, m: not inside(doc, m)


def in_window(regex: str, before: int = 120, after: int = 40) -> Accept:
    """Accept a match only if `regex` occurs near it, across a sentence break ("that chef… textbook BPD")."""
    return lambda doc, m: _compiled(regex).search(doc.norm, max(0, m.start() - before), m.end() + after) is not None


def not_in_window(regex: str, before: int = 120, after: int = 40) -> Accept:
    near = in_window(regex, before, after)
    return lambda doc, m: not near(doc, m)


def all_of(*accepts: Accept) -> Accept:
    return lambda doc, m: all(a(doc, m) for a in accepts)


def quoted(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a word written as a word to talk about ('crazy', "committed suicide"), or inside words
    quoted to be corrected ("He's such a psycho." Words like these stick)?"""
    if s > 0 and text[s - 1] in "'\"" and e < len(text) and text[e] in "'\"":
        return True
    line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    return text.count('"', line_start, s) % 2 == 1 and '"' in text[e:line_end]


def not_quoted(doc: Doc, m: re.Match[str]) -> bool:
    return not quoted(doc.norm, m.start(), m.end())
