"""What "the deal", "this legislation" stand for: the same noun named in full earlier in the article.

News names a thing once ("a new trade deal with Velmora") and then refers back to it by its general
noun alone ("she now opposes the deal"), by the name the article gives it ("the bill, known as the
Harbor Act") or by that name's acronym ("the HA"). When no stance names it in full, the fuller naming
is still in the text, and it is what the stance is about.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines.actors.short_forms import NAME_GAPS, initials
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.syntax import DEFINITE, tree
from faultlines.views import DocCache, columns, lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependents that make a noun name a particular thing: "trade deal", "the deal with Velmora",
# "the Halden deal", "the deal to build the dam", "the deal, known as the Velmora Accord".
NAMING = frozenset({"compound", "amod", "nmod", "prep", "acl", "appos"})
# Verbs that give a thing its name: "the cuts known as sequestration", "a levy dubbed the toll".
NAMING_VERBS = frozenset({"know", "dub", "call", "name"})
# Entity types of people and places, which an apposed name makes actors, not things at stake.
PEOPLE = frozenset({"PERSON", "NORP", "GPE", "LOC"})
# The nouns of a Doc with a naming dependent, by lemma and tag (see ``_named_nouns``).
_NAMED = DocCache[dict[tuple[str, bool], list[int]]]("stances.named_nouns")
# The demonstratives, which point back: "this framing", "all this".
POINTING = DEFINITE - {"the"}


def bare_definite(noun: Token) -> bool:
    """ "the program", "this deal": a noun with only a definite article or demonstrative."""
    doc = noun.doc
    children, dep, lower = tree(doc).children(noun.i), columns(doc).dep, columns(doc).lower
    return bool(children) and all(dep[c] == "det" and lower[c] in DEFINITE for c in children)


def charges_of_the_case(noun: Token) -> bool:
    """ "the charges against Lee": charges named only by whom they are against, which in
    one article are the charges it has told ("the charges of rigging the tender"), as a bare "the
    charges" is."""
    if noun.lemma_.lower() not in load_lexicon().charge_noun:
        return False
    children = list(noun.children)
    against = [c for c in children if c.dep_ == "prep" and c.lower_ == "against"]
    return bool(against) and all((c.dep_ == "det" and c.lower_ in DEFINITE) or c in against for c in children)


def named_before(noun: Token) -> Token | None:
    """The nearest earlier noun with the same lemma that names a particular thing, for a bare
    definite ``noun``; None when there is none (the thing is named nowhere before it)."""
    found = _earlier(noun, _names_one)
    return found if found is not None and found.dep_ != "compound" else None


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """The actors' own role nouns for people ("judge", "wife"), without those naming bodies ("the army")."""
    from faultlines.actors.lexicon import generic_bodies, rows

    return frozenset(row[0] for row in rows("roles.tsv")) - set(generic_bodies())


def name_given(noun: Token) -> tuple[int, int] | None:
    """The name ``noun`` is given ("the bill, known as the Harbor Act"), or for a bare definite
    noun the name an earlier mention of it was given ("the bill" after that), as a token range.
    Only a given name: a noun that names a thing alone ("the election") may well be another one
    than the one named before ("the 2012 election")."""
    given = next((c for c in noun.children if gives_name(c)), None)
    if given is None and (found := _earlier(noun, gives_name)) is not None:
        given = next(c for c in found.children if gives_name(c))
    if given is None:
        return None
    doc, start = noun.doc, given.left_edge.i if given.dep_ == "appos" else given.i + 1
    while start < len(doc) and (doc[start].lower_ == "as" or doc[start].dep_ == "det" or doc[start].is_quote):
        start += 1
    end = start
    while end < len(doc) and (doc[end].pos_ == "PROPN" or (end > start and doc[end].lower_ in NAME_GAPS)):
        end += 1
    while end > start and doc[end - 1].lower_ in NAME_GAPS:
        end -= 1
    return (start, end) if end > start else None


def renamed(doc: Doc) -> list[tuple[int, tuple[int, int]]]:
    """Things named twice: the noun of each earlier naming ("the 9/11 lawsuit bill") that a later
    "the bill, known as the Harbor Act" refers back to while giving it a name, with that name's
    token range. A headline's short name and the body's full name are one thing so."""
    cols = columns(doc)
    # Only a noun with an apposed or clausal dependent can be given a name: look at those alone.
    heads = tree(doc).heads
    nouns = sorted({heads[i] for i, dep in enumerate(cols.dep) if dep in ("appos", "acl")})
    found = []
    for noun in (doc[i] for i in nouns if cols.pos[i] == "NOUN"):
        given = next((c for c in noun.children if gives_name(c)), None)
        if given is None or not _bare_but_named(noun, given):
            continue
        before = earlier_naming(noun)
        if before is not None and (name := name_given(noun)) is not None:
            found.append((before.i, name))
    return found


def _bare_but_named(noun: Token, given: Token) -> bool:
    """ "the bill, known as X": a definite noun with nothing else of its own than the name it is
    given (what follows the name, such as "passed by the council", says no more which bill it is)."""
    rest = [c for c in noun.children if c.i < given.i and not c.is_punct]
    return bool(rest) and all(c.dep_ == "det" and c.lower_ in DEFINITE for c in rest)


def earlier_naming(noun: Token) -> Token | None:
    """The nearest earlier noun or name of ``noun``'s kind and number that names one thing."""
    doc = noun.doc
    named = _NAMED.get(doc, lambda: _named_nouns(doc)).get(kind(noun), [])
    for i in reversed(named[: bisect_left(named, noun.i)]):
        if doc[i].dep_ != "compound" and any(_names_one(c) for c in doc[i].children):
            return doc[i]
    return None


def kind(noun: Token) -> tuple[str, bool]:
    """What a noun names, for finding it named before: its kind of thing ("bill" and "Act" are
    laws, see [kind] in stance_words.txt), else its lemma; and whether it names more than one."""
    return _kind_at(noun.doc, noun.i)


def _kind_at(doc: Doc, i: int) -> tuple[str, bool]:
    """``kind`` of token ``i``, read off the columns: asked of every noun with a naming dependent."""
    lemma, tag = lemmas(doc)[i], columns(doc).tag[i]
    plural = tag in ("NNS", "NNPS") or (tag == "VBZ" and _noun_read_as_verb(doc[i]))
    return load_lexicon().kind.get(lemma, lemma), plural


def _noun_read_as_verb(tok: Token) -> bool:
    """A plural noun the tagger took for a verb, in a noun's place with a name before it: "the
    agency's Clean Power Plan rules"."""
    return (
        tok.tag_ == "VBZ"
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children)
    )


def _earlier(noun: Token, fits) -> Token | None:
    """The nearest earlier noun or name of ``noun``'s kind and number with a dependent that
    ``fits``, when ``noun`` is a bare definite noun or a bare "both X": "the deal" is "the Velmor
    Accord". A plural with no plural named before may be things named one by one in the singular."""
    if noun.pos_ != "NOUN" or not (bare_definite(noun) or _both(noun)):
        return None
    doc = noun.doc
    table = _NAMED.get(doc, lambda: _named_nouns(doc))
    what, plural = kind(noun)
    # "the allegations", "both charges" after each was named on its own ("a rape allegation")
    for number in (True, False) if plural else (False,):
        named = table.get((what, number), [])
        for i in reversed(named[: bisect_left(named, noun.i)]):
            if any(fits(c) for c in doc[i].children):
                return doc[i]
    return None


def _both(noun: Token) -> bool:
    """ "both allegations": two things named before, with no other word of its own."""
    children = list(noun.children)
    return len(children) == 1 and children[0].lower_ == "both"


def _named_nouns(doc: Doc) -> dict[tuple[str, bool], list[int]]:
    """The nouns and names with a naming dependent, by ``kind``, in text order: read once per Doc,
    so that looking back costs the same however long the article is."""
    cols = columns(doc)
    head_of = tree(doc).heads
    heads = sorted({head_of[i] for i, dep in enumerate(cols.dep) if dep in NAMING})
    found: dict[tuple[str, bool], list[int]] = {}
    for i in heads:
        # the tag read first on the column: most other heads are no noun the tagger took for a verb
        if cols.pos[i] in ("NOUN", "PROPN") or (cols.tag[i] == "VBZ" and _noun_read_as_verb(doc[i])):
            found.setdefault(_kind_at(doc, i), []).append(i)
    return found


def gives_name(child: Token) -> bool:
    """ "known as X", "dubbed X", or an apposed name ("the pact, the Kestrel Accord"): a dependent
    that gives the thing its name."""
    if child.dep_ == "appos":
        # "his wife, Heidi" names a person, an actor rather than a thing at stake
        return child.pos_ == "PROPN" and child.ent_type_ not in PEOPLE
    # "dubbed" is often tagged a past tense where it hangs on a noun
    return child.dep_ == "acl" and child.lemma_.lower() in NAMING_VERBS and child.tag_ in ("VBN", "VBD")


def _names_one(child: Token) -> bool:
    """A dependent with wording that picks one thing out ("a trade deal", "the deal with Velmora")."""
    return child.dep_ in NAMING


def acronyms(doc: Doc, spans: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """Pairs of phrases where one is an acronym ("JASTA") of a name the other starts ("the Justice
    Against Sponsors of Terrorism Act", which the parse may cut short): its capitalised initials."""
    names: dict[str, int] = {}
    short: list[tuple[str, int]] = []
    # on the columns: spaCy's is_upper, is_alpha and is_title are these string tests of the word
    text, lower = columns(doc).text, columns(doc).lower
    for i, span in enumerate(spans):
        if span is None:
            continue
        for word in text[span[0] : span[1]]:
            if word.isupper() and word.isalpha() and 2 <= len(word) <= 6:
                short.append((word, i))
        at = span[0]
        while at < span[1]:
            end = at
            while end < len(text) and (text[end].istitle() or (end > at and lower[end] in NAME_GAPS)):
                end += 1
            words = [word for word in text[at:end] if word.istitle()]
            if len(words) >= 2:
                names.setdefault(initials(words), i)
            at = max(end, at + 1)
    return [(i, names[word]) for word, i in short if word in names and names[word] != i]
