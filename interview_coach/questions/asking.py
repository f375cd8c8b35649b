"""The candidate's side of "Do you have any questions for us?": thoughtful questions to ask, drawn
from the job and the company notes, and a judgement of the questions a candidate wrote, as
findings in the analyzers' style (stable codes, severity, message, suggestion, spans).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence

from interview_coach.analysis.base import Context, summary
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.ingest.job import JobDescription
from interview_coach.questions.tailor import note_facts, quotable

_GENERAL = (
    "What would you want the person in this role to have achieved after the first six months?",
    "What is the hardest problem the team is working on this year?",
    "How does the team decide what to work on first when everything feels urgent?",
    "What did the people who did well in this role do differently?",
    "How do people on the team get feedback, and how often?",
    "What does a normal week look like for someone in this role?",
    "What would you like the next person in this job to do better than it is done today?",
    "Which teams would I work with most, and what do they need from this role?",
    "Is there anything in my background that makes you unsure I would fit? I'd like to address it.",
)
#: Questions about the candidate's own gain, or answered by reading the posting: fine later in
#: the process, weak as the only questions in an interview.
_GENERIC = re.compile(
    r"\b(?:benefits?|perks?|salary|pay|paid|vacation|holidays?|time off|pto|bonus(?:es)?|"
    r"how many hours|leave early|work from home|remote|dress code|lunch|parking|"
    r"did i get|when (?:can|do) i start|how did i do|what does (?:the|your) company do|"
    r"what do you (?:guys )?do|promotion soon|raise)\b",
    re.I,
)
_THOUGHTFUL = re.compile(
    r"\b(?:success|succeed|challeng\w*|first (?:\d+|thirty|sixty|ninety|six|three) "
    r"(?:days|months)|priorit\w*|measure\w*|feedback|learn\w*|team|culture|goals?|"
    r"decid\w*|improv\w*|problem|customers?|patients?|students?|growth|roadmap|strategy|"
    r"expect\w*|day-to-day|typical|work with|collaborat\w*|concerns?|hesitat\w*)\b",
    re.I,
)
_OPEN = re.compile(r"^\s*(?:how|what|which|why|where|who|could you|can you|tell me)\b", re.I)
_QUESTION = re.compile(r"[^?\n]+\?|[^?\n]*\S[^?\n]*(?=\n|$)")
MIN_QUESTIONS = 2


def questions_to_ask(
    job: JobDescription, notes: str, rng: random.Random, count: int = 7
) -> list[str]:
    """Five to ten questions for the candidate: from duties, must-haves and notes, then general."""
    count = max(5, min(10, count))
    specific: list[str] = []
    duties = [d for d in job.responsibilities if 4 <= len(d.split()) <= 30]
    for duty in rng.sample(duties, min(2, len(duties))):
        specific.append(
            f'The posting mentions "{quotable(duty, 16)}". What would doing that well look '
            "like in the first six months?"
        )
    if job.must_have:
        skill = rng.choice(job.must_have[:5])
        specific.append(
            f"How does the team use {skill} day to day, and what would you want me to learn first?"
        )
    facts = note_facts(notes)
    for fact in rng.sample(facts, min(2, len(facts))):
        specific.append(f'I read that "{fact}". How does that change the work of this team?')
    general = list(_GENERAL)
    rng.shuffle(general)
    return (specific + general)[:count]


def split_questions(text: str) -> list[tuple[str, int, int]]:
    """The candidate's questions with their offsets: one per line or per question mark."""
    out: list[tuple[str, int, int]] = []
    for match in _QUESTION.finditer(text):
        raw = match.group(0)
        stripped = raw.strip().lstrip("-*•0123456789.) ").strip()
        if len(stripped) < 3:
            continue
        start = match.start() + raw.index(stripped)
        out.append((stripped, start, start + len(stripped)))
    return out


def _mentions(question: str, terms: Iterable[str]) -> list[str]:
    low = question.lower()
    return [t for t in terms if t and len(t) > 2 and t.lower() in low]


def judge_questions(text: str, terms: Sequence[str] = ()) -> list[Finding]:
    """Findings on the candidate's own questions; `terms` are the job's skills and title words."""
    found = split_questions(text[:20_000])[:30]
    findings: list[Finding] = []
    generic = thoughtful = 0
    for question, start, end in found:
        span = (Span(start, end),)
        named = _mentions(question, terms)
        if _GENERIC.search(question) and not named:
            generic += 1
            findings.append(
                Finding(
                    "asking.generic_question",
                    Severity.WARNING,
                    "This question is about what you get, or is answered by the posting.",
                    "Keep it for the offer stage; ask instead how success in the role is "
                    "measured or what the team's hardest problem is.",
                    span,
                )
            )
        elif named or (_THOUGHTFUL.search(question) and _OPEN.search(question)):
            thoughtful += 1
            findings.append(
                Finding(
                    "asking.thoughtful_question",
                    Severity.STRENGTH,
                    "A thoughtful question about the work itself"
                    + (f" ({', '.join(named[:3])})." if named else "."),
                    "Listen to the answer and ask one follow-up on it.",
                    span,
                )
            )
    if len(found) < MIN_QUESTIONS:
        findings.append(
            Finding(
                "asking.too_few" if found else "asking.none",
                Severity.PROBLEM if not found else Severity.WARNING,
                "Having no questions reads as low interest."
                if not found
                else "One question is thin for the end of an interview.",
                "Prepare three to five questions about the role, the team and how success "
                "is measured; pick the two that the interview left open.",
            )
        )
    message = f"{len(found)} question(s): {thoughtful} thoughtful, {generic} generic"
    findings.insert(
        0, summary("asking", message, count=len(found), thoughtful=thoughtful, generic=generic)
    )
    return findings


class AskingAnalyzer:
    """The analyzer form of `judge_questions`: the answer holds the candidate's questions and its
    `skills` the job's terms."""

    name = "asking"

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        return judge_questions(answer.text, answer.skills)
