"""`interview-coach plan` and `interview-coach stories` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from interview_coach.cli import app

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "plans"
JOB = str(FIXTURES / "job_support.txt")
RESUME = str(FIXTURES / "resume_support.md")
NOTES = str(FIXTURES / "notes_support.txt")


def test_plan_json_has_questions_in_asking_order() -> None:
    args = ["plan", "--job", JOB, "--resume", RESUME, "--company", NOTES]
    result = runner.invoke(app, [*args, "--format", "panel", "--minutes", "45", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "panel" and 2 <= len(data["personas"]) <= 4
    questions = data["questions"]
    assert questions[0]["type"] == "intro" and questions[-1]["type"] == "closing"
    for q in questions:
        assert {"text", "type", "competencies", "minutes", "source", "persona"} <= set(q)
    assert data["checklist"] and 5 <= len(data["to_ask"]) <= 10
    again = runner.invoke(app, [*args, "--format", "panel", "--minutes", "45", "--json"])
    assert json.loads(again.stdout) == data
    # pasted notes text works as well as a file
    pasted = runner.invoke(
        app, ["plan", "--job", JOB, "--resume", RESUME, "--json", "--company", "Too short."]
    )
    assert any("No usable sentences" in n for n in json.loads(pasted.stdout)["notes"])


def test_plan_markdown_and_table() -> None:
    result = runner.invoke(
        app, ["plan", "--job", JOB, "--resume", RESUME, "--format", "in_person", "--markdown"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# In-person interview: IT Support Technician")
    assert "## Preparation checklist" in result.stdout and "printed" in result.stdout
    table = runner.invoke(app, ["plan", "--job", JOB, "--resume", RESUME, "-f", "phone"])
    assert table.exit_code == 0 and "Phone screen" in table.stdout


def test_unknown_format_and_missing_file_are_clear_errors() -> None:
    result = runner.invoke(app, ["plan", "--job", JOB, "--resume", RESUME, "--format", "zoom"])
    assert result.exit_code == 2
    assert "unknown interview format 'zoom'" in result.output
    assert "phone, video, in_person, panel, group" in result.output
    missing = runner.invoke(app, ["plan", "--job", "nope.txt", "--resume", RESUME])
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_stories_add_list_coverage_and_plan(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "At the college help desk two colleagues disagreed about printer tickets. I met both, "
        "split the queue by building in Active Directory groups, and the backlog fell to ten.",
        "utf-8",
    )
    added = runner.invoke(
        app, ["stories", "add", "--title", "Printer feud", "--file", str(story), "--json"]
    )
    assert added.exit_code == 0, added.output
    data = json.loads(added.stdout)
    assert "conflict" in data["competencies"] and "Active Directory" in data["skills"]
    listed = runner.invoke(app, ["stories", "list", "--json"])
    assert [s["title"] for s in json.loads(listed.stdout)] == ["Printer feud"]
    cov = runner.invoke(app, ["stories", "coverage", "--job", JOB, "--json"])
    result = json.loads(cov.stdout)
    assert result["must_haves"]["Active Directory"] == ["Printer feud"]
    assert "Microsoft 365" in result["uncovered"]
    edited = runner.invoke(app, ["stories", "edit", str(data["id"]), "--title", "Queue feud"])
    assert edited.exit_code == 0, edited.output
    plan = runner.invoke(app, ["plan", "--job", JOB, "--resume", RESUME, "--stories", "--json"])
    matched = {m["story"] for m in json.loads(plan.stdout)["story_matches"]}
    assert "Queue feud" in matched
    empty = runner.invoke(app, ["stories", "add", "--title", "x", "--text", "  "])
    assert empty.exit_code == 2 and "needs a title and some text" in empty.output


def test_my_questions_are_judged(tmp_path: Path) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("What are the benefits?\nHow do you measure success in the first 90 days?\n")
    args = ["plan", "--job", JOB, "--resume", RESUME, "--my-questions", str(mine)]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    codes = [f["code"] for f in json.loads(result.stdout)["my_questions"]]
    assert codes == ["asking.summary", "asking.generic_question", "asking.thoughtful_question"]
    text = runner.invoke(app, args)
    assert "[warning]" in text.stdout and "offer stage" in text.stdout
