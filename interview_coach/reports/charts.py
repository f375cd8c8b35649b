"""Charts drawn by hand: SVG line and bar charts for reports, a block chart for the terminal.

Scores are on the 1-5 scale. The SVG is plain markup (no script, no external reference) so that
an HTML report stays self-contained; every label is escaped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

#: Colour-blind-safe palette (one colour per series, cycled).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000")
LOW, HIGH = 1.0, 5.0
_BLOCKS = " ▁▂▃▄▅▆▇█"


def _y(value: float, top: float, height: float) -> float:
    clamped = min(HIGH, max(LOW, value))
    return top + height * (HIGH - clamped) / (HIGH - LOW)


def _axes(left: float, top: float, width: float, height: float) -> list[str]:
    parts = []
    for tick in range(int(LOW), int(HIGH) + 1):
        y = _y(tick, top, height)
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + width:.1f}" y2="{y:.1f}" '
            'stroke="#ddd" stroke-width="1"/>'
            f'<text x="{left - 6:.1f}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#555">{tick}</text>'
        )
    return parts


def svg_line_chart(
    series: Mapping[str, Sequence[float | None]],
    labels: Sequence[str] = (),
    *,
    title: str = "",
    width: int = 640,
    height: int = 260,
) -> str:
    """One line per series over the same x positions; None values leave a gap."""
    left, top, right, bottom = 36.0, 28.0, 130.0, 30.0
    plot_w, plot_h = width - left - right, height - top - bottom
    count = max((len(v) for v in series.values()), default=0)
    step = plot_w / (count - 1) if count > 1 else 0.0
    parts = [
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title or "chart")}">',
        f'<text x="{left:.1f}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
        *_axes(left, top, plot_w, plot_h),
    ]
    for index, (name, values) in enumerate(series.items()):
        colour = PALETTE[index % len(PALETTE)]
        runs: list[list[str]] = [[]]
        for i, value in enumerate(values):
            if value is None:
                runs.append([])
                continue
            x = left + (i * step if count > 1 else plot_w / 2)
            runs[-1].append(f"{x:.1f},{_y(value, top, plot_h):.1f}")
        for run in runs:
            if len(run) > 1:
                parts.append(
                    f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" '
                    'stroke-width="2"/>'
                )
            for point in run if len(run) <= 30 else ():
                cx, cy = point.split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>')
        legend_y = top + 14 * index + 6
        parts.append(
            f'<rect x="{width - right + 10:.1f}" y="{legend_y - 8:.1f}" width="10" height="10" '
            f'fill="{colour}"/><text x="{width - right + 25:.1f}" y="{legend_y + 1:.1f}" '
            f'font-size="11">{escape(name)}</text>'
        )
    shown = list(labels)[:count]
    every = max(1, len(shown) // 8)
    for i, label in enumerate(shown):
        if i % every == 0 or i == len(shown) - 1:
            x = left + (i * step if count > 1 else plot_w / 2)
            parts.append(
                f'<text x="{x:.1f}" y="{height - 10}" font-size="10" text-anchor="middle" '
                f'fill="#555">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def svg_bar_chart(
    values: Mapping[str, float], *, title: str = "", width: int = 640, bar_height: int = 22
) -> str:
    """Horizontal bars on the 1-5 scale, one per name."""
    left, top, right = 130.0, 28.0, 40.0
    height = int(top + bar_height * len(values) + 12)
    plot_w = width - left - right
    parts = [
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title or "chart")}">',
        f'<text x="4" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
    ]
    for i, (name, value) in enumerate(values.items()):
        y = top + i * bar_height
        clamped = min(HIGH, max(0.0, value))
        bar = plot_w * clamped / HIGH
        colour = PALETTE[0] if value >= 3.5 else PALETTE[1] if value >= 2.5 else PALETTE[5]
        parts.append(
            f'<text x="{left - 8:.1f}" y="{y + bar_height * 0.65:.1f}" font-size="12" '
            f'text-anchor="end">{escape(name)}</text>'
            f'<rect x="{left:.1f}" y="{y + 3:.1f}" width="{bar:.1f}" '
            f'height="{bar_height - 6}" fill="{colour}"/>'
            f'<text x="{left + bar + 6:.1f}" y="{y + bar_height * 0.65:.1f}" '
            f'font-size="11">{value:.1f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def sparkline(values: Sequence[float | None], width: int = 40) -> str:
    """A one-line block chart of 1-5 scores (the last `width` values; gaps as spaces)."""
    out = []
    for value in list(values)[-width:]:
        if value is None:
            out.append(" ")
            continue
        level = (min(HIGH, max(LOW, value)) - LOW) / (HIGH - LOW)
        out.append(_BLOCKS[1 + round(level * (len(_BLOCKS) - 2))])
    return "".join(out)


def terminal_trend_table(rows: Sequence[tuple[str, Sequence[float | None], str]]) -> object:
    """A rich Table: dimension, sparkline, latest score and direction."""
    from rich.table import Table

    table = Table(title="Progress by dimension (1-5, oldest to newest)")
    table.add_column("Dimension")
    table.add_column("Trend", no_wrap=True)
    table.add_column("Last", justify="right")
    table.add_column("Direction")
    for name, values, direction in rows:
        known = [v for v in values if v is not None]
        last = f"{known[-1]:.1f}" if known else "-"
        style = {"improving": "green", "declining": "red"}.get(direction, "")
        table.add_row(
            name, sparkline(values), last, f"[{style}]{direction}[/]" if style else direction
        )
    return table
