"""Date ranges in resumes: "Sep 2023 – Present", "03/2020 - 05/2022", "2019–21", "since 2020".

Months are counted as integers (year * 12 + month - 1). A bare year starts in July and ends in
June; "Summer" is June to August; "present" is the reference month given by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS = {
    "spring": (1, 5),
    "summer": (6, 8),
    "fall": (9, 12),
    "autumn": (9, 12),
    "winter": (12, 2),
}
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_POINT = (
    r"(?:(?P<{p}m>" + _MONTH_NAME + r")\s+(?P<{p}y>(?:19|20)\d\d)"
    r"|(?P<{p}nm>0?[1-9]|1[0-2])\s*/\s*(?P<{p}ny>(?:19|20)\d\d)"
    r"|(?P<{p}s>spring|summer|fall|autumn|winter)\s+(?P<{p}sy>(?:19|20)\d\d)"
    r"|(?P<{p}iy>(?:19|20)\d\d)-(?P<{p}im>0[1-9]|1[0-2])"
    r"|(?P<{p}yo>(?:19|20)\d\d))"
)
_RANGE = re.compile(
    r"(?i)(?<![\w/])(?:(?P<since>since|from)\s+)?"
    + _POINT.format(p="a")
    + r"(?:\s*(?:-|–|—|to|until|through|thru)\s*(?:"
    + _POINT.format(p="b")
    + r"|(?P<short>\d\d)(?![\d/])"
    + r"|(?P<present>present|current|now|today|ongoing|date)))?(?![\w/])"
)
# Two months sharing one year: "June – August 2022", "Jan–Mar 2021".
_SHARED_YEAR = re.compile(
    r"(?i)(?<![\w/])(?P<m1>" + _MONTH_NAME + r")\s*(?:-|–|—|to|through)\s*"
    r"(?P<m2>" + _MONTH_NAME + r")\s*,?\s+(?P<y>(?:19|20)\d\d)(?![\w/])"
)


@dataclass(frozen=True)
class DateRange:
    start: int
    end: int
    text: str
    begin: int
    finish: int

    @property
    def months(self) -> int:
        return max(0, self.end - self.start + 1)


def _point(match: re.Match[str], p: str, *, is_end: bool) -> int | None:
    g = match.groupdict()
    if g.get(p + "m"):
        return int(g[p + "y"]) * 12 + _MONTHS[g[p + "m"].lower()[:3]] - 1
    if g.get(p + "nm"):
        return int(g[p + "ny"]) * 12 + int(g[p + "nm"]) - 1
    if g.get(p + "iy"):
        return int(g[p + "iy"]) * 12 + int(g[p + "im"]) - 1
    if g.get(p + "s"):
        first, last = _SEASONS[g[p + "s"].lower()]
        year = int(g[p + "sy"])
        if is_end:
            return (year + (1 if last < first else 0)) * 12 + last - 1
        return year * 12 + first - 1
    if g.get(p + "yo"):
        year = int(g[p + "yo"])
        return year * 12 + (5 if is_end else 6)
    return None


def _month(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def find_ranges(text: str, present: int) -> list[DateRange]:
    """Every date or date range in `text`; a single date counts as a range of itself.

    A lone year is left out (a graduation or award date, not a period of work) unless it
    follows "since" or "from", which run to the present.
    """
    text = text[:100_000]
    out: list[DateRange] = []
    for match in _SHARED_YEAR.finditer(text):
        year = int(match.group("y"))
        start = year * 12 + _month(match.group("m1")) - 1
        end = year * 12 + _month(match.group("m2")) - 1
        out.append(DateRange(start, end, match.group(0), match.start(), match.end()))
    taken = [(r.begin, r.finish) for r in out]
    for match in _RANGE.finditer(text):
        if any(b < match.end() and match.start() < f for b, f in taken):
            continue
        first = _point(match, "a", is_end=False)
        if first is None:
            continue
        start = first
        if match.group("present"):
            end = present
        elif any(match.groupdict().get("b" + k) for k in ("m", "nm", "s", "iy", "yo")):
            end = _point(match, "b", is_end=True) or start
        elif match.group("short") and match.group("ayo"):
            century = int(match.group("ayo")) // 100 * 100
            end = (century + int(match.group("short"))) * 12 + 5  # "2019–21": to June 2021
            if end <= start:
                continue
        elif match.group("since"):
            end = present
        else:
            single_end = _point(match, "a", is_end=True)
            end = single_end if single_end is not None else start
            if match.group("ayo"):
                continue  # a lone year is a graduation or award date, not a period of work
        out.append(DateRange(start, end, match.group(0), match.start(), match.end()))
    return sorted(out, key=lambda r: r.begin)


def union_months(ranges: list[tuple[int, int]]) -> int:
    """Months covered by the ranges, each month counted once (overlaps merged)."""
    months: set[int] = set()
    for start, end in ranges:
        if 0 <= end - start < 12 * 60:
            months.update(range(start, end + 1))
    return len(months)
