"""The follow-up probe: one question by priority, phrased deterministically."""

from __future__ import annotations

from interview_coach.analysis.base import summary
from interview_coach.domain import Answer, Finding, Severity
from interview_coach.questions.followups import (
    PHRASINGS,
    choose_follow_up,
    choose_probe,
    phrase,
)

QUESTION = "Tell me about a time you had to handle an unhappy customer. What did you do?"
TEXT = (
    "When I worked the front desk at a small hotel, a guest arrived to find his room had been "
    "given away. I apologised, found him a suite at our partner hotel and paid the taxi."
)


def story(
    *,
    parts: tuple[bool, bool, bool, bool] = (True, True, True, True),
    owned: bool = True,
    quantified: bool = True,
    level: int = 3,
    flags: tuple[str, ...] = (),
    relevant: bool = True,
) -> list[Finding]:
    names = ("situation", "task", "action", "result")
    out = [
        summary("star", "s", applicable=True, parts=dict(zip(names, parts, strict=True))),
        summary("ownership", "o", personal_ownership=owned),
        summary("specificity", "p", level=level, quantified_result=quantified),
        summary("relevance", "r", relevant=relevant),
    ]
    out += [Finding(f"red_flag.{flag}", Severity.PROBLEM, flag) for flag in flags]
    return out


def answer(text: str = TEXT, question_type: str = "behavioral", question: str = QUESTION) -> Answer:
    return Answer(text, question=question, question_type=question_type)


def test_strong_story_needs_no_probe() -> None:
    assert choose_follow_up(answer(), story()) is None


def test_story_probes_follow_priority() -> None:
    a = answer()
    assert choose_probe(a, story(parts=(False, False, False, False), level=1)) == "example"
    assert choose_probe(a, story(parts=(True, True, True, False), owned=False)) == "result"
    assert choose_probe(a, story(owned=False)) == "personal"
    assert choose_probe(a, story(parts=(False, True, True, True))) == "situation"
    assert choose_probe(a, story(quantified=False)) == "number"
    off = story(parts=(False, False, False, False), relevant=False)
    assert choose_probe(a, off) == "reask"


def test_missing_result_asks_for_the_outcome() -> None:
    follow_up = choose_follow_up(answer(), story(parts=(True, True, True, False)))
    assert follow_up in PHRASINGS["result"]


def test_off_question_reasks_the_question_briefly() -> None:
    long_question = QUESTION + " And how did you follow up afterwards with your manager?"
    follow_up = choose_follow_up(answer(question=long_question), story(relevant=False))
    assert follow_up is not None
    assert follow_up.endswith("handle an unhappy customer. What did you do?")
    assert "manager" not in follow_up  # cut after the first question


def test_very_long_question_is_shortened() -> None:
    question = "Describe " + "the project and " * 30 + "the outcome"
    follow_up = choose_follow_up(answer(question=question), story(relevant=False))
    assert follow_up is not None and follow_up.endswith("...")
    assert len(follow_up.split()) < 40


def test_closing_without_questions_gets_a_gentle_nudge_and_a_good_close_none() -> None:
    closing = answer("No, I think you covered everything.", "closing", "Any questions for us?")
    nudge = choose_follow_up(closing, [Finding("red_flag.no_questions", Severity.WARNING, "x")])
    assert nudge in PHRASINGS["no_questions"]
    asked = answer("What does a typical first month look like?", "closing", "Any questions?")
    assert choose_follow_up(asked, [summary("specificity", "p", level=1)]) is None


def test_we_only_story_asks_what_the_candidate_did() -> None:
    found = story(owned=False) + [Finding("ownership.we_only", Severity.WARNING, "we")]
    assert choose_follow_up(answer(), found) in PHRASINGS["personal"]


def test_vague_answers_get_an_example_probe_worded_for_the_question_type() -> None:
    vague = [summary("specificity", "p", level=1)]
    weakness = choose_follow_up(answer("I work too hard sometimes.", "weakness"), vague)
    assert weakness in PHRASINGS["example:weakness"]
    technical = choose_follow_up(answer("I know databases well.", "technical"), vague)
    assert technical in PHRASINGS["example:technical"]
    concrete = [summary("specificity", "p", level=3)]
    assert choose_follow_up(answer("I use Postgres 15 daily.", "technical"), concrete) is None


def test_red_flags_get_a_probe_a_real_interviewer_would_ask() -> None:
    blame = story(flags=("blame_shifting",))
    assert choose_probe(answer(), blame) == "own_part"
    money = [Finding("red_flag.money_focus", Severity.PROBLEM, "m")]
    assert choose_probe(answer("The pay is better.", "motivation"), money) == "beyond_pay"


def test_motivation_without_a_link_to_the_role_asks_for_it() -> None:
    found = [
        summary("specificity", "p", level=2),
        summary("enthusiasm", "e", connects_to_role=False),
    ]
    assert choose_probe(answer("I like helping people.", "motivation"), found) == "connect"


def test_phrasing_is_stable_and_varies_with_the_answer() -> None:
    first = phrase("result", answer("One story."))
    assert all(phrase("result", answer("One story.")) == first for _ in range(5))
    seen = {phrase("result", answer(f"Story number {i}.")) for i in range(40)}
    assert seen == set(PHRASINGS["result"])


def test_awkward_inputs_never_raise() -> None:
    for text in ("", "\x00\xff junk", "🚀" * 1000, "x" * 100_000):
        for question_type in ("behavioral", "closing", "intro", "unknown"):
            result = choose_follow_up(answer(text, question_type, ""), [])
            assert result is None or isinstance(result, str)
    assert choose_follow_up(answer("", "behavioral", "Why us?"), []) is not None
