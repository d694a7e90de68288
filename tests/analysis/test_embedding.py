"""The sentence embedder: BERT's uncased WordPiece written out here gives the model's own tokens, the model
file is checked before it runs, and the vectors put paraphrases closer together than unrelated texts."""

from pathlib import Path

import numpy as np
import pytest

from boundarylab.analysis.embedding import MAX_TOKENS, Embedder, embedder, model_file

# Tokens as the model's own tokenizer (the Hugging Face `tokenizers` library with the model's
# tokenizer.json) splits them: accents stripped, punctuation split off, an emoji or full-width
# letters unknown, CJK characters one by one, a long word in pieces.
TOKENIZED = {
    "Café naïve: “don't” 👀 #selfcare @dr.kim": [
        "cafe", "naive", ":", "“", "don", "'", "t", "”", "[UNK]", "#", "self", "##care", "@", "dr", ".", "kim",
    ],
    "\uff26\uff55\uff4c\uff4c-width 中文 ok": ["[UNK]", "-", "width", "中", "文", "ok"],  # full-width letters
    "supercalifragilisticexpialidocious!!": [
        "super", "##cal", "##if", "##rag", "##ilis", "##tic", "##ex", "##pia", "##lid", "##oc", "##ious", "!", "!",
    ],
}  # fmt: skip


@pytest.mark.parametrize("text", TOKENIZED)
def test_tokens_are_the_models_own(text):
    model = embedder()
    pieces = {i: p for p, i in model.ids.items()}
    assert [pieces[i] for i in model.token_ids(text)] == ["[CLS]", *TOKENIZED[text], "[SEP]"]


def test_a_long_text_is_cut_at_the_models_length():
    assert len(embedder().token_ids("word " * 1000)) == MAX_TOKENS


def test_a_model_file_that_is_not_the_expected_one_is_refused(tmp_path: Path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not a model")
    with pytest.raises(RuntimeError, match=r"model\.onnx is not the expected all-MiniLM-L6-v2 model"):
        Embedder(fake)


def test_a_paraphrase_is_closer_than_an_unrelated_text():
    a, b, c = embedder().embed(
        [
            "I can't accept your friend request, but I'm glad therapy helped.",
            "Thanks for the request on Facebook; I don't connect with clients online, and I'm happy the work helped.",
            "Our office will be closed on Monday for the holiday.",
        ]
    )
    assert np.allclose([a @ a, b @ b, c @ c], 1.0, atol=1e-4)
    assert a @ b > 0.4 > 0.1 > a @ c


def test_the_vectors_do_not_depend_on_the_number_of_threads():
    """Practice uses the cores it may, grading one thread per worker: a rewrite's score must be the same in both."""
    texts = ["Thanks for asking! I'm accepting new clients.", "Call 988 any time, day or night. " * 20]
    one, several = Embedder(model_file(), threads=1), Embedder(model_file(), threads=4)
    assert np.array_equal(one.embed(texts), several.embed(texts))
    assert np.array_equal(one.embed(texts[:1]), several.embed(texts)[:1])
