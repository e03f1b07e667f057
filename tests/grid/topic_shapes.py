"""The topic-shape grid: holders x frames x the shapes news gives the thing judged (a time or body
owner, a score, a nationality adjective, a quoted name, a post-modifier, a "so-called" or dated
phrase), each sentence with the stance a reader takes from it.

Frames of polarity 0 are negatives: the holder takes no side there, and a firm stance by the holder
on the topic is an error.
"""

from __future__ import annotations

from itertools import product

from tests.grid import filled, stance_record

HOLDERS = {
    "person": ("Senator Ada Roos", "Ada Roos"),
    "org": ("the Federation of Dairy Farmers", "Federation of Dairy Farmers"),
    "country": ("Canada", "Canada"),
}

# The thing at stake as the text names it, and a reader's label for it.
TOPICS = {
    "plain": ("the ruling", "ruling"),
    "day_owner": ("Friday's ruling", "ruling"),
    "period_owner": ("last week's vote", "vote"),
    "body_owner": ("the court's decision", "decision"),
    "score": ("the board's 5-4 decision", "decision"),
    "day_score": ("Tuesday's 80-19 vote", "vote"),
    "demonym": ("the Danish move to close the depot", "closing the depot"),
    "country_adj": ("the U.S. policy shift", "policy shift"),
    "quoted_name": ("the 'Clean Start' campaign", "Clean Start campaign"),
    "double_quoted": ('the "Harbor First" slogan', "Harbor First slogan"),
    "by_body": ("the decision by the board to close the depot", "decision to close the depot"),
    "so_called": ("the so-called harbour levy", "harbour levy"),
    "dated": ("the March 3 agreement", "agreement"),
    "year": ("the 2019 accord", "accord"),
    "relative": ("the ruling, which came on Friday,", "ruling"),
    "owner_infinitive": ("the government's decision to raise the fuel tax", "raising the fuel tax"),
    "numbered": ("Proposition 12", "Proposition 12"),
    "amount": ("the $2 billion rescue package", "rescue package"),
    "backed_by": ("the Senate-passed budget bill", "budget bill"),
    "percent": ("the proposed 10 percent tariff", "tariff"),
}

# {H} the holder, {T} the topic, {Tc} the topic capitalised.
FRAMES = {
    "called": ("{H} called {T} a disaster.", -1),
    "called_pos": ("{H} called {T} a huge win for farmers.", 1),
    "branded": ("{H} branded {T} a disgrace.", -1),
    "described_as": ("{H} described {T} as a betrayal.", -1),
    "labelled": ("{H} labelled {T} a mistake.", -1),
    "hailed_as": ("{H} hailed {T} as a victory.", 1),
    "criticised": ("{H} sharply criticised {T}.", -1),
    "welcomed": ("{H} welcomed {T}.", 1),
    "condemned": ("In a statement, {H} condemned {T}.", -1),
    "said_that": ("{H} said {T} was a mistake.", -1),
    "opposes": ("{H} opposes {T}.", -1),
    "voted_against": ("{H} voted against {T}.", -1),
    "passive": ("{Tc} was condemned by {H}.", -1),
    "quoted": ('"{Tc} will hurt families," {H} said.', -1),
    "neutral": ("{H} will discuss {T} on Monday.", 0),
    "not_called": ("{H} did not call {T} a disaster.", 0),
    "others_called": ("{H} said critics called {T} a disaster.", 0),
}


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``holder|frame|topic``."""
    return [
        stance_record((hk, fk, tk), filled(frame, H=said, T=phrase), [name], label, polarity)
        for (hk, (said, name)), (fk, (frame, polarity)), (tk, (phrase, label)) in product(
            HOLDERS.items(), FRAMES.items(), TOPICS.items()
        )
    ]
