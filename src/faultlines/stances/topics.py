"""Topics: the phrase each stance is about, grouped so that one thing at stake is one topic.

A topic's identity is its key (``keys``); within an article, "the deal", "it" and a remark's
mentions are joined to the thing they stand for, so a topic met in two articles merges the same way.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from faultlines import views
from faultlines.stances.acts import stood_for
from faultlines.stances.antecedents import (
    acronyms,
    bare_definite,
    kind,
    name_given,
    named_before,
    person_roles,
    renamed,
)
from faultlines.stances.expression import Expression
from faultlines.stances.extents import conceded, head_of, noun_phrase, purpose, verb_phrase
from faultlines.stances.framing import acting, framed
from faultlines.stances.keys import SAID, key, same_topic
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.stances.summing import sums_up
from faultlines.syntax import ACTOR_ENTITIES
from faultlines.views import DocCache

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many sentences back "it" may reach for the topic it stands for.
RECALL_SENTENCES = 2
# The token range each topic word names, by topic index and phrase kind (see ``mention``).
MENTIONS = DocCache[dict[tuple[int, str], "tuple[int, int] | None"]]("stances.mentions")


def mention(expr: Expression, doc: Doc) -> tuple[int, int] | None:
    """The token range naming ``expr``'s topic; None for a placeholder such as "it", and for a verb
    phrase that names nothing ("we will win", "listen to them", "finish the job"). "The deal" names
    the deal named in full before it, if the article has one; "legislation to fix X" by its purpose.
    Read once per topic word and phrase kind: the stage asks it of each expression several times."""
    found = MENTIONS.get(doc, dict)
    at = (expr.topic, expr.phrase)
    if at not in found:
        found[at] = _mention(expr, doc)
    return found[at]


def _mention(expr: Expression, doc: Doc) -> tuple[int, int] | None:
    head = doc[expr.topic]
    if expr.phrase == "ref":
        if head.pos_ != "NOUN":
            return None
        head = named_before(head) or stood_for(head) or head
    elif expr.phrase == "np":
        if (inner := framed(head)) is not None:
            head = inner
            if inner.tag_ == "VBG" or acting(inner) is not None:
                return _done_by(doc, inner)
        if (name := name_given(head)) is not None:
            return name
        if (judged := conceded(head)) is not None:
            return verb_phrase(doc, judged)
        # "she backs the annexation" is the annexation of Velmora; "the senator" is no thing at stake
        if head.lemma_.lower() not in person_roles():
            head = named_before(head) or stood_for(head) or head
    if expr.phrase in ("np", "ref"):
        start, end = noun_phrase(doc, head)
        if key(doc[start:end].text):
            return start, end
        # "a raft of rules to curb the levy" names its thing by what it is for
        if for_what := purpose(doc, head, end):
            return start, for_what
        # a name made of stop words ("the US") names its thing; "the whole thing" or "do" does not
        named = any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[start:end])
        return (start, end) if expr.phrase == "np" and named else None
    return _action(doc, head)


def _action(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The verb phrase ``verb`` heads, when it names something ("cut spending", not "win"): a
    people named by where they are from do ("shut out the Danish people")."""
    start, end = verb_phrase(doc, verb)
    generic = load_lexicon().generic
    named = any(
        t.pos_ == "PROPN"
        or t.ent_type_ == "NORP"
        or (t.pos_ == "NOUN" and t.lemma_ not in generic)
        or _bare_gerund(t)
        for t in doc[start:end]
    )
    return (start, end) if named else None


def _done_by(doc: Doc, inner: Token) -> tuple[int, int] | None:
    """What a framing noun is about when it is an action, with whoever does it: "the idea of Kim
    chairing the board", "of Kim's chairing the board", "of the farmers running the board" are
    about the chairing or running by them."""
    if inner.tag_ == "VBG":
        doer = next((c for c in inner.lefts if c.dep_ in ("nsubj", "poss")), None)
        span = _action(doc, inner)
        return (doer.left_edge.i, span[1]) if span and doer is not None else span
    done = _action(doc, acting(inner))
    return (noun_phrase(doc, inner)[0], done[1]) if done else None


def _bare_gerund(tok) -> bool:
    """A gerund object with nothing of its own, a noun in all but tag: "improve policing", "cut spending"."""
    return tok.tag_ == "VBG" and tok.dep_ == "dobj" and not any(True for _ in tok.children)


def group(exprs: list[Expression], doc: Doc) -> list[int | None]:
    """A topic number for each expression (None when it names no topic, or a placeholder finds none)."""
    spans = [mention(e, doc) for e in exprs]
    keys = [_own_key(doc, *s) if s else frozenset() for s in spans]
    parent = list(range(len(exprs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # A bare "the remark" would join every remark of the article; it is the one named last.
    bare = [k == {SAID} for k in keys]
    # Two phrases can only meet when they share a word: compare those pairs alone. A one-word
    # phrase ("the tax plan") meets its own kind here and joins one fuller topic below, so that it
    # never makes one topic of two it would fit ("raising taxes on the rich", "his tax cuts").
    loose = [len(k) == 1 and not bare[i] for i, k in enumerate(keys)]
    things = [_thing(doc, exprs[i], *s) if s else None for i, s in enumerate(spans)]
    names_in = [_names_in(doc, *s) if s else frozenset() for s in spans]
    name_things = [bool(s) and _names_a_name(doc, exprs[i], *s) for i, s in enumerate(spans)]
    having: dict[str, list[int]] = {}
    for i in range(len(exprs)):
        if bare[i]:
            continue
        for j in sorted({j for w in keys[i] - {SAID} for j in having.get(w, ())}):
            if (
                loose[i] == loose[j]
                and same_topic(keys[i], keys[j])
                and not _apart(things, keys, i, j)
                and (not (name_things[i] or name_things[j]) or _beyond_names(keys, names_in, i, j))
            ):
                parent[root(i)] = root(j)
        for w in keys[i] - {SAID}:
            having.setdefault(w, []).append(i)
    cols = views.columns(doc)
    named = [
        key(" ".join(cols.text[t] for t in range(*s) if cols.pos[t] != "ADJ")) if s else frozenset()
        for s in spans
    ]
    kinds = [_kind_named(doc, *s) if s else None for s in spans]
    held = [{kind(t)[0] for t in doc[s[0] : s[1]] if t.pos_ == "NOUN"} if s else set() for s in spans]
    for i, j in _fuller(keys, named, spans, loose, having, root, (kinds, held)).items():
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
        if bare_definite(head):
            j = named_last.get(kind(head)[0])
            j = named_last.get(done) if j is None and done else j
            if j is not None:
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
    remarks = [(pos, j) for pos, j in anchors if SAID in keys[j] and not bare[j]]
    said = {i: last_before(remarks, spans[i][0]) for i in range(len(exprs)) if bare[i]}
    # "Lee complained about it. Kim mocked the complaint": a remark of its own
    told = {
        i for i, j in said.items() if j is None and _told_before(doc, spans[i], starts, sentence) is not None
    }
    common = next((i for i in said if i not in told), None)
    for i, j in said.items():
        # with no remark named, the bare ones are the one remark the article is about
        if i not in told:
            parent[root(i)] = root(j if j is not None else common)
    resolved: dict[int, bool] = {}
    refs = (i for i, e in enumerate(exprs) if e.phrase == "ref" and spans[i] is None)
    for i in sorted(refs, key=lambda i: exprs[i].topic):
        at = exprs[i].topic
        before = last_before(anchors, at)
        resolved[i] = before is not None
        if before is not None:
            parent[root(i)] = root(before)
            insort(anchors, (at, i))
    # "This is a pointless exercise", with nothing named before it, is about what the article is about:
    # the topic named most often.
    named = [root(i) for i in range(len(exprs)) if spans[i]]
    if named:
        main = max(dict.fromkeys(named), key=named.count)
        for i, found in resolved.items():
            if not found and sums_up(doc[exprs[i].topic]):
                parent[root(i)] = main
                resolved[i] = True
    return [root(i) if spans[i] or resolved.get(i) else None for i in range(len(exprs))]


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


def _thing(doc: Doc, expr: Expression, start: int, end: int) -> str | None:
    """The key word of the thing a phrase names: its head noun, or its verb's object ("bolster
    defence spending": spending); None for a general noun ("plan"), which names no kind of its own."""
    head = _thing_word(doc, expr, start, end)
    if head is None or head.pos_ != "NOUN":
        return None
    found = key(head.text)
    return next(iter(found)) if len(found) == 1 else None


def _thing_word(doc: Doc, expr: Expression, start: int, end: int) -> Token | None:
    """The word naming a phrase's thing: its head, or its verb's object."""
    head = head_of(doc, start, end)
    if head is not None and expr.phrase == "vp":
        head = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return head


def _apart(things: list[str | None], keys: list[frozenset[str]], i: int, j: int) -> bool:
    """Whether two phrases sharing most words still name two things: each names its own, which
    the other does not name at all ("bolster defence spending", "talks on defence cooperation")."""
    one, other = things[i], things[j]
    # a head the key leaves out (a date: "add two more days of ferry service") tells nothing apart
    if one not in keys[i] or other not in keys[j]:
        return False
    return one not in keys[j] and other not in keys[i]


def _names_in(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The key words of a phrase that come from the names of people, bodies, places or peoples
    (proper nouns, as the entity tagger may take a common noun for a name)."""
    return key(" ".join(t.text for t in doc[start:end] if _name_word(t)))


def _name_word(tok: Token) -> bool:
    """A word of such a name: a proper noun, a people's adjective, or a word of the name a proper
    noun heads ("the Nordic Council")."""
    if tok.ent_type_ not in ACTOR_ENTITIES:
        return False
    in_name = tok.head.pos_ == "PROPN" and tok.head.ent_type_ == tok.ent_type_
    return tok.pos_ == "PROPN" or tok.ent_type_ == "NORP" or in_name


def _names_a_name(doc: Doc, expr: Expression, start: int, end: int) -> bool:
    """Whether the thing a phrase names is itself a name ("leave the Velmor Union")."""
    word = _thing_word(doc, expr, start, end)
    return word is not None and _name_word(word)


def _beyond_names(keys: list[frozenset[str]], names_in: list[frozenset[str]], i: int, j: int) -> bool:
    """Whether two phrases share more than a name: "leave the Velmor Union" and "a Velmor Union
    naval force" share only the union's name, which is one's thing and the other's owner. Asked
    only where one phrase's thing is a name: two claims of one ministry share its name and are one."""
    return keys[i] == keys[j] or bool((keys[i] & keys[j]) - names_in[i] - names_in[j] - {SAID})


def _own_key(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The key a phrase is grouped by: none for a phrase that names nothing but whose it is
    ("Velmora's actions", "Kim's plan"), which shares its owner's name with each of the owner's
    things and would join them all; ``owned`` joins it to the one of its kind."""
    found = key(_undated(doc, start, end))
    owners = key(" ".join(t.text for t in doc[start:end] if _possessor(t)))
    return found if found - owners else frozenset()


def _possessor(tok: Token) -> bool:
    """A word of a possessive name ("North Korea's"): the possessive or a word of its name."""
    return tok.dep_ == "poss" or (tok.dep_ in ("compound", "flat") and tok.head.dep_ == "poss")


def _undated(doc: Doc, start: int, end: int) -> str:
    """A phrase without the dates in it: "Friday's test" is the test named before."""
    return " ".join(t.text for t in doc[start:end] if t.ent_type_ not in ("DATE", "TIME"))


def _fuller(keys, named, spans, loose, having, root, kinds) -> dict[int, int]:
    """For each group of one-word phrases, the fuller phrase it joins: one naming that word as a
    thing, not as a modifier ("the tax" is a "port tax", "the military" is no "military action"),
    the one named nearest before most of its phrases (else after), by vote of its phrases. A
    general noun the key leaves out still says what kind of thing it is: "the tax plan" is no
    "tax return", and joins a phrase naming a plan alone (``kinds``: the kind each phrase names
    by such a noun, and the kinds of all the nouns of each)."""
    named_by, nouns = kinds
    votes: dict[int, dict[int, int]] = {}
    for i in (i for i, one in enumerate(loose) if one):
        word = next(iter(keys[i]))
        fits = [
            j
            for j in having.get(word, ())
            if not loose[j]
            and word in named[j]
            and same_topic(keys[i], keys[j])
            and (named_by[i] is None or named_by[i] in nouns[j])
        ]
        if not fits:
            continue
        before = [j for j in fits if spans[j][0] < spans[i][0]]
        near = max(before, key=lambda j: spans[j][0]) if before else min(fits, key=lambda j: spans[j][0])
        tally = votes.setdefault(root(i), {})
        tally[root(near)] = tally.get(root(near), 0) + 1
    return {group: max(tally, key=tally.__getitem__) for group, tally in votes.items()}


def _kind_named(doc: Doc, start: int, end: int) -> str | None:
    """The kind of thing a phrase names by a general noun its key leaves out ("the tax plan": a
    plan), None when its head is no such noun."""
    head = head_of(doc, start, end)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in load_lexicon().generic:
        return None
    return kind(head)[0]


def _told_before(doc: Doc, span: tuple[int, int], starts: list[int], sentence) -> Token | None:
    """The verb that said a bare remark ("the complaint", "the claim") just before it
    ("complained", "claimed"), which makes it that remark."""
    since = starts[max(sentence(span[0]) - RECALL_SENTENCES, 0)]
    noun = doc[span[1] - 1].lemma_.lower()
    return next(
        (
            t
            for t in reversed(doc[since : span[0]])
            if t.pos_ == "VERB" and len(stem := t.lemma_.lower().rstrip("e")) >= 4 and noun.startswith(stem)
        ),
        None,
    )


def teller(expr: Expression, doc: Doc, starts: list[int]) -> Token | None:
    """Who made a bare remark said just before it: the subject of "Lee complained about the mic" for
    "Kim mocked the complaint". Lee stands by it, as the maker of a plan or a tweet does.
    ``starts`` are the sentence starts of ``doc``."""
    span = mention(expr, doc)
    if span is None or key(doc[span[0] : span[1]].text) != {SAID}:
        return None
    verb = _told_before(doc, span, starts, lambda i: bisect_right(starts, i) - 1)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def refers_back(expr: Expression, doc: Doc) -> bool:
    """Whether a topic phrase names its thing as one named before ("the program", "unseal the
    records"): such a phrase labels its topic only when nothing names it in full."""
    head = _named_head(expr, doc)
    # a "ref" phrase's mention is already the full naming it refers back to
    return expr.phrase != "ref" and head is not None and bare_definite(head)


def _named_head(expr: Expression, doc: Doc):
    """The noun a topic phrase names: its head, or the object of its verb ("leave the program")."""
    head = doc[expr.topic]
    if expr.phrase == "vp":
        head = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    elif expr.phrase == "np":
        head = framed(head) or head
    return head if head is not None and head.pos_ == "NOUN" else None
