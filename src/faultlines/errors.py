"""One exception hierarchy with stable error codes: a bad document becomes an ``errors`` entry, never a crash."""

from __future__ import annotations

from faultlines.model import ErrorEntry


class FaultlinesError(Exception):
    """Base error; ``code`` is stable across releases so users can filter on it."""

    code = "E000"

    def entry(self) -> ErrorEntry:
        return ErrorEntry(self.code, str(self))


class InputError(FaultlinesError):
    """The input as a whole cannot be read (missing file, unknown kind, unreachable URL)."""

    code = "E100"


class InvalidRecord(FaultlinesError):
    """A JSONL line is not valid JSON or not an object."""

    code = "E101"


class MissingText(FaultlinesError):
    """A record has no usable ``text`` or ``html`` field, or it is not a string."""

    code = "E102"


class EmptyText(FaultlinesError):
    """The document has no text left after decoding and extraction."""

    code = "E103"


class BinaryInput(FaultlinesError):
    """The bytes are not text in any encoding we can detect."""

    code = "E104"


class TextTooLong(FaultlinesError):
    """The text exceeds the length faultlines will analyse in one document."""

    code = "E105"


class FetchFailed(FaultlinesError):
    """A URL could not be downloaded."""

    code = "E106"


class ExtractionFailed(FaultlinesError):
    """HTML held no article body that could be extracted."""

    code = "E107"


class ModelNotFound(FaultlinesError):
    """The requested spaCy pipeline is not installed."""

    code = "E200"


class AnalysisFailed(FaultlinesError):
    """An unexpected failure inside a pipeline stage; the document is reported, the run goes on."""

    code = "E300"


class DocumentTimeout(FaultlinesError):
    """A document took longer than a corpus run's per-document time limit; the worker goes on."""

    code = "E301"


class WorkerDied(FaultlinesError):
    """The worker process died on this document (a crash in native code, killed for its memory); the run
    goes on with a new worker."""

    code = "E302"


class StoreWriteFailed(FaultlinesError):
    """The store could not be written (disk full, file size limit); batches committed before are kept."""

    code = "E400"
