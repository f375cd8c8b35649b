"""Where a name stands in its text: the checks that keep look-alikes out ("Go to the store",
"Excel at", "1099-NEC", "an Italian restaurant", "the line | Set up")."""

from __future__ import annotations

import itertools
import re

_LIST_NEXT_WORDS = frozenset(
    "and or programming language lang developer developers code services modules experience "
    "skills dev engineer engineers scripts scripting apps microservices stack".split()
)
_OK_NEXT_CHARS = set(",;/|)·•:.\n")

_WORD_NEXT = re.compile(
    r"[ \t]+(?:at|in|to|of|for|with|on|under|your|our|their|the|a|an|as|when|while)\b"
)


def opens_sentence(text: str, start: int) -> bool:
    """True when `start` begins the text, a line or a bullet, or follows a sentence end."""
    before = text[:start].rstrip(" \t").rstrip("-*•·▪◦–—").rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def prose_follows(text: str, end: int) -> bool:
    """True when a lower-case word that is no list joiner comes next ("Toast was served")."""
    word = re.match(r"[ \t]+([a-z]+)", text[end : end + 40])
    return word is not None and word.group(1) not in _LIST_NEXT_WORDS


def glued_after(text: str, start: int) -> bool:
    """True when the name is the second half of a hyphenated code ("1099-NEC", "ISO-9001")."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()


_LANGUAGE_NEXT = frozenset(
    "and or speaker speakers speaking language languages fluency fluent native bilingual "
    "proficiency proficient conversational business written spoken skills required preferred "
    "is a plus as".split()
)


def noun_follows(text: str, end: int) -> bool:
    """A language name used as an adjective: "Italian restaurant", "Spanish omelette"."""
    word = re.match(r"[ \t]+([a-z]+)", text[end : end + 30])
    return word is not None and word.group(1) not in _LANGUAGE_NEXT


def used_as_word(text: str, token: tuple[str, int, int]) -> bool:
    """A capitalised product name used as an English word: "Excel at", "Word of mouth"."""
    word, _, end = token
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    return _WORD_NEXT.match(text, end) is not None


_TOKEN_GAP = re.compile(r"[ \t\-'’.]*")


def same_line(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def joined_tokens(text: str, tokens: list[tuple[str, int, int]], alias: str) -> bool:
    """The words of a name stand together: no punctuation between them that the alias itself
    lacks ("saute station on the line | Set up" holds no "line set")."""
    for left, right in itertools.pairwise(tokens):
        gap = text[left[2] : right[1]]
        if _TOKEN_GAP.fullmatch(gap) is None and gap.strip() not in alias:
            return False
    return True


def list_context(text: str, end: int) -> bool:
    """True when what follows a name reads like a list item, not a sentence ("Go to ...")."""
    rest = text[end : end + 40]
    stripped = rest.lstrip(" \t")
    if not stripped or stripped[0] in _OK_NEXT_CHARS:
        return True
    if stripped[0] in "&-'+(" or stripped[0].isdigit():
        return False
    word = re.match(r"[A-Za-z]+", stripped)
    return word is not None and word.group(0).lower() in _LIST_NEXT_WORDS
