"""The attribute ruler's and the rule lemmatizer's work, remembered per word form.

spaCy's attribute ruler runs a Matcher over every token of every Doc, and its lemmatizer remembers
only the forms a suffix rule lemmatised: on news the two took about a sixth of the parse, while a
word written the same way with the same tag gets the same attributes each time. The two twins here
set exactly what the pipeline's own ruler and lemmatizer set (their patterns, tables and order),
from memos keyed by a token's form, tag and dependency, or its form, POS and morphology. A pipeline
whose ruler uses a pattern form the memo cannot read, or a lemmatizer mode that reads more than the
token, keeps its own component.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc

RULER = "faultlines_attribute_ruler"
LEMMATIZER = "faultlines_lemmatizer"
# The token attributes a remembered pattern may test, as places in the tuple ``_view`` makes.
FIELDS = {"ORTH": 0, "LOWER": 1, "TAG": 2, "DEP": 3, "IS_SPACE": 4}
# Patterns are looked up by one exact value, so that a new form is tested against a few of them.
KEYED = ("TAG", "LOWER", "ORTH")
# Lemmatizer modes whose lemma is a function of the token's form, POS and morphology alone.
MODES = ("rule", "lookup", "pos_lookup")
# Memo sizes at which a long run starts its memo afresh (a few MB each).
MEMO_LIMIT = 200_000

Test = Callable[[Any], bool]
# One token of a pattern: (pattern number, place in the pattern, [(field, test)]).
Atom = tuple[int, int, list[tuple[int, Test]]]


def remember(nlp: Language) -> None:
    """Put the memo twins in place of ``nlp``'s attribute ruler and lemmatizer where they can stand
    in for them; the originals stay in the pipeline, disabled, as the twins read their tables."""
    _register()
    for name, twin, fits in (
        ("attribute_ruler", RULER, Ruler.fits),
        ("lemmatizer", LEMMATIZER, _lemmatizer_fits),
    ):
        if name in nlp.pipe_names and twin not in nlp.component_names and fits(nlp.get_pipe(name)):
            nlp.add_pipe(twin, after=name)
            nlp.disable_pipe(name)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(RULER):
        Language.factory(RULER)(lambda nlp, name: Ruler(nlp.get_pipe("attribute_ruler")))
    if not Language.has_factory(LEMMATIZER):
        Language.factory(LEMMATIZER)(lambda nlp, name: Lemmas(nlp.get_pipe("lemmatizer")))


def _test(value: Any) -> Test | None:
    """A test of one attribute's value, for the value forms spaCy's attribute rulers use."""
    if isinstance(value, str | bool):
        return lambda x: x == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN":
            within = frozenset(arg)
            return lambda x: x in within
        if op == "NOT_IN":
            outside = frozenset(arg)
            return lambda x: x not in outside
        if op == "REGEX":
            found = re.compile(arg).search
            return lambda x: found(x) is not None
    return None


def _tests(token: dict) -> list[tuple[int, Test]] | None:
    tests = [(FIELDS.get(key), _test(value)) for key, value in token.items()]
    return None if any(field is None or test is None for field, test in tests) else tests


class Ruler:
    """The attribute ruler's matching, one memo lookup per token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.patterns: list[tuple[int, int, int]] = []  # (attribute set, length, place it sets)
        self.keyed: dict[tuple[str, str], list[Atom]] = {}
        self.unkeyed: list[Atom] = []
        for attr_id, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                place = rule["index"] % len(pattern)
                self.patterns.append((attr_id, len(pattern), place))
                for k, token in enumerate(pattern):
                    atom = (len(self.patterns) - 1, k, _tests(token))
                    key = next(
                        ((name, token[name]) for name in KEYED if isinstance(token.get(name), str)), None
                    )
                    (self.keyed.setdefault(key, []) if key else self.unkeyed).append(atom)
        self.memo: dict[tuple[int, int, int], frozenset[tuple[int, int]]] = {}

    @staticmethod
    def fits(ruler: AttributeRuler) -> bool:
        """Whether every pattern of ``ruler`` is one the memo reads."""
        return all(
            -len(pattern) <= rule["index"] < len(pattern)
            and all(_tests(token) is not None for token in pattern)
            for rule in ruler.patterns
            for pattern in rule["patterns"]
        )

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, ORTH, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        held = [self._atoms(key) for key in map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist())]
        found: list[set[int]] = [set() for _ in held]
        for start, atoms in enumerate(held):
            for number, k in atoms:
                attr_id, length, place = self.patterns[number]
                if k == 0 and self._rest_matches(held, number, start, length):
                    found[start + place].add(attr_id)
        attrs = self.ruler.attrs
        for token, ids in zip(doc, found, strict=True):
            for attr_id in sorted(ids):  # later rules win, as in the ruler
                set_token_attrs(token, attrs[attr_id])
        return doc

    @staticmethod
    def _rest_matches(held: list[frozenset[tuple[int, int]]], number: int, start: int, length: int) -> bool:
        """Whether the tokens after ``start`` satisfy the rest of pattern ``number``."""
        return start + length <= len(held) and all((number, j) in held[start + j] for j in range(1, length))

    def _atoms(self, key: tuple[int, int, int]) -> frozenset[tuple[int, int]]:
        """The (pattern, place) pairs a token of this form, tag and dependency satisfies."""
        atoms = self.memo.get(key)
        if atoms is None:
            view = self._view(key)
            candidates = [*self.unkeyed]
            for name in KEYED:
                candidates += self.keyed.get((name, view[FIELDS[name]]), ())
            atoms = frozenset((n, k) for n, k, tests in candidates if all(test(view[f]) for f, test in tests))
            self.memo[key] = atoms
        return atoms

    def _view(self, key: tuple[int, int, int]) -> tuple[str, str, str, str, bool]:
        strings = self.ruler.vocab.strings
        orth, tag, dep = (strings[h] if h else "" for h in key)
        return orth, orth.lower(), tag, dep, orth.isspace()


def _lemmatizer_fits(lemmatizer: Lemmatizer) -> bool:
    return getattr(lemmatizer, "mode", None) in MODES


class Lemmas:
    """The lemmatizer, one memo lookup per token."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        # lemma strings, not their hashes: a memory zone frees the strings it added on exit
        self.memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        for token, (orth, pos, morph, lemma) in zip(doc, rows, strict=True):
            if lemma and not overwrite:
                continue  # set by the attribute ruler
            key = (orth, pos, morph)
            value = self.memo.get(key)
            if value is None:
                value = self.memo[key] = self.lemmatizer.lemmatize(token)[0]
            token.lemma_ = value
        return doc
