"""The question bank: our own interview questions, packaged as YAML and validated on load.

Each file under `interview_coach/data/questions/` holds a `defaults` mapping (fields shared by its
entries, such as `type` or `role_families`) and a `questions` list. Every entry is checked against a
closed vocabulary so that a typo in the data fails loudly, naming the file and the entry id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from interview_coach.domain import QUESTION_TYPES
from interview_coach.errors import CoachError

COMPETENCIES: tuple[str, ...] = tuple(
    "adaptability problem_solving teamwork conflict leadership communication customer_focus "
    "ownership learning failure time_management ethics culture_fit motivation self_awareness "
    "technical_depth stakeholder_management attention_to_detail creativity resilience "
    "decision_making influence mentoring safety".split()
)
#: `any` marks a question that suits every role family (or seniority).
ROLE_FAMILIES: tuple[str, ...] = tuple(
    "any software data it_support networking security devops nursing pharmacy sales "
    "customer_service marketing accounting hr project_management product_management design "
    "teaching hospitality trades logistics engineering".split()
)
SENIORITIES: tuple[str, ...] = ("any", "entry", "mid", "senior", "lead")
DIFFICULTIES: tuple[int, ...] = (1, 2, 3)

DATA_PACKAGE = "interview_coach.data"
DATA_FOLDER = "questions"
_ID = re.compile(r"^[a-z]+(?:-[a-z0-9_]+)*-\d{3}$")
_FIELDS = frozenset(
    "id text type competencies role_families seniority difficulty looks_for follow_ups mistakes "
    "skills".split()
)
#: Allowed number of items for the list fields: (minimum, maximum).
_LIST_SIZES: dict[str, tuple[int, int]] = {
    "competencies": (1, 4),
    "role_families": (1, 6),
    "seniority": (1, 4),
    "looks_for": (1, 3),
    "follow_ups": (2, 3),
    "mistakes": (1, 3),
    "skills": (0, 6),
}


class QuestionBankError(CoachError):
    """The packaged question data is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class BankQuestion:
    """One interview question with what a good answer shows and how an interviewer probes it."""

    id: str
    text: str
    type: str
    competencies: tuple[str, ...]
    role_families: tuple[str, ...]
    seniority: tuple[str, ...]
    difficulty: int
    looks_for: tuple[str, ...]
    follow_ups: tuple[str, ...]
    mistakes: tuple[str, ...]
    skills: tuple[str, ...] = ()
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (lists, not tuples); `source` is the file it came from."""
        return {
            "id": self.id,
            "text": self.text,
            "type": self.type,
            "competencies": list(self.competencies),
            "role_families": list(self.role_families),
            "seniority": list(self.seniority),
            "difficulty": self.difficulty,
            "looks_for": list(self.looks_for),
            "follow_ups": list(self.follow_ups),
            "mistakes": list(self.mistakes),
            "skills": list(self.skills),
            "source": self.source,
        }

    def matches_text(self, words: Iterable[str]) -> bool:
        """True when every word occurs in the question, its points, skills or competencies."""
        haystack = " ".join(
            (self.id, self.text, *self.looks_for, *self.skills, *self.competencies)
        ).casefold()
        return all(word.casefold() in haystack for word in words)


def _text_list(raw: Any, field: str, where: str) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise QuestionBankError(f"{where}: '{field}' must be a list of non-empty strings")
    low, high = _LIST_SIZES[field]
    if not low <= len(raw) <= high:
        raise QuestionBankError(f"{where}: '{field}' needs {low} to {high} items, has {len(raw)}")
    if len(set(raw)) != len(raw):
        raise QuestionBankError(f"{where}: '{field}' repeats an item")
    return tuple(x.strip() for x in raw)


def _closed_list(raw: Any, field: str, allowed: tuple[str, ...], where: str) -> tuple[str, ...]:
    values = _text_list(raw, field, where)
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise QuestionBankError(
            f"{where}: unknown {field} {unknown!r}; allowed: {', '.join(allowed)}"
        )
    if "any" in values and len(values) > 1:
        raise QuestionBankError(f"{where}: '{field}' lists 'any' with other values")
    return values


def parse_entry(raw: Any, defaults: Mapping[str, Any], source: str, index: int) -> BankQuestion:
    """Validate one YAML entry (with the file's defaults filled in) into a BankQuestion."""
    if not isinstance(raw, dict):
        raise QuestionBankError(f"{source}: entry #{index + 1} is not a mapping")
    qid = raw.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        raise QuestionBankError(
            f"{source}: entry #{index + 1} has a missing or malformed id {qid!r} "
            "(expected e.g. 'beh-conflict-003')"
        )
    where = f"{source}: entry '{qid}'"
    entry = {**defaults, **raw}
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise QuestionBankError(f"{where}: unknown field(s) {', '.join(unknown)}")
    missing = sorted(_FIELDS - {"skills"} - set(entry))
    if missing:
        raise QuestionBankError(f"{where}: missing field(s) {', '.join(missing)}")
    text = entry["text"]
    if not isinstance(text, str) or len(text.strip()) < 10:
        raise QuestionBankError(f"{where}: 'text' must be a question of at least 10 characters")
    if entry["type"] not in QUESTION_TYPES:
        raise QuestionBankError(
            f"{where}: unknown type {entry['type']!r}; allowed: {', '.join(QUESTION_TYPES)}"
        )
    difficulty = entry["difficulty"]
    if isinstance(difficulty, bool) or difficulty not in DIFFICULTIES:
        raise QuestionBankError(f"{where}: 'difficulty' must be 1, 2 or 3, not {difficulty!r}")
    competencies = _closed_list(entry["competencies"], "competencies", COMPETENCIES, where)
    return BankQuestion(
        id=qid,
        text=" ".join(text.split()),
        type=entry["type"],
        competencies=competencies,
        role_families=_closed_list(entry["role_families"], "role_families", ROLE_FAMILIES, where),
        seniority=_closed_list(entry["seniority"], "seniority", SENIORITIES, where),
        difficulty=difficulty,
        looks_for=_text_list(entry["looks_for"], "looks_for", where),
        follow_ups=_text_list(entry["follow_ups"], "follow_ups", where),
        mistakes=_text_list(entry["mistakes"], "mistakes", where),
        skills=_text_list(entry.get("skills", []), "skills", where),
        source=source,
    )


def parse_file(source: str, text: str) -> list[BankQuestion]:
    """Parse one YAML file of questions; `source` names it in error messages."""
    try:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise QuestionBankError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("questions"), list):
        raise QuestionBankError(f"{source}: expected a mapping with a 'questions' list")
    defaults = document.get("defaults") or {}
    if not isinstance(defaults, dict) or "id" in defaults or "text" in defaults:
        raise QuestionBankError(f"{source}: 'defaults' must be a mapping without id or text")
    return [parse_entry(raw, defaults, source, i) for i, raw in enumerate(document["questions"])]


class QuestionBank:
    """An immutable, ordered collection of questions with lookups and filters."""

    def __init__(self, questions: Iterable[BankQuestion]) -> None:
        self.questions: tuple[BankQuestion, ...] = tuple(questions)
        self._by_id: dict[str, BankQuestion] = {}
        seen_texts: dict[str, str] = {}
        for q in self.questions:
            if q.id in self._by_id:
                raise QuestionBankError(
                    f"{q.source}: entry '{q.id}' reuses an id already used in "
                    f"{self._by_id[q.id].source}"
                )
            key = _normalised(q.text)
            if key in seen_texts:
                raise QuestionBankError(
                    f"{q.source}: entry '{q.id}' repeats the text of '{seen_texts[key]}'"
                )
            self._by_id[q.id] = q
            seen_texts[key] = q.id

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> BankQuestion | None:
        return self._by_id.get(question_id)

    def filter(
        self,
        *,
        type: str | None = None,
        competency: str | None = None,
        role_family: str | None = None,
        seniority: str | None = None,
        difficulty: int | None = None,
        search: str | None = None,
        include_general: bool = True,
        limit: int | None = None,
    ) -> list[BankQuestion]:
        """Questions matching every given criterion, in bank order.

        A role family or seniority also matches questions marked `any` unless `include_general`
        is False; `search` needs every word to occur (case-insensitive).
        """
        words = search.split() if search else []
        found: list[BankQuestion] = []
        for q in self.questions:
            if limit is not None and len(found) >= limit:
                break
            if type and q.type != type:
                continue
            if competency and competency not in q.competencies:
                continue
            if role_family and not _covers(q.role_families, role_family, include_general):
                continue
            if seniority and not _covers(q.seniority, seniority, include_general):
                continue
            if difficulty is not None and q.difficulty != difficulty:
                continue
            if words and not q.matches_text(words):
                continue
            found.append(q)
        return found


def _covers(values: tuple[str, ...], wanted: str, include_general: bool) -> bool:
    return wanted in values or (include_general and "any" in values)


def _normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def bank_files() -> list[str]:
    """Names of the packaged question files, sorted for a stable bank order."""
    folder = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=1)
def load_bank() -> QuestionBank:
    """The packaged question bank, parsed and validated once per process."""
    folder = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
    questions: list[BankQuestion] = []
    for name in bank_files():
        questions.extend(parse_file(name, folder.joinpath(name).read_text("utf-8")))
    return QuestionBank(questions)
