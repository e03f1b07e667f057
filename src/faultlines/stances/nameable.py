"""Whether an actor can hold a stance: a name or a named body a reader can hold to a side, not an
unnamed group or description ("some voters", "the agency", "Lee's former aide"); and whether a word
of a mention names its actor or only something the actor is described by."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.lexicon import POSSESSIVE, public_bodies

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines import syntax
    from faultlines.model import Actor


def named(actor: Actor) -> bool:
    """Whether an actor may hold a stance: not an unnamed group or description ("some voters",
    "the agency", "Lee's former aide"), which a reader cannot hold to a side."""
    words = actor.name.split()
    # "U.S. senator", "Lee's former aide": a description, its head a common noun; so is a role or
    # body word alone, capitalised in a headline ("Judge rejects ...", "Court")
    state = _state_body(words)
    described = (
        (len(words) > 1 and words[-1].islower() and not _named_body(words) and not state)
        or (len(words) == 1 and _common_head(words[0].lower(), actor.kind))
        or cut(actor)
    )
    body = actor.kind == "organisation" or state  # "the Velmor police" is one force, though plural
    has_name = not actor.name[:1].islower() or (body and (state or _named_body(words)))
    group = actor.kind == "group" and not (state or _listed_group(actor) or _party_members(words))
    return not group and has_name and not described


def speaks_for_self(actor: Actor) -> bool:
    """Whether a person described, not named, holds what they say: one the article points to ("the
    senator said she opposes it") does; one it only introduces ("a career officer who called the
    deal improper") is nobody a reader can hold to a side."""
    return actor.kind == "person" and not cut(actor) and actor.name.split(" ", 1)[0] not in ("a", "an")


def _party_members(words: list[str]) -> bool:
    """A party's members, named by the party ("Democrats", "Tories"): one side in politics."""
    from faultlines.actors.lexicon import party_members

    return " ".join(words).lower() in party_members()


def _listed_group(actor: Actor) -> bool:
    """A movement or armed group the gazetteer names ("the Velmor Front"): one side a reader can
    hold, though its members are many."""
    from faultlines.actors.gazetteer import lookup

    entry = lookup(actor.name)
    return entry is not None and entry.kind == "group"


def cut(actor: Actor) -> bool:
    """An owner's name cut from the noun it owns ("Trump’s"): nobody to hold a stance."""
    return actor.name.endswith(POSSESSIVE)


def _common_head(word: str, kind: str) -> bool:
    """A role noun for a person ("judge"), a body noun for an organisation ("court"): alone, they
    name no one ("Congress" and "Senate" name one body)."""
    from faultlines.actors.lexicon import generic_bodies, roles

    return word in (roles() if kind == "person" else generic_bodies())


def _named_body(words: list[str]) -> bool:
    """A body named by whom it belongs to ("the Trump campaign", "the Obama administration") or by
    its place ("the city of Phoenix"): a reader can hold it to a side as well as its name. "The
    agency", "a union" or "the fall of the Velmor Republic" name nobody."""
    from faultlines.actors.lexicon import generic_bodies

    if len(words) < 3 or words[0] != "the":
        return False
    if "of" in words:
        at = words.index("of")
        return at == 2 and words[1].islower() and all(w[:1].isupper() for w in words[3:])
    # "the Velmo-owned company", "the Tarrow-based group": the owner or place describes the body
    described = any("-" in w and w.rsplit("-", 1)[1].islower() for w in words[1:-1])
    return all(w[:1].isupper() for w in words[1:-1]) and words[-1] in generic_bodies() and not described


def _state_body(words: list[str]) -> bool:
    """A government, court, army or police force of a named place ("the Velmor police", "Velmoran
    government", "the Velmor foreign ministry"): a reader holds it to a side as the place itself,
    whether or not the gazetteer knows the place ("Tarrow police", named so by the tagger's place).
    Not a body owned by a possessive ("Velmor officials' government")."""
    if len(words) < 2 or words[-1] not in public_bodies():
        return False
    owner = words[1:-1] if words[0] == "the" else words[:-1]
    # "the Velmor foreign ministry": lower-case words between the place and the body describe the body
    while owner and owner[-1].isalpha() and owner[-1].islower():
        owner = owner[:-1]
    return bool(owner) and all(w[:1].isupper() and not w.endswith(POSSESSIVE) for w in owner)


def described(doc: Doc, tree: syntax.Tree, i: int, start: int, end: int) -> bool:
    """Whether word ``i`` of a mention (tokens ``start`` to ``end``) only describes its actor through
    something else: "Velmor Radio" in "an ardent champion of Velmor Radio" names the station, not
    its champion. A body's name goes on after "of" or "for" ("the Alliance for Clean Harbours", "the
    legislature of Velmora"): its last words are the body's, where an apposition or a relative
    clause hangs."""
    heads, dep = tree.heads, tree.dep
    while heads[i] != i and start <= heads[i] < end:
        if dep[i] == "conj":
            return True  # "the Federation of Dairy Farmers and Ben Hart": Ben Hart is another
        if dep[i] == "pobj":
            owner = doc[heads[heads[i]]]  # built only here: most words of a mention are no object
            if not (owner.text[:1].isupper() or owner.lower_ in public_bodies()):
                return True
        i = heads[i]
    return False
