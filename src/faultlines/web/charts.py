"""Small inline SVG charts drawn on the server (no script, no library): counts over time as bars, and
a signed series (PLOVER intensity, -10 hostile to +10 cooperative) as bars around a zero line."""

from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup, escape

WIDTH, HEIGHT, PAD = 640, 160, 28
MAX_BAR = 36  # a lone week is a bar, not a wall


def weeks(
    points: list[tuple[date, float]], first: date | None = None, last: date | None = None
) -> list[tuple[str, float]]:
    """Weekly values (weeks start on Mondays) with the empty weeks as zeros, so time runs evenly along
    the axis; ``first`` and ``last`` widen it, to put several charts on one time axis."""
    if not points:
        return []
    values = dict(points)
    day, last, out = min(first or min(values), min(values)), max(last or max(values), max(values)), []
    while day <= last:
        out.append((day.isoformat(), values.get(day, 0)))
        day += timedelta(days=7)
    return out


def months(points: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Monthly values ("2025-03") with the empty months between them as zeros."""
    if not points:
        return []
    values = dict(points)
    year, month = map(int, min(values).split("-"))
    last, out = max(values), []
    while (key := f"{year:04d}-{month:02d}") <= last:
        out.append((key, values.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def bars(points: list[tuple[str, float]], *, label: str, colour: str = "#4a78b5") -> Markup:
    """Bars of non-negative values in order, first and last label under the axis."""
    if not points:
        return Markup('<p class="empty">No dated data.</p>')
    top = max(v for _, v in points) or 1
    return _frame(
        points, label, lambda v: (HEIGHT - PAD, (HEIGHT - 2 * PAD) * v / top), colour, f"max {top:g}"
    )


def signed(points: list[tuple[str, float]], *, label: str, scale: float = 10.0) -> Markup:
    """Bars up (green) or down (red) from a zero line, for values in [-scale, scale]."""
    if not points:
        return Markup('<p class="empty">No dated data.</p>')
    middle = HEIGHT / 2

    def extent(v: float) -> tuple[float, float]:
        h = (HEIGHT / 2 - PAD) * min(abs(v), scale) / scale
        return (middle, h) if v >= 0 else (middle + h, h)

    return _frame(points, label, extent, None, f"±{scale:g}", zero=middle)


def _frame(points, label, extent, colour, note, zero=None) -> Markup:
    step = min((WIDTH - 2 * PAD) / len(points), MAX_BAR / 0.8)
    width = max(step * 0.8, 1.0)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(label)}">',
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" class="axis"/>',
    ]
    if zero is not None:
        parts.append(f'<line x1="{PAD}" y1="{zero}" x2="{WIDTH - PAD}" y2="{zero}" class="zero"/>')
    for i, (key, value) in enumerate(points):
        base, h = extent(value)
        y = base - h
        fill = colour or ("#3a9a5b" if value >= 0 else "#c8453b")
        parts.append(
            f'<rect x="{PAD + i * step:.1f}" y="{y:.1f}" width="{width:.1f}" height="{max(h, 1):.1f}" '
            f'fill="{fill}"><title>{escape(key)}: {value:g}</title></rect>'
        )
    parts.append(f'<text x="{PAD}" y="{HEIGHT - 8}" class="tick">{escape(points[0][0])}</text>')
    if len(points) > 1:
        end = PAD + len(points) * step
        parts.append(
            f'<text x="{end:.1f}" y="{HEIGHT - 8}" class="tick" text-anchor="end">{escape(points[-1][0])}</text>'
        )
    parts += [
        f'<text x="{PAD}" y="14" class="tick">{escape(note)}</text>',
        "</svg>",
    ]
    return Markup("".join(parts))
