"""Criticism and praise of a named actor made by judging them rather than with a verb of criticising.

The annotation rules count verbal criticism or blame of a named actor as ACCUSE and praise as
SUPPORT. Much of it is said as a judgement: "Vale represents a rigged system", "Ruiz is the
stronger candidate", or, in reported speech, as conduct denied: "Okoro said Vale never paid his
staff". A judgement counts only when it is predicated of a named actor (or of he/she/they) by the
clause itself; what someone senses, fears or sees is no judgement of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.events import kinds, modality, parties, readings, sayings, scan, verdicts
from faultlines.events.lexicon import HOSTILE, Code
from faultlines.quotes import cues
from faultlines.syntax import subject as own_subject
from faultlines.views import columns, lemmas, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from faultlines.events.candidate import Candidate
    from faultlines.events.lexicon import Lexicon

# Forms of "lie" (to rest) that tell no lie: "Vale lay in hospital".
RESTING = frozenset({"lay", "lain"})
# Where a judgement of the subject sits: its complement, object, or a modifier of the verb.
PREDICATE_DEPS = frozenset({"acomp", "attr", "dobj", "oprd", "advmod", "npadvmod"})
# Objects that deny the judging word on them: "did nothing wrong" clears its doer.
NOTHING = frozenset({"nothing"})


def find(
    sent: SpacySpan, lex: Lexicon, done: set[int], named: frozenset[int], make: type[Candidate]
) -> list[Candidate]:
    """Judgements in one sentence whose verbs no other pattern has used; ``named`` are the tokens
    of named actors (a recognised name counts too when the actors layer has not run)."""
    doc = sent.doc
    cols = columns(doc)
    span = range(sent.start, sent.end)
    # Most sentences hold neither a judging word nor a negation: leave them before making Tokens.
    if not any(scan.may_judge(doc, lex)[sent.start : sent.end]):
        return []
    judging, lowered = _judging(sent, lex), lemmas(doc)
    found = []
    for i in span:
        # A fault laid by a noun holds whatever the verb around it does ("asked him to defend
        # Vale's corruption" still calls Vale corrupt): the used tokens do not exclude it.
        if cols.pos[i] == "NOUN" and lowered[i] in lex.judge:
            found.extend(_faulted(doc[i], lex, named, make))
        if i in done or cols.pos[i] not in ("VERB", "AUX"):
            continue
        tok = doc[i]
        subject = _subject(tok)
        read = _verdict(tok, subject, named, lex) if i in judging else _denial(tok, subject, named, lex)
        if read is None or modality.in_condition(tok):
            continue
        code, target, sources = read
        # The act is the saying: "said Vale may not have paid" accuses now, whatever the content's mood.
        reporting = sayings.reporting(tok)
        if reporting is not None and reporting.lemma_.lower() in modality.DENYING:
            continue  # "Vale denied that she misled the board" answers a charge: a denial is no event
        if reporting is not None and readings.is_poll(reporting):
            continue  # "51 percent say his conduct was wrong": a poll's share judges no one
        found.append(
            make(
                pred=tok,
                code=code,
                tense=modality.tense(reporting if reporting is not None else tok),
                negated=False,
                sources=sources,
                targets=[target] if target is not None else [],
                depth=len(list(tok.ancestors)),
                secondary=True,
                judged=True,
            )
        )
    return found


def _judging(sent: SpacySpan, lex: Lexicon) -> set[int]:
    """The judging words of a sentence and every word above them: a verb with none at or under it
    can judge only by denying conduct."""
    heads, words = syntax.tree(sent.doc).heads, lemmas(sent.doc)
    out: set[int] = set()
    for i in range(sent.start, sent.end):
        if words[i] not in lex.naming:
            continue
        while i not in out:  # up to the root, or to a word already reached
            out.add(i)
            i = heads[i]
    return out


def _verdict(
    tok: Token, subject: Token | None, named: frozenset[int], lex: Lexicon
) -> tuple[Code, Token | None, list[Token]] | None:
    """The verdict a verb with a judging word passes, on whom, and by whom."""
    if subject is None and tok.dep_ == "acl" and tok.lemma_.lower() in verdicts.NAMING:
        subject = parties.subject(tok)  # "a statement calling the test a violation": its sender's
    judged = verdicts.named_as(tok, named, lex)
    if judged is not None:  # "Cruz called Vale a liar": Cruz judges Vale
        code, target = judged
        if target.dep_ == "nsubjpass":  # "Vale was called a liar by Cruz": Cruz judges Vale;
            namer = verdicts.namer(tok)  # "Vale is considered the best": a reputation, no one's verdict
            return (code, target, [namer]) if namer is not None else None
        return code, target, [subject] if subject is not None else []
    if tok.lemma_.lower() in verdicts.NAMING and subject is not None:
        # "Cruz called the ruling a disaster": Cruz, who names it so, judges a thing, not himself;
        # its named owner is judged with it ("called Vale's ruling a disaster", as "criticised
        # Vale's ruling" judges Vale)
        judged_thing = verdicts.thing_named(tok, named, lex)
        if judged_thing is None:
            return None
        return judged_thing[0], verdicts.owner(judged_thing[1], named), [subject]
    if subject is None or not verdicts.is_named(subject, named, pronoun_ok=True):
        code = _said_of_a_thing(tok, subject, lex)
        return (code, verdicts.owner(subject, named), _speaker(tok)) if code is not None else None
    # "Cruz says Vale represents a rigged system": Vale is judged, by the one saying so
    code = _judged(tok, lex) or _conduct_denied(tok, subject, named, lex)
    return (code, subject, _speaker(tok)) if code is not None else None


def _denial(
    tok: Token, subject: Token | None, named: frozenset[int], lex: Lexicon
) -> tuple[Code, Token | None, list[Token]] | None:
    """The verdict of a verb with no judging word: conduct denied of a named actor, or none."""
    if subject is None or not verdicts.is_named(subject, named, pronoun_ok=True):
        return None
    code = _conduct_denied(tok, subject, named, lex)
    return (code, subject, _speaker(tok)) if code is not None else None


def _said_of_a_thing(tok: Token, subject: Token | None, lex: Lexicon) -> Code | None:
    """A verdict of blame on a plan, a decision or a state of things, in someone's words: "the plan
    is reckless," Vale said, criticises (CAMEO 111, criticism of a policy); narration judges nothing,
    nor does a speaker judging themselves ("I was wrong")."""
    if subject is None:  # "that we keep arguing is insane": a clause judged
        subject = next((c for c in tok.children if c.dep_ == "csubj"), None)
    reporting = sayings.reporting(tok)
    if subject is None or not _deed(subject, lex) or not (reporting is not None or _quoted(tok)):
        return None
    if reporting is not None and modality.is_negated(reporting):
        return None  # "I don't think it is a ridiculous idea"
    if tok.lemma_.lower() in lex.impression and subject.lower_ in verdicts.POINTING:
        return None  # "it sounds crazy": how a situation strikes the speaker, an opinion
    # Praise of a thing is mostly advice or a forecast ("it would be wise to wait"): blame only.
    code = _judged(tok, lex)
    return code if code is not None and code.type == "ACCUSE" else None


def _deed(subject: Token, lex: Lexicon) -> bool:
    """Someone, or something someone did, said or decided, which blame can be laid on: "the
    rioters", a plan, a tweet, an act, "his temperament", "that", a clause; not "the harvest" nor
    the speaker ("I was wrong")."""
    if subject.dep_ == "csubj":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in verdicts.POINTING or subject.lower_ in pronouns.PERSON_SUBJECTS | {"they"}
    lemma = subject.lemma_.lower()
    return (
        lemma in lex.deed
        or kinds.someone(subject, lex)
        or lemma in lex.thing
        or lemma in lex.noun
        or lemma in lex.claim
        or lemma in lex.message
        or any(c.dep_ == "poss" for c in subject.children)
    )


def _faulted(noun: Token, lex: Lexicon, named: frozenset[int], make: type[Candidate]) -> list[Candidate]:
    """A fault laid on a named actor by a noun, in someone's words: "the corruptions of Vale",
    "Vale's incompetence" said or quoted accuse Vale; narration naming a scandal accuses no one."""
    if lex.judge.get(noun.lemma_.lower()) != "ACCUSE":
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    target = next((o for o in owners if verdicts.is_named(o, named, pronoun_ok=False)), None)
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    reporting = sayings.reporting(verb) if verb is not None else None
    if target is None or (reporting is None and not _quoted(noun)):
        return []
    return [
        make(
            pred=noun,
            code=Code("ACCUSE", "disapprove"),
            tense=modality.tense(reporting) if reporting is not None else "past",
            negated=False,
            sources=_speaker(verb) if verb is not None else [],
            targets=[target],
            depth=len(list(noun.ancestors)),
            secondary=True,
            judged=True,
        )
    ]


def _quoted(tok: Token) -> bool:
    """Inside quotation marks opened earlier in its sentence."""
    doc = tok.doc
    marks = [t for t in doc[sentence_start(doc, tok.i) : tok.i] if t.is_quote]
    return len(marks) % 2 == 1


def _subject(tok: Token) -> Token | None:
    subject = own_subject(tok, ("nsubj",))
    if subject is None and tok.dep_ == "conj":
        subject = own_subject(tok.head, ("nsubj",))
    return subject


def _judged(tok: Token, lex: Lexicon) -> Code | None:
    """ACCUSE or SUPPORT from the judging words said of the subject; "is not qualified" criticises."""
    if tok.lemma_.lower() in lex.perceive or tok.lemma_.lower() in lex.speech:
        return None
    phrases = [
        c
        for c in tok.children
        if c.dep_ in PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ in verdicts.AS_PREPS)
    ]
    # The verb judges only on its own: "she succeeded", not "she succeeded Podesta as president";
    # a verb of blame judges whoever it is done to too: "betrayed the voters", "misled the public".
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    blames = lex.judge.get(tok.lemma_.lower()) == "ACCUSE" and all(kinds.someone(o, lex) for o in objects)
    own = [tok] if not objects or blames else []
    words = [
        *own,
        *(t for c in phrases for t in (_object_words(c) if c.dep_ == "dobj" else verdicts.own_words(c))),
    ]
    sides = {lex.judge.get(w.lemma_.lower()) for w in words if w.lower_ not in RESTING} - {None}
    if len(sides) != 1:
        return None
    verdict = sides.pop()
    if not modality.is_negated(tok) and not any(o.lower_ in NOTHING for o in objects):
        return Code(verdict, "disapprove" if verdict == "ACCUSE" else None)
    return Code("ACCUSE", "disapprove") if verdict == "SUPPORT" else None


def _object_words(obj: Token) -> list[Token]:
    """An object's head and the words before it: "a rigged system"; "hackers capable of ..."
    describes the hackers, not the one who trained them."""
    return [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i)]


def _conduct_denied(tok: Token, subject: Token, named: frozenset[int], lex: Lexicon) -> Code | None:
    """ "Okoro said Vale never paid his staff": conduct denied of a named actor by someone else;
    "X is not Y" describes and "X has not" is no conduct."""
    if tok.lemma_ in ("be", "have") or not modality.is_negated(tok):
        return None
    if tok.lemma_.lower() in lex.impression or cues.cue_kind(tok) == "belief":
        return None  # "never seem to tire", "never expected that ...": a mind, no conduct
    if any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "has not been cleared to play": what was not done to the subject
    perfect = any(a.lemma_ == "have" for a in modality.auxiliaries(tok))
    if modality.tense(tok) in ("future", "hypothetical") and not perfect:
        # "Vale may not change course", "will not back down" forecast; "may not have paid" charges
        return None
    said = [t for c in tok.children if c.dep_ in PREDICATE_DEPS for t in (c, *c.children)]
    if any(lex.judge.get(t.lemma_.lower()) == "ACCUSE" for t in said) or _misdeed(tok, lex):
        return None  # "Vale did not do anything wrong", "Vale never lied" clear Vale of a fault
    reporting = sayings.reporting(tok)
    if reporting is None or modality.is_negated(reporting):
        return None  # "we never said Vale could not play" takes back a claim; it accuses no one
    # "Okoro said he never paid" may deny Okoro's own conduct; "I think he never paid" is of another.
    speaker = parties.subject(reporting)
    if speaker is not None and _speaks_for(speaker, subject):
        return None  # "Vale's lawyer said Vale never meant harm" defends Vale
    of_another = speaker is not None and speaker.lower_ in pronouns.FIRST_PERSON_SUBJECTS
    return Code("ACCUSE", "disapprove") if verdicts.is_named(subject, named, pronoun_ok=of_another) else None


def _misdeed(tok: Token, lex: Lexicon) -> bool:
    """A verb whose act is a fault, hostile or blaming: "never lied", "did not insult anyone"."""
    lemma = tok.lemma_.lower()
    if lex.judge.get(lemma) == "ACCUSE" or lex.naming.get(lemma) == "ACCUSE":
        return True
    code = lex.verb.get(lemma)
    return code is not None and (code.type in HOSTILE or code.type == "ACCUSE")


def _speaks_for(speaker: Token, subject: Token) -> bool:
    """ "Vale's lawyer", "his spokesman", "a spokeswoman for Vale": one who speaks for the one whose
    conduct is denied."""
    names = {subject.lower_, *(c.lower_ for c in subject.children if c.dep_ == "compound")}
    held = [c for c in speaker.children if c.dep_ == "poss"]
    held += [g for c in speaker.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    return any(h.lower_ in names or h.lower_ in pronouns.THIRD_PERSON_OWNERS for h in held)


def _speaker(tok: Token) -> list[Token]:
    """The one judging: the subject of the verb of saying the judgement is reported by, if any."""
    verb = sayings.reporting(tok)
    speaker = parties.subject(verb) if verb is not None else None
    return [speaker] if speaker is not None else []
