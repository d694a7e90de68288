"""A click that overtakes the learner's last edit waits for the text instead of reading stale text."""

import time

import ipywidgets as widgets

from boundarylab.widgets.settle import SettledText


def reader(box, seen):
    return lambda: seen.append(box.value)


def test_new_text_is_read_at_once():
    box, seen = widgets.Textarea(), []
    settled = SettledText(box)
    box.value = "my rewrite"
    settled.run(reader(box, seen))
    assert seen == ["my rewrite"]


def test_a_click_that_arrives_before_the_text_runs_when_the_text_arrives():
    box, seen = widgets.Textarea(), []
    settled = SettledText(box, grace=5)
    box.value = "first try"
    settled.run(reader(box, seen))
    settled.run(reader(box, seen))  # the second click reached the kernel before the second text
    assert seen == ["first try"]
    box.value = "second try"  # ...which arrives now
    assert seen == ["first try", "second try"]


def test_a_repeated_click_on_unchanged_text_still_runs_after_the_grace_period():
    box, seen = widgets.Textarea(value="same"), []
    settled = SettledText(box, grace=0.05)
    settled.run(reader(box, seen))
    deadline = time.monotonic() + 5
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)
    assert seen == ["same"]
