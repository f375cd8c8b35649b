"""The documents CLI: extract, match and rank, with clear errors and JSON output."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from interview_coach.cli.documents import build_app

JOB = """Line Cook
Harbor Table Bistro

Requirements
- 2+ years of line cooking experience
- ServSafe Food Handler card
- Knife skills and food safety

Nice to have
- Spanish
"""

RESUME = """Maria Lopez
maria.lopez@example.net

Experience
Line Cook — Dockside Grill
June 2021 – Present
- Worked the grill and saute stations with strong knife skills
- Trained 4 new prep cooks

Certifications
- ServSafe Food Handler
"""


def _write(tmp_path: Path) -> tuple[Path, Path]:
    job = tmp_path / "job.txt"
    job.write_text(JOB, encoding="utf-8")
    cv = tmp_path / "cv.md"
    cv.write_text(RESUME, encoding="utf-8")
    return job, cv


def test_extract_job_and_resume_json(tmp_path: Path) -> None:
    job, cv = _write(tmp_path)
    runner = CliRunner()
    result = runner.invoke(build_app(), ["extract", "job", str(job), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "Line Cook" and data["years_experience"] == 2
    assert "ServSafe" in data["must_have"] and data["nice_to_have"] == ["Spanish"]
    result = runner.invoke(build_app(), ["extract", "resume", str(cv), "--json"])
    data = json.loads(result.output)
    assert data["email"] == "maria.lopez@example.net"
    assert "Knife skills" in data["skills"] and "Mentoring" in data["skills"]


def test_match_table_and_json(tmp_path: Path) -> None:
    job, cv = _write(tmp_path)
    runner = CliRunner()
    result = runner.invoke(build_app(), ["match", str(cv), str(job)])
    assert result.exit_code == 0, result.output
    assert "shown" in result.output and "match" in result.output
    data = json.loads(runner.invoke(build_app(), ["match", str(cv), str(job), "--json"]).output)
    assert {s["skill"]: s["status"] for s in data["skills"]}["Spanish"] == "missing"


def test_rank_skips_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    job, cv = _write(tmp_path)
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "good.md").write_text(RESUME, encoding="utf-8")
    (folder / "bad.pdf").write_bytes(b"MZ\x90\x00" + bytes(100))
    result = CliRunner().invoke(
        build_app(), ["rank", "--job", str(job), "--resumes", str(folder), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [r["name"] for r in data["ranked"]] == ["good.md"]
    assert "bad.pdf" in data["skipped"][0] and "executable" in data["skipped"][0]


def test_bad_file_gives_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"MZ" + bytes(64))
    result = CliRunner().invoke(build_app(), ["extract", "resume", str(bad)])
    assert result.exit_code == 2
    assert "cannot read" in result.output and "cv.pdf" in result.output
    assert "Traceback" not in result.output
