"""What one document may cost: a time limit (``deadline``) and a worker's memory (``limit_memory``).

Both turn a document that would stall or sink a run into an error record for that document alone:
``analyze`` and every corpus engine share them. This module imports only ``errors``, so any layer
above the stages may use it.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from faultlines.errors import DocumentTimeout

# Seconds one document may take (extraction, parse and every stage) before it becomes an E301 record.
TIME_LIMIT = 120.0
# Bytes of memory a corpus worker may hold before a document becomes an E303 record (4 GiB).
MEMORY_LIMIT = 4 << 30


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the body once ``seconds`` have passed (None: no limit): by SIGALRM in a
    process's main thread, else by an exception sent to the thread (Ray Data runs its UDFs in one).
    Either way it lands between two Python steps, never inside one C call such as the parser's."""
    if seconds is None:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_deadline(seconds):
            yield
        return

    def expire(signum, frame):
        raise DocumentTimeout("time limit")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    thread = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    running = [True]

    def expire() -> None:
        with lock:
            if running[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, ctypes.py_object(DocumentTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            running[0] = False
            # The body finished first: drop a timeout sent but not yet raised.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, None)
        timer.cancel()


# The cap this process set on its own memory, for the E303 message ("the 4,096 MiB a worker may hold").
_memory_cap: int | None = None


def memory_available() -> str:
    """What a document that ran out of memory was allowed: this worker's cap, or whatever is free."""
    if _memory_cap is None:
        return "is free"
    return f"the {_memory_cap >> 20:,} MiB a worker may hold (--max-memory)"


def limit_memory(limit: int | None) -> bool:
    """Cap this process's heap at ``limit`` bytes (None: no cap), so an allocation past it raises
    MemoryError in the document that asked for it instead of waking the kernel's OOM killer. It caps
    the data segment (RLIMIT_DATA: the heap and private mappings, not the shared libraries or the
    address space reserved by threads); it never raises the hard limit, and where the platform has no
    such limit (Windows, macOS ignores it) the process runs uncapped. True when the cap is set."""
    if limit is None:
        return False
    try:
        import resource
    except ImportError:
        return False
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ValueError, OSError):
        return False
    global _memory_cap
    _memory_cap = limit
    return True
