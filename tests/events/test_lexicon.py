from pathlib import Path

from faultlines.events import lexicon
from faultlines.events.lexicon import Code, intensity, load

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_lexicon_covers_every_plover_type_with_known_names():
    lex = load()
    types = {c.type for table in (lex.verb, lex.noun, lex.phrase) for c in table.values() if c is not None}
    assert types == PLOVER_TYPES
    controls = {c.type for c in lex.control.values()}
    assert controls <= PLOVER_TYPES | {"FUTURE", "PASS", "WARN", "FAIL"}


def test_lexicon_leaves_out_plain_statements():
    lex = load()
    assert "say" not in lex.verb and "say" in lex.speech


def test_lexicon_intensity_prefers_mode_then_type():
    assert intensity(Code("ASSAULT", "heavy-weapons")) == -9.5
    assert intensity(Code("ASSAULT", "unknown-mode")) == -9
    assert intensity(Code("AID")) == 10


def test_lexicon_names_looting_vigils_and_house_arrest():
    lex = load()
    assert lex.verb["loot"].type == "COERCE"
    assert lex.noun["vigil"].type == "PROTEST"
    assert lex.noun["house arrest"] == Code("COERCE", "arrest")
    assert lex.verb["renounce"].type == "CONCEDE"


def test_lexicon_word_kinds_are_read_from_the_table():
    lex = load()
    assert "tweet" in lex.message and "debate" in lex.occasion and "decision" in lex.deed
    assert "want" in lex.wish and "manage" in lex.done and "face" in lex.body
    assert "want" not in lex.done  # each kind is its own set
    tsv = (Path(lexicon.__file__).parent / "lexicon.tsv").read_text(encoding="utf-8")
    documented = {line.split()[1] for line in tsv.splitlines() if line.startswith("#   ")}
    assert {"message", "occasion", "deed", "wish", "done", "body", "fact", "collective"} <= documented
