"""Groups named by a demonym and a role noun: "Israeli officials", "the Sudanese army"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.mention import Mention
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The relations a demonym bears to the noun it names a group with: "Israeli officials", "Iraq's army".
MODIFYING = frozenset({"amod", "compound", "conj", "poss"})


def collectives(doc: Doc) -> list[Mention]:
    """Demonym + role noun as one group actor: "Israeli officials" (ISR, GOV), "the Sudanese army" (SDN, MIL)."""
    cols = columns(doc)
    found = []
    for i in [i for i, dep in enumerate(cols.dep) if dep in MODIFYING]:
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
        if head.tag_ != "NNS" and _named_beside(head):
            continue  # "Jo Lind, a retired Belgian general": her role, no one else
        # the whole office the head ends: "Sweden's attorney general", "Borduria's prime minister"
        office, size = lexicon.role([t.text for t in doc[tok.i + 1 : head.i + 1]]) or (role, 1)
        words = " ".join(t.text for t in doc[head.i - size + 1 : head.i + 1])
        span = doc[tok.i : head.i + 1]
        kind = "group" if head.tag_ == "NNS" else "organisation"
        found.append(Mention(span, kind, f"{tok.text} {words}", place.country, office.sector or role.sector))
    return found


def _named_beside(noun: Token) -> bool:
    """Whether a name stands in apposition to a noun: "Jo Lind, a Belgian general", "the Velmoran
    president, Ada Vale"."""
    return (noun.dep_ == "appos" and noun.head.pos_ == "PROPN") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children
    )


def _demonym(tok: Token) -> bool:
    """A country or people word, tagged by NER or (often missed, "Ghanaian authorities") by the tables."""
    if tok.ent_type_ in ("NORP", "GPE"):
        return True
    return (
        tok.pos_ in ("ADJ", "PROPN") and (place := lexicon.place(tok.text)) is not None and not place.is_name
    )
