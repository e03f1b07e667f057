"""Acts told from the side of the one they are done to: "drew criticism from the unions", "received
the endorsement of the nurses", "came under fire over the levy", "is under investigation", "Vale,
under fire for the cuts, ...". The one who undergoes the act is its target; its doer, when named,
the one "from", "by" or "of"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import kinds, modality, parties, scan
from faultlines.events.candidate import Candidate, named_act
from faultlines.events.lexicon import HOSTILE, Code

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon
    from faultlines.model import Tense

# Prepositions of the one who does what is undergone.
DOER_PREPS = frozenset({"from", "by", "of"})
# Verbs of having, by which one holds only backing given by name: "has my endorsement".
HAVING = frozenset({"have"})
# Prepositions of the grounds of criticism: "under fire for the cuts", "over his taxes".
GROUNDS = frozenset({"for", "over"})


def light(tok: Token, code: Code, uses: list[Token], lex: Lexicon) -> Candidate | None:
    """ "drew criticism from the unions", "received the endorsement of the nurses": the subject of a
    light verb of undergoing is the one the act is done to; "faces arrest" has not happened."""
    if code.type in HOSTILE or any(c.ent_type_ == "PERCENT" for c in uses[0].subtree):
        return None  # "received 38 percent support": a poll's share
    if modality.is_negated(tok):
        return None  # "did not get a deal" is no refusal by the one who did not get it
    if tok.lemma_.lower() in HAVING and not given_by_name(uses[0], lex):
        return None  # "has a deal", "had the backing of a bank": a state of affairs
    subject = parties.subject(tok)
    return Candidate(
        pred=tok,
        code=code,
        tense=modality.tense(tok),
        negated=False,
        sources=_doers(tok, uses[0]) + syntax.dependents(uses[0], ("poss",)),
        targets=[subject] if subject is not None else [],
        depth=scan.depth(tok),
        uses=list(uses),
    )


def under(noun: Token, code: Code, tense: Tense, lex: Lexicon) -> Candidate | None:
    """ "came under fire over the levy", "is under investigation by the regulator", "Vale, under fire
    for the cuts": the one under the act is its target, someone or someone's doing ("his conduct is
    under investigation"); "how the bridge failed is under investigation" accuses no one. Fire
    with grounds given, and an attack on a named person, are criticism; "the convoy came under
    fire" is force done to the convoy. "Put him under arrest" is the verb's own act."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.dep_ == "pcomp":  # "under heavy criticism", parsed as a verb
        prep = prep.head
    if noun.dep_ not in ("pobj", "dobj") or prep.dep_ != "prep" or prep.lower_ != "under":
        return None
    if code.type not in scan.UNDER_TYPES or (code.type == "COERCE" and code.mode != "arrest"):
        return None
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("dobj", "nsubjpass") for c in holder.children):
            return None
        target = parties.subject(holder)
    elif holder.pos_ in ("NOUN", "PROPN"):
        target = holder
    else:
        return None
    if target is None or not (kinds.someone(target, lex) or owned(target)):
        return None
    if code.type == "ASSAULT" and (_grounds(noun, holder) or _in_words(noun, target, lex)):
        code = Code("ACCUSE", "disapprove")
    negated = holder.pos_ in ("VERB", "AUX") and modality.is_negated(holder)
    return named_act(noun, code, tense, _doers(holder, noun), [target], negated=negated)


def under_verb(obj: Token) -> bool:
    """Whether a light verb's event noun is one its subject is under ("came under fire"): the noun,
    not the verb, then names the act."""
    prep = obj.head
    if obj.dep_ == "dobj" and prep.dep_ == "pcomp":
        prep = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "under"
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in prep.head.children)
    )


def _doers(*holders: Token) -> list[Token]:
    return [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in DOER_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _grounds(noun: Token, holder: Token) -> bool:
    """Criticism given its grounds: "under fire for failing to act", "over his taxes"."""
    return any(
        c.dep_ == "prep" and c.lower_ in GROUNDS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for h in (noun, holder)
        for c in h.children
    )


def owned(noun: Token) -> bool:
    """Someone's doing: "his friendship with X", "Vale's conduct", "Vestia's Harbour Plan tender"."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and any(g.dep_ == "poss" for g in c.children))
        for c in noun.children
    )


def _in_words(noun: Token, target: Token, lex: Lexicon) -> bool:
    """ "Warren was under attack": an attack with no weapon on a named person is criticism."""
    return (
        noun.lemma_.lower() in lex.verbal
        and target.ent_type_ == "PERSON"
        and not any(c.lemma_.lower() in lex.means for c in noun.children)
    )


def given_by_name(noun: Token, lex: Lexicon) -> bool:
    """Backing that one "has" as its giver's word: "has my endorsement", "has Lee's blessing"."""
    return noun.lemma_.lower() in lex.given and bool(syntax.dependents(noun, ("poss",)))


def backed_with(noun: Token, code: Code, tense: Tense, lex: Lexicon) -> Candidate | None:
    """ "Ruiz, with the backing of the union, ran for mayor", "with the endorsement of Lee, Ruiz won
    the seat": the one who acts with backing given is backed by its giver."""
    prep = noun.head
    if noun.lemma_.lower() not in lex.given or noun.dep_ != "pobj" or prep.lower_ != "with":
        return None
    if syntax.dependents(noun, ("poss",)):
        return None  # "with his endorsement of Lee": the "of" is the one endorsed
    givers = [g for g in _doers(noun) if kinds.someone(g, lex)]
    holder = prep.head
    backed = parties.subject(holder) if holder.pos_ in ("VERB", "AUX") else holder
    if not givers or backed is None:
        return None
    return named_act(noun, code, tense, givers, [backed])
