"""The analyze commands, run through the real console script and in-process."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from interview_coach.cli import app

runner = CliRunner()
ANSWER = (
    "At my last job, um, our weekly report took two days. I rewrote it in SQL and Python, and "
    "it now runs in ten minutes, which saved the team about 15 hours a week."
)


def test_help_lists_the_commands() -> None:
    executable = shutil.which("interview-coach")
    assert executable, "the console script is installed with the package"
    result = subprocess.run([executable, "--help"], capture_output=True, text=True, check=True)
    assert "analyze" in result.stdout and "analyze-batch" in result.stdout


def test_analyze_text_as_json() -> None:
    result = runner.invoke(
        app, ["analyze", ANSWER, "-q", "Tell me about an improvement you made.", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["labels"]["hesitations"] == 1
    assert 1 <= data["scorecard"]["overall"] <= 5
    for finding in data["findings"]:
        for span, quote in zip(finding["spans"], finding["quotes"], strict=True):
            assert ANSWER[span["start"] : span["end"]] == quote


def test_analyze_reads_stdin_and_renders_rich_output() -> None:
    result = runner.invoke(app, ["analyze", "-t", "behavioral"], input=ANSWER)
    assert result.exit_code == 0, result.output
    assert "Overall" in result.stdout and "Your answer" in result.stdout


def test_analyze_bad_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "answer.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage\x80")
    result = runner.invoke(app, ["analyze", "--file", str(bad)])
    assert result.exit_code == 2
    assert "is not UTF-8" in result.stderr and "Traceback" not in result.output
    empty = runner.invoke(app, ["analyze", "   "])
    assert empty.exit_code == 2 and "empty" in empty.stderr


def test_analyze_sample() -> None:
    result = runner.invoke(app, ["analyze", "--sample", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"]


def test_analyze_batch_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "one",
            "question": "Why this role?",
            "question_type": "motivation",
            "answer": "I love your product and I have used it for years in my own projects.",
        },
        {"id": "two", "answer": ""},
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze-batch", str(source), "--out", str(target)])
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert out[0]["id"] == "one" and out[0]["predicted"]["passion_claim"] is True
    assert out[1] == {
        "id": "two",
        "error": "The answer is empty: type or paste what you would say.",
    }
    missing = runner.invoke(app, ["analyze-batch", str(tmp_path / "nope.jsonl"), "-o", str(target)])
    assert missing.exit_code == 2 and "Cannot read" in missing.stderr
