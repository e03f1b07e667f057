"""Volition: a stance taken by saying what someone wants, promises, demands, refuses or stands
ready to do. A verb of will or duty ([volition] in ``stance_words.txt``: "vowed to X", "refused to
X", "have to X", "is set to X") and its to-infinitive, a bare that-clause after a verb of demanding
("demanded that the council scrap X"), or a modal ("we will build X", "must not sign X") make an
action wished done or refused; carrying out or undoing a named thing ("will build the dam", "until
the cuts are withdrawn") is a stance on that thing, and so is any change demanded of a thing named
in the passive ("the guild's rules should be simplified", ``passives``). Whose will it is: the
subject of the will, of the readiness word, or of the clause a participle hangs on; a duty ("needs
to X") is the speaker's demand, and what someone only will do next ("plans to visit X") or says
("wants to assure X") takes no side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import namings, pronouns, syntax, views
from faultlines.actors.lexicon import generic_bodies
from faultlines.quotes import cues
from faultlines.stances import clauses, passives, phrasal, phrases, senders, subjects
from faultlines.stances.antecedents import earlier_naming
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.relatives import person_word
from faultlines.syntax import DEFINITE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns by which a speaker's country is named as the doer of what they promise for it.
NATIONS = frozenset({"country", "nation"})
# Verbs that close a deal only as an act wished done ("urged Lee to make a deal"); see ``_deal_made``.
DEAL_MAKING = frozenset({"make"})


def action(tok: Token, lex: Lexicon) -> Expression | None:
    """The side an action wished done, demanded, promised or refused takes, if ``tok`` is one."""
    if tok.pos_ != "VERB" or out_of_reach(tok.doc, tok.i, lex):
        return None
    # "should follow the rules and release the files": a verb joined to another with no subject or
    # modal of its own shares the first one's, and the will or demand it completes.
    base = syntax.first_conjunct(tok) if shares_its_clause(tok) else tok
    if tok.lemma_.lower() in lex.omission and clauses.child(tok, ("xcomp",)) is not None:
        return None  # "will refuse to answer X": the refusal is read on "answer", its holder named
    head = _pleaded(base, lex) or base.head
    if head.lemma_.lower() in lex.naming and namings.parts(head) is not None:
        return None  # "called the move to close the port a mistake": the act is the thing named
    will = _will(head)
    if will in lex.volition and _willed(base, head, lex):
        # "refused to pledge to release X": a will stated of a will is one will, its sides multiplied
        side = lex.volition[will]
        while (
            head.dep_ == "xcomp"
            and clauses.child(head, clauses.SUBJECTS) is None
            and _will(head.head) in lex.stated
        ):
            head = head.head
            will = _will(head)
            side *= lex.volition[will]
        # "have to X", "vowed to X", "going to X": the head carries polarity, negation and subject.
        if clauses.hypothetical(head, lex):
            return None  # "unless it wants to release X" states no will, only a condition
        governor, polarity = head, side
        # "going to" is the future; "went on to", "going on to" say what came next
        future = will in lex.future and head.tag_ == "VBG" and clauses.child(head, ("prt",)) is None
        if will in lex.future and not future:
            return None  # "went to see" is a past motion, not the "going to" future
        if any(clauses.modal(c) in lex.future | lex.tentative for c in head.children):
            return None  # "she will have to spend her time on it" forecasts, it does not demand
        if unasked(head, base):
            return None  # "did not urge Lee to scrap X" denies the asking, and takes no side
        negated = clauses.negated(head) != clauses.negated(tok)
        stated = will in lex.stated
    else:
        # "we will stay out until the cuts are withdrawn" demands the withdrawal.
        clause = syntax.first_conjunct(tok)
        governor = clause.head if clause.dep_ == "advcl" and clauses.marked_by(clause, ("until",)) else base
        modals = clauses.modals(governor, lex)
        if not modals:
            return None
        polarity, negated, stated = 1, clauses.negated(tok), False
        future = bool(modals & lex.future)
    # "I don't think the council should scrap it" says it should not
    negated = negated != clauses.disbelieved(governor)
    # read after the will and the modals, which most verbs lack: the dearer climb is for the rest;
    # "commented on whether the tapes ought to be published" asks it, and takes no side
    if clauses.hypothetical(tok, lex) or clauses.questioned(governor):
        return None
    subject = (
        (asker(governor) if asked_of(governor, lex) else clauses.child(governor, clauses.SUBJECTS))
        or subjects.shared(governor)
        or bearer(governor, lex)
        or subjects.adjunct_subject(governor)
        or senders.sender(governor)
    )
    # A demand or promise has a subject of its own: "to refuse to release it is wrong" takes no side.
    if subject is None:
        return None
    if syntax.relative_pronoun(subject) and governor.dep_ == "relcl":
        subject = subjects.relative_antecedent(subject)  # "Northvale, which will build the mine"
    # "we will X" commits the speaker's side; "the rain will stop" is a forecast, not a stance.
    if future and not (clauses.agentive(subject, lex) or subjects.reporting_body(subject)):
        return None
    topic, phrase, sign, carried = aim(tok, lex)
    if phrase is None:
        return None
    # "wants the council to scrap X" takes a side on X; "wants the firm to make money" sets a
    # goal: an act willed of a doer named only by description must carry out or undo a thing
    if not carried and wished_of_another(base, lex) and clauses.child(base, ("nsubj",)).pos_ != "PROPN":
        return None
    # Carrying out or undoing a named thing ("will build the dam", "must not sign the treaty", "will
    # go into the port") is a stance of whoever commits to it or demands it. Any other action is one
    # only when it is stated as a position and acts on something ("vowed to open the border", not
    # "plans to visit the fair", "wants to ask you"); "we should break the spiral", "she will
    # present her proposals" say what someone will do next.
    if not carried and speaking(tok, lex):
        return None  # "wants to assure our community", "vowed to explain his plan": saying, no side
    if not carried and passives.demanded_change(tok, governor, lex):
        # "the guild's rules should be simplified": the speaker's side on the change, whatever its verb
        return Expression(
            tok.i, clauses.settle(polarity, negated, clauses.conditional(governor, lex)), tok.i, "vp"
        )
    acts = phrases.acts_on_something(tok)
    # a verb of duty over the act ("needs to audit"), not the act itself ("will have the final say")
    duty = clauses.demanded(governor, lex) or (governor.i != base.i and clauses.duty(governor, lex))
    if not carried and acts and duty and _named_other(subject):
        # "the council should fund the clinic", "Vesta needs to audit the port": a duty laid on
        # another body calls for the act
        polarity = clauses.settle(polarity * sign, negated, clauses.conditional(governor, lex))
        return Expression(tok.i, polarity, topic.i, phrase)
    if not carried and not (stated and governor.lemma_.lower() not in lex.scheduling):
        proposed = governor.lemma_.lower() in lex.deciding and proposer(subject)
        if (future or proposed) and acts and tok.lemma_.lower() not in lex.sanction:
            # What someone will do next, plans or decided to do ("we will reopen the road in May",
            # "Lee decided to close three schools") is their side only where someone else takes a
            # side on it: the doer of a plan stands for it, as its maker does.
            polarity = clauses.settle(polarity, negated, clauses.conditional(governor, lex))
            return Expression(tok.i, polarity, tok.i, "vp", committer=subject.i, owned=True)
        return None  # a sanction foretold ("the league will fine Otter") says what comes next
    if not carried and not acts:
        return None
    # "Vesta should sue to block X" lays the will on Vesta: the speaker's demand, not Vesta's side
    position = (
        stated
        and not clauses.demanded(governor, lex)
        and (carried or governor.lemma_.lower() not in lex.scheduling)
    )
    agent = subject.i if position else None
    committer = subject.i if future and not stated and carried else None
    polarity = clauses.settle(polarity * sign, negated, clauses.conditional(governor, lex))
    return Expression(tok.i, polarity, topic.i, phrase, agent, committer)


def _named_other(subject: Token) -> bool:
    """A doer named by name or as a body ("Velmor", "the council"), on whom another may lay a duty;
    "we should break the spiral" is the speaker's own side musing, "people should wait" advice."""
    return subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and subject.lemma_.lower() in generic_bodies())


def proposer(subject: Token) -> bool:
    """One who can be named as the proposer of a plan: a name, a pronoun, a body ("the council");
    not a class of them ("organizations that seek to X"), whom no actor stands for."""
    return subject.pos_ == "PRON" or (_named_other(subject) and subject.tag_ != "NNS")


def _pleaded(base: Token, lex: Lexicon) -> Token | None:
    """The will an infinitive is asked by when the parse hangs it, with the one asked as its subject,
    on the will's preposition: "pleaded" in "pleaded with the board to rethink X"."""
    prep = base.head
    if base.dep_ != "pcomp" or prep.dep_ != "prep" or "to" not in clauses.auxiliaries(base):
        return None
    return prep.head if prep.head.lemma_.lower() in lex.volition else None


def aim(verb: Token, lex: Lexicon) -> tuple[Token, phrases.Phrase | None, int, bool]:
    """What a willed action is about (``phrases.action_topic``), and whether it carries out or undoes
    a named thing ("build the dam", "go into the city"). Withdrawing people ("withdraw the troops",
    "pull out the envoys") is an act one takes a side on, not a stance against the people: the
    topic is the act, carried out."""
    if (deal := _deal_made(verb, lex)) is not None:
        topic, phrase, sign = phrases.content(deal, lex)
        if phrase != "np" and (named := earlier_naming(deal)) is not None:
            # "urged Lee to make a deal" after "the trade talks ... a Phase 1 deal": that deal
            topic, phrase, sign = phrases.content(named, lex)
        if phrase == "np":  # else a bare "a deal" names no deal; the act is read as it is
            return topic, phrase, sign, True
    topic, phrase, sign = phrases.action_topic(verb, lex)
    if sign < 0 and phrase == "np" and topic.lemma_.lower() in lex.deployed:
        return verb, "vp", 1, True
    return topic, phrase, sign, topic.i != verb.i or phrases.entering(verb, lex)


def _deal_made(verb: Token, lex: Lexicon) -> Token | None:
    """The deal a willed act closes: "urged Lee to make a deal", "wants them to reach an agreement"
    are for the deal, as closing one is (``commitments``); "make" closes one only as an act willed,
    where "made a big deal of it" tells none."""
    closed = phrasal.match_phrase(verb, lex.deal_verb)
    deal = closed[1] if closed is not None else None
    if deal is None and verb.lemma_.lower() in DEAL_MAKING:
        deal = clauses.child(verb, ("dobj",))
    return deal if deal is not None and deal.pos_ == "NOUN" and deal.lemma_.lower() in lex.deal else None


def out_of_reach(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether no head that ``action`` may ask about word ``i`` names a will and none of the clauses
    it may read modals from has a firm one: most verbs, told on the columns before their Tokens are
    made."""
    found, lowered, words = syntax.tree(doc), views.lemmas(doc), views.columns(doc).lower
    heads, dep = found.heads, found.dep
    first = i
    while dep[first] == "conj":  # syntax.first_conjunct on indexes
        first = heads[first]
    # asked of every verb of a document: tuples and loops, not sets and generators
    bases = (i,) if first == i else (i, first)
    for b in bases:
        head = lowered[heads[b]]
        if head in lex.volition or head == "get":
            return False  # a will ("have got to" too) may be read
        if dep[b] == "pcomp" and lowered[heads[heads[b]]] in lex.volition:
            return False  # "pleaded with the board to X"
    for g in (*bases, heads[first]) if dep[first] == "advcl" else bases:
        for c in found.children(g):
            # a reported "would" is read as "will"
            if dep[c] == "aux" and (words[c] in lex.firm or words[c] == "would"):
                return False
    return True


def _willed(base: Token, head: Token, lex: Lexicon) -> bool:
    """Whether ``base`` is the action its head wills; asked only of a head that names a will."""
    # "voted, 19-15, to send the resolution": a stated will parsed as a purpose clause (not the
    # purpose of an object: "booked a hall to debate the harbour plan")
    infinitive = "to" in clauses.auxiliaries(base)
    purpose = base.dep_ == "advcl" and infinitive and clauses.child(head, ("dobj",)) is None
    # a verb of telling someone tells them to act with "to": "told cheering teachers" wills no cheers
    told = not infinitive and head.lemma_.lower() in cues.tagged(cues.ADDRESSEE)
    # "wants Vetland to scrap the levy": the parse gives the one wanted to act as the infinitive's
    # own subject, a named actor who can do it ("wants people to be kind" wishes, it takes no side);
    # in the passive, what is wanted done to ("wants the levy to be scrapped", "wants the bill to be signed")
    undergoer = clauses.child(base, ("nsubjpass",)) if base.dep_ == "ccomp" and infinitive else None
    wanted = wished_of_another(base, lex) or (undergoer is not None and undergoer.pos_ in ("NOUN", "PROPN"))
    return (
        # a gerund after a naming verb is the act named, not willed ("called closing it a mistake")
        (base.dep_ == "xcomp" and not told and not (base.tag_ == "VBG" and head.lemma_.lower() in lex.naming))
        or (base.dep_ == "pcomp" and infinitive and head.lemma_.lower() in lex.stated)
        or (purpose and head.lemma_.lower() in lex.duty)  # "needed to X", parsed as a purpose
        or ((purpose or wanted) and head.lemma_.lower() in lex.stated)
        or pressed_on(base, lex)
        or mandated(base, lex)
        or _promised(base, lex)
    )


def pressed_on(verb: Token, lex: Lexicon) -> bool:
    """Whether a to-infinitive parsed as a purpose is what its head presses its object to do:
    "pushed the council to scrap X", as "urged the council to scrap X" is (a plan's object is
    what is planned with: "plans a rally to back X" states no will on the rally)."""
    head = verb.head
    if verb.dep_ != "advcl" or "to" not in clauses.auxiliaries(verb):
        return False
    will = head.lemma_.lower()
    if will not in lex.stated or will in lex.scheduling:
        return False
    pressed = clauses.child(head, ("dobj",))
    return pressed is not None and _can_act(pressed, lex)


def wished_of_another(verb: Token, lex: Lexicon) -> bool:
    """Whether a to-infinitive is an act its head wills of someone else, parsed as the infinitive's
    own subject: "Lee wants the council to scrap X" (the side is Lee's, not the council's)."""
    if (
        verb.dep_ != "ccomp"
        or "to" not in clauses.auxiliaries(verb)
        or verb.head.lemma_.lower() not in lex.stated
    ):
        return False
    doer = clauses.child(verb, ("nsubj",))
    return doer is not None and _can_act(doer, lex)


def _can_act(doer: Token, lex: Lexicon) -> bool:
    """Whether the one wanted to act is someone who can be asked to: a name ("wants Vetland to X"),
    a particular body ("the council"), person by role ("the president") or a person pronoun
    ("them"); not the "you" of advice ("I want you to remember X") nor people at large ("wants
    people to X", "wants traders to X")."""
    if doer.pos_ == "PRON":
        return clauses.agentive(doer, lex) and doer.lower_ not in pronouns.GENERIC
    if clauses.agentive(doer, lex):
        return True
    # a bare plural is people at large ("wants traders to X"): the one asked is a particular body
    # or person, "the council", "its members", "the president"
    particular = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in doer.children)
    lemma = doer.lemma_.lower()
    return (
        particular and lex.generic.get(lemma) != "none" and (lemma in generic_bodies() or person_word(doer))
    )


def _will(head: Token) -> str:
    """The volition a head states: its lemma, and "have" for "have got to X"."""
    lemma = head.lemma_.lower()
    if (
        lemma == "get"
        and head.lower_ == "got"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    ):
        return "have"
    return lemma


def mandated(clause: Token, lex: Lexicon) -> bool:
    """ "demanded that the council scrap the levy" states the action its subject wants done, as
    "urged the council to scrap it" does ("insisted that the levy is fair" states a fact)."""
    return syntax.mandated(clause, lex.mandative)


def _promised(clause: Token, lex: Lexicon) -> bool:
    """ "pledged that her country would double its solar output": a that-clause with "will" or
    "would" after a verb of promising is the action promised, as "pledged to double it" is, when
    its doer can act ("vowed that the plan would cut bills" foretells what a thing will do; "it"
    may be a thing as well as a body)."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.promising:
        return False
    if not clauses.auxiliaries(clause) & (lex.future | {"would"}):
        return False
    doer = clauses.child(clause, ("nsubj",))
    return doer is not None and (
        clauses.agentive(doer, lex)
        or doer.lemma_.lower() in NATIONS
        or doer.lemma_.lower() in generic_bodies()
    )


def unasked(head: Token, act: Token) -> bool:
    """Whether a will laid on someone else is denied: "did not urge Lee to scrap X", "never called
    on Kim to X", "did not plead with the board to X" say only that no one asked, where "did not
    want to X" or "does not want the council to X" is a will against X."""
    if not clauses.negated(head):
        return False
    on = any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children)
    return clauses.child(head, ("dobj",)) is not None or on or act.dep_ == "pcomp"


def asked_of(head: Token, lex: Lexicon) -> bool:
    """Whether a will head is passive, laying the will on its subject: "Lee was urged to back X" is
    the will of whoever urged her (``asker``), "Lee is set to veto X" is her own readiness."""
    will = head.lemma_.lower()
    return will in lex.volition and will not in lex.ready and clauses.child(head, ("nsubjpass",)) is not None


def asker(head: Token) -> Token | None:
    """Who a passive will head names as willing it: Kim, in "Lee was urged by Kim to back X"."""
    return clauses.child(clauses.child(head, ("agent",)) or head, ("pobj",))


def bearer(head: Token, lex: Lexicon) -> Token | None:
    """Who is ready to do what a readiness word governs: its subject, passive too ("she is set to
    veto X"), or the subject of the verb it completes ("Vesta stands ready to back X", "he appears
    set to veto X")."""
    if head.lemma_.lower() not in lex.ready:
        return None
    subject = clauses.child(head, clauses.SUBJECTS)
    if subject is None and head.dep_ in ("acomp", "oprd", "xcomp"):
        subject = clauses.child(head.head, clauses.SUBJECTS)
    return subject


def shares_its_clause(verb: Token) -> bool:
    """A verb joined to the one before it with no subject or modal of its own: "release" in "should
    follow the rules and release the files" is also demanded ("must go and will stay" is not)."""
    return verb.dep_ == "conj" and not any(
        c.dep_ in clauses.SUBJECTS or c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to")
        for c in verb.children
    )


def speaking(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying something to someone or about something, which takes no side of its own
    ("assure", "discuss", "announce"), unlike the attitude verbs among them ("defend", "mock")."""
    lemma = verb.lemma_.lower()
    said = lemma in cues.tagged(cues.ADDRESSEE) | cues.tagged(cues.TALK) | cues.tagged(cues.TOPIC)
    return said and phrasal.match_phrase(verb, lex.attitude) is None
