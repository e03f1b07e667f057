"""The object of a cue and what it reports: a that-clause the parse hung on a noun after the cue, a
clause read as an object, an object with the phrase that says what it is or did ("described her as
reckless", "accused the board of waste"), and the bare topic that states nothing ("condemned the
move")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes.cues import ADDRESSEE, OBJECT_TO, cue_kind, cue_kind_at, tagged
from faultlines.quotes.marks import DOUBLE, SINGLE
from faultlines.syntax import phrase_bounds, subtree
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
FINITE_OR_PARTICIPLE = ("VBD", "VBZ", "VBP", "VBN")
# The fewest words a reported clause or phrase has; a that-clause shorter than this after "that" is a
# parse cut short.
MIN_WORDS = 2
# Tokens after a cue within which a that-clause hung on a noun may still be what the cue reports.
STRAY_THAT_REACH = 16
# Prepositions after an object that carry the claim: "accused X of", "described X as", "blamed X for".
OBJECT_PREP = {"as", "of", "for"}
# Tokens of the longest object that, bare, only names a topic: "the move", "victory". Longer ones
# cost recall on PolNeAR (3 tokens: polnear-dev quote F1 0.712 -> 0.703; see _bare_topic).
BARE_TOPIC_TOKENS = 2


def stray_that(cue: Token) -> Token | None:
    """ "told staff at a briefing that crews …": a that-clause the parse hung on a noun
    after the cue (as a relative clause) rather than on the cue; the first one within reach."""
    doc, cols = cue.doc, columns(cue.doc)
    for i in range(cue.i + 1, min(cue.right_edge.i + 1, cue.i + STRAY_THAT_REACH)):
        if cue_kind_at(cols, i) or cols.text[i] in (".", ";", "!", "?"):
            return None
        if cols.lower[i] != "that":
            continue
        token = doc[i]
        if (
            (token.dep_ in ("mark", "advmod") or _told_whom(cue, token))
            and token.head.dep_ in ("relcl", "acl", "ccomp")
            and token.head.head.i != cue.i
            and any(c.dep_ in SUBJECTS for c in token.head.children)
            and token.head.right_edge.i - token.i > MIN_WORDS  # not a clause the parse cut short
        ):
            return token
    return None


def _told_whom(cue: Token, that: Token) -> bool:
    """ "tells the radio that she resigned …": after the one a cue addresses, "that" opens what was said,
    though the parse made it the object of a relative clause on the addressee."""
    clause = that.head
    return (
        that.dep_ == "dobj"
        and cue.lemma_.lower() in tagged(ADDRESSEE)
        and clause.head.dep_ in ("dobj", "dative")
        and clause.head.head.i == cue.i
        and that.i == phrase_bounds(clause.head)[1]
        and any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children)
    )


def object_clause(children: list[Token]) -> Token | None:
    """ "said more than 300 people registered": a clause the parse read as an object with a verb
    hung on it. "say" takes no such object otherwise."""
    for child in children:
        if child.dep_ == "dobj" and any(
            c.dep_ in ("acl", "relcl") and c.tag_ in FINITE_OR_PARTICIPLE and c.i > child.i
            for c in child.children
        ):
            return child
    return None


def bare_topic(cue: Token, obj: Token, end: int) -> bool:
    """A short common-noun object and nothing more ("condemned the move", "claimed victory",
    "welcomed the exchange") names what was talked about and states nothing: not a quote. Named
    objects ("endorsed Trump"), objects with what is said of them ("accused X of …") and quoted words
    stay. PolNeAR annotates some such objects; the news sets annotated for attribution do not."""
    lo = obj.left_edge.i
    return (
        end == obj.right_edge.i + 1
        and end - lo <= BARE_TOPIC_TOKENS
        and obj.pos_ != "PROPN"
        and not any(word in DOUBLE + SINGLE for word in columns(cue.doc).text[lo:end])
    )


def object_end(cue: Token, obj: Token) -> int:
    """End of an object with the phrase that says what it is or did: "described her as reckless"; a
    description set off by a comma is the writer's ("praised the plan, which includes …")."""
    end = obj.right_edge.i + 1
    for child in cue.children:
        if child.dep_ != "prep" or child.i < end:
            continue
        if child.lower_ in OBJECT_PREP and child.i == end:
            end = child.right_edge.i + 1
        elif child.lower_ == "to" and cue.lemma_.lower() in tagged(OBJECT_TO):
            end = child.right_edge.i + 1  # "attributed the rally in stocks to the ruling"
    end = _gerund_conjunct(cue, end)
    if end > obj.right_edge.i + 1:
        return end
    doc, cols = cue.doc, columns(cue.doc)
    for i in subtree(obj):
        if cols.dep[i] in ("relcl", "appos", "acl"):
            lo = doc[i].left_edge.i
            if lo > obj.i and cols.text[lo - 1] == ",":
                end = min(end, lo - 1)
    return end


def _gerund_conjunct(cue: Token, end: int) -> int:
    """ "accused the board of waste and using fees as a shield": a gerund the parse joined
    to the cue goes on with what it reports (a finite verb takes no gerund conjunct of its own),
    unless it is a cue of its own ("touting X and saying Y")."""
    doc = cue.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "or"):
        return end
    conj = doc[end + 1]
    if conj.dep_ == "conj" and conj.head.i == cue.i and conj.tag_ == "VBG" and not cue_kind(conj):
        return conj.right_edge.i + 1
    return end
