"""Topics: the phrase each stance is about, grouped so that one thing at stake is one topic.

A topic's identity is its key (``keys``); within an article, "the deal", "it" and a remark's
mentions are joined to the thing they stand for, so a topic met in two articles merges the same way.
Each topic word's phrase is found by ``mentions``; whether two phrases sharing words are one thing,
by ``likeness``; a bare remark's telling by ``remarks``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from faultlines import views
from faultlines.stances.antecedents import (
    POINTING,
    acronyms,
    bare_definite,
    charges_of_the_case,
    kind,
    named_before,
    renamed,
)
from faultlines.stances.expression import Expression
from faultlines.stances.extents import head_of, possessive
from faultlines.stances.framing import framed
from faultlines.stances.keys import SAID, key, same_topic
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.stances.likeness import (
    act,
    apart,
    beyond_names,
    core,
    fuller,
    kind_named,
    marks,
    names_a_name,
    names_in,
    own_key,
    owners_in,
    parties,
    thing,
    told_apart,
)
from faultlines.stances.mentions import mention
from faultlines.stances.passives import act_in
from faultlines.stances.remarks import RECALL_SENTENCES, told_before
from faultlines.stances.summing import sums_up

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Possessive pronouns whose person tells two owners apart ("his" is not "her", nor a body's "its");
# "their" may stand for any of them (a body, a singular they), "my", "our" for the quote's speaker.
OWNER_PRONOUNS = frozenset({"his", "her", "its"})


def group(exprs: list[Expression], doc: Doc) -> list[int | None]:
    """A topic number for each expression (None when it names no topic, or a placeholder finds none)."""
    spans = [mention(e, doc) for e in exprs]
    keys = [own_key(doc, *s) if s else frozenset() for s in spans]
    parent = list(range(len(exprs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # A bare "the remark" would join every remark of the article; it is the one named last. So is
    # one pointed back at, whatever it adds: "this framing of the vote" is the remark just told.
    bare = [k == {SAID} or (SAID in k and _pointed(doc[e.topic])) for k, e in zip(keys, exprs, strict=True)]
    # Two phrases can only meet when they share a word: compare those pairs alone. A one-word
    # phrase ("the tax plan") meets its own kind here and joins one fuller topic below, so that it
    # never makes one topic of two it would fit ("raising taxes on the rich", "his tax cuts").
    loose = [len(k) == 1 and not bare[i] for i, k in enumerate(keys)]
    things = [thing(doc, exprs[i], *s) if s else None for i, s in enumerate(spans)]
    cores = [core(doc, exprs[i], *s) if s else frozenset() for i, s in enumerate(spans)]
    acts = [act(doc, exprs[i], *s) if s else None for i, s in enumerate(spans)]
    name_words = [names_in(doc, *s) if s else frozenset() for s in spans]
    telling = [marks(doc, exprs[i], *s) if s else frozenset() for i, s in enumerate(spans)]
    name_things = [bool(s) and names_a_name(doc, exprs[i], *s) for i, s in enumerate(spans)]
    owner_words = [owners_in(doc, *s) if s else frozenset() for s in spans]
    having: dict[str, list[int]] = {}
    for i in range(len(exprs)):
        if bare[i]:
            continue
        for j in sorted({j for w in keys[i] - {SAID} for j in having.get(w, ())}):
            if (
                loose[i] == loose[j]
                and same_topic(keys[i], keys[j])
                and not apart(things, cores, i, j, acts)
                and not told_apart(telling, i, j)
                and (not (name_things[i] or name_things[j]) or beyond_names(keys, name_words, i, j))
                and beyond_names(keys, owner_words, i, j)
            ):
                parent[root(i)] = root(j)
        for w in keys[i] - {SAID}:
            having.setdefault(w, []).append(i)
    cols = views.columns(doc)
    # a change demanded of a thing is not the thing for a bare noun to join: "the trials" are not
    # "the trials must be added to the season"
    named = [
        key(_unjudged_words(cols, *s)) if s and not (e.phrase == "vp" and act_in(doc, *s)) else frozenset()
        for e, s in zip(exprs, spans, strict=True)
    ]
    # nor is a name what is done to it: "Velmorans" is not "portraying Velmorans as smugglers"
    named = [k - w if e.phrase == "vp" else k for k, w, e in zip(named, name_words, exprs, strict=True)]
    kinds = [kind_named(doc, *s) if s else None for s in spans]
    # a Token for the nouns of a phrase only, told on the columns
    held = [{kind(doc[t])[0] for t in range(*s) if cols.pos[t] == "NOUN"} if s else set() for s in spans]
    pointed = [bool(s) and _pointed(doc[e.topic]) for e, s in zip(exprs, spans, strict=True)]
    for i, j in fuller(keys, named, spans, loose, having, root, (kinds, held), pointed).items():
        parent[root(i)] = root(j)

    # "the CWR" is the "Clean Water Rule" named in the same article.
    for i, j in acronyms(doc, spans):
        parent[root(i)] = root(j)
    # "the 9/11 lawsuit bill" is the Harbor Act when "the bill, known as the Harbor Act" follows it
    for i, j in _renamings(doc, spans):
        parent[root(i)] = root(j)

    # "the program" is the program named before in full ("the EB-5 program"), however far back,
    # and "the regulations" the rules ("the new rules on emissions"), as a thing of the same kind;
    # "unseal the records" is the unsealing named before ("unseal the divorce file").
    heads = [_named_head(e, doc) for e in exprs]
    named_last: dict[str | tuple[str, str], int] = {}
    for i, (head, s) in enumerate(zip(heads, spans, strict=True)):
        if head is None or s is None:
            continue
        done = ("vp", doc[exprs[i].topic].lemma_.lower()) if exprs[i].phrase == "vp" else None
        if bare_definite(head) or charges_of_the_case(head):
            j = named_last.get(kind(head)[0])
            j = named_last.get(done) if j is None and done else j
            if j is not None and not _other_meeting_between(head, heads[j]):
                parent[root(i)] = root(j)
        else:
            named_last[kind(head)[0]] = i
            if done:
                named_last[done] = i

    # Placeholders take the latest topic named (or stood for) before them, a sentence or two back.
    starts = [sent.start for sent in views.sents(doc)]

    def sentence(i: int) -> int:
        return bisect_right(starts, i) - 1

    def last_before(anchors: list[tuple[int, int]], at: int) -> int | None:
        """The anchor named last before token ``at``, if it is within reach."""
        k = bisect_left(anchors, (at, -1)) - 1
        if k < 0 or sentence(at) - sentence(anchors[k][0]) > RECALL_SENTENCES:
            return None
        return anchors[k][1]

    anchors = sorted((s[1] - 1, i) for i, s in enumerate(spans) if s)
    # an accusation is no statement: a bare remark stands for a remark of its own kind
    sort = [_remark_kind(doc, *s) if s and SAID in keys[i] else None for i, s in enumerate(spans)]
    # "her remarks" are no remark of his: a bare remark's possessive pronoun must fit its remark's
    owner = [_owner_pronoun(doc, *s) if s and SAID in keys[i] else None for i, s in enumerate(spans)]
    remarks: dict[str | None, list[tuple[int, int]]] = {}
    for pos, j in anchors:
        if SAID in keys[j] and not bare[j]:
            remarks.setdefault(sort[j], []).append((pos, j))
    said = {
        i: last_before(
            [a for a in remarks.get(sort[i], []) if _may_be_one(owner[i], owner[a[1]])], spans[i][0]
        )
        for i in range(len(exprs))
        if bare[i]
    }
    # "Lee complained about it. Kim mocked the complaint": a remark of its own
    told = {
        i for i, j in said.items() if j is None and told_before(doc, spans[i], starts, sentence) is not None
    }
    common: dict[tuple[str | None, str | None], int] = {}
    for i, j in said.items():
        # with no remark named, the bare ones of a kind (and owner) are the one remark the article is about
        if i not in told:
            parent[root(i)] = root(j if j is not None else common.setdefault((sort[i], owner[i]), i))
    resolved: dict[int, bool] = {}
    refs = (i for i, e in enumerate(exprs) if e.phrase == "ref" and spans[i] is None)
    # "disputed the accusations and said the deal was fair": a general noun of one kind (a deal) stands
    # for no thing named as another (an accusation)
    sorts = {i: load_lexicon().kind.get(doc[exprs[i].topic].lemma_.lower()) for i in range(len(exprs))}
    for i in sorted(refs, key=lambda i: exprs[i].topic):
        at = exprs[i].topic
        before = last_before([a for a in anchors if _may_be_one(sorts[i], kinds[a[1]])], at)
        resolved[i] = before is not None
        if before is not None:
            parent[root(i)] = root(before)
            insort(anchors, (at, i))
    # "This is a pointless exercise", with nothing named before it, is about what the article is about:
    # the topic named most often. A phrase inside a longer one of the same topic ("a fund" in
    # "setting up a fund") is no naming of its own.
    mentions = [(root(i), spans[i]) for i in range(len(exprs)) if spans[i]]
    named = [r for r, s in mentions if not any(o == r and _within(s, t) for o, t in mentions)]
    if named:
        main = max(dict.fromkeys(named), key=named.count)
        for i, found in resolved.items():
            if not found and sums_up(doc[exprs[i].topic]) and _may_be_one(sorts[i], kinds[main]):
                parent[root(i)] = main
                resolved[i] = True
    return [root(i) if spans[i] or resolved.get(i) else None for i in range(len(exprs))]


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether the span ``inner`` lies inside the longer span ``outer``."""
    return inner != outer and outer[0] <= inner[0] and inner[1] <= outer[1]


def _other_meeting_between(bare: Token, named: Token | None) -> bool:
    """ "Lund hoped for talks between Vell and the Front. Ruritania and the Front had been holding
    talks. Rook scuttled the talks": the talks told nearer, between other parties, are the ones
    meant, though nobody took a side on them."""
    nearer = named_before(bare)
    if nearer is None or named is None or nearer.i <= named.i:
        return False
    return told_apart([parties(nearer), parties(named)], 0, 1)


def _pointed(head: Token) -> bool:
    """ "this framing", "those comments": a noun with a demonstrative, which points back."""
    return any(c.dep_ == "det" and c.lower_ in POINTING for c in head.children)


def _may_be_one(one: str | None, other: str | None) -> bool:
    """Whether two phrases told apart by a word (their kinds, "deal" and "allegation", or their
    possessive pronouns, "his" and "her") may name one thing: either word unknown, or the same."""
    return one is None or other is None or one == other


def _unjudged_words(cols: views.Columns, start: int, end: int) -> str:
    """The words of a phrase but its adjectives and its owners, joined by spaces: "the country's
    affairs" names affairs, not the country."""
    return " ".join(
        w
        for w, pos, dep in zip(cols.text[start:end], cols.pos[start:end], cols.dep[start:end], strict=True)
        if pos != "ADJ" and dep != "poss"
    )


def _owner_pronoun(doc: Doc, start: int, end: int) -> str | None:
    """The possessive pronoun that owns a phrase ("his" of "his comments", of "his vile
    comments"), else None."""
    before = possessive(doc, start, end)
    return before.lower_ if before is not None and before.lower_ in OWNER_PRONOUNS else None


def _remark_kind(doc: Doc, start: int, end: int) -> str:
    """The kind of remark a phrase names: an accusation against someone ("the allegation", "the
    accusation", see [kind]) or anything else said ("the statement", "his comments")."""
    head = head_of(doc, start, end)
    return load_lexicon().kind.get(head.lemma_.lower(), SAID) if head is not None else SAID


def _renamings(doc: Doc, spans: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """Pairs of phrases naming one thing twice (``renamed``): one holding the earlier naming's noun,
    one naming the thing by the name it was given later."""
    pairs = []
    for before, (start, end) in renamed(doc):
        earlier = next((i for i, s in enumerate(spans) if s and s[0] <= before < s[1]), None)
        name = next((i for i, s in enumerate(spans) if s and start <= s[1] - 1 < end), None)
        if earlier is not None and name is not None:
            pairs.append((earlier, name))
    return pairs


def refers_back(expr: Expression, doc: Doc) -> bool:
    """Whether a topic phrase names its thing as one named before ("the program", "unseal the
    records"): such a phrase labels its topic only when nothing names it in full."""
    head = _named_head(expr, doc)
    # a "ref" phrase's mention is already the full naming it refers back to
    if expr.phrase == "ref" or head is None:
        return False
    return bare_definite(head) or (key(head.text) == {SAID} and _pointed(head))


def _named_head(expr: Expression, doc: Doc):
    """The noun a topic phrase names: its head, or the object of its verb ("leave the program")."""
    head = doc[expr.topic]
    if expr.phrase == "vp":
        head = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    elif expr.phrase == "np":
        head = framed(head) or head
    return head if head is not None and head.pos_ == "NOUN" else None
