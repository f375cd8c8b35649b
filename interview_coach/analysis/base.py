"""The analyzer contract and the prepared context every analyzer reads.

An analyzer is a pure callable `(Answer, Context) -> list[Finding]`: no I/O, no clock, no globals.
Anything it needs from disk (a model's weights, a lexicon) is loaded once in `__init__`.

Each analyzer emits one `<dimension>.summary` finding (severity `info`) whose `data` holds the
measured values that `labels.py` and the scoring rubric read, plus its user-facing findings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

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
    return prepare_many([answer], encoder)[0]


def prepare_many(answers: Sequence[Answer], encoder: Encoder | None = None) -> list[Context]:
    """`prepare` for many answers, sharing batched model runs between them."""
    texts = [answer.text[:MAX_ANALYZED_CHARS] for answer in answers]
    split = [(tuple(split_sentences(t)), tuple(tokenize(t))) for t in texts]
    if encoder is None:
        return [Context(t, s, w) for t, (s, w) in zip(texts, split, strict=True)]
    embedded = [sentences[:MAX_EMBEDDED_SENTENCES] for sentences, _ in split]
    passes = encoder.encode_spans_many(
        [(t, [(s.start, s.end) for s in e]) for t, e in zip(texts, embedded, strict=True)]
    )
    extras = sorted({a.question or " " for a in answers} | {s for a in answers for s in a.skills})
    vectors = dict(zip(extras, encoder.encode(extras), strict=True))
    contexts = []
    for answer, text, (sentences, tokens), (whole, per_sentence) in zip(
        answers, texts, split, passes, strict=True
    ):
        if not tokens:
            contexts.append(Context(text, sentences, tokens))
            continue
        if len(sentences) > len(per_sentence):
            padding = np.zeros((len(sentences) - len(per_sentence), whole.shape[0]), np.float32)
            per_sentence = np.vstack([per_sentence, padding])
        skills = [vectors[s] for s in answer.skills]
        contexts.append(
            Context(
                text,
                sentences,
                tokens,
                answer_vector=whole,
                sentence_vectors=per_sentence,
                question_vector=vectors[answer.question or " "],
                skill_vectors=np.array(skills, dtype=np.float32).reshape(len(skills), -1)
                if skills
                else np.zeros((0, whole.shape[0]), dtype=np.float32),
            )
        )
    return contexts


def summary(dimension: str, message: str, **data: object) -> Finding:
    """The `<dimension>.summary` finding that carries an analyzer's measured values."""
    from interview_coach.domain import Severity

    return Finding(f"{dimension}.summary", Severity.INFO, message, data=dict(data))


def find_summary(findings: Sequence[Finding], dimension: str) -> Finding | None:
    """The first `<dimension>.summary` finding, or None when that analyzer did not run."""
    code = f"{dimension}.summary"
    return next((f for f in findings if f.code == code), None)


def summary_data(findings: Sequence[Finding], dimension: str) -> Mapping[str, Any]:
    """The measured values of a dimension's summary (empty when that analyzer did not run)."""
    found = find_summary(findings, dimension)
    return found.data if found is not None else {}
