"""How long a name or a free-text field may be, and the sentence that says so.

A name is printed in large type on one or two lines of a certificate and in the title of a
policy; a practice detail fills a blank in a sentence of the policy. Longer text cannot be laid
out on those documents (a 5,000-character name ran off the certificate), and a pasted megabyte
would only slow every page that shows it, so it is refused, in words, where it is typed.
"""

NAME = 100  # a person's or a practice's name: at most two lines on the certificate
PROFESSION = 100
LICENCE = 50  # a licence number with its state or board
DETAIL = 300  # one detail in the policy: phone, office hours, crisis line


def too_long(what: str, text: str, limit: int) -> str | None:
    """A sentence (without its full stop, for the caller to place) for the person who typed
    `text`, or None when it fits."""
    if len(text) <= limit:
        return None
    return f"{what} is {len(text):,} characters long, and it can be at most {limit:,}: please shorten it"
