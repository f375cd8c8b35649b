"""The story bank: the candidate's stories tagged with skills (taxonomy), competencies (cue words)
and STAR parts (the STAR analyzer); which competencies and must-haves they cover; which story
fits each planned question; and a warning when one story is planned for too many questions.

Everything here is pure: storage and the CLI pass stories in and keep the results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from interview_coach.analysis.base import find_summary, prepare
from interview_coach.analysis.star import StarAnalyzer
from interview_coach.domain import Answer
from interview_coach.ingest.job import JobDescription
from interview_coach.questions.model import PlannedQuestion
from interview_coach.skills.extract import extract_skills

#: A story planned for more questions than this gets a warning.
MAX_USES = 2
_STORY_TYPES = frozenset(
    {"behavioral", "situational", "resume", "technical", "strength", "weakness"}
)
_CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "adaptability": r"\b(?:adapt\w*|changed? (?:plan|course|priorit)\w*|pivot\w*|new system|"
        r"unexpected\w*|sudden\w*|switch\w*)\b",
        "problem_solving": r"\b(?:root cause|diagnos\w*|debug\w*|troubleshoot\w*|solv\w*|fix\w*|"
        r"investigat\w*|analys\w*|figured out)\b",
        "teamwork": r"\b(?:team\w*|together|colleagues?|co-?workers?|pair(?:ed)?|collaborat\w*)\b",
        "conflict": r"\b(?:disagree\w*|conflict\w*|tension|argu\w*|push(?:ed)? back|"
        r"difficult (?:customer|colleague|person)|complain\w*)\b",
        "leadership": r"\b(?:led|lead(?:ing)?|managed? (?:a |the )?team|supervis\w*|delegat\w*|"
        r"ran the|in charge)\b",
        "communication": r"\b(?:present\w*|explain\w*|wrote|documented|briefed|told|"
        r"communicat\w*|report(?:ed)? to)\b",
        "customer_focus": r"\b(?:customers?|clients?|patients?|guests?|users?|students?)\b",
        "ownership": r"\b(?:took ownership|on my own|volunteered|stepped up|took charge|"
        r"my responsibility|i decided)\b",
        "learning": r"\b(?:learn\w*|taught myself|course|trained|studied|new to)\b",
        "failure": r"\b(?:mistake|failed|failure|went wrong|missed|my fault|error)\b",
        "time_management": r"\b(?:deadline\w*|priorit\w*|schedul\w*|on time|overtime|"
        r"juggl\w*|time pressure)\b",
        "ethics": r"\b(?:ethic\w*|honest\w*|integrity|reported (?:it|the)|policy|confidential\w*)\b",
        "mentoring": r"\b(?:mentor\w*|coach\w*|onboard\w*|trained (?:a|the|new))\b",
        "stakeholder_management": r"\b(?:stakeholders?|manager\w*|director\w*|vendors?|"
        r"partners?|other departments?)\b",
        "resilience": r"\b(?:pressure|stress\w*|setback|kept going|recover\w*|burn\w*)\b",
    }.items()
}


@dataclass(frozen=True)
class Story:
    """A story the candidate can tell; `star` holds the STAR parts found in it (part -> bool)."""

    title: str
    text: str
    skills: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    star: dict[str, bool] = field(default_factory=dict, hash=False)
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "skills": list(self.skills),
            "competencies": list(self.competencies),
            "star": dict(self.star),
        }


def competencies_in(text: str) -> tuple[str, ...]:
    """Competencies a story shows, in a fixed order, by general cue words."""
    return tuple(name for name, pattern in _CUES.items() if pattern.search(text))


def tag_story(
    title: str,
    text: str,
    *,
    star: StarAnalyzer | None = None,
    skills: Iterable[str] = (),
    competencies: Iterable[str] = (),
    story_id: int | None = None,
) -> Story:
    """A story with skills, competencies and STAR parts found automatically; the `skills` and
    `competencies` given (the user's edits) come first and are kept."""
    body = f"{title}\n{text}"[:60_000]
    found_skills = tuple(dict.fromkeys((*skills, *extract_skills(body))))
    found_comp = tuple(dict.fromkeys((*competencies, *competencies_in(body))))
    analyzer = star or StarAnalyzer()
    answer = Answer(
        text=text[:60_000], question="Tell me about a time.", question_type="behavioral"
    )
    result = find_summary(analyzer(answer, prepare(answer)), "star")
    parts = dict(result.data.get("parts") or {}) if result else {}
    return Story(
        title=title.strip(),
        text=text,
        skills=found_skills,
        competencies=found_comp,
        star={str(k): bool(v) for k, v in parts.items()},
        id=story_id,
    )


@dataclass(frozen=True)
class StoryCoverage:
    """Which stories cover each wanted competency and must-have skill (empty: none do)."""

    competencies: dict[str, list[str]]
    must_haves: dict[str, list[str]]

    @property
    def uncovered(self) -> list[str]:
        return [k for k, v in {**self.competencies, **self.must_haves}.items() if not v]

    def to_dict(self) -> dict[str, Any]:
        return {
            "competencies": self.competencies,
            "must_haves": self.must_haves,
            "uncovered": self.uncovered,
        }


def story_coverage(
    stories: Sequence[Story], competencies: Sequence[str], job: JobDescription | None = None
) -> StoryCoverage:
    comp = {c: [s.title for s in stories if c in s.competencies] for c in competencies}
    must = {
        skill: [s.title for s in stories if skill.lower() in {x.lower() for x in s.skills}]
        for skill in (job.must_have if job else [])
    }
    return StoryCoverage(comp, must)


def _fit(question: PlannedQuestion, story: Story) -> float:
    shared = len(set(question.competencies) & set(story.competencies))
    skills = {s.lower() for s in story.skills}
    shared_skills = sum(1 for s in question.skills if s.lower() in skills)
    complete = sum(1 for v in story.star.values() if v) / 4.0
    return shared + 1.5 * shared_skills + 0.25 * complete if shared or shared_skills else 0.0


def match_stories(
    questions: Sequence[PlannedQuestion], stories: Sequence[Story], max_uses: int = MAX_USES
) -> tuple[list[dict[str, Any]], list[str]]:
    """The best story for each story-type question, and warnings for over-used stories.

    A story already planned `max_uses` times yields to the next best one; when no other story
    fits, it is planned again and the warning says so.
    """
    uses: dict[int, int] = {}
    matches: list[dict[str, Any]] = []
    for index, question in enumerate(questions):
        if question.type not in _STORY_TYPES or question.kind in ("gap", "group_exercise"):
            continue
        scored = sorted(
            ((_fit(question, s), -i, i) for i, s in enumerate(stories) if _fit(question, s) > 0),
            reverse=True,
        )
        if not scored:
            matches.append({"question": index, "story": None, "score": 0.0})
            continue
        fresh = [t for t in scored if uses.get(t[2], 0) < max_uses]
        score, _, best = (fresh or scored)[0]
        uses[best] = uses.get(best, 0) + 1
        matches.append({"question": index, "story": stories[best].title, "score": round(score, 2)})
    warnings = [
        f'The story "{stories[i].title}" is planned for {n} questions; prepare another story '
        "so that it is not your answer to everything."
        for i, n in sorted(uses.items())
        if n > max_uses
    ]
    return matches, warnings
