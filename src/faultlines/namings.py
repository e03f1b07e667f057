"""The two phrases of a naming verb, "called the ruling a disaster": the thing named and the name it
is given, however the parser hangs them. The small parser builds several trees for the one shape:
the name as the verb's predicate, as the thing's object, apposition or adverbial noun, as a second
object of the thing's preposition ("the merger with Apex a mistake"), hung on a verb inside a
post-modified thing ("the move to drop the toll a disaster"), with a possessive
in front ("Friday's ruling"), the two swapped, or a quoted adjective as the thing's own modifier
("the bank's conduct "outrageous""). Read by the order of the words, every tree reads the same:
the noun phrase after the verb is the thing, the indefinite noun after it (or a bare one, or an
adjective, in quotation marks) is the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

# Where the parser hangs the name, on the verb or on a word of the thing.
NAME_DEPS = frozenset({"oprd", "dobj", "npadvmod", "appos", "attr"})
INDEFINITE = frozenset({"a", "an"})
THINGS = frozenset({"NOUN", "PROPN"})


def parts(verb: Token) -> tuple[Token, Token] | None:
    """The thing ``verb`` names and the name it gives, for a noun phrase followed by an indefinite
    noun ("branded the 2019 accord a disgrace") or by an adjective in quotation marks, which the
    parse may hang on the noun before it ("called the bank's conduct "outrageous"": no adjective
    follows its noun in quotation marks); None when no such pair follows the verb in its own
    clause. A name set off by a comma says who one is ("called Ann Lee, a critic, to testify")."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is not None and (quoted := _quoted_after(thing)) is not None:
        return thing, quoted
    doc = verb.doc
    inside = set(syntax.subtree(verb))
    name = next(
        (doc[i] for i in range(verb.i + 2, verb.right_edge.i + 1) if i in inside and _a_name(doc[i], verb)),
        None,
    )
    if name is None:
        return None
    span = range(verb.i + 1, _start(name))
    thing = _thing(name, span)
    return (thing, name) if thing is not None else None


def given(word: Token, verbs: Collection[str]) -> bool:
    """Whether ``word`` is the name a naming verb above it gives (``verbs``, their lemmas), which
    the parse may have read as an object of a verb inside the thing ("called the plan to scrap the
    levy a mistake")."""
    for verb in word.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
            found = parts(verb)
            return found is not None and found[1].i == word.i
    return False


def _a_name(word: Token, verb: Token) -> bool:
    """An indefinite noun hung where a name may be, in the verb's own clause."""
    if (
        word.pos_ != "NOUN"
        or not (word.dep_ in NAME_DEPS or second_object(word))
        or _start(word) <= verb.i + 1
    ):
        return False
    doc = word.doc
    # a bare name in quotation marks is one too: "called the bill 'political nonsense'"
    quoted = doc[_start(word) - 1].is_quote and not any(c.dep_ == "det" for c in word.children)
    if not quoted and not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in word.children):
        return False
    before = _start(word) - 1
    while before > verb.i and doc[before].is_quote:
        before -= 1
    if doc[before].text == ",":
        # a comma no earlier one pairs with opens an apposition ("called Ann Lee, a critic" says who
        # she is); a paired one closes an aside ("called the ruling, which came on Friday, a
        # disaster"), and the name after it is the verb's wherever the parse hangs it
        return sum(doc[i].text == "," for i in range(verb.i + 1, before)) % 2 == 1
    # "called the plan, which she said was a disaster": a clause of its own names it, not the verb
    head = word.head
    while head.i != verb.i:
        if any(c.dep_ in syntax.SUBJECTS for c in head.children) or head.head.i == head.i:
            return False
        head = head.head
    return True


def _quoted_after(thing: Token) -> Token | None:
    """An adjective in quotation marks the parse hung after ``thing`` as its modifier."""
    doc = thing.doc
    return next(
        (c for c in thing.rights if c.dep_ == "amod" and c.pos_ == "ADJ" and doc[c.i - 1].is_quote),
        None,
    )


def second_object(word: Token) -> bool:
    """A noun the parse hung as a second object of the thing's preposition: "called the merger with
    Apex a mistake" read as "with Apex" and "with a mistake"."""
    return word.dep_ == "pobj" and any(c.dep_ == "pobj" and c.i < word.i for c in word.head.children)


def _start(word: Token) -> int:
    """Where a noun's own words start, past the punctuation the parse may hang on it."""
    start = word.left_edge.i
    while start < word.i and word.doc[start].is_punct:
        start += 1
    return start


def _thing(name: Token, span: range) -> Token | None:
    """The head of the phrase between the verb and the name: the word of that phrase the name hangs
    from, climbed to the highest word of the phrase; else the first noun heading a part of it."""
    if not span:
        return None
    top = name.head
    if top.i in span:
        while top.head.i in span and top.head.i != top.i:
            top = top.head
        if top.pos_ in THINGS:
            return top
    doc = name.doc
    tops = (doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == i)
    return next((t for t in tops if t.pos_ in THINGS), None)
