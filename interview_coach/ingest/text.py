"""Plain text and Markdown files, and the normalisation every extracted text goes through."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from interview_coach.ingest.errors import DocumentError

BULLET_GLYPHS = "•●▪◦‣∙■□◆◇►▶➢➤✓✔❖⁃–—*\x7f\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
_LEADING_BULLET = re.compile(r"^[ \t]*(?:[" + re.escape(BULLET_GLYPHS) + r"]|-)[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_HYPHEN_BREAK = re.compile(r"([a-z])-\n([a-z])")
_COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]{3,}|\t+)(?=\S)")  # two-column layouts
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def normalize_text(raw: str, *, wrapped: bool = False) -> str:
    """Normalise extracted text: bullets to "- ", no control characters, joined hyphenation.

    `wrapped` (PDF) also rejoins bullet items that the page layout broke over several lines.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    for lig, repl in _LIGATURES.items():
        text = text.replace(lig, repl)
    lines: list[str] = []
    for line in text.split("\n"):
        line = _LEADING_BULLET.sub("- ", line)
        line = _PRIVATE_USE.sub("", _CONTROL.sub("", line))
        line = _SPACES.sub(" ", _COLUMN_GAP.sub(" | ", line)).rstrip()
        lines.append(line.strip() if not line.startswith("- ") else line)
    if wrapped:
        lines = _join_wrapped(lines)
    out = "\n".join(lines)
    out = _HYPHEN_BREAK.sub(r"\1\2", out)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return unicodedata.normalize("NFC", out).strip()


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join a line to the bullet above it when that bullet ran to the page's right margin."""
    widest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    in_bullet = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            in_bullet = False
            out.append("")
            continue
        is_bullet = stripped.startswith("- ")
        if (
            in_bullet
            and not is_bullet
            and out
            and len(out[-1]) >= 0.6 * widest
            and not out[-1].endswith((".", ":"))
            and _continues(out[-1], stripped)
        ):
            out[-1] = out[-1] + " " + stripped
            continue
        in_bullet = is_bullet or (in_bullet and False)
        out.append(stripped)
    return out


_OPEN_ENDINGS = ("and", "or", "of", "the", "in", "with", "to", "for", "a", "an", "by", "on", "from")


def _continues(previous: str, line: str) -> bool:
    """A wrapped continuation starts in lower case or follows a word that cannot end a line."""
    if not line[0].isupper():
        return True
    last = previous.rsplit(" ", 1)[-1].lower()
    return previous.endswith((",", "-", "/")) or last in _OPEN_ENDINGS


def decode_bytes(data: bytes, path: Path) -> str:
    """Decode a text file; refuse binary data with a clear reason."""
    if b"\x00" in data[:65536]:
        raise DocumentError(path, "it looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(path: Path, data: bytes) -> str:
    return normalize_text(decode_bytes(data, path))
