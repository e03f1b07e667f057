"""Inline SVG charts: even time axes and escaped labels."""

from __future__ import annotations

from datetime import date

from faultlines.web.charts import bars, months, signed, weeks


def test_charts_weeks_and_months_fill_the_gaps_with_zeros():
    filled = weeks([(date(2025, 3, 3), 2), (date(2025, 3, 24), 1)])
    assert [v for _, v in filled] == [2, 0, 0, 1]
    assert [k for k, _ in months([("2024-11", 1), ("2025-02", 3)])] == [
        "2024-11",
        "2024-12",
        "2025-01",
        "2025-02",
    ]


def test_charts_draw_one_bar_per_point_with_escaped_titles():
    svg = bars([("<w1>", 1), ("w2", 3)], label="quotes")
    assert svg.count("<rect") == 2 and "&lt;w1&gt;" in svg and "<w1>" not in svg
    assert signed([], label="none").startswith("<p")
    assert 'fill="#c8453b"' in signed([("w", -4.0)], label="hostile")


def test_charts_weeks_share_an_axis_when_given_its_ends():
    filled = weeks([(date(2025, 3, 10), 1)], date(2025, 3, 3), date(2025, 3, 24))
    assert [k for k, _ in filled] == ["2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24"]
