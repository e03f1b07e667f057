"""Who takes the side an attitude verb states: its subject, the one whose will or refusal it
completes, the agent of its passive, who filed the paper that states it; and when an attitude verb
tells a deed ("signed X", "began enacting X"), whose telling decides whether it was done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.quotes.sources import appositive_subject
from faultlines.stances import clauses, phrasal, senders, subjects, volition, wills
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.relatives import person_word
from faultlines.syntax import ACTOR_ENTITIES

if TYPE_CHECKING:
    from spacy.tokens import Token


def begun(tok: Token, lex: Lexicon) -> Token:
    """The aspect verb of a deed begun or kept up ("began enacting X"), else ``tok``. Only a deed:
    an attitude kept up ("kept attacking Lee") is left unread here."""
    return clauses.aspect_head(tok, lex) if deed(tok, lex) else tok


def deed(tok: Token, lex: Lexicon) -> bool:
    """Whether an attitude verb tells a deed carried out, undone or granted ("signed", "enacted",
    "overturned", "extended the waiver"), which denied says only that it was not done."""
    return any(
        phrasal.match_phrase(tok, phrases) is not None for phrases in (lex.carrier, lex.undo, lex.granting)
    )


def holder(verb: Token, lex: Lexicon) -> tuple[Token | None, int, bool] | None:
    """Who takes the side an attitude verb states, and whether they take it (+1) or refuse it (-1):
    its subject ("Lee backs X"); the subject of the will or refusal it completes ("Lee refused to
    endorse X", -1); the agent of its passive ("X, promoted by Lee"); who filed or sent the thing
    it describes ("Lee filed papers opposing X"). Another attitude hung on a noun or a situation
    ("avoids condemning X", "the rationale to veto X") is no one's stated stance; None then. Also
    whether the verb is passive."""
    if subjects.lends_subject(verb):
        return None
    subject = subjects.audience_speaker(verb) or subjects.shared(verb) or subjects.adjunct_subject(verb)
    infinitive = "to" in clauses.auxiliaries(verb)
    if subject is not None and clauses.demanded(verb, lex):
        return None, 1, False  # "the council must back X" is the speaker's demand, not the council's stance
    if subject is None and begun(verb, lex).i != verb.i:
        return holder(verb.head, lex)  # "Lee began enacting X": whoever began
    # "Lee wants the council to back X", "Lee insisted that the council back X": the side is the
    # will's, its doer parsed as the subject
    wished = (
        volition.wished_of_another(verb, lex)
        or volition.mandated(verb, lex)
        or volition.pressed_on(verb, lex)
    )
    if subject is not None and not wished and not (infinitive and clauses.marked_by(verb, ("for",))):
        return subjects.relative_antecedent(subject), 1, False
    shared = (
        verb.dep_ == "conj" and volition.shares_its_clause(verb) and clauses.child(verb, ("agent",)) is None
    )
    # "refused to endorse X or back Y" refuses Y too; "a paper welcoming X and urging Y" urges Y
    if shared and (first := holder(syntax.first_conjunct(verb), lex)) is not None:
        return first
    if (reported := _reported_subject(verb, lex)) is not None:
        return subjects.relative_antecedent(reported), 1, False
    if (verb.dep_ == "xcomp" or wished) and (will := lex.volition.get(verb.head.lemma_.lower())) is not None:
        head = verb.head
        if clauses.hypothetical(head, lex):
            return None  # "unless she wants to back X" states no will, only a condition
        if volition.asked_of(head, lex):  # "Lee was urged to back X": the will of who urged her
            return (asker, will, False) if (asker := volition.asker(head)) is not None else None
        if volition.unasked(head, verb):
            return None  # "did not urge Lee to back X" denies the asking, and takes no side
        if any(c.lower_ == "yet" for c in head.children):
            return None  # "Lee has yet to back X" has taken no side so far
        if clauses.duty(head, lex) or clauses.demanded(head, lex):
            # "Lee needs to back X", "Lee must vote to back X": the speaker's demand on Lee, not Lee's stance
            return None, -will if clauses.negated(head) else will, False
        wanter = volition.bearer(head, lex) or subjects.shared(head) or subjects.adjunct_subject(head)
        negated = clauses.negated(head) or (head.lemma_.lower() in lex.ready and clauses.negated(head.head))
        return wanter and subjects.relative_antecedent(wanter), -will if negated else will, False
    agent = clauses.child(verb, ("agent",))
    if verb.tag_ == "VBN" and agent is not None and (by := clauses.child(agent, ("pobj",))) is not None:
        return by, 1, True
    if verb.dep_ == "acl" and (named := appositive_subject(verb)) is not None:
        return named, 1, False  # "Lee, the mayor's rival in the race, called for X": a misparse
    if senders.sent(verb):
        # "filed papers opposing X", "Lee's posts attacking X"; "met farmers opposing X" is theirs
        return (by, 1, False) if (by := senders.sender(verb)) is not None else None
    if verb.dep_ == "acl" and infinitive and (maker := wills.decider(verb.head, lex)) is not None:
        return maker, 1, False  # "Lee took the decision to approve X"
    if (joiner := _joiner(verb)) is not None:
        return subjects.relative_antecedent(joiner), 1, False
    if verb.dep_ in ("relcl", "ccomp", "ROOT", "conj") and not infinitive:
        return None, 1, False  # a finite clause without a named subject: "..., and criticised X"
    if (owner := _practice_owner(verb, lex)) is not None:
        return owner, 1, False
    if (actor := _purposer(verb, lex)) is not None:
        return subjects.relative_antecedent(actor), 1, False
    return None


def _purposer(verb: Token, lex: Lexicon) -> Token | None:
    """Who acts to the end an infinitive states, or goes on doing it: Lee, in "Lee came to Oslo to
    back X", "Lee continued to call for X". Not one made to act ("it
    prompted Lee to back X"), nor an omission ("failed to back X"), a seeming or a report ("appears
    to back X"), a will named by the object ("faced pressure to back X"), nor a denied, hedged or
    conditional act ("did not come to back X", "might use it to mock X")."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or "to" not in clauses.auxiliaries(verb) or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma in lex.omission | lex.state | lex.reported | lex.avoidance or lemma in lex.volition:
        return None
    obj = clauses.child(head, ("dobj",))
    if obj is not None and (
        _doer_like(obj) or obj.lemma_.lower() in lex.volition or obj.lemma_.lower() in lex.will_noun
    ):
        return None
    # a complement is an end acted for only after a going on ("continued to call for X"): "had
    # expected to welcome X" only expected it, and "used the ad to mock X" may mock another's act
    if verb.dep_ == "xcomp" and lemma not in lex.aspect:
        return None
    if clauses.negated(head) or clauses.tentative(head, lex) or clauses.conditional(head, lex):
        return None
    subject = clauses.child(head, ("nsubj",)) or subjects.adjunct_subject(head)
    if subject is None or (subject.pos_ == "PRON" and not clauses.agentive(subject, lex)):
        return None  # "it was used to mock X" names no one who acts
    return subject


def _doer_like(obj: Token) -> bool:
    """An object who may be the one made or told to act: a person, a body, a pronoun."""
    return obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ACTOR_ENTITIES or person_word(obj)


def _joiner(verb: Token) -> Token | None:
    """Who joined others in a stance: Lee, in "Lee joined Kim in opposing X" (Kim, the one joined,
    holds it too: see ``holders``)."""
    joined = verb.head.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or joined.lemma_.lower() != "join":
        return None
    return clauses.child(joined, ("nsubj",))


def _reported_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of a report in the passive whose infinitive is the stance: Lee, in "Lee was said
    to have opposed X", "Lee is believed to back X"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.tag_ != "VBN" or head.lemma_.lower() not in lex.reported:
        return None
    return clauses.child(head, ("nsubjpass",))


def _practice_owner(verb: Token, lex: Lexicon) -> Token | None:
    """Whose practice or aim a gerund after "of" names: "her stump theme of attacking the port
    levy", "Lee's record of backing the dam" are hers, and Lee's ("Lee's fear of backing it" is not)."""
    of = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or of.lower_ != "of":
        return None
    noun = of.head.lemma_.lower()
    if noun not in lex.practice and lex.generic.get(noun) != "ref":
        return None
    return clauses.child(of.head, ("poss",))
