"""The head of a job posting: its title, the hiring company and the role's seniority."""

from __future__ import annotations

import re

from interview_coach.ingest.sections import Line

_TITLE_FIELD = re.compile(r"^(?:job title|position|title|role)\s*:\s*(.+)$", re.I)
_COMPANY_FIELD = re.compile(
    r"^(?:company|employer|organi[sz]ation|district|hiring company)\s*:\s*(.+)$", re.I
)
_SENIORITY = [
    (
        "lead",
        re.compile(
            r"\b(?:principal|director|head of|vp|vice president|chief|charge nurse|"
            r"controller|engineering manager|general manager|team lead|lead\b|supervisor)",
            re.I,
        ),
    ),
    ("senior", re.compile(r"\b(?:senior|sr\.?|staff engineer|iii|iv)\b", re.I)),
    (
        "entry",
        re.compile(
            r"\b(?:junior|jr\.?|entry|intern|trainee|graduate|apprentice|associate)\b", re.I
        ),
    ),
    ("mid", re.compile(r"\bmid(?:-level)?\b(?!-market)|\bii\b", re.I)),
]
_ORG_WORDS = re.compile(
    r"\b(?:Hotel|Inc|LLC|LLP|Ltd|GmbH|Group|Hospital|Clinic|Company|Co|Corp|School|District|"
    r"University|College|Bank|Partners|Health|Foundation|Restaurant|Resort|Agency|Labs?)\b\.?$",
    re.I,
)
_FIELDS = re.compile(r"\s+[|·•]\s+")  # "Title | Service & Repair | Full Time": extra fields
_AT = re.compile(r"\s+(?:@|at)\s+")
_DASH = re.compile(r"\s+(?:—|–|-{1,2})\s+")
_NOT_COMPANY = re.compile(
    r"^(?:remote|hybrid|on-?site|full|part|contract|temporary|permanent|salar|about|the role|"
    r"overview|job|position|summary|description|who|what|why|our|your|responsib|location|"
    r"department|reports|we|this|join|\$)|,\s*[A-Z]{2}\b|\d|[!?:]$|"
    r"(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bCorp)(?<!\bLLC)(?<!\bPLC)\.$",
    re.I,
)
_PLACE = re.compile(r"^(?:remote|hybrid|on-?site)\b|^[A-Z][\w .'-]+,\s*[A-Z]{2}\b", re.I)


_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())


def tidy_case(text: str) -> str:
    """The text with its spacing tidied; a header set in capitals is put in title case, as the
    labels write it ("FRONTEND DEVELOPER (REACT)" is "Frontend Developer (React)"), keeping short
    acronyms ("IT", "RN", "CNC") in capitals."""
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 6 or not all(ch.isupper() for ch in letters):
        return text
    return re.sub(r"[A-Za-z0-9][A-Za-z0-9']*", _title_word, text)


_TITLE_ACRONYMS = frozenset(
    "IT HR QA UX UI VP ICU ER OR SRE SOC CNC RN LPN CNA EMT CPA CFO CEO CTO AI ML BI HVAC "
    "ED PACU NICU PICU OB EHS GIS SEO PPC CRM ERP AP AR II III IV".split()
)


def _title_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word[0].isdigit():
        return word.lower()  # "2ND" is "2nd"
    if word.lower() in _SMALL_WORDS and match.start() > 0:
        return word.lower()
    if word in _TITLE_ACRONYMS:
        return word
    return word[0] + word[1:].lower()


def _line_company(lines: list[Line]) -> str:
    """The company named first on the line under the title: "Fernleaf AgTech · Remote (US)"."""
    if len(lines) < 2 or lines[1].bullet:
        return ""
    first = re.split(r"\s+(?:·|\||—|–|-{1,2})\s+|\s*\(", lines[1].text)[0].strip()
    first = re.split(r",\s+(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,|$))", first)[0].strip()
    if not first or len(first.split()) > 6 or _NOT_COMPANY.search(first):
        return ""
    return first


def _company_part(part: str) -> str:
    """ "Parcelly (Chicago, hybrid)" → "Parcelly"; "Oakridge Supply, Inc." keeps its "Inc."."""
    part = part.split("(")[0].strip()
    return re.split(r",\s+(?![A-Z][a-z]*\.?$)", part)[0].strip()


def _split_first_line(lines: list[Line]) -> tuple[str, str]:
    """(title, company or "") from the first line. In "Title — Tail" the tail is the company
    only when it reads like one or the next line names none; otherwise it is part of the
    title ("Journeyman Electrician - Commercial"). A place after the dash is dropped."""
    first = _FIELDS.split(lines[0].text)[0] if lines else ""
    if len(parts := _AT.split(first, maxsplit=1)) == 2:
        return parts[0], _company_part(parts[1])
    parts = _DASH.split(first)
    if len(parts) == 1:
        return first, ""
    last = parts[-1]
    head = first[: first.rindex(last)].rstrip(" —–-")
    if _PLACE.search(last):
        return head, ""
    if _ORG_WORDS.search(last.split("(")[0].strip()) or not _line_company(lines):
        return head, _company_part(last)
    return first, ""


def find_title_company(lines: list[Line], text: str) -> tuple[str, str]:
    """(title, company) from labelled fields, the first lines, or company wording in the text.

    Values keep the posting's own casing ("CNC MACHINIST - 2ND SHIFT").
    """
    title, company = "", ""
    for line in lines[:12]:
        if m := _TITLE_FIELD.match(line.text):
            title = m.group(1).strip()
        if (m := _COMPANY_FIELD.match(line.text)) and not company:
            company = m.group(1).strip()
    head, tail = _split_first_line(lines)
    if not title:
        title = head.strip()
    company = company or tail or _line_company(lines) or _company_from_text(lines, text)
    return tidy_case(title), tidy_case(company)


def _company_from_text(lines: list[Line], text: str) -> str:
    for line in lines[:6]:
        if m := re.match(r"^About (?!the\b|our\b|role|you|us|this)(.+?):?$", line.text):
            return m.group(1).strip()
    if m := re.search(
        r"(?m)^(?:At )?([A-Z][\w&.,' -]{1,60}?) (?:is an? equal|is proud to be|does not discriminate)",
        text,
    ):
        return m.group(1).strip()
    return ""


def find_seniority(title: str, years: int | None, text: str) -> str:
    """ "lead", "senior", "mid" or "entry": from the title's wording, else the years asked for.

    A plain "manager" title says little (account, case, office managers): the years decide,
    and no years stated reads as senior.
    """
    for level, pattern in _SENIORITY:
        if pattern.search(title):
            return level
    if re.search(r"\bmanager\b", title, re.I):
        return "mid" if years is not None and years < 5 else "senior"
    if re.search(r"\bmid[- ]level\b", text[:400], re.I):
        return "mid"
    if years is None or years < 2:
        return "entry"
    return "senior" if years >= 5 else "mid"
