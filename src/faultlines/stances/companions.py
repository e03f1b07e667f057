"""Who shares a holder's stance, or stands for the holder, by the shape of the sentence: names in
apposition to a noun or to the place a role is of, those set beside a holder ("along with Kim"),
joined by it ("joined Kim in opposing X"), listed "such as"; and a name that starts a clause of its
own, which shares nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses
from faultlines.views import columns, sentence_numbers, sents

if TYPE_CHECKING:
    from spacy.tokens import Token


def apposed_list(noun: Token) -> tuple[Token, ...]:
    """The names listed in apposition to a noun ("two states, Norland and Vetland"), also where the
    parse hangs the list on a singular noun inside the plural one's clause ("the two states that
    signed the pact - Norland and Vetland - ..."), or hangs each name of the list on the noun ("the
    head of the board, Ada Roos, Senator Ben Hale and Senator Cy Marr"): a list of two is no
    apposition to one thing."""
    plural = noun.tag_ == "NNS"
    for word in (noun, *(t for t in noun.subtree if plural and t.tag_ == "NN")):
        names = [c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if len(names) > 1 or (names and names[0].conjuncts):
            return tuple(t for name in names for t in (name, *name.conjuncts))
    return _dashed_list(noun) if plural else ()


def _dashed_list(noun: Token) -> tuple[Token, ...]:
    """The names set off by dashes between a plural noun and its verb, wherever the parse hangs
    them: in "the only two states to have signed pacts with Velmora - Norland and Vetland - backed
    it" the parse makes Norland the object of "with"; the dash closing the list before the verb
    says the names are the states."""
    # the dashes looked for on the columns: most plural nouns have none after them in their sentence
    doc, cols = noun.doc, columns(noun.doc)
    stop = sents(doc)[sentence_numbers(doc)[noun.i]].end
    dashes = [i for i in range(noun.i + 1, stop) if cols.text[i] in syntax.DASH_MARKS][:2]
    if len(dashes) < 2 or any(cols.punct[noun.i + 1 : dashes[0]]):
        return ()
    after = next((t for t in doc[dashes[1] + 1 : stop] if t.pos_ != "ADV"), None)
    if after is None or after.pos_ not in ("VERB", "AUX"):
        return ()
    words = doc[dashes[0] + 1 : dashes[1]]
    if not all(t.pos_ == "PROPN" or t.dep_ == "cc" or t.is_punct for t in words):
        return ()
    names = tuple(t for t in words if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat"))
    return names if len(names) > 1 else ()


def listed_after(name: Token) -> tuple[Token, ...]:
    """The names the parse hangs on the first of a list of titled names: in "President Ada Roos,
    Senator Ben Hale and Governor Cy Marr", Hale stands in apposition to Roos and Marr is joined to
    Hale. A single name after a comma ("Ada Roos, Ben Hale's aide") lists nothing."""
    if name.pos_ != "PROPN":
        return ()
    listed = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts), None)
    return (listed, *listed.conjuncts) if listed is not None else ()


def fellow_subjects(subject: Token) -> tuple[Token, ...]:
    """The other subjects the parse gives the verb of ``subject``, with those joined to them: a list
    of names that it split ("Ada Roos, Ben Hale and Cy Marr criticised it", Roos one subject, Hale
    and Marr another); not a dateline the parse took for a subject."""
    from faultlines import syntax

    if subject.dep_ != "nsubj":
        return ()
    doc, found = subject.doc, syntax.tree(subject.doc)
    # the subjects told on the tree: most verbs have one, and their other words become no Token
    subjects = [doc[c] for c in found.children(found.heads[subject.i]) if found.dep[c] == "nsubj"]
    others = [c for c in subjects if c.i != subject.i and not syntax.dateline(c)]
    return tuple(t for c in others for t in (c, *c.conjuncts))


def after_place(noun: Token) -> tuple[Token, ...]:
    """Names the parse hangs on the place a role is of or represents: in "the mayor of Velmora, Ada
    Roos, voted" or "Senator representing Tarrow Central , Ada Roos , voted", no person stands in
    apposition to the place; Ada Roos is the mayor, or the senator. Only those naming a
    person are the role's holder (``Holders``)."""
    from faultlines.actors.lexicon import roles

    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and noun.lower_ in roles()):
        return ()
    places = (
        o
        for p in noun.children
        if (p.dep_ == "prep" and p.lower_ == "of") or (p.dep_ == "acl" and p.lemma_ == "represent")
        for o in p.children
        if o.dep_ in ("pobj", "dobj")
    )
    # the parse may join the name to the place, set off by commas with no "and" ("X, Ada Roos,"),
    # or, after a capitalised title, take the place for the name's first words ("Director of Harbour
    # Works Ada Roos")
    return tuple(
        a
        for o in places
        for a in (*o.children, o)
        if a.pos_ == "PROPN"
        and (
            a.dep_ == "appos"
            or (a.dep_ == "conj" and not any(c.dep_ == "cc" for c in o.children))
            or (a is o and noun.pos_ == "PROPN" and any(c.dep_ == "compound" for c in o.children))
        )
    )


# Prepositions that set someone beside a holder, sharing what it holds: "Lee, like Kim, ...".
BESIDE = frozenset({"like", "alongside"})


def beside(prep: Token) -> list[Token]:
    """Who a preposition sets beside a holder: "like Kim", "alongside Kim", "along with Kim",
    "together with Kim"."""
    word = prep.lower_
    if word == "along":
        return [o for w in prep.children if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
    together = word == "with" and any(c.lower_ in ("together", "along") for c in prep.children)
    return [o for o in prep.children if o.dep_ == "pobj"] if word in BESIDE or together else []


def joined_by(joiner: Token) -> list[Token]:
    """Whom a holder joined in a stance: Kim, in "Lee joined Kim in opposing X"."""
    verb = joiner.head
    if joiner.dep_ != "nsubj" or verb.lemma_.lower() != "join":
        return []
    if not any(p.dep_ == "prep" and p.lower_ == "in" and clauses.child(p, ("pcomp",)) for p in verb.children):
        return []
    return [o for o in verb.children if o.dep_ == "dobj"]


def joined_on(participle: Token) -> list[Token]:
    """Who joins a holder, set beside it by a participle hung on the holder or on its verb: Kim, in
    "Lee, joined by Kim, opposed X"."""
    if participle.dep_ not in ("acl", "advcl") or participle.lemma_.lower() != "join":
        return []
    return [o for by in participle.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"]


def such_as(prep: Token) -> bool:
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def before_verb(tok: Token) -> bool:
    """Whether a verb follows ``tok`` and its words: a name then read as the object's is its subject."""
    after = tok.right_edge.i + 1
    return after < len(tok.doc) and tok.doc[after].pos_ in ("VERB", "AUX")


def leader(group: Token) -> Token | None:
    """The named leader of an unnamed group, who stands for it: "states led by Vesta" are Vesta's side."""
    led = next((c for c in group.children if c.dep_ == "acl" and c.lemma_ == "lead"), None)
    return syntax.agent(led) if led is not None else None
