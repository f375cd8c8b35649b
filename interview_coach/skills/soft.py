"""Soft skills of the closed list, found by general phrasings (packaged lexicon).

Each skill has `find` phrasings and `except` phrasings (`data/soft_skills.yaml`). A `find` match
that overlaps an `except` match does not count, so "communication systems" is not Communication
and "present findings to leadership" is not Leadership, while the same words elsewhere still are.
A posting describes a working style loosely ("you stay steady when the caterer is late"); a resume
is credited only with what it states in so many words, the `stated` subset of the phrasings.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

_FLAGS = re.I | re.M
MAX_TEXT = 1_000_000


@dataclass(frozen=True)
class SoftSkill:
    name: str
    find: re.Pattern[str]
    stated: re.Pattern[str]
    exclude: re.Pattern[str] | None


def _compile(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + r")\b", _FLAGS)


def _entry(name: str, raw: Any) -> SoftSkill:
    """One skill from the YAML: a plain list of phrases, or a mapping with find/except/stated."""
    spec: dict[str, Any] = raw if isinstance(raw, dict) else {"find": raw}
    find = [str(p) for p in spec["find"]]
    stated = [str(p) for p in spec.get("stated", find)]
    unknown = set(stated) - set(find)
    if unknown:
        raise ValueError(f"{name}: stated phrases must be find phrases too: {sorted(unknown)}")
    exclude = [str(p) for p in spec.get("except", [])]
    return SoftSkill(name, _compile(find), _compile(stated), _compile(exclude) if exclude else None)


@cache
def _skills() -> tuple[SoftSkill, ...]:
    raw = resources.files("interview_coach.data").joinpath("soft_skills.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    return tuple(_entry(str(name), spec) for name, spec in data.items())


def soft_skill_names() -> list[str]:
    return [skill.name for skill in _skills()]


def _matches(skill: SoftSkill, pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of `pattern` in `text` that no `except` phrasing of the skill overlaps."""
    found = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    if not found or skill.exclude is None:
        return found
    blocked = [m.span() for m in skill.exclude.finditer(text)]
    return [(s, e) for s, e in found if not any(bs < e and s < be for bs, be in blocked)]


def soft_skill_spans(
    text: str, *, stated: bool = False, only: Collection[str] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Where each soft skill (of `only`, when given) is named or described in `text`."""
    text = text[:MAX_TEXT]
    out: dict[str, list[tuple[int, int]]] = {}
    for skill in _skills():
        if only is not None and skill.name not in only:
            continue
        spans = _matches(skill, skill.stated if stated else skill.find, text)
        if spans:
            out[skill.name] = spans
    return out


def find_soft_skills(
    text: str, *, stated: bool = False, only: Collection[str] | None = None
) -> list[str]:
    """Soft skills named or described in `text`, in the order of the closed list.

    With `stated=True` only phrasings that name the skill in so many words count (for resumes:
    "mentored two junior engineers" is Mentoring, "explained results" is not Communication).
    """
    return list(soft_skill_spans(text, stated=stated, only=only))


def find_stated_soft_skills(text: str) -> list[str]:
    return find_soft_skills(text, stated=True)
