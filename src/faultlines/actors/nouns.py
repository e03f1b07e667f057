"""The nouns of a Doc, read once for the actors stage: many of its rules start from a role noun or a
body noun, and a scan of the common and proper nouns alone is a third of one over every word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.views import DocCache, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

NOUNS = DocCache[list[int]]("actors.nouns")


def nouns(doc: Doc) -> list[int]:
    """The indexes of the common and proper nouns of ``doc``, in text order."""
    return NOUNS.get(doc, lambda: _nouns(doc))


def _nouns(doc: Doc) -> list[int]:
    found = positions(doc)
    return sorted(found.get("NOUN", []) + found.get("PROPN", []))
