"""What a verb names by itself: its own act, the act of its particle or object phrase ("step down",
"open fire"), or the act of the event noun it governs ("imposed sanctions", "lifted the curfew")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import (
    charges,
    custody,
    doers,
    doubts,
    exchange,
    figures,
    kinds,
    objects,
    parties,
    readings,
    recode,
    undergone,
)
from faultlines.events.lexicon import Code
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon
    from faultlines.views import Columns

# Acts made of words: their objects and complements are what was said, not further acts.
VERBAL = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
PARTICLES = frozenset({"down", "up", "out", "off", "in", "back", "away"})
# What completes a phrase: "open fire", "call for", "stepped aside", "found guilty" (whose
# adjective the parser makes a predicate or a clause).
PHRASE_DEPS = frozenset({"dobj", "prep", "oprd", "acomp", "ccomp", "advmod"})
# Acts done with someone, whose phrase ("met with", "stood with") needs a person or body.
WITH_SOMEONE = frozenset({"CONSULT", "SUPPORT", "COOPERATE"})
# Light verbs whose subject takes what the object names.
TAKING = frozenset({"take"})


def lexical(tok: Token, lemma: str, lex: Lexicon) -> tuple[Code | None, list[Token]]:
    """The act a verb names by itself, by its particle or object, or through its object noun."""
    if lemma not in lex.verbs:
        # every table read below is keyed by the verb (or a phrase opening with it): a clause's verb
        # let through as a possible demand names no act of its own
        return None, []
    if charges.powers_or_bills(tok, lex) or charges.rushes(tok):
        return None, []  # "charging the laptop", "charged into the room": no charge against anyone
    if (held := custody.custody(tok, lemma, lex)) is not None:
        return held, []  # "is being held at a prison", "was dragged out by police"
    cols, kids = columns(tok.doc), syntax.children(tok)
    particle = next((cols.lemma[c].lower() for c in kids if is_particle_at(cols, c, tok.i)), None)
    keyed = f"{lemma} {particle}" if particle else lemma
    # only a verb that opens a phrase key is looked up with its children: most open none
    if lemma in lex.phrase_heads and (phrased := _phrase(tok, lemma, kids, lex)) is not None:
        code, uses = phrased
        if code is None or code.mode != "release" or objects.frees_people(tok, uses, lex):
            return phrased
        # "handed over the medicine": no one set free, yet the light verb may name what was given
    reversing = keyed in lex.reverse or lemma in lex.reverse
    # only a reversing, light or control verb reads its object's act: most verbs need not look for one
    named_act = reversing or lemma in lex.light or lemma in lex.control
    obj, noun_code = objects.object_act(tok, lex) if named_act else (None, None)
    if reversing:
        default = lex.reverse.get(keyed, lex.reverse.get(lemma))
        if noun_code is not None:
            return recode.reversed_act(noun_code), [obj]
        suspension = lex.suspension.get(lemma)
        if suspension is not None and any(
            _suspended(o, lex) for o in syntax.dependents(tok, ("dobj", "nsubjpass"))
        ):
            return suspension, []  # "the league suspended Rudd", "was suspended by the party"
        if default is not None:
            return default, []
    if lemma in lex.light and noun_code is not None:
        if undergone.under_verb(obj):
            return None, []  # "came under fire": the noun names the act, done to the subject
        if lemma in undergone.HAVING and not undergone.given_by_name(obj, lex):
            return None, []  # "likely to have discussions": having names no act
        if noun_code.type == "REQUEST" and not readings.asks_for_something(obj):
            return None, []  # "holds appeal to voters", "a call to a friend"
        if noun_code.type == "AID" and lemma in TAKING:
            return None, []  # "took out a loan": the subject is given, not giving
        if obj.lemma_.lower() in lex.aimed and not _aimed_at_someone(tok, obj, lex):
            return None, []  # "evacuation warnings were issued", "repeated his dire warnings"
        return noun_code, [obj]
    if particle in readings.SHIFTING_PARTICLES and keyed not in lex.phrase:
        return None, []  # "signed off", "shot up": a phrasal verb the lexicon does not name
    if tok.pos_ == "ADJ" and lemma not in lex.control:
        return None, []  # "accounts are free": an adjective is no verb of the lexicon
    if _out_of_frame(tok, lemma, lex):
        return None, []
    if lex.control.get(lemma) == Code("PASS") and any(c.dep_ == "xcomp" for c in tok.children):
        return None, []  # "seeking to contrast": the act, if any, is the complement's
    if lemma in lex.admit and doers.admits_monitors(tok):
        return Code("RETREAT", "access"), []  # "received a mission of observers" (manual 3.5)
    hosted = syntax.dependents(tok, ("dobj",)) if lemma in lex.host else []
    if hosted:
        # "received the Hungarian prime minister" is a visit; "hosts several chip makers" and "hosted
        # the games" receive no visitor
        return (Code("CONSULT", "visit") if any(doers.official(c) for c in hosted) else None), []
    if (code := lex.verb.get(lemma)) is not None:
        if code.type == "MOBILIZE" and readings.brings_out_civilians(tok, lex):
            return None, []  # "mobilize voters" campaigns
        if code.type == "MOBILIZE" and objects.moves_things(tok, lex):
            return None, []  # "deployed solar power" moves no forces
        if lemma in doubts.DOUBTING and not doubts.doubts_a_thing(tok, lex):
            return None, []  # "questioned the patient", "questioned whether it would work"
        return code, []
    code = lex.control.get(lemma)
    if (
        code is None
        or code.type not in VERBAL
        or not readings.has_object(tok, code.type, bare=lemma in lex.bare)
    ):
        return None, []
    if code.type == "AGREE" and not readings.offers_an_act(tok, noun_code):
        return None, []
    if code.type == "AGREE" and noun_code is None and exchange.grants_an_interview(tok, lex):
        return None, []
    if code.type == "REQUEST" and readings.buys(tok, noun_code, lex):
        return None, []
    if code.type == "THREATEN" and figures.endangers(tok, lex):
        return None, []
    return Code(code.type, recode.ask_mode(noun_code) if code.type != "THREATEN" else None), []


def _phrase(tok: Token, lemma: str, kids: list[int], lex: Lexicon) -> tuple[Code | None, list[Token]] | None:
    """The act of the phrase a verb makes with a child after it ("open fire", "call for", "stepped
    down"), with the clause it opens ("called for Ruiz to resign") or with its object's predicate
    ("held the militia responsible"); (None, []) for a phrase that names no act here, None for none."""
    doc, cols = tok.doc, columns(tok.doc)
    for c in kids:
        # A preposition before the verb opens the sentence ("In an illustration, they gave ..."); a
        # particle word with its own object is a preposition ("gives protection in its own right").
        key = f"{lemma} {cols.lemma[c].lower()}"  # looked up first: few children make a phrase
        if key not in lex.phrase and cols.dep[c] == "prep":
            key = _taken_to(tok, key, c, lex)
        if (
            key not in lex.phrase
            or c <= tok.i
            or not (cols.dep[c] in PHRASE_DEPS or is_particle_at(cols, c, tok.i))
        ):
            continue
        if cols.dep[c] == "prep" and any(cols.dep[k] == "oprd" for k in kids):
            continue  # "called Vale a fraud for lying": a name given for a reason calls for nothing
        if _asked_in_preposition(lex.phrase[key]) and any(cols.dep[k] == "dobj" and k < c for k in kids):
            continue  # "called the envoy on his cellphone": the call is to its object, on no one
        child = doc[c]
        loose = child.lower_ in PARTICLES and child.i > tok.i + 1  # "walked off the job" is adjacent
        if child.dep_ == "prep" and (
            parties.telling_when(child) or (loose and any(g.dep_ == "pobj" for g in child.children))
        ):
            continue  # nor is "called her on Friday" a call on anyone
        code = lex.phrase[key]  # None for a phrase that is no act ("seize on an idea")
        if code is not None and code.type in WITH_SOMEONE and not _with_someone(child, lex):
            return None, []  # "spoke with pride", "met with resistance", "stood with arms crossed"
        if code is not None and code.type == "ACCUSE" and (forces := _forces(tok, lex)) is not None:
            return forces, [child]  # "called out the troops" musters them; "called out the mayor" criticises
        return code, [child] if code is not None else []
    if (clause_phrase := _for_clause(tok, lemma, kids, lex)) is not None:
        return clause_phrase
    found = syntax.tree(doc)
    for obj in (o for o in kids if found.dep[o] == "dobj"):
        # "held the militia responsible": the parser hangs the predicate on the object
        for word in (g for g in found.children(obj) if found.dep[g] == "amod" and g > obj):
            if (code := lex.phrase.get(f"{lemma} {cols.lemma[word].lower()}")) is not None:
                return code, [doc[word]]
    return None


def _asked_in_preposition(code: Code | None) -> bool:
    """A phrase whose preposition names whom or what is asked ("call on Kim", "call for talks"),
    which an object of the verb before it leaves no room for."""
    return code is not None and code.type == "REQUEST"


def _taken_to(tok: Token, key: str, prep: int, lex: Lexicon) -> str:
    """The phrase a verb makes with its preposition and the place it takes its object to, where that
    object is someone: "dragged the minister to court" sues, as "was hauled into court" is sued;
    "took the case to court" appeals."""
    place = syntax.dependent(tok.doc[prep], ("pobj",))
    taken = f"{key} {place.lemma_.lower()}" if place is not None else None
    if taken not in lex.phrase:
        return key  # most prepositions make no such phrase: who is taken is read for these alone
    obj = syntax.dependent(tok, ("dobj", "nsubjpass"))
    return taken if obj is not None and kinds.someone(obj, lex) else key


def _for_clause(tok: Token, lemma: str, kids: list[int], lex: Lexicon) -> tuple[Code, list[Token]] | None:
    """ "called for Ruiz to resign": the parser makes "for" the mark of the clause it opens, not a
    preposition of the verb, so the phrase is read through the clause."""
    doc, cols = tok.doc, columns(tok.doc)
    for c in (k for k in kids if cols.dep[k] == "advcl"):
        for g in syntax.children(doc[c]):
            code = lex.phrase.get(f"{lemma} {cols.lower[g]}")
            if cols.dep[g] == "mark" and cols.lower[g] == "for" and tok.i < g < c and code is not None:
                return code, [doc[g]]
    return None


def figure(tok: Token, lemma: str, code: Code | None, lex: Lexicon) -> bool:
    """The verb's own act used of no one ("fighting racism"); a phrase ("strike over pay") stands."""
    return code is not None and code == lex.verb.get(lemma) and figures.is_figure(tok, lex)


def is_particle_at(cols: Columns, child: int, head: int) -> bool:
    """Whether token ``child``, a dependent of ``head``, is its particle, also where the small model
    parses it as an adverb: "stepped down", "walked out" ("down" right after the verb is its particle,
    not a direction)."""
    if cols.dep[child] == "prt":
        return True
    return cols.dep[child] == "advmod" and cols.lower[child] in PARTICLES and child == head + 1


def _forces(tok: Token, lex: Lexicon) -> Code | None:
    """The mobilisation a verb's object names, when it names armed forces: "troops", "reserves"."""
    for obj in syntax.dependents(tok, ("dobj",)):
        code = objects.noun_code(obj, lex)
        if code is not None and code.type == "MOBILIZE":
            return code
    return None


def _with_someone(prep: Token, lex: Lexicon) -> bool:
    """ "met with the envoy", "spoke with Ruiz": a meeting is with someone, not with pride."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "to", "behind", "around"):
        return True  # "spoke by phone" names the means
    return any(g.dep_ == "pobj" and kinds.someone(g, lex) for g in prep.children)


def _out_of_frame(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A verb the lexicon names only with an object used without one, one it names only without an
    object used with one, or one it names only done to an instrument ("signed the accord") done to
    anything else; its objects are read only for the verbs of those lists."""
    if lemma not in lex.transitive and lemma not in lex.intransitive and lemma not in lex.instrument:
        return False
    done_to = syntax.dependents(tok, ("dobj", "nsubjpass"))
    if lemma in lex.instrument:
        return not any(_instrument(o, lex) for o in done_to)
    if lemma in lex.transitive and not done_to and not _says_that(tok, lemma, lex):
        return True  # "passes defended" are no defence
    if lemma in lex.transitive and _of_the_mind(tok, lemma, lex):
        return True  # "recalled the mayor talking about the book", "recognized that it failed"
    # "demonstrated his skill", "as demonstrated by his exit" show; "demonstrated outside parliament" protests
    return lemma in lex.intransitive and (
        bool(done_to) or any(c.dep_ in ("ccomp", "agent", "auxpass") for c in tok.children)
    )


def _instrument(noun: Token, lex: Lexicon) -> bool:
    """An accord, a law or a message, which signing enacts or backs: "the accord", "the bill"."""
    lemma = noun.lemma_.lower()
    return lemma in lex.noun or lemma in lex.thing or lemma in lex.message


def _says_that(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A verb of a verbal act with a that-clause after it: "charged that the count was rigged"."""
    code = lex.verb.get(lemma)
    return (
        code is not None
        and code.type in VERBAL
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
    )


def _aimed_at_someone(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """ "issued a warning to Vell", "a warning against the rebels", "gave the rebels a warning"."""
    aimed = [c for c in verb.children if c.dep_ == "dative"]
    aimed += [
        c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
    ]
    # the parse makes "to" itself the dative of "gave a warning to the rebels"
    return any(kinds.someone(g, lex) for a in aimed for g in (a, *a.children) if g.dep_ != "prep")


def _of_the_mind(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A verb of a deed with a clause for its content is used of the mind: one recalls, recognizes
    or burns with something, and acts on no one."""
    code = lex.verb.get(lemma)
    return (code is None or code.type not in VERBAL) and any(c.dep_ == "ccomp" for c in tok.children)


def _suspended(obj: Token, lex: Lexicon) -> bool:
    """Someone suspended from a post, team or body, named by the word itself ("suspended Rudd",
    "suspended him", "two senators were suspended"); not one's own undertaking ("suspended his
    campaign", "suspended its operations")."""
    if obj.pos_ == "PRON":
        return kinds.someone(obj, lex)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    return kinds.actor_word(obj, lex) and not owned
