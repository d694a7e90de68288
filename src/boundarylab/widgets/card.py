"""The scenario card as HTML: the post, thread, DM, request, review, tag or search the therapist
sees, and their own draft beneath it, marked as theirs.

A pure function of the scenario (no kernel, no ipywidgets), so it is tested on its own. Every
piece of data goes through `esc`: scenario text is data, and the HTML widget would otherwise run
whatever markup it contains.
"""

from html import escape

from boundarylab import vocab

REQUEST_WORDS = {  # how each platform words an incoming request
    "facebook": "sent you a friend request",
    "linkedin": "wants to connect with you",
}
FOLLOW_WORDS = "requested to follow you"
KIND_NAMES = {
    "post": "post",
    "comment": "post with comments",
    "reply": "thread",
    "dm": "conversation",
    "friend-request": "request",
    "review-response": "review",
    "tag": "mention",
    "colleague-post": "post",
    "search": "search",
}


def esc(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def initials(name: str) -> str:
    words = [w for w in name.replace("_", " ").replace(".", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def avatar(person) -> str:
    return f'<span class="bl-avatar" aria-hidden="true">{esc(initials(person.name))}</span>'


def byline(person, platform: str, time: str | None, badge: str = "") -> str:
    handle = f' <span class="bl-handle">@{esc(person.handle)}</span>' if person.handle else ""
    label = f'<div class="bl-label">{esc(person.label)}</div>' if person.label else ""
    when = f' · <span class="bl-time">{esc(time)}</span>' if time else ""
    badge_html = f' <span class="bl-badge">{esc(badge)}</span>' if badge else ""
    return (
        f'<div class="bl-byline">{avatar(person)}<div><span class="bl-name">{esc(person.name)}</span>'
        f'{handle}{badge_html}<div class="bl-meta">{esc(vocab.PLATFORMS[platform])}{when}</div>{label}'
        "</div></div>"
    )


def body(text: str | None) -> str:
    return f'<p class="bl-text">{esc(text)}</p>' if text else ""


def stars(rating: int | None) -> str:
    if rating is None:
        return ""
    return (
        f'<div class="bl-stars"><span aria-hidden="true">{"★" * rating}{"☆" * (5 - rating)}</span>'
        f'<span class="bl-sr">Rated {rating} out of 5 stars</span></div>'
    )


def comments(thread, platform: str) -> str:
    if not thread:
        return ""
    items = "".join(f'<li class="bl-comment">{byline(m.author, platform, m.time)}{body(m.text)}</li>' for m in thread)
    return f'<ul class="bl-thread" aria-label="Comments">{items}</ul>'


def post(person, s, text: str | None, *, badge: str = "") -> str:
    a = s.artifact
    return f'<div class="bl-post">{byline(person, s.platform, a.time, badge)}{stars(a.rating)}{body(text)}</div>'


def conversation(s) -> str:
    """Messages from the other person on the left, earlier messages from you on the right."""
    a = s.artifact
    other = a.sender or a.author
    bubbles = []
    for m in a.thread:
        mine = m.author.name != other.name
        who = "You" if mine else m.author.name
        bubbles.append(_bubble(who, m.text, m.time, mine))
    if a.text:
        bubbles.append(_bubble(other.name, a.text, a.time, False))
    return (
        f'<div class="bl-dm">{byline(other, s.platform, None)}'
        f'<ol class="bl-messages" aria-label="Messages">{"".join(bubbles)}</ol></div>'
    )


def _bubble(who: str, text: str, time: str | None, mine: bool) -> str:
    when = f' <span class="bl-time">{esc(time)}</span>' if time else ""
    side = "bl-mine" if mine else "bl-theirs"
    return (
        f'<li class="bl-bubble {side}"><span class="bl-who">{esc(who)}{when}</span>'
        f'<span class="bl-text">{esc(text)}</span></li>'
    )


def request(s) -> str:
    a = s.artifact
    who = a.sender or a.author
    words = REQUEST_WORDS.get(s.platform, FOLLOW_WORDS)
    return (
        f'<div class="bl-request">{byline(who, s.platform, a.time)}'
        f'<p class="bl-notice"><span class="bl-name">{esc(who.name)}</span> {esc(words)}.</p>'
        f"{body(a.text)}</div>"
    )


def mention(s) -> str:
    a = s.artifact
    who = a.sender or a.author
    notice = f'<p class="bl-notice"><span class="bl-name">{esc(who.name)}</span> mentioned you.</p>'
    shown = post(a.author, s, a.text) if a.author else body(a.text)
    return f'<div class="bl-tag">{notice}{shown}{comments(a.thread, s.platform)}</div>'


def search(s) -> str:
    a = s.artifact
    query = s.draft.note or s.draft.text or ""
    results = body(a.text)
    return (
        f'<div class="bl-search"><div class="bl-searchbox" role="search" aria-label="Search box">'
        f'<span class="bl-meta">Search</span> <span class="bl-query">{esc(query)}</span></div>'
        f"{results}</div>"
    )


def screen(s) -> str:
    """What is on screen before the therapist acts, laid out like the platform shows it."""
    a = s.artifact
    if s.kind == "dm":
        return conversation(s)
    if s.kind == "friend-request":
        return request(s)
    if s.kind == "tag":
        return mention(s)
    if s.kind == "search":
        return search(s)
    if s.kind == "post" and not a.text and not a.thread:
        return ""  # the therapist's own page: the draft below is the post
    author = a.author or a.sender
    return post(author, s, a.text) + comments(a.thread, s.platform)


def draft(s) -> str:
    d, a = s.draft, s.artifact
    action = vocab.DRAFT_ACTIONS[d.action]
    if s.kind == "post" and d.action == "post" and a.author and not a.text:
        shown = post(a.author, s, d.text, badge="Draft: not posted")
    elif d.text and s.kind == "review-response":
        shown = (
            f'<div class="bl-replybox"><span class="bl-meta">Public reply from the practice</span>'
            f'<p class="bl-text bl-draft-text">{esc(d.text)}</p></div>'
        )
    elif d.text:
        shown = f'<p class="bl-text bl-draft-text">{esc(d.text)}</p>'
    else:
        shown = ""
    note = f'<p class="bl-note">{esc(d.note)}</p>' if d.note else ""
    return (
        f'<section class="bl-draft" aria-label="Your draft"><div class="bl-draft-head">'
        f'<span class="bl-avatar bl-you" aria-hidden="true">You</span><div><span class="bl-name">Your draft</span>'
        f'<div class="bl-meta">You are about to: {esc(action)}</div></div></div>{shown}{note}</section>'
    )


def card_html(s) -> str:
    """The whole card: situation, the screen, the therapist's draft."""
    where = f"{vocab.PLATFORMS[s.platform]} {KIND_NAMES[s.kind]}"
    shown = screen(s)
    screen_html = f'<div class="bl-screen" role="group" aria-label="{esc(where)}">{shown}</div>' if shown else ""
    return (
        f'<article class="bl-card bl-kind-{esc(s.kind)} bl-platform-{esc(s.platform)} tex2jax_ignore mathjax_ignore" '
        f'aria-label="Scenario: {esc(s.title)}">'
        f'<h3 class="bl-title" data-bl-focus="title">{esc(s.title)}</h3><p class="bl-context">{esc(s.context)}</p>'
        f"{screen_html}{draft(s)}</article>"
    )
