"""Docs are checked: every analyzer finding code, CLI command and setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

from interview_coach.analysis.labels import RED_FLAGS, STAR_PARTS
from interview_coach.analysis.pipeline import ANALYZERS
from interview_coach.cli import app

ROOT = Path(__file__).resolve().parents[1]
CODE = re.compile(
    r"[\"']((?:star|ownership|specificity|relevance|enthusiasm|red_flag|delivery|length|pace)\.[a-z_]+)[\"']"
)


def _analyzer_sources() -> str:
    sources = []
    for name in ANALYZERS:
        module = name.split(":")[0].replace(".", "/")
        path = ROOT / f"{module}.py"
        folder = ROOT / module
        files = [path] if path.exists() else sorted(folder.glob("*.py"))
        sources += [f.read_text(encoding="utf-8") for f in files]
    return "\n".join(sources)


def test_every_finding_code_is_documented() -> None:
    docs = (ROOT / "docs" / "analyzers.md").read_text(encoding="utf-8")
    codes = {c for c in CODE.findall(_analyzer_sources()) if not c.endswith((".json", ".yaml"))}
    codes |= {f"star.{p}" for p in STAR_PARTS} | {f"star.missing_{p}" for p in STAR_PARTS}
    codes |= {f"red_flag.{flag}" for flag in RED_FLAGS}
    codes = {c for c in codes if not c.endswith(".summary")}
    assert len(codes) > 30
    missing = sorted(c for c in codes if f"`{c}`" not in docs)
    assert not missing, f"undocumented finding codes: {missing}"


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    assert "analyze" in names
    missing = [n for n in names if n and f"interview-coach {n}" not in readme]
    assert not missing, f"commands missing from the README: {missing}"


def test_every_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    package = ROOT / "interview_coach"
    variables = set()
    for path in package.rglob("*.py"):
        variables |= set(re.findall(r"INTERVIEW_COACH_[A-Z_]+", path.read_text(encoding="utf-8")))
    variables.discard("INTERVIEW_COACH_")
    assert "INTERVIEW_COACH_HOME" in variables
    missing = sorted(v for v in variables if v not in readme)
    assert not missing, f"settings missing from the README: {missing}"
