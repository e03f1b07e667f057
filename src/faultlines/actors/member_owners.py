"""Bodies the text names only as the owner of its people: "Velmo leaders have denied it", "a Velmo
spokesperson said". The tagger often leaves such a name untagged (or takes it for an unknown place);
the body is an actor all the same, and a later stage may hold what its people say to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.descriptions import written_as_name
from faultlines.actors.mention import Mention
from faultlines.views import columns, lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.views import Columns

# Entity labels a body's name may carry when the tagger misreads it ("Velmo" as a place); a person,
# a people or a party word ("Democratic leaders") names no body here.
MISREAD = frozenset({"", "ORG", "GPE", "FAC", "PRODUCT"})


def member_owners(doc: Doc, taken: set[int]) -> list[Mention]:
    """An organisation for each run of proper nouns owning a body's people: "Velmo leaders", "PH&R
    officials", "a Velmo spokesperson". Not a place ("Delhi officials", a place's own), a person's
    name ("Lee spokesman"), nor a capital that only a sentence's start gives ("Police officials")."""
    cols, lemma = columns(doc), lemmas(doc)
    # its leaders or officials (plural: "the Velmo leader" is one person), or its spokespeople; not
    # its lawyers, whom anyone may retain
    members, voices = lexicon.voices_of("member"), lexicon.voices_of("member", "spokesperson")
    found = []
    for head in [head for head in positions(doc).get("NOUN", ()) if lemma[head] in voices]:
        word = lemma[head]
        if head in taken or (word in members and cols.tag[head] != "NNS"):
            continue
        start = head
        while start > 0 and _owner_word(cols, start - 1, head, taken):
            start -= 1
        if start == head or (start > 0 and (start - 1 in taken or cols.pos[start - 1] == "PROPN")):
            continue  # none, or part of a longer name already read ("Senate Republican leaders")
        span = doc[start:head]
        if lexicon.place(span.text) is not None or lexicon.given_gender(span[0].text) is not None:
            continue
        if span[0].is_sent_start and not written_as_name(doc, span[0].text):
            continue
        # made here, not by ``organisation``, which takes a name before a role noun for a title word
        body = lexicon.body(span.text)
        if body is None or body.kind == "organisation":
            found.append(
                Mention(span, "organisation", span.text, *((body.country, body.sector) if body else ()))
            )
    return found


def _owner_word(cols: Columns, i: int, head: int, taken: set[int]) -> bool:
    """A capitalised proper noun modifying the people's noun, no mention yet."""
    return (
        i not in taken
        and cols.pos[i] == "PROPN"
        and cols.text[i][:1].isupper()
        and cols.ent_type[i] in MISREAD
        and cols.dep[i] == "compound"
        and head - i <= 3
    )
