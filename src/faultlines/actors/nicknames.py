"""Names with a nickname in quotation marks between the given name and the surname: 'Rep. Robert
C. "Bobby" Scott', 'Marcia "Cia" Price'. NER splits them at the marks ("Marcia" a person, "Cia
Price" a title); the person is the given name, initials and surname, as the rest of the text and
the reader name them: by the nickname where the text goes on to use it ("Bobby Scott"), else by the
given name ("Marcia Price")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon, titles
from faultlines.actors.mention import INITIAL, Mention
from faultlines.quotes.marks import QUOTE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def nicknamed(doc: Doc) -> list[Mention]:
    """A person's mention over each given name, initials, quoted nickname and surname of ``doc``."""
    found = []
    words = views.columns(doc).text  # a Token only for the few quotation marks
    for mark in (doc[i] for i, word in enumerate(words) if word in QUOTE_MARKS and 0 < i < len(doc) - 3):
        nick, close, surname = doc[mark.i + 1], doc[mark.i + 2], doc[mark.i + 3]
        if close.text not in QUOTE_MARKS or not (_name_word(nick) and _name_word(surname)):
            continue
        start = mark.i
        while start > 0 and (INITIAL.fullmatch(doc[start - 1].text) or _given(doc[start - 1])):
            start -= 1
        if start == mark.i or not _given(doc[start]):
            continue
        # the name the text goes on to use: "Bobby Scott" where it says so again, else "Robert C. Scott"
        called = f"{nick.text} {surname.text}"
        given = " ".join([t.text for t in doc[start : mark.i]] + [surname.text])
        name = called if called in views.text(doc) else given
        span = doc[start : surname.i + 1]
        found.append(Mention(span, "person", name, gender=titles.honorific_gender(span)))
    return found


def _given(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and lexicon.given_gender(tok.text) is not None


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[1:].islower() and tok.is_alpha
