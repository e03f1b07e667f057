"""Hypothesis strategies for article-like text: words that make quotes, cues and names, every kind of
quotation mark, punctuation, line breaks, and now and then any character at all."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = [
    "the",
    "mayor",
    "of",
    "Lindholt",
    "said",
    "told",
    "reporters",
    "according",
    "to",
    "Ana",
    "Vale",
    "Mr.",
    "Brenn",
    "Dr.",
    "Osei",
    "she",
    "he",
    "they",
    "it",
    "we",
    "added",
    "warned",
    "insisted",
    "argued",
    "that",
    "would",
    "not",
    "will",
    "a",
    "spokesman",
    "for",
    "council",
    "officials",
    "union",
    "bridge",
    "plan",
    "claims",
    "denied",
    "accused",
    "called",
    "on",
    "Tuesday",
    "in",
    "May",
    "The",
    "A",
    "senior",
    "official",
    "who",
    "asked",
]
MARKS = ('"', "“", "”", "„", "‘", "’", "‚", "'", "«", "»", "``", "''", "‘‘", "’’")
PUNCTUATION = (",", ".", ":", ";", "—", "–", "-", "(", ")", "!", "?", "…", "/")
SPACES = (" ", " ", " ", "\n", "\n\n", "\t", "\xa0", "\r\n")

pieces = st.one_of(
    st.sampled_from(WORDS).map(lambda word: word + " "),
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(SPACES),
    st.text(max_size=3),
)
# Text built of the pieces above: most examples read like broken news sentences.
article_text = st.lists(pieces, max_size=80).map("".join)
# Marks in any order, with the few characters their roles depend on between them.
mark_sequences = st.lists(
    st.one_of(
        st.sampled_from(MARKS), st.sampled_from(("a", "s", "s ", " ", "\n", "\n\n", ".", ",", "-", "("))
    ),
    max_size=60,
).map("".join)
