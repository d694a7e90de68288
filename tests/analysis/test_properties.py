"""Whatever a learner pastes in, analysis returns, never raises, and reports spans inside the text.

Catastrophic regex backtracking would show up here as a hang, so each call runs under a generous
alarm (seconds, where the benchmark measures milliseconds): it cannot flake, but it cannot hang.
"""

import signal
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boundarylab.analysis import analyze

CEILING_SECONDS = 10

# Pieces that drive the checks' gaps and alternations as hard as possible when repeated.
ADVERSARIAL = [
    "a ",
    "my client ",
    "you should ",
    "if you ",
    "you're ",
    "clearly ",
    "a a a ",
    "the the ",
    "is is ",
    "@user ",
    "#Tag ",
    "988 ",
    "555-0142 ",
    "call ",
    "me ",
    "any time ",
    "24/7 ",
    "not ",
    "never ",
    "n't ",
    "review ",
    "leave ",
    "so-called ",
    "Dr. ",
    "narcissist ",
    "signs you have ",
    "sooooo ",
    "!!!",
    "???",
    "…",
    "’",
    "“",
    "😂",
    "🙄",
    "\n",
    ",",
    " ",
    "-",
    "'",
    "aaaaaaaaaaaaaaaa",
    "12345678901234567890",
    "Route 9 ",
    "who who who ",
    "in session today ",
    "mg ",
    "taking your meds ",
    "friend request ",
]


@contextmanager
def ceiling(seconds):
    def stop(signum, frame):
        raise TimeoutError(f"analysis took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check_findings(text):
    with ceiling(CEILING_SECONDS):
        findings = analyze(text)
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.message
    assert [f.start for f in findings] == sorted(f.start for f in findings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_is_analysed_safely(text):
    check_findings(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.sampled_from(ADVERSARIAL), min_size=200, max_size=2000))
def test_long_adversarial_text_is_analysed_safely(pieces):
    check_findings("".join(pieces))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ADVERSARIAL), st.integers(min_value=500, max_value=5000))
def test_one_piece_repeated_thousands_of_times_is_analysed_safely(piece, times):
    check_findings(piece * times)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_unicode_maps_back_inside_the_text(text):
    check_findings("İ" + text + "ß")
