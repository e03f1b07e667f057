"""Letters pages: passages their writers sign with their name alone on the line after them, as
newspapers print readers' letters and posts ("Ann Lee." and then "Springfield, Ill.").

What such a passage says in the first person ("I", "we") or judges with no one named is its
writer's. A page is a letters page only when at least two passages are signed so: a name alone on
a line after ordinary text is otherwise a section title or a credit. An opinion column is signed
the same way by its last line, which introduces its writer ("Ann Lee is a professor of law at ...").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from faultlines import pronouns, views
from faultlines.actors.lexicon import given_gender
from faultlines.model import Quote, Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from faultlines.model import Analysis

T = TypeVar("T")

# A name alone on its line, its period after it: "Ann Lee.", "Toni LeAnn Williams.", "@ann_lee."
NAME_LINE = re.compile(r"(?:@\w{2,30}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4})\.?")
HANDLE = re.compile(r"@\w{2,30}")
# The writer's town on the line after the name: "Henderson, Nev.", "New York.", "Washington, D.C."
PLACE_LINE = re.compile(r"[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3}\.?")
# A section's title in capitals: "LETTERS.", "FACEBOOK."
HEADING_LINE = re.compile(r"[A-Z][A-Z '’&-]{2,40}\.?")
# Signatures that make a letters page.
MIN_SIGNED = 2
# The last line of a column opens on its writer's name, then what they are ("Ann Lee is a professor
# of law at ..."), which ``_says_who`` reads on the parse.
WRITER_LINE = re.compile(r"((?:[A-Z][\w'’.-]* ){1,3}[A-Z][\w'’-]*) [a-z]")
# Verbs a writer's line tells their work by: "Ann Lee teaches law at Portside College."
WORK_VERBS = frozenset({"teach", "write", "direct", "serve"})
# Lines a column runs to before its writer's line, at the least.
MIN_COLUMN_LINES = 6
# The words a first-person writer is named by, as written in a sentence: "I" in capitals only, the
# rest capitalised or not ("US" is a country).
FIRST_PERSON_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        "I" if w == "i" else f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(pronouns.FIRST_PERSON_WORDS)
    )
    + r")\b"
)


@dataclass(frozen=True)
class Signed:
    """A signed passage: its character bounds and the bounds of the name that signs it."""

    start: int
    end: int
    signature: tuple[int, int]


SIGNED = views.DocCache["tuple[Signed, ...]"]("letters.signed")


def signed(doc: Doc) -> tuple[Signed, ...]:
    """The signed passages of ``doc``, in text order; none unless it is a letters page or a column."""
    return SIGNED.get(doc, lambda: _signed(doc))


def passage_before(doc: Doc, char: int) -> Span | None:
    """The words of the signed passage character ``char`` is in, up to it: where a letter's "she"
    finds whom it stands for, never in another reader's letter."""
    found = _passage(doc, char)
    return views.char_span(doc, found.start, char, "expand") if found is not None else None


def _passage(doc: Doc, char: int) -> Signed | None:
    return next((s for s in signed(doc) if s.start <= char < s.end), None)


def writer(doc: Doc, char: int, at: Mapping[int, T]) -> T | None:
    """Who wrote the signed passage character ``char`` is in: what ``at`` maps a word of the
    signature to (an actor, or its cluster while actors are read)."""
    found = _passage(doc, char)
    return _signer(doc, found, at) if found is not None else None


def _signer(doc: Doc, passage: Signed, at: Mapping[int, T]) -> T | None:
    signature = views.char_span(doc, *passage.signature, "expand")
    return next((at[t.i] for t in signature if t.i in at), None) if signature is not None else None


def written(analysis: Analysis, doc: Doc, actor_at: Mapping[int, str]) -> dict[int, Quote]:
    """The words of each signed passage whose writer is a known actor, as a quote of theirs: what a
    reader's letter or a column says is its writer's own words. These quotes are for reading
    stances only; the analysis's quotes are what the text reports someone said. ``actor_at`` maps
    a word to the actor id it names."""
    found: dict[int, Quote] = {}
    for n, passage in enumerate(signed(doc), 1):
        author = _signer(doc, passage, actor_at)
        bounds = views.token_bounds(doc, passage.start, passage.end, "contract")
        if author is None or bounds is None:
            continue
        actor = analysis.actor(author)
        name = actor.name if actor is not None else ""
        quote = Quote(
            f"signed{n}", "direct", [analysis.span(passage.start, passage.end)], speaker=Ref(author, name)
        )
        found.update(dict.fromkeys(range(*bounds), quote))
    return found


def _signed(doc: Doc) -> tuple[Signed, ...]:
    found: list[Signed] = []
    text = views.text(doc)
    start = end = None  # the passage read since the last signature, title or place line
    after_signature = False
    lines = _lines(text)
    for line_start, line in lines:
        line_end = line_start + len(line)
        if (
            signature := _signature(doc, line_start, line, text[start:end] if start is not None else "")
        ) is not None:
            if start is not None:
                found.append(Signed(start, end, signature))
            start = end = None
            after_signature = True
            continue
        if HEADING_LINE.fullmatch(line) or (after_signature and PLACE_LINE.fullmatch(line)):
            start = end = None
        else:
            start = line_start if start is None else start
            end = line_end
        after_signature = False
    if len(found) >= MIN_SIGNED:
        return tuple(found)
    column = _introduced_writer(doc, text, lines)
    return (column,) if column is not None else ()


def _introduced_writer(doc: Doc, text: str, lines: list[tuple[int, str]]) -> Signed | None:
    """A column whose last line introduces its writer ("Ann Lee is a professor of law at ..."),
    named nowhere before it: an article that ends on a person it reports on has named them."""
    if len(lines) < MIN_COLUMN_LINES:
        return None
    start, line = lines[-1]
    match = WRITER_LINE.match(line)
    if match is None:
        return None
    name = match.group(1)
    span = views.char_span(doc, start, start + len(name), "expand")
    if span is None or not all(t.ent_type_ == "PERSON" for t in span if t.is_alpha) or not _says_who(span):
        return None
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", text[:start]):
        return None
    last_start, last_line = lines[-2]
    return Signed(lines[0][0], last_start + len(last_line), (start, start + len(name)))


def _says_who(name: Span) -> bool:
    """The line tells what the person is or does for a living ("is a professor of law", "has been a
    columnist", "teaches law"), not what happened to them or what they will do ("was arrested on
    Monday", "is expected to testify")."""
    subject = name.root
    verb = subject.head
    if subject.dep_ != "nsubj":
        return False
    return verb.lemma_ in WORK_VERBS or (verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children))


def _lines(text: str) -> list[tuple[int, str]]:
    """Each non-blank line of ``text``, stripped, with the offset it starts at."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if line:
            found.append((match.start() + match.group().index(line), line))
    return found


def _signature(doc: Doc, start: int, line: str, passage: str) -> tuple[int, int] | None:
    """The bounds of the name a line signs the passage before it with, if it is one: a handle, or
    words the parse names a person by, all of them, opening with a given name or after a passage in
    the first person (the parse also names a section title such as "Harbour Tolls" as a person)."""
    if not NAME_LINE.fullmatch(line):
        return None
    name = line.rstrip(".")
    bounds = (start, start + len(name))
    if HANDLE.fullmatch(name):
        return bounds
    span = views.char_span(doc, *bounds, "expand")
    if span is None or not all(t.ent_type_ == "PERSON" for t in span if t.is_alpha):
        return None
    signs = given_gender(line.split()[0]) is not None or FIRST_PERSON_WORD.search(passage) is not None
    return bounds if signs else None
