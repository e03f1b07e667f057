"""Cached views of a parsed Doc that the stages read instead of spaCy's Token objects.

A Python pass over a Doc builds a Token object per word, and ``Doc.text``, ``Span.text``, ``Doc.sents``
and ``Doc.char_span`` build them again on every call. Each view here is read once per Doc from its
arrays and kept with it (``DocCache``): the token columns, the text, sentences, entities, sentence
numbers, character offsets and character spans.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span


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


LEMMAS = DocCache[list[str]]("lemmas")
POSITIONS = DocCache[dict[str, list[int]]]("positions")


def lemmas(doc: Doc) -> list[str]:
    """Each token's lemma in lower case, made once per Doc: the lexicons are keyed so, and a scan that
    lowered every lemma itself made a new string per word."""
    found = doc.user_data.get(LEMMAS.key)
    return found if found is not None else LEMMAS.put(doc, list(map(str.lower, columns(doc).lemma)))


def positions(doc: Doc) -> dict[str, list[int]]:
    """Part of speech -> the indexes of its tokens in text order, made once per Doc: a scan for the
    verbs or the nouns of a document visits only those, not every word."""
    found = doc.user_data.get(POSITIONS.key)
    return found if found is not None else POSITIONS.put(doc, _positions(doc))


def _positions(doc: Doc) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i, pos in enumerate(columns(doc).pos):
        found.setdefault(pos, []).append(i)
    return found


WORDS = DocCache[int]("words")


def word_count(doc: Doc) -> int:
    """The words of letters in ``doc``, counted once per Doc: the measure pages are weighed by."""
    return WORDS.get(doc, lambda: sum(map(str.isalpha, columns(doc).text)))


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
    bounds = token_bounds(doc, start, end, mode)
    return _span_type()(doc, *bounds) if bounds is not None else None


def token_bounds(doc: Doc, start: int, end: int, mode: str = "strict") -> tuple[int, int] | None:
    """The token bounds [first, last + 1) of ``char_span(doc, start, end, mode)``, without making the
    Span: for a caller that only indexes the tokens, as an index of every mention does."""
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
    return first, last + 1


@cache
def _span_type() -> type[Span]:
    """spaCy's Span, imported once: an import statement in a function asked thousands of times a
    document costs a microsecond or two each time, and this module is read without spaCy loaded."""
    from spacy.tokens import Span

    return Span


def _token_at(found: Offsets, char: int) -> int:
    """The token whose characters (trailing space included) hold ``char``; -1 if none does."""
    i = bisect_right(found.starts, char) - 1
    return i if i >= 0 and char < found.spaced_ends[i] else -1


ALIGNMENTS = ("strict", "contract", "expand")
