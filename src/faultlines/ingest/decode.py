"""Bytes to text: BOMs, UTF-8, Western cp1252, then charset-normalizer; binary junk is refused.

The order matters. UTF-8 is tried strictly before any guessing, because a guesser can call short
UTF-8 text something else. cp1252 comes next, because charset-normalizer prefers cp1250 for short
Western text (it reads "à" as "ŕ"), and most legacy news text is cp1252.
"""

from __future__ import annotations

import codecs
import re

from faultlines.errors import BinaryInput, Messages

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Over this share of control characters (whitespace aside), "text" is really binary data.
MAX_CONTROL_SHARE = 0.01
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The share of NULs in every other byte above which NUL-holding data is read as UTF-16 without a BOM.
MIN_UTF16_ZEROS = 0.5
ASCII = bytes(range(128))
# Western languages write most letters in ASCII; far more accented letters means another script.
MAX_ACCENTED_SHARE = 0.3
# Marks that legitimately sit between two letters in cp1252 text ("Müller’s", "well‐known").
IN_WORD_MARKS = frozenset("’‘‐")


def decode(data: bytes, doc_id: str) -> str:
    """Decode ``data`` to text, stripping only a BOM; raise BinaryInput when it is not text."""
    bom_encoding = next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)
    if bom_encoding:
        text = _strict(data, bom_encoding)  # the utf-16/utf-32 codecs consume the BOM themselves
    elif b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise BinaryInput(Messages.NUL_BYTES.format(doc_id=doc_id))
    else:
        text = _strict(data, "utf-8")
        if text is None:
            text = _western(data)
        if text is None:
            text = _guess(data)
    if text is None or _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput(Messages.NOT_TEXT.format(doc_id=doc_id))
    return text


def without_surrogates(text: str) -> str:
    """``text`` with each lone UTF-16 surrogate (left by a JSON escape such as ``"\\ud800"``; no encoder
    accepts one, spaCy included) replaced by U+FFFD, one character for one, so offsets stay."""
    return LONE_SURROGATE.sub("\ufffd", text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark: Western text has a NUL in every other byte (the
    odd ones little-endian, the even ones big-endian), none in the others, and mostly ASCII there."""
    if len(data) % 2:
        return None
    for zeros, others, encoding in (
        (data[1::2], data[0::2], "utf-16-le"),
        (data[0::2], data[1::2], "utf-16-be"),
    ):
        if (
            zeros.count(0) > MIN_UTF16_ZEROS * len(zeros)
            and others.count(0) == 0
            and len(others.translate(None, ASCII)) <= MAX_ACCENTED_SHARE * len(others)
        ):
            return _strict(data, encoding)
    return None


def _western(data: bytes) -> str | None:
    text = _strict(data, "cp1252")
    return text if text is not None and _looks_western(text) else None


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    if accented > MAX_ACCENTED_SHARE * len(letters):
        return False
    # A symbol inside a word ("Za¿ó³æ") is a Central European letter read through the wrong table.
    return not any(
        ord(char) > 127
        and not char.isalpha()
        and char not in IN_WORD_MARKS
        and before.isalpha()
        and after.isalpha()
        for before, char, after in zip(text, text[1:], text[2:], strict=False)
    )


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _control_share(text: str) -> float:
    return len(CONTROL.findall(text)) / len(text) if text else 0.0
