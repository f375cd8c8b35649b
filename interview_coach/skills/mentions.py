"""Mentions of skills and how parts listed with a skill fold into it ("AWS (EC2, S3)" is AWS)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """One place a skill is named: `start`/`end` are character offsets into the text."""

    skill: str
    start: int
    end: int
    surface: str


_PAREN_GAP = re.compile(r"[ \t]*(?:[\w.+/-]+[ \t]+){0,2}[\w.+/-]*[ \t]*\([ \t]*(?:[\w-]+:[ \t]*)?")
_COLON_GAP = re.compile(r"[ \t]*(?:[\w.+/-]+[ \t]*)?:[ \t]*")
_INCLUDING_GAP = re.compile(r",?[ \t]+including[ \t]+(?:\w+[ \t]+){0,2}")


def is_generic(name: str) -> bool:
    """A practice ("Containerization", "Backend development") rather than a named product."""
    words = name.split()
    if len(words) == 1:
        return name.lower().endswith(("ation", "ing", "ment", "ance", "ence", "ity", "ysis", "ics"))
    return name[:1].isupper() and all(w.islower() for w in [words[0][1:], *words[1:]])


def _abbreviation_of_previous(text: str, previous: Mention, mention: Mention) -> bool:
    """An acronym in parentheses right after a name: "Professional learning community (PLC)"."""
    gap = text[previous.end : mention.start]
    after = text[mention.end : mention.end + 3].lstrip("s ")
    if not (re.fullmatch(r"[ \t]*\([ \t]*", gap) and after.startswith(")")):
        return False
    letters = re.sub(r"[^A-Z]", "", mention.surface)
    words = re.findall(r"[A-Za-z]+", text[previous.start : previous.end])
    initials = "".join(w[0] for w in words if w.lower() not in {"and", "of", "the"}).upper()
    return mention.surface.isupper() and len(letters) >= 2 and letters == initials


def fold_parentheticals(text: str, mentions: list[Mention]) -> list[Mention]:
    """Fold parts listed with a named skill: "AWS (EC2, S3)" and "Lean tools: 5S, kaizen" are
    AWS and Lean, "Postgres, including schema design" is PostgreSQL."""
    kept: list[Mention] = []
    close = -1
    owner = ""
    for mention in mentions:
        if mention.start < close:
            if mention.skill == owner:
                kept.append(mention)
            continue
        if kept and _abbreviation_of_previous(text, kept[-1], mention):
            continue  # "professional learning community (PLC)": the acronym names the same
        if kept and not is_generic(kept[-1].skill):
            gap = text[kept[-1].end : mention.start]
            stop = ""
            if _PAREN_GAP.fullmatch(gap):
                stop = ")"
            elif _COLON_GAP.fullmatch(gap) or _INCLUDING_GAP.fullmatch(gap):
                stop = ";"
            if stop:
                newline = text.find("\n", mention.start)
                newline = len(text) if newline == -1 else newline
                found = text.find(stop, mention.start, newline)
                if stop == ";":
                    sentence = re.search(r"[.;](?:\s|$)", text[mention.start : newline])
                    found = mention.start + sentence.start() if sentence else newline
                close = found if found != -1 else -1
                owner = kept[-1].skill
                if close != -1 and mention.skill != owner:
                    continue
        kept.append(mention)
    return kept
