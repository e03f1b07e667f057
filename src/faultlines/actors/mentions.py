"""Actor mentions from spaCy's entities, corrected where the small model errs (``labels``), with the
groups (``collectives``), party branches (``branches``), the names it missed (``untagged``) and the
bodies named only by their people (``member_owners``: "Velmo leaders") added;
a person heading "the ... administration" stands for the government they lead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax, views
from faultlines.actors import (
    handles,
    headline_names,
    labels,
    lexicon,
    outlets,
    party_tags,
    regions,
    titles,
    untagged,
)
from faultlines.actors.branches import branches
from faultlines.actors.collectives import collectives, ethnic
from faultlines.actors.member_owners import member_owners
from faultlines.actors.mention import ACTOR_LABELS, Mention, organisation
from faultlines.actors.nicknames import nicknamed
from faultlines.actors.owned_bodies import owned_bodies
from faultlines.ingest import furniture
from faultlines.nlp import ABBREVIATIONS
from faultlines.syntax import DASH_MARKS
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# Lower-case words that start a clause, where NER ran a name on past its end: "the Awards after Swift".
CLAUSE_OPENERS = frozenset(
    {"after", "before", "while", "when", "because", "although", "since", "until", "unless", "whereas"}
)

# Bodies named after the person who leads them ("the Tarrow administration", "the Tarrow campaign");
# their sector is the body noun's in bodies-generic.tsv (a government's, or none for a campaign).
LED_BODIES = frozenset({"administration", "campaign"})


def _trim(ent: Span) -> Span | None:
    """The entity without a leading article or trailing possessive/punctuation, cut before a word
    that opens a clause or an amount; None if nothing proper is left."""
    doc, start, end = ent.doc, ent.start, ent.end
    cols = columns(doc)
    end = next((i for i in range(start + 1, end) if cols.text[i] in CLAUSE_OPENERS), end)
    # an amount the tagger ran into the name: "Brenner" of "gave Brenner 13 percent of its mines"
    end = next(
        (i for i in range(start + 1, end - 1) if cols.tag[i] == "CD" and cols.text[i + 1].islower()), end
    )
    # a bracket opened inside the name and closed past it: "the Energy Ministry (MEM", "Spain (Group B"
    end = next((i for i in range(start + 1, end) if cols.text[i] == "(" and ")" not in cols.text[i:end]), end)
    while start < end and (cols.pos[start] == "DET" or cols.punct[start]):
        start += 1
    # a lower-case hyphenated word before the name describes it: "the pro-Vesta Civic League"
    while start + 3 < end and cols.text[start].islower() and _hyphened(doc, start):
        start += 3
    # the tagger takes a typographic "’s" before an opening quote mark for a closing one: "Lee’s “plan”"
    while end > start and (
        cols.tag[end - 1] == "POS"
        or cols.lower[end - 1] in lexicon.POSSESSIVE
        or cols.punct[end - 1]
        or cols.space[end - 1]
        or _result(ent, end - 1)
    ):
        end -= 1
    # the first word's capital is the span's: no Span is built for an entity left empty or lower case
    return doc[start:end] if end > start and cols.text[start][:1].isupper() else None


def _result(ent: Span, i: int) -> bool:
    """Whether token ``i``, the last of ``ent`` past its first, is a score or a tally a line of results
    ran into a name: "beating Ines Kral 6-4", "Chile 3-0", a person's "Lee 1 goal"; not the number a
    name holds ("Intermediate School 285", "Artemis 2")."""
    text = columns(ent.doc).text
    if i == ent.start or not text[i].isdigit():
        return False
    # "6-4" is three tokens: the number ends or opens one
    score = any(
        1 <= j < len(text) - 1 and text[j] in DASH_MARKS and text[j - 1].isdigit() and text[j + 1].isdigit()
        for j in (i - 1, i + 1)
    )
    tally = ent.label_ == "PERSON" and i + 1 < len(text) and text[i + 1][:1].islower()
    return score or tally


def _hyphened(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen to the word after it, with no space between."""
    return doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _person_after(ent: Span, label: str) -> list[tuple[Span, str]]:
    """An entity NER ran from a place or a body's possessive on into the person named after it:
    "ambassador to Ukraine Ada Roos" and "the Green Party's Ada Roos" are the place or body and
    Ada Roos. Only a given name and one or two more capitalised words after it make a person."""
    if label == "PERSON" or len(ent) < 3:
        return [(ent, label)]
    for k in (len(ent) - 2, len(ent) - 3):
        first = ent[k] if k > 0 else None
        if first is None or lexicon.given_gender(first.text) is None:
            continue
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[k + 1 :] if t.text[-1:] != "."):
            continue
        before = ent[:k]
        if before[-1].tag_ == "POS" and len(before) > 1:
            return [(before[:-1], label), (ent[k:], "PERSON")]
        place = lexicon.place(views.span_text(before))
        if place is not None and place.is_name:
            return [(before, "GPE"), (ent[k:], "PERSON")]
    return [(ent, label)]


def _extend(name: Span, complete: set[str]) -> Span:
    """A person's name as the document gives it whole: cut short by NER ("Tove" of "Tove Rask") it is
    extended over the proper nouns after it; run into a title-case headline ("Elsa Moor Slams Plan") it
    is cut back to the name found whole elsewhere."""
    doc, end, text = name.doc, name.end, views.span_text(name)
    if text in complete:
        return name
    known = next((c for c in complete if text.startswith(c + " ") and " " in c), None)
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
    """A person's name without a word NER ran into it: the sentence's first word ("Hosting Cook at the
    summit" after "Tim Cook" is Cook: an -ing word that is no given name, before a known surname), or
    an epithet before a given name ("Crooked Hillary Clinton") where the text names that person whole
    elsewhere. A title's word after an honorific stays the title's ("Miss Universe Alicia Machado":
    "a former Miss Universe" is her too)."""
    first = name[0]
    if lexicon.given_gender(first.text) is not None or len(name) < 2:
        return name
    if (
        len(name) == 2
        and first.is_sent_start
        and first.lower_.endswith("ing")
        and any(other.endswith(" " + name[1].text) and other != name.text for other in complete)
    ):
        return name[1:]
    rest = name[1:]
    titled = name.start > 0 and name.doc[name.start - 1].lower_ in titles.HONORIFICS
    if (
        len(rest) > 1
        and not titled
        and lexicon.given_gender(rest[0].text) is not None
        and views.span_text(rest) in complete
    ):
        return rest
    return name


def _complete_names(doc: Doc) -> set[str]:
    """Person names the document shows whole: not followed by another capitalised proper noun."""
    return {
        views.span_text(e)
        for e in views.ents(doc)
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


def find(doc: Doc) -> list[Mention]:
    """Mentions of persons, organisations, groups and countries, in text order."""
    complete = _complete_names(doc)
    told = headline_names.story(doc, furniture.headline_end(views.text(doc)))
    around = _furniture(views.text(doc))
    ents = _unnested(
        [
            (_whole(part, label, complete, told), label)
            for e in views.ents(doc)
            if e.label_ in ACTOR_LABELS
            and not furniture.within(e.start_char, around)
            and (span := _trim(e)) is not None
            for part, label in _person_after(span, e.label_)
        ]
    )
    nicknames = nicknamed(doc)
    surnames = labels.person_names(ents) | {m.surname for m in nicknames}
    places = labels.places(ents)
    spelt = places | {views.span_text(e) for e, label in ents if label in ("GPE", "LOC")}
    titled = {
        i
        for e, label in ents
        if label == "PERSON" and (pre := titles.premodifier(e))
        for i in range(pre.start, pre.end)
    }
    acting = regions.acting(ents)
    found: list[Mention] = []
    corrected = labels.one_body_one_label(
        [(e, labels.label(e, label, surnames, places, spelt)) for e, label in ents]
    )
    for (ent, label), (_, reading) in zip(ents, corrected, strict=True):
        if label in ("ORG", "FAC") and ent.start in titled:
            continue  # a title word, as "State" in "Secretary of State Ines Holt"
        if label == "PERSON" and views.span_text(ent).lower().rstrip(".") in ABBREVIATIONS:
            continue  # a title NER cut off its name: "Insp." of "Insp. Joe Fry"
        if party_tags.within(ent):
            continue  # "Del. Ada Roos (D-Newport News)": her party and district, no one who acts
        if syntax.dateline(ent.root):
            continue  # "OSLO (AP) —": where the story was filed, no one who acts
        mention = _mention(ent, reading, acting, surnames)
        if mention is not None:
            found.append(mention)
    found = owned_bodies(doc, found + collectives(doc))
    # before the place or the people NER found in them, or the parts NER split a name into
    parties = branches(doc) + nicknames
    inside = {i for m in parties for i in range(m.span.start, m.span.end)}
    found = [m for m in found if inside.isdisjoint(range(m.span.start, m.span.end))] + parties
    bodies = untagged.for_bodies(doc, found)
    within = {i for m in bodies for i in range(m.span.start, m.span.end)}
    found = [m for m in found if within.isdisjoint(range(m.span.start, m.span.end))] + bodies
    # the tokens taken so far, grown with each kind of name found rather than read again from them all
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    for more in (
        untagged.titled_names,
        untagged.untagged_names,
        untagged.given_names,
        untagged.untagged_bodies,
        member_owners,
    ):
        added = more(doc, taken)
        found += added
        taken.update(i for m in added for i in range(m.span.start, m.span.end))
    found += handles.named(doc, found, taken)
    found += untagged.bare_surnames(doc, found)
    found += untagged.repeated_bodies(doc, found)
    found.sort(key=lambda m: m.span.start)
    return [_administration(m) for m in found if not furniture.within(m.span.start_char, around)]


def _whole(name: Span, label: str, complete: set[str], told: headline_names.Story) -> Span:
    """An entity as long as the name it gives: a person's without a headline's words or the titles
    NER took in, a body's with whom it is for."""
    if label == "PERSON":
        return titles.untitle(_extend(_ungerund(headline_names.cut(name, told), complete), complete))
    return _and_joined(_for_whom(name)) if label == "ORG" else name


def _and_joined(body: Span) -> Span:
    """A body's name that NER cut at its "and", where the whole is a body the tables know:
    "Customs" of "Customs and Border Protection", "Customs Enforcement" of "Immigration and
    Customs Enforcement". Two names joined by "and" stay two."""
    doc = body.doc
    if body.end + 1 < len(doc) and doc[body.end].lower_ == "and":
        for end in range(min(body.end + 4, len(doc)), body.end + 1, -1):
            if _known_body(doc[body.start : end]):
                return doc[body.start : end]
    if body.start >= 2 and doc[body.start - 1].lower_ == "and":
        for start in range(max(body.start - 3, 0), body.start - 1):
            if _known_body(doc[start : body.end]):
                return doc[start : body.end]
    return body


def _known_body(span: Span) -> bool:
    """Whether the tables name this body, with or without the country it serves ("US ..."; the
    tables' lookup tries each spelling of that country)."""
    words = views.span_text(span)
    return lexicon.body(words) is not None or lexicon.body(lexicon.SAME_PREFIX[0] + words) is not None


def _for_whom(body: Span) -> Span:
    """A body's name with whom or what it is for, where NER ends it before "for the": "the Velmora
    Court of Harbour Appeals for the Tarrow Circuit", "the Tarrow Coalition for the Landless". Only
    a name with a word naming a kind of body, and only capitalised words after "the"."""
    doc, end = body.doc, body.end
    if end + 2 >= len(doc) or doc[end].lower_ != "for" or doc[end + 1].lower_ != "the":
        return body
    if not any(t.lower_ in lexicon.generic_bodies() for t in body):
        return body
    stop = end + 2
    while stop < len(doc) and stop - end < 8 and (doc[stop].text[:1].isupper() or doc[stop].lower_ == "of"):
        stop += 1
    while stop > end + 2 and doc[stop - 1].lower_ == "of":
        stop -= 1
    return doc[body.start : stop] if stop > end + 2 else body


def _unnested(ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The entities without those a lengthened name took in ("Tarrow Circuit" of the court's name)."""
    kept: list[tuple[Span, str]] = []
    for span, label in ents:
        if not kept or span.start >= kept[-1][0].end:
            kept.append((span, label))
    return kept


def _administration(mention: Mention) -> Mention:
    """A person named in "the ... administration" stands for the government they lead: "the Tarrow
    administration said" is an organisation (the leader's country, GOV), not the person; "the
    Tarrow campaign" is the body that runs for them (no sector of its own). Not a modifier of
    someone's description ("a former Tarrow administration official")."""
    if mention.kind != "person":
        return mention  # read first: a span's root is a walk over its words
    span = mention.span
    root = span.root
    head = root.head
    if (
        root.dep_ != "compound"
        or head.lower_ not in LED_BODIES
        or head.i != span.end
        or head.dep_ == "compound"
        or not any(t.dep_ == "det" and t.lower_ == "the" for t in head.children)
    ):
        return mention
    # named as a body named by whom it belongs to is ("the Lark campaign"): with its article
    name = f"the {span[-1].text} {head.text}"
    sector = lexicon.generic_bodies()[head.lower_]
    return Mention(span.doc[span.start : head.i + 1], "organisation", name, mention.country, sector)


def _furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Where the page around the story stands: the furniture lines ingest recognises (share rows,
    reader prompts, credits) and the outlet a scraped headline ends with ("Talks stall – Harbour
    Gazette"). Nobody there is an actor of the story."""
    outlet = outlets.headline_outlet_span(text)
    return furniture.furniture(text) + ((outlet,) if outlet is not None else ())


def _region(ent: Span, country: str) -> Mention:
    """A region or a seat as its own government, coded to its country: "West Virginia", "Washington"
    (USA, GOV); "the state of West Virginia" is it too, so what the state does is the region's."""
    name = ent.text.title() if ent.text.isupper() else ent.text
    of, doc = ent.root.head, ent.doc
    called = (
        ent.root.dep_ == "pobj"
        and of.i == ent.start - 1
        and of.lower_ == "of"
        and of.head.i == of.i - 1
        and of.head.lemma_.lower() in regions.REGION_NOUNS
    )
    return Mention(doc[of.i - 1 : ent.end] if called else ent, "organisation", name, country, "GOV")


def _mention(ent: Span, label: str, acting: set[str], surnames: set[str]) -> Mention | None:
    text = views.span_text(ent)
    entry = labels.entry(ent)
    if entry is not None:
        return Mention(ent, entry.kind, entry.name, entry.country, entry.sector, entry, entry.gender)
    if label == "PERSON" and _holds_office(ent) and text.lower() not in surnames:
        # an unknown state: "Borduria's foreign minister"; not a person named in full elsewhere
        # ("Mourinho's representatives" after "Jose Mourinho")
        return Mention(ent, "country", text)
    if label == "PERSON":
        words = titles.strip_honorific(text.split())
        return Mention(ent, "person", " ".join(words), gender=titles.honorific_gender(ent))
    if label in ("GPE", "LOC", "NORP"):
        place = lexicon.place(text)
        if place is None or (not place.is_name and label != "NORP" and labels.is_locative(ent)):
            return None
        if (place.is_region or place.is_seat) and label != "NORP" and lexicon.key(text) in acting:
            return _region(ent, place.country)  # the state that sued, not the country it is part of
        if label == "NORP" and ethnic(ent[0]):  # "ethnic Albanians": of the country they live in
            return Mention(ent, "group", text, _residence(ent)) if ent[-1].tag_ == "NNPS" else None
        if label == "NORP" and ent[-1].tag_ == "NNPS":  # a people, not its state: "Algerians"
            return Mention(ent, "group", text, _residence(ent) or place.country)
        return Mention(ent, "country", lexicon.country_name(place.country), place.country)
    if label in ("ORG", "FAC"):
        place = lexicon.place(text)
        if place is not None and (place.is_region or place.is_seat) and lexicon.key(text) in acting:
            return _region(ent, place.country)  # a state the tagger took for a body: "Quebec passed a law"
        return organisation(ent)
    return None


def _residence(people: Span) -> str | None:
    """The country a people is placed in: "Albanians in southern Serbia" are coded to Serbia."""
    doc, after = people.doc, people.end
    if after >= len(doc) or doc[after].lower_ not in ("in", "of"):
        return None
    for tok in doc[after + 1 : after + 4]:
        if tok.ent_type_ == "GPE" and (place := lexicon.place(tok.text)) is not None and place.is_name:
            return place.country
    return None
