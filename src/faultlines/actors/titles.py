"""Roles from the words around a name: pre-modifiers ("Norwegian Fisheries Minister Eva Lind")
and appositives ("Eva Lind, a former envoy to Canada"; "the witness, Rosa Lind").

A role is kept as written, without its article, so "former" stays and current and former roles are
never merged. A person told or asked something in a podcast or on a show is its host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax, views
from faultlines.actors import lexicon
from faultlines.quotes.cues import INTERVIEW, tagged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Courtesy titles: not roles, but they carry gender.
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "dr": None,
    "dr.": None,
}
CONNECTORS = frozenset({"of", "for", "and", "the", "on", "-"})
# The connectors that are prepositions: a name they govern is not the title's holder.
GOVERNING = frozenset({"of", "for", "on"})
LEFT_STOPS = frozenset({"the", "a", "an", "this", "that", "said", "says", "told"})


def _title_word(tok: Token) -> bool:
    """A word that may stand in a title before a name: capitalised, an entity word, or a role noun."""
    if tok.is_punct and tok.text not in ("-", "."):
        return False
    if tok.lower_ in LEFT_STOPS or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM"):
        return False
    if lexicon.roles().get(tok.lower_) or tok.lower_ in (
        "former",
        "deputy",
        "vice",
        "acting",
        "senior",
        "chief",
    ):
        return True
    if tok.ent_type_ == "PERSON":
        return False  # another name ends the title: "Senator Julia Cole" after "Senator Ray Ames and"
    if tok.is_sent_start:
        return bool(tok.ent_type_ in ("NORP", "GPE", "ORG") or lexicon.place(tok.text))
    return tok.text[:1].isupper()


def _extends_title(doc, i: int, sent_start: int) -> bool:
    """Whether token ``i`` continues a title leftwards: a title word, or a connector between two."""
    tok = doc[i]
    if _title_word(tok):
        return not (tok.text.startswith("'") or tok.tag_ == "POS")
    return tok.lower_ in CONNECTORS and i - 1 >= sent_start and _title_word(doc[i - 1])


# The title run before each name start asked about, per Doc: a name's mentions, clusters and
# speakers each ask it of the same span.
PREMODIFIERS = views.DocCache["dict[int, Span | None]"]("actors.premodifiers")


def premodifier(name: Span) -> Span | None:
    """The title run right before a name, if it holds a role noun: "Norwegian Fisheries Minister" before "Eva Lind"."""
    found = PREMODIFIERS.get(name.doc, dict)
    if name.start not in found:
        found[name.start] = _premodifier(name.doc, name.start)
    return found[name.start]


def _premodifier(doc: Doc, start: int) -> Span | None:
    sent_start = views.sentence_start(doc, start)
    if start > sent_start and doc[start - 1].lower_ in CONNECTORS:
        return None  # "the head of the studio and Ada Vale": the title ends before the name's connector
    i = start
    while i > sent_start and _extends_title(doc, i - 1, sent_start):
        i -= 1
    # "an attorney for Ada Vale", "the wife of Senator Ada Vale": the role before the preposition the
    # name hangs on is someone else's; the name's own title is what follows it
    i = max([i, *(t.i + 1 for t in doc[i:start] if t.lower_ in GOVERNING and t.is_ancestor(doc[start]))])
    while i < start and (doc[i].lower_ in CONNECTORS or doc[i].is_punct):
        i += 1
    if i == start:
        return None
    words = views.columns(doc).text[i:start]
    return doc[i:start] if lexicon.find_role(words) or lexicon.role(words) else None


def _phrase(head: Token, stop: int | None = None) -> Span:
    """A noun phrase under ``head`` without its leading article and trailing punctuation, ending
    before token ``stop`` when given."""
    doc = head.doc
    # Stop before a relative clause: "the envoy, who arrived on Monday" keeps "the envoy".
    clauses = [c.left_edge.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    start = head.left_edge.i
    end = min([head.right_edge.i + 1, *clauses, *([stop] if stop is not None else [])])
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].tag_ == "PRP$"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def appositives(name: Span) -> list[Span]:
    """Role phrases in apposition to a name, either way round, when they hold a role noun."""
    head, doc = name.root, name.doc
    dep = views.columns(doc).dep  # asked of every person mention: few names have an appositive
    found = [_phrase(doc[c]) for c in syntax.children(head) if dep[c] == "appos"]
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and head.head.ent_type_ != "PERSON":
        # "the hospital's chief executive, Martin Holt": the role phrase ends where the name begins.
        found.append(_phrase(head.head, stop=name.start if head.head.i < name.start else None))
    return [span for span in found if len(span) and _outside(span, name) and _has_role_noun(span)]


def _outside(span: Span, name: Span) -> bool:
    return span.end <= name.start or span.start >= name.end


def _has_role_noun(span: Span) -> bool:
    return any(lexicon.roles().get(t.lower_) for t in span if t.pos_ in ("NOUN", "PROPN"))


def honorific_gender(name: Span) -> str | None:
    """The gender an honorific opening the name or just before it tells: "Mrs. Vale", "Mr Ruiz"."""
    lower, start = views.columns(name.doc).lower, name.start  # asked of every person mention: no Tokens
    for i in (start, start - 1) if start > 0 else (start,):
        if lower[i] in HONORIFICS:
            return HONORIFICS[lower[i]]
    return None


def strip_honorific(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return words


# Formats whose host is a journalist ("told Dan Okoro in a podcast episode", "on Lena Berg's show")
# -> the role that host plays, most telling first: a "podcast episode" makes a podcast host.
MEDIA_FORMATS = {
    "podcast": "podcast host",
    "show": "show host",
    "programme": "programme host",
    "program": "program host",
    "broadcast": "host",
    "episode": "host",
    "interview": "interviewer",
}


def interviewer(span: Span) -> str | None:
    """The role of the person named if they are the one interviewing: told or asked something in a
    media format, or the owner of the show; None otherwise."""
    head = span.root
    if head.dep_ == "poss":
        return MEDIA_FORMATS.get(head.head.lower_)
    verb = head.head
    if head.dep_ not in ("dobj", "dative") or verb.lemma_ not in tagged(INTERVIEW):
        return None
    # "in a podcast", or a second object where a show's title broke the parse ("told X in a Call Me
    # Back podcast episode"); never inside a clause ("told X that the interview was over").
    around = [c for c in verb.children if c.i != head.i and c.dep_ in ("prep", "dobj", "npadvmod")]
    words = {w.lower_ for child in around for w in child.subtree}
    return next((role for fmt, role in MEDIA_FORMATS.items() if fmt in words), None)


def untitle(name: Span) -> Span:
    """A person's name without the titles NER took into it: "Councillor Rafael Okonjo" -> "Rafael Okonjo"."""
    start = name.start
    while name.end - start > 2 and is_title(name.doc[start]):
        start += 1
    return name.doc[start : name.end]


def is_title(tok: Token) -> bool:
    """A capitalised honorific or role noun: "Mayor", "Mrs."."""
    word = tok.lower_
    return tok.text[:1].isupper() and (word in HONORIFICS or lexicon.roles().get(word) is not None)
