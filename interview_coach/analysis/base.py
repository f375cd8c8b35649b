"""The analyzer contract and the prepared context every analyzer reads.

An analyzer is a pure callable `(Answer, Context) -> list[Finding]`: no I/O, no clock, no globals.
Anything it needs from disk (a model's weights, a lexicon) is loaded once in `__init__`.

Each analyzer emits one `<dimension>.summary` finding (severity `info`) whose `data` holds the
measured values that `labels.py` and the scoring rubric read, plus its user-facing findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from interview_coach.analysis.encoder import Encoder
from interview_coach.analysis.text import Sentence, Token, split_sentences, tokenize
from interview_coach.domain import Answer, Finding

#: Analyzers see at most this much text; the service rejects longer answers with a clear error,
#: and the cap keeps a direct call on a huge string fast.
MAX_ANALYZED_CHARS = 60_000
#: Sentences beyond this are not embedded (their vectors stay zero).
MAX_EMBEDDED_SENTENCES = 120


@dataclass(frozen=True, eq=False)
class Context:
    """The answer prepared once for all analyzers: sentences, words and (optionally) embeddings.

    `text` is the analysed text (the answer, capped at MAX_ANALYZED_CHARS); offsets refer to it and so
    to the answer's own text. Vectors are unit-length rows; they are None when no encoder is given.
    """

    text: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    answer_vector: npt.NDArray[np.float32] | None = None
    sentence_vectors: npt.NDArray[np.float32] | None = None
    question_vector: npt.NDArray[np.float32] | None = None
    skill_vectors: npt.NDArray[np.float32] | None = None

    @property
    def has_vectors(self) -> bool:
        return self.answer_vector is not None


class Analyzer(Protocol):
    """One dimension of feedback."""

    name: str

    def __call__(self, answer: Answer, context: Context) -> list[Finding]: ...


def prepare(answer: Answer, encoder: Encoder | None = None) -> Context:
    """Split the answer and, with an encoder, embed it in one pass (plus the question and skills)."""
    text = answer.text[:MAX_ANALYZED_CHARS]
    sentences = tuple(split_sentences(text))
    tokens = tuple(tokenize(text))
    if encoder is None or not tokens:
        return Context(text, sentences, tokens)
    embedded = sentences[:MAX_EMBEDDED_SENTENCES]
    whole, per_sentence = encoder.encode_spans(text, [(s.start, s.end) for s in embedded])
    if len(sentences) > len(embedded):
        padding = np.zeros((len(sentences) - len(embedded), whole.shape[0]), dtype=np.float32)
        per_sentence = np.vstack([per_sentence, padding])
    extra = encoder.encode([answer.question or " ", *answer.skills])
    return Context(
        text,
        sentences,
        tokens,
        answer_vector=whole,
        sentence_vectors=per_sentence,
        question_vector=extra[0],
        skill_vectors=extra[1:],
    )


def summary(dimension: str, message: str, **data: object) -> Finding:
    """The `<dimension>.summary` finding that carries an analyzer's measured values."""
    from interview_coach.domain import Severity

    return Finding(f"{dimension}.summary", Severity.INFO, message, data=dict(data))


def find_summary(findings: list[Finding] | tuple[Finding, ...], dimension: str) -> Finding | None:
    code = f"{dimension}.summary"
    return next((f for f in findings if f.code == code), None)
