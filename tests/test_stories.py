"""The story bank: automatic tags, coverage of competencies and must-haves, story per question."""

from __future__ import annotations

from interview_coach.analysis.star import StarAnalyzer
from interview_coach.ingest.job import JobDescription
from interview_coach.questions.model import PlannedQuestion
from interview_coach.questions.stories import (
    MAX_USES,
    Story,
    match_stories,
    story_coverage,
    tag_story,
)

CONFLICT_STORY = (
    "Last spring at the college help desk, two colleagues disagreed about who owned printer "
    "tickets and the queue grew to sixty. My task was to get it moving before exams. I met both "
    "of them, mapped the tickets by building, and wrote a simple rota in Jira Service Management. "
    "The queue fell to ten within a week and the argument stopped."
)


def _question(competencies: tuple[str, ...], skills: tuple[str, ...] = ()) -> PlannedQuestion:
    return PlannedQuestion("Tell me about a time.", "behavioral", competencies, 5.0, "beh-x-001",
                           skills=skills)  # fmt: skip


def test_tagging_finds_skills_competencies_and_star_parts() -> None:
    story = tag_story("Printer queue feud", CONFLICT_STORY, star=StarAnalyzer())
    assert "Jira Service Management" in story.skills
    assert {"conflict", "teamwork"} <= set(story.competencies)
    assert set(story.star) == {"situation", "task", "action", "result"}
    assert story.star["action"] and story.star["result"]
    edited = tag_story("x", CONFLICT_STORY, skills=["Scheduling"], competencies=["leadership"])
    assert edited.skills[0] == "Scheduling" and edited.competencies[0] == "leadership"


def test_a_thin_story_misses_star_parts() -> None:
    story = tag_story("Busy day", "It was a busy day at work.")
    assert not story.star.get("result", False)
    assert story.competencies == ()


def test_tagging_never_raises_on_junk() -> None:
    for junk in ("", "🙂" * 500, "\x00\xff\ufffd" * 300, "word " * 20_000):
        story = tag_story("junk", junk)
        assert isinstance(story.star, dict)


def test_coverage_lists_what_no_story_covers() -> None:
    stories = [tag_story("Printer queue feud", CONFLICT_STORY)]
    job = JobDescription(must_have=["Jira Service Management", "Active Directory"])
    result = story_coverage(stories, ["conflict", "leadership"], job)
    assert result.competencies["conflict"] == ["Printer queue feud"]
    assert result.must_haves["Jira Service Management"] == ["Printer queue feud"]
    assert result.uncovered == ["leadership", "Active Directory"]
    assert story_coverage([], ["conflict"]).uncovered == ["conflict"]


def test_best_story_per_question_and_overuse_warning() -> None:
    conflict = Story("Feud", "text", competencies=("conflict", "teamwork"))
    leading = Story("Rota", "text", competencies=("leadership",), skills=("Scheduling",))
    questions = [_question(("conflict",)), _question(("leadership",), ("Scheduling",))]
    matches, warnings = match_stories(questions, [conflict, leading])
    assert [m["story"] for m in matches] == ["Feud", "Rota"] and warnings == []
    many = [_question(("conflict",)) for _ in range(MAX_USES + 2)]
    matches, warnings = match_stories(many, [conflict])
    assert all(m["story"] == "Feud" for m in matches)
    assert len(warnings) == 1 and "Feud" in warnings[0]
    # with a second fitting story, the first one is not planned past the limit
    other = Story("Handover", "text", competencies=("conflict",))
    matches, warnings = match_stories(many, [conflict, other])
    assert warnings == [] and {m["story"] for m in matches} == {"Feud", "Handover"}


def test_questions_without_a_fitting_story_say_so() -> None:
    matches, _ = match_stories(
        [_question(("ethics",))], [Story("Feud", "t", competencies=("conflict",))]
    )
    assert matches == [{"question": 0, "story": None, "score": 0.0}]
