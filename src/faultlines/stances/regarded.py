"""Quoted judgements that name a thing as something: "described the levy as disastrous", "sees the
plan as an abuse of power". Only the speaker's own naming counts, not a naming they say others make.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.stances import clauses, judged, keys, valence
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.quoted import Context

if TYPE_CHECKING:
    from spacy.tokens import Token


# Prepositions by which a verb of regarding names its object: "as"; "for" after a factive verb only
# ("exposed him for the fraud he is", not "praised him for his courage").
NAMING_AS = ("as", "for")


def named_as(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "described the levy as disastrous", "sees the plan as an abuse of power", "should be
    recognized as intolerable": a verb of regarding names its object what "as" says. In the
    narration, ``regards`` reads the same verbs with the words of ``stance_words.txt`` only."""
    verb = tok.head.head
    if tok.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.regard:
        return None  # "treated as an outpatient", "used it as a weapon" tell what was done with it
    factive = verb.lemma_.lower() in lex.factive
    if tok.head.lower_ == "for" and not factive:
        return None  # "praised her for her courage" gives a reason, it names nothing
    subject = clauses.child(verb, ("dobj", "nsubjpass"))
    side = valence.judgement(tok, lex)[0]
    if subject is None or not side or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    if not factive and _named_by_another(verb, context):
        return None  # "he must stop portraying us as gangsters" is his naming, which the speaker denies
    if subject.tag_ in ("WP", "WDT") or not (
        judged.judged_thing(subject, tok, lex, context.contested) or _at_stake(subject, context.contested)
    ):
        return None
    someone = judged.someone(subject) or context.actor_at.get(subject.i) == "person"
    if someone and (tok.pos_ != "NOUN" or subject.ent_type_ in ("NORP", "GPE")):
        return None  # "described him as tired" tells how he was; "as a liar" judges him
    return judged.expression(tok, side, subject, verb, lex, context)


def _named_by_another(verb: Token, context: Context) -> bool:
    """Whether the one who names a thing so is someone the speaker speaks of ("voters see it as a
    sham", "he must stop portraying us as gangsters"), not the speaker ("we see it as a sham"), nor
    the speaker as the narration names them ("Lee described it as a sham")."""
    namer = syntax.subject(verb, ("nsubj",))
    if namer is None and verb.dep_ == "xcomp":
        namer = syntax.subject(verb.head, ("nsubj",))  # the doer of "must stop portraying"
    return (
        namer is not None
        and namer.lower_ not in pronouns.FIRST_PERSON_SUBJECTS
        and namer.i in context.quote_at
    )


def _at_stake(subject: Token, contested: frozenset[str]) -> bool:
    """A thing named so as to say what the headline is about, its modifiers after it too: "the
    wave of police shootings" under a headline on a police shooting. Only a thing a speaker names
    *as* something is read so widely: naming it so is what the regarding verb does."""
    doc = subject.doc
    return subject.pos_ == "NOUN" and bool(
        keys.key(doc[subject.left_edge.i : subject.right_edge.i + 1].text) & contested
    )
