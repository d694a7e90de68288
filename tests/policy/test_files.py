"""The policy's files: the PDF reads back with every section and the crisis instructions; an
answers file's problems are sentences naming the file and the field."""

import pytest
from docx import Document
from pypdf import PdfReader

from boundarylab.policy import PolicyAnswers, PolicyInputError, build_policy, load_questions, recommended_answers
from boundarylab.policy.files import DRAFT_FILES, FILES, PolicyNotReady, answers_yaml, load_answers, write_policy

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
    write_policy(answers, tmp_path, draft=True)
    text = pdf_text(tmp_path / "policy-draft.pdf")
    assert "988" in text and "call 911" in text and "emergency room" in text


def test_the_pdf_spells_non_latin_names_right(tmp_path):
    answers = PolicyAnswers(
        details={**recommended_answers().details, "practice": "Zoë Nguyễn Łukasz Counseling"},
        choices=recommended_answers().choices,
    )
    write_policy(answers, tmp_path)
    assert "Zoë Nguyễn Łukasz Counseling" in pdf_text(tmp_path / "policy.pdf")


def test_the_saved_answers_rebuild_the_same_policy(example):
    out, _, doc = example
    again = load_answers(out / "answers.yaml")
    assert build_policy(again) == doc
    assert answers_yaml(again) == (out / "answers.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("choices:\n  crisis: text-me\n", "choices.crisis: 'text-me' is not an option"),
        ("choices:\n  friend-request: decline-all\n", "choices.friend-request: there is no question 'friend-request'"),
        ("detail:\n  practice: Oak\n", "detail: unknown field"),
        ("choices:\n  crisis: [1]\n", "choices.crisis: should be text"),
        ("choices: [accounts, crisis]\n", "choices: should be a list of `name: value` lines"),
        ("- accounts\n", "an answers file has two parts"),
        ("choices: {crisis: [1}\n", "this is not valid YAML at line 1"),
    ],
    ids=["unknown-option", "unknown-question", "unknown-field", "not-text", "not-a-mapping", "a-list", "bad-yaml"],
)
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


def page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_a_final_policy_is_refused_while_not_ready_and_nothing_is_written(tmp_path):
    base = recommended_answers()
    answers = PolicyAnswers(details=base.details, choices={**base.choices, "following": "follow-back"})
    with pytest.raises(PolicyNotReady) as caught:
        write_policy(answers, tmp_path / "out")
    assert caught.value.reasons[0].startswith("Change your choice in “Following, likes and the practice page”")
    assert not (tmp_path / "out").exists()


def test_a_draft_is_marked_draft_on_every_page_of_the_pdf_and_the_word_document(tmp_path):
    base = recommended_answers()
    answers = PolicyAnswers(details=base.details, choices={**base.choices, "following": "follow-back"})
    written, _ = write_policy(answers, tmp_path, draft=True)
    assert [p.name for p in written] == list(DRAFT_FILES) and not (tmp_path / "policy.pdf").exists()
    pages = page_texts(tmp_path / "policy-draft.pdf")
    assert len(pages) >= 2
    for text in pages:
        assert "Draft: not for signature" in text and "Draft" in text.replace("Draft: not for signature", "")
    document = Document(str(tmp_path / "policy-draft.docx"))
    assert all("Draft: not for signature" in s.header.paragraphs[0].text for s in document.sections)
    assert (tmp_path / "policy-draft.md").read_text(encoding="utf-8").startswith("**Draft: not for signature**")


def test_a_final_policy_carries_no_draft_mark(example):
    out, _, _ = example
    assert not any("Draft" in text for text in page_texts(out / "policy.pdf"))
    assert "Draft" not in Document(str(out / "policy.docx")).sections[0].header.paragraphs[0].text


def test_the_pdf_names_therapist_credentials_practice_effective_date_version_and_has_both_signatures(example):
    out, _, _ = example
    text = pdf_text(out / "policy.pdf")
    for part in (
        "Dana Whitfield, LPC, Texas license 71234",
        "Cedar Grove Counseling",
        "Effective January 4, 2027 · Version 1.0",
        "Therapist signature:",
        "Client name:",
        "Client signature:",
    ):
        assert part in text, part
    assert text.count("Date: ____") == 2
    paragraphs = " ".join(p.text for p in Document(str(out / "policy.docx")).paragraphs)
    assert "Dana Whitfield, LPC, Texas license 71234" in paragraphs and "Version 1.0" in paragraphs
    cells = [c.text for row in Document(str(out / "policy.docx")).tables[0].rows for c in row.cells]
    assert "Therapist signature:" in cells and "Client signature:" in cells


def _positions(path):
    """(text, x, page) for every text run pypdf reads, in page coordinates (points)."""
    found = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(text, cm, tm, *_, page_number=number):
            if text.strip():
                found.append((text.strip(), cm[4] + tm[4] * cm[0], page_number))

        page.extract_text(visitor_text=visit)
    return found


def test_the_title_is_left_aligned_and_the_signature_fields_line_up(example):
    out, _, doc = example
    runs = _positions(out / "policy.pdf")
    margin = min(x for _, x, _ in runs)
    title = next(x for text, x, _ in runs if text.startswith("Social media and electronic"))
    assert title == pytest.approx(margin, abs=0.5)
    start = next(i for i, (text, _, _) in enumerate(runs) if text == "Therapist:")
    block = runs[start : start + 12]  # label, field, label, field, ...
    assert [text for text, _, _ in block[::2]] == [f"{label}:" for label, _ in doc.signature_lines()]
    assert [text for text, _, _ in block[1::2]] == [fill for _, fill in doc.signature_lines()]
    labels, fields = [x for _, x, _ in block[::2]], [x for _, x, _ in block[1::2]]
    assert max(labels) - min(labels) < 0.5 and labels[0] == pytest.approx(margin, abs=0.5)
    assert max(fields) - min(fields) < 0.5 and min(fields) > max(labels)
