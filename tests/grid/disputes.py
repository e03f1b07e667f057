"""The dispute grid: two sentences, two actors, one thing at stake named again another way.

Crosses how each side is stated (the maker and a critic, an attacker and a defender, two judgements of
its effects, two votes, a call and a refusal) with how the second sentence names the thing again, and
pairs of holders. Both actors on one side is the negative: two stances, no dispute.
"""

from __future__ import annotations

from itertools import product

PAIRS = {
    "people": (("Ada Roos", "Ada Roos"), ("Senator Piet Lee", "Piet Lee")),
    "person_org": (("the Harbour Workers Union", "Harbour Workers Union"), ("Mayor Ines Vale", "Ines Vale")),
    "countries": (("Canada", "Canada"), ("Norway", "Norway")),
}

# The thing as first named, a reader's label, and its renamings in the second sentence.
TOPICS = {
    "plan": (
        "a plan to close the harbour",
        "plan to close the harbour",
        {
            "same": "the plan to close the harbour",
            "pronoun": "it",
            "head": "the plan",
            "synonym": "the proposal",
        },
    ),
    "law": (
        "the Clean Harbours Act",
        "Clean Harbours Act",
        {
            "same": "the Clean Harbours Act",
            "pronoun": "it",
            "head": "the act",
            "synonym": "the measure",
        },
    ),
}

# Two sentences: {A} and {B} the two holders, {T} the first naming, {R} the renaming; the polarity of A's
# stance and of B's.
SIDES = {
    "maker_critic": ("{B} unveiled {T} on Monday. {A} criticised {R}.", -1, 1),
    "attack_defend": ("{A} attacked {T} on Monday. {B} defended {R}.", -1, 1),
    "effects": ("{A} said {T} would hurt families. {B} said {R} would help them.", -1, 1),
    "votes": ("{A} voted against {T} on Monday. {B} voted for {R}.", -1, 1),
    "call_refuse": ("{A} called for {T} on Monday. {B} rejected {R}.", 1, -1),
    "both_against": ("{A} criticised {T} on Monday. {B} also criticised {R}.", -1, -1),
}


def _capital(text: str) -> str:
    return ". ".join(s[0].upper() + s[1:] for s in text.split(". "))


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``sides|renaming|pair|topic``."""
    out = []
    for (sk, (frame, pa, pb)), (pk, ((a, na), (b, nb))), (tk, (first, label, renamings)) in product(
        SIDES.items(), PAIRS.items(), TOPICS.items()
    ):
        for rk, again in renamings.items():
            out.append(
                {
                    "id": f"{sk}|{rk}|{pk}|{tk}",
                    "text": _capital(frame.format(A=a, B=b, T=first, R=again)),
                    "stances": [
                        {"actor": na, "topic": label, "polarity": pa},
                        {"actor": nb, "topic": label, "polarity": pb},
                    ],
                    "disputes": [{"topic": label, "sides": [[na], [nb]]}] if pa != pb else [],
                }
            )
    return out
