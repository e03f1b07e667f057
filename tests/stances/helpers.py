"""What ``polarity.find`` and the whole analysis read off a text, in the short forms the stance tests
compare."""

from __future__ import annotations

from faultlines.pipeline import analyze
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


def analysed_stances(text: str) -> set[tuple[str, str, int]]:
    """The stances the whole analysis of ``text`` reports: holder name, topic label, polarity."""
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    labels = {t.id: t.label for t in analysis.topics}
    return {(names[s.actor], labels[s.topic], s.polarity) for s in analysis.stances}


def held_on(stances: set[tuple[str, str, int]], word: str) -> set[tuple[str, int]]:
    """The holders and polarities of ``stances`` whose topic label holds ``word``."""
    return {(actor, polarity) for actor, label, polarity in stances if word in label.lower()}


def word(doc, text: str, nth: int = -1):
    """The ``nth`` token of ``doc`` written ``text`` (the last by default)."""
    return [t for t in doc if t.text == text][nth]
