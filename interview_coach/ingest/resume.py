"""Read a resume: contact details, sections under any heading wording, roles, skills, years."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from interview_coach.ingest.dates import DateRange, find_ranges, union_months
from interview_coach.ingest.sections import SHAPE_LEVEL, Line, document_lines
from interview_coach.skills.extract import extract_skills
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
    ("education", re.compile(r"educat|academic|degree|coursework|training", re.I)),
    ("certifications", re.compile(r"certif|licen[cs]", re.I)),
    ("projects", re.compile(r"project|portfolio", re.I)),
    ("volunteer", re.compile(r"volunteer|community|extra|activit|interest|award|honou?r", re.I)),
    (
        "skills",
        re.compile(r"skill|toolbox|tool|technolog|competenc|expertise|stack|proficien", re.I),
    ),
    (
        "experience",
        re.compile(
            r"\b(?:experience|employment|work|career history|background|"
            r"positions|history|what i.?ve done|professional)\b",
            re.I,
        ),
    ),
    ("summary", re.compile(r"summary|profile|about|objective|snapshot|highlight|result", re.I)),
]
_SEPARATORS = re.compile(r"\s+(?:—|–|\||·|@|\bat\b)\s+|\s+-\s+|\s{3,}")
_RESUME_SOFT = frozenset({"Mentoring", "Leadership", "Communication"})
# Head words of job titles: a part of a role header holding one of these is the title, the
# other part the employer ("Riverbend Analytics — Data Engineer").
_TITLE_WORD = re.compile(
    r"\b(?:engineer|developer|programmer|analyst|manager|designer|coordinator|specialist|"
    r"assistant|associate|technician|tech|nurse|chef|cook|lead|director|intern|consultant|"
    r"representative|rep|officer|administrator|admin|electrician|apprentice|pharmacist|"
    r"hygienist|teacher|aide|paraprofessional|tutor|instructor|professor|generalist|recruiter|"
    r"accountant|bookkeeper|clerk|cashier|server|bartender|host|barista|supervisor|foreman|"
    r"operator|driver|mechanic|welder|plumber|carpenter|scientist|architect|writer|editor|"
    r"producer|marketer|strategist|planner|buyer|agent|advis[oe]r|counselor|therapist|"
    r"receptionist|secretary|paralegal|attorney|lawyer|owner|founder|president|vp|head|"
    r"principal|controller|auditor|underwriter|dispatcher|handler|picker|packer|worker|"
    r"fellow|researcher|trainee|student|cna|rn|lpn|emt|dentist|physician|sonographer|"
    r"phlebotomist|tester|sre|dba|attendant|housekeeper|custodian|photographer|illustrator|"
    r"animator|keeper|holder|partner|medic|caregiver|aide|generalist|dishwasher|runner)s?\b",
    re.I,
)
_TEAM_TAIL = re.compile(
    r"\b(?:team|department|dept\.?|division|unit|squad|desk|practice|pod|ward|floor)$", re.I
)
_LOCATION = re.compile(r"^(?:remote|hybrid|on-?site)$|,?\s*\b[A-Z]{2}$|^[A-Z][a-z]+,\s*[A-Z]", re.I)


@dataclass
class Role:
    title: str
    employer: str = ""
    start: str = ""
    end: str = ""
    months: int = 0
    bullets: list[str] = field(default_factory=list)
    header: str = ""


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


def _date_line(line: Line, present: int) -> list[DateRange]:
    return [] if line.bullet else find_ranges(line.text, present)


def _strip_dates(text: str, ranges: list[DateRange]) -> str:
    for r in ranges:
        text = text.replace(r.text, " ")
    text = re.sub(r"\(\s*[^()]*?\)\s*$", "", text.strip()) if not ranges else text
    text = re.sub(
        r"\(\s*(?:[,;]\s*)?[^()]*?\)",
        lambda m: (
            ""
            if not re.search(r"[A-Za-z]{3}", m.group(0))
            or re.search(r"part|full|time|hrs|hours|week", m.group(0), re.I)
            else m.group(0)
        ),
        text,
    )
    return re.sub(r"\s+", " ", text).strip(" ,;·|—–-")


def _titles_of(block: list[Line], ranges: list[DateRange]) -> tuple[list[str], str]:
    first = _strip_dates(block[0].text, ranges)
    first = re.sub(r"\s*\([^()]*\)\s*$", "", first)
    pieces = [p for p in re.split(r"\s*;\s*|,\s+then\s+", first) if p.strip()]
    titles: list[str] = []
    employer = ""
    for piece in pieces:
        parts = [p.strip() for p in _SEPARATORS.split(piece) if p and p.strip()]
        if len(parts) == 2 and _TEAM_TAIL.search(parts[1]) and len(block) > 1:
            parts = [piece.strip()]  # "Customer Success Manager — Enterprise Team"
        titled = [i for i, p in enumerate(parts) if _TITLE_WORD.search(p)]
        if titled and titled[0] > 0:
            parts.insert(0, parts.pop(titled[0]))  # employer written before the title
        title = parts[0] if parts else ""
        if len(parts) > 1:
            employer = employer or parts[1]
        elif len(block) == 1 or (
            len(block) > 1 and _date_only(block[1], ranges) and len(block) == 2
        ):
            head, _, rest = title.partition(", ")
            title, employer = head, employer or rest
        title = re.sub(r"\s*\([^()]*\)\s*$", "", title).strip(" ,")
        if title:
            titles.append(title)
    if not employer and len(block) > 1:
        employer = _SEPARATORS.split(_strip_dates(block[1].text, ranges))[0]
    return titles, employer.strip()


def _header_lines(block: list[Line], ranges: list[DateRange]) -> list[Line]:
    """The lines of a role header that can hold its title, the title line first: a block may
    open with the employer ("Freelance" / "Graphic Designer (contract)" / "2022 – now")."""
    named = [ln for ln in block if not _date_only(ln, ranges)] or block
    titled = [ln for ln in named if _TITLE_WORD.search(_strip_dates(ln.text, ranges))]
    if titled and titled[0] is not named[0] and not _TITLE_WORD.search(named[0].text):
        first = titled[0]
        return [first, *(ln for ln in named if ln is not first)]
    return named


def _date_only(line: Line, ranges: list[DateRange]) -> bool:
    return not re.search(r"[A-Za-z]{3}", _strip_dates(line.text, ranges).replace("present", ""))


def _is_sentence(text: str) -> bool:
    return text.endswith(".") and len(text.split()) >= 6


def parse_roles(lines: list[Line], present: int = PRESENT) -> list[Role]:
    """Roles in an experience section: a block of header lines with dates, then its bullets."""
    roles: list[Role] = []
    block: list[Line] = []
    bullets: list[str] = []

    def flush() -> None:
        if not block:
            return
        ranges = [r for line in block for r in _date_line(line, present)]
        if not ranges:
            if roles and not any(roles[-1].bullets):
                return
            return
        titles, employer = _titles_of(_header_lines(block, ranges), ranges)
        for index, title in enumerate(titles or [""]):
            r = ranges[min(index, len(ranges) - 1)]
            roles.append(Role(title, employer, "", "", r.months, header=block[0].text))
            roles[-1].start, roles[-1].end = str(r.start), str(r.end)
        roles[-1].bullets.extend(bullets)

    for line in lines:
        if line.bullet or (
            block
            and (len(line.text) > 90 or _is_sentence(line.text))
            and not _date_line(line, present)
        ):
            if block:
                bullets.append(line.text)
                continue
            if roles:
                roles[-1].bullets.append(line.text)
            continue
        if block and bullets:
            flush()
            block, bullets = [], []
        block.append(line)
    flush()
    return roles


_LABEL = re.compile(r"^[A-Za-z][\w &/+-]{0,30}:\s+(?=\S)")


def _skill_text(lines: list[Line], roles: list[Role]) -> str:
    """The text skills are read from: without role headings (a title alone proves no skill)
    and without list labels ("Virtualization: VMware" shows VMware)."""
    headers = {r.header for r in roles}
    kept = []
    for line in lines:
        if line.text in headers:
            continue
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
        dated = line.heading and bool(_date_line(line, present))
        if line.heading and 3 <= line.level < SHAPE_LEVEL:  # "### Title — Employer"
            sections.setdefault(kind, []).append(line)
            continue
        if line.heading and not dated and (found := section_kind(line.text)) != "other":
            kind = found
            continue
        if line.heading and line.level < SHAPE_LEVEL and not dated:
            kind = "other"
            continue
        sections.setdefault(kind, []).append(line)
    resume.sections = {k: "\n".join(x.text for x in v) for k, v in sections.items()}
    if "experience" not in sections:  # no heading names it: roles are wherever dates are
        sections["experience"] = [
            x
            for k in ("header", "other")
            for x in sections.get(k, [])
            if not (EMAIL.search(x.text) or PHONE.search(x.text) or LINK.search(x.text))
        ]
    resume.roles = parse_roles(sections.get("experience", []), present)
    resume.titles = [r.title for r in resume.roles if r.title]
    spans = [(int(r.start), int(r.end)) for r in resume.roles if r.start.isdigit()]
    resume.years_experience = round(union_months(spans) / 6) / 2
    resume.skills = extract_skills(_skill_text(lines, resume.roles), with_links=True)
    resume.skills += [
        s for s in find_soft_skills(text) if s in _RESUME_SOFT and s not in resume.skills
    ]
    return resume
