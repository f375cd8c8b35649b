"""The years of experience a job posting asks for: "5+ years", "2–4 years", "three years"."""

from __future__ import annotations

import re
from collections.abc import Collection

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "zero": 0,
}
_NUM = r"(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_YEARS = re.compile(
    _NUM + r"(?:\s*\(\d+\))?\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*" + _NUM + r"\s*\+?)?"
    r"\s*(?:\+\s*)?(?:or more\s+)?years?",
    re.I,
)


def _to_int(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def find_years(
    lines: list[tuple[str, str]], required_kinds: Collection[str], skipped_kinds: Collection[str]
) -> int | None:
    """Years asked for: the first figure in the lines of `required_kinds`, else the smallest
    elsewhere; lines of `skipped_kinds` (benefits, company prose) are not read."""
    found: list[int] = []
    required: list[int] = []
    for kind, text in lines:
        if kind in skipped_kinds:
            continue
        for match in _YEARS.finditer(text):
            after = text[match.end() : match.end() + 60].lower()
            if kind in required_kinds and re.match(r"\s*(?:of|in)?\s*\w+ing\b", after):
                required.append(_to_int(match.group(1)))
            if "experience" not in text.lower() and not re.match(
                r"\s*(?:of|in|as|with|building|working)\b", after
            ):
                continue
            if re.match(r"\s*old\b", after):
                continue
            found.append(_to_int(match.group(1)))
            if kind in required_kinds:
                required.append(found[-1])
    if required:
        return required[0]
    return min(found) if found else None
