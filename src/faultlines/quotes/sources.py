"""Source phrases: the noun phrase that says, and the name a speaker goes by.

The source is the subject noun phrase without what only describes it further: appositives
("Eva Lind, a former envoy, told") and relative clauses stay out, possessors ("Eva Lind's
government") and titles stay in, as news attribution corpora mark them.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from faultlines.quotes.cues import cue_kind
from faultlines.quotes.found import Bounds, token_bounds

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Dependents that describe a source rather than name it.
DESCRIBING = {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "dep"}
# Entity labels of phrases that say when, never who: "“…,” the mayor said Monday".
WHEN = {"DATE", "TIME"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A cue reached through these relations takes its subject from the verb it hangs on; "prep" is
# passed on the way up from a gerund ("criticized him for refusing"), "acomp" from an adjective
# ("was determined to warn").
CLIMB = {"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "dep", "prep", "acomp"}
NOMINAL = {"NOUN", "PROPN"}
RELATIVE = {"who", "which", "that"}
FINITE = {"VBD", "VBZ", "VBP"}
DASHES = {"-", "--", "—", "―", "–"}
# Tokens from a dateline's place to its dash at most: "HANOI, Vietnam (AP) —".
DATELINE_REACH = 8


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` in its sentence (never across a line break: see nlp.py), from the
    governing verb for "…, saying" and "and added"."""
    cue = verb
    for _ in range(4):
        if agent := _agent(verb):
            return agent  # "was told by aides that …": the agent speaks, not the subject
        subjects = []
        for child in verb.children:
            if child.dep_ == "nsubjpass" and verb is cue:
                return None  # "were told that …", "is expected to": the subject is told or talked about
            if child.dep_ in SUBJECTS:
                subjects.append(child)
        if subjects:
            # "BUFFALO, N.Y. — …, coach Lea Berg expressed": a dateline is no subject beside one
            return next((c for c in subjects if not _dateline(c)), subjects[0])
        if verb.dep_ not in CLIMB or verb.head.i == verb.i:
            return _name_before(verb)
        if _misparsed_verb(verb.head):
            return _name_before(verb.head)
        if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL:
            return verb.head  # "a statement naming the winner": the noun it describes
        hung = verb.dep_ in ("advcl", "conj")
        verb = verb.head
        if hung and _reported(verb):
            verb = verb.head  # "said the mine was sold, adding that …": the sayer adds, not the mine
    return None


def _reported(verb: Token) -> bool:
    """A clause another cue reports: a second cue hung on it is the reporter's."""
    return verb.dep_ == "ccomp" and verb.head.i != verb.i and cue_kind(verb.head) is not None


def _name_before(verb: Token) -> Token | None:
    """A finite verb the parse left without a subject ("the Post Trump said that …"): the name before it."""
    if verb.i == 0 or not (verb.tag_ in FINITE or _misparsed_verb(verb)):
        return None
    before = verb.nbor(-1)
    named = (before.pos_ in ("PROPN", "PRON") or _misparsed_verb(verb)) and before.tag_ != "EX"  # not "there"
    return before if named and before.sent == verb.sent else None


def _misparsed_verb(tok: Token) -> bool:
    """ "Trump charges that …", "Trump avoids condemning …": the small model reads a sentence-opening
    name and a verb in -s as one noun phrase (the verb its plural head, or the name's object)."""
    if tok.tag_ != "NNS" or tok.i == 0 or tok.i - 1 != tok.sent.start:
        return False
    before = tok.nbor(-1)
    linked = before.head.i == tok.i or tok.head.i == before.i
    return linked and before.text[:1].isupper() and before.pos_ in NOMINAL


def source_heads(subject: Token) -> list[Token]:
    """The heads of the source phrases of ``subject``, the one naming the speaker first.

    "an architect who said …": the noun names the speaker and the pronoun is the subject; corpora
    mark either. "The union released a statement condemning …": the union speaks through the
    statement. The speaker is resolved from the first source.
    """
    if _dateline(subject) and (named := _after_dateline(subject)):
        return source_heads(named)  # "OSLO -- Mayor Lind said": the parse made the place the subject
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        return [subject.head.head, subject]
    if _issued(subject) and (issuer := subject_of(subject.head)) is not None:
        return [*source_heads(issuer), subject]
    return [subject]


def _dateline(token: Token) -> bool:
    """A capitalised place opening a line and a dash closing it ("OSLO —", "HANOI, Vietnam (AP) —"):
    the dateline of a story."""
    doc = token.doc
    if not (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws):
        return False
    if not (token.text.isupper() and len(token.text) > 1):
        return False
    for t in doc[token.i + 1 : token.i + DATELINE_REACH]:
        if t.text in DASHES:
            return True
        if not (t.is_punct or t.pos_ == "PROPN"):
            return False
    return False


def _after_dateline(place: Token) -> Token | None:
    """The name the parse hung on a dateline after its dash: "HANOI (AP) — Minister Ana Lind"."""
    dash = next((t.i for t in place.doc[place.i + 1 : place.i + DATELINE_REACH] if t.text in DASHES), None)
    return next((c for c in place.children if c.dep_ == "appos" and dash is not None and c.i > dash), None)


def _issued(noun: Token) -> bool:
    """ "The union released a statement condemning …": the noun a participle describes was put out
    by the subject of the verb it hangs on (not of a speech verb: "described as false a tweet …")."""
    if not any(c.dep_ == "acl" for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":  # "said at a news conference announcing …"
        return head.head.pos_ == "VERB"
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and not cue_kind(head)


def first_nominal(tokens: list[Token]) -> Token | None:
    """The first noun or pronoun of ``tokens`` that heads its phrase: the fallback source."""
    for t in tokens:
        if is_nominal_head(t) and not (t.head.pos_ in ("PROPN", "NOUN") and t.head.i > t.i):
            return t
    return None


def is_nominal_head(token: Token) -> bool:
    """A noun or pronoun that could name a speaker: not a date or time ("Monday", "this week")."""
    return token.pos_ in ("PROPN", "PRON", "NOUN") and token.ent_type_ not in WHEN


def _agent(verb: Token) -> Token | None:
    """The agent of a passive cue: "was endorsed by the union"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``, descriptions left out."""
    left, right = head.i, head.i
    for child in head.children:
        if child.dep_ in DESCRIBING or _aside(child):
            continue
        lo, hi = phrase_bounds(child)
        left, right = min(left, lo), max(right, hi - 1)
    return left, right + 1


def phrase_span(head: Token) -> Bounds:
    """Character bounds of the phrase ``phrase_bounds`` gives."""
    lo, hi = phrase_bounds(head)
    return token_bounds(head.doc[lo], head.doc[hi - 1])


def _aside(child: Token) -> bool:
    """A phrase the parse hung on a source that says when or where, not who: "Eva Lind this week
    said", a dateline "OSLO - Ministers said"; not the first half of a hyphenated word ("star-turned")."""
    if child.dep_ != "npadvmod":
        return False
    edge = child.right_edge
    return edge.i + 1 >= len(edge.doc) or edge.nbor(1).text != "-" or bool(edge.whitespace_)


def speaker_name(source: SpacySpan, doc_ents: Sequence[SpacySpan]) -> str:
    """The person named in a source phrase ("Eva Lind"), the organisation it is, or the phrase itself.

    ``doc_ents`` is the Doc's ``ents``, read once by the caller: ``Span.ents`` rebuilds them per call.
    """
    ents = _ents_within(source, doc_ents)
    for ent in ents:
        if ent.label_ == "PERSON":
            return ent.text
    for ent in ents:
        if ent.start <= source.root.i < ent.end:
            return ent.text
    names = [t for t in source if t.pos_ == "PROPN"]
    if names and names[-1].i - names[0].i == len(names) - 1:
        return source.doc[names[0].i : names[-1].i + 1].text  # one run of proper nouns
    return source.text


def _ents_within(source: SpacySpan, doc_ents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """``source.ents`` from the Doc's entities: those inside it, up to the first that runs past its end."""
    within = []
    for ent in doc_ents[bisect_left(_starts(doc_ents), source.start) :]:
        if ent.end > source.end:
            break
        within.append(ent)
    return within


# The entity starts of the Doc whose speakers are being named (one Doc at a time): the same ``ents`` come
# with every quote of an article, and listing their starts per quote cost the square of its length.
_ENT_STARTS: list = [None, []]


def _starts(doc_ents: Sequence[SpacySpan]) -> list[int]:
    if _ENT_STARTS[0] is not doc_ents:
        _ENT_STARTS[:] = [doc_ents, [e.start for e in doc_ents]]
    return _ENT_STARTS[1]
