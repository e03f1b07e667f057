"""One thing of one owner, named several ways: "his plan", "Kim's tax plan", "her revised plan".

News names a person's plan, returns or remarks again and again, each time with other words around
the same noun ("his entire returns", "Kim's tax returns", "his returns"). Such namings share too
few words to meet by their keys, yet a reader takes them for one thing: the same noun, the same
owner, and nothing in one that the other contradicts. Two things of one owner stay apart when their
words differ ("his tax plan", "his health plan"), and a naming that would fit both joins neither.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.stances.antecedents import kind
from faultlines.stances.doers import possessor
from faultlines.stances.extents import head_of
from faultlines.stances.keys import key
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.stances.likeness import owners_in

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from spacy.tokens import Doc, Token

# The owner of a "his" or "her" that no actor stands for: any one owner, if only one fits.
SOMEONE = ""
# The owner of a thing named with no possessive and no maker ("the new budget"): when the article
# names that kind of thing as one actor's alone ("Hale's budget"), it is that actor's.
NOBODY = "-"


@dataclass(frozen=True, slots=True)
class Owned:
    """A topic phrase naming someone's thing: its topic group, the kind of thing its noun names,
    its owner (an actor id, or ``SOMEONE``) and the words that say which of the owner's things."""

    group: int
    noun: str
    owner: str
    words: frozenset[str]
    # named by what it does ("his plan to close the port"), whose words no name of it need share
    by_deed: bool = False


def regroup(
    groups: list[int | None],
    spans: list[tuple[int, int] | None],
    doc: Doc,
    whose: tuple[dict[int, str], Callable[[int], str | None], dict[str, str | None]],
    names: dict[str, str],
    makers: list[str | None],
) -> list[int | None]:
    """The topic groups of phrases (one for each of ``spans``), with a group that joined two
    people's things by their words split (``_apart``), and the groups naming one thing of one owner
    joined. ``makers`` are the actors said to have made each phrase's thing ("Kim unveiled a tax
    plan"), who own it as a possessive would say; ``whose`` are the actor each token names, the one
    each possessive pronoun stands for, and each person's gender."""
    namings = [
        naming(doc, span, g, whose, names, maker) if g is not None and span is not None else None
        for g, span, maker in zip(groups, spans, makers, strict=True)
    ]
    groups = _apart(groups, [found.owner if found else None for found in namings], whose[2])
    owned = [
        replace(found, group=g) for found, g in zip(namings, groups, strict=True) if found and g is not None
    ]
    # joined as sets, so that two namings fitting each other ("his plan", "Kim's plan") meet
    into: dict[int, int] = {}

    def root(g: int) -> int:
        while g in into:
            g = into[g]
        return g

    for one, other in joined(owned):
        if (a := root(one)) != (b := root(other)):
            into[a] = b
    return [root(g) if g is not None else None for g in groups]


def _apart(groups: list[int | None], owners: list[str | None], people: Collection[str]) -> list[int | None]:
    """``groups`` with each group that joined the things of two people by their words split, one
    group for each: "Ruiz refused to release his tax returns" and "Vorn mocked Kell for not
    releasing his tax returns" name two people's returns. Not a body's and another's: "the
    ministry's claim" may well be "Velmor's claim". A phrase naming no owner ("the returns") stays
    with the person named last before it. The first person's phrases keep the group's number; each
    other person's group is numbered by the index of its first phrase, as ``topics.group`` numbers
    a group by one of its phrases."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        if g is not None:
            members.setdefault(g, []).append(i)
    split = list(groups)
    for group in members.values():
        known = [i for i in group if owners[i] in people]
        if len({owners[i] for i in known}) < 2:
            continue
        numbers: dict[str, int] = {}
        owner = owners[known[0]]
        for i in group:
            if owners[i] in people:
                owner = owners[i]
            split[i] = numbers.setdefault(owner, i if numbers else groups[i])
    return split


def naming(
    doc: Doc,
    span: tuple[int, int],
    group: int,
    whose: tuple[dict[int, str], Callable[[int], str | None], dict[str, str | None]],
    names: dict[str, str],
    maker: str | None = None,
) -> Owned | None:
    """The phrase ``doc[span]`` as someone's thing: whose a possessive says it is ("his tax plan",
    "Kim's plan"), else its ``maker``'s, else ``NOBODY``'s ("the harbour plan"); None for a phrase
    naming no thing by a noun."""
    start, end = span
    actor_at, owner_at, genders = whose
    head = head_of(doc, start, end)
    by_deed = head is not None and head.dep_ == "acl" and head.pos_ == "VERB" and head.head.pos_ == "NOUN"
    if by_deed:
        head = head.head  # "a plan to close the port" names a plan, as "Lee's plan" does
    if head is None or not (head.pos_ == "NOUN" or _named_kind(head)):
        return None
    owner = _owner(head, actor_at, owner_at, genders)
    if not owner and maker:  # no possessive, or a "his" no actor stands for: the known maker
        owner = maker
    if owner is None:
        owner = NOBODY
    words = key(" ".join(t.text for t in doc[start:end] if t.ent_type_ not in syntax.TIME_ENTITIES))
    # the owner's name and title ("Governor Ada Hale's") and the noun say nothing of which of the
    # owner's things it is
    which = words - owners_in(doc, start, end) - key(names.get(owner, "")) - key(head.text) - _versions()
    return Owned(group, kind(head)[0], owner, which, by_deed)


def _named_kind(head: Token) -> bool:
    """A name ending in a noun of a kind of thing ("the Clean Rivers Act" is a law, as "her bill" is)."""
    return head.pos_ == "PROPN" and head.lemma_.lower() in load_lexicon().kind


def joined(owned: list[Owned]) -> list[tuple[int, int]]:
    """Pairs of topic groups that name one thing: a phrase joins the group of the other phrases
    naming the same kind of thing of the same owner with all its words and maybe more ("his plan"
    joins "Kim's tax plan"). Those it fits may be one thing named more or less fully ("his revised
    plan", "Kim's plan", "his tax plan"): it joins the fullest, when the words of all the others
    are in it. When they name two things ("his tax plan", "his health plan"), it joins neither."""
    pairs = []
    owners_of: dict[int, set[str]] = {}
    for one in owned:
        if one.owner not in (SOMEONE, NOBODY):
            owners_of.setdefault(one.group, set()).add(one.owner)
    for one in owned:
        fits = [
            other
            for other in owned
            if other.group != one.group
            and other.noun == one.noun
            and _same_owner(one.owner, other.owner)
            and one.words <= other.words
        ]
        # a thing named as its owner's is sought among the owner's namings first, and among those
        # naming what it is before those telling what it does ("his tax plan", "his plans to cut rates")
        fits = [other for other in fits if other.owner != NOBODY] or fits
        fits = [other for other in fits if not other.by_deed] or fits
        fullest = max(fits, key=lambda other: len(other.words), default=None)
        # a "his" no actor stands for, fitting the things of two people, could be either's
        owners = {other.owner for other in fits} - {SOMEONE, NOBODY}
        if fullest is None or len(owners) > 1 or not all(other.words <= fullest.words for other in fits):
            continue
        # "the plan" is Kim's plan only where no one else's plan could be it ("Lee's plan"), nor is
        # already named with it
        if fullest.owner == NOBODY and len(_owners_fitting(owned, fullest)) > 1:
            continue
        mine, theirs = owners_of.get(one.group, set()), owners_of.get(fullest.group, set())
        if mine and theirs and not mine & theirs:
            continue
        pairs.append((one.group, fullest.group))
    return pairs


def _owners_fitting(owned: list[Owned], unowned: Owned) -> set[str]:
    """The actors with a thing of the kind an unowned naming names that it could be."""
    return {
        other.owner
        for other in owned
        if other.noun == unowned.noun
        and other.owner not in (SOMEONE, NOBODY)
        and other.words <= unowned.words
    }


def _same_owner(one: str, other: str) -> bool:
    """Whether two owners may be one: the same actor, or a "his" no actor stands for or a thing
    named with no owner, and an actor (two such "his" may be two people, two unowned namings are
    grouped by their words alone)."""
    unsaid = (SOMEONE, NOBODY)
    return one == other not in unsaid or (one in unsaid) != (other in unsaid)


def _owner(
    head: Token,
    actor_at: dict[int, str],
    owner_at: Callable[[int], str | None],
    genders: dict[str, str | None],
) -> str | None:
    """Whose thing ``head`` names: the actor its possessive stands for ("Kim's", "his" read as Kim),
    ``SOMEONE`` for a "his" or "her" no actor stands for, None for no possessive or "my", "our"."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PRON":
        found = possessor(poss, actor_at, owner_at, genders)
        return (
            found if found is not None else (SOMEONE if poss.lower_ in pronouns.THIRD_PERSON_OWNERS else None)
        )
    return next((a for t in poss.subtree if (a := actor_at.get(t.i)) is not None), None)


def _versions() -> frozenset[str]:
    """Words that tell versions or parts of one thing apart, not two things ("his revised plan",
    "her full returns"): see [version] in stance_words.txt."""
    return frozenset(w for word in load_lexicon().version for w in key(word))
