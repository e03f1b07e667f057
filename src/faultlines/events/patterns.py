"""Event patterns on the dependency parse: which words of a sentence are PLOVER acts, and of what kind.

One pass over a sentence's tokens, shallowest first, so that an act is read from its governing
word: "threatened to shell" is one threat, not a threat and a shelling; the content of a demand,
refusal or accusation ("rejected an offer to host talks") is not an act of its own.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from faultlines import questions, syntax
from faultlines.events import (
    attacks,
    candidate,
    commerce,
    complements,
    demands,
    doers,
    exchange,
    figures,
    judgements,
    likelihood,
    modality,
    nominal,
    objects,
    play,
    readings,
    recode,
    scan,
    services,
    sessions,
    undergone,
)
from faultlines.events.lexicon import Code, Lexicon
from faultlines.events.verbs import VERBAL, figure, lexical
from faultlines.syntax import subject as own_subject

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from faultlines.events.candidate import Candidate
    from faultlines.model import Tense

    Quoted = Callable[[int], bool]

# Verbs of getting ready, which offer only as the doer's word, as "ready" and "willing" do.
READYING = frozenset({"prepare"})
# Subordinators of a clause telling when an act happened.
WHEN = objects.CIRCUMSTANCE_PREPS | {"when", "while", "as", "once"}
CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "acomp", "dative", "attr", "pcomp", "oprd"})


def find(
    sent: SpacySpan, lex: Lexicon, named: frozenset[int] = frozenset(), quoted: Quoted = lambda at: False
) -> list[Candidate]:
    """Every act of one sentence, recoded for tense and negation; most salient first. ``named`` holds
    the indexes of tokens that name a person, organisation or country of the actors layer; ``quoted``
    tells whether a character lies inside a quotation."""
    doc = sent.doc
    depths, may_act = scan.depths(doc), scan.may_act(doc, lex)
    done: set[int] = questions.closed(sent)
    found: list[Candidate] = []
    # only the words that may act are ordered: most of a sentence never becomes a Token
    for i in sorted(
        compress(range(sent.start, sent.end), may_act[sent.start : sent.end]), key=depths.__getitem__
    ):
        # a word of a name is no act: "the Volatiles Investigating Polar Exploration Rover"
        if i in done or i in named:
            continue
        tok = doc[i]
        if tok.is_punct:
            continue
        if readings.describes(tok, lex):
            if tok.tag_ == "VBN":  # "a man convicted of threatening her": no act inside either
                done.update(syntax.subtree(tok))
            continue  # "a conference announcing that she was suing the state" still reports the suit
        if readings.standing(tok):  # "a group that intends to sue": nor is what it intends
            done.update(c.i for c in tok.children if c.dep_ in ("xcomp", "ccomp"))
            continue
        cand = _verbal(tok, lex, quoted) if tok.pos_ in ("VERB", "AUX", "ADJ") else nominal.nominal(tok, lex)
        if cand is None:
            continue
        done.update((tok.i, cand.pred.i))
        done.update(t.i for t in cand.uses)
        if cand.code.type in VERBAL:
            done.update(t for c in tok.children if _content(c) for t in _said(c))
            done.update(t for c in _content_on_the_doer(tok) for t in syntax.subtree(c))
        if cand.code.type == "PROTEST":  # a protest's demands are not coded apart (manual 3.12)
            done.update(t for c in tok.children if c.dep_ in ("advcl", "xcomp") for t in syntax.subtree(c))
        if not readings.is_generic(cand.pred, cand.tense):
            found.extend(recode.settled(cand))
    found.extend(judgements.find(sent, lex, done, named, candidate.Candidate))
    found.sort(
        key=lambda c: (c.negated, c.tense in ("future", "hypothetical"), c.secondary, c.depth, c.pred.i)
    )
    return found


def _said(content: Token) -> list[int]:
    """The words of what a verbal act says or asks, less the clauses inside it that tell when it
    happened: "decided to reopen the inquiry after he was hauled out by police" says nothing of the
    hauling out, an act of its own."""
    told_when = {
        t
        for c in content.subtree
        if c.dep_ == "advcl"
        and c.i != content.i
        and any(m.dep_ == "mark" and m.lower_ in WHEN for m in c.children)
        for t in syntax.subtree(c)
    }
    return [t for t in syntax.subtree(content) if t not in told_when]


def _content(child: Token) -> bool:
    """What a verbal act says or asks: its object, clause or prepositional phrase; "during his visit
    to Borduria" or "after the arrest" tells when it was said, and is an act of its own."""
    if child.dep_ == "prep":
        return child.lower_ not in objects.CIRCUMSTANCE_PREPS
    return child.dep_ in CONTENT_DEPS


def _content_on_the_doer(tok: Token) -> list[Token]:
    """ "accused by critics of failing to act": the parser may hang what a passive verbal act is
    about on its by-phrase."""
    return [
        p
        for c in tok.children
        if c.dep_ == "agent"
        for g in c.children
        for p in g.children
        if p.dep_ == "prep" and p.lower_ in ("of", "for", "over")
    ]


def _verbal(tok: Token, lex: Lexicon, quoted: Quoted) -> Candidate | None:
    if tok.dep_ in ("amod", "compound"):  # "alleged bombers", "Syrian-backed militia": descriptions
        return None
    if tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound"):  # "coal- and gas-fired plants"
        return None
    if nominal.kind_of_act(tok):
        return None
    lemma = tok.lemma_.lower()
    made = _controlled(tok, lemma, lex) or _bid(tok, lex)
    code, uses = (made.code, []) if made is not None else lexical(tok, lemma, lex)
    demand = demands.is_demand(tok, lex) or (demands.said_outright(tok, lex) and quoted(tok.idx))
    if made is None and code is None and not demand:
        return None  # no act named: what would rule one out below need not be read
    named = made.code if made is not None else code
    if (
        named is not None
        and (named.type in ("THREATEN", "AGREE") or (named.type == "SUPPORT" and lemma in lex.verb))
        and (readings.done_by_a_thing(tok, lex) or likelihood.foretold(tok))
    ):
        return None
    if modality.in_condition(tok) or readings.by_nature(tok, lex) or readings.is_command(tok):
        return None
    if readings.done_by_whom(tok):
        return None
    if lex.control.get(lemma) == Code("REQUEST") and (
        exchange.asks_question(tok) or exchange.asks_anonymity(tok) or readings.pleads_to_a_charge(tok)
    ):
        return None
    if lex.control.get(lemma) == Code("REJECT") and exchange.declines_comment(tok, lex):
        return None
    measure = code is not None and code.mode == "obstruct" and readings.blocks_a_measure(tok, lex)
    if made is None and not uses and not measure and figure(tok, lemma, code, lex):
        return None
    if figures.received(tok):
        return None
    if demand:
        return None if demands.forecasts(tok, code, lex) else _demanded(tok, code, uses)
    if made is not None:
        return made
    if code is None:
        return None
    if code.type == "REQUEST" and (doers.advised(tok, lex) or services.for_oneself(tok, lex)):
        return None
    if code.type in commerce.DEALING and commerce.trades(tok, None, code.type, lex):
        return None  # "taking orders for a blue kettle"
    if code.type in doers.FORCE and doers.forced_by_a_thing(tok, lex):
        return None
    if code.type in ("SUPPORT", "AGREE") and readings.acknowledges(tok, lex):
        return None
    if code.type in ("SUPPORT", "ACCUSE") and readings.of_oneself(tok):
        return None
    if code.type == "REJECT" and readings.denies(tok, lex):
        return None
    if code.type == "REJECT" and readings.opposes_a_wrong(tok, lex):
        code = Code("ACCUSE", "disapprove")
    if code.type in ("SUPPORT", "REJECT") and readings.is_poll(tok):
        return None
    if code.type in ("REQUEST", "AGREE", "PROTEST") and readings.asked_by_nobody(tok, lex):
        return None
    if code.mode == "investigate" and readings.studies(tok, lex):
        return None
    if code.mode == "visit" and readings.visits_no_one(tok, lex):
        return None
    if code.type == "CONSULT" and (readings.talks_alone(tok, lex) or sessions.sitting_alone(tok)):
        return None
    stated = lemma == "protest" and doers.doer_sector(tok) in doers.STATE_SECTORS
    if code.type == "PROTEST" and (stated or any(c.dep_ == "ccomp" for c in tok.children)):
        # A protest that says something, or a state's protest, is a verbal complaint (manual 3.12).
        code = Code("ACCUSE", "disapprove")
    if measure:
        code = Code("REJECT")  # "blocked the aid package": a veto, not a roadblock
    elif code.mode in ("obstruct", "restrict", "seize") and code.type in ("PROTEST", "COERCE"):
        code = doers.obstruction(tok, code)
    if code.type == "SANCTION" and (weapon := objects.means(tok, lex, of_parties=False)) is not None:
        code = Code("ASSAULT", weapon)  # "retaliated with missile strikes"
    if code.type == "ASSAULT" and attacks.in_words(tok, lex):
        code = Code("ACCUSE", "disapprove")
    elif code.type == "ASSAULT" and code.mode is None:
        code = Code(code.type, objects.means(tok, lex))
    if code.mode == "release" and not objects.frees_people(tok, uses, lex):
        return None
    if code.mode == "demo" and (readings.is_campaign(tok, uses) or play.comeback(tok, lex)):
        return None
    if lemma in lex.undergo and uses:
        return undergone.light(tok, code, uses, lex)
    if code.type == "PROTEST":
        return candidate.of_verb(
            tok, code, uses=uses, targets=_addressed(tok, uses) + candidate.targets_of(tok)
        )
    return candidate.of_verb(tok, code, uses=uses)


def _addressed(tok: Token, uses: list[Token]) -> list[Token]:
    """Whom a protest's demands are made of (PLOVER's target of a protest): "to demand the
    resignation of President Vale", "calling for independence from Ruritania"."""
    demands = [c for h in (tok, *uses) for c in h.children if c.dep_ in ("advcl", "xcomp", "acl")]
    return [
        g
        for d in demands
        for prep in d.subtree
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of", "against")
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def _controlled(tok: Token, lemma: str, lex: Lexicon) -> Candidate | None:
    """A control verb with its to-complement: "offered to withdraw", "refused to meet", "plans to ban"."""
    control = lex.control.get(lemma)
    if control is None:
        return None
    if control.type in ("FUTURE", "PASS") and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "began a hunger strike to demand reforms": the infinitive is a purpose
    comp = complements.complement(tok, control.type)
    if comp is None or (lemma in lex.addressed and not complements.addressee(tok, comp)):
        return None
    if control.type == "REQUEST" and doers.advised(tok, lex):
        return None
    if control.type == "REQUEST" and lemma in lex.speech and comp.dep_ != "xcomp":
        return None  # "told them to leave" asks; "told them that ..." reports, a demand only by its modal
    if control.type == "REQUEST" and any(c.tag_ in ("WRB", "WP") and c.i < comp.i for c in comp.children):
        return None  # "told them how to vote", "asked her what to do": advice or a question, no demand
    comp_lemma = comp.lemma_.lower()
    inner = _controlled(comp, comp_lemma, lex) if comp.dep_ != "pobj" else None
    if comp.dep_ == "pobj":
        act = objects.noun_code(comp, lex)
    else:
        act = inner.code if inner is not None else lexical(comp, comp_lemma, lex)[0]
    if figure(comp, comp_lemma, act, lex):
        act = None  # "started charging fees" is no accusation
    if (
        control.type == "AGREE"
        and (tok.pos_ == "ADJ" or lemma in READYING)
        and act is None
        and not complements.offered(tok, comp, lex)
    ):
        return None  # "ready to move on", "crews ready to staff the planes": a mood, no offer
    elif act is not None and act.type == "ASSAULT" and attacks.in_words(comp, lex):
        act = Code("ACCUSE", "disapprove")  # "began attacking the senator over the vote"
    elif act is not None and act.mode == "release" and not objects.frees_people(comp, [], lex):
        act = None  # "plans to release its report" frees no one
    if control.type in ("FUTURE", "PASS"):
        if act is None or (act.type in doers.FORCE and doers.forced_by_a_thing(tok, lex)):
            return None  # "a fever that tends to strike children"
        tense: Tense = "future" if control.type == "FUTURE" else modality.tense(tok)
        cand = candidate.of_verb(
            comp, act, sources=candidate.sources_of(tok), tense=tense, anchor_depth=scan.depth(tok)
        )
        cand.negated = cand.negated or modality.is_negated(tok)
        cand.uses.append(tok)
        return cand
    if control.type in ("AGREE", "REQUEST") and (
        readings.is_claim(tok, comp, lex) or readings.is_impersonal(tok) or readings.asked_by_nobody(tok, lex)
    ):
        return None
    if control.type == "WARN" and act is not None and modality.is_negated(comp):
        act = recode.denied(act)
    code = recode.controlled(control.type, act)
    dealt = comp if act is None else None  # "agreed to provide $5 million in aid" promises aid
    if code is None or (code.type in commerce.DEALING and commerce.trades(tok, dealt, code.type, lex)):
        return None  # "promised to lend a bakery five million"
    targets = (
        candidate.targets_of(tok)
        + ([own_subject(comp)] if comp.dep_ in ("ccomp", "advcl") and own_subject(comp) else [])
        + candidate.targets_of(comp)
    )
    # A threat, promise or demand made on a condition was still made: the condition is its content's.
    cand = candidate.of_verb(
        tok,
        code,
        targets=[t for t in targets if t is not None],
        final=True,
        tense=modality.tense(tok, conditions=False),
    )
    if not cand.sources and code.type != "REQUEST":
        # "Ruritania is committed to reopening": the one committed promises; the one "asked to
        # reopen" is asked, which its targets already hold
        cand.sources = [c for c in tok.children if c.dep_ == "nsubjpass"]
    cand.uses.extend(comp.subtree)
    if code.type == "AGREE" and act is not None and act.type in recode.PROMISED:
        cand.promised = act
    return cand


def _bid(tok: Token, lex: Lexicon) -> Candidate | None:
    """ "Ruritania wants Borduria to extradite him": a demand on Borduria (``demands.bidden``)."""
    bid = demands.bidden(tok, lex)
    if bid is None:
        return None
    party, act = bid
    code = Code("REQUEST", recode.ask_mode(lexical(act, act.lemma_.lower(), lex)[0]))
    cand = candidate.of_verb(
        tok, code, targets=[party], final=True, tense=modality.tense(tok, conditions=False)
    )
    cand.uses.extend(act.subtree)
    return cand


def _demanded(tok: Token, code: Code | None, uses: list[Token]) -> Candidate:
    """ "X said Y must withdraw": a demand by the speaker X on Y (manual 3.8); said outright, in a
    quote's own sentence, a demand by whoever the quote is of."""
    subject = own_subject(tok)
    asked = Code("REQUEST", recode.ask_mode(code))
    targets = [subject] if subject else []
    said = demands.reported_by(tok)
    if said is None:  # said outright: no verb reports it
        cand = candidate.of_verb(tok, asked, sources=[], targets=targets, tense="present", final=True)
        cand.said, cand.negated = True, False  # "the board must not sail" still asks something
    else:
        cand = candidate.of_verb(said, asked, targets=targets, final=True)
    cand.uses.extend([tok, *uses])
    return cand
