"""Read a job description: title, company, seniority, skills by strength, soft skills, years."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from interview_coach.ingest.job_header import find_seniority, find_title_company
from interview_coach.ingest.job_years import find_years
from interview_coach.ingest.sections import Line, document_lines
from interview_coach.skills.extract import extract_skills
from interview_coach.skills.open_vocab import open_skills
from interview_coach.skills.soft import find_soft_skills

REQUIRED, PREFERRED, DUTIES, BENEFITS, ABOUT, OTHER = (
    "required",
    "preferred",
    "duties",
    "benefits",
    "about",
    "other",
)
PROSE, DEGREE = "prose", "degree"  # company prose (soft skills only); degree lines (years only)
CUE = "required-cue"  # a requirement stated in a sentence outside any requirements section
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        PREFERRED,
        re.compile(
            r"nice|prefer|bonus|plus|extra credit|desir|good to have|ideally|"
            r"would be great|advantage|asset|optional|stand out|set you apart|extra mile|"
            r"\b(?:might|may|could) also\b|also have|even better|great if|love to see|"
            r"not required|helpful",
            re.I,
        ),
    ),
    (
        BENEFITS,
        re.compile(
            r"benefit|perks|compensation|salary|pay\b|we offer|^why\b|apply|^application|"
            r"^how to|next steps|hiring process",
            re.I,
        ),
    ),
    (
        ABOUT,
        re.compile(
            r"^about\b(?! (?:the |this )?(?:role|job|position|opportunity|you))|who we are|"
            r"our (?:company|story|mission|team)|the company",
            re.I,
        ),
    ),
    (
        DUTIES,
        re.compile(
            r"you.?ll do|responsib|duties|the role|function|day.to.day|you will|"
            r"purpose|summary|what you.?ll|the job|the work|overview|typical day|day in the life|"
            r"\bwill:?$",
            re.I,
        ),
    ),
    (
        REQUIRED,
        re.compile(
            r"require|qualif|bring|looking for|must|need|you have|skills|knowledge|"
            r"experience|who you are|about you|essential|certif|licen|education|ideal|"
            r"stack|tools|technolog|competenc|criteria|have\b|"
            r"^you\b|what we.?re after",
            re.I,
        ),
    ),
]
_INLINE_LABEL = re.compile(r"^([A-Z][A-Za-z /&'’-]{1,30}):\s+(\S.*)$")
_PREFERRED_LINE = re.compile(
    r"\b(?:a (?:\w+ )?plus|nice to have|bonus|preferred|preferably|ideally|desirable|"
    r"not required|would be (?:great|nice|ideal|a bonus)|helpful|(?:is|are) (?:also )?nice|"
    r"an? (?:advantage|asset)|advantageous|extra credit)\b",
    re.I,
)
# Sentence-level cues of a requirement, for prose and for headings the reader does not know.
_REQUIRED_LINE = re.compile(
    r"\b(?:must|required|requires?|essential|minimum|mandatory|you(?:'ll| will)? need|"
    r"you (?:have|bring|hold|know)|to be considered|we need|we require|is a must)\b",
    re.I,
)
_BENEFITS_LINE = re.compile(
    r"^(?:we offer|we provide|benefits?\b[^.]{0,40}\binclude|perks|pay(?:ing)?\b|salary|compensation|"
    r"what we offer|in return|you.ll get|hours:|schedule:)",
    re.I,
)
_EEO = re.compile(
    r"equal (?:employment )?opportunity|discriminat\w*|without regard to|"
    r"reasonable accommodation|protected (?:veteran|characteristic)|affirmative action|"
    r"(?:participates? in|uses|an) e-verify|e-verify (?:employer|participant)",
    re.I,
)


@dataclass
class JobDescription:
    title: str = ""
    company: str = ""
    seniority: str = "mid"
    must_have: list[str] = field(default_factory=list)
    nice_to_have: list[str] = field(default_factory=list)
    soft_skills: list[str] = field(default_factory=list)
    years_experience: int | None = None
    responsibilities: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _kind_of(heading: str) -> str | None:
    if _EEO.search(heading):
        return BENEFITS
    for kind, pattern in _KINDS:
        if pattern.search(heading):
            return kind
    return None


_COLUMNS = re.compile(r"\S {3,}\S")  # two items side by side: a two-column list line
_CLAUSE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])|;\s+|,\s+(?=(?:ideally|preferably|especially)\b)")
_DEGREE = re.compile(
    r"\b(?:degree|bachelor|master'?s|diploma|B\.?S\.?|B\.?A\.?|GED|major(?:ing)? in)\b"
)
# A prose duty whose subject is the role: "The counselor delivers ...", "This role oversees ...".
_ROLE_DUTY = re.compile(
    r"^(?:the|this|our new) (?:[a-z-]+ ){0,2}(?:also |will |is expected to |must )?"
    r"(?:deliver|provide|conduct|perform|manage|support|maintain|coordinate|develop|lead|"
    r"oversee|handle|take|assist|prepare|review|ensure|plan|run|supervise|design|build|"
    r"administer|facilitate|complete|monitor|operate|install|inspect|process)s?\b",
    re.I,
)
_PROSE_KEEP = re.compile(
    r"\b(?:you|your|candidate|someone|must|required|requires?|ideal|experience|knowledge|"
    r"proficien\w*|ability|able to|skills?|familiar\w*|hands-on|certif\w*|licen[cs]\w*|"
    r"hiring|seeking|looking for|responsible|need|expect|should|will|typical|includes?)\b",
    re.I,
)


def _clauses(kind: str, line: Line, text: str, labelled: bool = False) -> list[tuple[str, str]]:
    """Split a line into clauses; prose about the company is dropped, preferences marked."""
    out: list[tuple[str, str]] = []
    for clause in _CLAUSE.split(text):
        if not clause.strip():
            continue
        clause_kind = kind
        if _BENEFITS_LINE.search(clause.strip()):
            clause_kind = BENEFITS
        elif _DEGREE.search(clause):
            clause_kind = PREFERRED if _PREFERRED_LINE.search(clause) else DEGREE
        elif _EEO.search(clause):
            clause_kind = BENEFITS
        elif kind in (REQUIRED, DUTIES, OTHER) and _PREFERRED_LINE.search(clause):
            clause_kind = PREFERRED
        elif kind in (DUTIES, OTHER) and _REQUIRED_LINE.search(clause):
            clause_kind = CUE
        elif kind == OTHER and re.search(r"\byou(?:'ll| will)\b", clause, re.I):
            clause_kind = DUTIES
        elif kind in (OTHER, DUTIES) and _ROLE_DUTY.search(clause.strip()):
            clause_kind = DUTIES
        elif (
            kind in (OTHER, DUTIES)
            and not (line.bullet or labelled)
            and not _PROSE_KEEP.search(clause)
        ):
            clause_kind = PROSE
        out.append((clause_kind, clause))
    return out


def _heading_kind(line: Line, before_list: bool = False) -> str | None:
    """Sentence-case headings such as "Nice to have" are recognised by their wording; a longer
    line that introduces a bulleted list ("Things that make you stand out") counts as well."""
    limit = 9 if before_list else 5
    if line.bullet or len(line.text.split()) > limit or line.text.endswith((".", ",")):
        return None
    return _kind_of(line.text)


def _after_list(lines: list[Line], index: int) -> bool:
    """A long plain paragraph right after a bulleted list, with no requirement wording."""
    line = lines[index]
    return (
        index > 0
        and lines[index - 1].bullet
        and not line.bullet
        and len(line.text.split()) > 12
        and not _REQUIRED_LINE.search(line.text)
        and not _PREFERRED_LINE.search(line.text)
    )


def classify_lines(lines: list[Line]) -> list[tuple[str, str]]:
    """Each clause's text with the kind of section it sits in (inline labels count too)."""
    out: list[tuple[str, str]] = []
    kind = OTHER
    for index, line in enumerate(lines):
        if index == 0:
            continue
        text = line.text
        label = _INLINE_LABEL.match(text)
        before_list = index + 1 < len(lines) and lines[index + 1].bullet
        if not line.heading and not label and (found := _heading_kind(line, before_list)):
            kind = found
            continue
        if line.heading:
            kind = _kind_of(text) or (kind if line.text.endswith(":") else OTHER)
            continue
        if kind in (REQUIRED, PREFERRED) and _after_list(lines, index):
            kind = OTHER  # a paragraph after the list ends it ("Tidewell offers health ...")
        if _EEO.search(_CLAUSE.split(text, maxsplit=1)[0]):
            kind = BENEFITS  # a paragraph of equal-opportunity text ends the posting's content
        line_kind = kind
        found = _kind_of(label.group(1)) if label and not line.bullet else None
        if kind == PREFERRED and found == REQUIRED and not lines[index - 1].bullet:
            found = PREFERRED  # "Tools: ..." right under "Preferred" names preferred tools
        if label and found:
            line_kind, text = found, label.group(2)
            if found in (BENEFITS, ABOUT):
                kind = found
        listed = bool(label) or _COLUMNS.search(text) is not None
        out.extend(_clauses(line_kind, line, text, labelled=listed))
    return out


def _new(names: list[str], known: list[str]) -> list[str]:
    seen = {k.lower() for k in known}
    return [n for n in names if n.lower() not in seen]


def parse_job(text: str) -> JobDescription:
    """Parse the normalised text of a job posting (see `ingest.read_document`)."""
    lines = document_lines(text[:500_000])
    if not lines:
        return JobDescription()
    classified = classify_lines(lines)
    title, company = find_title_company(lines, text)
    has_required = any(kind == REQUIRED for kind, _ in classified)
    must_kinds = {REQUIRED, DUTIES} if has_required else {REQUIRED, DUTIES, OTHER}
    required = extract_skills("\n".join(t for k, t in classified if k in (REQUIRED, CUE)))
    duties = extract_skills("\n".join(t for k, t in classified if k in must_kinds - {REQUIRED}))
    preferred = extract_skills("\n".join(t for k, t in classified if k == PREFERRED))
    must = required + [s for s in duties if s not in required and s not in preferred]
    nice = [s for s in preferred if s not in must]
    must += _new(open_skills("\n".join(t for k, t in classified if k == REQUIRED)), must + nice)
    nice += _new(open_skills("\n".join(t for k, t in classified if k == PREFERRED)), must + nice)
    soft_text = "\n".join(t for k, t in classified if k not in (BENEFITS, ABOUT, DEGREE))
    years = find_years(classified, (REQUIRED, CUE), (BENEFITS, ABOUT, PROSE))
    return JobDescription(
        title=title,
        company=company,
        seniority=find_seniority(title, years, text),
        must_have=must,
        nice_to_have=nice,
        soft_skills=find_soft_skills(soft_text),
        years_experience=years,
        responsibilities=[t for k, t in classified if k == DUTIES][:20],
    )
