import os

from faultlines.engines import local, work
from faultlines.ingest.corpus import Task
from faultlines.model import Article


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


def article(doc_id: str) -> Article:
    return Article(id=doc_id, text=f'"The ferry to {doc_id} will run again," Mayor Ada Roos said.')


def test_local_in_order_gives_one_analysis_per_article_in_input_order_as_in_one_process():
    from faultlines.pipeline import analyze_many

    articles = [article(f"isle-{n}") for n in range(40)]
    articles[7] = Article(id="isle-7", text="   ")  # an error record keeps its place
    pooled = [a.to_dict() for a in local.analyse_in_order(articles, work.Settings(time_limit=60), workers=2)]
    assert [a["id"] for a in pooled] == [a.id for a in articles]
    assert pooled[7]["errors"][0]["code"] == "E103"
    assert pooled == [a.to_dict() for a in analyze_many(articles, time_limit=60)]


def test_local_in_order_a_worker_dying_is_an_e302_record_in_its_place_and_the_rest_are_analysed():
    articles = [article(f"isle-{n}") for n in range(20)]
    articles[5] = Article(id="poison", text=Fatal(), url="https://example.org/poison")
    analyses = list(local.analyse_in_order(articles, work.Settings(time_limit=60), workers=2))
    assert [a.id for a in analyses] == [a.id for a in articles]
    assert [e.code for e in analyses[5].errors] == ["E302"]
    assert analyses[5].url == "https://example.org/poison" and not analyses[5].quotes
    assert all(not a.errors and a.quotes for n, a in enumerate(analyses) if n != 5)


def test_local_workers_die_with_a_driver_killed_outright():
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    driver = (
        "import time\n"
        "from faultlines.engines import local, work\n"
        "if __name__ == '__main__':\n"
        "    pool = local._pool(work.Settings(), 2)\n"
        "    print(*[pool.submit(time.sleep, 0).result() or p for p in list(pool._processes)], flush=True)\n"
        "    time.sleep(600)\n"
    )
    started = subprocess.Popen([sys.executable, "-c", driver], stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in started.stdout.readline().split()]
    assert len(workers) == 2
    started.send_signal(signal.SIGKILL)
    started.wait()

    def alive(pid: int) -> bool:
        status = Path(f"/proc/{pid}/status")
        return status.exists() and "\nState:\tZ" not in status.read_text()

    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


def test_local_in_order_a_worker_dying_on_an_unread_task_is_an_e302_record_with_its_url():
    documents = [article("isle-0"), Task("poison", "ready", Fatal(), url="https://example.org/poison")]
    documents += [record(f"isle-{n}") for n in range(1, 8)]
    analyses = list(local.analyse_in_order(documents, work.Settings(time_limit=60), workers=2))
    assert [a.id for a in analyses] == [d.id for d in documents]
    assert [e.code for e in analyses[1].errors] == ["E302"] and analyses[
        1
    ].url == "https://example.org/poison"
    assert all(not a.errors and a.quotes for n, a in enumerate(analyses) if n != 1)


def slow_text(seconds: float, text: str) -> str:
    import time

    time.sleep(seconds)
    return text


class Slow:
    """A text that takes seconds to arrive in the worker, as a document that is slow to analyse does."""

    def __init__(self, seconds: float, text: str) -> None:
        self.seconds, self.text = seconds, text

    def __reduce__(self):
        return (slow_text, (self.seconds, self.text))


def test_local_in_order_a_slow_first_batch_does_not_hold_the_other_workers_back(monkeypatch):
    submitted_before_first_done: list[bool] = []
    futures = []
    real = local._Pool.submit

    def submit(self, batch):
        submitted_before_first_done.append(not futures or not futures[0].done())
        futures.append(real(self, batch))
        return futures[-1]

    monkeypatch.setattr(local._Pool, "submit", submit)
    documents = [Article(id="slow", text=Slow(4, "Mayor Ada Roos spoke."))]
    documents += [article(f"isle-{n}") for n in range(240)]
    analyses = list(local.analyse_in_order(documents, work.Settings(time_limit=60), workers=2))
    assert [a.id for a in analyses] == [d.id for d in documents]
    assert not any(a.errors for a in analyses)
    # more batches went out while the first was still running than the queue alone allows
    assert sum(submitted_before_first_done) > 2 * local.QUEUED_PER_WORKER
