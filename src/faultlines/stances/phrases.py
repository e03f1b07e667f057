"""What a stance is about: the phrase a stance word points at, and the side its wording takes.

A general noun with a clause stands for the clause ("defended her plan to close X" is about closing
X; "rejected the demand that X be withdrawn" is for X); undoing X ("the repeal of X", "should
scrap X") is against X; a position inside the phrase ("her support for X") reaches X.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from faultlines import namings, pronouns, syntax
from faultlines.stances import clauses, phrasal
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.placeholders import named_before_in_clause, through_placeholder

if TYPE_CHECKING:
    from spacy.tokens import Token

# np: the topic is the noun phrase headed by the token; vp: the verb phrase headed by it;
# ref: the token is a placeholder ("it", "something") for a topic named earlier.
Phrase = Literal["np", "vp", "ref"]
# Verbs whose bare clause says what they get done: "help farmers cut costs", "let tenants buy".
ENABLING = frozenset({"help", "let", "make"})
# Nouns of the manner of an act, which stand for the act done so: "the way she handled it".
MANNER = frozenset({"way", "manner"})
# Kinds of thing ([kind]) named in full by what they are to do: "a bill to repeal the levy" (an
# agreement's partner and a law's wording, "a law requiring X", name the thing itself).
PURPOSED = frozenset({"law", "plan"})
# Prepositions naming the party an act is done with or against: "negotiate with the rebels".
COUNTERPART = frozenset({"with", "against"})
# Pronouns that name no party of their own, whatever their tag.
OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "it", "us", "them"})
# Pronouns that pick a part of the thing after their "of": "some of the cuts", "most of the plan".
PARTITIVE = frozenset({"some", "all", "most", "much", "each", "both", "any"})
# Objects of "do" that spend every effort on the aim after them: "do everything possible to X".
ALL_OUT = frozenset({"everything", "whatever", "all", "anything"})


def action_topic(verb: Token, lex: Lexicon, reach: bool = True) -> tuple[Token, Phrase | None, int]:
    """What an action is about, and whether it carries it out (+1) or undoes it (-1): the object
    of a carrier or undoing verb ("build the dam", "scrap the levy"), the subject of their passive
    ("the treaty must not be signed") or intransitive ("the strike should go ahead"), else the verb
    phrase ("go into the city"). "will begin filling X" is about filling X."""
    if verb.lemma_.lower() in lex.aspect and (then := clauses.child(verb, ("xcomp",))) is not None:
        return action_topic(then, lex)
    if verb.lemma_.lower() in lex.omission and (undone := _infinitive(verb)) is not None:
        # "refusing to release the files" leaves them unreleased: judged wrong, it is for them
        topic, phrase, sign = action_topic(undone, lex)
        return topic, phrase, -sign
    if (aim := _all_out_for(verb)) is not None:
        return action_topic(aim, lex)  # "do all we can to fix the pier" fixes it
    carried, undone = phrasal.match_phrase(verb, lex.carrier), phrasal.match_phrase(verb, lex.undo)
    if carried is not None and undone is not None:
        # the longer phrase is the one spelt: "do away with X" undoes X, where "do X" carries it out
        carried, undone = (None, undone) if len(undone[0]) > len(carried[0]) else (carried, None)
    then = clauses.child(verb, ("xcomp",))
    if undone is not None and undone[1] is None and then is not None and then.tag_ == "VBG":
        # "stop attacking her" (or "the plan") is against the attacks
        topic, phrase, sign = action_topic(then, lex, reach=False)
        return topic, phrase, -sign
    if carried is None and undone is None:
        return (_attitude_object(verb, lex) if reach else None) or (verb, "vp", 1)
    if undone is not None and (kept := kept_from(verb)) is not None:
        # "stop the mayor from closing the pier" is against closing it, not against the mayor
        topic, phrase, sign = action_topic(kept, lex, reach=False)
        return topic, phrase, -sign
    sign = 1 if carried is not None else -1
    obj = (carried or undone)[1] or clauses.child(verb, ("nsubjpass",))
    if (
        obj is not None
        and (dative := clauses.child(verb, ("dative",))) is not None
        and namings.given(obj, lex.naming)
    ):
        obj = dative  # "called the plan to scrap the levy a mistake": the name read as the object
    subject = clauses.child(verb, ("nsubj",))
    if obj is None and subject is not None and not clauses.agentive(subject, lex):
        obj = subject
    if obj is None:
        return verb, "vp", 1
    if verb.lemma_.lower() == "do" and obj.lower_ in lex.placeholder:
        return verb, None, 1  # "we won't be doing that" stands for an action, not a thing named
    obj = through_placeholder(obj, lex)
    obj, phrase, inner = content(obj, lex)
    return obj, phrase, sign * inner


def _infinitive(word: Token) -> Token | None:
    """The to-infinitive a verb or noun governs: "release" in "refused to release the files" or
    in "her refusal to release the files". The small model may hang a noun's infinitive on it as an
    adverbial clause ("calls to establish a commission"): a noun has no other kind."""
    deps = ("xcomp", "acl", "advcl") if word.pos_ == "NOUN" else ("xcomp", "acl")
    return next(
        (
            c
            for c in word.children
            if c.dep_ in deps and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def kept_from(verb: Token) -> Token | None:
    """The act someone is kept from: "closing" in "stop the mayor from closing the pier" (not the
    act withdrawn from, in "withdraw from running": no one is kept from it)."""
    if clauses.child(verb, ("dobj",)) is None:
        return None
    return next(
        (
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ),
        None,
    )


def _all_out_for(verb: Token) -> Token | None:
    """The aim of doing all one can: "fix" in "do all we can to fix the pier",
    "do whatever it takes to pass the bill"."""
    effort = clauses.child(verb, ("dobj",))
    if verb.lemma_.lower() != "do" or effort is None or effort.lower_ not in ALL_OUT:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)), None
    )


def _attitude_object(verb: Token, lex: Lexicon) -> tuple[Token, Phrase | None, int] | None:
    """What an action against a thing is about: "plans to go after the loophole" is against the
    loophole. An action for a thing is often about letting it in or making it ("called for
    accepting more refugees", "plans to impose a levy"), and one on a person about the act
    ("attacking Lee"): those stay the action."""
    match = phrasal.match_phrase(verb, lex.attitude)
    if match is None or match[1] is None or lex.attitude[match[0]] > 0:
        return None
    if clauses.child(verb, ("nsubjpass",)) is not None:
        return None
    if match[1].pos_ != "NOUN" or match[1].ent_type_ == "PERSON":
        return None
    obj, phrase, inner = content(through_placeholder(match[1], lex), lex)
    return obj, phrase, lex.attitude[match[0]] * inner


def names_a_thing(noun: Token, lex: Lexicon) -> bool:
    """A judged noun that names what it judges: a thing said ("that was an outrageous tweet"), not
    a judgement ("a mistake"), a general noun ("a reckless decision") or a description of what
    "that" stands for ("that is not a legitimate purpose")."""
    return noun.pos_ == "NOUN" and lex.generic.get(noun.lemma_.lower()) == "said"


def acts_on_something(verb: Token) -> bool:
    """Whether a verb has a thing as its object ("open the border", not "ask you" or "walk away"),
    its own or the one it shares with the verb joined to it ("close and sell the depot"), or the
    ones it gets something done by ("help farmers cut costs"); or deals with a party named after
    "with" or "against": "negotiate with the rebels"."""
    obj = clauses.child(verb, ("dobj", "nsubjpass")) or phrasal.shared_object(verb)
    if obj is None and (clause := enabled(verb)) is not None:
        obj = clauses.child(clause, ("nsubj",))
    if obj is None:
        party = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in COUNTERPART), None)
        obj = clauses.child(party, ("pobj",)) if party is not None else None
        # a pronoun in capitals may be tagged a name ("WITH HIM")
        if obj is not None and obj.lower_ in OBJECT_PRONOUNS:
            return False
    return obj is not None and obj.pos_ in ("NOUN", "PROPN")


def enabled(verb: Token) -> Token | None:
    """The bare clause an enabling verb takes right after it, part of its act: "farmers cut costs"
    of "help farmers cut costs" (the parse makes it a clause with a subject of its own)."""
    if verb.lemma_.lower() not in ENABLING:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.tag_ == "VB"
            and c.left_edge.i == verb.i + 1
            and not any(g.dep_ in ("mark", "aux") for g in c.children)
        ),
        None,
    )


def entering(verb: Token, lex: Lexicon) -> bool:
    """A light verb moving into a place: "go into Velmora", "move into the old town"."""
    if verb.lemma_.lower() not in lex.light:
        return False
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into")
    return any(o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") for p in preps for o in p.children)


def _describing(clause: Token) -> bool:
    """A bare participle describing its noun ("the move announced on Monday" is the move), not a
    clause saying what the noun is ("the demand that the tolls be scrapped")."""
    return clause.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in clause.children
    )


def _done_so(way: Token) -> Token | None:
    """The act "the way" is the manner of: "criticized the way the mayor handled the crisis" is
    about her handling it, a clause with a subject of its own."""
    clause = clauses.child(way, ("relcl",))
    return clause if clause is not None and clauses.child(clause, ("nsubj",)) is not None else None


def _aim(thing: Token, lex: Lexicon) -> Token | None:
    """The to-infinitive a law or plan is named by ("a bill to repeal the levy"), which the parser
    may hang on it as a relative clause."""
    if lex.kind.get(thing.lemma_.lower()) not in PURPOSED:
        return None
    return next(
        (
            c
            for c in thing.rights
            if c.dep_ in ("acl", "relcl") and clauses.infinitive(c) and not syntax.subject(c)
        ),
        None,
    )


def content(tok: Token, lex: Lexicon) -> tuple[Token, Phrase | None, int]:
    """The topic a phrase names, and the sign its own wording puts on it: a general noun with a
    clause is the clause's action ("her plan to close the libraries" is closing them; "the demand
    that the cuts be withdrawn" undoes the cuts, -1)."""
    lemma = tok.lemma_.lower()
    clause = clauses.child(tok, ("acl",)) if lemma in lex.generic else _aim(tok, lex)
    if lemma in MANNER and clause is None:
        clause = _done_so(tok)
    if clause is not None and clause.pos_ in ("VERB", "AUX") and not _describing(clause):
        topic, phrase, sign = action_topic(clause, lex)
        return topic, phrase, -sign if clauses.negated(clause) else sign
    will = lex.will_noun.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if will is not None and (aim := _infinitive(tok)) is not None:
        # "her pledge to scrap the levy" is scrapping it; "his refusal to release the files" leaves
        # them unreleased
        topic, phrase, sign = action_topic(aim, lex)
        return topic, phrase, will * sign
    if (named := named_before_in_clause(tok, lex)) is not None:
        return content(named, lex)  # "when the training is tailored to them, it works"
    if misread_noun(tok):
        return tok, "np", 1  # "challenged the agency's power plant rules", "rules" tagged a verb
    if (whole := _whole(tok)) is not None:
        return content(whole, lex)  # "praised some of the ferry rules" is for the rules
    if tok.pos_ == "VERB" and (
        tok.dep_ in ("pcomp", "dobj", "pobj")
        or clauses.marked_by(tok, ("for",))
        or tok.lemma_.lower() in lex.omission
    ):
        return action_topic(tok, lex)  # "called for eliminating the levy" is against the levy
    if tok.pos_ == "NOUN" and (undone := undone_object(tok, lex)) is not None:
        topic, phrase, sign = content(undone, lex)
        return topic, phrase, -sign
    if tok.pos_ == "NOUN" and (held := position_of(tok, lex)) is not None:
        # "called her support for the war a mistake" judges the war through her support
        topic, phrase, sign = content(held[0], lex)
        return topic, phrase, held[1] * sign
    return tok, phrase_kind(tok, lex), 1


def _whole(tok: Token) -> Token | None:
    """The thing a pronoun of part names the part of: "the ferry rules" in "some of the ferry
    rules", "most of the plan". Not a whole a pronoun owns: "backed off some of her proposals"
    revises one's own plan, a side on some of it only; nor a class graded by a superlative: "some
    of the steepest fines on record" grades the part, it names no whole at stake."""
    if tok.pos_ != "PRON" or tok.lower_ not in PARTITIVE:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = clauses.child(of, ("pobj",)) if of is not None else None
    if whole is None or whole.pos_ not in ("NOUN", "PROPN"):
        return None
    graded = any(c.tag_ == "JJS" or (c.dep_ == "amod" and _most(c)) for c in whole.children)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in whole.children)
    return None if graded or owned else whole


def _most(adjective: Token) -> bool:
    """An adjective graded by "most": "the most costly"."""
    return any(c.lower_ == "most" for c in adjective.children)


def misread_noun(tok: Token) -> bool:
    """A plural noun the tagger read as a present-tense verb: it has a noun's determiner, owner or
    modifiers and is an object, with no subject or auxiliary of a verb ("the EPA's carbon rules");
    or a noun of an act in -ing read as a gerund, with the noun it acts on before it and no object
    after it ("an injunction against stubble burning")."""
    if tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return False
    if tok.tag_ == "VBG":
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts) and not any(
            c.dep_ in ("nsubj", "aux", "auxpass", "dobj") for c in tok.children
        )
    return (
        tok.tag_ in ("VBZ", "VBP")
        and any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.lefts)
        and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children)
    )


def position_of(noun: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """The thing a position noun is about and its side: "support for X", "her vote in favor of X"
    (also where the parse hangs "in favor of X" on the verb, right after the noun)."""
    after = (p for p in noun.head.children if noun.dep_ == "dobj" and p.i == noun.right_edge.i + 1)
    for prep in (*noun.children, *after):
        if prep.dep_ != "prep":
            continue
        obj = clauses.child(prep, ("pobj", "pcomp"))
        if obj is None:
            continue
        if (sign := lex.noun.get((noun.lemma_.lower(), prep.lower_))) is not None:
            return obj, sign
        if prep.lower_ == "in" and obj.pos_ == "NOUN" and obj is not noun:
            return position_of(obj, lex)
    return None


def undone_object(noun: Token, lex: Lexicon) -> Token | None:
    """What an undoing noun stops: "the repeal of the levy", "a moratorium on new mines"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and (noun.lemma_.lower(), prep.lower_) in lex.undo_noun:
            return clauses.child(prep, ("pobj", "pcomp"))
    return None


def phrase_kind(tok: Token, lex: Lexicon) -> Phrase | None:
    if tok.lower_ in lex.placeholder:
        return "ref"
    if (kind := lex.generic.get(tok.lemma_.lower())) and tok.pos_ == "NOUN":
        # "the plan" alone stands for a topic named before; "the plan for a new pier" names one;
        # "the remark" names the remark at stake.
        named = any(c.dep_ in ("compound", "amod", "prep", "acl", "nmod") for c in tok.children) or (
            kind == "none" and _deeds_of(tok)
        )
        if not named and kind != "said":
            return "ref" if kind == "ref" else None
    if tok.pos_ in ("VERB", "AUX"):
        return "vp"
    if tok.pos_ == "PRON":
        # "he is unfit" judges a person, whom the holders' actors must name; "we support them" no one.
        return "np" if tok.lower_ in pronouns.PERSONS else None
    return "np"


def _deeds_of(noun: Token) -> bool:
    """ "the party's actions", "her efforts": a possessor makes a general noun of deeds its own, a thing
    one can defend or condemn ("the actions" alone names nothing)."""
    return any(c.dep_ == "poss" for c in noun.children)
