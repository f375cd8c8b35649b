"""What the coach says about each red flag: why it hurts, how to reframe it, and how serious it is."""

from __future__ import annotations

from typing import NamedTuple

from interview_coach.domain import Severity


class FlagText(NamedTuple):
    severity: Severity
    message: str
    suggestion: str


FLAG_TEXT: dict[str, FlagText] = {
    "negative_about_employer": FlagText(
        Severity.PROBLEM,
        "You criticise a past or current employer, manager, colleague or customer. A hiring manager "
        "hears how you will talk about their team one day, whatever the rights of the story.",
        "Describe the situation in neutral, factual terms, say what you did about it, and end on "
        "what you learned or what you look for now (for example 'I work best with clear priorities').",
    ),
    "blame_shifting": FlagText(
        Severity.PROBLEM,
        "The failure is put on other people and your own part in it is missing. Interviewers ask "
        "about failures to see accountability, so this reads as someone who will not learn from one.",
        "Name the part that was yours ('I didn't check the dependency'), what you did to fix it, "
        "and the change you made afterwards. Others' roles can stay in the background.",
    ),
    "arrogance": FlagText(
        Severity.PROBLEM,
        "The answer comes across as boastful or dismissive of others, the question or the company. "
        "Confidence helps; putting others down makes you sound hard to work with.",
        "Let results speak: give a concrete outcome with a number, credit the people around you, "
        "and answer the question as asked even when it seems basic.",
    ),
    "cliche": FlagText(
        Severity.WARNING,
        "A stock phrase ('perfectionist', 'people person', 'hard worker') stands in for an answer. "
        "Interviewers hear these all day and learn nothing about you from them.",
        "Replace the label with one real example: when it showed, what you did and what came of it "
        "(a time frame, a number, a named task).",
    ),
    "unprofessional_language": FlagText(
        Severity.PROBLEM,
        "Swearing or crude slang in an interview signals poor judgement about the setting, even "
        "when the interviewer seems relaxed.",
        "Say the same thing in plain words: describe the behaviour or the impact instead of the insult.",
    ),
    "low_enthusiasm": FlagText(
        Severity.PROBLEM,
        "The answer sounds indifferent to this job. Employers hire people who want this role, not "
        "any role, and expect indifference to show up in the work.",
        "Name one thing about this job, team or company that you actually want, and tie it to "
        "something you have done or enjoy doing.",
    ),
    "money_focus": FlagText(
        Severity.WARNING,
        "Pay, perks or time off come across as the main reason you want the job. It is fair to care "
        "about them, but as the headline it suggests you will leave for a better offer.",
        "Lead with the work and what you will bring; keep salary and benefits for the offer stage.",
    ),
    "off_topic": FlagText(
        Severity.WARNING,
        "The answer talks about something other than what was asked, so the interviewer still has "
        "no answer to their question.",
        "Answer the question in your first sentence. If you lack direct experience, say so and give "
        "the closest real example or how you would approach it.",
    ),
    "oversharing": FlagText(
        Severity.WARNING,
        "The answer goes into private matters (health, relationships, legal or family trouble) in "
        "detail. It can make the interviewer uncomfortable and pulls focus from your work.",
        "Keep personal circumstances to one neutral sentence ('I took time out for a family matter, "
        "which is resolved') and move on to what you did and learned professionally.",
    ),
    "no_questions": FlagText(
        Severity.WARNING,
        "You have no questions for the interviewer. It can read as a lack of interest or preparation.",
        "Prepare two or three questions about the work itself: what success looks like in the first "
        "months, the team's current challenges, or how the role grows.",
    ),
}
