"""The grammar of a stance clause read off the parse: its subject, negation, modality and conditions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import questions, syntax
from faultlines.quotes import cues
from faultlines.stances.lexicon import Lexicon, load
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Auxiliaries that put a condition by going before their subject ("had it passed, ..."), and the
# clauses such a condition is parsed as.
INVERTED = frozenset({"had", "were", "should"})
INVERTIBLE = frozenset({"advcl", "ccomp"})
# The clauses a condition opened by "if" or "unless" is parsed as: an adverbial clause, or one the
# small model joins to the clause it conditions ("could accept it, but only if members are assured").
CONDITIONS = frozenset({"advcl", "conj"})


def disbelieved(clause: Token) -> bool:
    """ "I don't think it is a good idea" says it is not one; so does "she denied that it was a
    bad idea", the answer of one whose idea is attacked, of its that-clause ("did not deny that"
    leaves it open)."""
    if clause.dep_ != "ccomp":
        return False
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma in cues.tagged(cues.DENYING):
        return not negated(head)
    return lemma in cues.tagged(cues.NEG_RAISING) and negated(head)


def extraposed(verb: Token) -> Token | None:
    """The clause an "it" subject of ``verb`` stands for: "it is wise to wait", and with the doer
    named, "it is a mistake for the council to close it". A doer named by a pronoun tells how a
    person fares or behaves ("it is hard for me to say", "it would be unwise for her to comment"),
    not what is right for a thing at stake."""
    # an extraposed clause follows its verb: one before it is what was said ("X, she said, it is wrong")
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i), None)
    if clause is not None:
        return clause
    # "it would be a mistake to scrap the levy": the infinitive hangs on the judging noun; one
    # with no words of its own after it ("the proper thing to do") says what kind of thing it is
    trying = load().trying
    for judged in (c for c in verb.children if c.dep_ in ("attr", "acomp")):
        if judged.lemma_.lower() in trying:
            continue  # "it was a crude attempt to mislead the town": what "it" tried, not what "it" is
        clause = child(judged, ("acl", "xcomp"))
        if clause is not None and "to" in auxiliaries(clause) and _own_words(clause):
            return clause
    found = _for_clause(verb)
    return None if found is None or found[1] is None or found[1].pos_ == "PRON" else found[0]


def of_a_person(verb: Token) -> bool:
    """Whether the "it" subject of ``verb`` stands for what a person named by a pronoun does: "it
    would be unwise for her to comment on X" tells how she behaves, and judges no thing at stake."""
    found = _for_clause(verb)
    return found is not None and found[1] is not None and found[1].pos_ == "PRON"


def _for_clause(verb: Token) -> tuple[Token, Token | None] | None:
    """An extraposed infinitive with its doer named by "for" ("it is wrong for the mayor to close
    it"), and that doer; None when ``verb`` has no such clause."""
    for c in verb.children:
        if c.dep_ == "advcl" and marked_by(c, ("for",)) and "to" in auxiliaries(c):
            return c, child(c, ("nsubj",))
        if c.dep_ == "advcl" and "to" in auxiliaries(c) and (doer := _for_doer(verb, c)) is not None:
            return c, doer  # the doer read as the verb's own "for" phrase
    return None


def _for_doer(verb: Token, clause: Token) -> Token | None:
    """The doer of an extraposed infinitive named in a "for" phrase the parse hangs on the verb:
    "it is wrong for a mayor to close it"."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i), None)
    return child(prep, ("pobj",)) if prep is not None else None


def judged_act(word: Token, lex: Lexicon) -> Token | None:
    """The act a judging word says its subject does well or badly: "the council was wrong to close
    the library" judges closing it. An infinitive with no words of its own after it ("the plan is
    hard to defend"), or a word of what the subject can do ("unfit to serve"), judges the subject."""
    if word.lemma_.lower() in lex.capacity or word.lower_ in lex.capacity:
        return None
    if child(word.head, ("csubj",)) is not None:
        return None  # "reopening the port was necessary to cut prices" judges the reopening, named first
    clause = child(word, ("xcomp",))
    if clause is None and word.dep_ == "acomp":
        # "the board would be unwise to wait": the parse may hang the act on the copula
        clause = next((c for c in word.head.children if c.dep_ == "xcomp" and c.i > word.i), None)
    return clause if clause is not None and "to" in auxiliaries(clause) and _own_words(clause) else None


def _own_words(verb: Token) -> bool:
    """Whether a verb has words of its own after it, a preposition left bare ("to begin with") aside."""
    return any(c.i > verb.i and (c.dep_ != "prep" or any(True for _ in c.children)) for c in verb.children)


def asked(clause: Token) -> bool:
    """Whether a clause is asked about, not stated: "I ask myself why it failed", "is it fair?"."""
    tags = columns(clause.doc).tag
    return any(tags[c] == "WRB" for c in syntax.children(clause)) or questioned(clause)


def questioned(clause: Token) -> bool:
    """Whether a clause is a yes-or-no question, asked outright or reported: "has he backed the
    levy?", "she wondered whether the levy is fair", "we will watch to see if that is true"."""
    clause = syntax.first_conjunct(clause)
    # "if" marks a question only as a verb's complement; as an adverbial clause it is a condition
    if marked_by(clause, ("whether",)) or (clause.dep_ == "ccomp" and marked_by(clause, ("if",))):
        return True
    return questions.inverted(clause)


def settle(polarity: int, negated: bool, conditional: bool) -> int:
    if conditional:
        return 0
    return -polarity if negated else polarity


def negated(tok: Token, *, by_subject: bool = True) -> bool:
    """A negation on the word, on its auxiliary or in its subject: "never will approve" ("never"
    hangs on "will"), "no longer approves", "nobody will approve" (``by_subject=False`` for a reading whose own words
    deny by their subject: "nothing is more vital than X"). One after the word counts only right
    after it ("does not") or after its own adverbs ("is actually not crazy"): "promising to lift the
    rules - probably not what Lee wanted" does not deny the promise. A quote mark may open between
    them: was ''not in line with'' ..."""
    found, lower = syntax.tree(tok.doc), columns(tok.doc).lower
    dep, heads = found.dep, found.heads
    for c in found.children(tok.i):  # read off the columns: asked of most words the stances weigh
        relation = dep[c]
        if relation == "neg" and all(
            (dep[j] == "advmod" and heads[j] == tok.i) or tok.doc[j].is_quote for j in range(tok.i + 1, c)
        ):
            return True
        if relation == "advmod" and lower[c] in ("hardly", "scarcely"):  # "is hardly a solution"
            return True
        if relation == "advmod" and lower[c] == "longer" and any(dep[g] == "neg" for g in found.children(c)):
            return True
        if relation in ("aux", "auxpass") and any(dep[g] == "neg" for g in found.children(c)):
            return True
        if by_subject and relation in SUBJECTS and syntax.names_none(tok.doc[c]):
            return True
    return False


def withheld(verb: Token, side: int) -> bool:
    """Whether a negated verb of support states no side: a support not given so far leaves it open
    ("has not endorsed it", "never backed it"), where "will never back it" and "did not back it"
    refuse it. Not opposing is support ("does not oppose it"), as the stance spec has it."""
    if side < 0 or not negated(verb, by_subject=False):  # "no one would question it" vouches for it
        return False
    found = auxiliaries(verb)
    if found & {"will", "would", "can", "could", "shall"}:
        return False
    return bool(found & {"has", "have", "had", "'s", "'ve"}) or any(
        c.dep_ == "neg" and c.lower_ == "never" for c in verb.children
    )


def modals(tok: Token, lex: Lexicon) -> set[str]:
    """The firm modals of ``tok``; a reported "would" ("said he would vote") is the speaker's "will"."""
    modals = auxiliaries(tok)
    if "would" in modals and backshifted(tok):
        modals.add("will")
    return modals & lex.firm


def tentative(tok: Token, lex: Lexicon) -> set[str]:
    modals = auxiliaries(tok) & lex.tentative
    return modals - {"would"} if backshifted(tok) else modals


def demanded(verb: Token, lex: Lexicon) -> bool:
    """Whether a modal of duty lays ``verb`` on its subject, on the verb itself or on the one it
    completes as a to-infinitive: "Vesta should oppose X", "must vote to reject X", "should sue to
    block X" tell what the speaker wants of Vesta, not Vesta's side."""
    return bool(auxiliaries(completed(verb)) & lex.demanding)


def duty(head: Token, lex: Lexicon) -> bool:
    """Whether a verb of duty lays the infinitive it governs on its subject: "needs to X", "has to
    X"; "has yet to X" says it is not done so far."""
    return head.lemma_.lower() in lex.duty and not any(c.lower_ == "yet" for c in head.children)


def completed(verb: Token) -> Token:
    """The verb a to-infinitive completes or gives the purpose of ("vote" in "must vote to reject X"),
    else ``verb`` itself."""
    return verb.head if verb.dep_ in ("xcomp", "advcl") and "to" in auxiliaries(verb) else verb


def shared(verb: Token) -> tuple[Token, Token]:
    """The verb whose subject ``verb`` takes, and the one whose modals and negation it takes: a verb
    joined to another with no subject of its own shares the first one's ("raising the levy drives
    investment away and hurts families"), and a bare one its modals too ("it will drive investment
    away and hurt families", "it does not help shops or hurt families"); one with its own tense
    ("it won't help shops and hurts families") states its own."""
    if verb.dep_ != "conj" or child(verb, SUBJECTS) is not None:
        return verb, verb
    first = syntax.first_conjunct(verb)
    if first.pos_ not in ("VERB", "AUX"):
        return verb, verb
    return first, first if verb.tag_ == "VB" else verb


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parse hung as an object on the verb of saying or thinking above a clause
    that has none: in "thinks the outreach to voters was phony" or "explaining the firings amounted
    to X" it is the outreach, the firings; not whom one tells ("told the woman ... is")."""
    head = verb.head
    if verb.dep_ != "ccomp" or child(verb, SUBJECTS) is not None or child(verb, ("expl",)) is not None:
        return None
    obj = child(head, ("dobj",))
    if obj is None or obj.i > verb.i or cues.cue_kind(head) is None:
        return None
    return None if head.lemma_.lower() in cues.tagged(cues.ADDRESSEE) else obj


def perfect(verb: Token) -> bool:
    """Whether ``verb`` is a participle in the perfect, an act done ("has blocked the levy",
    "having taken the money"), not a passive or a state ("was blocked", "is prohibited")."""
    return verb.tag_ == "VBN" and bool(auxiliaries(verb) & (syntax.PERFECT | {"having"}))


def auxiliaries(tok: Token) -> set[str]:
    """The words of ``tok``'s auxiliaries, lower case ("will", "would", "to"), from the columns."""
    cols = columns(tok.doc)
    return {cols.lower[c] for c in syntax.children(tok) if cols.dep[c] == "aux"}


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive: "steps to block X", "the push to scrap X"."""
    return verb.pos_ == "VERB" and "to" in auxiliaries(verb)


def backshifted(tok: Token) -> bool:
    """Whether ``tok`` is the clause reported by a past-tense verb ("she said it would ..."),
    not a question ("asked whether it would ...") or a condition."""
    tok = syntax.first_conjunct(tok)
    return tok.dep_ == "ccomp" and tok.head.tag_ == "VBD" and not marked_by(tok, ("whether", "if"))


def marked_by(clause: Token, words: tuple[str, ...]) -> bool:
    found, lower = syntax.tree(clause.doc), columns(clause.doc).lower
    return any(found.dep[c] == "mark" and lower[c] in words for c in found.children(clause.i))


def conditional(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` holds only under a condition: "would back it only if taxpayers pay nothing"."""
    # also "in the event the dam fails, the levy would be a disaster" and "had it passed, ..."
    return any(
        (c.dep_ == "advcl" and marked(c, lex) and not only_when(c, lex))
        or _in_case(c)
        or (c.dep_ in INVERTIBLE and inverted(c))
        for c in tok.children
    )


def only_when(clause: Token, lex: Lexicon) -> bool:
    """A condition that says when the act comes, not whether its side is held: the thing reaching
    the one to act on it ("would sign it if it lands on her desk", "will veto the bill if it reaches
    him"), or the one who promises it taking office ("if elected, she would scrap the levy", "if he
    wins in November"). "would back it if it came with a cap" does depend on the cap."""
    return _arriving(clause, lex) or _taking_office(clause, lex)


def _arriving(clause: Token, lex: Lexicon) -> bool:
    subject = child(clause, SUBJECTS)
    if clause.lemma_.lower() not in lex.arrival or subject is None or subject.lower_ not in lex.placeholder:
        return False
    places = [
        c for c in clause.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "on"))
    ]
    terms = [c for c in clause.children if c.dep_ == "prep" and c.lower_ not in ("to", "on")]
    return bool(places) and not terms


def _taking_office(clause: Token, lex: Lexicon) -> bool:
    verb = child(clause, ("xcomp",)) if clause.lemma_ == "be" else clause  # "if she were to win"
    if verb is None or (offices := lex.office.get(verb.lemma_.lower())) is None:
        return False
    won = child(verb, ("dobj",))
    if won is not None:
        return won.lemma_.lower() in offices  # "if she wins the race", not "if the levy wins approval"
    subject = child(verb, SUBJECTS) or child(clause, SUBJECTS)
    # "if elected" has no subject; "if she wins" one who runs, not "if it wins"
    return verb.tag_ == "VBN" if subject is None else subject.lower_ not in lex.placeholder


def inverted(clause: Token) -> bool:
    """A condition put by inverting its auxiliary, before the clause it conditions: "had the
    council passed it", "were the court to release them", "should the bill pass"."""
    if clause.dep_ not in INVERTIBLE or clause.i > clause.head.i:
        return False
    subject = child(clause, SUBJECTS)
    if subject is None:
        return False
    if clause.lower_ in INVERTED and clause.i < subject.i:
        return True  # "were the court to ...": the auxiliary heads the clause
    return any(c.dep_ == "aux" and c.lower_ in INVERTED and c.i < subject.i for c in clause.children)


def _in_case(clause: Token) -> bool:
    """A condition led by "in case" or "in the event": on a clause ("in case the dam fails"), or for
    "event" its "of" phrase too ("in the event of a flood"); "in the case of X" tells what is meant."""
    if clause.dep_ == "prep":
        preps = [clause]
    elif clause.dep_ in ("advcl", "ccomp"):
        preps = [c for c in clause.children if c.dep_ == "prep" and c.i < clause.i]
    else:
        return False
    for prep in preps:
        noun = child(prep, ("pobj",)) if prep.lower_ == "in" else None
        if noun is None or noun.lower_ not in ("case", "event"):
            continue
        if clause is not prep:
            return True  # the condition's own clause follows the noun
        if noun.lower_ == "event" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return True
    return False


def hypothetical(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is the condition or lies inside it: "if you leave the battalions, ..." and
    "if the court ruled that the file is useful, ..." take no side. Read up the head column, not
    through ``Token.ancestors``: asked of most verbs the stances weigh."""
    found, lower = syntax.tree(tok.doc), columns(tok.doc).lower
    dep, heads, i = found.dep, found.heads, tok.i
    for _ in heads:  # a bound, as Token.ancestors has: no sound parse climbs that far
        if dep[i] in CONDITIONS and any(
            dep[c] == "mark" and lower[c] in lex.condition for c in found.children(i)
        ):
            return True
        if dep[i] in INVERTIBLE and inverted(tok.doc[i]):
            return True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def marked(clause: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in lex.condition for c in clause.children)


def modal(tok: Token) -> str:
    return tok.lower_ if tok.dep_ == "aux" else ""


def agentive(tok: Token, lex: Lexicon) -> bool:
    """A subject that can commit itself: a person pronoun, a name, an organisation or a country."""
    if tok.pos_ == "PRON":
        return "Prs" in tok.morph.get("PronType") and tok.lower_ not in lex.placeholder
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return syntax.dependent(tok, deps)


def aspect_head(verb: Token, lex: Lexicon) -> Token:
    """The aspect verb a gerund completes ("began" in "began testing X", "has started backing X"),
    which tells, hedges or denies the act and names its doer; else the verb itself."""
    head = verb.head
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lex.aspect
    ):
        return head
    return verb
