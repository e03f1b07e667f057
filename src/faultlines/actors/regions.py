"""Regions and seats that act: a US state, a province or a Land that sues, votes, passes a law or says
something is its own government, not the country it is part of ("West Virginia sued" is no act of the
United States); a capital that says or does something stands for its country's government and is
named as the article names it ("Beijing rejected the plan"), its country still its own. ``places.tsv``
marks them (kinds ``region`` and ``seat``); this module tells when a document shows one acting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.quotes import cues
from faultlines.views import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

# What a region is called when it acts under its name: "the state of Ohio", "the government of Ontario".
REGION_NOUNS = frozenset({"state", "commonwealth", "province", "territory", "government"})
# Verbs whose subject has, undergoes or is something rather than acting: "Ohio has eleven million
# people", "Hawaii gets hurricanes", "Virginia would host the race", "Texas borders Mexico".
STATIVE = frozenset({
    "account", "attract", "become", "border", "boast", "come", "contain", "count", "draw", "experience",
    "face", "gain", "get", "go", "grow", "have", "host", "include", "lie", "lose", "need", "rank",
    "receive", "remain", "see", "seem", "stretch", "suffer",
})  # fmt: skip


def acting(ents: list[tuple[Span, str]]) -> set[str]:
    """The regions and seats (lookup form) the document shows acting: the subject of a verb that is no
    copula and no verb of having or undergoing ("Ohio said", "Ohio sued", "Ohio passed a law"), the
    agent of a passive ("sued by Ohio") or the party sued ("sued Ohio"). A state that only is or has
    something ("Ohio is a swing state") is a place."""
    return {
        lexicon.key(text)
        for ent, _ in ents
        if (place := lexicon.place(text := span_text(ent))) is not None
        and (place.is_region or place.is_seat)
        and _acts(ent)
    }


def _acts(ent: Span) -> bool:
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Ohio and Texas sued"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in REGION_NOUNS:
        root = root.head.head  # "the state of Ohio sued": the state acts
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        return True
    if root.dep_ == "dobj" and verb.lemma_.lower() == "sue":
        return True  # "the department sued Ohio": a state taken to court is its government
    if root.dep_ != "nsubj":
        return False  # the subject of a passive undergoes it: "Florida will be inundated with ads"
    lemma = verb.lemma_.lower()
    return cues.lexicon().get(lemma) in ("speech", "belief") or (verb.pos_ == "VERB" and lemma not in STATIVE)
