"""Bodies the text names only as the owner of its people: "Velmo leaders have denied it", "a Velmo
spokesperson said". The tagger often leaves such a name untagged (or takes it for an unknown place);
the body is an actor all the same, and a later stage may hold what its people say to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.mention import Mention
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.views import Columns

# Nouns of the people who speak for the body that names them: its leaders and officials (plural, as
# "the Velmo leader" is one person), its spokespeople. Not its staff or workers, who speak for themselves.
MEMBERS = frozenset({"leaders", "officials", "executives", "representatives"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons"})
# Entity labels a body's name may carry when the tagger misreads it ("Velmo" as a place); a person,
# a people or a party word ("Democratic leaders") names no body here.
MISREAD = frozenset({"", "ORG", "GPE", "FAC", "PRODUCT"})


def member_owners(doc: Doc, taken: set[int]) -> list[Mention]:
    """An organisation for each run of proper nouns owning a body's people: "Velmo leaders", "PH&R
    officials", "a Velmo spokesperson". Not a place ("Delhi officials", a place's own), a person's
    name ("Lee spokesman"), nor a capital that only a sentence's start gives ("Police officials")."""
    cols = columns(doc)
    found = []
    for head in [i for i, word in enumerate(cols.lower) if word in MEMBERS or word in SPOKESPEOPLE]:
        if cols.pos[head] != "NOUN" or head in taken:
            continue
        start = head
        while start > 0 and _owner_word(cols, start - 1, head, taken):
            start -= 1
        if start == head or (start > 0 and (start - 1 in taken or cols.pos[start - 1] == "PROPN")):
            continue  # none, or part of a longer name already read ("Senate Republican leaders")
        span = doc[start:head]
        if lexicon.place(span.text) is not None or lexicon.given_gender(span[0].text) is not None:
            continue
        if span[0].is_sent_start and not _capitalised_elsewhere(doc, span[0].text):
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


def _capitalised_elsewhere(doc: Doc, word: str) -> bool:
    """Whether the text writes ``word`` capitalised where no sentence starts: a name, not a noun a
    sentence's first capital dresses up as one ("Police officials said")."""
    return any(t.text == word and not t.is_sent_start for t in doc)
