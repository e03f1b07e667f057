"""Which quote a word sits in."""

from __future__ import annotations

from faultlines.model import Analysis, Quote
from faultlines.stances.said_in import SaidIn, cue_of


def _quote(analysis: Analysis, content: str, cue: str) -> Quote:
    start, cue_at = analysis.text.index(content), analysis.text.index(cue)
    quote = Quote(
        f"q{len(analysis.quotes) + 1}",
        "indirect",
        [analysis.span(start, start + len(content))],
        analysis.span(cue_at, cue_at + len(cue)),
    )
    analysis.quotes.append(quote)
    return quote


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_said_in_innermost_quote_holds_a_word(nlp):
    text = "Ana Frey said Tomas Lind told her the toll is a mistake. Lind left."
    analysis, doc = Analysis(id="t", text=text), nlp(text)
    _quote(analysis, "Tomas Lind told her the toll is a mistake", "said")
    _quote(analysis, "the toll is a mistake", "told")
    said = SaidIn(doc, analysis.quotes, lambda quote, cue: ("someone",))
    assert said.innermost(_word(doc, "mistake"))[0].id == "q2"
    assert said.innermost(_word(doc, "left")) is None


def test_said_in_a_quote_nobody_holds_hides_what_it_governs_from_an_outer_cue(nlp):
    text = "Ana Frey urged calm after the mogul claimed the judge was unfit."
    analysis, doc = Analysis(id="t", text=text), nlp(text)
    _quote(analysis, "calm", "urged")
    _quote(analysis, "the judge was unfit", "claimed")
    held = {"q1": ("a1",), "q2": ()}
    said = SaidIn(doc, analysis.quotes, lambda quote, cue: held[quote.id])
    assert said.innermost(_word(doc, "unfit")) is None
    assert said.unheld_cues == {_word(doc, "claimed").i}


def test_said_in_cue_of_a_quote_is_its_token(nlp):
    text = "Ana Frey said the toll is a mistake."
    analysis, doc = Analysis(id="t", text=text), nlp(text)
    quote = _quote(analysis, "the toll is a mistake", "said")
    assert cue_of(doc, quote).text == "said"
    quote.cue = None
    assert cue_of(doc, quote) is None
