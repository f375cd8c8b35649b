"""After the interview: drafts of a thank-you note and of a polite decline."""

from interview_coach.after.drafts import Draft, InterviewFacts, decline_draft, thank_you_draft

__all__ = ["Draft", "InterviewFacts", "decline_draft", "thank_you_draft"]
