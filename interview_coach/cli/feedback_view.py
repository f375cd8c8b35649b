"""Rich rendering of one answer's feedback: scores, the answer with evidence highlighted, findings."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from interview_coach.domain import Feedback, Finding, Severity
from interview_coach.scoring.features import feature_label

STYLES = {
    Severity.STRENGTH: "green",
    Severity.INFO: "cyan",
    Severity.WARNING: "yellow",
    Severity.PROBLEM: "bold red",
}
ICONS = {Severity.STRENGTH: "+", Severity.INFO: "i", Severity.WARNING: "!", Severity.PROBLEM: "x"}
_ORDER = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.STRENGTH: 2, Severity.INFO: 3}


def visible_findings(feedback: Feedback) -> list[Finding]:
    """User-facing findings, problems first (summaries carry data, not advice)."""
    shown = [f for f in feedback.findings if not f.code.endswith(".summary")]
    return sorted(shown, key=lambda f: _ORDER[f.severity])


def highlighted_answer(feedback: Feedback, findings: list[Finding]) -> Text:
    text = Text(feedback.answer.text)
    # Strengths first, so that problems drawn later stay visible where spans overlap.
    for finding in sorted(findings, key=lambda f: -_ORDER[f.severity]):
        for span in finding.spans:
            if 0 <= span.start < span.end <= len(feedback.answer.text):
                text.stylize(f"underline {STYLES[finding.severity]}", span.start, span.end)
    return text


def scores_table(feedback: Feedback) -> Table:
    card = feedback.scorecard
    table = Table(title=f"Overall {card.overall}/5", title_style="bold", expand=False)
    table.add_column("Dimension")
    table.add_column("Score", justify="right")
    table.add_column("Moved by")
    for dimension in card.dimensions:
        movers = [
            c
            for c in sorted(dimension.contributions, key=lambda c: -abs(c.points))
            if abs(c.points) >= 0.05 or c.code.startswith("cap.")
        ][:3]
        reasons = ", ".join(
            feature_label(c.code)
            if c.code.startswith("cap.")
            else f"{feature_label(c.code)} ({c.points:+.1f})"
            for c in movers
        )
        table.add_row(dimension.name, f"{dimension.score:.1f}", reasons)
    return table


def findings_group(feedback: Feedback, findings: list[Finding]) -> Group:
    lines: list[Text] = []
    for finding in findings:
        style = STYLES[finding.severity]
        line = Text(f"{ICONS[finding.severity]} ", style=style)
        line.append(finding.message, style=style)
        for quote in finding.quotes(feedback.answer.text)[:2]:
            short = quote if len(quote) <= 90 else quote[:87] + "..."
            line.append(f'\n    "{short}"', style="italic")
        if finding.suggestion:
            line.append(f"\n    -> {finding.suggestion}")
        lines.append(line)
    return Group(*lines) if lines else Group(Text("No findings."))


def render_feedback(feedback: Feedback, console: Console | None = None) -> None:
    console = console or Console()
    findings = visible_findings(feedback)
    console.print(scores_table(feedback))
    console.print(Panel(highlighted_answer(feedback, findings), title="Your answer"))
    console.print(Panel(findings_group(feedback, findings), title="Feedback"))
    if feedback.follow_up:
        console.print(
            Panel(Text(feedback.follow_up, style="bold"), title="The interviewer asks next")
        )
