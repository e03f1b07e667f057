"""What ``polarity.find`` reads off a sentence, in the short forms the stance tests compare."""

from __future__ import annotations

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find


def stances_of(nlp, text: str) -> list[tuple[str, int, str]]:
    """Each expression as its predicate word, polarity and topic word."""
    doc = nlp(text)
    return [(doc[e.predicate].text, e.polarity, doc[e.topic].text) for e in find(doc, load())]


def held_of(nlp, text: str) -> list[tuple[int, str, str]]:
    """The stances whose holder is named in the sentence: polarity, topic word, holder word."""
    doc = nlp(text)
    return [
        (e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load()) if e.agent is not None
    ]
