"""Regions that act: a US state, a province or a Land that sues, votes, passes a law or says something
is its own government, not the country it is part of ("West Virginia sued" is no act of the United
States). ``places.tsv`` marks them (kind ``region``); this module tells when a document shows one acting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.quotes import cues

if TYPE_CHECKING:
    from spacy.tokens import Span

    from faultlines.events.lexicon import Lexicon

# What a region is called when it acts under its name: "the state of Ohio", "the government of Ontario".
REGION_NOUNS = frozenset({"state", "commonwealth", "province", "territory", "government"})
# Acts of a legislature that are no PLOVER event, so not in the event lexicon: "Ohio passed a law".
LAWMAKING = frozenset({"pass", "enact", "adopt", "approve", "repeal", "legalize", "mandate", "require"})


def acting(ents: list[tuple[Span, str]]) -> set[str]:
    """The regions (lookup form) the document shows acting: the subject of a verb of saying, of an act
    the event lexicon knows or of lawmaking ("Ohio said", "Ohio sued", "Ohio passed a law"), or the
    agent of a passive ("sued by Ohio"). A state that only is or has something ("Ohio is a swing
    state") is a place."""
    from faultlines.events import lexicon as events

    lex = events.load()
    return {
        lexicon.key(ent.text)
        for ent, _ in ents
        if (place := lexicon.place(ent.text)) is not None and place.is_region and _acts(ent, lex)
    }


def _acts(ent: Span, lex: Lexicon) -> bool:
    from faultlines.events.lexicon import verb_lemma

    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Ohio and Texas sued"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in REGION_NOUNS:
        root = root.head.head  # "the state of Ohio sued": the state acts
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        return True
    lemma = verb_lemma(verb.lemma_, verb.text, lex)
    return root.dep_ in ("nsubj", "nsubjpass") and (
        lemma in lex.verbs or lemma in LAWMAKING or cues.lexicon().get(lemma) in ("speech", "belief")
    )
