"""Session and progress reports as Markdown (from `reports.content` data)."""

from __future__ import annotations

from typing import Any

from interview_coach.reports.charts import sparkline


def _score(value: Any) -> str:
    return "-" if value is None else f"{value:.1f}" if isinstance(value, float) else str(value)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def session_markdown(data: dict[str, Any]) -> str:
    session = data["session"]
    lines = [
        f"# Practice session {session['id']}: {session['title']}",
        "",
        f"Started {session['started_at'][:16].replace('T', ' ')} UTC, {session['status']}; "
        f"{session['answered']} of {session['questions']} questions answered "
        f"({session['attempts']} attempts). Overall: **{_score(data['overall'])}/5**.",
        "",
        "## Scores by dimension",
        "",
        "| Dimension | Score |",
        "|---|---|",
    ]
    lines += [f"| {name} | {score:.1f} |" for name, score in data["dimensions"].items()]
    for heading, key in (("Strongest answers", "strongest"), ("Weakest answers", "weakest")):
        if data[key]:
            lines += ["", f"## {heading}", ""]
            lines += [
                f"- Q{a['position'] + 1} ({a['overall']}/5): {_cell(a['question'])}"
                for a in data[key]
            ]
    lines += ["", "## Practise next", ""]
    lines += [f"- {_cell(item)}" for item in data["practise_next"]]
    lines += ["", "## Answers", ""]
    for answer in data["answers"]:
        lines += [
            f"### Q{answer['position']}. {_cell(answer['question'])}",
            "",
            f"Attempt {answer['attempt']}, overall {_score(answer['overall'])}/5.",
            "",
        ]
        lines += [f"> {_cell(line)}" for line in answer["answer"].splitlines() if line.strip()]
        lines.append("")
        for f in answer["findings"]:
            quote = "; ".join(f'"{_cell(q)}"' for q in f["quotes"])
            lines.append(
                f"- **{f['severity']}** `{f['code']}`: {_cell(f['message'])}"
                + (f" ({quote})" if quote else "")
                + (f" *{_cell(f['suggestion'])}*" if f["suggestion"] else "")
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def progress_markdown(data: dict[str, Any]) -> str:
    lines = [
        "# Practice progress",
        "",
        f"{data['session_count']} scored sessions, oldest to newest.",
        "",
        "| Dimension | Trend | First | Last | Direction |",
        "|---|---|---|---|---|",
    ]
    for trend in [data["overall"], *data["dimensions"]]:
        lines.append(
            f"| {trend['name']} | `{sparkline(trend['values'])}` | {_score(trend['first'])} | "
            f"{_score(trend['last'])} | {trend['direction']} |"
        )
    return "\n".join(lines) + "\n"
