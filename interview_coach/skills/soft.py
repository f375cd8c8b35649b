"""Soft skills of the closed list, found by general phrasings (packaged lexicon)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = resources.files("interview_coach.data").joinpath("soft_skills.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    return tuple(
        (str(name), re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.I))
        for name, phrases in data.items()
    )


def soft_skill_names() -> list[str]:
    return [name for name, _ in _patterns()]


def find_soft_skills(text: str) -> list[str]:
    """Soft skills named or described in `text`, in the order of the closed list."""
    text = text[:1_000_000]
    return [name for name, pattern in _patterns() if pattern.search(text)]
