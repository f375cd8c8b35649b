"""The offline encoder: pinned files, the standard BERT tokenisation, and meaningful vectors."""

from __future__ import annotations

import numpy as np

from interview_coach.analysis.encoder import (
    VOCAB_SHA256,
    MiniLMEncoder,
    build_tokenizer,
    load_vocabulary,
)


def test_vocabulary_is_the_standard_uncased_one() -> None:
    vocabulary = load_vocabulary()
    assert len(vocabulary) == 30522
    assert vocabulary[:2] == ["[PAD]", "[unused0]"]
    assert "\\" in vocabulary and "##\\" in vocabulary  # the entries a naive read loses
    assert len(VOCAB_SHA256) == 64


def test_tokenizer_gives_bert_ids() -> None:
    tokenizer = build_tokenizer(load_vocabulary())
    # [CLS]=101 and [SEP]=102 are added by the encoder; "hello"=7592 and "world"=2088 in BERT uncased.
    assert tokenizer.encode("Hello world", add_special_tokens=False).ids == [7592, 2088]
    assert tokenizer.token_to_id("[CLS]") == 101


def test_similar_sentences_are_closer(encoder: MiniLMEncoder) -> None:
    vectors = encoder.encode(
        ["I love writing software.", "Coding is my passion.", "The invoice is overdue."]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_span_pooling_matches_batched_and_single_runs(encoder: MiniLMEncoder) -> None:
    text = "I led the migration. We cut costs by a third. " * 40
    spans = [(0, 20), (21, 46), (len(text) - 25, len(text))]
    whole, per_span = encoder.encode_spans(text, spans)
    (whole2, per_span2), (_, other) = encoder.encode_spans_many(
        [(text, spans), ("Short one.", [(0, 10)])]
    )
    assert np.allclose(whole, whole2, atol=1e-5)
    assert np.allclose(per_span, per_span2, atol=1e-5)
    assert other.shape == (1, 384)
    assert per_span[0] @ per_span[1] < 0.99  # different sentences get different vectors


def test_empty_text_gives_zero_vectors(encoder: MiniLMEncoder) -> None:
    whole, per_span = encoder.encode_spans("", [])
    assert whole.shape == (384,) and not whole.any()
    assert per_span.shape == (0, 384)
