"""Splitting answer text into sentences and words, keeping character offsets for evidence spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from interview_coach.domain import Span

_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019\-.][A-Za-z0-9\u00C0-\u024F]+)*")
# A sentence ends at . ! ? (or a run of them) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*")
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs mr mrs ms dr prof inc ltd co st approx dept no jr sr u.s a.m p.m".split()
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @cached_property
    def lower(self) -> str:
        return self.text.lower().replace("\u2019", "'")

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (letters, digits, inner apostrophes, hyphens and dots) with their offsets."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)]


def _ends_with_abbreviation(piece: str) -> bool:
    last = piece.rstrip().rsplit(None, 1)[-1] if piece.strip() else ""
    word = last.rstrip(".").lower()
    return last.endswith(".") and (word in _ABBREVIATIONS or len(word) == 1)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`; bullets and line breaks also end a sentence.

    Abbreviations ("e.g.", "Dr.") and single initials do not end a sentence.
    """
    sentences: list[Sentence] = []
    start = 0
    pending_start: int | None = None
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()]
        if "\n" not in match.group() and _ends_with_abbreviation(piece):
            if pending_start is None:
                pending_start = start
            start = match.end()
            continue
        begin = pending_start if pending_start is not None else start
        _append(sentences, text, begin, match.start())
        pending_start = None
        start = match.end()
    begin = pending_start if pending_start is not None else start
    _append(sentences, text, begin, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return
    lead = len(chunk) - len(chunk.lstrip())
    # Bullet glyphs at the start of a line are layout, not words.
    bullet = re.match(r"[-*\u2022\u25AA\u25CF\u2013]+\s*", stripped)
    if bullet:
        lead += bullet.end()
        stripped = stripped[bullet.end() :]
    begin = start + lead
    out.append(Sentence(stripped, begin, begin + len(stripped)))


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))
