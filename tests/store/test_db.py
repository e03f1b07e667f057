import pytest

from faultlines.store import Store, rows
from tests.store.corpus import analysis, failed


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "corpus.duckdb") as s:
        yield s


def test_db_a_batch_stores_every_layer_of_each_document(store):
    store.write([rows(analysis("a")), rows(analysis("b")), rows(failed("c"))])
    counts = {t: store.count(t) for t in ("documents", "quotes", "actors", "mentions", "events")}
    assert counts == {"documents": 3, "quotes": 4, "actors": 4, "mentions": 4, "events": 2}
    assert store.count("stances") == 4 and store.count("topics") == 2 and store.count("disputes") == 2
    assert store.con.execute("SELECT document_id, code FROM errors").fetchall() == [("c", "E103")]
    assert store.done() == {"a", "b", "c"}


def test_db_documents_carry_date_month_and_word_count(store):
    store.write(
        [rows(analysis("a", published="2026-03-02T10:00:00Z")), rows(analysis("b", published="soon"))]
    )
    got = dict(store.con.execute("SELECT id, month FROM documents").fetchall())
    assert got == {"a": "2026-03", "b": None}
    assert store.con.execute("SELECT words FROM documents WHERE id = 'a'").fetchone()[0] == 14


def test_db_topics_get_the_content_word_key_used_across_documents(store):
    store.write([rows(analysis("a"))])
    assert store.con.execute("SELECT key FROM topics").fetchone()[0] == "harbour tunnel"


def test_db_a_failed_write_leaves_no_part_of_the_batch(store):
    store.write([rows(analysis("a"))])
    broken = rows(analysis("b"))
    broken["quotes"].append(("b", "q9"))  # a row of the wrong width fails the batch mid-way
    with pytest.raises(ValueError):
        store.write([broken])
    assert store.done() == {"a"} and store.count("quotes") == 2


def test_db_a_document_stored_twice_is_refused(store):
    store.write([rows(analysis("a"))])
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
        store.write([rows(analysis("a"))])
    assert store.count("quotes") == 2


def test_db_views_count_speakers_and_weekly_relations(store):
    store.write([rows(analysis("a")), rows(analysis("b", published="2026-03-10"))])
    speakers = store.con.execute("SELECT speaker_id, quotes, documents FROM speakers").fetchall()
    assert speakers == [("ada-roos", 2, 2), ("ben-ito", 2, 2)]
    weeks = store.con.execute(
        "SELECT week::VARCHAR, quotes FROM actor_quotes_by_week WHERE speaker_id = 'ada-roos'"
    )
    assert weeks.fetchall() == [("2026-03-02", 1), ("2026-03-09", 1)]
    relations = store.con.execute("SELECT source_id, target_id, events, intensity FROM relations_by_week")
    assert relations.fetchall() == [("ada-roos", "ben-ito", 1, 2.0), ("ada-roos", "ben-ito", 1, 2.0)]
