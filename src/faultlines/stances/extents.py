"""Extents: where a topic phrase starts and ends in the parse.

A noun phrase keeps its own wording (compounds, modifiers, prepositional phrases, a short relative
clause that says which one, the name it is known by) and ends at the first clause, apposition,
comma or time phrase; a verb phrase keeps its object and complements. The judgement leading a noun
("a really outrageous tweet") is the stance, not its topic, and is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import namings
from faultlines.events import lexicon as events_lexicon
from faultlines.quotes.marks import QUOTE_MARKS
from faultlines.stances import phrasal, phrases
from faultlines.stances.antecedents import gives_name
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.syntax import TIME_ENTITIES, tree
from faultlines.views import columns, sentence_numbers, sents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependents that belong to a noun phrase's or a verb phrase's own wording (not a clause hung on it).
NP_RIGHT = frozenset({"prep", "pobj", "pcomp", "compound", "amod", "nummod", "nmod", "dobj"})
NP_LEFT_DROP = frozenset({"det", "predet", "preconj", "punct"})
# Longest relative clause that still belongs to the naming of a thing ("the rate he proposed").
RELATIVE_WORDS = 12
# Dependents that make a clause of a thing and what it is held to be: a verb, a conjunction.
SMALL_CLAUSE_NOT = frozenset({"aux", "auxpass", "cop", "mark", "expl"})
# Verbs by which a "what" clause names a thing: "what would become the Harbor Act".
BECOMING = frozenset({"be", "become"})
# Prepositions that place a saying in a message or on an occasion: "in a statement", "during an interview".
WHERE_SAID = frozenset({"in", "during", "via", "through"})
VP_RIGHT = frozenset({"dobj", "prep", "prt", "dative", "attr", "acomp", "oprd", "xcomp", "agent", "pobj"})


def _left_start(head) -> int:
    start = head.i
    lefts = list(head.lefts)
    for n in range(len(lefts) - 1, -1, -1):
        child = lefts[n]
        if child.text == "," and 0 < n < len(lefts) - 1 and _adjectives(lefts[n - 1], lefts[n + 1]):
            continue  # "its costly, reckless plan": one phrase
        if _joining_hyphen(child):
            continue  # "fact-checking" is one word, parsed as three
        if _bracketed_short_name(child):
            continue  # "the Lunar Freight System (LFS) contract": the bracketed short name is the name's
        if child.dep_ in NP_LEFT_DROP and child.text not in QUOTE_MARKS:
            break
        if child.dep_ == "poss" and (child.pos_ == "PRON" or child.ent_type_ in TIME_ENTITIES):
            break  # "its current form" -> "current form"; "Friday's ruling" is owned by no one
        start = child.left_edge.i
    return start


def _joining_hyphen(tok) -> bool:
    """A hyphen with no space on either side, which joins two words into one ("fact-checking")."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _bracketed_short_name(tok) -> bool:
    """A bracket around a short name written right after the name it stands for, inside a noun
    phrase: "(LFS)" of "the Lunar Freight System (LFS) contract". Brackets around anything else (an
    aside, a year) still end the phrase."""
    doc = tok.doc
    if tok.text == ")":
        opening, closing = tok.i - 2, tok.i
    elif tok.text == "(":
        opening, closing = tok.i, tok.i + 2
    else:
        return False
    if opening < 1 or closing >= len(doc) or (doc[opening].text, doc[closing].text) != ("(", ")"):
        return False
    short, named = doc[opening + 1], doc[opening - 1]
    return short.text.isupper() and named.pos_ == "PROPN" and doc[closing + 1].pos_ in ("NOUN", "PROPN")


def _adjectives(*words) -> bool:
    """Adjectives modifying one noun, a quotation mark between them aside."""
    return all(w.dep_ == "amod" or w.text in QUOTE_MARKS for w in words)


def _unjudged(doc: Doc, start: int, head: int) -> int:
    """Where a noun phrase starts once the judgement leading it is left out: "a really outrageous
    tweet" names the tweet; the judgement is the stance, not its topic. A judging word that may
    classify ("a constitutional amendment") stays unless something marks it as a judgement: an
    intensifier ("very", "really"), or a thing said as its noun."""
    judging = load_lexicon().evaluative
    said = load_lexicon().generic.get(doc[head].lemma_.lower()) == "said"
    at = start
    while at < head and (doc[at].dep_ in ("det", "advmod") or doc[at].lemma_.lower() in judging):
        at += 1
    judged = [t for t in doc[start:at] if t.lemma_.lower() in judging]
    marked = said or any(c.dep_ == "advmod" for t in judged for c in t.children)
    return at if judged and marked else start


def _right_end(head, parts: frozenset[str]) -> int:
    """Where a phrase ends: its head's wording dependents, each cut the same way, up to the first
    clause, apposition or comma ("fees, such as those paid by ..." end at "fees")."""
    end = head.i + 1
    enabled = phrases.enabled(head)
    for child in head.rights:
        if child.text in QUOTE_MARKS:
            continue
        if gives_name(child):
            end = child.right_edge.i + 1  # "the cuts known as sequestration": the name belongs
            continue
        if _quoted_words(child, end):
            end = child.right_edge.i + 1
            end += end < len(child.doc) and child.doc[end].text in QUOTE_MARKS  # its closing mark
            continue
        if (clause := _restrictive(child, end)) is not None:
            end = clause
            continue
        if _small_clause(child, end):
            end = _right_end(child, NP_RIGHT)  # "consider the farms illegal": what they are held to be
            continue
        if enabled is not None and enabled.i == child.i and child.left_edge.i == end:
            end = _right_end(child, VP_RIGHT)  # "a plan to help farmers cut costs": what it gets done
            continue
        if _inner_adverb(child, end, parts):
            end = child.right_edge.i + 1  # "drifting too far to the right": the way goes on after it
            continue
        if _what_it_became(child):
            end = _right_end(child, VP_RIGHT)  # "the first draft of what would become the Harbor Act"
            continue
        if (
            child.dep_ not in parts
            or _when(child)
            or _where_said(child)
            or _dangling(child)
            or _given_name(child)
        ):
            break
        if child.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children):
            break  # "close the depots to save money": the purpose is not the action
        end = _right_end(child, NP_RIGHT)
    return end


def _inner_adverb(child, end: int, parts: frozenset[str]) -> bool:
    """An adverb of a verb right after its words, with more of its wording after it: "too far" in
    "drifting too far to the right" ("cut taxes now" ends before "now")."""
    if child.dep_ != "advmod" or child.head.pos_ != "VERB" or child.left_edge.i != end:
        return False
    after = next((c for c in child.head.rights if c.i > child.i), None)
    return after is not None and after.dep_ == "prep" and "prep" in parts and not _dangling(after)


def _what_it_became(child) -> bool:
    """A "what" clause after a preposition that names the thing by what it became or is called: "a
    draft of what would become the Harbor Act", "a version of what has become known as the toll cap"."""
    return (
        child.dep_ == "pcomp"
        and child.lemma_.lower() in BECOMING
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in child.children)
    )


def _small_clause(child, end: int) -> bool:
    """A thing and what a verb holds or makes it, with no verb between them, right after the verb:
    "consider the farms illegal", "declare the levy void" (parsed as a clause of their own, which a
    clause with its verb, "consider that the farms are illegal", is not)."""
    if child.dep_ != "ccomp" or child.pos_ != "ADJ" or child.head.pos_ != "VERB" or child.left_edge.i != end:
        return False
    kids = list(child.children)
    return any(c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in SMALL_CLAUSE_NOT for c in kids)


def _given_name(child) -> bool:
    """The name a naming verb gives a thing, which the parse hung inside it: an object of a noun or
    a second object of a verb or a preposition ("called Friday's ruling a disaster", "the move to
    close the port a mistake", "the merger with Apex a mistake"), or an "as" phrase after the object
    ("described last week's vote as a betrayal", "dismissed the claims about the fund as politics";
    not "fees such as tolls")."""
    head = child.head
    if namings.second_object(child):
        return True  # "the merger with Apex a mistake", "a mistake" hung on "with"
    if child.dep_ == "dobj":
        return head.pos_ in ("NOUN", "PROPN") or any(
            c.dep_ == "dobj" and c.i < child.i for c in head.children
        )
    if (
        child.dep_ != "prep"
        or child.lower_ != "as"
        or any(c.lower_ in ("such", "well") for c in child.children)
    ):
        return False
    while head.dep_ in ("pobj", "prep"):
        head = head.head  # "the claims about the fund as politics": "as" hung on the last noun
    lex = load_lexicon()
    return head.dep_ == "dobj" and head.head.lemma_.lower() in lex.regard | lex.naming


def _quoted_words(child, end: int) -> bool:
    """An apposition in quotation marks right after its noun, which says what the words are: "use
    the words 'Islamic terrorism'", "the phrase 'fake news'"."""
    doc = child.doc
    # the opening mark may hang on the apposition or on the noun
    if child.dep_ != "appos" or child.left_edge.i not in (end, end + 1) or doc[end].text not in QUOTE_MARKS:
        return False
    # not a name a naming verb gives: "called the bill 'political nonsense'"
    return not namings.given(child, load_lexicon().naming)


def _restrictive(child, end: int) -> int | None:
    """Where a short relative clause right after its noun ends, when it says which one the noun is,
    with no comma before it: "loopholes that favour landlords", "the backing she has". It ends as a
    verb phrase does, at its first comma or clause."""
    if child.dep_ != "relcl" or child.head.pos_ != "NOUN" or child.left_edge.i != end:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in child.children):
        return None  # "a levy that would force farmers to pay" would end mid-way, at "force"
    if _judged_by(child):
        return None  # "the payout that Lee blasted": who judged it is not which payout it is
    stop = _right_end(child, VP_RIGHT)
    return stop if stop - end <= RELATIVE_WORDS else None


def _judged_by(verb) -> bool:
    """A relative clause in which someone named names its noun or attacks it: "the payout that Lee
    blasted", "a levy that Ruiz called a disaster". Not one whose noun does something ("loopholes
    that favour landlords"), nor one that says whose it is ("the programs she has proposed")."""
    lex = load_lexicon()
    lemma = verb.lemma_.lower()
    judging = lex.attitude.get((lemma,)) == -1 or lemma in lex.regard | lex.naming
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return judging and subject is not None and subject.pos_ in ("PROPN", "PRON") and subject.tag_ != "WDT"


def noun_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """The token range of the noun phrase ``head`` heads, without its leading judgement."""
    return _trim(doc, _unjudged(doc, _left_start(head), head.i), _right_end(head, NP_RIGHT))


def possessive(doc: Doc, start: int, end: int) -> Token | None:
    """The possessive pronoun a noun phrase's naming leaves out: "his" of "his remarks" and of
    "his hateful remarks", named "remarks" once its judgement is left out too; None when it has none."""
    head = head_of(doc, start, end)
    poss = next((c for c in head.lefts if c.dep_ == "poss"), None) if head is not None else None
    if poss is None or poss.pos_ != "PRON" or poss.i >= start:
        return None
    return poss if _unjudged(doc, poss.i + 1, head.i) == start else None


def verb_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """The token range of the verb phrase ``head`` heads: the verb, its object and complements; a
    verb waiting for the object of the verb joined to it reaches that object ("closing and selling
    the library")."""
    end = _right_end(head, VP_RIGHT)
    if (obj := phrasal.shared_object(head)) is not None:
        end = max(end, _right_end(obj.head, VP_RIGHT))
    return _trim(doc, head.i, end)


def head_of(doc: Doc, start: int, end: int) -> Token | None:
    """The word of ``doc[start:end]`` the others hang on; None when the range has two."""
    heads = tree(doc).heads  # the head column, not a Token per word of the range
    roots = [i for i in range(start, end) if not start <= heads[i] < end or heads[i] == i]
    return doc[roots[0]] if len(roots) == 1 else None


def conceded(head: Token) -> Token | None:
    """The gerund a sentence judges after a concession that the parse took for its subject:
    "However noble the aim, raising the levy is a mistake" judges raising the levy, not the aim."""
    doc = head.doc
    cols, sent = columns(doc), sents(doc)[sentence_numbers(doc)[head.i]]  # head.sent, without its walk
    words = [i for i in range(sent.start, sent.end) if cols.text[i] not in QUOTE_MARKS]
    if len(words) < 3 or cols.lower[words[0]] != "however" or cols.pos[words[1]] != "ADJ":
        return None
    comma = next((i for i in words if cols.text[i] == ","), None)
    if comma is None or head.i > comma or comma + 1 >= sent.end:
        return None
    after = doc[comma + 1]
    return after if after.tag_ == "VBG" else None


def purpose(doc: Doc, head: Token, end: int) -> int | None:
    """Where the infinitive right after a noun phrase ends, when it says what the thing is for:
    "rules to end the levy", hung on the rules or, as the parse often has it, on their verb."""
    if end + 1 >= len(doc) or doc[end].lower_ != "to" or doc[end].dep_ != "aux":
        return None
    verb = doc[end].head
    # "a decision to no longer count X": adverbs may come between "to" and its verb
    if (
        verb.tag_ != "VB"
        or verb.i <= end
        or any(doc[k].pos_ not in ("ADV", "PART") for k in range(end + 1, verb.i))
    ):
        return None
    on_noun = verb.dep_ in ("acl", "relcl") and verb.head.i < end
    on_verb = verb.dep_ in ("xcomp", "advcl") and verb.head == head.head and head.dep_ == "dobj"
    return _right_end(verb, VP_RIGHT) if on_noun or on_verb else None


def _dangling(child) -> bool:
    """A preposition with no object of its own ("plans for what comes next"): the phrase ends before it."""
    return child.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in child.children)


def _when(child) -> bool:
    """A time phrase ("on Monday", "last week") tells when, not what: it ends a phrase."""
    return child.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES for o in child.children
    )


def _where_said(child) -> bool:
    """A message or an occasion of speech ("in a statement", "during an interview") after a thing said
    tells where the verb's words on it were said: the parse often hangs it on the thing ("rejected the
    claims in an interview"), which it ends. "The claims in the lawsuit" names which claims, and
    "using the photo in an ad" where it was used: both stay."""
    if child.dep_ != "prep" or child.lower_ not in WHERE_SAID:
        return False
    if not phrases.names_a_thing(child.head, load_lexicon()):
        return False
    said = events_lexicon.load()
    return any(
        o.dep_ == "pobj"
        and (o.lemma_.lower() in said.message or o.lemma_.lower() in said.occasion)
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
        for o in child.children
    )


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation, keeping a quotation mark only when its partner is inside the span."""

    def paired(i: int, lo: int, hi: int) -> bool:
        return doc[i].text in QUOTE_MARKS and any(doc[k].text in QUOTE_MARKS for k in range(lo, hi) if k != i)

    while start < end - 1 and doc[start].is_punct and not paired(start, start, end):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct and not paired(end - 1, start, end):
        end -= 1
    return start, end
