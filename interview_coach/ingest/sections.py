"""Split a document into headed sections, whatever the heading wording or file format."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
SHAPE_LEVEL = 7  # a heading known by its shape only (no Markdown "#"): below every "#" level
# List markers: ASCII ones, numbers, and the bullet glyphs word processors and web pages paste in.
_BULLET = re.compile(r"^(?:(?:[-*+|>]|\d{1,2}[.)])\s+|[•▪◦●○■□►▸▶‣⁃∙·✓✔➢➤❖→⇒»]\s*|[–—]\s+)(?=\S)")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")


@dataclass(frozen=True)
class Line:
    """One line of a document: its text without markup, its offset, and what it looks like."""

    text: str
    start: int
    bullet: bool
    heading: bool
    level: int = 0


@dataclass
class Section:
    heading: str
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def clean_markup(text: str) -> str:
    return _MD_MARKUP.sub("", text).strip()


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence punctuation: "Experience", "WHAT YOU BRING", "Duties:"."""
    core = text.strip().rstrip(":").strip()
    if not core or len(core) > 48 or len(core.split()) > 6:
        return False
    if text.rstrip().endswith(":"):
        return True
    if re.search(r"\w:\s+\S", core):
        return False  # a labelled line: "Certification: PTCB CPhT"
    if re.search(r"[.,;!?@|·•]|\d{3,}|https?:", core):
        return False
    words = list(re.findall(r"[A-Za-z][A-Za-z'’&/-]*", core))
    if not words:
        return False
    small = {"and", "or", "of", "the", "to", "you", "we", "a", "an", "in", "for", "with", "&"}
    capitalised = [w for w in words if w[0].isupper() or w.lower() in small]
    return len(capitalised) == len(words) and not core.endswith(")")


def document_lines(text: str) -> list[Line]:
    """Lines with Markdown markers removed; headings and bullets flagged."""
    out: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        start = offset
        offset += len(raw) + 1
        stripped = raw.strip()
        if not stripped or _RULE.match(stripped):
            continue
        level = 0
        heading = False
        bullet = False
        if _MD_HEADING.match(stripped):
            level = len(stripped) - len(stripped.lstrip("#"))
            stripped = stripped.lstrip("#").strip()
            heading = True
        elif _BULLET.match(stripped):
            bullet = True
            stripped = _BULLET.sub("", stripped, count=1)
        text_clean = clean_markup(stripped)
        if not heading and not bullet and looks_like_heading(text_clean):
            heading = True
            level = SHAPE_LEVEL
        out.append(Line(text_clean, start, bullet, heading, level))
    return out
