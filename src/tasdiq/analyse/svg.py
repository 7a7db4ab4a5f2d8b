"""Small inline SVG charts for the HTML report: no library, no external asset, no script.

Every label is escaped; sizes are in SVG user units so the charts scale with the page.
Each chart has a <title> for screen readers and shows its numbers as text, so nothing is
read from the bar lengths alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#e4e7eb"
BAR = "#2f6f9f"
RANGE = "#9fb3c8"
PALETTE = ("#2f6f9f", "#3f9142", "#c99a2e", "#b54747", "#6c4f9f", "#7b8794")


def _nice_max(value: float) -> float:
    """A round axis maximum at or above `value` (1, 2, 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 5, 10):
        if value <= factor * step:
            return float(factor * step)
    return float(10 * step)


def _short(label: str, limit: int = 36) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'font-family="system-ui, sans-serif" font-size="11"><title>{escape(title)}</title>'
            + "".join(body) + "</svg>")


def column_chart(values: Sequence[tuple[str, float]], *, title: str, width: int = 720, height: int = 220,
                 band: Sequence[tuple[float, float]] | None = None) -> str:
    """Vertical columns (e.g. incidents per month); `band` draws a low-high whisker on each."""
    left, bottom, top = 40, 36, 12
    plot_w, plot_h = width - left - 8, height - bottom - top
    highest = max([v for _, v in values] + [hi for _, hi in band or []] + [0])
    top_value = _nice_max(highest)
    body = []
    for i in range(5):
        y = top + plot_h - plot_h * i / 4
        body.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
                    f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">'
                    f'{top_value * i / 4:g}</text>')
    slot = plot_w / max(len(values), 1)
    every = max(1, round(len(values) / 12))  # about a dozen labels whatever the span
    for i, (label, value) in enumerate(values):
        x = left + i * slot
        h = plot_h * value / top_value
        body.append(f'<rect x="{x + slot * 0.15:.1f}" y="{top + plot_h - h:.1f}" width="{slot * 0.7:.1f}" '
                    f'height="{h:.1f}" fill="{BAR}"><title>{escape(label)}: {value:g}</title></rect>')
        if band is not None:
            lo, hi = band[i]
            y_lo, y_hi = top + plot_h - plot_h * lo / top_value, top + plot_h - plot_h * hi / top_value
            body.append(f'<line x1="{x + slot / 2:.1f}" x2="{x + slot / 2:.1f}" y1="{y_lo:.1f}" y2="{y_hi:.1f}" '
                        f'stroke="{INK}" stroke-width="1"/>')
        if i % every == 0:
            body.append(f'<text x="{x + slot / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle" '
                        f'fill="{INK}">{escape(label)}</text>')
    return _svg(width, height, title, body)


def bar_chart(values: Sequence[tuple[str, float, str]], *, title: str, width: int = 580) -> str:
    """Horizontal bars with their label and value text (label, value, text shown after it)."""
    row, label_w, text_w = 20, 220, 90
    height = row * len(values) + 8
    plot_w = width - label_w - text_w
    top_value = _nice_max(max([v for _, v, _ in values] + [0]))
    body = []
    for i, (label, value, shown) in enumerate(values):
        y = 4 + i * row
        w = plot_w * value / top_value
        name = escape(_short(label))
        body.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" fill="{INK}">{name}</text>'
                    f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{BAR}"/>'
                    f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" fill="{MUTED}">{escape(shown)}</text>')
    return _svg(width, height, title, body)


def stacked_bar(parts: Sequence[tuple[str, int]], *, title: str, width: int = 720) -> str:
    """One bar split into parts (e.g. incidents by status), with a legend under it."""
    total = sum(n for _, n in parts) or 1
    body, x = [], 0.0
    for i, (label, n) in enumerate(parts):
        w = (width - 2) * n / total
        colour = PALETTE[i % len(PALETTE)]
        body.append(f'<rect x="{1 + x:.1f}" y="4" width="{w:.1f}" height="22" fill="{colour}">'
                    f'<title>{escape(label)}: {n}</title></rect>')
        lx = 1 + i * (width / max(len(parts), 1))
        body.append(f'<rect x="{lx:.1f}" y="36" width="10" height="10" fill="{colour}"/>'
                    f'<text x="{lx + 14:.1f}" y="45" fill="{INK}">{escape(label)} {n}</text>')
        x += w
    return _svg(width, 54, title, body)
