from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interview_coach.analysis.text import split_sentences, tokenize, word_count


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "I joined Acme in 2019, e.g. as a Dr. Smith's assistant. Then I cut costs by 40%! Why?"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "I joined Acme in 2019, e.g. as a Dr. Smith's assistant.",
        "Then I cut costs by 40%!",
        "Why?",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_bullets_and_line_breaks_end_sentences() -> None:
    text = "Highlights:\n- cut churn 12%\n* trained 5 staff\n\u2022 ran the rota"
    assert [s.text for s in split_sentences(text)] == [
        "Highlights:",
        "cut churn 12%",
        "trained 5 staff",
        "ran the rota",
    ]


def test_tokens_keep_contractions_numbers_and_hyphens() -> None:
    words = [t.text for t in tokenize("I'm 3.5 years in; don't re-do it")]
    assert words == ["I'm", "3.5", "years", "in", "don't", "re-do", "it"]
    assert word_count("one two, three.") == 3


@given(st.text(max_size=300))
def test_sentence_offsets_always_point_into_the_text(text: str) -> None:
    for sentence in split_sentences(text):
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
