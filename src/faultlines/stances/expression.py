"""A stance expression: the word that takes a side, the side, and what it is taken on."""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.stances.phrases import Phrase


@dataclass(frozen=True, slots=True)
class Expression:
    predicate: int  # token index of the word that carries the stance
    polarity: int  # +1 for the topic, -1 against, 0 no firm stance
    topic: int  # token index of the topic's head
    phrase: Phrase
    # Subject of a verb that itself states a position ("Borduria opposes X", "X vowed to Y"): the
    # holder when that subject is an actor. None where the stance is the speaker's own judgement.
    agent: int | None = None
    # Subject of a firm promise ("Castavia will fill the dam", "Mining Co., which will build the
    # mine"): its holder when no quote says whose stance it is.
    committer: int | None = None
    # Read off who made the thing ("Lee's plan"): counts only where someone else takes a side on it.
    owned: bool = False
