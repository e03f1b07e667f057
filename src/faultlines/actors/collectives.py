"""Groups named by a demonym and a role noun: "Israeli officials", "the Sudanese army"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon
from faultlines.actors.mention import Mention
from faultlines.actors.owned_bodies import name_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The relations a demonym bears to the noun it names a group with: "Israeli officials", "Iraq's army".
MODIFYING = frozenset({"amod", "compound", "conj", "poss"})
# Words before a demonym that make it a people wherever they live, not a state's own: "ethnic Albanians
# in Serbia" are Serbia's (as PLOVER codes them), not Albania's.
ETHNIC = frozenset({"ethnic"})


def collectives(doc: Doc) -> list[Mention]:
    """Demonym + role noun as one group actor: "Israeli officials" (ISR, GOV), "the Sudanese army" (SDN, MIL)."""
    cols = views.columns(doc)
    found = []
    for i in [i for i, dep in enumerate(cols.dep) if dep in MODIFYING]:
        if cols.ent_type[i] not in ("NORP", "GPE") and cols.pos[i] not in ("ADJ", "PROPN"):
            continue  # cannot be a demonym: spares building the Token
        if cols.ent_type[i] not in ("NORP", "GPE") and lexicon.place(cols.text[i]) is None:
            continue  # no place by NER or the tables
        tok = doc[i]
        start, name, place = _whole_place(tok)
        if place is None:
            continue  # no country to give the group
        if not _demonym(tok) or ethnic(tok):
            continue
        head = tok.head
        while head.dep_ == "conj" and _demonym(head):
            head = head.head  # "American and Israeli officials": both modify "officials"
        if head.i < tok.i:
            continue
        if head.tag_ == "NNPS" and head.ent_type_ == "NORP":  # a people: "Iraqi Kurds"
            found.append(Mention(doc[start : head.i + 1], "group", f"{name} {head.text}", place.country))
            continue
        # the whole office the head ends ("Sweden's attorney general", "Panamanian army officers"),
        # after any other people joined to this one ("Hungarian and Romanian officials")
        after = max([tok.i, *(t.i for t in doc[tok.i + 1 : head.i] if t.dep_ == "cc" or _demonym(t))])
        inner = [t.text for t in doc[after + 1 : head.i] if t.tag_ != "POS" and not t.is_punct]
        office = lexicon.role([*inner, head.text]) or lexicon.role([*inner, head.lemma_])
        if office is None or not office[0].sector or head.ent_type_:
            continue
        role, size = office
        if head.dep_ == "compound" or head.text[:1].isupper():  # a title: "Norwegian Minister Eva Lind"
            continue
        if head.tag_ != "NNS" and _named_beside(head):
            continue  # "Jo Lind, a retired Belgian general": her role, no one else
        span = doc[start : head.i + 1]
        kind = "group" if head.tag_ == "NNS" else "organisation"
        # named by the office alone, so "Peru's new government" is the Peru government named again
        words = [*inner, head.text][-size:]
        found.append(Mention(span, kind, " ".join([name, *words]), place.country, role.sector))
    return found


def _whole_place(tok: Token) -> tuple[int, str, lexicon.Place | None]:
    """Where the place name a word ends starts, the name and its place: "New Jersey" for its
    "Jersey", which alone is another place; "African-American", a people of the nation its last
    word names."""
    start = name_start(tok)
    whole = views.span_text(tok.doc[start : tok.i + 1])
    return start, whole, lexicon.place(whole) or lexicon.place(tok.text)


def _named_beside(noun: Token) -> bool:
    """Whether a name stands in apposition to a noun: "Jo Lind, a Belgian general", "the Velmoran
    president, Ada Vale"."""
    return (noun.dep_ == "appos" and noun.head.pos_ == "PROPN") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children
    )


def ethnic(demonym: Token) -> bool:
    """Whether a demonym names a people by descent ("ethnic Albanians", "ethnic Albanian guerrillas")."""
    i = demonym.i - 1
    return i >= 0 and demonym.doc[i].lower_ in ETHNIC


def _demonym(tok: Token) -> bool:
    """A country or people word, tagged by NER or (often missed, "Ghanaian authorities") by the tables."""
    if tok.ent_type_ in ("NORP", "GPE"):
        return True
    return (
        tok.pos_ in ("ADJ", "PROPN") and (place := lexicon.place(tok.text)) is not None and not place.is_name
    )
