import json
from dataclasses import replace

from faultlines.engines import runner, work
from faultlines.store import Store


def in_process(tasks, settings, workers):
    work.setup(replace(settings, max_memory=None))  # the memory cap is a worker's, not the test process's
    for task in tasks:
        yield from work.process([task])


def write(path, ids):
    path.write_text(
        "".join(json.dumps({"id": i, "text": f"Mayor Ada Roos said {i} was fine."}) + "\n" for i in ids)
    )
    return str(path)


def test_runner_resumes_by_id_and_stores_a_repeated_id_once(tmp_path, nlp):
    source = write(tmp_path / "c.jsonl", ["a", "b", "a", "c"])
    with Store(tmp_path / "c.duckdb") as store:
        first = runner.run([source], store, in_process, settings=work.Settings(), workers=1, limit=2)
        assert (first.total, first.documents, store.count("documents")) == (2, 2, 2)
        second = runner.run([source], store, in_process, settings=work.Settings(), workers=1)
        assert (second.total, second.documents, second.skipped) == (1, 1, 3)
        assert store.stored(["a", "b", "c", "d"]) == {"a", "b", "c"}


def test_runner_with_nothing_new_starts_no_engine(tmp_path, nlp):
    source = write(tmp_path / "c.jsonl", ["a", "b", "a"])

    def no_engine(tasks, settings, workers):
        raise AssertionError("an engine was started for nothing")

    with Store(tmp_path / "c.duckdb") as store:
        runner.run([source], store, in_process, settings=work.Settings(), workers=1)
        again = runner.run([source], store, no_engine, settings=work.Settings(), workers=1)
    assert (again.total, again.documents, again.skipped) == (0, 0, 3)


def unanalysed(tasks, settings, workers):
    """An engine without a model: every document comes back as a record with an error."""
    for task in tasks:
        yield work.died(task)


def eager(tasks, settings, workers):
    """An engine that takes every document before giving back any, as busy workers do."""
    yield from unanalysed(list(tasks), settings, workers)


def test_runner_todo_asks_the_store_a_slice_at_a_time_and_skips_stored_sent_and_repeated_ids(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(runner, "LOOKUP", 2)
    source = write(tmp_path / "c.jsonl", ["a", "b", "b", "c", "a", "d", "e"])
    asked: list[list[str]] = []

    def stored(ids):
        asked.append(ids)
        return {"a"} & set(ids)

    stats, sent = runner.Stats(), {"d"}
    assert [t.id for t in runner.todo([source], stored, None, sent, stats)] == ["b", "c", "e"]
    assert stats.skipped == 4 and sent == {"b", "c", "d", "e"}
    assert all(len(ids) <= 2 for ids in asked) and not any("d" in ids for ids in asked)


def test_runner_a_repeated_id_is_stored_once_whether_its_first_copy_is_committed_or_in_flight(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(runner, "LOOKUP", 2)
    source = write(tmp_path / "c.jsonl", ["a", "b", "c", "a", "d", "b", "a"])
    for engine in (unanalysed, eager):
        with Store(tmp_path / f"{engine.__name__}.duckdb") as store:
            stats = runner.run([source], store, engine, settings=work.Settings(), workers=1, commit_docs=1)
            assert (stats.documents, stats.skipped, store.count("documents")) == (4, 3, 4)


def test_runner_the_drivers_memory_does_not_grow_with_the_stored_ids(tmp_path):
    import tracemalloc

    source = write(tmp_path / "c.jsonl", [f"isle-{100 * n + n % 2}" for n in range(4000)])
    with Store(tmp_path / "big.duckdb") as store:
        store.con.execute("INSERT INTO documents (id) SELECT 'isle-' || n FROM range(0, 400_000, 2) t(n)")
        tracemalloc.start()
        try:
            stats = runner.run([source], store, unanalysed, settings=work.Settings(), workers=1)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert (stats.documents, stats.skipped, store.count("documents")) == (2000, 2000, 202_000)
    # 200,000 stored ids held in a set would take over 15 MB.
    assert peak < 5_000_000
