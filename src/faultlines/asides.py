"""Asides: a sentence parsed again without the aside its dashes set off.

"Ana Ruiz — whose brother once ran the port — promised to keep the ferry" is one clause with an aside
in it, but the small model often takes the aside's verb for the sentence's own and leaves "promised"
hanging. The sentence is parsed once more without the aside, and that parse is kept for the words
outside it; the aside keeps its own parse and hangs on the word before it. Only a sentence with one
pair of dashes, words on both sides of them and a short aside between them is parsed again.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

ASIDES = "faultlines_asides"
# The dashes whose asides are parsed again: syntax.DASHES less the horizontal bar "―" (with it,
# polnear-dev lost a quote the reparse joined to its aside wrongly, and its source-accuracy floor).
DASHES = frozenset({"—", "--", "–"})
# The longest aside, in tokens, that is still one (a longer stretch between dashes is a clause).
LONGEST = 30
# The components that give a Doc its tags and its parse.
PARSING = ("tok2vec", "tagger", "parser")


def register() -> None:
    """Make the component known to spaCy (once); ``nlp.add_pipe(ASIDES, after="parser")`` adds it."""
    from spacy.language import Language

    if Language.has_factory(ASIDES):
        return

    @Language.factory(ASIDES)
    def make(nlp: Language, name: str) -> Asides:
        return Asides(nlp)


class Asides:
    """Parse again, without their aside, the sentences that have one."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        # a pipeline without these (another architecture) is left as it parses
        self.parsing = all(name in nlp.pipe_names for name in PARSING)

    def __call__(self, doc: Doc) -> Doc:
        if not self.parsing:
            return doc
        # most documents have fewer than two dashes: their sentences need not be walked
        dashes = _dashes(doc)
        if len(dashes) < 2:
            return doc
        found = [(sent, pair) for sent in doc.sents if (pair := aside(sent, dashes)) is not None]
        if not found:
            return doc
        from spacy.attrs import DEP, HEAD, TAG

        attrs = [HEAD, DEP, TAG]
        table = doc.to_array(attrs)
        for sent, (opening, closing) in found:
            self._regraft(doc, table, sent, opening, closing)
        doc.from_array(attrs, table)
        return doc

    def _regraft(self, doc: Doc, table, sent: Span, opening: int, closing: int) -> None:
        """Write into ``table`` the parse of ``sent`` without its aside, and the aside hung on the
        word before it."""
        from spacy.tokens import Doc as Made

        # A closing dash before a clause with its own subject stays, as a comma would ("if that was his
        # goal – to win – he did"), and so does one closing a name set off by a comma ("the candidate,
        # Ana Ruiz – who ran it – said"); before the rest of a predicate ("Ana Ruiz – who ran it –
        # said") it goes.
        separated = not doc[closing + 1].tag_.startswith(("VB", "MD", "RB")) or _apposed(doc, opening)
        kept = [i for i in range(sent.start, sent.end) if not opening <= i < closing + (not separated)]
        words = [doc[i].text for i in kept]
        spaces = [bool(doc[i].whitespace_) for i in kept]
        if not separated:
            spaces[kept.index(opening - 1)] = bool(doc[closing].whitespace_)
        short = Made(doc.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
        for name in PARSING:
            short = self.nlp.get_pipe(name)(short)
        for at, i in enumerate(kept):
            tok = short[at]
            table[i] = (_offset(kept[tok.head.i] - i), tok.dep, tok.tag)
        inner = range(opening + 1, closing)
        # the aside's words that hang outside it, or on nothing: the first is its root
        loose = [i for i in inner if doc[i].head.i == i or not opening < doc[i].head.i < closing]
        root = next((i for i in loose if not doc[i].is_punct), None)
        if root is None:
            return
        host = opening - 1
        table[root, 0], table[root, 1] = (
            _offset(host - root),
            doc.vocab.strings.add(_relation(doc, root, opening)),
        )
        for i in (*loose, opening, *((closing,) if not separated else ())):
            if i != root:
                table[i, 0] = _offset(root - i)
                table[i, 1] = doc.vocab.strings.add("punct" if doc[i].is_punct else "dep")


def aside(sent: Span, dashes: list[int] | None = None) -> tuple[int, int] | None:
    """The indexes of the two dashes of the one aside in ``sent``, if it has one with words on both
    sides; ``dashes`` are those of its Doc (``_dashes``), when known."""
    if dashes is None:
        dashes = _dashes(sent.doc)
    inside = dashes[bisect_left(dashes, sent.start) : bisect_left(dashes, sent.end)]
    if len(inside) != 2:
        return None
    opening, closing = inside
    after = [t for t in sent.doc[closing + 1 : sent.end] if not t.is_punct]
    if opening == sent.start or len(after) < 2 or not 2 <= closing - opening - 1 <= LONGEST:
        return None
    return opening, closing


def _dashes(doc: Doc) -> list[int]:
    """The indexes of the tokens of ``doc`` that are a dash, in order, read off the token array: a
    Token made for each word (``doc.text`` makes one too) cost more than the rest of the stage."""
    import numpy
    from spacy.attrs import ORTH

    return numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), _dash_ids())).tolist()


@lru_cache(maxsize=1)
def _dash_ids():
    """The string ids of the dashes, made once: ``_dashes`` runs on every document."""
    import numpy
    from spacy.strings import get_string_id

    return numpy.array([get_string_id(dash) for dash in DASHES], dtype=numpy.uint64)


def _apposed(doc: Doc, opening: int) -> bool:
    """Whether the words before an aside are a name set off by a comma: "the candidate, Ana Ruiz"."""
    i = opening - 1
    while i >= 0 and doc[i].tag_ in ("NNP", "NNPS"):
        i -= 1
    return i < opening - 1 and i >= 0 and doc[i].text == ","


def _relation(doc: Doc, root: int, opening: int) -> str:
    """How an aside hangs on the word before it: a relative clause ("— who ran the port —"), a noun
    phrase in apposition ("— a former mayor —") or a clause beside it. Read off the tags, which are
    all a Doc has before the POS are set."""
    if doc[opening + 1].tag_ in ("WP", "WP$", "WDT") and doc[root].tag_.startswith("VB"):
        return "relcl"
    return "appos" if doc[root].tag_.startswith(("NN", "PRP")) else "parataxis"


def _offset(n: int) -> int:
    """A head's offset as ``Doc.to_array`` writes it: an unsigned 64-bit integer."""
    return n % (1 << 64)
