"""The normalised view of a text that every check reads, with a map back to the original.

Learners and the posts they rewrite write like people do online: curly quotes, CAPS, emoji,
#HashTags, @handles, "u", "ur", "pls", "2nite", "cleint". Checks are written once against a
plain lower-case form; spans found there are mapped back, so a highlight always covers the
learner's own characters.
"""

import re
from bisect import bisect_right
from collections.abc import Hashable, Iterable
from functools import cached_property

# One character for one character: these never change offsets.
_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\uff03": "#",
        "\uff20": "@",
    }
)

# Slang, text-speak and frequent typos, as whole words (case is ignored).
SLANG = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "ur": "your",
    "youre": "you're",
    "yr": "your",
    "r u": "are you",
    "c u": "see you",
    "cu": "see you",
    "cya": "see you",
    "c ya": "see you",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "tnx": "thanks",
    "ty": "thank you",
    "tysm": "thank you so much",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "b4": "before",
    "gr8": "great",
    "l8r": "later",
    "nite": "night",
    "wk": "week",
    "wks": "weeks",
    "hrs": "hours",
    "mins": "minutes",
    "bc": "because",
    "b/c": "because",
    "bcuz": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "w/": "with",
    "w/o": "without",
    "abt": "about",
    "ppl": "people",
    "rn": "right now",
    "tho": "though",
    "thru": "through",
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "pm me": "dm me",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "kinda": "kind of",
    "sorta": "sort of",
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "havent": "haven't",
    "youve": "you've",
    "youll": "you'll",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "hes": "he's",
    "shes": "she's",
    "yall": "you all",
    "y'all": "you all",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "bday": "birthday",
    "appt": "appointment",
    "appts": "appointments",
    "convo": "conversation",
    "sesh": "session",
    "seshes": "sessions",
    "insta": "instagram",
    "ig": "instagram",
    "fb": "facebook",
    "omg": "oh my god",
    "omfg": "oh my fucking god",
    "wtf": "what the fuck",
    "stfu": "shut the fuck up",
    "ffs": "for fuck's sake",
    "af": "as fuck",
    "tbh": "to be honest",
    "ngl": "not going to lie",
    "idk": "i don't know",
    "imo": "in my opinion",
    "imho": "in my opinion",
    "irl": "in real life",
    "cleint": "client",
    "clinet": "client",
    "cliant": "client",
    "cleints": "clients",
    "clinets": "clients",
    "theraphy": "therapy",
    "therapie": "therapy",
    "therpy": "therapy",
    "thearpy": "therapy",
    "therapsit": "therapist",
    "theripist": "therapist",
    "therpist": "therapist",
    "sesion": "session",
    "sessoin": "session",
    "sesions": "sessions",
    "narcisist": "narcissist",
    "narcissit": "narcissist",
    "narcisissist": "narcissist",
    "narcisistic": "narcissistic",
    "psycopath": "psychopath",
    "phsycopath": "psychopath",
    "sociopat": "sociopath",
    "bipoler": "bipolar",
    "perscription": "prescription",
    "medicaton": "medication",
    "reccomend": "recommend",
    "recomend": "recommend",
    "freind": "friend",
    "freinds": "friends",
    "reveiw": "review",
    "reivew": "review",
    "reveiws": "reviews",
    "reviw": "review",
    "testimonal": "testimonial",
    "testimonals": "testimonials",
    "availible": "available",
    "avaliable": "available",
    "definately": "definitely",
    "definatly": "definitely",
    "becuase": "because",
    "becasue": "because",
    "alot": "a lot",
    "teh": "the",
    "recieve": "receive",
    "emergancy": "emergency",
    "suicidle": "suicidal",
    "sucide": "suicide",
}


Trie = dict[str, "Trie"]  # a character to the trie of what may follow it; "" marks where a word ends


def trie_regex(words: Iterable[str]) -> str:
    """One alternation for many literal words, shaped as a trie so each position tries a few branches, not all."""
    trie: Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Trie) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return ("(?:" + body + ")?") if "" in node else body

    return build(trie)


_SPACES = "\t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SCAN = re.compile(
    r"(?P<handle>(?<![\w@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]|(?<![\w@])@[A-Za-z0-9_])|"
    r"(?P<tag>(?<![\w#])#[A-Za-z0-9_]+)|(?P<slang>(?<![\w'/])"
    + trie_regex(SLANG)
    + r"(?![\w'])(?!/\w))|(?P<nl>[ "
    + _SPACES
    + r"]*\n[\s]*)|(?P<ws>["
    + _SPACES
    + r"][ "
    + _SPACES
    + r"]*|  +)|(?P<ellipsis>\u2026)|(?P<invisible>[\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f\u00ad])|"
    r"(?P<repeat>(?P<letter>[a-z])(?P=letter){2,})",
)
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_BOUNDARY = re.compile(r"[.!?\n]+")


def _lower(s: str) -> str:
    """Lower case, one character for one character ("İ" lowers to two, so it stays as it is)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def _replacement(m: re.Match[str], cased: str) -> str:
    kind = m.lastgroup
    if kind == "handle":
        return "@user"
    if kind == "tag":  # split on the original capitals: "#ClientWins" is "#client wins"
        return "#" + " ".join(w.lower() for w in _CAMEL.findall(cased[m.start() + 1 : m.end()]))
    if kind == "slang":
        return SLANG.get(re.sub(r"\s+", " ", m.group()), m.group())
    if kind == "nl":
        return "\n"
    if kind == "ws":
        return " "
    if kind == "ellipsis":
        return "..."
    if kind == "invisible":
        return ""
    return m.group()[0].lower()  # a letter repeated for emphasis: "sooooo" is "so"


class Doc:
    """A text and its normalised form (`norm`), with spans mapped between the two."""

    def __init__(self, original: str):
        self.original = original
        cased = original.translate(_SAME_LENGTH)
        plain = _lower(cased)  # same length as the original: scanning it needs no case-insensitive matching
        parts: list[str] = []
        norm_starts: list[int] = []
        orig_starts: list[int] = []
        replaced: list[bool] = []
        n = pos = 0
        for m in _SCAN.finditer(plain):
            if m.start() > pos:
                chunk = plain[pos : m.start()]
                parts.append(chunk)
                norm_starts.append(n)
                orig_starts.append(pos)
                replaced.append(False)
                n += len(chunk)
            new = _replacement(m, cased)
            # Same length ("#ADHD" to "#adhd", "cleint" to "client"): map character by character.
            norm_starts.append(n)
            orig_starts.append(m.start())
            replaced.append(len(new) != len(m.group()))
            parts.append(new)
            n += len(new)
            pos = m.end()
        if pos < len(plain):
            chunk = plain[pos:]
            parts.append(chunk)
            norm_starts.append(n)
            orig_starts.append(pos)
            replaced.append(False)
            n += len(chunk)
        self.norm = "".join(parts)
        self._norm_starts, self._orig_starts, self._replaced = norm_starts, orig_starts, replaced
        self._orig_ends = orig_starts[1:] + [len(original)]
        # Per-text results shared between checks (e.g. "is this text about a client?"); each reader casts its own.
        self.cache: dict[Hashable, object] = {}

    def _segment(self, i: int) -> int:
        return max(0, bisect_right(self._norm_starts, i) - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span [start, end); never empty for a non-empty one."""
        if not self._norm_starts:
            return 0, 0
        a = self._segment(start)
        b = self._segment(max(start, end - 1))
        o_start = self._orig_starts[a] if self._replaced[a] else self._orig_starts[a] + start - self._norm_starts[a]
        if self._replaced[b]:
            o_end = self._orig_ends[b]
        else:
            o_end = self._orig_starts[b] + max(start, end - 1) - self._norm_starts[b] + 1
        o_start = min(o_start, len(self.original))
        o_end = min(max(o_end, o_start), len(self.original))
        if o_end == o_start and o_start < len(self.original):
            o_end = o_start + 1
        return o_start, o_end

    def original_char(self, i: int) -> str:
        """The original character at normalised offset i (for case: "Sarah" versus "sarah")."""
        start, _ = self.span(i, i + 1)
        return self.original[start : start + 1]

    @cached_property
    def _boundaries(self) -> list[int]:
        return [m.end() for m in _BOUNDARY.finditer(self.norm)]

    def sentence(self, i: int) -> tuple[int, int]:
        """The normalised span of the sentence around offset i."""
        k = bisect_right(self._boundaries, i)
        start = self._boundaries[k - 1] if k else 0
        end = self._boundaries[k] if k < len(self._boundaries) else len(self.norm)
        return start, end

    @cached_property
    def words(self) -> list[str]:
        return re.findall(r"[a-z0-9']+", self.norm)
