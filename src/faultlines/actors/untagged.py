"""Names the tagger missed: after a title, known to the tables, a given name and a surname, a body's
name after "the", a named person's surname said again, a body's name said again."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines.actors import labels, lexicon, titles
from faultlines.actors.mention import ACTOR_LABELS, Mention, organisation, surname
from faultlines.ingest import furniture
from faultlines.views import columns, positions, span_text, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from faultlines.views import Columns


def titled_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Names NER missed after a capitalised title: "Mayor Ines Varga" (title noun + 2-3 proper nouns)."""
    cols, roles = columns(doc), lexicon.roles()
    found = []
    for i in [i for i, word in enumerate(cols.lower[: len(doc) - 2]) if word in roles]:
        if not cols.text[i][:1].isupper():
            continue
        first = end = i + 1
        while (
            end < len(doc) and end - first < 3 and cols.pos[end] == "PROPN" and cols.text[end][:1].isupper()
        ):
            end += 1
        span = titles.untitle(doc[first:end])
        if (
            len(span) >= 2
            # untagged, or tagged as no actor at all: "Coun. Ines Barrow" comes out a WORK_OF_ART
            and cols.ent_type[span.start] not in ACTOR_LABELS
            and not any(i in taken for i in range(span.start, span.end))
            and not lexicon.place(span.text)
        ):
            found.append(Mention(span, "person", span.text))
    return found


def untagged_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Known names NER left untagged ("the pro-Iranian Hizbollah group", "US Predator attacks"):
    the longest run of up to four proper nouns that the gazetteer, the bodies or the places know."""
    # The candidate tokens are read from the proper nouns alone; only runs of them (rare) are looked up.
    cols = columns(doc)
    ok = [
        i
        for i in positions(doc).get("PROPN", ())
        if cols.text[i][:1].isupper() and not cols.ent_type[i] and i not in taken
    ]
    candidates = set(ok)
    found: list[Mention] = []
    after = 0  # a name found ends here: the words it took are no start of another
    for i in ok:
        if i < after:
            continue
        run_end = i
        while run_end in candidates:
            run_end += 1
        widths = (n for n in (4, 3, 2, 1) if i + n <= run_end)
        mention = next((m for n in widths if (m := _known(doc[i : i + n]))), None)
        if mention is not None:
            found.append(mention)
            after = mention.span.end
    return found


def given_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Persons NER missed, named by a known given name and one or two capitalised words ("Lale Ozkan —
    a surgeon and TV host —"), so their surname said again is theirs too. Not a longer run of names
    (a hall named after someone), nor a team, a body or a place ("Carolina Panthers", "Ivy League")."""
    cols = columns(doc)
    found = []
    for i in positions(doc).get("PROPN", ()):  # a name word is a proper noun
        word = cols.text[i]
        if not (_name_word(cols, i) and cols.ent_type[i] not in ACTOR_LABELS and i not in taken):
            continue
        if i and (
            (_name_word(cols, i - 1) and not titles.is_title(doc[i - 1]))
            or (cols.text[i - 1] == "-" and not doc[i - 1].whitespace_)
        ):
            continue  # inside a longer name: "Eva-Marie Persson" is not "Marie Persson"
        end = i + 1
        while end < len(doc) and end - i < 4 and _name_word(cols, end):
            end += 1
        span = doc[i:end]
        if (
            2 <= len(span) <= 3
            and lexicon.given_gender(word) is not None
            and not taken.intersection(range(i, end))
            and cols.tag[end - 1] != "NNPS"
            and not any(w.lower_ in lexicon.generic_bodies() or lexicon.place(w.text) for w in span[1:])
        ):
            found.append(Mention(span, "person", span.text))
    return found


def untagged_bodies(doc: Doc, taken: set[int]) -> list[Mention]:
    """Bodies NER left untagged, named after "the" by capitalised words up to a word that names a kind
    of body: "the Harbor and Dock Tenants Coalition", "the J. Ruiz Institute"."""
    cols, kinds = columns(doc), lexicon.generic_bodies()
    found = []
    # few proper nouns name a kind of body
    for end in [i for i in positions(doc).get("PROPN", ()) if cols.lower[i] in kinds]:
        if not cols.text[end][:1].isupper():
            continue
        if cols.ent_type[end] in ACTOR_LABELS or end in taken or _proper_after(cols, end + 1):
            continue
        start = end
        while start > 0 and cols.lower[start - 1] != "the" and _body_word(cols, start - 1, taken):
            start -= 1
        name = doc[start : end + 1]
        if (
            start < end
            and cols.lower[start - 1] == "the"
            and name.text[:1].isupper()
            and not lexicon.place(name.text)
        ):
            found.append(organisation(name))
    return [m for m in found if m is not None]


def for_bodies(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Bodies named by whom or what they are for, which NER misses or cuts at "for": "the Alliance
    for Clean Harbours", "Nurses for Open Wards". The mentions inside such a name give way to it;
    one reaching out of it keeps its words."""
    cols = columns(doc)
    # a title-cased headline capitalises every word: "Voters Leave Harbour Party for Ada Roos"
    headline = furniture.headline_end(text(doc))
    bodies = []
    for at in [
        i for i, word in enumerate(cols.lower[:-1]) if word == "for" and i > 0 and doc[i].idx >= headline
    ]:
        span = _for_name(doc, cols, at)
        if span is None or any(
            m.span.start < span.end
            and span.start < m.span.end
            and not span.start <= m.span.start < m.span.end <= span.end
            for m in found
        ):
            continue
        mention = organisation(span)
        if mention is not None:
            bodies.append(mention)
    return bodies


def _for_name(doc: Doc, cols: Columns, at: int) -> Span | None:
    """The name around the "for" at ``at``: a kind of body before it, or people by their trade,
    capitalised inside a sentence or, at its start, for a cause of two words or more that names
    no one ("Lawyers for Ann Lee", "Lawyers for Velmor Bank" are their clients' lawyers). A person
    named after a trade is whom they act for; a body's name may hold a name ("the Committee for Ada
    Roos") or a word the tagger took for one."""
    head, word = at - 1, cols.lower[at - 1]
    body = word in lexicon.generic_bodies()
    trade = cols.tag[head] in ("NNS", "NNPS") and lexicon.roles().get(doc[head].lemma_.lower()) is not None
    if not cols.text[head][:1].isupper() or not (body or trade):
        return None
    end = at + 1 + (cols.lower[at + 1] == "the")
    while (
        end < len(doc)
        and end - at <= 5
        and _body_word(cols, end, set())
        and (body or cols.ent_type[end] != "PERSON")
    ):
        end += 1
    while cols.lower[end - 1] in ("and", "of", "&", "the"):
        end -= 1
    if end <= at + 1 or _proper_after(cols, end):
        return None
    if end < len(doc) and (cols.tag[end] == "POS" or (cols.ent_type[end] == "PERSON" and not body)):
        return None  # the name goes on as someone's: "Lawyers for Lee's tenants"
    if not body and doc[head].is_sent_start and (any(cols.ent_type[at + 1 : end]) or end - at < 3):
        return None  # a client, at the start where every word is capitalised: "Lawyers for Lee"
    start = head
    while start > 0 and cols.lower[start - 1] != "the" and _body_word(cols, start - 1, set()):
        start -= 1
    if start > 0 and cols.lower[start - 1] in ("a", "an"):
        return None  # a kind, capitalised in a headline: "Stuck in a Hospital for Lost Causes"
    return doc[start:end]


def _proper_after(cols: Columns, i: int) -> bool:
    return i < len(cols.text) and cols.pos[i] == "PROPN" and cols.text[i][:1].isupper()


def _body_word(cols: Columns, i: int, taken: set[int]) -> bool:
    """A word inside a body's name: capitalised, or joining capitalised words ("Coast and Harbor")."""
    word = cols.text[i]
    return i not in taken and (word[:1].isupper() or word in ("and", "of", "&")) and word != "\n"


def _name_word(cols: Columns, i: int) -> bool:
    """A capitalised proper noun spelt as a name ("Ozkan", "McLeod"), not a code or an acronym."""
    return cols.pos[i] == "PROPN" and _spelt_as_name(cols.text[i])


@lru_cache(maxsize=65536)  # asked of every proper noun and its neighbours: a text repeats its names
def _spelt_as_name(word: str) -> bool:
    return (
        word[:1].isupper() and any(c.islower() for c in word) and all(c.isalpha() or c in "-'’" for c in word)
    )


def _known(span: Span) -> Mention | None:
    if (entry := labels.entry(span)) is not None:
        return Mention(span, entry.kind, entry.name, entry.country, entry.sector, entry, entry.gender)
    text = span_text(span)
    if lexicon.body(text) is not None:
        return organisation(span)
    place = lexicon.place(text)
    if place is not None and place.is_name:
        return Mention(span, "country", lexicon.country_name(place.country), place.country)
    return None


def bare_surnames(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Later surnames of named persons that NER did not tag: "Marten warned" after "Ilse Marten"."""
    names = {surname(m.name): m for m in found if m.kind == "person" and len(m.name.split()) > 1}
    if not names:
        return []
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    cols = columns(doc)
    return [
        Mention(doc[i : i + 1], "person", cols.text[i], entry=names[word].entry)
        for i, word in enumerate(cols.lower)
        # The small model tags a surname ending in -s as a plural noun now and then ("Lammers said").
        if word in names
        and cols.text[i][:1].isupper()
        and i not in taken
        and cols.pos[i] in ("PROPN", "NOUN")
    ]


def repeated_bodies(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A body's name of two or more words said again where NER missed it ("Big Harbour said" after
    "Big Harbour, the label, …"): the same capitalised words, untagged."""
    names: dict[str, list[Mention]] = {}
    for m in found:
        if m.kind == "organisation" and len(m.span) > 1 and all(t.text[:1].isupper() for t in m.span):
            names.setdefault(m.span[0].text, []).append(m)
    if not names:
        return []
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    cols, again = columns(doc), []
    for i in [i for i, word in enumerate(cols.text) if word in names]:  # the names' first words alone
        for m in names[cols.text[i]] if i not in taken and not cols.ent_type[i] else ():
            end = i + len(m.span)
            if cols.text[i:end] == [t.text for t in m.span] and not taken.intersection(range(i, end)):
                again.append(Mention(doc[i:end], m.kind, m.name, m.country, m.sector, m.entry))
                taken.update(range(i, end))
                break
    return again
