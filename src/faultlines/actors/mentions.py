"""Actor mentions from spaCy's entities, corrected where the small model errs (``labels``), and the
names it missed: after a title, known to the tables, a surname or a body's name said again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines import nlp
from faultlines.actors import labels, lexicon, outlets, regions, titles
from faultlines.ingest import furniture
from faultlines.nlp import ABBREVIATIONS, columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.gazetteer import Entry
    from faultlines.nlp import Columns

ACTOR_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"})
# Last words of a law's or a treaty's name ("the Harbor Funding Act", "the Velmora Accord"), which the
# tagger often labels as an organisation.
INSTRUMENTS = frozenset({"act", "agreement", "amendment", "treaty", "accord", "accords"})


@dataclass(slots=True)
class Mention:
    """One span naming an actor; ``kind`` and codes are this span's evidence, merged per cluster later."""

    span: Span
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    entry: Entry | None = None
    gender: str | None = None
    roles: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name else ""


def _trim(ent: Span) -> Span | None:
    """The entity without a leading article or trailing possessive/punctuation; None if nothing proper is left."""
    doc, start, end = ent.doc, ent.start, ent.end
    cols = columns(doc)
    while start < end and (cols.pos[start] == "DET" or doc[start].is_punct):
        start += 1
    while end > start and (cols.tag[end - 1] == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # the first word's capital is the span's: no Span is built for an entity left empty or lower case
    return doc[start:end] if end > start and cols.text[start][:1].isupper() else None


def _extend(name: Span, complete: set[str]) -> Span:
    """A person's name as the document gives it whole: cut short by NER ("Tove" of "Tove Rask") it is
    extended over the proper nouns after it; run into a title-case headline ("Elsa Moor Slams Plan") it
    is cut back to the name found whole elsewhere."""
    doc, end = name.doc, name.end
    if name.text in complete:
        return name
    known = next((c for c in complete if name.text.startswith(c + " ") and " " in c), None)
    if known is not None:  # NER ran a headline's words into a name the body gives whole
        return next(
            name.doc[name.start : t.i + 1] for t in name if t.idx + len(t) - name.start_char == len(known)
        )
    while end < len(doc) and end - name.start < 4 and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        if not doc[end].text[:1].isupper():
            break
        end += 1
    return doc[name.start : end]


def _ungerund(name: Span, complete: set[str]) -> Span:
    """A person's name without the sentence's first word NER ran into it: "Hosting Cook at the summit"
    after "Tim Cook" is Cook. Only an -ing word that is no given name, before a known surname."""
    first = name[0]
    if (
        len(name) == 2
        and first.is_sent_start
        and first.lower_.endswith("ing")
        and any(other.endswith(" " + name[1].text) and other != name.text for other in complete)
        and lexicon.given_gender(first.text) is None
    ):
        return name[1:]
    return name


def _complete_names(doc: Doc) -> set[str]:
    """Person names the document shows whole: not followed by another capitalised proper noun."""
    return {
        e.text
        for e in nlp.ents(doc)
        if e.label_ == "PERSON"
        and (e.end == len(doc) or not (doc[e.end].pos_ == "PROPN" and doc[e.end].text[:1].isupper()))
    }


def _holds_office(ent: Span) -> bool:
    """A one-word name owning a government office ("Borduria's foreign minister") names a state."""
    head = ent.root.head
    role = lexicon.roles().get(head.lower_)
    return (
        len(ent) == 1
        and ent.root.dep_ == "poss"
        and role is not None
        and role.sector in ("GOV", "LEG", "MIL")
    )


def _untitle(name: Span) -> Span:
    """A person's name without the titles NER took into it: "Councillor Rafael Okonjo" -> "Rafael Okonjo"."""
    start = name.start
    while name.end - start > 2 and _title_token(name.doc[start]):
        start += 1
    return name.doc[start : name.end]


def _title_token(tok: Token) -> bool:
    word = tok.lower_
    return tok.text[:1].isupper() and (word in titles.HONORIFICS or lexicon.roles().get(word) is not None)


def find(doc: Doc) -> list[Mention]:
    """Mentions of persons, organisations, groups and countries, in text order."""
    complete = _complete_names(doc)
    around = _furniture(nlp.text(doc))
    ents = [
        (_untitle(_extend(_ungerund(span, complete), complete)) if e.label_ == "PERSON" else span, e.label_)
        for e in nlp.ents(doc)
        if e.label_ in ACTOR_LABELS
        and not furniture.within(e.start_char, around)
        and (span := _trim(e)) is not None
    ]
    surnames = labels.person_names(ents)
    places = labels.places(ents)
    spelt = places | {e.text for e, label in ents if label in ("GPE", "LOC")}
    titled = {
        i
        for e, label in ents
        if label == "PERSON" and (pre := titles.premodifier(e))
        for i in range(pre.start, pre.end)
    }
    acting = regions.acting(ents)
    found: list[Mention] = []
    for ent, label in ents:
        if label in ("ORG", "FAC") and ent.start in titled:
            continue  # a title word, as "State" in "Secretary of State Ines Holt"
        if label == "PERSON" and ent.text.lower().rstrip(".") in ABBREVIATIONS:
            continue  # a title NER cut off its name: "Insp." of "Insp. Joe Fry"
        mention = _mention(ent, labels.label(ent, label, surnames, places, spelt), acting)
        if mention is not None:
            found.append(mention)
    found += collectives(doc)
    found += titled_names(doc, {i for m in found for i in range(m.span.start, m.span.end)})
    found += untagged_names(doc, {i for m in found for i in range(m.span.start, m.span.end)})
    found += given_names(doc, {i for m in found for i in range(m.span.start, m.span.end)})
    found += untagged_bodies(doc, {i for m in found for i in range(m.span.start, m.span.end)})
    found += bare_surnames(doc, found)
    found += repeated_bodies(doc, found)
    found.sort(key=lambda m: m.span.start)
    return [m for m in found if not furniture.within(m.span.start_char, around)]


def _furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Where the page around the story stands: the furniture lines ingest recognises (share rows,
    reader prompts, credits) and the outlet a scraped headline ends with ("Talks stall – Harbour
    Gazette"). Nobody there is an actor of the story."""
    outlet = outlets.headline_outlet_span(text)
    return furniture.furniture(text) + ((outlet,) if outlet is not None else ())


def titled_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Names NER missed after a capitalised title: "Mayor Ines Varga" (title noun + 2-3 proper nouns)."""
    cols, roles = columns(doc), lexicon.roles()
    found = []
    for i in range(len(doc) - 2):
        if not (roles.get(cols.lower[i]) and cols.text[i][:1].isupper()):
            continue
        first = end = i + 1
        while (
            end < len(doc) and end - first < 3 and cols.pos[end] == "PROPN" and cols.text[end][:1].isupper()
        ):
            end += 1
        span = _untitle(doc[first:end])
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
    # One pass marks the candidate tokens; only runs of them (rare) are looked up.
    cols = columns(doc)
    ok = [
        pos == "PROPN" and word[:1].isupper() and not ent and i not in taken
        for i, (word, pos, ent) in enumerate(zip(cols.text, cols.pos, cols.ent_type, strict=True))
    ]
    found: list[Mention] = []
    i = 0
    while i < len(ok):
        if not ok[i]:
            i += 1
            continue
        run_end = i
        while run_end < len(ok) and ok[run_end]:
            run_end += 1
        widths = (n for n in (4, 3, 2, 1) if i + n <= run_end)
        mention = next((m for n in widths if (m := _known(doc[i : i + n]))), None)
        if mention is not None:
            found.append(mention)
        i = mention.span.end if mention is not None else i + 1
    return found


def given_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Persons NER missed, named by a known given name and one or two capitalised words ("Lale Ozkan —
    a surgeon and TV host —"), so their surname said again is theirs too. Not a longer run of names
    (a hall named after someone), nor a team, a body or a place ("Carolina Panthers", "Ivy League")."""
    cols = columns(doc)
    found = []
    for i, word in enumerate(cols.text):
        if not (_name_word(cols, i) and cols.ent_type[i] not in ACTOR_LABELS and i not in taken):
            continue
        if i and (
            (_name_word(cols, i - 1) and not _title_token(doc[i - 1]))
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
    for end, word in enumerate(cols.lower):
        if not (word in kinds and cols.pos[end] == "PROPN" and cols.text[end][:1].isupper()):
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
            found.append(_organisation(name))
    return [m for m in found if m is not None]


def _proper_after(cols: Columns, i: int) -> bool:
    return i < len(cols.text) and cols.pos[i] == "PROPN" and cols.text[i][:1].isupper()


def _body_word(cols: Columns, i: int, taken: set[int]) -> bool:
    """A word inside a body's name: capitalised, or joining capitalised words ("Coast and Harbor")."""
    word = cols.text[i]
    return i not in taken and (word[:1].isupper() or word in ("and", "of", "&")) and word != "\n"


def _name_word(cols: Columns, i: int) -> bool:
    """A capitalised proper noun spelt as a name ("Ozkan", "McLeod"), not a code or an acronym."""
    word = cols.text[i]
    return (
        cols.pos[i] == "PROPN"
        and word[:1].isupper()
        and any(c.islower() for c in word)
        and all(c.isalpha() or c in "-'’" for c in word)
    )


def _known(span: Span) -> Mention | None:
    if (entry := labels.entry(span)) is not None:
        return Mention(span, entry.kind, entry.name, entry.country, entry.sector, entry, entry.gender)
    if lexicon.body(span.text) is not None:
        return _organisation(span)
    place = lexicon.place(span.text)
    if place is not None and place.is_name:
        return Mention(span, "country", lexicon.country_name(place.country), place.country)
    return None


def bare_surnames(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Later surnames of named persons that NER did not tag: "Marten warned" after "Ilse Marten"."""
    names = {m.name.split()[-1]: m for m in found if m.kind == "person" and len(m.name.split()) > 1}
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    cols = columns(doc)
    return [
        Mention(doc[i : i + 1], "person", word, entry=names[word].entry)
        for i, word in enumerate(cols.text)
        # The small model tags a surname ending in -s as a plural noun now and then ("Lammers said").
        if word in names and i not in taken and cols.pos[i] in ("PROPN", "NOUN")
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
    for i, word in enumerate(cols.text):
        for m in names.get(word, ()) if i not in taken and not cols.ent_type[i] else ():
            end = i + len(m.span)
            if cols.text[i:end] == [t.text for t in m.span] and not taken.intersection(range(i, end)):
                again.append(Mention(doc[i:end], m.kind, m.name, m.country, m.sector, m.entry))
                taken.update(range(i, end))
                break
    return again


def _region(ent: Span, country: str) -> Mention:
    """A region as its own government, coded to its country: "West Virginia" (USA, GOV)."""
    name = ent.text.title() if ent.text.isupper() else ent.text
    return Mention(ent, "organisation", name, country, "GOV")


def _mention(ent: Span, label: str, acting: set[str]) -> Mention | None:
    text = nlp.span_text(ent)
    entry = labels.entry(ent)
    if entry is not None:
        return Mention(ent, entry.kind, entry.name, entry.country, entry.sector, entry, entry.gender)
    if label == "PERSON" and _holds_office(ent):
        return Mention(ent, "country", text)  # an unknown state: "Borduria's foreign minister"
    if label == "PERSON":
        words = titles.strip_honorific(text.split())
        return Mention(ent, "person", " ".join(words), gender=titles.honorific_gender(ent))
    if label in ("GPE", "LOC", "NORP"):
        place = lexicon.place(text)
        if place is None or (not place.is_name and label != "NORP" and labels.is_locative(ent)):
            return None
        if place.is_region and label != "NORP" and lexicon.key(text) in acting:
            return _region(ent, place.country)  # the state that sued, not the country it is part of
        if label == "NORP" and ent[-1].tag_ == "NNPS":  # a people, not its state: "Algerians"
            return Mention(ent, "group", text, _residence(ent) or place.country)
        return Mention(ent, "country", lexicon.country_name(place.country), place.country)
    if label in ("ORG", "FAC"):
        place = lexicon.place(text)
        if place is not None and place.is_region and lexicon.key(text) in acting:
            return _region(ent, place.country)  # a state the tagger took for a body: "Quebec passed a law"
        return _organisation(ent)
    return None


def _organisation(ent: Span) -> Mention | None:
    body = lexicon.body(ent.text)
    if body is not None:
        return Mention(ent, body.kind, ent.text, body.country, body.sector)
    if ent.root.dep_ == "compound" and lexicon.roles().get(ent.root.head.lower_):
        return None  # a title word, as "Defense" in "Defense Secretary Paul Okafor"
    if ent[-1].lower_ in INSTRUMENTS:
        return None  # a law or a treaty the tagger took for a body: what actors argue over, not one of them
    words = [t.text for t in ent]
    country = next((p.country for t in ent if (p := lexicon.place(t.text))), None) or _parent_country(ent)
    role = lexicon.find_role(words)
    return Mention(ent, "organisation", ent.text, country, role.sector if role else None)


def _residence(people: Span) -> str | None:
    """The country a people is placed in: "Albanians in southern Serbia" are coded to Serbia."""
    doc, after = people.doc, people.end
    if after >= len(doc) or doc[after].lower_ not in ("in", "of"):
        return None
    for tok in doc[after + 1 : after + 4]:
        if tok.ent_type_ == "GPE" and (place := lexicon.place(tok.text)) is not None and place.is_name:
            return place.country
    return None


def _parent_country(ent: Span) -> str | None:
    """The code of a known body a name starts with: "United Nations Relief Coordinator" -> IGO."""
    for n in range(len(ent) - 1, 0, -1):
        if (body := lexicon.body(ent[:n].text)) is not None:
            return body.country
    return None


def collectives(doc: Doc) -> list[Mention]:
    """Demonym + role noun as one group actor: "Israeli officials" (ISR, GOV), "the Sudanese army" (SDN, MIL)."""
    cols = columns(doc)
    found = []
    for i, dep in enumerate(cols.dep):
        if dep not in ("amod", "compound", "conj", "poss"):
            continue
        if cols.ent_type[i] not in ("NORP", "GPE") and cols.pos[i] not in ("ADJ", "PROPN"):
            continue  # cannot be a demonym: spares building the Token
        place = lexicon.place(cols.text[i])
        if place is None:
            continue  # no country to give the group
        tok = doc[i]
        if not _demonym(tok):
            continue
        head = tok.head
        while head.dep_ == "conj" and _demonym(head):
            head = head.head  # "American and Israeli officials": both modify "officials"
        if head.i < tok.i:
            continue
        if head.tag_ == "NNPS" and head.ent_type_ == "NORP":  # a people: "Iraqi Kurds"
            found.append(Mention(doc[tok.i : head.i + 1], "group", f"{tok.text} {head.text}", place.country))
            continue
        role = lexicon.roles().get(head.lower_) or lexicon.roles().get(head.lemma_.lower())
        if role is None or not role.sector or head.ent_type_:
            continue
        if head.dep_ == "compound" or head.text[:1].isupper():  # a title: "Norwegian Minister Eva Lind"
            continue
        span = doc[tok.i : head.i + 1]
        kind = "group" if head.tag_ == "NNS" else "organisation"
        found.append(Mention(span, kind, f"{tok.text} {head.text}", place.country, role.sector))
    return found


def _demonym(tok: Token) -> bool:
    """A country or people word, tagged by NER or (often missed, "Ghanaian authorities") by the tables."""
    if tok.ent_type_ in ("NORP", "GPE"):
        return True
    return (
        tok.pos_ in ("ADJ", "PROPN") and (place := lexicon.place(tok.text)) is not None and not place.is_name
    )
