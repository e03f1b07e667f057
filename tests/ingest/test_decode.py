import codecs

import pytest

from faultlines.errors import BinaryInput
from faultlines.ingest.decode import decode

SAMPLE = "The mayor said “the café will reopen” – and déjà vu followed."


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with its BOM, little-endian here
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-32"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf32", "cp1252"],
)
def test_decode_common_encodings_give_the_same_text(data):
    assert decode(data, "doc") == SAMPLE


def test_decode_keeps_line_endings_and_whitespace():
    text = "  First line.\r\nSecond\tline.\n\n"
    assert decode(text.encode("utf-8"), "doc") == text


def test_decode_cp1252_french_is_not_read_as_central_european():
    text = "L’été à Genève était très chaud, a dit le maire."
    assert decode(text.encode("cp1252"), "doc") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zażółć gęślą jaźń, powiedział minister w środę po południu.", "cp1250"),
        ("Министр заявил, что порт будет закрыт в среду до полудня.", "cp1251"),
        ("Ο υπουργός είπε ότι το λιμάνι θα κλείσει την Τετάρτη.", "cp1253"),
    ],
)
def test_decode_other_code_pages_fall_back_to_detection(text, encoding):
    assert decode(text.encode(encoding), "doc") == text


def test_decode_nul_bytes_are_binary():
    with pytest.raises(BinaryInput, match=r"^scan\.pdf: "):
        decode(b"%PDF-1.4\n\x00\x01\x02stream", "scan.pdf")


def test_decode_random_bytes_are_binary():
    junk = bytes((i * 197 + 91) % 255 + 1 for i in range(4000))  # no NULs, every byte value
    with pytest.raises(BinaryInput):
        decode(junk, "junk.bin")


def test_decode_empty_bytes_give_empty_text():
    assert decode(b"", "doc") == ""


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_a_byte_order_mark(encoding):
    assert decode(SAMPLE.encode(encoding), "doc") == SAMPLE


def test_decode_nul_bytes_that_are_no_utf16_stay_binary():
    with pytest.raises(BinaryInput):
        decode(b"\x00\xff\x00\xfe", "doc")
