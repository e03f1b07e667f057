"""Who did an act told done: "the council scrapped the levy", "Lee, who suspended the coach", "the
coach was suspended by the league".

An act told as done is its doer's position on what it acts on only when it was done: not denied
("did not scrap it"), hedged ("could scrap it"), asked about, in a condition ("if it scraps it") or
only wished or promised ("wants to scrap it", "will scrap it"), which ``volition`` reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors.lexicon import generic_bodies
from faultlines.quotes import cues
from faultlines.stances import clauses, subjects
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adverbs that tell when or where an act was done, not ask it.
TIMES = frozenset({"when", "where", "while"})
# Prepositions naming what an act is done on, not when or where: "withdrew from the treaty".
ACTED_ON = frozenset({"from", "of", "on", "against", "with"})
# Auxiliaries of a participle telling an act done: "has renamed", "was renamed".
PAST_AUXILIARIES = syntax.PERFECT | {"was", "were"}


def modal(verb: Token, lex: Lexicon) -> bool:
    """Whether an act is not told but wished, demanded, promised or hedged: "to sign it", "Vesta must
    sign it" (the speaker's demand), "will sign it" (a promise), "may sign it" (open)."""
    auxiliaries = clauses.auxiliaries(verb)
    return "to" in auxiliaries or bool(auxiliaries & (lex.firm | lex.tentative))


def doer(verb: Token, lex: Lexicon) -> Token | None:
    """The one who did the act ``verb`` tells, if it tells one done by someone who can act."""
    # a bare form is wished or seen, not told done: "would like to see Velmora agree to the deal"
    if verb.pos_ != "VERB" or verb.dep_ in ("xcomp", "amod", "acl") or verb.tag_ in ("VB", "VBG"):
        return None
    if modal(verb, lex) or clauses.negated(verb) or clauses.hypothetical(verb, lex) or _asked(verb):
        return None
    found = syntax.agent(verb) if clauses.child(verb, ("nsubjpass",)) is not None else None
    found = found or subjects.shared(verb)  # "scrapped the levy and halted the works"
    if found is None:
        return None
    found = subjects.relative_antecedent(found)
    # "the carrier Skyline Air": the name set beside a description names the doer
    named = any(c.dep_ == "appos" and acts(c, lex) for c in found.children)
    return found if named or acts(found, lex) else None


def _asked(verb: Token) -> bool:
    """Asked about, not told: "why it scrapped the levy"; "when Marsh scuttled the talks" tells when."""
    return clauses.questioned(verb) or any(c.tag_ == "WRB" and c.lower_ not in TIMES for c in verb.children)


def acts(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` names someone who can act: a person, a name, a body ("the league")."""
    return clauses.agentive(tok, lex) or tok.lemma_.lower() in generic_bodies()


def told_act(verb: Token, lex: Lexicon) -> Token | None:
    """The doer of an act on something that a main clause of narration tells done: "the party
    renamed its account", "the inquiry was dropped by Vell", and "Northwind announced it would sell
    the plant" or "decided to sell the plant", whose act is the selling. Not a saying (a cue verb's
    words are a quote of their own), a state ("lives near the depot") nor an act on nothing ("the
    vote came late")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in lex.state:
        return None
    if clauses.child(verb, ("dobj",)) is None and syntax.agent(verb) is None and not _acted_on(verb):
        return None
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in lex.act_verb:
        return None if clauses.negated(verb) or not past(head) else doer(head, lex)
    # a main clause, or one telling what something followed ("said after the council scrapped it")
    main = verb.dep_ in ("ROOT", "conj") or (verb.dep_ == "advcl" and clauses.marked_by(verb, ("after",)))
    if not main or lemma in cues.lexicon() or not past(verb):
        return None
    return doer(verb, lex)


def _acted_on(verb: Token) -> bool:
    """An act on a thing named after a preposition: "pulled out of the treaty", "walked away from the
    talks", "cracked down on protesters"; not when or where it was done ("resigned on Monday")."""
    return any(
        p.dep_ in ("prep", "prt")
        and p.lower_ in ACTED_ON
        and o.dep_ == "pobj"
        and o.ent_type_ not in syntax.TIME_ENTITIES
        for p in (
            *verb.children,
            *(g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children),
        )
        for o in p.children
    )


def past(verb: Token) -> bool:
    """Told as done already: "renamed", "has renamed", "was renamed"; not "weighs" or "is weighing",
    which tell what is under way (a headline's present often is)."""
    if verb.tag_ == "VBD":
        return True
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(helpers & PAST_AUXILIARIES)
