"""Whose action or thing a stance is about: who is to carry out the action, whose plan it is.

"Lee called on Kim to stop attacking the mayor" is Lee's stance against Kim attacking the mayor;
"Ruiz says the council must stop closing libraries" is against the council closing them; "Lee
slammed his tax plan" is against Kim's tax plan. The action or the thing alone ("attacking the
mayor", "tax plan") leaves out whose it is, which is what the article names and what the two sides
of a dispute argue over; a topic's label names its doer or owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.actors.pronouns import PRONOUNS as PRONOUN_GENDERS
from faultlines.stances import labels
from faultlines.stances.extents import possessive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Pronouns that never name a doer of their own: the speaker, the hearer, an expletive, a relative.
UNNAMED = frozenset({"i", "we", "you", "it", "they", "who", "which", "that", "this", "there"})
# How many verbs up a chain of infinitives the doer is looked for ("must stop trying to end X").
CHAIN = 4


def doer(verb: Token) -> Token | None:
    """The one to carry out the action ``verb`` heads: its own subject; for an infinitive, the
    object of the verb it completes ("urged Kim to sign it", "called on Kim to sign it") or else
    that verb's subject ("Kim must stop signing them"); for "blamed Kim for signing it", Kim. A
    passive has none: its subject is what is done to ("the rules should be simplified")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "Lee should be warned by the board": its subject is done to, its doer named in it
    for _ in range(CHAIN):
        subject = syntax.subject(verb)
        if subject is not None:
            return subject
        head = verb.head
        if verb.dep_ == "pcomp" and head.lower_ == "for" and head.head.pos_ == "VERB":
            return _object(head.head)
        if verb.dep_ != "xcomp":
            return None
        found = _object(head)
        if found is not None:
            return found
        verb = head
    return None


def naming(
    verb: Token, holders: tuple[str, ...], actor_at: dict[int, str], names: dict[str, str]
) -> str | None:
    """How the doer of ``verb``'s action is named in a label: as the text names it ("Kim", "the
    Greens"), or by the actor's name for a pronoun ("she"); None when its doer is one of the
    ``holders`` (a promise or demand of one's own) or is named by nobody a reader could tell."""
    found = doer(verb)
    if found is None or found.lower_ in UNNAMED:
        return None
    actor = actor_at.get(found.i)
    if actor in holders or (actor is None and not _someone(found)):
        return None
    if found.pos_ == "PRON":
        return names.get(actor) if actor is not None else None
    start, end = syntax.phrase_bounds(found)
    named = labels.clean(found.doc[start:end].text)
    # "The council must ..." opens its sentence; inside a label it is "the council"
    return named[0].lower() + named[1:] if found.doc[start].dep_ == "det" else named


def owner(
    doc: Doc,
    start: int,
    end: int,
    actor_at: dict[int, str],
    names: dict[str, str],
    owner_at=None,
    genders: dict[str, str | None] | None = None,
) -> str | None:
    """The actor whose thing the noun phrase ``doc[start:end]`` names, when a possessive pronoun
    left out of it says so ("his tax plan", "his hateful remarks" after Kim is named: Kim's).
    ``owner_at`` says whom a possessive pronoun stands for, ``actor_at`` unless given."""
    poss = possessive(doc, start, end)
    if poss is None:
        return None
    actor = possessor(poss, actor_at, owner_at, genders)
    return names.get(actor) if actor is not None else None


def possessor(
    poss: Token, actor_at: dict[int, str], owner_at=None, genders: dict[str, str | None] | None = None
) -> str | None:
    """The actor a possessive pronoun stands for: for "his" or "her", the doer of the action its
    thing is the object of ("urged Kim to release his returns": Kim's) when the doer's gender, in
    ``genders`` ("m" or "f"), may be the pronoun's ("Lee condemned her remarks" are not Lee's), else whom
    ``owner_at`` (``actor_at`` unless given) says it stands for."""
    owner_at = owner_at or actor_at.get
    doer = _doer_owning(poss.head, actor_at) if poss.lower_ in pronouns.THIRD_PERSON_OWNERS else None
    gender = PRONOUN_GENDERS.get(poss.lower_)
    if doer is not None and (gender is None or (genders or {}).get(doer) in (None, gender)):
        return doer
    return owner_at(poss.i)


def _doer_owning(noun: Token, actor_at: dict[int, str]) -> str | None:
    """The actor named as the doer of the action a thing is the object of, who owns the thing a
    possessive pronoun gives it: "mocked Kim for not releasing his returns" is Kim's returns."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    found = doer(noun.head)
    return actor_at.get(found.i) if found is not None and found.pos_ != "PRON" else None


def labelled(doc: Doc, start: int, end: int, who: str | None, spell) -> str:
    """A verb phrase as an action's label, with its doer when there is one: "Kim attacking the mayor"."""
    action = labels.clean(labels.action(doc, start, end, spell))
    return f"{who} {action}" if who else action


def spelt(doc: Doc, start: int, end: int, actor_at: dict[int, str], names: dict[str, str]) -> str:
    """The words of ``doc[start:end]`` with each "he", "she", "his" or "him" that stands for an
    actor named: "the backing she has" is "the backing Lee has", "keep his promise" "keep Kim's
    promise", "succeeding him as mayor" "succeeding Kim as mayor"."""
    words = []
    for tok in doc[start:end]:
        actor = actor_at.get(tok.i) if tok.pos_ == "PRON" and tok.lower_ not in UNNAMED else None
        name = names.get(actor) if actor is not None else None
        # "she's built" keeps its "she": a name before the clitic would read as a possessive
        clitic = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1] in "'’"
        if name is None or clitic or tok.dep_ not in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
            words.append(tok.text_with_ws)
        else:
            words.append((f"{name}'s" if tok.dep_ == "poss" else name) + tok.whitespace_)
    return "".join(words)


def _someone(tok: Token) -> bool:
    """Whether a word no actor stands for still names people who can act: by name ("the Greens",
    "Velmora") or by what they are ("the rich"). A body named by its kind alone ("the court")
    picks nobody out and adds nothing to what is at stake."""
    if tok.ent_type_ in syntax.ACTOR_ENTITIES:
        return True
    return tok.pos_ == "ADJ" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _object(verb: Token) -> Token | None:
    """The object of a verb asking someone to act: "urged Kim", "called on Kim"."""
    found = syntax.subject(verb, ("dobj",))
    if found is None:
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        found = syntax.subject(on, ("pobj",)) if on is not None else None
    return found
