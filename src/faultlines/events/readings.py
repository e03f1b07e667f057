"""Readings of event words that report no act: commands, generic "you", contests, campaign
rallies, claims insisted on, denials, polls, products offered, things that "call for" something and
things that threaten (questions and comments declined are in exchange.py).

The lexicon says what a word may name; these checks say when, in its sentence, it names nothing
that happened between actors (the annotation rules: questions, opinions, sports and election
results, "declined to comment" and denials are not events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.actors.lexicon import generic_bodies, roles
from faultlines.events import kinds, modality, objects, parties
from faultlines.views import sentence_numbers, sents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Code, Lexicon

# Words of a clause that only a demand or a promise carries: "insisted that she resign",
# "agreed that they should cooperate"; "insisted that the count was fair" is a claim.
COMMITTING_AUX = modality.FUTURE_AUX | modality.DEONTIC_AUX | {"to"}
INDICATIVE = frozenset({"VBD", "VBZ", "VBN"})
# Particles that make a new verb of a lexicon verb: "signed off", "shot up", "backed out".
SHIFTING_PARTICLES = frozenset({"off", "up", "out", "away", "in", "on", "over", "back", "down"})
CAMPAIGNS = frozenset({"campaign", "election", "electoral", "fundraising", "victory"})
# Words for an amount of things, which are what is ordered: "a set of samples", "a pair of boots".
LOTS = objects.QUANTITIES | {"set", "pair", "box", "shipment", "supply", "lot", "pack", "load"}
# What is pleaded in court: "pleaded guilty", "pleaded innocent".
PLEAS = frozenset({"guilty", "innocent"})
# What a protest is against or for: "rallied against the tax", "marched for higher pay".
CAUSES = frozenset({"against", "over", "for", "outside"})


def is_command(tok: Token) -> bool:
    """An imperative ("Thank God", "Stop the war", she said "Leave now"): a wish, not an act."""
    if tok.tag_ not in ("VB", "VBP") or tok.dep_ not in ("ROOT", "ccomp", "parataxis", "advcl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return False
    before = tok.doc[tok.left_edge.i : tok.i]
    return all(t.is_punct or t.dep_ in ("cc", "intj", "discourse") for t in before)


def describes(tok: Token, lex: Lexicon) -> bool:
    """A participle that describes a noun rather than reporting an act: "a man convicted of fraud",
    "a school sheltering families", "tariffs imposed last year"; a message's own words are its
    author's act. In a sentence with no main verb
    the parser has made one of the participle: "Doctors from two groups donated ..."."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBG"):
        return False
    if tok.head.lemma_.lower() in lex.news and syntax.subject(tok) is not None:
        return False  # "the announcement that they had reached a deal": a clause the parse took for one
    # the sentence made once per Doc: ``tok.sent`` walks to its edges each time
    sentence = sents(tok.doc)[sentence_numbers(tok.doc)[tok.i]]
    if sentence.root.pos_ not in ("VERB", "AUX") or _opening_participle(sentence.root, sentence.start):
        return False
    # "tweets accusing the mayor", "a letter calling for talks": its author's act
    return not (tok.tag_ == "VBG" and tok.head.lemma_.lower() in lex.message)


def _opening_participle(root: Token, start: int) -> bool:
    """A sentence's first word taken for its main verb: "Following his arrest, a lawyer for the
    woman asked ..." has its main verb in the participle the parse hung below it."""
    return root.i == start and root.tag_ == "VBG" and syntax.subject(root) is None


def standing(tok: Token) -> bool:
    """A relative clause in the simple present that says what its noun is like: "nations that oppose
    the regime", "a group that demands reform", "countries that violate rights" describe a standing
    position or a habit, not an act reported ("the envoy who met the rebels" reports one, and "talks,
    which Ruritania stands ready to support", an act of Ruritania's)."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBZ", "VBP"):
        return False  # the subject is read only for a relative clause: asked of every acting word
    doer = syntax.subject(tok)
    return (
        not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        and doer is not None
        and syntax.relative_pronoun(doer)
    )


def done_by_whom(tok: Token) -> bool:
    """ "Who ordered the attack remains unclear": a question about the doer, not a report; "the
    man who ordered it" is a relative clause and reports, as does "what began as a protest"."""
    if tok.dep_ in ("relcl", "acl"):
        return False
    doer = syntax.subject(tok)
    return doer is not None and doer.lower_ == "who"


def is_generic(tok: Token, tense: str) -> bool:
    """ "You cross that bridge, you get robbed": a habit of anyone, no act of someone."""
    if tense not in ("present", "hypothetical"):
        return False
    verb = tok.head if tok.dep_ == "conj" and syntax.subject(tok) is None else tok
    doers = [c for c in verb.children if c.dep_ in syntax.SUBJECTS]
    return bool(doers) and all(d.lower_ in pronouns.GENERIC for d in doers)


def is_claim(verb: Token, comp: Token, lex: Lexicon) -> bool:
    """A that-clause stating a fact ("insisted that the count was fair", "agreed that she is fit"),
    or forecasting what a thing will do ("agreed that the plan would raise taxes"), not an act to be
    done ("insisted that he resign", "agreed that they should cooperate", "agreed that talks will
    resume")."""
    if comp.dep_ != "ccomp" or verb.lemma_.lower() not in lex.insist:
        return False
    auxes = {a.lower_ for a in modality.auxiliaries(comp)}
    if auxes and auxes <= modality.FUTURE_AUX and _thing_forecast(comp, lex):
        return True
    if auxes & COMMITTING_AUX:
        # what will be done commits one who agrees ("agreed that they will cooperate"); one who
        # insists demands what should be done ("insisted that he resign") and claims what will be
        # ("insisted that he would not be pigeonholed")
        return _asks_for_acts(verb, lex) and not auxes & (modality.DEONTIC_AUX | {"to"})
    finite = [comp, *(a for a in modality.auxiliaries(comp))]
    return any(t.tag_ in INDICATIVE or (t.lemma_ == "be" and t.tag_ == "VBP") for t in finite)


def _asks_for_acts(verb: Token, lex: Lexicon) -> bool:
    """A verb of demanding ("insist", "press"), whose that-clause is a demand only as an order (not
    ``demands._demanding``, which reads the clause itself)."""
    code = lex.control.get(verb.lemma_.lower())
    return code is not None and code.type == "REQUEST"


def _thing_forecast(comp: Token, lex: Lexicon) -> bool:
    """ "the plan would raise taxes": a thing, not a party nor an act, as the clause's doer."""
    doer = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    return (
        doer is not None
        and doer.pos_ == "NOUN"
        and not kinds.someone(doer, lex, owned=False)  # "Lee's plan would raise taxes" is a thing's
        and doer.lemma_.lower() not in lex.noun
    )


def has_object(tok: Token, kind: str, *, bare: bool) -> bool:
    """Whether a verb of asking, agreeing or refusing names what or whom: "urged the council",
    "refused the offer", "agreed on a truce", "pushed for talks"; "Do you agree?", "the rating
    declined", "pushed the cart" name nothing asked or refused. Only ``bare`` verbs take a plain
    object; the others, verbs of asking ("pushed for talks"), need what they are for."""
    if not bare and kind != "REQUEST":
        return False
    # "pledged $5 billion" promises; "declined 5 percent" is a fall, not a refusal
    amounts = syntax.AMOUNT_ENTITIES - {"MONEY"} if kind == "AGREE" else syntax.AMOUNT_ENTITIES
    if bare and syntax.relative_object(tok) is not None:
        return True  # "the aid the mayor requested"
    for child in tok.children:
        if bare and child.dep_ in ("dobj", "dative") and child.ent_type_ not in amounts:
            return True
        # "declined to 55 percent" is a fall, not a refusal; "pushes the tally for 2012" asks nothing
        if (
            child.dep_ == "prep"
            and child.lower_ in (("on", "to", "for", "upon") if bare else ("for",))
            and any(
                g.dep_ in ("pobj", "pcomp")
                and g.ent_type_ not in syntax.AMOUNT_ENTITIES | syntax.TIME_ENTITIES
                for g in child.children
            )
        ):
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return True  # "pushing for the bank to lend"
    return False


def offers_an_act(tok: Token, noun: Code | None) -> bool:
    """ "offered talks", "promised aid", "pledged $5 million" promise an act; "offers a free version",
    "promises 355 horsepower" sell a product."""
    if noun is not None:
        return True
    objects = _objects(tok)
    return any(o.ent_type_ == "MONEY" for o in objects) or not objects


def buys(tok: Token, noun: Code | None, lex: Lexicon) -> bool:
    """ "ordered 50 jets", "his doctor ordered a scan": a plain object that is neither an act nor
    anyone is bought or booked, not commanded; "ordered an evacuation", "ordered a review of the
    deal", "ordered troops out" command (an act by its ending or by what it is of)."""
    if tok.lemma_.lower() not in lex.purchase or noun is not None:
        return False
    objects = _objects(tok)
    return bool(objects) and not any(kinds.someone(o, lex) or _an_act(o) for o in objects)


def _objects(verb: Token) -> list[Token]:
    """A verb's plain objects, the noun of its relative clause among them ("the jets Lee ordered")."""
    gap = syntax.relative_object(verb)
    return [c for c in verb.children if c.dep_ == "dobj"] + ([gap] if gap is not None else [])


def _an_act(noun: Token) -> bool:
    if noun.lemma_.lower() in LOTS:  # "another set of mice", "a batch of reviews": what is counted
        return any(_an_act(g) for c in noun.children if c.lower_ == "of" for g in c.children)
    done_to = any(c.dep_ == "prep" and c.lower_ in ("of", "into", "on") for c in noun.children)
    return done_to or noun.lemma_.lower().endswith(kinds.ABSTRACT_ENDINGS)


def asks_for_something(noun: Token) -> bool:
    """An appeal or call with what it asks: "an appeal for calm", "a call on Iraq to comply",
    "a reminder that it must cooperate"; "holds appeal to voters" asks nothing."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "on", "upon"):
            return True
        if child.dep_ in ("acl", "advcl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX"):
            return True
    return False


def asked_by_nobody(tok: Token, lex: Lexicon) -> bool:
    """ "The script called for an anthem", "the deals promise to be better": a document, plan or
    product that calls for or promises something asks or promises no one."""
    doer = parties.subject(tok)  # "a tax system which asks": the system
    return doer is not None and doer.pos_ == "NOUN" and doer.lemma_.lower() in lex.thing


def blocks_a_measure(tok: Token, lex: Lexicon) -> bool:
    """ "blocked the bill", "blocked the aid package": stopping a measure refuses it; "blocked the
    road" obstructs."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.thing for c in tok.children)


def denies(tok: Token, lex: Lexicon) -> bool:
    """ "rejected the allegations", "dismissed the criticism as politics": a denial, not a refusal."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.claim for c in tok.children)


def opposes_a_wrong(tok: Token, lex: Lexicon) -> bool:
    """ "opposes Borduria's aggression at sea", "we oppose the bullying of small ports": refusing
    a wrong someone does criticises them; "opposed the deal" refuses it."""
    return any(c.dep_ == "dobj" and lex.judge.get(c.lemma_.lower()) == "ACCUSE" for c in tok.children)


def pleads_to_a_charge(tok: Token) -> bool:
    """ "pleaded guilty to fraud", "pleaded not guilty": a plea in court, not an appeal to anyone."""
    # the next words, not the parse: "pleaded guilty Monday" may hang "guilty" on the day
    return tok.lemma_.lower() == "plead" and any(t.lower_ in PLEAS for t in tok.doc[tok.i + 1 : tok.i + 3])


def is_poll(tok: Token) -> bool:
    """ "4 percent back the Pirate list", "most voters back the plan": a poll's share, no act."""
    doer = parties.subject(tok)
    return doer is not None and (doer.ent_type_ in ("PERCENT", "CARDINAL") or doer.lemma_.lower() == "voter")


def is_impersonal(tok: Token) -> bool:
    """ "it is all but guaranteed that ...": no one promises or asks anything."""
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ in ("it", "there") for c in tok.children)


def acknowledges(tok: Token, lex: Lexicon) -> bool:
    """ "recognizes that the season is over", "accept that the climate is changing", "accepted the
    reality that ...": granting a fact, not backing or agreeing to anything."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in lex.fact for o in objects):
        return True
    return any(c.dep_ == "ccomp" for c in tok.children) and not objects


def of_oneself(tok: Token) -> bool:
    """ "defended himself", "blamed themselves": backing or blaming oneself is no act towards anyone."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in kinds.REFLEXIVE for o in objects)


def studies(tok: Token, lex: Lexicon) -> bool:
    """ "investigated how hibernation would affect the crew": research, not an inquiry into anyone;
    "examined his knee": a doctor's examination."""
    return any(
        (c.dep_ == "ccomp" and c.left_edge.tag_ in ("WRB", "WP", "WDT"))
        or (c.dep_ == "dobj" and c.lemma_.lower() in lex.body)
        for c in tok.children
    )


def by_nature(tok: Token, lex: Lexicon) -> bool:
    """ "The blaze has burned 4,300 hectares": a fire, flood or storm is no actor; nor is an
    accident ("the crash killed four", "the bus overturned, injuring 12", "killed in a crash")."""
    doer = parties.subject(tok)
    # each table asked apart: a union of the two would be built anew for every verb
    if doer is not None and ((lemma := doer.lemma_.lower()) in lex.hazard or lemma in lex.mishap):
        return True
    # "three guards were killed in a bus crash", "an area burned in a wildfire"; "must not sail in
    # this storm" is done in the storm, not by it
    suffered = (lex.mishap, lex.hazard) if tok.tag_ == "VBN" else (lex.mishap,)
    if any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and g.dep_ == "pobj"
        and any(g.lemma_.lower() in words for words in suffered)
        for c in tok.children
        for g in c.children
    ):
        return True
    head = tok.head
    joined = tok.dep_ == "advcl" or (tok.dep_ == "conj" and syntax.subject(tok) is None)
    return joined and head.i != tok.i and head.lemma_.lower() in lex.mishap


def is_campaign(tok: Token, uses: list[Token]) -> bool:
    """A campaign rally, not a protest: "held a campaign rally", "Ruiz held a rally in Tampa".
    A rally is a protest when it is against or for something, or when a crowd or group holds it."""
    holders = [tok, *uses]
    if any(c.lemma_.lower() in CAMPAIGNS for h in uses for c in h.children if c.dep_ in ("compound", "amod")):
        return True
    if any(c.dep_ == "prep" and c.lower_ in CAUSES for h in holders for c in h.children):
        return False
    # a rally named by a noun is held by the one its phrase names ("the Ruiz rally"), not by the
    # subject of the clause it stands in ("with protests spreading, Ruiz sent troops")
    if tok.pos_ in ("NOUN", "PROPN"):
        holder = parties.agent_modifier(tok)  # a capitalised headline word names no one by itself
        return holder is not None and holder.ent_type_ == "PERSON"
    doer = parties.subject(tok)
    return doer is not None and (doer.ent_type_ == "PERSON" or (doer.pos_ == "PROPN" and not doer.ent_type_))


def done_by_a_thing(tok: Token, lex: Lexicon) -> bool:
    """ "Tensions are threatening to slow growth", "the new rules threaten the project", "her role
    offers a reminder": a thing that threatens is a risk, which is a statement, not a threat (manual
    3.11), and one that offers promises no one; "the villagers threatened to strike" are people,
    though no role names them."""
    doer = parties.subject(tok)
    return doer is not None and kinds.a_thing(doer, lex)


def visits_no_one(tok: Token, lex: Lexicon) -> bool:
    """ "visited the border", "toured the prison", "visiting a gambling den": a place seen is no
    meeting; "visited Ruritania", "visited the envoy", "visited the troops" meet someone (a country
    stands for its government); so is a visit to a place ("her visit to the hospital"). Hosting a
    cookout, a show or an event receives no one either; hosting the envoy or the talks does."""
    lemma = tok.lemma_.lower()
    if lemma not in ("visit", "tour", "host"):
        return False
    if tok.pos_ == "NOUN":
        to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
        places = [g for c in to for g in c.children if g.dep_ == "pobj"]
    else:
        places = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(places) and not any(
        p.pos_ == "PRON" or _host(p, lex) or (lemma == "host" and _meeting(p, lex)) for p in places
    )


def _meeting(tok: Token, lex: Lexicon) -> bool:
    code = lex.noun.get(tok.lemma_.lower())
    return code is not None and code.type == "CONSULT"


def brings_out_civilians(tok: Token, lex: Lexicon) -> bool:
    """ "mobilized voters", "mobilizing members of the union": bringing out voters or supporters is
    campaigning; "mobilized the reserves" is a show of force."""
    civilians = lex.audience | lex.turnout
    return any(c.dep_ == "dobj" and c.lemma_.lower() in civilians for c in tok.children)


# Prepositions naming whom an act of talking or meeting is done with: "discussed it with Vale".
COUNTERPARTS = ("with", "among", "between")


def done_with(tok: Token, words: tuple[str, ...]) -> list[Token]:
    """The phrases (prepositions among ``words``) naming whom a verb is done with, which the parser
    may hang on its object: "discussed the plan with Vale", "shared its findings with the inquiry"."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in words]


def talks_alone(tok: Token, lex: Lexicon) -> bool:
    """ "discussed his record at a rally": one speaker talking of a thing meets no one; "discussed
    the plan with Vale", "the envoys discussed trade", "Ruiz and Vale discussed it" meet."""
    if tok.lemma_.lower() not in lex.among:
        return False
    if done_with(tok, COUNTERPARTS):
        return False
    doer = parties.subject(tok)
    if doer is None:
        return False
    several = doer.tag_ in ("NNS", "NNPS") or doer.lower_ in ("they", "we")
    return not several and not any(c.dep_ == "conj" for c in doer.children)


def _host(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return (
        tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or lemma in lex.captive
        or lemma in roles()
        or lemma in generic_bodies()
    )
