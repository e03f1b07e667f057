"""Pages that speak to their reader code only the state's acts (events/guides.py)."""

from __future__ import annotations

from faultlines.events import code
from faultlines.model import Analysis

GUIDE = (
    "If you want a quieter kettle, you have choices. Your budget matters, and so does your kitchen. "
    "The Harbour Kettle promised to boil water in a minute, and you will like it. "
    "Brightline agreed to cut its prices for you this week. "
    "You can pick a colour that suits your home, and you may get a mug with it. "
    "Police arrested a man who stole kettles from the harbour shop. "
    "Before you buy, ask yourself whether you need a timer."
)
NEWS = (
    "Brightline agreed to cut its prices this week. Police arrested a man who stole kettles from "
    "the harbour shop. The mayor said you never know what a shop will do."
)


def _happened(nlp, text: str) -> list[str]:
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    return [e.type for e in analysis.events if not e.negated and e.tense not in ("future", "hypothetical")]


def test_guides_a_page_speaking_to_its_reader_keeps_only_the_state_s_acts(nlp):
    assert _happened(nlp, GUIDE) == ["COERCE"]


def test_guides_a_news_page_that_quotes_you_once_keeps_its_acts(nlp):
    assert sorted(_happened(nlp, NEWS)) == ["AGREE", "COERCE"]
