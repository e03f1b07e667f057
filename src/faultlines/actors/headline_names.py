"""Person names NER ran a title-cased headline's words into.

A title-cased headline capitalises every word, so the small model reads the verb, noun or epithet
beside a surname as part of the name: "Lund Says Levy Must Go" gives "Lund Says", "Reckless Lund
Scraps Ferry" gives "Reckless Lund". The story below names the person ("Mara Lund", "Ms. Lund");
cut back to that surname, the headline's mention joins them (``coref``) instead of standing as a
person of its own. A name the story itself gives ("Lund Scott") stays whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon, titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Story:
    """Where the headline ends, and the person names the story below it gives."""

    headline_end: int
    names: frozenset[str]
    surnames: frozenset[str]


def story(doc: Doc, headline_end: int) -> Story:
    """The person names and surnames of ``doc`` after its headline (which ends at ``headline_end``)."""
    names = frozenset(
        views.span_text(e) for e in views.ents(doc) if e.label_ == "PERSON" and e.start_char >= headline_end
    )
    return Story(headline_end, names, frozenset(name.split()[-1] for name in names))


def cut(name: Span, told: Story) -> Span:
    """``name`` without the headline words NER ran into it: the story's surname it starts with
    ("Lund Says"), or ends with after a word that is no given name or title ("Reckless Lund")."""
    text = views.span_text(name)
    if name.end_char > told.headline_end or len(name) < 2 or text in told.names:
        return name
    if any(text.startswith(whole + " ") for whole in told.names if " " in whole):
        return name  # "Varga Scott Wins": the story's own name, which ``mentions`` cuts it back to
    if name[0].text in told.surnames:
        return name[:1]
    first = name[0]
    if (
        name[-1].text in told.surnames
        and lexicon.given_gender(first.text) is None
        and not titles.is_title(first)
    ):
        return name[-1:]
    return name
