"""Normalisation: checks read plain lower-case text, highlights cover the learner's own characters."""

from boundarylab.analysis import analyze
from boundarylab.analysis.text import Doc


def found(text):
    return {text[f.start : f.end]: f.check for f in analyze(text)}


def test_slang_is_expanded_and_maps_back_to_the_original_word():
    doc = Doc("pls dm me 2nite, ur gr8")
    assert doc.norm == "please dm me tonight, your great"
    start = doc.norm.index("tonight")
    assert doc.original[slice(*doc.span(start, start + len("tonight")))] == "2nite"


def test_curly_quotes_and_case_do_not_change_offsets():
    text = "I’M “SO” PROUD"
    doc = Doc(text)
    assert doc.norm == 'i\'m "so" proud' and len(doc.norm) == len(text)


def test_handles_hide_their_letters_from_the_checks():
    assert Doc("@crisis988_fan hi").norm == "@user hi"
    assert "crisis-resources" not in {f.check for f in analyze("@crisis988_fan thanks for the follow!")}


def test_camel_case_hashtags_are_split_into_words():
    assert Doc("#VoteBlue #ClientWins #anxietyrecovery").norm == "#vote blue #client wins #anxietyrecovery"


def test_emphasis_letters_are_collapsed():
    assert Doc("soooo proud").norm == "so proud"


def test_finding_span_covers_the_original_slang():
    text = "Text me anytime, day or nite!"
    spans = [text[f.start : f.end] for f in analyze(text) if f.check == "over-availability"]
    assert spans and "nite" in spans[0]


def test_typos_in_key_words_are_tolerated():
    assert "client-story" in {f.check for f in analyze("So proud of my cleint today!")}


def test_negation_turns_an_invitation_into_a_policy():
    assert "dual-relationship-invite" not in {f.check for f in analyze("I never accept friend requests from clients.")}
    assert "dual-relationship-invite" in {f.check for f in analyze("Accept my friend request! 😊")}


def test_negation_of_diagnosing_is_not_a_diagnosis():
    assert not analyze("I won't diagnose anyone online, and that includes the senator.")


def test_findings_are_sorted_by_start():
    findings = analyze("Call me anytime 24/7! My client told me today she is 34. Leave us a Google review!")
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_empty_and_missing_text_find_nothing():
    assert analyze("") == [] and analyze(None) == []
