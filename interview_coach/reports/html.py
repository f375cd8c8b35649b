"""Self-contained HTML reports: packaged Jinja2 templates, inline CSS and inline SVG charts.

Nothing is fetched when the file is opened (no scripts, fonts, images or links to other hosts), so
a report can be mailed or opened offline. Autoescaping is on; only our own SVG is marked safe.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from interview_coach.reports.charts import svg_bar_chart, svg_line_chart

#: Series drawn at most (a progress chart of 1,000 sessions keeps the last ones).
MAX_POINTS = 60


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("interview_coach.reports", "templates"),
        autoescape=select_autoescape(("html", "j2")),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _render(template: str, **values: Any) -> str:
    from markupsafe import Markup

    charts = {k: Markup(v) for k, v in values.pop("charts").items()}  # noqa: S704 - our own SVG
    rendered: str = _environment().get_template(template).render(charts=charts, **values)
    return rendered


def session_html(data: dict[str, Any]) -> str:
    chart = svg_bar_chart(data["dimensions"], title="Scores by dimension (1-5)")
    return _render("session.html.j2", data=data, charts={"dimensions": chart})


def progress_html(data: dict[str, Any]) -> str:
    labels = data["labels"][-MAX_POINTS:]
    overall = svg_line_chart(
        {"overall": data["overall"]["values"][-MAX_POINTS:]}, labels, title="Overall score"
    )
    dims = svg_line_chart(
        {t["name"]: t["values"][-MAX_POINTS:] for t in data["dimensions"]},
        labels,
        title="Dimensions",
    )
    return _render("progress.html.j2", data=data, charts={"overall": overall, "dimensions": dims})
