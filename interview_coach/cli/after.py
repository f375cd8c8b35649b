"""`interview-coach thank-you` and `interview-coach decline`: drafts from the facts you give.

Missing facts become [placeholders] to fill in; nothing is made up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from interview_coach.cli.output import print_json

if TYPE_CHECKING:
    from interview_coach.after.drafts import Draft, InterviewFacts

Job = Annotated[str, typer.Option("--job", help="The job title.")]
Company = Annotated[str, typer.Option("--company", help="The company.")]
Interviewer = Annotated[
    list[str] | None, typer.Option("--interviewer", help="An interviewer's name (repeatable).")
]
Topic = Annotated[
    list[str] | None, typer.Option("--topic", help="A topic you discussed (repeatable).")
]
Name = Annotated[str, typer.Option("--name", help="Your name, to sign with.")]
Day = Annotated[str, typer.Option("--day", help="When you met, as you would write it.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the draft as JSON.")]


def _facts(
    job: str,
    company: str,
    interviewer: list[str] | None,
    topic: list[str] | None,
    name: str,
    day: str,
) -> InterviewFacts:
    from interview_coach.after.drafts import InterviewFacts

    return InterviewFacts(
        job=job,
        company=company,
        interviewers=tuple(interviewer or ()),
        topics=tuple(topic or ()),
        candidate=name,
        interview_day=day,
    )


def _show(draft: Draft, as_json: bool) -> None:
    if as_json:
        print_json(draft.to_dict())
        return
    typer.echo(draft.text)
    if draft.placeholders:
        typer.echo(f"\nFill in before sending: {', '.join(draft.placeholders)}", err=True)


def thank_you(
    job: Job = "",
    company: Company = "",
    interviewer: Interviewer = None,
    topic: Topic = None,
    name: Name = "",
    day: Day = "",
    as_json: AsJson = False,
) -> None:
    """Draft a thank-you note for after an interview."""
    from interview_coach.after.drafts import thank_you_draft

    _show(thank_you_draft(_facts(job, company, interviewer, topic, name, day)), as_json)


def decline(
    job: Job = "",
    company: Company = "",
    interviewer: Interviewer = None,
    topic: Topic = None,
    name: Name = "",
    offer: Annotated[bool, typer.Option("--offer", help="You are declining an offer.")] = False,
    as_json: AsJson = False,
) -> None:
    """Draft a polite decline that keeps the door open for future roles."""
    from interview_coach.after.drafts import decline_draft

    facts = _facts(job, company, interviewer, topic, name, "")
    _show(decline_draft(facts, offer=offer), as_json)


def register(app: typer.Typer) -> None:
    app.command("thank-you")(thank_you)
    app.command("decline")(decline)
