"""Entity labels corrected with the document's evidence.

spaCy tags a surname after a speech verb as a place now and then ("Lindqvist" GPE) and a town as a
person ("in Velmora"); the corrections use the rest of the document: a surname of a named person is a
person, a name only ever found after a locative preposition is a place, a known country or body is
what the tables say it is.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from faultlines.actors import gazetteer, lexicon, outlets, titles
from faultlines.actors.mention import GENERATIONS, INITIAL, kind_of_body, surname
from faultlines.actors.short_forms import COMPANY_WORDS
from faultlines.quotes import cues
from faultlines.views import DocCache, columns, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from faultlines.actors.gazetteer import Entry

LOCATIVE = frozenset(
    {
        "in",
        "into",
        "at",
        "near",
        "from",
        "across",
        "inside",
        "outside",
        "around",
        "toward",
        "towards",
        "through",
        "throughout",
        "via",
    }
)


# The prepositions after which a name is a place, whatever else the document calls it: "in Tarrow",
# not "a statement from Apex" or "booked through Apex".
PLACED = frozenset({"in", "at", "near", "inside", "outside", "around", "throughout"})


def is_locative(span: Span) -> bool:
    """After a preposition of place ("in Lima")."""
    return _after(span, LOCATIVE)


def _after(span: Span, words: frozenset[str]) -> bool:
    """Whether the word before ``span`` is one of ``words``; read off the column, as it is asked of
    every entity."""
    return span.start > 0 and columns(span.doc).lower[span.start - 1] in words


def is_speaker(span: Span) -> bool:
    root = span.root
    # The cue lexicon is the quote stage's; saying and believing make the subject a speaker.
    return root.dep_ in ("nsubj", "nsubjpass") and cues.lexicon().get(root.head.lemma_) in (
        "speech",
        "belief",
    )


def person_names(ents: list[tuple[Span, str]]) -> set[str]:
    """Surnames of the multi-word person names of the document, with those the tagger took for a
    body's (``_full_name``): each is then a person's, as are its surname's other mentions."""
    return {
        surname(span_text(e))
        for e, label in ents
        if len(e) > 1 and (label == "PERSON" or (label == "ORG" and _full_name(e)))
    }


def _full_name(ent: Span) -> bool:
    """A given name that tells a gender, then one or two capitalised singular words of which none
    names a kind of body, a trade, a newspaper or a place: "Lena Okafor", which the small tagger
    often labels a body; not "Ivo Institute", "Ivo Radio", "Ivo Democrats", a body named after
    someone ("the Ada Lund hospital") nor a brand ("Don Tomas® honey")."""
    if ent[-1].tag_ == "POS":
        ent = ent[:-1]  # "Lena Okafor's"
    words = [t.text for t in ent]
    if not 2 <= len(words) <= 3 or not all(t.tag_ == "NNP" and t.is_alpha and t.is_title for t in ent):
        return False  # a plural is a body's word: "Ivo Democrats", "Ivo Resources"
    if entry(ent) is not None:
        return False  # the gazetteer knows the name
    bodies = _body_words()
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if lexicon.given_gender(words[0]) is None or after in bodies or after in ("®", "™"):
        return False
    return not any(w.lower() in bodies or lexicon.place(w) for w in words[1:])


@cache
def _body_words() -> frozenset[str]:
    """Words that name a kind of body, a trade or a newspaper: no surname in a person's full name."""
    return frozenset(lexicon.generic_bodies()) | COMPANY_WORDS | outlets.NEWS_WORDS


def places(ents: list[tuple[Span, str]]) -> set[str]:
    """Surface forms that occur after a locative preposition and never as a speaker: places."""
    local = {span_text(e) for e, _ in ents if is_locative(e)}
    return local - {text for e, _ in ents if (text := span_text(e)) in local and is_speaker(e)}


# The entry of each token range asked about: an entity's label and its mention both ask of it.
ENTRIES = DocCache[dict[tuple[int, int], "Entry | None"]]("actors.entries")
# The capitalised words the document names a thing by, after "the" (``_things``).
THINGS = DocCache[frozenset[str]]("actors.things")


def entry(span: Span) -> Entry | None:
    """The gazetteer entry a span names, unless an honorific contradicts it: "Mrs. Clinton" is not the
    entry the alias "Clinton" names on its own. Read once per token range of a Doc."""
    kept = ENTRIES.get(span.doc, dict)
    at = (span.start, span.end)
    if at not in kept:
        kept[at] = _entry(span)
    return kept[at]


def _entry(span: Span) -> Entry | None:
    entry = gazetteer.lookup(span_text(span)) or _by_shorter_form(span)
    if entry is not None and entry.kind == "person" and entry.gender:
        said = titles.honorific_gender(span)
        if said is not None and said != entry.gender:
            return None
    return entry


def _by_shorter_form(span: Span) -> Entry | None:
    """A person the gazetteer lists without the generational suffix or the middle initial the text
    gives ("Joseph R. Biden Jr.", "John F. Kerry")."""
    words = span_text(span).split()
    tried = []
    if len(words) > 2 and words[-1].lower() in GENERATIONS:
        words = words[:-1]
        tried.append(words)
    if len(words) == 3 and INITIAL.fullmatch(words[1]):
        tried.append([words[0], words[2]])
    entries = (gazetteer.lookup(" ".join(name)) for name in tried)
    return next((e for e in entries if e is not None and e.kind == "person"), None)


def label(ent: Span, label: str, surnames: set[str], places: set[str], spelt: set[str]) -> str:
    """spaCy's label, corrected with the document's evidence (``spelt``: the texts tagged as places)."""
    text = span_text(ent)
    known = entry(ent)
    if known is not None:
        return {"person": "PERSON", "country": "GPE"}.get(known.kind, "ORG")
    if label == "PERSON" and _thing_named_with_the(ent, surnames):
        # "the Steelers" are a team and "the Gazette" a paper; "the Moon" and "the Switch" are nobody,
        # but one who speaks is someone ("the Maharishi said": a title the role table lacks)
        if _a_bodys_word(ent):
            return "ORG"
        if not _speaks(ent):
            return "PRODUCT"
    if label in ("PERSON", "ORG") and body_name(ent) and text.lower() not in surnames:
        return "ORG"
    if (len(ent) > 1 or text.isupper()) and outlets.outlet_country(text) is not None:
        return "ORG"  # "the Miami Herald", "RT", which the tagger may take for a person
    if label == "ORG" and _country_named(text):
        return "GPE"  # "Belarus rejected the plan": a country's name is the country, whatever its tag
    if label == "PERSON" and (
        text in places
        or lexicon.place(text)
        or (len(ent) == 1 and (ent[0].pos_ != "PROPN" or _misspelt_any(text, spelt)))
    ):
        return "GPE"
    unknown = label in ("GPE", "LOC", "ORG", "FAC") and not lexicon.place(text) and not lexicon.body(text)
    if not unknown:
        return label  # the evidence of a person below is read only for a name no table knows
    speaker = label != "ORG" and is_speaker(ent) and ent[0].pos_ == "PROPN"
    person = (
        text.lower() in surnames
        or _named_person(ent, surnames)
        or speaker
        or _titled_name(ent)
        or _role_apposition(ent)
        or _who_clause(ent)
    )
    if person:
        return "PERSON"
    return "ORG" if label in ("GPE", "LOC") and _body_apposition(ent) else label


def _body_apposition(ent: Span) -> bool:
    """A name no table knows set beside a kind of body: "Future45, a super PAC that ..." names a
    body, whatever place the tagger took it for."""
    root = ent.root
    partners = [root.head] if root.dep_ == "appos" else []
    partners += [c for c in root.children if c.dep_ == "appos"]
    return any(kind_of_body(p) for p in partners)


def _country_named(text: str) -> bool:
    """Whether ``text`` is a country's own name or everyday short name, and no body's."""
    place = lexicon.place(text)
    return place is not None and (place.is_name or place.is_variant) and lexicon.body(text) is None


def _thing_named_with_the(ent: Span, surnames: set[str]) -> bool:
    """One capitalised word, which the tagger took for a person, that heads a phrase right after
    "the" somewhere in the document: a person's name takes no article, but a team's, a product's, a
    river's or a moon's does ("the Moon", and so "a Moon landing"). Not a name only ever used as a
    modifier ("the Lune campaign"), a given name ("the Donald") nor the surname of a person the
    document names in full ("the Lune of old" after "Ava Lune"); ``label`` asks it of names the
    gazetteer does not know."""
    text = span_text(ent)
    return (
        len(ent) == 1
        and text in THINGS.get(ent.doc, lambda: _things(ent.doc))
        and text.lower() not in surnames
    )


def _a_bodys_word(ent: Span) -> bool:
    """Whether a thing's one-word name names a body: a plural ("the Steelers"), a newspaper's word
    ("the Gazette", short for "the Harbour Gazette") or a body the tables know."""
    word = ent[0]
    return word.tag_ == "NNPS" or word.lower_ in outlets.NEWS_WORDS or lexicon.body(word.text) is not None


def _speaks(ent: Span) -> bool:
    """Whether the document has the one word of ``ent`` say or believe something anywhere."""
    doc, word = ent.doc, ent[0].text
    return any(is_speaker(doc[i : i + 1]) for i, text in enumerate(columns(doc).text) if text == word)


def _things(doc: Doc) -> frozenset[str]:
    """The capitalised words heading a phrase right after "the" ("the Moon"), but for given names
    and titles."""
    # read from the columns: a Token for every word of every document would cost more than the rule
    cols = columns(doc)
    text, lower, pos, dep = cols.text, cols.lower, cols.pos, cols.dep
    return frozenset(
        text[i]
        for i in range(1, len(text) - 1)
        if pos[i] == "PROPN"
        and lower[i - 1] == "the"
        and dep[i] not in ("compound", "amod", "nmod", "poss")
        and pos[i + 1] != "PROPN"
        and lexicon.given_gender(text[i]) is None
        # a title for a name: "the Queen", "the Ayatollah" (a newspaper's word is no title)
        and (lexicon.roles().get(lower[i]) is None or lower[i] in outlets.NEWS_WORDS)
    )


def _named_person(ent: Span, surnames: set[str]) -> bool:
    """A given name and the surname of a person the document names: the tagger's body "Ava Lune's"
    in a headline is the Ava Lune tagged a person below."""
    return (
        len(ent) > 1
        and lexicon.given_gender(ent[0].text) is not None
        and surname(span_text(ent)) in surnames
        and not any(t.pos_ in ("VERB", "AUX") for t in ent)  # a clause the tagger ran together
    )


def one_body_one_label(labelled: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The entities with their labels (corrected by ``label``), a body's name read as a body wherever
    it is written: the small model tags one name a body here and a place or a person there ("RT
    America" FAC once, LOC four times), and a place no table knows names no actor, so those
    mentions were lost. Where it follows "in" or "at" it stays a place, and a person's surname is
    no body's name."""
    people = person_names(labelled)
    bodies = {
        text
        for e, label in labelled
        if label in ("ORG", "FAC") and (text := span_text(e)).lower() not in people
    }
    return [(e, "ORG" if _body_as_place(e, label, bodies) else label) for e, label in labelled]


def _body_as_place(ent: Span, label: str, bodies: set[str]) -> bool:
    text = span_text(ent)
    return label in ("GPE", "LOC") and text in bodies and not lexicon.place(text) and not _after(ent, PLACED)


def body_name(name: Span) -> bool:
    """A name whose last word names a kind of body ("the Harbor Tenants Coalition", "Velmora Studio",
    "Velmo Coal"):
    an organisation whatever the tagger says. A given name and one more word stays a person's
    ("Margaret Court")."""
    head = name[-1]
    # a company's generic or trade word ends a company's name: "Velmo Holdings", "Velmo Coal"
    company = len(name) > 1 and head.lower_ in COMPANY_WORDS
    return (
        head.text[:1].isupper()
        and (head.lower_ in lexicon.generic_bodies() or company)
        and not (len(name) == 2 and lexicon.given_gender(name[0].text) is not None)
    )


def _who_clause(ent: Span) -> bool:
    """A name a "who" clause describes: "Mira Dunst, who represents the tenants, said" (tagged ORG)."""
    return len(ent) > 1 and any(
        c.dep_ == "relcl"
        and any(w.lower_ in ("who", "whom") and w.dep_.startswith("nsubj") for w in c.children)
        for c in ent.root.children
    )


def _misspelt_any(word: str, places: set[str]) -> bool:
    """Whether ``word`` is one of ``places`` misspelt; only a place one letter longer or shorter at
    most is compared."""
    size = len(word)
    return any(_misspelt(word, p) for p in places if size - 1 <= len(p) <= size + 1)


def _misspelt(word: str, place: str) -> bool:
    """One letter added, dropped or changed in a place's name ("Velmor" for "Velmora"), which NER then
    takes for a person. Short names are left alone: "Lima" and "Lim" are not one word."""
    if word == place or min(len(word), len(place)) < 4 or abs(len(word) - len(place)) > 1:
        return False
    short, long = sorted((word, place), key=len)
    first = 0  # where they part: the rest must be the same past the one letter changed or added
    while first < len(short) and short[first] == long[first]:
        first += 1
    return short[first + (len(short) == len(long)) :] == long[first + 1 :]


def _role_apposition(ent: Span) -> bool:
    """A name in apposition with a person's role: "the chief executive, Martin Holt" or
    "Martin Holt, the chief executive" (the small model tags such names ORG now and then)."""
    root = ent.root
    partners = [root.head] if root.dep_ == "appos" else []
    partners += [c for c in root.children if c.dep_ == "appos"]
    return any(p.pos_ == "NOUN" and lexicon.roles().get(p.lower_) is not None for p in partners)


def _titled_name(ent: Span) -> bool:
    """Two or three proper nouns right after a person's title: "Vice-President Moody Awori" tagged ORG;
    after a role written in lower case, only a name opening with a given name ("chair Rosa Quell")."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return (
        before is not None
        and (before.text[:1].isupper() or lexicon.given_gender(ent[0].text) is not None)
        and lexicon.roles().get(before.lower_) is not None
        and 2 <= len(ent) <= 3
        and all(t.pos_ == "PROPN" and lexicon.place(t.text) is None for t in ent)
    )
