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
        assert (first.total, first.documents, sorted(store.done())) == (2, 2, ["a", "b"])
        second = runner.run([source], store, in_process, settings=work.Settings(), workers=1)
        assert (second.total, second.documents, second.skipped) == (1, 1, 3)
        assert sorted(store.done()) == ["a", "b", "c"]


def test_runner_with_nothing_new_starts_no_engine(tmp_path, nlp):
    source = write(tmp_path / "c.jsonl", ["a", "b", "a"])

    def no_engine(tasks, settings, workers):
        raise AssertionError("an engine was started for nothing")

    with Store(tmp_path / "c.duckdb") as store:
        runner.run([source], store, in_process, settings=work.Settings(), workers=1)
        again = runner.run([source], store, no_engine, settings=work.Settings(), workers=1)
    assert (again.total, again.documents, again.skipped) == (0, 0, 3)


def test_runner_todo_skips_stored_and_repeated_ids_without_copying_the_stored_ones(tmp_path):
    class Stored(set):  # a million stored ids must not be held twice
        def __iter__(self):
            raise AssertionError("the stored ids were copied")

    source = write(tmp_path / "c.jsonl", ["a", "b", "b", "c", "a"])
    stats = runner.Stats()
    assert [t.id for t in runner.todo([source], Stored({"a"}), None, stats)] == ["b", "c"]
    assert stats.skipped == 3
