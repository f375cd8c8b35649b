"""Length (word count against the question type's range) and pace (from word timings)."""

from __future__ import annotations

import math

import pytest

from interview_coach.analysis.base import find_summary, prepare
from interview_coach.analysis.length import LengthAnalyzer
from interview_coach.analysis.pace import PaceAnalyzer, align
from interview_coach.analysis.text import tokenize
from interview_coach.domain import Answer, Finding, Severity, WordTiming

STORY = (
    "At the clinic our appointment no-shows hit twenty percent, so I was asked to fix it. "
    "I called ten patients who had missed visits, found most forgot, and set up text reminders. "
)


def length_findings(text: str, question_type: str = "behavioral") -> list[Finding]:
    answer = Answer(text=text, question_type=question_type)
    return LengthAnalyzer()(answer, prepare(answer))


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_length_summary_values() -> None:
    text = " ".join(["word"] * 140)
    found = find_summary(length_findings(text), "length")
    assert found is not None
    assert found.data["words"] == 140
    assert found.data["seconds_estimate"] == pytest.approx(60.0)
    assert (found.data["expected_min"], found.data["expected_max"]) == (120, 320)


def test_in_range_answer_has_no_length_finding() -> None:
    assert codes(length_findings(STORY * 4)) == ["length.summary"]


@pytest.mark.parametrize(
    ("words", "severity"), [(20, Severity.PROBLEM), (70, Severity.WARNING), (100, Severity.INFO)]
)
def test_too_short_severity_scales(words: int, severity: Severity) -> None:
    findings = length_findings(" ".join(["step"] * words))
    short = next(f for f in findings if f.code == "length.too_short")
    assert short.severity is severity
    assert short.suggestion


def test_closing_questions_may_be_short() -> None:
    text = (
        "Yes, two. What would a good first three months look like for this role? And how does the "
        "team split support work between the analysts and the engineers at the moment?"
    )
    assert codes(length_findings(text, "closing")) == ["length.summary"]
    assert "length.too_short" in codes(length_findings(text, "behavioral"))


def test_rambling_span_starts_where_the_limit_is_passed() -> None:
    text = " ".join(f"w{i}" for i in range(600))
    findings = length_findings(text)
    ramble = next(f for f in findings if f.code == "length.rambling")
    assert ramble.severity is Severity.PROBLEM
    quote = ramble.quotes(text)[0]
    assert quote.startswith("w320 ") and quote.endswith("w599")


def test_unknown_question_type_uses_default_and_empty_text_is_safe() -> None:
    found = find_summary(length_findings("", "something-else"), "length")
    assert found is not None and found.data["words"] == 0
    short = next(f for f in length_findings("", "something-else") if f.code == "length.too_short")
    assert short.spans == () and short.severity is Severity.PROBLEM


def timed(text: str, seconds_per_word: float, pauses: dict[int, float] | None = None) -> Answer:
    """A spoken answer whose words are spread evenly, with extra silence before given word indexes."""
    timings = []
    clock = 0.0
    for i, token in enumerate(tokenize(text)):
        clock += (pauses or {}).get(i, 0.0)
        timings.append(WordTiming(token.text, clock, clock + seconds_per_word * 0.8))
        clock += seconds_per_word
    return Answer(text=text, spoken=True, timings=tuple(timings))


def pace(answer: Answer) -> list[Finding]:
    return PaceAnalyzer()(answer, prepare(answer))


def test_no_timings_means_not_available() -> None:
    findings = pace(Answer(text=STORY))
    assert len(findings) == 1
    assert findings[0].code == "pace.summary" and findings[0].data == {"available": False}


def test_too_fast() -> None:
    findings = pace(timed(STORY * 2, 60 / 200))
    summary = find_summary(findings, "pace")
    assert summary is not None and summary.data["wpm"] == pytest.approx(200, rel=0.02)
    assert "pace.too_fast" in codes(findings) and "pace.too_slow" not in codes(findings)


def test_too_slow_and_comfortable() -> None:
    assert "pace.too_slow" in codes(pace(timed(STORY * 2, 60 / 85)))
    assert codes(pace(timed(STORY * 2, 60 / 140))) == ["pace.summary"]


def test_long_pause_span_quotes_the_words_around_it() -> None:
    text = "I checked the logs. Then I rebuilt the index and the errors stopped."
    answer = timed(text, 0.4, pauses={5: 3.5})  # silence before "I" in "Then I rebuilt"
    findings = pace(answer)
    pause = next(f for f in findings if f.code == "pace.long_pauses")
    assert pause.quotes(text) == ["Then I"]
    summary = find_summary(findings, "pace")
    assert summary is not None and summary.data["pauses"] == 1
    assert 0 < summary.data["speaking_share"] < 1


def test_alignment_survives_dropped_and_changed_words() -> None:
    tokens = tokenize("So, um, I rebuilt the index, and the errors stopped.")
    words = "so I rebuilt an index and errors stopped".split()
    heard = [WordTiming(w, i, i + 0.5) for i, w in enumerate(words)]
    index = align(heard, tokens)
    assert [tokens[j].text for j in index] == [
        "So",
        "I",
        "rebuilt",
        "the",
        "index",
        "and",
        "errors",
        "stopped",
    ]


def test_bad_timings_do_not_raise() -> None:
    bad = (
        WordTiming("a", math.nan, 1.0),
        WordTiming("b", 2.0, 1.0),
        WordTiming("c", math.inf, math.inf),
        WordTiming("d", 1.0, 1.0),
    )
    findings = pace(Answer(text="a b c d", spoken=True, timings=bad))
    assert codes(findings) == ["pace.summary"]
