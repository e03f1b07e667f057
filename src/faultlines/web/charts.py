"""Small inline SVG charts drawn on the server (no script, no library): counts over time as bars, and
a signed series (PLOVER intensity, -10 hostile to +10 cooperative) as bars around a zero line."""

from __future__ import annotations

from markupsafe import Markup, escape

WIDTH, HEIGHT, PAD = 640, 160, 28


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
    step = (WIDTH - 2 * PAD) / len(points)
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
    first, last = escape(points[0][0]), escape(points[-1][0])
    parts += [
        f'<text x="{PAD}" y="{HEIGHT - 8}" class="tick">{first}</text>',
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - 8}" class="tick" text-anchor="end">{last}</text>',
        f'<text x="{PAD}" y="14" class="tick">{escape(note)}</text>',
        "</svg>",
    ]
    return Markup("".join(parts))
