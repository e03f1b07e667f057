"""Topic labels: the phrase that names a topic best, in the article's own words.

An action is named by its gerund ("release the videos" -> "releasing the videos"), the way news
names a thing one takes a side on; quotation marks are left out of a label.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from faultlines.quotes.marks import QUOTE_MARKS
from faultlines.stances import clauses, passives
from faultlines.stances.extents import noun_phrase
from faultlines.stances.keys import key, words_written
from faultlines.stances.lexicon import load as load_lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

_STRAY_QUOTE = re.compile(rf"(?<!\w)[{''.join(QUOTE_MARKS)}]|[{''.join(QUOTE_MARKS)}](?!\w)")


def label(phrases: list[str]) -> str:
    """The phrase that best stands for all the others: the one whose words hold most of the others'
    ("the police videos" over "the video"), each time the text writes it again counting once more
    (written three times, "levies" names the thing rather than "Kim's levy plans", written
    once), then the most words in common with them (relative to both sizes, so the longest phrase
    does not win by size alone), then the most specific, then the one that writes out most content
    words (a full name over its nickname), then the earliest."""
    return clean(phrases[best(phrases)])


def best(phrases: list[str]) -> int:
    """The index of the phrase ``label`` chooses."""
    keys = [key(p) for p in phrases]
    written = [words_written(p) for p in phrases]
    times = Counter(p.lower() for p in phrases)

    def score(i: int) -> tuple[int, float, int, int, int]:
        covered = sum(1 for k in keys if k and k <= keys[i]) + times[phrases[i].lower()] - 1
        shared = sum(len(keys[i] & k) / len(keys[i] | k) for k in keys if keys[i] | k)
        # of two namings with one key, the full name ("Affordable Care Act", not "Obamacare")
        return covered, round(shared, 6), len(keys[i]), written[i], -i

    return max(range(len(phrases)), key=score)


def action(doc: Doc, start: int, end: int, spell: Callable[[int, int], str] | None = None) -> str:
    """A verb phrase as the name of an action: its verb as a gerund ("release the videos" ->
    "releasing the videos"), the way news names a thing one takes a side on. ``spell`` words a
    token range, the text itself unless given."""
    spell = spell or (lambda a, b: doc[a:b].text)
    if (done := passives.act_in(doc, start, end)) is not None:
        return _done_to(doc, start, end, done, spell)
    verb = doc[start]
    if end - start < 2:
        return spell(start, end)
    if verb.tag_ in ("VB", "VBP"):
        return _gerunds(doc, verb, end, verb.lower_, spell)
    if verb.tag_ == "VBD" or clauses.perfect(verb):
        # an act told done ("renamed its account") is named as one to take a side on: "renaming its account"
        return _gerunds(doc, verb, end, verb.lemma_.lower(), spell)
    return spell(start, end)


def _gerunds(doc: Doc, verb: Token, end: int, base: str, spell: Callable[[int, int], str]) -> str:
    """The phrase of ``verb`` (spelt ``base``) with it and the verbs joined to it, that share its
    object, as gerunds: "close and sell the library" -> "closing and selling the library"."""
    text, at = gerund(base) + verb.whitespace_, verb.i + 1
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == verb.tag_ and c.i < end):
        text += spell(at, joined.i) + " " + gerund(joined.lemma_.lower()) + joined.whitespace_
        at = joined.i + 1
    return text + spell(at, end) if at < end else text.rstrip()


def _done_to(doc: Doc, start: int, end: int, verb: Token, spell: Callable[[int, int], str]) -> str:
    """A passive act on the thing that opens ``doc[start:end]``, named as done to it: "the guild's
    rules should be simplified" -> "simplifying the guild's rules"."""
    undergoer = passives.undergoer(verb, load_lexicon())
    # with its article, which the phrase leaves out: "repairing the ferry pier"
    article = start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == undergoer.i
    first = start - 1 if article else start
    thing = spell(first, noun_phrase(doc, undergoer)[1])
    if doc[first].pos_ != "PROPN" and not doc[first].is_upper:
        thing = thing[0].lower() + thing[1:]  # "The rules should be ...": "simplifying the rules"
    rest = " " + spell(verb.i + 1, end) if verb.i + 1 < end else ""
    return f"{gerund(verb.lemma_.lower())} {thing}{rest}"


def gerund(verb: str) -> str:
    """The -ing form of a base verb: "stop" -> "stopping", "release" -> "releasing", "see" -> "seeing"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "oe", "ye")) and len(verb) > 2:
        return verb[:-1] + "ing"
    vowels = re.findall(r"[aeiou]+", verb)
    final_stress = len(vowels) == 1 or verb.endswith(_STRESSED_ENDINGS)
    if final_stress and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


# Two-syllable verbs stressed on the last syllable, which double their final consonant.
_STRESSED_ENDINGS = (
    "dmit",
    "mmit",
    "rmit",
    "bmit",
    "efer",
    "nfer",
    "ccur",
    "ncur",
    "pel",
    "trol",
    "gret",
    "set",
)


def clean(text: str) -> str:
    """A phrase as a label: no quotation marks (apostrophes inside words stay), single spaces."""
    return " ".join(_STRAY_QUOTE.sub("", text).split())
