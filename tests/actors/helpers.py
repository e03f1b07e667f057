"""Clusters of a sentence's actor mentions, as the coreference tests look them up."""

from __future__ import annotations

from faultlines.actors import coref, mentions


def clusters_of(nlp, text: str, year: int | None = None):
    """The parsed text and its clusters, for an article of ``year`` if given."""
    doc = nlp(text)
    return doc, coref.build(mentions.find(doc), doc, year)


def cluster_of(doc, clusters, word: str, nth: int = 0):
    """The cluster of the ``nth`` token written ``word``, or None."""
    i = [t.i for t in doc if t.text == word][nth]
    return clusters.at.get(i)
