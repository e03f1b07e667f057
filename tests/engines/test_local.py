import os

from faultlines.engines import local, work
from faultlines.ingest.corpus import Task


class Fatal:
    """A payload that ends the worker process the moment it arrives, as a crash in native code does."""

    def __reduce__(self):
        return (os._exit, (70,))


def record(doc_id: str) -> Task:
    text = f'"The ferry to {doc_id} will run again," Mayor Ada Roos said.'
    return Task(doc_id, "record", {"id": doc_id, "text": text})


def test_local_a_worker_dying_on_a_document_is_an_e302_record_and_the_run_goes_on():
    tasks = [record(f"isle-{n}") for n in range(6)]
    tasks.insert(2, Task("poison", "ready", Fatal(), url="https://example.org/poison"))
    results = {r.id: r for r in local.analyse(tasks, work.Settings(time_limit=60), workers=1)}
    assert sorted(results) == sorted(t.id for t in tasks)
    (document,) = results["poison"].rows["documents"]
    assert [e[1] for e in results["poison"].rows["errors"]] == ["E302"]
    assert "https://example.org/poison" in document
    assert all(results[t.id].errors == 0 and results[t.id].rows["quotes"] for t in tasks if t.id != "poison")


def test_local_workers_start_loading_the_model_before_the_first_result_is_asked_for():
    from multiprocessing import active_children

    before = {p.pid for p in active_children()}
    results = local.analyse([record("isle")], work.Settings(time_limit=60), workers=2)
    started = {p.pid for p in active_children()} - before
    assert len(started) == 2
    assert [r.id for r in results] == ["isle"]


def test_local_a_run_on_this_machine_never_imports_ray():
    import subprocess
    import sys

    probe = "import sys, faultlines.cli, faultlines.engines.runner, faultlines.engines.local; print('ray' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout == "False\n"


def test_local_suspects_run_one_at_a_time_and_the_documents_after_a_poison_one_still_run():
    tasks = [record(f"isle-{n}") for n in range(3)]
    suspects = [record("reef"), Task("poison", "ready", Fatal())]
    results = {r.id: r for r in local.analyse(tasks, work.Settings(time_limit=60), 1, suspects=suspects)}
    assert sorted(results) == ["isle-0", "isle-1", "isle-2", "poison", "reef"]
    assert [e[1] for e in results["poison"].rows["errors"]] == ["E302"]
    assert all(results[i].errors == 0 for i in ("isle-0", "isle-1", "isle-2", "reef"))


def test_local_a_document_over_the_worker_memory_limit_is_an_e303_record_and_the_run_goes_on():
    # A real worker process under a real cap: parsing this long text needs hundreds of MiB more than
    # the model itself, so the allocation fails inside spaCy and the worker must go on after it.
    big = "Mayor Ada Roos said the ferry would run again in May, and the council agreed. " * 3000
    tasks = [record("isle-0"), Task("big", "record", {"id": "big", "text": big}), record("isle-1")]
    settings = work.Settings(time_limit=60, max_memory=320 << 20)
    results = {r.id: r for r in local.analyse(tasks, settings, workers=1)}
    (error,) = results["big"].rows["errors"]
    assert error[1] == "E303" and error[2].startswith(
        "big: not analysed: it needs more memory than the 320 MiB"
    )
    assert results["big"].rows["documents"] and not results["big"].rows["quotes"]
    assert all(results[i].errors == 0 and results[i].rows["quotes"] for i in ("isle-0", "isle-1"))


def test_local_batches_are_full_until_the_last_documents_which_spread_over_every_worker():
    tasks = [record(f"isle-{n}") for n in range(100)]
    sizes = [len(batch) for batch in local.batches(tasks, workers=2)]
    assert sizes == [local.BATCH] * 5 + [local.TAIL_BATCH] * 5
    assert [t.id for batch in local.batches(tasks, workers=2) for t in batch] == [t.id for t in tasks]


def test_local_a_worker_writes_a_whole_batch_of_results_without_waiting_for_the_driver():
    import fcntl
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(1)
    local._widen_results_pipe(pool)
    size = fcntl.fcntl(pool._result_queue._reader.fileno(), fcntl.F_GETPIPE_SZ)
    pool.shutdown()
    assert size == local.RESULTS_PIPE_BYTES
