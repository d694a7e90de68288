"""The course stylesheet, shipped as a <style> element inside an HTML widget so every view that
is displayed on its own (a module runner, a single assessment item) brings its styling along."""

from functools import cache
from pathlib import Path

CSS_FILE = Path(__file__).with_name("course.css")


@cache
def css() -> str:
    return CSS_FILE.read_text(encoding="utf-8")


def style_tag() -> str:
    return f"<style>{css()}</style>"


BUTTON = {"width": "auto", "align_self": "flex-start"}  # a button as wide as its words, not the row
