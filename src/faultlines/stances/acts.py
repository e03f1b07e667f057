"""What "the move", "Velmor's decision", "the unilateral step" stand for: the act named in full before.

Policy news names the act at stake once in full ("Velmor's decision to close the harbour", "the
council's plan to sell the port") and then by a general noun of acts: "the move", "the decision",
"the policy shift", "the announcement", bare, owned by the doer ("Velmor's move") or described
("the sudden move announced on Monday"). Each reaction to such a noun is a reaction to that act.
The noun stands for it only when one act was named in full before it, by the same doer or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.short_forms import initials
from faultlines.stances import clauses, done
from faultlines.stances.antecedents import bare_definite, kind
from faultlines.stances.extents import noun_phrase, verb_phrase
from faultlines.stances.keys import key
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.syntax import ACTOR_ENTITIES, DEFINITE, TIME_ENTITIES
from faultlines.views import DocCache, positions, sentence_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.lexicon import Lexicon

# The kinds of noun ([kind] in stance_words.txt) that name an act: "the move", "the ruling".
ACT_KINDS = frozenset({"act", "ruling"})
# The kinds of noun that can name an act in full, with what is done: "a plan to sell the port"; not
# what is only asked ("a request to X"), which a judge's "decision" on it is not.
FULL_KINDS = ACT_KINDS | {"plan"}
# Prepositions whose object says what an act is ("the move to", "the decision on", "the shift in").
WHAT = frozenset({"of", "on", "to", "against", "toward", "towards", "in", "over", "from"})
# How many sentences open an article (its lead), and how far back an act named elsewhere is in reach.
LEAD_SENTENCES = 3
NEAR_SENTENCES = 3
# The acts named in full in a Doc, in text order (see ``_full_acts``).
_FULL = DocCache[list[int]]("stances.full_acts")


def stood_for(noun: Token) -> Token | None:
    """The noun naming in full the act that a general act noun (``noun``) stands for; None when
    ``noun`` says itself what is done, or when no act or two acts were named in full before it."""
    act, plural = kind(noun)
    # "such moves" are many acts, none in particular
    if noun.pos_ != "NOUN" or plural or act not in ACT_KINDS or says_what(noun) or not refers(noun):
        return None
    doc = noun.doc
    by = doer(noun)
    fits = [doc[i] for i in _FULL.get(doc, lambda: _full_acts(doc)) if i < noun.i]
    at = sentence_numbers(doc)
    # the act the article is about is named in its lead; any other act, just before its noun
    fits = [
        t
        for t in fits
        if (at[t.i] < LEAD_SENTENCES or at[noun.i] - at[t.i] <= NEAR_SENTENCES)
        and same_doer(by, doer(t) or _maker(t))
    ]
    if not fits:
        return None
    nearest = fits[-1]
    wording = _wording(nearest)
    # two acts named in full, with nothing in common, leave open which one is meant
    if any(not (_wording(t) & wording) for t in fits[:-1]):
        return None
    # so does an act told by its verb since ("the council then announced that it would X")
    acted = load_lexicon().act_verb
    between = doc[nearest.i + 1 : noun.i]
    if any(
        _told_act(t, acted) and same_doer(by, subject)
        for t in between
        if (subject := clauses.child(t, ("nsubj",)))
    ):
        return None
    return nearest


def told_by_verb(noun: Token) -> Token | None:
    """The verb of the one act a general act noun stands for where no noun named an act in full
    before it: "resumed" for "the move" in "Velmor resumed whaling. Kim condemned the move." Only
    an act the sentence just before tells done on something (``done.told_act``), by the noun's
    doer if it names one; two acts told there leave open which one is meant."""
    act, plural = kind(noun)
    if noun.pos_ != "NOUN" or plural or act not in ACT_KINDS or says_what(noun) or not refers(noun):
        return None
    if stood_for(noun) is not None:
        return None
    doc, lex = noun.doc, load_lexicon()
    at = sentence_numbers(doc)
    before = [i for i in positions(doc).get("VERB", ()) if at[i] == at[noun.i] - 1]
    by = doer(noun)
    told = [doc[i] for i in before if (did := done.told_act(doc[i], lex)) is not None and same_doer(by, did)]
    return told[0] if len(told) == 1 else None


def _told_act(tok: Token, acted: frozenset[str]) -> bool:
    """A verb telling an act done ("announced that", "decided to"), not one describing a noun
    ("the move announced on Monday"); only one with its doer as subject tells who acted."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in acted and tok.dep_ not in ("acl", "amod", "relcl")


def refers(noun: Token) -> bool:
    """Whether an act noun refers to one act known already: definite or owned ("the move", "its
    move"), not "a move" or "any decision", and of no other kind than an act: "climate change"
    is no act, "the policy shift" one."""
    generic = load_lexicon().generic
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ not in DEFINITE:
            return False
        if (
            child.dep_ == "compound"
            and child.ent_type_ not in ACTOR_ENTITIES
            and child.lemma_.lower() not in generic
        ):
            return False
    return True


def _full_acts(doc: Doc) -> list[int]:
    """The nouns naming an act in full: an act or plan noun with what is done ("to close it")."""
    nouns = (doc[i] for i in positions(doc).get("NOUN", ()))
    return [t.i for t in nouns if kind(t)[0] in FULL_KINDS and not t.tag_.endswith("S") and says_what(t)]


def says_what(noun: Token) -> bool:
    """Whether a noun says what act it is: an infinitive ("the decision to close the harbour") or a
    preposition naming the act's matter ("the move on tariffs", "the shift in policy")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == "to" and after.dep_ == "aux":
        return True
    return any(
        (c.dep_ == "acl" and "to" in clauses.auxiliaries(c)) or (c.dep_ == "prep" and c.lower_ in WHAT)
        for c in noun.children
    )


def _wording(noun: Token) -> frozenset[str]:
    """The key words of what an act noun says is done, without what is joined to it ("and a plan")."""
    doc = noun.doc
    spans = [verb_phrase(doc, c) if c.dep_ == "acl" else noun_phrase(doc, c) for c in noun.rights]
    return key(" ".join(doc[start:end].text for start, end in spans))


def doer(noun: Token) -> Token | None:
    """Who does an act, as named beside its noun: "Velmor's move", "its decision", "the US shift",
    "the move by Velmor"."""
    for child in noun.children:
        # "Friday's decision" is dated, not owned
        if child.dep_ == "poss" and child.ent_type_ not in TIME_ENTITIES:
            return child
        if child.dep_ in ("compound", "amod") and child.ent_type_ in ACTOR_ENTITIES:
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _maker(noun: Token) -> Token | None:
    """Who made or told an act named as an object: "Velmor announced a decision to X"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in load_lexicon().act_doer:
        return None
    return clauses.child(verb, ("nsubj",))


def same_doer(one: Token | None, other: Token | None) -> bool:
    """Whether two doers may be one: either unnamed or a pronoun, names sharing a word, or one
    the other's initials ("US", "United States")."""
    if one is None or other is None or one.pos_ == "PRON" or other.pos_ == "PRON":
        return True
    names = (_name(one), _name(other))
    if key(names[0]) & key(names[1]):
        return True
    letters = [initials(n.split()) for n in names]
    short = [n.replace(".", "") for n in names]
    return short[0] == letters[1] or short[1] == letters[0]


def _name(tok: Token) -> str:
    """The whole name a doer's word belongs to ("United States" for "States")."""
    return " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i)


def standing_for_an_act(word: Token, lex: Lexicon) -> bool:
    """ "It", "this", or a bare "the move", "this decision": words a reaction opens with for the act
    just told."""
    if word.lower_ in lex.placeholder:
        return True
    if word.pos_ != "NOUN" or not bare_definite(word):
        return False
    named, plural = kind(word)
    return named in ACT_KINDS and not plural


def act(noun: Token, lex: Lexicon) -> bool:
    """A noun naming an act one may take a side on: a plan, a bill, a ruling, a move ([kind] of
    ``stance_words.txt``), a levy or a budget ([measure]), a merger ([deal]), or a proposal, a
    decision, a remark ([generic] nouns that stand for a topic or a thing said)."""
    lemma = noun.lemma_.lower()
    return (
        lemma in lex.kind
        or lemma in lex.measure
        or lemma in lex.deal
        or lex.generic.get(lemma) in ("ref", "said")
    )
