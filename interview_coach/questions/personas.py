"""Interviewer personas for panels (and the single interviewer of other formats), read once from
`data/personas.yaml`, and the rule that gives each question to the person who would ask it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import yaml

from interview_coach.errors import CoachError
from interview_coach.questions.model import Persona, PlannedQuestion

DATA_PACKAGE = "interview_coach.data"
STYLES = ("formal", "casual")
TALK = ("brief", "chatty")
#: The person who leads a one-to-one interview of each format.
LEAD_BY_FORMAT = {"phone": "recruiter"}
DEFAULT_LEAD = "hiring_manager"


@lru_cache(maxsize=1)
def load_personas() -> tuple[Persona, ...]:
    text = resources.files(DATA_PACKAGE).joinpath("personas.yaml").read_text("utf-8")
    out: list[Persona] = []
    for raw in yaml.safe_load(text)["personas"]:
        persona = Persona(
            id=str(raw["id"]),
            name=str(raw["name"]),
            role=str(raw["role"]),
            focus=tuple(str(x) for x in raw["focus"]),
            style=str(raw["style"]),
            talk=str(raw["talk"]),
            opener=str(raw["opener"]),
        )
        if persona.style not in STYLES or persona.talk not in TALK:
            raise CoachError(f"personas.yaml: '{persona.id}' has a bad style or talk value")
        out.append(persona)
    return tuple(out)


def choose_panel(count: int, rng: random.Random) -> tuple[Persona, ...]:
    """`count` distinct personas: always the hiring manager, the rest drawn with `rng`."""
    pool = list(load_personas())
    lead = next(p for p in pool if p.id == DEFAULT_LEAD)
    others = [p for p in pool if p.id not in (DEFAULT_LEAD, "recruiter")]
    rng.shuffle(others)
    return (lead, *others[: max(0, count - 1)])


def lead_for(format_name: str) -> Persona:
    wanted = LEAD_BY_FORMAT.get(format_name, DEFAULT_LEAD)
    return next(p for p in load_personas() if p.id == wanted)


def assign(
    questions: Sequence[PlannedQuestion], panel: Sequence[Persona]
) -> list[tuple[PlannedQuestion, str]]:
    """Each question with the id of the panel member who asks it.

    A question goes to the members whose focus includes its type, the one who has asked least
    so far first; when nobody's focus fits, to whoever has asked least. Everyone asks something
    when there are enough questions.
    """
    counts = {p.id: 0 for p in panel}
    out: list[tuple[PlannedQuestion, str]] = []
    for question in questions:
        fitting = [p for p in panel if question.type in p.focus] or list(panel)
        idle = [p for p in panel if counts[p.id] == 0 and question.type not in ("intro", "closing")]
        if question.type in ("intro", "closing"):
            chosen = panel[0]
        elif idle and len(questions) - len(out) <= sum(1 for p in panel if counts[p.id] == 0):
            chosen = idle[0]
        else:
            chosen = min(fitting, key=lambda p: counts[p.id])
        counts[chosen.id] += 1
        out.append((question, chosen.id))
    return out
