"""Interview formats (phone, video, in person, panel, group): lengths, slot order, minutes per
question type and the preparation checklist, read once from `data/formats.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from interview_coach.errors import CoachError

DATA_PACKAGE = "interview_coach.data"
SLOTS: tuple[str, ...] = (
    "intro",
    "motivation",
    "company",
    "resume",
    "skill",
    "gap",
    "behavioral",
    "situational",
    "technical",
    "culture_fit",
    "strength",
    "weakness",
)


class UnknownFormatError(CoachError):
    """The format name is not one of the packaged formats; the message lists the valid ones."""


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    min_minutes: int
    max_minutes: int
    default_minutes: int
    closing_minutes: int
    personas: tuple[int, int]
    per_type: dict[str, float]
    priority: tuple[str, ...]
    repeat: tuple[str, ...]
    checklist: tuple[str, ...]
    exercises: tuple[str, ...] = ()
    exercise_share: float = 0.0

    def minutes_for(self, question_type: str) -> float:
        return float(self.per_type.get(question_type, 4))


def _format(name: str, raw: dict[str, Any]) -> Format:
    minutes = raw["minutes"]
    personas = raw.get("personas", 1)
    low, high = (personas, personas) if isinstance(personas, int) else tuple(personas)
    for slot in (*raw["priority"], *raw["repeat"]):
        if slot not in SLOTS:
            raise CoachError(f"formats.yaml: format '{name}' has an unknown slot '{slot}'")
    return Format(
        name=name,
        label=str(raw["label"]),
        min_minutes=int(minutes["min"]),
        max_minutes=int(minutes["max"]),
        default_minutes=int(minutes["default"]),
        closing_minutes=int(raw["closing_minutes"]),
        personas=(int(low), int(high)),
        per_type={str(k): float(v) for k, v in raw["per_type"].items()},
        priority=tuple(raw["priority"]),
        repeat=tuple(raw["repeat"]),
        checklist=tuple(str(x) for x in raw["checklist"]),
        exercises=tuple(str(x) for x in raw.get("exercises", ())),
        exercise_share=float(raw.get("exercise_share", 0.0)),
    )


@lru_cache(maxsize=1)
def load_formats() -> dict[str, Format]:
    """The packaged formats by name, in file order."""
    text = resources.files(DATA_PACKAGE).joinpath("formats.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {name: _format(name, raw) for name, raw in data["formats"].items()}


def format_names() -> tuple[str, ...]:
    return tuple(load_formats())


def get_format(name: str) -> Format:
    """The format called `name` (case and dashes forgiven); a clear error for an unknown one."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    formats = load_formats()
    if key not in formats:
        raise UnknownFormatError(
            f"unknown interview format '{name}'; choose one of: {', '.join(formats)}"
        )
    return formats[key]
