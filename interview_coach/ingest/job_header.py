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
            r"controller|engineering manager|team lead|lead\b|supervisor)",
            re.I,
        ),
    ),
    ("senior", re.compile(r"\b(?:senior|sr\.?|staff engineer|manager|iii|iv)\b", re.I)),
    (
        "entry",
        re.compile(
            r"\b(?:junior|jr\.?|entry|intern|trainee|graduate|apprentice|associate)\b", re.I
        ),
    ),
    ("mid", re.compile(r"\bmid(?:-level)?\b|\bii\b", re.I)),
]
_ORG_WORDS = (
    r"\b(?:Hotel|Inc|LLC|LLP|Ltd|Group|Hospital|Clinic|Company|Co|School|"
    r"University|College|Bank|Partners|Health|Foundation|Restaurant|Resort|Agency)\b\.?$"
)
_SPLIT_TITLE = re.compile(r"\s+(?:—|\||·|@|\bat\b)\s+|\s+-\s+")


def _title_case(title: str) -> str:
    letters = [ch for ch in title if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        keep = {"IT", "RN", "HR", "QA", "UX", "UI", "AI", "ML", "II", "III", "IV", "SOC", "ER"}
        return " ".join(
            w
            if w.strip("()") in keep
            else w.capitalize()
            if w[:1].isalpha()
            else w[:1] + w[1:].capitalize()
            for w in title.split()
        )
    return title


def find_title_company(lines: list[Line], text: str) -> tuple[str, str]:
    """(title, company) from labelled fields, the first line, or company wording in the text."""
    title, company = "", ""
    for line in lines[:12]:
        if m := _TITLE_FIELD.match(line.text):
            title = m.group(1).strip()
        if (m := _COMPANY_FIELD.match(line.text)) and not company:
            company = m.group(1).strip()
    first = lines[0].text if lines else ""
    parts = _SPLIT_TITLE.split(first, maxsplit=1)
    if len(parts) == 1 and " – " in first:
        head, _, tail = first.partition(" – ")
        if re.search(_ORG_WORDS, tail) or re.search(re.escape(tail) + r" (?:is|are)\b", text):
            parts = [head, tail]
    if not title:
        title = parts[0].strip()
    if not company and len(parts) > 1:
        company = re.split(r"\s*[(,]\s*(?![A-Z][a-z]*\.?$)|\s+·\s+", parts[1])[0].strip()
        if re.search(r"\b(?:Inc|LLC|LLP|Ltd)\b", parts[1]) and "(" in parts[1]:
            company = parts[1].split("(")[0].strip()
    if not company:
        company = _company_from_text(lines, text)
    return _title_case(title), _title_case(company) if company.isupper() else company


def _company_from_text(lines: list[Line], text: str) -> str:
    for line in lines[:6]:
        if m := re.match(r"^About (?!the role|you|us|this)(.+?):?$", line.text):
            return m.group(1).strip()
    if m := re.search(
        r"(?m)^(?:At )?([A-Z][\w&.,' -]{1,60}?) (?:is an? equal|is proud to be|does not discriminate)",
        text,
    ):
        return m.group(1).strip()
    if len(lines) > 1:
        second = re.split(r"\s+(?:·|\||—|–)\s+", lines[1].text)[0].strip()
        if (
            second
            and not re.search(r",\s*[A-Z]{2}\b|\bremote\b", second, re.I)
            and len(second) < 60
        ):
            return second
    return ""


def find_seniority(title: str, years: int | None, text: str) -> str:
    """ "lead", "senior", "mid" or "entry": from the title's wording, else the years asked for."""
    for level, pattern in _SENIORITY:
        if pattern.search(title):
            return level
    if re.search(r"\bmid[- ]level\b", text[:400], re.I):
        return "mid"
    if years is None or years < 2:
        return "entry"
    return "senior" if years >= 5 else "mid"
