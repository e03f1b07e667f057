"""The act an attitude verb blames or praises its object for.

"Ada Roos criticized the mayor for closing the library" takes a side on the mayor and on closing
the library; "thanked the council for backing the levy" is for backing it. An act left undone
flips the side: "blasted the mayor for not releasing the audit" and "for refusing to release the
audit" are for releasing it (see ``phrases.action_topic``). Only an act that carries out a thing or
acts on something counts: "for being late", "for tweeting" name no thing to take a side on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns
from faultlines.stances import clauses, objects, phrases
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.phrases import Phrase
from faultlines.stances.relatives import person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions naming what a person is judged over: "attacked Lee over her plan", "for her remarks".
MATTER = frozenset({"over", "for", "on"})


def blamed_act(
    verb: Token, words: tuple[str, ...], obj: Token, lex: Lexicon
) -> tuple[Token, Phrase, int] | None:
    """The topic, phrase and sign of the act ``verb`` (spelt ``words``, with object ``obj``) judges
    its object for, if a "for" gerund after it names one."""
    if "for" in words:
        return None  # "calls for X", "voted for X": "for" brings in the object itself
    gerund = next(
        (
            g
            for p in (*verb.children, *obj.children)
            if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children
            if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"
        ),
        None,
    )
    if gerund is None:
        return _blamed_thing(verb, words, obj, lex)
    if gerund.lemma_.lower() in lex.light:
        return None
    topic, phrase, sign = objects.gerund_topic(gerund, lex)
    if phrase is None:
        return None
    # "imposed a penalty for cheating" punishes the act: imposing it is a side against the act
    punished = obj.lemma_.lower() in lex.sanction
    return topic, phrase, -sign if clauses.negated(gerund) != punished else sign


def _blamed_thing(
    verb: Token, words: tuple[str, ...], obj: Token, lex: Lexicon
) -> tuple[Token, Phrase, int] | None:
    """The act or proposal a person is judged over: "attacked Kim Lee over his toll plan", "slammed
    Lee for her remarks", "faulted Lee for her decision to close X". Only a thing of a known kind
    ([kind], [measure], remarks) or a will to act ("over his refusal to release X"): "attacked Lee on
    immigration" names the matter of the attack, no side on it."""
    if not (person_word(obj) or obj.pos_ == "PROPN" or obj.lower_ in pronouns.PERSONS):
        return None
    thing = next(
        (
            t
            for p in (*verb.children, *obj.children)
            if p.dep_ == "prep" and p.lower_ in MATTER and p.lower_ not in words
            for t in p.children
            if t.dep_ == "pobj" and t.pos_ == "NOUN"
        ),
        None,
    )
    if thing is None:
        return None
    topic, phrase, sign = phrases.content(thing, lex)
    # "over his refusal to release X" is over releasing X: a will a noun states counts for its act
    willed = thing.lemma_.lower() in lex.will_noun and topic.i != thing.i
    return (topic, phrase, sign) if phrase in ("np", "vp") and (_proposed(thing, lex) or willed) else None


def _proposed(thing: Token, lex: Lexicon) -> bool:
    """A thing of a kind one takes a side on: a plan, a law, a levy, a remark."""
    lemma = thing.lemma_.lower()
    return lemma in lex.kind or lemma in lex.measure or lex.generic.get(lemma) == "said"


def judged_owner(thing: Token, owner: Token) -> Token:
    """Whom an "its" or "their" owning the thing a verb judges its object over stands for: that
    object ("sued Vesta over its new law", "praised the union for their plan" are Vesta's and the
    union's), where the subject may have been meant as well; else ``owner`` itself."""
    matter = thing.head
    if owner.lower_ not in ("its", "their") or thing.dep_ != "pobj" or matter.lower_ not in MATTER:
        return owner
    judged = clauses.child(matter.head, ("dobj",)) if matter.head.pos_ == "VERB" else None
    return judged if judged is not None and judged.pos_ == "PROPN" else owner
