from boundarylab import scoring
from boundarylab.widgets.feedback import choice_html, findings_html, highlight, judgement_html, rewrite_html

from .conftest import FakeFinding, fake_evaluate


def test_highlight_marks_the_triggering_words_and_numbers_them():
    text = "One of my clients said <b>this</b>."
    html = highlight(text, [FakeFinding("client-story", 0, 17, "why")])
    assert html.startswith('<mark>One of my clients</mark><sup class="bl-ref">[1]</sup>')
    assert "&lt;b&gt;this&lt;/b&gt;" in html


def test_highlight_handles_overlapping_and_out_of_range_spans():
    text = "abcdef"
    html = highlight(text, [FakeFinding("a", 1, 4, ""), FakeFinding("b", 2, 99, ""), FakeFinding("c", 5, 2, "")])
    assert html == 'a<mark>bcd</mark><sup class="bl-ref">[1]</sup><mark>ef</mark><sup class="bl-ref">[2]</sup>'


def test_findings_list_names_the_check_and_gives_the_reason_in_words():
    html = findings_html([FakeFinding("client-story", 3, 13, "“client <x>” tells a story.")])
    assert "A client&#x27;s story" in html and "“client &lt;x&gt;” tells a story." in html


def test_judgement_feedback_says_right_or_not_in_words(every_kind):
    s = every_kind[1][0]
    right = judgement_html(s, scoring.score_judgement(s, "revise", ["confidentiality"]))
    wrong = judgement_html(s, scoring.score_judgement(s, "ok", ["colleagues"]))
    assert "Right" in right and s.answer.rationale.split(".")[0].replace("'", "&#x27;") in right
    assert "Not quite" in wrong and "Principles you missed: Confidentiality" in wrong
    assert "Not at stake here: Colleagues" in wrong
    assert "ACA H.6.d" in right  # the code section, with its paraphrase


def test_choice_feedback_explains_every_option_and_names_best_and_chosen(every_kind):
    s = every_kind[1][0]
    html = choice_html(s, scoring.score_choice(s, 0))
    assert "Not the best next step" in html
    assert "✓ Best step" in html and "Your choice" in html
    for option in s.choices:
        assert option.feedback.split(":")[0] in html


def test_rewrite_feedback_shows_the_model_answer_only_when_asked(every_kind):
    s = every_kind[1][0]
    text = "My client <img src=x onerror=alert(1)>"
    result = fake_evaluate(s, text)
    hidden = rewrite_html(s, text, result, show_model=False)
    shown = rewrite_html(s, text, result, show_model=True)
    assert s.rewrite.model_answer not in hidden and s.rewrite.model_answer in shown
    assert "Not there yet" in hidden and "50 %" in hidden
    assert "<img" not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_each_cited_code_section_is_shown_with_its_paraphrase(every_kind):
    from html import escape

    from boundarylab import vocab

    s = every_kind[1][0]
    html = judgement_html(s, scoring.score_judgement(s, "revise", ["confidentiality"]))
    for code in s.answer.codes:
        assert f"{code}: {escape(vocab.CODES[code])}" in html
