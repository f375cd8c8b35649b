"""The contract every analyzer must pass; the test suite runs it over all built-in analyzers.

Third-party analyzers can call `check_analyzer` in their own tests.
"""

from __future__ import annotations

from collections.abc import Iterable

from interview_coach.analysis.base import Analyzer, prepare
from interview_coach.analysis.encoder import Encoder
from interview_coach.domain import Answer, Finding, Severity

#: Awkward inputs that no analyzer may fail on.
AWKWARD_TEXTS: tuple[str, ...] = (
    "",
    "   \n\t  ",
    "ok",
    "Je suis ingénieure et j'ai dirigé une équipe de cinq personnes pendant deux ans.",
    "我在上一家公司负责数据分析，提高了效率百分之二十。",
    "I led the launch 🚀🚀 and we hit 120% of target 🎉 — great team!!!",
    "\x00\x01\x02 binary \xff\xfe junk \ufffd\ufffd",
    "um um um uh like like you know",
    "I I I I I we we we.",
    "-" * 500,
    "A" * 10_000,
)


class ContractError(AssertionError):
    """An analyzer broke the contract."""


def check_findings(analyzer: Analyzer, answer: Answer, findings: list[Finding]) -> None:
    if not isinstance(findings, list):
        raise ContractError(f"{analyzer.name} returned {type(findings).__name__}, not a list")
    summaries = [f for f in findings if f.code.endswith(".summary")]
    if len(summaries) != 1:
        raise ContractError(f"{analyzer.name} returned {len(summaries)} summary findings, not 1")
    for finding in findings:
        if not isinstance(finding, Finding) or not isinstance(finding.severity, Severity):
            raise ContractError(f"{analyzer.name} returned a malformed finding: {finding!r}")
        if "." not in finding.code or not finding.message:
            raise ContractError(
                f"{analyzer.name}: finding {finding.code!r} lacks a code or message"
            )
        for span in finding.spans:
            if not 0 <= span.start < span.end <= len(answer.text):
                raise ContractError(
                    f"{analyzer.name}: span {span} of {finding.code} is outside the answer"
                )


def check_analyzer(
    analyzer: Analyzer,
    encoder: Encoder | None = None,
    texts: Iterable[str] = AWKWARD_TEXTS,
    question_types: Iterable[str] = ("behavioral", "closing", "motivation"),
) -> None:
    """Run the analyzer on awkward inputs, twice each: no exception, valid spans, same output."""
    for text in texts:
        for question_type in question_types:
            answer = Answer(
                text=text,
                question="Tell me about a time you solved a hard problem.",
                question_type=question_type,
                role="Data Analyst",
                skills=("SQL", "Python"),
            )
            context = prepare(answer, encoder)
            first = analyzer(answer, context)
            check_findings(analyzer, answer, first)
            second = analyzer(answer, prepare(answer, encoder))
            if first != second:
                raise ContractError(f"{analyzer.name} is not deterministic on {text[:40]!r}")
