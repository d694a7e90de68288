from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boundarylab import vocab
from boundarylab.widgets.card import card_html, esc, initials

HOSTILE = '<img src=x onerror=alert(1)> "quoted" & <script>alert(2)</script>'
OWN_TAGS = {"article", "h3", "p", "div", "span", "section", "ul", "ol", "li"}


class Parsed(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = set(), [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def hostile(scenario):
    """The scenario with every free-text field replaced by markup."""
    data = scenario.model_dump()
    data["title"] = data["context"] = HOSTILE
    a = data["artifact"]
    a["text"], a["time"] = HOSTILE, HOSTILE
    for person in (a["author"], a["sender"], *[m["author"] for m in a["thread"]]):
        if person:
            person.update(name=HOSTILE, handle=HOSTILE, label=HOSTILE)
    for m in a["thread"]:
        m["text"] = m["time"] = HOSTILE
    d = data["draft"]
    d["text"] = HOSTILE
    d["note"] = HOSTILE
    return type(scenario).model_validate(data)


def test_every_kind_in_the_vocabulary_has_a_fixture(scenarios):
    assert set(scenarios) == set(vocab.KINDS)


@pytest.mark.parametrize("kind", sorted(vocab.KINDS))
def test_card_shows_the_draft_as_the_therapists_own(scenarios, kind):
    s = scenarios[kind]
    html = card_html(s)
    assert "Your draft" in html
    assert esc(vocab.DRAFT_ACTIONS[s.draft.action]) in html
    assert esc(s.draft.text or s.draft.note) in html


@pytest.mark.parametrize("kind", sorted(vocab.KINDS))
def test_hostile_text_in_every_field_shows_as_text(scenarios, kind):
    html = card_html(hostile(scenarios[kind]))
    parsed = Parsed(html)
    assert parsed.tags <= OWN_TAGS, parsed.tags - OWN_TAGS
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert HOSTILE in "".join(parsed.text)
    assert "<img" not in html and "<script" not in html


def test_post_shows_avatar_initials_handle_platform_and_time(scenarios):
    html = card_html(scenarios["comment"])
    assert ">RD<" in html and "Facebook" in html and "3h" in html
    assert "Sam Otieno" in html and "Every year!" in html  # the comment thread


def test_own_post_draft_is_shown_on_the_practice_page_as_not_posted(scenarios):
    html = card_html(scenarios["post"])
    assert "@harborlight.counseling" in html and "Draft: not posted" in html


def test_dm_puts_earlier_messages_from_you_on_your_side(scenarios):
    html = card_html(scenarios["dm"])
    assert 'bl-bubble bl-mine"><span class="bl-who">You' in html
    assert html.count("bl-theirs") == 2  # the first message and the latest one
    assert "Tue 9:41 pm" in html


def test_review_shows_stars_in_words_for_screen_readers(scenarios):
    html = card_html(scenarios["review-response"])
    assert "★★☆☆☆" in html and "Rated 2 out of 5 stars" in html


def test_friend_request_uses_the_platforms_words(scenarios):
    assert "sent you a friend request" in card_html(scenarios["friend-request"])
    assert "3 mutual friends" in card_html(scenarios["friend-request"])


def test_tag_and_search_cards(scenarios):
    assert "mentioned you" in card_html(scenarios["tag"])
    search = card_html(scenarios["search"])
    assert 'role="search"' in search and "Dana Whitfield Cedar Falls" in search


def test_initials_come_from_the_first_two_words():
    assert initials("Harbor Light Counseling") == "HL"
    assert initials("jordan.lee") == "JL"
    assert initials("🙂") == "?"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_round_trips_through_the_card_as_text(every_kind, text):
    comment = next(s for s in every_kind[1] if s.kind == "comment")
    data = comment.model_dump()
    data["artifact"]["text"] = text
    parsed = Parsed(card_html(type(comment).model_validate(data)))
    assert parsed.tags <= OWN_TAGS
    assert text in "".join(parsed.text)
