from faultlines.model import Topic
from faultlines.stances.history import merge
from faultlines.store import Store, rows
from faultlines.store.histories import rebuild
from tests.store.corpus import analysis


def test_histories_disputes_merge_across_documents_like_the_disputes_command(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write(
            [rows(analysis("a", published="2026-03-02")), rows(analysis("b", published="2026-04-01"))]
        )
        assert rebuild(store) == 1
        history = store.con.execute(
            "SELECT topic, names_a, names_b, documents, first, last FROM dispute_histories"
        )
        assert history.fetchall() == [
            ("the harbour tunnel", ["Ada Roos"], ["Ben Ito"], 2, "2026-03-02", "2026-04-01")
        ]
        months = store.con.execute("SELECT month, documents FROM disputes_by_month").fetchall()
        assert months == [("2026-03", 1), ("2026-04", 1)]
        assert rebuild(store) == 1 and store.count("dispute_episodes") == 2  # rebuilding replaces


def test_histories_merge_on_the_stored_topic_key_as_the_disputes_command_does(tmp_path):
    # Two labels with different words but one key (as the stances stage may key them): one history,
    # as `faultlines disputes` makes from the same analyses.
    first, second = analysis("a", published="2026-03-02"), analysis("b", published="2026-04-01")
    first.topics = [Topic("t1", "the harbour tunnel", key="tunnel")]
    second.topics = [Topic("t1", "the new tunnel under the bay", key="tunnel")]
    with Store(tmp_path / "c.duckdb") as store:
        store.write([rows(first), rows(second)])
        assert rebuild(store) == len(merge([first, second])) == 1
