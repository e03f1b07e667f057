"""Whether an actor can hold a stance: a name or a named body a reader can hold to a side, not an
unnamed group or description ("some voters", "the agency", "Lee's former aide")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from faultlines.model import Actor


def named(actor: Actor) -> bool:
    """Whether an actor may hold a stance: not an unnamed group or description ("some voters",
    "the agency", "Lee's former aide"), which a reader cannot hold to a side."""
    words = actor.name.split()
    # "U.S. senator", "Lee's former aide": a description, its head a common noun; so is a role or
    # body word alone, capitalised in a headline ("Judge rejects ...", "Court")
    described = (
        (len(words) > 1 and words[-1].islower() and not _named_body(words))
        or (len(words) == 1 and _common_head(words[0].lower(), actor.kind))
        or cut(actor)
    )
    has_name = not actor.name[:1].islower() or (actor.kind == "organisation" and _named_body(words))
    return actor.kind != "group" and has_name and not described


def cut(actor: Actor) -> bool:
    """An owner's name cut from the noun it owns ("Trump’s"): nobody to hold a stance."""
    return actor.name.endswith(("'s", "’s"))


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
    return all(w[:1].isupper() for w in words[1:-1]) and words[-1] in generic_bodies()
