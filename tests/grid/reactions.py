"""The reaction grid: the narration tells an act by a named doer, then a named speaker reacts in a quote
whose subject is "it", "this" or a general noun ("the move").

Crosses how the act is told (a finite verb, its passive, a verb with an act noun as object, an
announced act, an act summed up by a noun after a comma, an undoing after a preposition) with how far the reaction follows it, the shape of the reaction and how its speaker is
named. The speaker takes the side the reaction takes on the act and the doer stands by it, so a
judgement against it is a dispute. Negatives (``NEGATIVES``, and the "quote_between" distance) must
give the speaker no side on the act: "it" may be the weather or how things stand, the act may have no
named doer, the speaker may have named another thing first, or someone else spoke in between.
"""

from __future__ import annotations

from itertools import cycle, product

# The act as told, the doer a reader names, a word of the act's label, and the doer's side on the thing
# that word names: dropping or blocking a thing is against it, and a reaction against the dropping is
# for the thing.
ACTS = {
    "verb": ("The Harbor Party renamed its press account during the debate.", "Harbor Party", "account", 1),
    "verb_perfect": ("Mayor Tom Vell has dropped the inquiry into the depot.", "Tom Vell", "inquiry", -1),
    "passive": ("The depot inquiry was dropped by Mayor Tom Vell on Monday.", "Tom Vell", "inquiry", -1),
    "act_noun": ("The Velmor City Council approved the harbour deal.", "Velmor City Council", "deal", 1),
    "verb_object": (
        "Senator Lina Dara blocked the ferry subsidies on Tuesday.",
        "Lina Dara",
        "subsidies",
        -1,
    ),
    "announced": ("Northwind Energy announced it would sell the Dara plant.", "Northwind Energy", "plant", 1),
    "summed": (
        "The Harbor Party renamed its press account, a move that drew criticism.",
        "Harbor Party",
        "account",
        1,
    ),
    "withdrew": ("Velmor Rail pulled out of the tram pact on Monday.", "Velmor Rail", "pact", -1),
}

# What lies between the act and the reaction: nothing, a sentence of narration, or another speaker's
# quote (after which the reaction is no longer read as one to the act: polarity 0).
DISTANCES = {
    "next": ("", True),
    "sentence_between": (" The news came late in the evening.", True),
    "quote_between": (' "We were given no warning," said Piet Lee, a local trader.', False),
}

# The reaction, and the side it takes on the act.
REACTIONS = {
    "this_noun": ('"This is a cynical stunt,"', -1),
    "it_noun": ('"It is a disgrace,"', -1),
    "feeling": ('"I find it deeply troubling,"', -1),
    "attempt": ('"That was a crude attempt to mislead the town,"', -1),
    "how": ('"This is how crises begin,"', -1),
    "negated": ('"That\'s not reform,"', -1),
    "move": ('"The move is reckless,"', -1),
    "decision": ('"The decision is a disgrace,"', -1),
    "step_praise": ('"This is a brave step,"', 1),
    "right": ('"It was a wise choice,"', 1),
}

# How the speaker is attributed: the attribution after the quote, and the name a reader gives.
SPEAKERS = {
    "said_name_role": ("said Ruth Amsel, head of ClearFacts.", "Ruth Amsel"),
    "name_said": ("Ruth Amsel said.", "Ruth Amsel"),
    "told": ("Ruth Amsel, who leads ClearFacts, told reporters.", "Ruth Amsel"),
}

# Texts in which the speaker takes no side on the act, the speaker, and a word of the act's label.
NEGATIVES = {
    "weather": ('Heavy rain fell on the harbour all night. "It is a disgrace," said Ruth Amsel.', "harbour"),
    "no_doer": (
        'The press account was renamed during the debate. "This is a cynical stunt," said Ruth Amsel.',
        "account",
    ),
    "state_of_affairs": (
        'Mayor Tom Vell dropped the inquiry into the depot. "It is a sad day for the town," said Ruth Amsel.',
        "inquiry",
    ),
    "named_first": (
        'Mayor Tom Vell dropped the inquiry into the depot. "The new parking fee is the real scandal. '
        'It is a disgrace," said Ruth Amsel.',
        "inquiry",
    ),
    "state_verb": (
        'Mayor Tom Vell lives near the old depot. "It is a disgrace," said Ruth Amsel.',
        "depot",
    ),
    "reported_speech": (
        'Mayor Tom Vell said the town would keep the depot. "It is a disgrace," said Ruth Amsel.',
        "depot",
    ),
    "not_done": (
        'Mayor Tom Vell did not drop the inquiry into the depot. "It is a disgrace," said Ruth Amsel.',
        "inquiry",
    ),
}


def _positive(ak: str, dk: str, rk: str, sk: str) -> dict:
    act, doer, word, done = ACTS[ak]
    between, reacts = DISTANCES[dk]
    reaction, side = REACTIONS[rk]
    attribution, speaker = SPEAKERS[sk]
    stances = [{"actor": speaker, "topic": word, "polarity": side * done if reacts else 0}]
    disputes = []
    if reacts:
        stances.append({"actor": doer, "topic": word, "polarity": done})
        if side < 0:
            disputes.append({"topic": word, "sides": [[doer], [speaker]]})
    return {
        "id": f"{ak}|{dk}|{rk}|{sk}",
        "text": f"{act}{between} {reaction} {attribution}",
        "stances": stances,
        "disputes": disputes,
    }


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``act|distance|reaction|speaker``; the
    speakers take turns over the cells, so that each is crossed with every other axis."""
    speakers = cycle(SPEAKERS)
    cells = [_positive(ak, dk, rk, next(speakers)) for ak, dk, rk in product(ACTS, DISTANCES, REACTIONS)]
    cells += [
        {
            "id": f"negative|{nk}|-|-",
            "text": text,
            "stances": [{"actor": "Ruth Amsel", "topic": word, "polarity": 0}],
            "disputes": [],
        }
        for nk, (text, word) in NEGATIVES.items()
    ]
    return cells
