"""Read a resume: contact details, sections under any heading wording, roles, skills, years."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from interview_coach.ingest.dates import union_months
from interview_coach.ingest.job_header import tidy_case
from interview_coach.ingest.roles import TITLE_WORD, Role, date_ranges, parse_roles
from interview_coach.ingest.sections import SHAPE_LEVEL, Line, document_lines
from interview_coach.skills.extract import extract_skills
from interview_coach.skills.open_vocab import open_skills
from interview_coach.skills.soft import find_soft_skills

PRESENT = 2026 * 12 + 10  # November 2026: the reference month of the dev set's labels (tests)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")
LINK = re.compile(
    r"\b(?:https?://\S+|(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|"
    r"dribbble\.com)/\S+|[\w-]+\.(?:dev|io|me|design)(?:/\S*)?)\b"
)
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("summary", re.compile(r"summary|profile|objective|snapshot|about me", re.I)),
    (
        "education",
        re.compile(r"educat|academic|degree|coursework|training|professional dev", re.I),
    ),
    ("certifications", re.compile(r"certif|licen[cs]", re.I)),
    (
        "projects",
        re.compile(
            r"project|portfolio|selected (?:[\w/]+ ){0,2}work|case stud|home ?lab|side work", re.I
        ),
    ),
    ("volunteer", re.compile(r"volunteer|community|extra|activit|interest|award|honou?r", re.I)),
    (
        "skills",
        re.compile(r"skill|toolbox|tool|technolog|competenc|expertise|stack|proficien", re.I),
    ),
    (
        "experience",
        re.compile(
            r"\b(?:experience|employment|work|career(?! highlight)|background|roles|"
            r"positions|history|what i.?ve done|where i.?ve worked|professional)\b",
            re.I,
        ),
    ),
    ("summary", re.compile(r"summary|profile|about|objective|snapshot|highlight|result", re.I)),
]
# A heading written in sentence case ("Work history"): short, letters only.
_PLAIN_HEADING = re.compile(r"^[A-Z][A-Za-z&/' -]{2,40}:?$")
_RESUME_SOFT = frozenset({"Mentoring", "Leadership", "Communication"})


@dataclass
class Resume:
    name: str = ""
    email: str = ""
    phone: str = ""
    links: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    years_experience: float = 0.0
    roles: list[Role] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def section_kind(heading: str) -> str:
    for kind, pattern in _KINDS:
        if pattern.search(heading):
            return kind
    return "other"


def _heading_kind(line: Line, present: int) -> str | None:
    """The section a heading opens, or None for a content line. A role title or an employer
    set like a heading ("Project Manager") stays content; a short sentence-case line counts as
    a heading when its wording names a section ("Work history")."""
    if line.bullet or date_ranges(line, present) or 3 <= line.level < SHAPE_LEVEL:
        return None
    if line.heading and line.level < SHAPE_LEVEL:
        return section_kind(line.text)  # "# Experience", "## Anything": Markdown says so
    plain = len(line.text.split()) <= 4 and _PLAIN_HEADING.match(line.text)
    if not (line.heading or plain) or TITLE_WORD.search(line.text):
        return None
    found = section_kind(line.text)
    return None if found == "other" else found


def _name(lines: list[Line]) -> str:
    if not lines:
        return ""
    first = re.split(r"\s*(?:,|\||·|—|–)\s*", lines[0].text)[0].strip()
    if EMAIL.search(first) or len(first.split()) > 5:
        return ""
    if first.isupper():
        first = "-".join(p.capitalize() for p in first.title().split("-"))
        first = " ".join(w[:1].upper() + w[1:] for w in first.split())
    return first


def month_index(day: date) -> int:
    """A date as the month number used by `ingest.dates` (year * 12 + month - 1)."""
    return day.year * 12 + day.month - 1


_LABEL = re.compile(r"^[A-Za-z][\w &/+-]{0,30}:\s+(?=\S)")


def _skill_text(lines: list[Line], roles: list[Role]) -> str:
    """The text skills are read from: without role headings (a title alone proves no skill)
    and without list labels ("Virtualization: VMware" shows VMware)."""
    headers = {r.header for r in roles}
    titles = {r.title for r in roles if r.title}
    kept = []
    for index, line in enumerate(lines):
        if index == 0 or line.text in headers:
            continue  # the name ("Jasmine Tran" is no test framework) and role headers
        if not line.bullet and len(line.text) < 120 and any(t in line.text for t in titles):
            continue  # "Junior Sous Chef | Jan 2023 – Present": a title line of a role
        kept.append(_LABEL.sub("", line.text))
    return "\n".join(kept)


def parse_resume(text: str, *, as_of: date | None = None) -> Resume:
    """Parse the normalised text of a resume (see `ingest.read_document`).

    `as_of` is the day "present" means in a date range (today unless given).
    """
    present = month_index(as_of or date.today())
    text = text[:500_000]
    lines = document_lines(text)
    resume = Resume(name=_name(lines))
    if m := EMAIL.search(text):
        resume.email = m.group(0).rstrip(".")
    if m := PHONE.search(text):
        resume.phone = m.group(0)
    resume.links = [
        m.group(0).rstrip(".,)")
        for m in LINK.finditer(text[:3000])
        if "@" not in text[max(0, m.start() - 1) : m.start() + 1]
    ][:6]
    sections: dict[str, list[Line]] = {}
    kind = "header"
    for line in lines[1:]:
        found = _heading_kind(line, present)
        if found is None:
            sections.setdefault(kind, []).append(line)
        else:
            kind = found
    resume.sections = {k: "\n".join(x.text for x in v) for k, v in sections.items()}
    if "experience" not in sections:  # no heading names it: roles are wherever dates are
        sections["experience"] = [
            x
            for k in ("header", "other")
            for x in sections.get(k, [])
            if not (EMAIL.search(x.text) or PHONE.search(x.text) or LINK.search(x.text))
        ]
    resume.roles = parse_roles(sections.get("experience", []), present)
    resume.titles = list(dict.fromkeys(tidy_case(r.title) for r in resume.roles if r.title))
    spans = [(int(r.start), int(r.end)) for r in resume.roles if r.start.isdigit()]
    resume.years_experience = round(union_months(spans) / 6) / 2
    resume.skills = extract_skills(_skill_text(lines, resume.roles), with_links=True)
    listed = "\n".join(resume.sections.get(k, "") for k in ("skills", "certifications"))
    known = {s.lower() for s in resume.skills}
    resume.skills += [s for s in open_skills(listed) if s.lower() not in known]
    resume.skills += [
        s for s in find_soft_skills(text, stated=True, only=_RESUME_SOFT) if s not in resume.skills
    ]
    return resume
