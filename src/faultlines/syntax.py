"""Reading the dependency parse: the subject of a verb, its passive agent, the phrase a head heads.

These are the parse facts every stage asks; each stage keeps only its own policy on top (how far a
quote's cue climbs for its speaker, which clauses an event's party leaves out). Nothing here knows
a lexicon or a stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from faultlines import pronouns
from faultlines.views import DocCache, columns, ents

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

# The subjects of an active and a passive clause: "Lind said", "the plan was dropped".
SUBJECTS = ("nsubj", "nsubjpass")
# The tags of a verb with a tense or a modal of its own, which heads a clause: "said", "says", "will".
FINITE = ("VBD", "VBZ", "VBP", "MD")
# Dependents that describe a noun rather than name it: appositives ("Eva Lind, a former envoy"),
# relative clauses and participles, and what the parse hangs loosely on it.
DESCRIBING = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis", "dep"})
# Entity types naming people, bodies, places or peoples: who may act or be acted on.
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Entity types of an amount: "two million euros", "5 percent", "300 tonnes".
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# Entity types of a time: "Friday's decision" is dated, not owned.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Tags of the words that open a relative clause: "which", "who", "whose", "where" ("the city where
# they met"); a "that" is told by its word, as the parse tags it a determiner or a complementizer too.
RELATIVE_PRONOUNS = frozenset({"WDT", "WP", "WP$", "WRB"})
# The dash in its spellings, which sets a stretch of a sentence off ("Ana Ruiz — a grocer — said").
DASHES = frozenset({"--", "—", "―", "–"})
# A dash, or the hyphen typed for one ("HANOI (AP) - Minister Ana Lind"; "won 6-4").
DASH_MARKS = DASHES | {"-"}
# Determiners that point back to something named or known before: "the deal", "this framing".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# The auxiliaries of the perfect, in both spellings of the apostrophe: "has signed", "she'd said".
PERFECT = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"})
# Tokens from a dateline's place to its dash at most: "HANOI, Vietnam (AP) —".
DATELINE_REACH = 8


@dataclass(frozen=True, slots=True)
class Tree:
    """A parsed Doc's dependents as plain indexes, read off its head column once: ``Token.children``
    builds a Token for every dependent, where the asks below read the relation of each from the
    columns and build only the one they return. Two flat lists, not a list per token: thousands of
    small lists per Doc would set off the garbage collector."""

    order: list[int]  # every token that has a head, grouped by head, in text order within a group
    starts: list[int]  # the dependents of token i are order[starts[i] : starts[i + 1]]
    dep: list[str]
    heads: list[int]  # the head of token i (a root is its own)

    def children(self, i: int) -> list[int]:
        return self.order[self.starts[i] : self.starts[i + 1]]


TREE = DocCache[Tree]("syntax.tree")


def tree(doc: Doc) -> Tree:
    """The dependency tree of ``doc`` as indexes, made on first use and kept with the Doc."""
    found = doc.user_data.get(TREE.key)  # read directly: the commonest ask of every stage
    return found if found is not None else TREE.put(doc, _tree(doc))


def _tree(doc: Doc) -> Tree:
    import numpy as np
    from spacy.attrs import HEAD

    # relative head offsets come back as uint64: negative ones wrap until cast back
    offsets = doc.to_array(HEAD).astype("int64")
    heads = offsets + np.arange(len(offsets))
    dependents = np.flatnonzero(offsets)
    order = dependents[np.argsort(heads[dependents], kind="stable")]
    counts = np.bincount(heads[dependents], minlength=len(offsets))
    starts = np.concatenate(([0], np.cumsum(counts)))
    return Tree(order.tolist(), starts.tolist(), columns(doc).dep, heads.tolist())


def children(tok: Token) -> list[int]:
    """The indexes of ``tok``'s dependents, in text order."""
    return tree(tok.doc).children(tok.i)


def subtree(tok: Token) -> list[int]:
    """The indexes of ``tok`` and of every token under it, in no set order: ``Token.subtree`` without
    a Token for each, for the callers that only collect indexes."""
    found = tree(tok.doc)
    order, starts = found.order, found.starts
    out, todo = [], [tok.i]
    while todo:
        i = todo.pop()
        out.append(i)
        todo.extend(order[starts[i] : starts[i + 1]])
    return out


def ordered_subtree(tok: Token) -> list[int]:
    """The indexes of ``Token.subtree`` in its order (each left dependent's subtree, the token, each
    right one's), without a Token for each."""
    found, out = tree(tok.doc), []

    def walk(i: int) -> None:
        kids = found.children(i)
        for c in kids:
            if c < i:
                walk(c)
        out.append(i)
        for c in kids:
            if c > i:
                walk(c)

    walk(tok.i)
    return out


def dependent(head: Token, deps: Collection[str]) -> Token | None:
    """The first dependent of ``head`` whose relation is one of ``deps``; of subjects, the first
    that is no dateline the parse took for one, else the name it hung on the dateline ("OSLO - the
    union condemned it" is the union's)."""
    doc, i = head.doc, head.i
    found = tree(doc)
    dep = found.dep
    first = None
    for c in found.order[found.starts[i] : found.starts[i + 1]]:  # found.children(i), without the call
        if dep[c] in deps:
            # a dateline's place is in capitals: most subjects are told apart on the column, without a Token
            if first is None and dep[c] in SUBJECTS and columns(doc).text[c].isupper() and dateline(doc[c]):
                first = doc[c]
                continue
            return doc[c]
    # "OSLO - the union condemned it", the union hung on the place after its dash
    return first if first is None else after_dateline(first) or first


def dateline(token: Token) -> bool:
    """Whether ``token`` heads a capitalised place opening a line that a dash closes ("OSLO —",
    "HANOI, Vietnam (AP) —", "PORT CITY, Velmora —"): the dateline of a story, not a subject."""
    if not token.text.isupper():
        return False  # the place heading a dateline is in capitals; most subjects stop here
    doc, start = token.doc, token.left_edge.i
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws):
        return False
    words = doc[start : token.i + 1]
    if not all(t.text.isupper() or t.is_punct for t in words) or not any(len(t.text) > 1 for t in words):
        return False
    for t in doc[token.i + 1 : token.i + DATELINE_REACH]:
        if t.text in DASH_MARKS:
            return True
        if not (t.is_punct or t.pos_ == "PROPN"):
            return False
    return False


def after_dateline(place: Token) -> Token | None:
    """The name the parse hung on a dateline after its dash: "HANOI (AP) — Minister Ana Lind"."""
    reach = place.doc[place.i + 1 : place.i + DATELINE_REACH]
    dash = next((t.i for t in reach if t.text in DASH_MARKS), None)
    return next((c for c in place.children if c.dep_ == "appos" and dash is not None and c.i > dash), None)


def dependents(head: Token, deps: Collection[str]) -> list[Token]:
    """Every dependent of ``head`` whose relation is one of ``deps``, in text order."""
    doc = head.doc
    found = tree(doc)
    dep = found.dep
    return [doc[c] for c in found.children(head.i) if dep[c] in deps]


def first_conjunct(tok: Token) -> Token:
    """The first of the words joined to ``tok`` by "and" or "or": "Apex" of "Apex and Vell met" for
    "Vell", "built" of "built and ran the mine" for "ran"."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def past_particles(word: Token) -> Token:
    """The word the prepositions and particles above ``word`` hang on: "pulled" for "out" in "pulled
    out of the treaty"; ``word`` itself when it is neither."""
    while word.dep_ in ("prep", "prt"):
        word = word.head
    return word


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """The phrases joined to ``tok``, with those the parse hung on the last noun of its phrase: "Ben
    Hart" in "the Federation of Dairy Farmers and Ben Hart" (after a name's last word, outside the
    name), "the harbour levy" in "tariffs on steel and the harbour levy" (a phrase with its own
    determiner after a bare common noun, as "tariffs on steel and iron" joins two metals; after
    a name or a pronoun the parse joins them rightly: "talks with Lee and the union")."""
    candidates = [
        (noun, c)
        for prep in dependents(tok, ("prep",))
        if prep.i > tok.i
        for noun in dependents(prep, ("pobj",))
        for c in noun.conjuncts
        if c.i > noun.i
    ]
    if not candidates:
        return tuple(tok.conjuncts)
    name = entity(tok)
    hung = [
        c
        for noun, c in candidates
        if (name is not None and noun.i < name.end <= c.i)
        or (noun.pos_ == "NOUN" and not dependents(noun, _DETERMINERS) and dependents(c, _DETERMINERS))
    ]
    return (*tok.conjuncts, *hung)


_DETERMINERS = ("det", "poss")


def name_head(tok: Token) -> Token:
    """The word heading the name ``tok`` is part of: "Federation" for "Farmers" in "the Federation
    of Dairy Farmers, a critic of the levy", where the parse hangs the apposition on the last word."""
    name = entity(tok)
    return name.root if name is not None and len(name) > 1 else tok


def described_name(tok: Token) -> Token:
    """The name a description is set beside: "Cruz" for "a senator" in "Cruz, a senator who …";
    ``tok`` itself when it describes no name. A clause between them ("Lee, who heads the Alliance,
    a group that …") leaves the description to the nearer noun, whatever the parse hung it on."""
    name = tok.head
    if tok.dep_ != "appos" or name.pos_ != "PROPN":
        return tok
    between = tok.doc[name.i + 1 : tok.left_edge.i]
    return tok if any(t.pos_ in ("VERB", "AUX") for t in between) else name


def entity(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, if any."""
    if not tok.ent_type_:
        return None
    return next((e for e in ents(tok.doc) if e.start <= tok.i < e.end), None)


def subject(verb: Token, deps: Collection[str] = SUBJECTS) -> Token | None:
    """The first dependent of ``verb`` whose relation is one of ``deps``: its own subject only."""
    return dependent(verb, deps)


def relative_pronoun(tok: Token) -> bool:
    """Whether ``tok`` is the pronoun that opens a relative clause ("who", "which", "that")."""
    return tok.tag_ in RELATIVE_PRONOUNS or tok.lower_ == "that"


def mandated(clause: Token, mandative: Collection[str]) -> bool:
    """ "demanded that the council scrap the levy": a that-clause in the bare form after one of the
    ``mandative`` verbs (the cue lexicon's) states the action wanted done, not a fact."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in mandative and bare_that(clause)


def bare_that(clause: Token) -> bool:
    """A that-clause in the bare form, the form of a demand: "that the council scrap the levy",
    "that the levy be scrapped" (not "that the levy is fair", "that they will scrap it")."""
    # "that the levy be scrapped": the bare "be" of a passive is the same bare form
    bare = clause.tag_ == "VB" or (
        clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)
    )
    # "that the mayor withdraw it": a singular subject shows the bare form the tagger may read as a
    # present ("the mayors withdraw it", "that Lee and Kim back it" could be either, and stay facts)
    subject = dependent(clause, ("nsubj",))
    singular = subject is not None and subject.tag_ in ("NN", "NNP") and dependent(subject, ("conj",)) is None
    bare = bare or (clause.tag_ == "VBP" and singular)
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return bare and marked and not any(c.dep_ == "aux" for c in clause.children)


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause with no relative pronoun and no object of its own takes for its
    object: "aid" in "the aid the mayor requested", "deal" in "the deal they rejected". A clause
    with its own object, a "who" or "that", or a "where" or "when" is none ("the day the rebels
    attacked the town", "the place where they met")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    own = dependent(verb, ("nsubj",))
    if own is None or relative_pronoun(own):
        return None
    if any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "dative") or c.tag_ in RELATIVE_PRONOUNS
        for c in verb.children
    ):
        return None
    return verb.head


def dated(noun: Token) -> Token | None:
    """The time a noun is dated by as its possessor ("Friday" of "Friday's decision"), which owns nothing."""
    owner = dependent(noun, ("poss",))
    return owner if owner is not None and owner.ent_type_ in TIME_ENTITIES else None


def author(thing: Token) -> Token | None:
    """Whose a message is, by the words before it: its possessor ("Lee's posts") or the name before
    it ("a Lee campaign ad"); not a place's ("a Paris shop"), nor a name before a verb the parse
    took for a noun ("Lee avoids condemning X"), nor a time ("Tuesday's report"). None when no one
    is named so."""
    if (owner := dependent(thing, ("poss",))) is not None:
        return None if owner.ent_type_ in TIME_ENTITIES else owner
    named = dependent(thing, ("compound",))
    if named is not None and named.ent_type_ in ("PERSON", "ORG") and dependent(thing, ("det",)) is not None:
        return name_head(named)
    return None


def sending(thing: Token) -> Token | None:
    """What sends, posts or states ``thing``, a noun a participle hangs on: its possessor or the
    name before it ("Lee's posts attacking X", "a Lee campaign ad hitting X"), else the verb it is
    the object of ("sent a letter urging X"; in "posted a string of posts attacking X" the count
    stands for the posts) or the verb said in it ("in a memo backing X, Lee said"); the callers take
    a verb's subject. None when the parse ties the thing to no sender."""
    counted = thing.head.head
    if thing.dep_ == "pobj" and thing.head.lower_ == "of" and counted.pos_ == "NOUN" and counted.i < thing.i:
        article = dependent(counted, ("det",))
        if article is not None and article.lower_ in ("a", "an"):
            thing = counted
    if (by := author(thing)) is not None:
        return by
    if thing.dep_ == "dobj" and thing.head.dep_ != "acl":  # not "judges handling suits seeking X"
        return thing.head
    put = thing.head
    if thing.dep_ == "pobj" and put.lower_ == "in" and put.head.pos_ == "VERB":
        return put.head
    return None


def agent(verb: Token) -> Token | None:
    """The one a passive names after "by": "union" in "was endorsed by the union"."""
    by = dependent(verb, ("agent",))
    return dependent(by, ("pobj",)) if by is not None else None


def object_of(head: Token, preposition: str) -> Token | None:
    """The object of ``head``'s own ``preposition`` phrase: "Lee" in "efforts by Lee to X"."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return dependent(prep, ("pobj",)) if prep is not None else None


def subject_rank(tok: Token) -> int:
    """2 for the subject of a main clause, 1 for a subject of an embedded one, 0 otherwise: in "Brandt
    said he expects Okafor to win", the next "he" is Brandt, not the nearer Okafor."""
    if tok.dep_ not in SUBJECTS:
        return 0
    verb = tok.head
    while verb.dep_ == "conj":
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``, what describes it left out:
    "Eva Lind's government" of "Eva Lind's government, which fell in May"."""
    left, right = head.i, head.i
    for child in head.children:
        if child.dep_ in DESCRIBING or _aside(child):
            continue
        lo, hi = phrase_bounds(child)
        left, right = min(left, lo), max(right, hi - 1)
    return left, right + 1


def _aside(child: Token) -> bool:
    """A phrase the parse hung on a noun that says when or where, not who: "Eva Lind this week
    said", a dateline "OSLO - Ministers said"; not the first half of a hyphenated word ("star-turned")."""
    if child.dep_ != "npadvmod":
        return False
    edge = child.right_edge
    return edge.i + 1 >= len(edge.doc) or edge.nbor(1).text != "-" or bool(edge.whitespace_)


def names_none(tok: Token) -> bool:
    """ "Nobody", "nothing", "none of them", "no one", "no official": a word or a noun phrase saying
    there is none of its kind."""
    return tok.lower_ in pronouns.NEGATIVE or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
