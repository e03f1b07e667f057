"""Highlighting an article: escaped text, quotes in distinct speaker colours, cues and sources marked."""

from __future__ import annotations

from faultlines.web.render import PALETTE, Mark, distinct_colours, highlight, marks_from_store

TEXT = '"Without them the mill closes," he told the council. Mayor Ivo Lind said <i>no</i>.'


def test_render_highlight_escapes_text_inside_and_outside_marks():
    html = highlight(
        "<b>x</b> & y", [Mark(0, [(0, 8)], info={"quote": "q1", "colour": "#fff", "speaker": "<A>"})]
    )
    assert "<b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html and "&amp; y" in html
    assert 'data-speaker="&lt;A&gt;"' in html


def test_render_store_marks_the_stored_cue_and_source():
    quote = {"id": "q1", "kind": "direct", "start": 1, "end": 29, "cue": "told", "source": "he",
             "cue_start": 35, "cue_end": 39, "source_start": 32, "source_end": 34,
             "speaker_id": None, "speaker": None}  # fmt: skip
    [mark] = marks_from_store([quote], {}, {})
    assert TEXT[slice(*mark.sources[0])] == "he" and mark.sources[0][0] == 32  # not the "he" of "them"
    assert TEXT[slice(*mark.cue)] == "told"


def test_render_nested_cue_and_source_pieces_stay_well_formed():
    marks = [Mark(0, [(0, 31)], (35, 39), [(32, 34)], {"quote": "q1", "colour": "#fff", "speaker": "x"})]
    html = str(highlight(TEXT, marks))
    assert html.count("<mark") == html.count("</mark>") == 3
    assert 'class="source"' in html and 'class="cue"' in html


def test_render_distinct_colours_never_repeat_within_an_article():
    ids = [f"speaker-{n}" for n in range(len(PALETTE))]
    assert len(set(distinct_colours(ids).values())) == len(PALETTE)
