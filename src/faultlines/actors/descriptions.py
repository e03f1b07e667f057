"""Speakers the text names by a description, not a name: "officials", "a senior Pentagon official",
"the union", "Those in favour of the plan", and sources that join several speakers ("Volker and
Morrison").

A description becomes an actor under its words as written (a leading article in lower case), with
an id of its own in each article; the same description said twice in one article is one actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon, party_roles
from faultlines.actors.clusters import Cluster
from faultlines.syntax import DASHES, DEFINITE, names_none

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.clusters import Clusters

# The capitalised words of a text written where no sentence starts, found once per Doc: each
# description asks, and a walk over the text per question cost a tenth of the actors stage.
WRITTEN_AS_NAMES = views.DocCache["frozenset[str]"]("actors.written_as_names")

# Pronouns that stand for people or bodies without naming them: "Some said", "Others warned".
QUANTIFIERS = frozenset({"some", "others", "many", "most", "several", "both", "all", "few", "those"})
# Words before a plural that pick some of a body's or a group's members, who speak for none of it:
# "some Democrats", "other Apex leaders", "two senators".
PART = frozenset({"some", "other", "many", "several", "few", "two", "three", "most", "certain", "senior"})
# Entities that say nothing: a source headed by one is a misparse ("Thursday morning said").
SILENT = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "LAW"})


def head_noun(source: Span) -> Token | None:
    """The common noun (or quantifier, or age: "the 56-year-old") a source description is built on;
    None for a name or a pronoun."""
    root = source.root
    if root.pos_ == "NOUN" or (root.pos_ == "PROPN" and lexicon.roles().get(root.lower_)) or body_noun(root):
        return root
    if root.lower_ in QUANTIFIERS or aged(root):
        return root
    return None


def body_noun(tok: Token) -> bool:
    """A common noun for a body, the tagger's lower-case "proper nouns" too ("the utilities
    commission")."""
    if tok.lower_ not in lexicon.generic_bodies():
        return False
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())


def aged(noun: Token) -> bool:
    """ "the 56-year-old": an age standing for a person."""
    return noun.lower_ == "old" and any(c.lower_ == "year" for c in noun.children)


def is_definite(source: Span) -> bool:
    """ "the analyst", "this group", "China's ambassador": a description that expects its referent known."""
    root = source.root
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in root.children if c.i < root.i
    )


def is_bare(source: Span) -> bool:
    """A definite description with nothing but its article and noun: "the company", "the doctor"."""
    root = source.root
    return is_definite(source) and all(t.i == root.i or t.dep_ in ("det", "punct") for t in source)


def is_plain(source: Span) -> bool:
    """A definite description with nothing after its noun: "the real estate agent", "the 56-year-old",
    not "the agent for the buyer" (someone else) nor "the agent who sold it"."""
    root = source.root
    return is_definite(source) and not any(t.i > root.i and not t.is_punct for t in source)


def spelt_as_name(noun: Token) -> bool:
    """A capitalised word the tagger took for a common noun that the text spells as a name: with a
    capital inside ("NewsCheck"), or capitalised where no sentence starts ("the ruling Harbourwatch
    welcomed"), here or elsewhere in the text. Never a role or a body word ("Officials said")."""
    word = noun.text
    if not word[:1].isupper() or word.isupper() or noun.lower_ in lexicon.generic_bodies():
        return False
    if lexicon.roles().get(noun.lower_) or lexicon.roles().get(noun.lemma_.lower()):
        return False
    if any(c.isupper() for c in word[1:]):
        return True
    return written_as_name(noun.doc, word)


def written_as_name(doc: Doc, word: str) -> bool:
    """Whether the text writes ``word`` capitalised where no sentence starts: a name, not a noun a
    sentence's first capital dresses up as one ("Police officials said")."""
    return word in WRITTEN_AS_NAMES.get(doc, lambda: _written_as_names(doc))


def _written_as_names(doc: Doc) -> frozenset[str]:
    # read off the columns: a Token for every word of the text cost more than the test
    starts = {sent.start for sent in views.sents(doc)}
    return frozenset(
        word for i, word in enumerate(views.columns(doc).text) if word[:1].isupper() and i not in starts
    )


def partial(noun: Token) -> bool:
    """Whether a plural picks some of a body's or a group's members: "some Democrats", "other
    Apex leaders", "many voters"."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("det", "amod") and c.lower_ in PART for c in noun.children
    )


def kind_of(noun: Token) -> str:
    """person, organisation or group, as the head noun of a description tells it."""
    if noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PRON" or noun.lower_ in QUANTIFIERS:
        return "group"
    if noun.lower_ in lexicon.generic_bodies():
        return "organisation"
    if lexicon.roles().get(noun.lower_) or aged(noun) or party_roles.role_noun(noun):
        return "person"
    return "organisation"


def as_written(source: Span) -> str:
    """The description's words up to an aside set off by a dash ("the study -- which notes that
    ..."), trailing punctuation off, spaces single, an article or quantifier at the start in lower case."""
    aside = next((t.i for t in source[1:] if t.text in DASHES), source.end)
    words = source.doc[source.start : aside]
    while len(words) and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    text = " ".join(words.text.split())
    first = words[0] if len(words) else None
    if first is not None and first.pos_ in ("DET", "PRON", "NOUN", "ADJ", "NUM") and not first.ent_type_:
        text = text[:1].lower() + text[1:]
    return text


def described(source: Span) -> Cluster | None:
    """An actor for a source that describes its speaker; None if no common noun heads it."""
    noun = head_noun(source)
    # "no one knew", "no official would say": a description naming nobody names no speaker
    if noun is None or noun.ent_type_ in SILENT or names_none(noun):
        return None
    if len(source) == 1 and spelt_as_name(noun):
        return Cluster("organisation", noun.text)
    kind = kind_of(noun)
    name = as_written(source)
    if not name:
        return None
    role = lexicon.roles().get(noun.lower_) or lexicon.roles().get(noun.lemma_.lower())
    body = lexicon.generic_bodies().get(noun.lower_)
    sector = body or (role.sector if role else None)
    gender = role.gender if role and kind == "person" else None
    roles = [name] if kind == "person" and role else []
    return Cluster(kind, name, sector=sector, gender=gender, stated=gender, roles=roles, described=True)


def coordinated(source: Span, clusters: Clusters, resolve) -> Cluster | None:
    """One group actor for a source that joins speakers with "and": "Volker and Morrison" is the group
    "Kurt Volker and Tim Morrison". ``resolve`` finds each part's actor (None: the part as written)."""
    root = _person_joined_to_group(source) or source.root
    parts = [root, *(t for t in root.conjuncts if source.start <= t.i < source.end)]
    if len(parts) < 2 or not any(t.lower_ == "and" and t.dep_ == "cc" for t in root.children):
        return None
    if not all(t.pos_ in ("NOUN", "PROPN") for t in parts):
        return None  # "Ada Moss and whose film": a clause, not a second speaker
    parts.sort(key=lambda t: t.i)
    names = []
    for n, part in enumerate(parts):
        end = parts[n + 1].left_edge.i if n + 1 < len(parts) else source.end
        start = source.start if n == 0 else part.left_edge.i
        words = source.doc[max(start, source.start) : end]
        while len(words) and (words[-1].dep_ == "cc" or words[-1].is_punct):
            words = words[:-1]
        while len(words) and words[0].lower_ in ("both", "either"):
            words = words[1:]
        if not len(words):
            return None
        found = resolve(words)
        names.append(found.name if found is not None and not found.described else as_written(words))
    return Cluster("group", " and ".join(names), described=True)


def _person_joined_to_group(source: Span) -> Token | None:
    """A person joined to a described group that the parse hangs on the group's noun: in "Ada Roos
    and Harbour Party leaders", "Roos" modifies "leaders" and "Party" is joined to "Roos"; no
    person's name modifies a group."""
    root = source.root
    if root.conjuncts:
        return None
    return next(
        (
            c
            for c in root.children
            if c.i < root.i and c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON" and c.conjuncts
        ),
        None,
    )
