"""The clause-shape grid: holders x clause shapes x topics, the stance told in a clause that is not
the holder's main verb (a participle, a relative clause, a second verb, a light verb's noun, a
pledge's that-clause), each sentence with the stance a reader takes from it.

Shapes of polarity 0 are negatives: the participle or clause is someone else's, or only reports.
"""

from __future__ import annotations

from itertools import product

from tests.grid import filled, stance_record
from tests.grid.stances import HOLDERS

# The thing at stake as the text names it, and a reader's label for it.
TOPICS = {
    "plural": ("the new tariffs on steel", "tariffs on steel"),
    "law": ("the Clean Harbours Act", "Clean Harbours Act"),
    "deal": ("the merger with Apex", "merger with Apex"),
}

# {H} the holder, {T} the topic, {Tc} capitalised; {P} the holder's pronoun, {R} its relative pronoun.
SHAPES = {
    "participle_comma": ("{H} spoke to reporters on Friday, defending {T}.", 1),
    "participle_bare": ("{H} spoke before lawmakers defending {T}.", 1),
    "participle_calling": ("{H} hit back on Monday, calling {T} a mistake.", -1),
    "participle_front": ("Criticising {T}, {H} said the vote came too soon.", -1),
    "after_gerund": ("After criticising {T}, {H} said {P} would wait.", -1),
    "while_gerund": ("{H} met farmers on Monday while praising {T}.", 1),
    "relative_refused": ("{H}, {R} has long refused to accept {T}, met on Monday.", -1),
    "relative_object": ("The mayor met {H}, {R} strongly opposes {T}.", -1),
    "drew_criticism": ("{Tc} drew criticism from {H}.", -1),
    "among_those": ("{H} was among those who opposed {T}.", -1),
    "second_verb": ("{H} met the mayor on Monday and criticised {T}.", -1),
    "critic_and_verb": ("{H} is one of the loudest critics of the port plan and has condemned {T}.", -1),
    "took_decision": ("{H} took the decision to approve {T}.", 1),
    "made_decision": ("{H} made the decision to block {T}.", -1),
    "go_ahead": ("{H} gave the go-ahead to {T}.", 1),
    "agreed_to": ("{H} agreed to {T} last month.", 1),
    "put_forward": ("{H} put forward a plan to scrap {T}.", -1),
    "pledged_that": ("{H} pledged that {P} would support {T}.", 1),
    "purpose": ("{H} came to the port on Monday to attack {T}.", -1),
    "went_on": ("{H} continued to criticise {T}.", -1),
    "in_gerund": ("In praising {T}, {H} spoke for the port.", 1),
    "series_of_posts": ("{H} posted a string of messages attacking {T}.", -1),
    "in_letter": ("In an open memo backing {T}, {H} said the port needs money.", 1),
    "expected": ("The plan {H} had expected to welcome was {T}.", 0),
    "other_participle": ("{H} met the mayor, who was defending {T}.", 0),
    "object_participle": ("{H} met farmers opposing {T}.", 0),
    "citing": ("{H} delayed the vote, citing {T}.", 0),
    "other_front": ("Defending {T}, the mayor met {H}.", 0),
}

PRONOUNS = {"person": ("she", "who")}


def _sentence(shape: str, holder: str, kind: str, topic: str) -> str:
    pronoun, relative = PRONOUNS.get(kind, ("it", "which"))
    return filled(shape, H=holder, T=topic, P=pronoun, R=relative)


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``holder|shape|topic``."""
    return [
        stance_record(
            (hk, sk, tk),
            _sentence(shape, said, hk, phrase),
            [name],
            label,
            polarity,
        )
        for (hk, (said, name)), (sk, (shape, polarity)), (tk, (phrase, label)) in product(
            HOLDERS.items(), SHAPES.items(), TOPICS.items()
        )
    ]
