"""The scoring rules of ``../shared/eval/score_*.py`` as project code, so ``faultlines eval`` needs no
checkout of the gold data's scripts and the quality gate can call them in-process.

Four scorers, chosen by what a gold record holds: ``quotes`` (quote attribution), ``event`` (one
PLOVER event per sentence), ``events`` (every event of a real news sentence, or none) and
``stances``/``disputes``. Each takes gold and predicted records (dicts
as read from JSONL) and returns a flat dict of metrics with the shared scorers' names. A fourth,
``actors``, has no shared script: it checks the actors a gold record lists (the seed's) by kind,
country and sector.

One module per scorer (``quotes``, ``events``, ``stances``, ``actors``), the words and names they
match records by in ``words``, and which scorers a gold file supports in ``scorers``.
"""

from faultlines.evaluate.actors import score_actors
from faultlines.evaluate.events import (
    SIDES,
    countries,
    country_right,
    event_type,
    happened,
    happened_types,
    hit_countries,
    score_events,
    score_sentence_events,
    type_hit,
)
from faultlines.evaluate.quotes import quote_matching, score_quotes, source_right, speaker_right
from faultlines.evaluate.scorers import SCORERS, articles, predict, scorers_for
from faultlines.evaluate.stances import (
    dispute_found,
    score_stances,
    stance_found,
    stance_hits,
    stance_matches,
    stance_real,
    stances_of,
)
from faultlines.evaluate.words import (
    WORD,
    Record,
    last_name,
    last_word,
    name_of,
    spans_in,
    word_ids,
    word_offsets,
)

__all__ = [
    "SCORERS",
    "SIDES",
    "WORD",
    "Record",
    "articles",
    "countries",
    "country_right",
    "dispute_found",
    "event_type",
    "happened",
    "happened_types",
    "hit_countries",
    "last_name",
    "last_word",
    "name_of",
    "predict",
    "quote_matching",
    "score_actors",
    "score_events",
    "score_quotes",
    "score_sentence_events",
    "score_stances",
    "scorers_for",
    "source_right",
    "spans_in",
    "speaker_right",
    "stance_found",
    "stance_hits",
    "stance_matches",
    "stance_real",
    "stances_of",
    "type_hit",
    "word_ids",
    "word_offsets",
]
