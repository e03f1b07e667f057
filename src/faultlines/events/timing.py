"""Where news places an act in time: arranged for a time to come ("is stepping down in May"),
placed by a gerund's preposition ("after meeting Lee, Vale said"), or timed by what "take" took
("took an hour to convict them")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions by which a gerund places its clause in time: "after meeting Lee, Vale said".
TIMING = frozenset({"after", "before", "while", "since", "upon", "on", "when"})
# Nouns of a stretch of time an act may take ("took months to agree"), tagged as dates or not.
SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "while"})
# Present forms of "be" that make a progressive in the present: "is stepping down", "we're meeting".
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})
# Prepositions by which a time placed on a present progressive schedules it: "is stepping down in
# May", "are meeting on March 3" ("is suffering since July" tells a state that goes on).
SCHEDULING = frozenset({"in", "on", "at"})
# Words of a time that is now, comes again or is past, which schedule nothing: "is leading this
# season", "are growing every year", "we're seeing today".
NOW_OR_AGAIN = frozenset({"today", "now", "currently", "this", "these", "every", "each"})
PAST = frozenset({"recent", "past", "last", "ago", "earlier"})
# A weekday alone schedules nothing either: news tells the day's own acts so ("the committee is
# filing a complaint Monday", "he is speaking at a rally Friday evening").
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def scheduled(tok: Token, auxiliaries: set[str]) -> bool:
    """A present progressive placed at a time, which English uses for what is arranged to come: "is
    stepping down in May", "are holding talks next month"."""
    if tok.tag_ != "VBG" or not auxiliaries & PRESENT_BE:
        return False
    times = [c for c in tok.children if c.dep_ == "npadvmod"]
    times += [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in SCHEDULING
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(t.ent_type_ in syntax.TIME_ENTITIES and _a_time_to_come(t) for t in times)


def _a_time_to_come(time: Token) -> bool:
    """A time that is neither now, past, recurring nor a bare weekday."""
    words = {w.lower_ for w in time.subtree if w.is_alpha}
    return not words & (NOW_OR_AGAIN | PAST) and not words <= WEEKDAYS | DAY_PARTS


def timed(gerund: Token) -> bool:
    """A gerund that places its clause in time: "after meeting Lee", "before leaving", "while
    visiting the port"."""
    return gerund.dep_ == "pcomp" and gerund.head.lower_ in TIMING


def time_spent(verb: Token) -> bool:
    """The time "take" says an act took: "took 15 minutes", "took years", "took time"."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ in syntax.TIME_ENTITIES or c.lemma_.lower() in SPANS)
        for c in verb.children
    )
