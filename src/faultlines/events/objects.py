"""What the words around an event verb name: the event noun it governs, the weapon that sets an
attack's mode, and whether what is released are people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import charges
from faultlines.events.lexicon import Code
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

MEANS_PREPS = frozenset({"with", "in", "by", "using"})
# Prepositions of what a blow is aimed at: "strikes on the port", "raids against the rebels".
AIMING_PREPS = frozenset({"on", "against", "at"})
QUANTITIES = frozenset(
    {"number", "group", "dozen", "hundred", "thousand", "score", "batch", "handful", "all"}
)
# Event nouns that name the act only with an article or possessive in the singular.
ARTICLED = frozenset({"charge"})
# Places one is discharged from, not set free from.
CARE = frozenset({"hospital", "clinic", "care", "rehab", "rehabilitation"})
# Prepositions whose object is a recipient or companion, not the act a light verb names:
# "handed them over to US forces" is no mobilisation.
RECIPIENT_PREPS = frozenset({"to", "from", "with", "by", "at"})
# Prepositions of the time or the circumstances of an act, not of the act a light verb names:
# "concluded after consultation", "made the call amid protests".
CIRCUMSTANCE_PREPS = frozenset(
    {"after", "before", "following", "during", "since", "until", "amid", "despite"}
)


def frees_people(tok: Token, uses: list[Token], lex: Lexicon) -> bool:
    """A release is a RETREAT when people are let go: "freed the hostages", not "released a report".

    What is released is the verb's object or passive subject, the noun a participle describes
    ("a report released on Monday"), or a release noun's of-phrase; with none named, it stands.
    """
    if any(g.lemma_.lower() in CARE for c in tok.children if c.lower_ == "from" for g in c.children):
        return False  # "released from hospital": discharged, not set free
    noun = next((u for u in uses if u.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None:
        themes = _of_objects(noun)
    else:
        themes = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "relcl"):
            themes.append(tok.head)
    if not themes:
        return True
    heads = [h for t in themes for h in (t, *t.conjuncts)]
    mods = [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]
    # "hundreds of prisoners" are prisoners; "videos of them" are videos
    words = [*heads, *mods, *(o for h in heads for o in counted(h))]
    return any(_is_person(w, lex) for w in words)


def on_the_body(tok: Token, lex: Lexicon) -> bool:
    """A blow that lands on a part of the body: "hit him in the face", "struck the guard on the head"
    (the parser may hang the part from the one hit)."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "on") and g.dep_ == "pobj" and g.lemma_.lower() in lex.body
        for h in holders
        for c in h.children
        for g in c.children
    )


def moves_things(tok: Token, lex: Lexicon) -> bool:
    """ "deploying solar power", "a set of apps was deployed", "reinforced the stigma": a move of
    forces needs forces; what is moved or reinforced here is a thing of civil life or an idea."""
    moved = syntax.dependents(tok, ("dobj", "nsubjpass"))
    moved += [c for t in moved for c in t.conjuncts]
    of_moved = [g for t in moved for g in _of_objects(t)]  # "a set of apps", "a fleet of drones"
    return any(w.lemma_.lower() in lex.civil for w in (*moved, *of_moved)) and not any(
        w.pos_ == "PRON" or w.lemma_.lower() in lex.captive for w in moved
    )


def counted(tok: Token) -> list[Token]:
    """What a count names: "prisoners" in "hundreds of prisoners", "jobs" in "thousands of jobs";
    nothing when ``tok`` is no count."""
    return _of_objects(tok) if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITIES else []


def _of_objects(noun: Token) -> list[Token]:
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _is_person(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ == "PRON":  # "freed them", not "released another"
        return tok.tag_ == "PRP" and tok.lower_ not in ("it", "this", "that", "which", "what")
    return tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or tok.lemma_.lower() in lex.captive


def object_act(tok: Token, lex: Lexicon) -> tuple[Token | None, Code | None]:
    """The event noun a verb governs: its object, its object's of-phrase, or a prepositional object."""
    objs = syntax.dependents(tok, ("dobj", "nsubjpass"))
    if tok.dep_ == "relcl" and any(syntax.relative_pronoun(o) for o in objs):
        objs = [tok.head]  # "a meeting that was cancelled": the noun the relative pronoun stands for
    elif (gap := syntax.relative_object(tok)) is not None:
        objs = [gap]  # "the talks the envoy requested"
    doc, found, lower = tok.doc, syntax.tree(tok.doc), columns(tok.doc).lower
    objs += [
        doc[g]
        for c in found.children(tok.i)
        if found.dep[c] == "prep" and lower[c] not in RECIPIENT_PREPS | CIRCUMSTANCE_PREPS
        for g in found.children(c)
        if found.dep[g] == "pobj"
    ]
    objs += [c for o in objs for c in o.conjuncts]  # "sent medical teams and supplies"
    for obj in objs:
        if _idiom(obj):
            continue
        if (code := noun_code(obj, lex)) is not None:
            return obj, code
        # "the imposition of sanctions", "40 million euros in aid"; not "put her in charge"
        preps = ("of", "in") if _amount(obj) else ("of",)
        for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (g for g in of.children if g.dep_ == "pobj"):
                if (code := noun_code(pobj, lex)) is not None:
                    return pobj, code
    return None, None


def _idiom(noun: Token) -> bool:
    """ "in charge of the review", "took charge": no accusation, nor is its of-phrase an act."""
    return (
        noun.lemma_.lower() in ARTICLED
        and noun.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _amount(noun: Token) -> bool:
    """A sum or a count: "40 million euros", "billions of dollars"."""
    return noun.pos_ == "NUM" or noun.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in noun.children)


def noun_code(noun: Token, lex: Lexicon, *, by_modifier: bool = True) -> Code | None:
    """An event noun, preferring two-word names ("hunger strike") over the head ("strike"); a date
    names none ("in March" is no protest march)."""
    if noun.ent_type_ in syntax.TIME_ENTITIES:
        return None
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for mod in mods:
        if (key := f"{mod.lemma_.lower()} {lemma}") in lex.noun:
            return lex.noun[key]  # None for a name that is no act ("pep talk")
        if (
            mod.i == noun.i - 2
            and noun.nbor(-1).text == "-"
            and (key := f"{mod.lower_}-{noun.lower_}") in lex.noun
        ):
            return lex.noun[key]  # "sit-in", split by the tokenizer into "sit", "-", "in"
    # an event noun read with its preposition: "his call with the president" is a conversation, not a
    # call for one; only nouns with a code of their own have such rows, so no other noun's Tokens are built
    if lemma in lex.noun:
        prep = next((c.lower_ for c in noun.children if c.dep_ == "prep" and c.i > noun.i), None)
        if prep is not None and (key := f"{lemma} {prep}") in lex.noun:
            return lex.noun[key]
    if lemma in lex.plural and noun.tag_ not in ("NNS", "NNPS"):
        return None  # "talks" are negotiations, "a talk" is a lecture
    if _idiom(noun) or charges.of_power(noun, lex):
        return None
    if (code := lex.noun.get(lemma)) is not None and code.mode == "strike" and _aimed(noun, mods, lex):
        return Code("ASSAULT", _means_mode(mods, lex))
    if code is not None or not by_modifier:
        return code
    return next(
        (
            lex.noun[m.lemma_.lower()]
            for m in mods
            if m.dep_ == "compound"
            and m.lemma_.lower() in lex.noun
            and m.lemma_.lower() not in lex.plural
            and not charges.of_power(m, lex)
        ),
        None,
    )


def _armed(doer: Token, lex: Lexicon) -> bool:
    """Weapons as the doer, by their number or their nation: "missiles", "Veltrian warplanes"; not a
    body a weapon's word names ("the club", "Shell", "think tanks")."""
    if doer.dep_ != "nsubj" or doer.tag_ != "NNS":
        return False
    mods = [c for c in doer.children if c.dep_ in ("compound", "amod")]
    return all(m.ent_type_ in ("NORP", "GPE") or m.lemma_.lower() in lex.means for m in mods)


def _aimed(noun: Token, mods: list[Token], lex: Lexicon) -> bool:
    """A strike aimed at a target, or made with a weapon or by a country, is an attack: "strikes on
    the port", "drone strikes", "Veltrian strikes"; workers strike for or over something."""
    if any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in noun.children):
        return True
    return any(m.lemma_.lower() in lex.means or m.ent_type_ in ("GPE", "NORP") for m in mods)


def _means_mode(mods: list[Token], lex: Lexicon) -> str | None:
    return next((code.mode for m in mods if (code := lex.means.get(m.lemma_.lower())) is not None), None)


def means(tok: Token, lex: Lexicon, *, of_parties: bool = True) -> str | None:
    """The ASSAULT mode from the weapon or method named around the verb ("in a car bombing", "tanks");
    with ``of_parties`` False, only from its prepositions ("retaliated with missile strikes") or an
    armed doer ("Veltrian warplanes retaliated"): "fined the club", "the club fined him", "Shell cut
    ties" and "the think tanks retaliated" wield no club, shell or tank."""
    nouns = [c for c in tok.children if c.dep_ in ("nsubj", "dobj") and (of_parties or _armed(c, lex))]
    nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS for g in c.children]
    for noun in nouns:
        words = [*(c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i), noun]
        for word in words:
            lemma = word.lemma_.lower()
            code = lex.means.get(f"{lemma} {noun.lemma_.lower()}") or lex.means.get(lemma)
            if code is not None:
                return code.mode
    return None
