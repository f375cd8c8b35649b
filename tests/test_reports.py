"""Session and progress reports: Markdown, self-contained HTML with SVG, JSON, and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from practice_history import Given, add_session, open_user_store
from typer.testing import CliRunner

from interview_coach.cli import app
from interview_coach.reports import render
from interview_coach.reports.charts import sparkline, svg_bar_chart, svg_line_chart
from interview_coach.reports.content import progress_content, quotes_of, session_content
from interview_coach.services_progress import progress, session_summary

runner = CliRunner()
ANSWER = "I <b>rebuilt</b> the report & cut its run time from 40 to 5 minutes."


def _fill() -> int:
    with open_user_store() as store:
        sid = add_session(
            store,
            [
                Given(
                    "Tell me about a win.",
                    text=ANSWER,
                    overall=4,
                    dims={"structure": 3.5},
                    problems=["star.missing_task"],
                ),
                Given("What is your weakness?", overall=2, problems=["red_flag.negative"]),
            ],
            title="Analyst <script>",
        )
        add_session(store, [Given("Tell me about a win.", overall=5)])
    return sid


def _self_contained(html: str) -> None:
    assert "<svg" in html
    assert not re.search(r"https?://", html)
    assert "<script" not in html.lower()
    assert "<link" not in html.lower()
    assert "<img" not in html.lower()


def test_session_report_formats() -> None:
    sid = _fill()
    with open_user_store() as store:
        data = session_content(session_summary(store, sid))
    md = render(data, "md")
    assert "# Practice session 1: Analyst <script> at Acme" in md
    assert "| structure | 2.8 |" in md
    assert "Tell me about a win." in md and "`star.missing_task`" in md
    html = render(data, "html")
    _self_contained(html)
    assert "&lt;b&gt;rebuilt&lt;/b&gt; the report &amp; cut" in html  # escaped, not markup
    assert "Analyst &lt;script&gt;" in html
    parsed = json.loads(render(data, "json"))
    assert parsed["kind"] == "session"
    assert [a["overall"] for a in parsed["answers"]] == [4, 2]
    with pytest.raises(ValueError):
        render(data, "pdf")


def test_progress_report_formats() -> None:
    _fill()
    with open_user_store() as store:
        data = progress_content(progress(store))
    html = render(data, "html")
    _self_contained(html)
    assert html.count("<svg") == 2 and "polyline" in html
    md = render(data, "md")
    assert "2 scored sessions" in md and "| overall |" in md
    assert json.loads(render(data, "json"))["overall"]["values"] == [3.0, 5.0]


def test_quotes_come_from_spans_when_not_stored() -> None:
    finding = {"spans": [{"start": 2, "end": 9}, {"start": 50, "end": 400}]}
    assert quotes_of(finding, "I rebuilt it") == ["rebuilt"]
    assert quotes_of({"quotes": ["x", " "]}, "") == ["x"]


def test_charts() -> None:
    line = svg_line_chart({"a": [1.0, None, 5.0, 4.0], "b<": [2.0]}, ["#1", "#2", "#3", "#4"])
    assert line.startswith("<svg") and line.endswith("</svg>")
    assert "b&lt;" in line and "b<" not in line.replace("b&lt;", "")
    assert "polyline" in line  # the 5.0-4.0 run
    bars = svg_bar_chart({"structure": 2.0, "substance": 4.5})
    assert bars.count("<rect") == 2
    assert sparkline([1.0, None, 5.0]) == "▁ █"
    assert svg_line_chart({}, []).endswith("</svg>")


def test_report_cli_writes_files(tmp_path: Path) -> None:
    sid = _fill()
    out = tmp_path / "session.html"
    result = runner.invoke(app, ["report", str(sid), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    _self_contained(out.read_text("utf-8"))
    result = runner.invoke(app, ["report", "progress", "--format", "md"])
    assert result.exit_code == 0 and "# Practice progress" in result.output
    result = runner.invoke(app, ["report", "42", "--format", "json"])
    assert result.exit_code == 2 and "No session with id 42" in result.output
    result = runner.invoke(app, ["report", str(sid), "--format", "docx"])
    assert result.exit_code == 2 and "unknown format" in result.output
