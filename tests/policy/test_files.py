"""The policy's files: the PDF reads back with every section and the crisis instructions; an
answers file's problems are sentences naming the file and the field."""

import pytest
from docx import Document
from pypdf import PdfReader

from boundarylab.policy import PolicyAnswers, PolicyInputError, build_policy, load_questions, recommended_answers
from boundarylab.policy.files import FILES, answers_yaml, load_answers, write_policy

QUESTIONS = load_questions()


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    out = tmp_path_factory.mktemp("policy")
    written, doc = write_policy(recommended_answers(), out)
    return out, written, doc


def test_writing_a_policy_gives_markdown_pdf_and_the_answers_to_edit(example):
    out, written, _ = example
    assert [p.name for p in written] == list(FILES)
    assert all((out / name).stat().st_size > 0 for name in FILES)


def test_the_pdf_reads_back_with_every_section_heading(example):
    out, _, doc = example
    text = pdf_text(out / "policy.pdf")
    assert flat(doc.title) in text
    for question in QUESTIONS.questions:
        assert flat(question.section) in text


def test_the_word_document_has_a_heading_per_section_and_the_crisis_instructions(example):
    out, _, doc = example
    document = Document(str(out / "policy.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [doc.title, *[s.heading for s in doc.sections]]
    assert "988" in " ".join(p.text for p in document.paragraphs)


def test_the_pdf_carries_the_crisis_instructions_even_when_the_choice_conflicts(tmp_path):
    base = recommended_answers()
    answers = PolicyAnswers(details=base.details, choices={**base.choices, "crisis": "message-me"})
    write_policy(answers, tmp_path)
    text = pdf_text(tmp_path / "policy.pdf")
    assert "988" in text and "call 911" in text and "emergency room" in text


def test_the_pdf_spells_non_latin_names_right(tmp_path):
    answers = PolicyAnswers(details={"practice": "Zoë Nguyễn Łukasz Counselling"}, choices={"crisis": "crisis-plan"})
    write_policy(answers, tmp_path)
    assert "Zoë Nguyễn Łukasz Counselling" in pdf_text(tmp_path / "policy.pdf")


def test_the_saved_answers_rebuild_the_same_policy(example):
    out, _, doc = example
    again = load_answers(out / "answers.yaml")
    assert build_policy(again) == doc
    assert answers_yaml(again) == (out / "answers.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text,expected", [
    ("choices:\n  crisis: text-me\n", "choices.crisis: 'text-me' is not an option"),
    ("choices:\n  friend-request: decline-all\n", "choices.friend-request: there is no question 'friend-request'"),
    ("detail:\n  practice: Oak\n", "detail: unknown field"),
    ("choices:\n  crisis: [1]\n", "choices.crisis: should be text"),
    ("choices: [accounts, crisis]\n", "choices: should be a list of `name: value` lines"),
    ("- accounts\n", "an answers file has two parts"),
    ("choices: {crisis: [1}\n", "this is not valid YAML at line 1"),
], ids=["unknown-option", "unknown-question", "unknown-field", "not-text", "not-a-mapping", "a-list", "bad-yaml"])
def test_a_bad_answers_file_names_the_file_and_the_field(tmp_path, text, expected):
    path = tmp_path / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyInputError) as caught:
        load_answers(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)


def test_a_missing_answers_file_is_a_sentence(tmp_path):
    with pytest.raises(PolicyInputError, match="cannot read this file"):
        load_answers(tmp_path / "nope.yaml")


def test_an_empty_answers_file_gives_a_policy_with_the_crisis_section_only(tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("", encoding="utf-8")
    doc = build_policy(load_answers(path))
    assert [s.heading for s in doc.sections] == [q.section for q in QUESTIONS.questions if q.id == "crisis"]
