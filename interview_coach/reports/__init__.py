"""Reports of sessions and progress as Markdown, self-contained HTML or JSON."""

from __future__ import annotations

import json
from typing import Any

FORMATS = ("md", "html", "json")


def render(data: dict[str, Any], fmt: str) -> str:
    """Render report data (from `reports.content`) in `fmt`: md, html or json."""
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    session = data.get("kind") == "session"
    if fmt == "md":
        from interview_coach.reports.markdown import progress_markdown, session_markdown

        return session_markdown(data) if session else progress_markdown(data)
    if fmt == "html":
        from interview_coach.reports.html import progress_html, session_html

        return session_html(data) if session else progress_html(data)
    raise ValueError(f"unknown report format {fmt!r}; use one of: {', '.join(FORMATS)}")
