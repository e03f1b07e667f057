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
    assert store.stored(["a", "b", "c", "d"]) == {"a", "b", "c"}


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
    assert store.stored(["a", "b"]) == {"a"} and store.count("quotes") == 2


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


# Writes batches of 20 documents under a file size limit until the store refuses one; prints how many
# batches were committed and the error. Python ignores SIGXFSZ, so a write past the limit fails as a
# write on a full disk does (EFBIG instead of ENOSPC).
FULL_DISK = """
import json, resource, sys
from faultlines.errors import FaultlinesError
from faultlines.store import Store, rows
from tests.store.corpus import analysis

resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, 600_000))
batches = 0
with Store(sys.argv[1]) as store:
    try:
        for b in range(500):
            store.write([rows(analysis(f"d{b}-{i}")) for i in range(20)])
            batches += 1
    except FaultlinesError as exc:
        print(json.dumps({"batches": batches, "code": exc.code, "message": str(exc)}))
"""


def test_db_a_full_disk_is_a_clear_error_and_the_store_stays_readable_and_resumable(tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    db = tmp_path / "full.duckdb"
    ran = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(db)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert ran.returncode == 0, ran.stderr
    failure = json.loads(ran.stdout)
    assert failure["code"] == "E400" and 0 < failure["batches"] < 500
    assert "cannot write the store" in failure["message"] and "too large" in failure["message"]
    with Store(db) as store:  # every committed batch whole, and room again: the run goes on
        assert store.count("documents") == 20 * failure["batches"]
        assert store.count("quotes") == 2 * store.count("documents")
        store.write([rows(analysis("after"))])
        assert store.stored(["after"]) == {"after"}


# Writes batches of 20 documents, numbered on from what the store holds, until it is killed.
WRITER = """
import sys
from faultlines.store import Store, rows
from tests.store.corpus import analysis

with Store(sys.argv[1]) as store:
    first = store.count("documents") // 20
    for b in range(first, first + 100_000):
        store.write([rows(analysis(f"d{b}-{i}")) for i in range(20)])
        if b == first:
            print("writing", flush=True)
"""


def test_db_killed_while_writing_keeps_whole_batches_and_writes_on_after(tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    db, stored = tmp_path / "killed.duckdb", 0
    for delay in random.Random(5).sample([0.15, 0.25, 0.35, 0.45, 0.55], 4):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout.readline() == "writing\n"
        time.sleep(delay)  # the writer does nothing but write: the kill lands inside a write
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        with Store(db, read_only=True) as store:
            documents = store.count("documents")
            assert documents % 20 == 0 and store.count("quotes") == 2 * documents
            assert documents > stored
            stored = documents


def test_db_stored_answers_from_another_thread_while_a_batch_is_being_written(store):
    import threading

    store.write([rows(failed("isle-1"))])
    store.con.execute("BEGIN TRANSACTION")  # a batch half written: not stored yet
    store.con.execute("INSERT INTO documents (id) VALUES ('isle-2')")
    seen: list[set[str]] = []
    lookup = threading.Thread(target=lambda: seen.append(store.stored(["isle-1", "isle-2", "isle-3"])))
    lookup.start()
    lookup.join()
    store.con.execute("COMMIT")
    assert seen == [{"isle-1"}]
    assert store.stored(["isle-1", "isle-2", "isle-3"]) == {"isle-1", "isle-2"}
    assert store.stored([]) == set()
