"""decode(): encodings, BOMs, UTF-16, legacy code pages, empty and binary input."""

from __future__ import annotations

import codecs
import random
import struct
import zlib

import pytest

from onrecord.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    OnrecordError,
)
from onrecord.read.decode import decode


def _page(pages_dir, name: str) -> str:
    return (pages_dir / "read" / name).read_text(encoding="utf-8")


def test_utf8_plain(pages_dir):
    text = _page(pages_dir, "french.txt")
    out, enc = decode(text.encode("utf-8"))
    assert out == text
    assert enc == "utf-8"


def test_utf8_bom_is_removed(pages_dir):
    text = _page(pages_dir, "french.txt")
    out, enc = decode(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert out == text
    assert not out.startswith("\ufeff")
    assert enc == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(pages_dir, codec):
    text = _page(pages_dir, "french.txt")
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    out, enc = decode(bom + text.encode(codec))
    assert out == text
    assert enc == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_nul_pattern(pages_dir, codec):
    text = _page(pages_dir, "french.txt")
    out, enc = decode(text.encode(codec))
    assert out == text
    assert enc == codec


def test_utf32_with_bom(pages_dir):
    text = _page(pages_dir, "russian.txt")
    out, enc = decode(codecs.BOM_UTF32_LE + text.encode("utf-32-le"))
    assert out == text
    assert enc == "utf-32-le"


def test_cp1251_russian_is_detected(pages_dir):
    text = _page(pages_dir, "russian.txt")
    out, enc = decode(text.encode("cp1251"))
    assert out == text
    assert enc == "cp1251"


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_legacy_encodings(pages_dir, codec):
    text = _page(pages_dir, "french.txt")
    out, _enc = decode(text.encode(codec))
    assert out == text


def test_shift_jis_is_detected(pages_dir):
    text = _page(pages_dir, "japanese.txt")
    out, enc = decode(text.encode("shift_jis"))
    assert out == text
    assert enc in {"shift_jis", "cp932"}


def test_declared_encoding_is_tried_first(pages_dir):
    text = _page(pages_dir, "russian.txt")
    out, enc = decode(text.encode("koi8-r"), declared="KOI8-R")
    assert out == text
    assert enc == "koi8_r"


def test_unknown_declared_encoding_is_ignored(pages_dir):
    text = _page(pages_dir, "french.txt")
    out, enc = decode(text.encode("utf-8"), declared="x-no-such-charset")
    assert out == text
    assert enc == "utf-8"


def test_utf8_bytes_mislabelled_as_latin1_decode_as_utf8(pages_dir):
    text = _page(pages_dir, "french.txt")
    out, enc = decode(text.encode("utf-8"), declared="iso-8859-1")
    assert out == text
    assert enc == "utf-8"


def test_wrong_declared_encoding_falls_back_to_detection(pages_dir):
    text = _page(pages_dir, "japanese.txt")
    out, _ = decode(text.encode("utf-8"), declared="ascii")
    assert out == text


def test_newlines_are_normalised():
    out, _ = decode(b"one\r\ntwo\rthree\n")
    assert out == "one\ntwo\nthree\n"


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n"]
)
def test_empty_input(data):
    with pytest.raises(EmptyInputError):
        decode(data)


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "data",
    [
        _png(),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        zlib.compress(b"hello") and b"\x1f\x8b\x08\x00" + b"\x00" * 12,
        b"\x7fELF\x02\x01\x01" + b"\x00" * 20,
        b"GIF89a\x01\x00\x01\x00",
    ],
)
def test_binary_formats_by_magic_number(data):
    with pytest.raises(BinaryInputError):
        decode(data)


def test_nul_bytes_in_non_utf16_text_are_binary():
    with pytest.raises(BinaryInputError):
        decode(b"plain text\x00with a nul \x00\x01\x02 and more text " * 3)


def test_control_characters_are_binary():
    data = bytes(random.Random(3).choice([1, 2, 3, 4, 5, 6, 14, 15, 16]) for _ in range(400))
    with pytest.raises(BinaryInputError):
        decode(b"abc" + data)


def test_errors_are_onrecord_errors_with_actionable_messages():
    with pytest.raises(InputError) as info:
        decode(_png())
    assert "PNG" in str(info.value)
    assert info.value.code == "E012"


def test_random_bytes_never_raise_anything_else():
    rng = random.Random(7)
    for _ in range(150):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
        try:
            text, enc = decode(data)
        except OnrecordError:
            continue
        assert isinstance(text, str)
        assert enc


def test_invalid_bom_body_is_an_encoding_error():
    with pytest.raises(EncodingError):
        decode(codecs.BOM_UTF8 + b"caf\xe9 au lait")


def test_non_bytes_argument_is_an_onrecord_error():
    with pytest.raises(OnrecordError):
        decode("already text")  # type: ignore[arg-type]


def test_a_few_megabytes_of_utf8_and_cp1251(pages_dir):
    text = _page(pages_dir, "russian.txt") * 8000  # ~2.2 MB in UTF-8
    out, enc = decode(text.encode("utf-8"))
    assert enc == "utf-8" and out == text
    out, enc = decode(text.encode("cp1251"))
    assert enc == "cp1251" and out == text
