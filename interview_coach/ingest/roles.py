"""Positions in a resume's experience section: the title, employer and dates of each role.

Layouts handled: a title line then an employer line (or the reverse), "Title at Employer",
"Title, Employer, City — 2019 to 2021" with one role a line, fields split by pipes, tabs, dashes
or dotted leaders, and dates at the end of a line, on a line of their own, or first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interview_coach.ingest.dates import DateRange, find_ranges
from interview_coach.ingest.sections import Line

_SEPARATORS = re.compile(
    r"\s+(?:—|–|\||·|@|\bat\b|-{2,})\s+|\s+-\s+|\s{3,}|\t+|\s*\|\s*|\s*(?:\.\s?){3,}\s*|\s*…+\s*"
)
# Several titles on one header: "Bar Manager, then Assistant GM", "Apprentice → Technician".
_TITLE_STEPS = re.compile(r"\s*;\s*|,?\s+then\s+|\s*(?:→|->|⟶|»)\s*|,?\s+promoted to\s+", re.I)
# Head words of job titles: a part of a role header holding one of these is the title, the
# other part the employer ("Riverbend Analytics — Data Engineer").
TITLE_WORD = re.compile(
    r"\b(?:engineer|developer|programmer|analyst|manager|designer|coordinator|specialist|"
    r"assistant|associate|technician|tech|nurse|chef|cook|lead|director|intern|extern|"
    r"consultant|representative|rep|officer|administrator|admin|electrician|apprentice|"
    r"journeyman|hygienist|teacher|aide|paraprofessional|tutor|instructor|professor|recruiter|"
    r"accountant|bookkeeper|clerk|cashier|server|bartender|host|hostess|barista|supervisor|"
    r"foreman|operator|driver|mechanic|welder|plumber|carpenter|architect|writer|editor|"
    r"producer|marketer|strategist|planner|buyer|agent|advis[oe]r|counsel(?:l)?or|receptionist|"
    r"secretary|paralegal|attorney|lawyer|owner|founder|president|vp|head|principal|controller|"
    r"auditor|underwriter|dispatcher|handler|picker|packer|selector|worker|fellow|researcher|"
    r"trainee|student|cna|rn|lpn|emt|paramedic|physician|practitioner|midwife|sonographer|"
    r"tester|sre|dba|attendant|housekeeper|custodian|janitor|photographer|illustrator|animator|"
    r"keeper|holder|partner|medic|caregiver|dishwasher|runner|repairer|installer|inspector|"
    r"assembler|estimator|surveyor|drafter|draftsman|examiner|adjuster|appraiser|translator|"
    r"interpreter|coach|trainer|facilitator|organi[sz]er|lifeguard|teller|banker|broker|"
    r"investigator|guard|firefighter|stocker|merchandiser|concierge|valet|porter|baker|butcher|"
    r"sommelier|courier|loader|laborer|labourer|helper|steward|groundskeeper|landscaper|roofer|"
    r"painter|mason|pipefitter|fitter|millwright|rigger|coder|biller|scheduler|processor|"
    r"originator|liaison|navigator|ambassador|advocate|officer|soldier|sergeant|crew|member|"
    r"(?!(?:baptist|assist|exist|insist|persist|resist|consist)\b)[a-z]{3,}(?:ist|ician))s?\b",
    re.I,
)
_TEAM_TAIL = re.compile(
    r"\b(?:team|department|dept\.?|division|unit|squad|desk|practice|pod|ward|floor)$", re.I
)
# Words naming an organisation: after a comma they end the title ("Research Assistant, X Lab").
_ORG_WORD = re.compile(
    r"\b(?:lab|laborator(?:y|ies)|universit(?:y|ies)|college|school|academy|institute|inc|llc|"
    r"llp|ltd|plc|gmbh|corp(?:oration)?|co|company|group|hospital|clinic|cent(?:er|re)|"
    r"agency|studio|bank|foundation|trust|council|authority|restaurant|hotel|store|shop|"
    r"self-employed|freelance|contract)\b\.?",
    re.I,
)
_LOCATION = re.compile(r"^(?:remote|hybrid|on-?site)\b|^[A-Z][A-Za-z .'-]+,\s*[A-Z]{2}\b")


@dataclass
class Role:
    title: str
    employer: str = ""
    start: str = ""
    end: str = ""
    months: int = 0
    bullets: list[str] = field(default_factory=list)
    header: str = ""


def date_ranges(line: Line, present: int) -> list[DateRange]:
    return [] if line.bullet else find_ranges(line.text, present)


def strip_dates(text: str, ranges: list[DateRange]) -> str:
    """The line without its dates and without parentheses holding only dates or work terms."""
    for r in ranges:
        text = text.replace(r.text, " ")
    text = re.sub(r"\s*\t\s*", " | ", text)  # tab-separated fields
    text = re.sub(r"\b(?:since|from)\s*$", "", text.strip(), flags=re.I)
    text = re.sub(r"\(\s*[^()]*?\)\s*$", "", text.strip()) if not ranges else text
    text = re.sub(
        r"\(\s*(?:[,;]\s*)?[^()]*?\)",
        lambda m: (
            ""
            if not re.search(r"[A-Za-z]{3}", m.group(0))
            or re.search(r"part|full|time|hrs|hours|week|yrs?\b|mos?\b|months?|years?", m.group(0))
            else m.group(0)
        ),
        text,
    )
    return re.sub(r"\s+", " ", text).strip(" ,;·|—–-.…\t")


def _date_only(line: Line, ranges: list[DateRange]) -> bool:
    rest = strip_dates(line.text, ranges).lower().replace("present", "")
    return not re.search(r"[a-z]{3}", rest)


def _cut_comma(title: str, single_line: bool) -> tuple[str, str]:
    """ "Title, Employer[, City]" → (title, employer) when the tail names a place or an
    organisation, or when the whole role sits on one line; "Director, Product" stays whole."""
    head, _, tail = title.partition(", ")
    if not tail:
        return title, ""
    if single_line or _ORG_WORD.search(tail) or _LOCATION.search(tail):
        if TITLE_WORD.search(head) or not TITLE_WORD.search(tail):
            return head, tail
    return title, ""


def _split_steps(piece: str) -> list[str]:
    steps = [p for p in _TITLE_STEPS.split(piece) if p.strip()]
    out: list[str] = []
    for step in steps:
        halves = step.split(" / ")
        if len(halves) > 1 and all(TITLE_WORD.search(h) for h in halves):
            out.extend(halves)  # "Server / Bartender"
        else:
            out.append(step)
    return out


def _titles_of(block: list[Line], ranges: list[DateRange]) -> tuple[list[str], str]:
    first = strip_dates(block[0].text, ranges)
    named = [ln for ln in block if not _date_only(ln, ranges)]
    single = len(named) <= 1
    fields = [p.strip() for p in _SEPARATORS.split(first) if p and p.strip()]
    if len(fields) == 2 and _TEAM_TAIL.search(fields[1]) and not single:
        fields = [first]  # "Customer Success Manager — Enterprise Team"
    titled = [i for i, p in enumerate(fields) if TITLE_WORD.search(p)]
    if titled and titled[0] > 0:
        fields.insert(0, fields.pop(titled[0]))  # employer written before the title
    employer = fields[1] if len(fields) > 1 else ""
    head = fields[0] if fields else ""
    titles: list[str] = []
    for piece in _split_steps(head):
        piece = re.sub(r"\s*\([^()]*\)\s*$", "", piece).strip(" ,")
        title, rest = _cut_comma(piece, single and len(fields) == 1)
        employer = employer or rest
        title = re.sub(r"\s*\([^()]*\)\s*$", "", title).strip(" ,")
        if title:
            titles.append(title)
    if not employer and len(named) > 1:
        employer = _SEPARATORS.split(strip_dates(named[1].text, ranges))[0]
    return titles, employer.strip()


def _header_lines(block: list[Line], ranges: list[DateRange]) -> list[Line]:
    """The lines of a role header that can hold its title, the title line first: a block may
    open with the employer ("Freelance" / "Graphic Designer (contract)" / "2022 – now")."""
    named = [ln for ln in block if not _date_only(ln, ranges)] or block
    titled = [ln for ln in named if TITLE_WORD.search(strip_dates(ln.text, ranges))]
    if titled and titled[0] is not named[0] and not TITLE_WORD.search(named[0].text):
        first = titled[0]
        return [first, *(ln for ln in named if ln is not first)]
    return named


def _is_sentence(text: str) -> bool:
    return text.endswith(".") and len(text.split()) >= 6


def _starts_role(block: list[Line], line: Line, present: int) -> bool:
    """Whether `line` opens a new role although no bullet closed the block before it."""
    if not block:
        return False
    if line.heading and 1 <= line.level < 7:
        return True  # "### Title — Employer"
    block_ranges = [r for ln in block for r in date_ranges(ln, present)]
    if not block_ranges:
        return False
    ranges = date_ranges(line, present)
    if ranges and not _date_only(line, ranges):
        return True  # one role a line: "Title, Employer — 2019 to 2021"
    last = block[-1]
    last_ranges = date_ranges(last, present)
    named_before = any(not _date_only(ln, date_ranges(ln, present)) for ln in block[:-1])
    # dates closing a header ("Title" / "Employer" / "2019 - 2021"), then the next header
    return bool(last_ranges) and _date_only(last, last_ranges) and named_before


def parse_roles(lines: list[Line], present: int) -> list[Role]:
    """Roles in an experience section: a block of header lines with dates, then its bullets."""
    roles: list[Role] = []
    block: list[Line] = []
    bullets: list[str] = []

    def flush() -> None:
        ranges = [r for line in block for r in date_ranges(line, present)]
        if not block or not ranges:
            return
        titles, employer = _titles_of(_header_lines(block, ranges), ranges)
        for index, title in enumerate(titles or [""]):
            r = ranges[min(index, len(ranges) - 1)]
            roles.append(Role(title, employer, str(r.start), str(r.end), r.months))
            roles[-1].header = block[0].text
        roles[-1].bullets.extend(bullets)

    for line in lines:
        if line.bullet or (
            block
            and (len(line.text) > 90 or _is_sentence(line.text))
            and not date_ranges(line, present)
        ):
            if block:
                bullets.append(line.text)
            elif roles:
                roles[-1].bullets.append(line.text)
            continue
        if (block and bullets) or _starts_role(block, line, present):
            flush()
            block, bullets = [], []
        block.append(line)
    flush()
    return roles


__all__ = ["TITLE_WORD", "Role", "date_ranges", "parse_roles", "strip_dates"]
