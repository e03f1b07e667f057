"""Likeness: whether two phrases of one article that share words name one thing, read from the
words themselves: the thing each names, the names of actors in them, their owners and their kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import lexicon as events_lexicon
from faultlines.stances.antecedents import kind
from faultlines.stances.expression import Expression
from faultlines.stances.extents import head_of
from faultlines.stances.keys import SAID, key, same_topic
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.syntax import ACTOR_ENTITIES, TIME_ENTITIES, tree
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def thing(doc: Doc, expr: Expression, start: int, end: int) -> str | None:
    """The key word of the thing a phrase names: its head noun, or its verb's object ("bolster
    defence spending": spending); None for a general noun ("plan"), which names no kind of its own."""
    head = _thing_word(doc, expr, start, end)
    if head is None or head.pos_ != "NOUN":
        return None
    found = key(head.text)
    return next(iter(found)) if len(found) == 1 else None


def _thing_word(doc: Doc, expr: Expression, start: int, end: int) -> Token | None:
    """The word naming a phrase's thing: its head, or its verb's object."""
    head = head_of(doc, start, end)
    if head is not None and expr.phrase == "vp":
        head = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return head


def core(doc: Doc, expr: Expression, start: int, end: int) -> frozenset[str]:
    """The key words that name a phrase's thing: all of a noun phrase's, and of a verb phrase those
    of its object, not of what the object is turned into or where the act takes place ("remake
    the salmon trade into a cleaner industry" names no industry)."""
    found = key(" ".join(columns(doc).text[start:end]))
    if expr.phrase != "vp" or (obj := _thing_word(doc, expr, start, end)) is None:
        return found
    return key(" ".join(t.text for t in obj.subtree if start <= t.i < end))


def act(doc: Doc, expr: Expression, start: int, end: int) -> str | None:
    """The key word of the act a verb phrase names, its verb ("intimidating the islands":
    intimidate); None for a noun phrase, or a verb the key leaves out ("use", "make")."""
    head = head_of(doc, start, end)
    if expr.phrase != "vp" or head is None:
        return None
    found = key(head.text)
    return next(iter(found)) if len(found) == 1 else None


def apart(
    things: list[str | None], keys: list[frozenset[str]], i: int, j: int, acts: list[str | None]
) -> bool:
    """Whether two phrases sharing most words still name two things: each names its own, which
    the other does not name as its thing at all ("bolster defence spending", "talks on defence
    cooperation"). ``keys`` are the words naming each phrase's thing (``core``). An act named by
    its verb is the act its noun names: "intimidating the islands" is "using intimidation against
    the islands" (``acts``: each phrase's verb, see ``act``)."""
    one, other = things[i], things[j]
    # a head the key leaves out (a date: "add two more days of ferry service") tells nothing apart
    if one not in keys[i] or other not in keys[j]:
        return False
    if (acts[i] is not None and acts[i] in keys[j]) or (acts[j] is not None and acts[j] in keys[i]):
        return False
    return one not in keys[j] and other not in keys[i]


def marks(doc: Doc, expr: Expression, start: int, end: int) -> frozenset[str]:
    """The key words that tell a thing from others of its kind: the words of a name before its
    last ("the Clean Rivers Act"), or what a noun is on or for ("tariffs on steel")."""
    word = _thing_word(doc, expr, start, end)
    if word is None:
        return frozenset()
    if word.pos_ == "PROPN":
        told = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN" and start <= c.i < end]
    else:
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "against")]
        told = [o for p in preps for o in p.children if o.dep_ == "pobj" and start <= o.i < end]
    marked = key(" ".join(t.text for o in told for t in o.subtree if start <= t.i < end))
    return marked | parties(word)


def parties(meeting: Token) -> frozenset[str]:
    """Who meets, for talks or a meeting: "talks between Vell and the rebels", "talks with the
    rebels"; "Ruritania and the rebels held talks" are other talks, whatever words they share."""
    code = events_lexicon.load().noun.get(meeting.lemma_.lower())
    if code is None or code.type != "CONSULT":
        return frozenset()
    held = [
        o
        for p in meeting.children
        if p.dep_ == "prep" and p.lower_ in ("between", "with")
        for o in p.children
    ]
    if meeting.dep_ == "dobj" and (holder := syntax.subject(meeting.head)) is not None:
        held.append(holder)
    # each party by the words that head it: "his government", "the Vesta Front", "Ruritania"
    heads = [t for h in held for t in (h, *h.conjuncts) if t.pos_ in ("NOUN", "PROPN")]
    return key(" ".join(syntax.name_head(t).text if t.ent_type_ else t.text for t in heads))


def told_apart(marks: list[frozenset[str]], i: int, j: int) -> bool:
    """Whether two phrases of one kind name two things by what tells each apart, neither covering
    the other's: "the tariffs on steel" and "the tariffs on wheat"; "the Clean Rivers Act" and
    "the Clean Air Act" ("the Rivers Act" is the first)."""
    one, other = marks[i], marks[j]
    return bool(one) and bool(other) and not one <= other and not other <= one


def names_in(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The key words of a phrase that come from the names of people, bodies, places or peoples
    (proper nouns, as the entity tagger may take a common noun for a name)."""
    text = columns(doc).text
    return key(" ".join(text[i] for i in range(start, end) if _name_word_at(doc, i)))


def _name_word(tok: Token) -> bool:
    return _name_word_at(tok.doc, tok.i)


def _name_word_at(doc: Doc, i: int) -> bool:
    """A word of such a name: a proper noun, a people's adjective, or a word of the name a proper
    noun heads ("the Nordic Council"). On the columns: asked of every word of every topic phrase."""
    cols = columns(doc)
    if (entity := cols.ent_type[i]) not in ACTOR_ENTITIES:
        return False
    head = tree(doc).heads[i]
    in_name = cols.pos[head] == "PROPN" and cols.ent_type[head] == entity
    return cols.pos[i] == "PROPN" or entity == "NORP" or in_name


def names_a_name(doc: Doc, expr: Expression, start: int, end: int) -> bool:
    """Whether the thing a phrase names is itself a name ("leave the Velmor Union")."""
    word = _thing_word(doc, expr, start, end)
    return word is not None and _name_word(word)


def beyond_names(keys: list[frozenset[str]], names_in: list[frozenset[str]], i: int, j: int) -> bool:
    """Whether two phrases share more than a name: "leave the Velmor Union" and "a Velmor Union
    naval force" share only the union's name, which is one's thing and the other's owner. Asked
    only where one phrase's thing is a name: two claims of one ministry share its name and are one."""
    return keys[i] == keys[j] or bool((keys[i] & keys[j]) - names_in[i] - names_in[j] - {SAID})


def own_key(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The key a phrase is grouped by: none for a phrase that names nothing but whose it is
    ("Velmora's actions", "Kim's plan"), which shares its owner's name with each of the owner's
    things and would join them all; ``owned`` joins it to the one of its kind."""
    found = key(_undated(doc, start, end))
    return found if found - owners_in(doc, start, end) else frozenset()


def owners_in(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The key words of a phrase that name whose thing it is ("Mayor Ida Vos's"): two things of
    one owner share them and are no nearer for it ("Vos's budget", "Vos's school plan")."""
    text, dep, heads = columns(doc).text, columns(doc).dep, tree(doc).heads
    # a word of a possessive name ("North Korea's"): the possessive or a word of its name
    return key(
        " ".join(
            text[i]
            for i in range(start, end)
            if dep[i] == "poss" or (dep[i] in ("compound", "flat") and dep[heads[i]] == "poss")
        )
    )


def _undated(doc: Doc, start: int, end: int) -> str:
    """A phrase without the dates in it: "Friday's test" is the test named before."""
    cols = columns(doc)
    return " ".join(cols.text[i] for i in range(start, end) if cols.ent_type[i] not in TIME_ENTITIES)


def fuller(keys, named, spans, loose, having, root, kinds, pointed) -> dict[int, int]:
    """For each group of one-word phrases, the fuller phrase it joins: one naming that word as a
    thing, not as a modifier ("the tax" is a "port tax", "the military" is no "military action"),
    the one named nearest before most of its phrases (else after, but for one pointed back at:
    "that assessment" is no assessing told later), by vote of its phrases. A general noun the key
    leaves out still says what kind of thing it is: "the tax plan" is no "tax return", and joins a
    phrase naming a plan alone (``kinds``: the kind each phrase names by such a noun, and the kinds
    of all the nouns of each)."""
    named_by, nouns = kinds
    votes: dict[int, dict[int, int]] = {}
    for i in (i for i, one in enumerate(loose) if one):
        word = next(iter(keys[i]))
        fits = [
            j
            for j in having.get(word, ())
            if not loose[j]
            and word in named[j]
            and same_topic(keys[i], keys[j])
            and (named_by[i] is None or named_by[i] in nouns[j])
        ]
        if not fits:
            continue
        before = [j for j in fits if spans[j][0] < spans[i][0]]
        if not before and pointed[i]:
            continue
        near = max(before, key=lambda j: spans[j][0]) if before else min(fits, key=lambda j: spans[j][0])
        tally = votes.setdefault(root(i), {})
        tally[root(near)] = tally.get(root(near), 0) + 1
    return {group: max(tally, key=tally.__getitem__) for group, tally in votes.items()}


def kind_named(doc: Doc, start: int, end: int) -> str | None:
    """The kind of thing a phrase names by a general noun its key leaves out ("the tax plan": a
    plan), None when its head is no such noun."""
    head = head_of(doc, start, end)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in load_lexicon().generic:
        return None
    return kind(head)[0]
