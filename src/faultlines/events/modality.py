"""Tense and negation of an event predicate, read from its auxiliaries and clause markers.

PLOVER's auxiliary modes (manual 2.3): an event may be reported as future, hypothetical or negated,
and none of these may be reported as having happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import lexicon, timing
from faultlines.quotes import cues
from faultlines.views import columns

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from faultlines.model import Tense

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
# "would" in reported speech ("said it would withdraw") is the future of the past; with an
# if-clause, or with these, the act is only possible.
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "can", "ca"})
DEONTIC_AUX = frozenset({"must", "should"})
CONTRACTED_D = frozenset({"'d", "’d"})
CONDITION_MARKS = frozenset({"if", "unless", "until"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
# Prepositions that deny the act they take: "left without meeting the president".
DENYING_PREPS = frozenset({"without"})
# Adjectives whose to-infinitive was not done: "unable to agree".
INCAPABLE = frozenset({"unable", "incapable"})
# Adjectives of ability, whose to-infinitive was done only when the ability is told in the past:
# "was able to reach a deal" did, "will be able to reach one" and "is able to" have not.
CAPABLE = frozenset({"able", "capable"})


# Verbs whose that-clause is denied or doubted, not reported as having happened: the cue verbs
# tagged "denying" in quotes/cue_verbs.txt, and "refute", which is no cue.
DENYING = cues.tagged(cues.DENYING) | {"refute"}

# Prepositions of what a word aims at: "the job of brokering a truce", "a plan for ending the war";
# "moves including recognising the city" lists what was done.
AIMED_PREPS = frozenset({"of", "for", "to", "toward", "towards", "on", "about", "at"})


def auxiliaries(tok: Token) -> list[Token]:
    """The auxiliaries of a verb, including those of the verb it is coordinated with."""
    return [tok.doc[i] for i in _auxiliary_indexes(tok)]


def _auxiliary_words(tok: Token) -> list[str]:
    """The lower-case words of ``auxiliaries``, read off the columns: asked of every act's verb."""
    lower = columns(tok.doc).lower
    return [lower[i] for i in _auxiliary_indexes(tok)]


def _auxiliary_indexes(tok: Token) -> list[int]:
    found, cols = syntax.tree(tok.doc), columns(tok.doc)
    dep = found.dep
    auxes = [c for c in found.children(tok.i) if dep[c] in ("aux", "auxpass")]
    if not auxes and dep[tok.i] == "conj" and cols.pos[head := found.heads[tok.i]] in ("VERB", "AUX"):
        auxes = [c for c in found.children(head) if dep[c] in ("aux", "auxpass") and cols.lower[c] != "to"]
    return auxes


def in_denial(tok: Token) -> bool:
    """The verb of a clause or a gerund that is denied or doubted: "denied that she had met him",
    "denied meeting him" ("did not deny meeting him" leaves it open, and reports no meeting either)."""
    if tok.dep_ not in ("ccomp", "xcomp") or tok.head.i == tok.i or tok.head.lemma_.lower() not in DENYING:
        return False
    return tok.dep_ == "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def is_condition(tok: Token) -> bool:
    """True for the verb of "if they attack", "until the cuts are withdrawn": a condition, not an act."""
    return tok.dep_ == "advcl" and _is_condition(tok)


def in_condition(tok: Token) -> bool:
    """True for an act anywhere inside a condition: "if his goal was to make them retreat",
    "in the event they are arrested"."""
    return any(is_condition(a) or _in_case(a) for a in (tok, *tok.ancestors))


def _in_case(clause: Token) -> bool:
    """ "in the event (that) they are arrested", "in case it fails", however the parser hangs it."""
    head = clause.head
    if clause.dep_ in ("relcl", "acl") and head.lower_ in ("event", "case") and head.head.lower_ == "in":
        return True
    return clause.dep_ == "advcl" and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and c.i < clause.i
        and any(g.lower_ in ("event", "case") for g in c.children)
        for c in clause.children
    )


def is_negated(tok: Token) -> bool:
    """True for "did not attack", "never met", "no longer tolerate", "nobody has asked", "at no point
    met", "left without meeting her", and for an adjective whose copula is negated: "was not
    willing to meet"."""
    # on the tree's indexes and the columns: asked of every act found
    found, cols = syntax.tree(tok.doc), columns(tok.doc)
    dep, lower, i = found.dep, cols.lower, tok.i
    if denied(tok):
        return True
    copula = found.heads[i] if dep[i] == "acomp" and cols.lemma[found.heads[i]] == "be" else None
    for c in (*found.children(i), *(found.children(copula) if copula is not None else ())):
        if dep[c] in ("nsubj", "nsubjpass") and syntax.names_none(tok.doc[c]):
            return True
        if dep[c] == "neg" or (dep[c] == "advmod" and lower[c] == "never"):
            return True
        if lower[c] == "longer" and any(lower[g] == "no" for g in found.children(c)):
            return True
        if dep[c] == "prep" and lower[c] == "at" and _at_no_time(found, lower, c):
            return True  # "at no point did they meet"
    return made_to(tok) and is_negated(tok.head)  # "did not force her to resign"


def denied(tok: Token) -> bool:
    """An act a preposition denies: "left without meeting her", "left without a meeting"."""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in DENYING_PREPS


def _at_no_time(found: syntax.Tree, lower: list[str], prep: int) -> bool:
    return any(
        found.dep[g] == "pobj" and any(lower[d] == "no" for d in found.children(g))
        for g in found.children(prep)
    )


def is_deontic(tok: Token) -> bool:
    """True for "must withdraw", "should cooperate", "has to leave", and "suggested that she
    withdraw": the bare that-clause a verb of demanding takes."""
    if any(word in DEONTIC_AUX for word in _auxiliary_words(tok)):
        return True
    head = tok.head
    if tok.dep_ == "ccomp":
        return syntax.mandated(tok, lexicon.load().mandative)
    return tok.dep_ == "xcomp" and head.lemma_ == "have" and any(c.lower_ == "to" for c in tok.children)


def tense(tok: Token, *, conditions: bool = True) -> Tense:
    """past, present, future or hypothetical, from the auxiliaries, an if-clause, or a whether-clause
    ("to determine whether the foundation violated any laws" asks; it does not report). Without
    ``conditions`` an if-clause is the content's: "threatened to strike if the talks fail" threatens."""
    if conditions and _conditioned(tok):
        return "hypothetical"
    if _carried_out(tok):
        return tense(tok.head, conditions=conditions)
    if tok.dep_ in ("ccomp", "advcl", "pcomp") and _has_child(tok, ("mark",), ("whether", "if")):
        return "hypothetical"
    if in_denial(tok):
        return "hypothetical"  # "denied that she had met him": the meeting is not reported
    if _beyond_reach(tok):
        return "hypothetical"  # "were unable to meet", "were not able to halt the riots": not done
    if (copula := _ability(tok)) is not None:
        held = tense(copula, conditions=conditions)
        return held if held in ("past", "future") else "hypothetical"
    if _gerund_of_a_word(tok):
        return "hypothetical"  # "the job of brokering a truce", "wary of granting favours"
    if _held_back(tok):
        return "hypothetical"  # "avoided condemning the raid", "refrained from criticising her"
    if _weighed(tok):
        return "hypothetical"  # "are considering arresting him", "mulled sending troops"
    # "could include imposing sanctions", "would mean cutting aid": only as real as its verb
    governing = _gerund_head(tok)
    held = tense(governing, conditions=conditions) if governing is not None else None
    if held in ("future", "hypothetical") or (held == "past" and timing.timed(tok)):
        return held  # "after meeting Lee, Vale said": met as long ago as Vale spoke
    words = set(_auxiliary_words(tok))
    if words & CONTRACTED_D:  # "we'd never tolerate it" would; "she'd left" had
        words.add("would" if tok.tag_ == "VB" else "had")
    if words & HYPOTHETICAL_AUX or is_deontic(tok) or wished(tok):
        return "hypothetical"
    if words & FUTURE_AUX or _going_to(tok) or timing.scheduled(tok, words):
        return "future"
    cols = columns(tok.doc)
    got = next(
        (a for a in _auxiliary_indexes(tok) if cols.dep[a] == "auxpass" and cols.lemma[a] == "get"), None
    )
    if got is not None:  # "you get shot": the tense is the auxiliary's
        return "past" if cols.tag[got] in ("VBD", "VBN") else "present"
    if tok.tag_ in ("VBD", "VBN") or words & {"did", "was", "were", "had", "has", "have"}:
        return "past"
    return "present"


def wished(tok: Token) -> bool:
    """An infinitive that is only wanted, needed, aimed at or weighed: "want to meet", "efforts to
    stop it", "the aim is to meet", a bare verb a wanted one governs ("want to see them meet", "to get them freed"), and the verbs it is coordinated with: "threats to close the border and slap on tariffs"."""
    if not _has_child(tok, ("aux",), ("to",)):
        if (
            tok.tag_ in ("VB", "VBN")
            and tok.dep_ in ("ccomp", "xcomp")
            and not _has_child(tok, ("aux", "auxpass"))
        ):
            # "wants to see the council agree", "to get the crews released": as wanted as its head
            return wished(tok.head)
        own = _has_child(tok, ("aux", "auxpass", "nsubj", "nsubjpass"))
        return tok.dep_ == "conj" and not own and tok.head.i != tok.i and wished(tok.head)
    if tok.dep_ in ("acl", "relcl", "advcl"):  # "measures to support", "came to meet": a purpose
        return True
    if tok.head.lemma_ == "be" and tok.dep_ in ("xcomp", "ccomp", "attr", "csubj"):
        # "the plan is to withdraw", "to resign would be to give in": an act in view; "they are to
        # blame" and "the tweet was to mock her" say what was done
        said_of = syntax.subject(tok.head, ("nsubj", "csubj"))
        return said_of is not None and (
            said_of.dep_ == "csubj" or said_of.lemma_.lower() in lexicon.load().intent
        )
    if tok.dep_ not in ("xcomp", "ccomp"):  # "for the port to let the crews unload" may be parsed a ccomp
        return False
    # "will host officials to share views" aims at sharing; "managed to escape" did escape, and
    # "prompted the police to arrest them" made them do it.
    head = tok.head.lemma_.lower()
    return wishes(tok.head) or (
        head not in lexicon.load().done
        and not made_to(tok)
        and any(c.dep_ == "dobj" for c in tok.head.children)
    )


def wishes(verb: Token) -> bool:
    """A verb of wanting, needing or refusing."""
    return verb.lemma_.lower() in lexicon.load().wish


def _gerund_head(tok: Token) -> Token | None:
    """The verb a bare gerund completes, is the subject of or tells the manner of ("include
    imposing", "lead to cutting", "banning rallies could backfire", "could sue, pressing for"),
    also for a gerund coordinated with one ("indicting them and imposing sanctions"); None for any
    other verb."""
    while tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" and tok.head.i != tok.i:
        tok = tok.head
    if tok.tag_ != "VBG" or syntax.dependents(tok, ("aux", "auxpass")):
        return None
    if tok.dep_ in ("xcomp", "dobj", "nsubj", "csubj") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head  # "the shelling could resume" is as real as its verb
    if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and syntax.subject(tok) is None:
        return tok.head  # "could sue the city, pressing for a review": the manner of its verb
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _beyond_reach(tok: Token) -> bool:
    """The infinitive of an adjective of ability denied: "unable to meet", "not able to end it"."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.pos_ == "ADJ" and (head.lower_ in INCAPABLE or is_negated(head))


def _ability(tok: Token) -> Token | None:
    """The copula of the adjective of ability an infinitive completes: "were" of "were able to meet"."""
    adjective = tok.head
    if tok.dep_ != "xcomp" or adjective.lower_ not in CAPABLE or adjective.dep_ != "acomp":
        return None
    return adjective.head


def _held_back(tok: Token) -> bool:
    """A gerund a verb of holding back governs, directly or through its preposition ("refrained
    from", "steered clear of", whose "clear" the parser makes the preposition's head)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "dobj", "pcomp"):
        return False
    head = tok.head
    if tok.dep_ == "pcomp":
        head = head.head
        if head.dep_ == "advmod" and head.head.i != head.i:
            head = head.head
    return head.lemma_.lower() in lexicon.load().avoid


def _weighed(tok: Token) -> bool:
    """An act a verb of weighing or fearing takes as its bare complement, a gerund or a verb the
    parser reads for a noun: "are considering arresting him", "fears arrest"."""
    if tok.dep_ not in ("xcomp", "dobj") or _has_child(tok, ("aux",), ("to",)):
        return False
    return tok.head.lemma_.lower() in lexicon.load().weigh


def _gerund_of_a_word(tok: Token) -> bool:
    """A bare gerund after a noun's or an adjective's preposition names an act in view, not one done:
    "the job of brokering a truce", "a scheme for halting the strike", "wary of granting favours"."""
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in AIMED_PREPS:
        return False
    word = prep.head
    if (
        word.pos_ not in ("NOUN", "ADJ")
        or word.lemma_.lower() in lexicon.load().owned
        or word.ent_type_ in syntax.TIME_ENTITIES
    ):
        return False  # "five years of fighting" was fought
    if word.dep_ == "dobj" and word.head.lemma_.lower() in lexicon.load().attain:
        return False  # "reached its goal of resettling 10,000 refugees" resettled them
    return not syntax.dependents(tok, ("aux", "auxpass"))


def _is_condition(clause: Token) -> bool:
    return _has_child(clause, ("mark",), CONDITION_MARKS)


def _conditioned(tok: Token) -> bool:
    """Whether an if-, unless- or until-clause hangs on ``tok``."""
    found = syntax.tree(tok.doc)
    return any(
        found.dep[c] == "advcl" and _has_child_at(tok.doc, c, ("mark",), CONDITION_MARKS)
        for c in found.children(tok.i)
    )


def _has_child(tok: Token, deps: tuple[str, ...], words: Collection[str] | None = None) -> bool:
    return _has_child_at(tok.doc, tok.i, deps, words)


def _has_child_at(doc: Doc, i: int, deps: tuple[str, ...], words: Collection[str] | None = None) -> bool:
    """Whether a dependent of token ``i`` bears one of ``deps`` (and is one of ``words``), on the
    tree's indexes and the columns: asked of every act's verb, where ``Token.children`` would build
    a Token for each dependent."""
    found, lower = syntax.tree(doc), columns(doc).lower
    dep = found.dep
    return any(dep[c] in deps and (words is None or lower[c] in words) for c in found.children(i))


def _going_to(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def _carried_out(tok: Token) -> bool:
    """A purpose infinitive done in doing its head: "took to the streets to protest", "took an
    hour to convict him" (which convicted him only as surely as "took" did: "may take days to
    decide" has not)."""
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
        return False
    if not _has_child(tok, ("aux",), ("to",)):
        return False
    head = tok.head
    return (
        head.lemma_.lower() in lexicon.load().carried
        or made_to(tok)
        or (head.lemma_.lower() == "take" and (_to_the_streets(head) or timing.time_spent(head)))
    )


def made_to(tok: Token) -> bool:
    """An act its head's object is made to do: "prompted the police to arrest them", "forced her to
    resign" (done as surely as the head is: "could force her to resign" has not been). A head that
    is itself only an infinitive asserts nothing: "a move to try to force them to yield"."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() in lexicon.load().cause
        and any(c.dep_ == "dobj" for c in head.children)
        and not _has_child(head, ("aux",), ("to",))
    )


def _to_the_streets(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "street" for g in c.children)
        for c in verb.children
    )
