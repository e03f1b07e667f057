"""The event lexicon and the PLOVER scores, read once from the tables beside this module."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from faultlines.quotes import cues
from faultlines.tables import rows

HERE = Path(__file__).parent

HOSTILE = frozenset({"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True, slots=True)
class Code:
    """An event type with its mode (``None`` when the entry names none)."""

    type: str
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One lookup table per entry kind of ``lexicon.tsv``; keys are lower-case lemmas or lemma pairs."""

    verb: dict[str, Code]
    phrase: dict[str, Code]
    noun: dict[str, Code]
    means: dict[str, Code]
    control: dict[str, Code]
    light: frozenset[str]
    reverse: dict[str, Code | None]
    speech: frozenset[str]
    mandative: frozenset[str]  # cue verbs whose bare that-clause is a demand ("suggested that X go")
    captive: frozenset[str]
    hazard: frozenset[str]
    figurative: frozenset[str]
    site: frozenset[str]
    verbal: frozenset[str]
    judge: dict[str, str]
    naming: dict[str, str]  # the judging words, with those that judge only in "called X a ..."
    bare: frozenset[str]
    plural: frozenset[str]
    dismissal: frozenset[str]
    suspension: dict[str, Code | None]
    undergo: frozenset[str]
    given: frozenset[str]
    audience: frozenset[str]
    intransitive: frozenset[str]
    claim: frozenset[str]
    thing: frozenset[str]
    transitive: frozenset[str]
    instrument: frozenset[str]
    addressed: frozenset[str]
    mishap: frozenset[str]
    occur: frozenset[str]
    cause: frozenset[str]
    host: frozenset[str]
    admit: frozenset[str]
    message: frozenset[str]
    occasion: frozenset[str]
    deed: frozenset[str]
    perceive: frozenset[str]
    unrealised: frozenset[str]
    weigh: frozenset[str]
    insist: frozenset[str]
    fact: frozenset[str]
    news: frozenset[str]
    collective: frozenset[str]
    body: frozenset[str]
    attend: frozenset[str]
    wish: frozenset[str]
    bid: frozenset[str]
    done: frozenset[str]
    intent: frozenset[str]
    owned: frozenset[str]
    attain: frozenset[str]
    carried: frozenset[str]
    avoid: frozenset[str]
    among: frozenset[str]
    partner: frozenset[str]
    turnout: frozenset[str]
    play: frozenset[str]
    beat: frozenset[str]
    purchase: frozenset[str]
    trade: frozenset[str]
    service: frozenset[str]
    kin: frozenset[str]
    relative: frozenset[str]
    individual: frozenset[str]
    impression: frozenset[str]
    press: frozenset[str]
    powered: frozenset[str]
    civil: frozenset[str]
    custody: frozenset[str]
    aimed: frozenset[str]
    verbs: frozenset[str]  # every lemma that may head a verbal act: first words of the verb tables
    # every start of a phrase key before a space ("call", "call off" of "call off the strike"): a verb
    # that is none of them makes no phrase with the word after it, and is not looked up with each
    phrase_heads: frozenset[str]


# Kinds of ``lexicon.tsv`` whose entries carry an event code; every other kind is a set of words.
CODED = ("verb", "phrase", "noun", "means", "control", "reverse", "suspension")
# Fields worked out from the tables, not read as kinds of their own ("judge" is read, then split).
DERIVED = ("judge", "naming", "verbs", "phrase_heads", "mandative")


@lru_cache(maxsize=1)
def load() -> Lexicon:
    kinds = [f.name for f in fields(Lexicon) if f.name not in DERIVED]
    tables: dict[str, dict[str, Code | None]] = {k: {} for k in (*kinds, "judge")}
    for kind, lemma, type_, mode in rows(HERE / "lexicon.tsv", 4):
        # An empty type, or "-", keeps the key with no event: "pep talk" is no talks.
        tables[kind][lemma] = Code(type_, mode or None) if type_ and type_ != "-" else None
    words = {k: frozenset(tables[k]) for k in kinds if k not in CODED}
    # Speech and claim words that are cues live in the cue lexicon; only the others are listed here.
    words["speech"] |= cues.tagged(cues.DEMAND)
    words["claim"] |= cues.tagged(cues.CLAIMED)
    words["message"] = cues.messages()
    words["kin"] |= words["relative"]
    return Lexicon(
        **{k: tables[k] for k in CODED},
        **words,
        verbs=frozenset(
            key.split(" ", 1)[0]
            for kind in ("verb", "phrase", "control", "reverse", "light", "host", "admit", "custody", "bid")
            for key in tables[kind]
        ),
        phrase_heads=frozenset(key[:k] for key in tables["phrase"] for k, c in enumerate(key) if c == " "),
        mandative=cues.tagged(cues.MANDATIVE),
        judge={w: c.type for w, c in tables["judge"].items() if c is not None and c.mode != "naming"},
        naming={w: c.type for w, c in tables["judge"].items() if c is not None},
    )  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _scores() -> dict[tuple[str, str | None], float]:
    return {(t, m or None): float(s) for t, m, s in rows(HERE / "scores.tsv", 3)}


def intensity(code: Code) -> float | None:
    """The PLOVER conflict-cooperation score of a type and mode, falling back to the type's own."""
    scores = _scores()
    return scores.get((code.type, code.mode), scores.get((code.type, None)))
