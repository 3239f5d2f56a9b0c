"""Bytes -> text: find the encoding of a page or transcript and decode it.

The order of attempts is fixed and cheap first:

1. empty / whitespace-only input -> :class:`EmptyInputError`;
2. magic numbers of binary formats (images, archives, PDF, executables...) ->
   :class:`BinaryInputError`;
3. byte order marks (UTF-8, UTF-32, UTF-16);
4. BOM-less UTF-16, recognised by NULs at every other byte;
5. any other NUL, or too many control bytes -> :class:`BinaryInputError`;
6. the declared encoding (HTTP header, ``<meta charset>``), if Python knows it and
   it decodes the bytes strictly;
7. strict UTF-8 over the whole input (fast, and right for most of the web);
8. charset-normalizer on a *sample* (never on the whole of a large input), then a
   strict decode of everything with its best guesses.

The only transformation of the text is newline normalisation (``\\r\\n`` and ``\\r``
become ``\\n``); every offset later computed refers to the returned text.
"""

from __future__ import annotations

import codecs
import logging

from onrecord.errors import BinaryInputError, EmptyInputError, EncodingError

log = logging.getLogger(__name__)

STAGE = "decode/1"

__all__ = ["STAGE", "decode"]

# (magic prefix, offset, what it is)
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive (or an office document)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"BZh", 0, "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", 0, "a zstd-compressed file"),
    (b"\x7fELF", 0, "an executable"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class file"),
    (b"\xcf\xfa\xed\xfe", 0, "an executable"),
    (b"\x00asm", 0, "a WebAssembly module"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"OggS", 0, "an Ogg media file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"ftyp", 4, "an MP4/MOV media file"),
    (b"\x1aE\xdf\xa3", 0, "a Matroska/WebM media file"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 64 * 1024  # bytes looked at for NUL patterns, control bytes and detection
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\x0c\x0b\x1b")
_CONTROLS = bytes(b for b in range(32) if b not in _ALLOWED_CONTROLS) + b"\x7f"
_SINGLE_BYTE_LATIN = frozenset(
    {"latin_1", "iso8859_1", "cp1252", "iso8859_15", "ascii", "cp1250", "iso8859_2"}
)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``.

    ``declared`` (an HTTP ``charset`` or ``<meta charset>``) is tried first when Python
    knows it and it decodes the bytes; a declared single-byte Latin encoding loses to
    UTF-8 when the bytes are valid UTF-8 with multi-byte characters (a common
    mislabel). Raises :class:`EmptyInputError`, :class:`BinaryInputError` or
    :class:`EncodingError` (all :class:`~onrecord.errors.InputError`).
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise EncodingError(f"expected bytes to decode, got {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise EmptyInputError("the input is empty: give a file or page with some text in it")
    _check_magic(data)

    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            decoded = _strict(body, name.replace("-sig", ""))
            if decoded is None:
                raise EncodingError(
                    f"the input starts with a {name} byte order mark but is not valid {name}: "
                    "re-save it as UTF-8"
                )
            return _finish(decoded, name)

    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        as_utf16 = _strict(data, utf16)
        if as_utf16 is not None:
            return _finish(as_utf16, utf16)

    _check_binary(data)

    if declared:
        codec = _codec_name(declared)
        if codec is None:
            log.info("ignoring unknown declared encoding %r", declared)
        else:
            as_declared = _strict(data, codec)
            if as_declared is not None:
                if codec in _SINGLE_BYTE_LATIN and not as_declared.isascii():
                    as_utf8 = _strict(data, "utf-8")
                    if as_utf8 is not None:
                        log.info("declared %s, but the bytes are UTF-8: using UTF-8", declared)
                        return _finish(as_utf8, "utf-8")
                return _finish(as_declared, _display(codec))
            log.info("declared encoding %r does not decode the input; detecting", declared)

    as_utf8_text = _strict(data, "utf-8")
    if as_utf8_text is not None:
        return _finish(as_utf8_text, "utf-8")

    return _detect(data)


# --------------------------------------------------------------------------- helpers


def _strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _finish(text: str, name: str) -> tuple[str, str]:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError("the input has no text, only whitespace")
    return text, name


def _codec_name(label: str) -> str | None:
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    try:
        return codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None


def _display(codec: str) -> str:
    """A readable, stable encoding name: "utf-8", "cp1251", "shift_jis"."""
    return {"utf_8": "utf-8", "utf_16": "utf-16", "iso8859_1": "latin-1", "latin_1": "latin-1"}.get(
        codec, codec.replace("_", "-") if codec.startswith("utf_") else codec
    )


def _check_magic(data: bytes) -> None:
    for magic, offset, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            raise BinaryInputError(
                f"the input is {what}, not text: give a web page, a text file or a WARC"
            )
    # "MZ" executables and "RIFF" containers are only binary if NULs follow
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        raise BinaryInputError("the input is a Windows executable, not text")
    if data[:4] == b"RIFF" and b"\x00" in data[4:16]:
        raise BinaryInputError("the input is a RIFF media file (audio/video/image), not text")


def _bomless_utf16(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NULs sit at every other byte, as in ASCII-heavy UTF-16."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def _check_binary(data: bytes) -> None:
    sample = data[:_SAMPLE]
    if b"\x00" in data:  # memchr over the whole input: milliseconds even for 50 MB
        raise BinaryInputError(
            "the input contains NUL bytes: it looks like a binary file, not a page or transcript"
        )
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if controls > 0.05 * len(sample):
        raise BinaryInputError(
            f"{controls} of the first {len(sample)} bytes are control characters: "
            "this looks like a binary file, not text"
        )


def _sample(data: bytes) -> bytes:
    """Up to ~3 x 64 KB from the start, middle and end, cut at line ends."""
    if len(data) <= 3 * _SAMPLE:
        return data
    parts = []
    for begin in (0, len(data) // 2, len(data) - _SAMPLE):
        chunk = data[begin : begin + _SAMPLE]
        if begin:
            cut = chunk.find(b"\n")
            chunk = chunk[cut + 1 :] if cut >= 0 else chunk
        cut = chunk.rfind(b"\n")
        parts.append(chunk[: cut + 1] if cut > 0 else chunk)
    return b"".join(parts)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    sample = _sample(data)
    results = from_bytes(sample)
    candidates: list[str] = []
    for match in results:
        name = _codec_name(match.encoding)
        if name and name not in candidates:
            candidates.append(name)
    log.debug("charset-normalizer candidates: %s", candidates[:5])
    for name in candidates[:8]:
        if name.startswith("utf_16") or name.startswith("utf_32"):
            continue  # handled by BOM/NUL checks; a guess here is never right
        text = _strict(data, name)
        if text is not None:
            return _finish(text, _display(name))
    raise EncodingError(
        "the input is not in any text encoding onrecord recognises "
        "(tried UTF-8, UTF-16 and detection): convert it to UTF-8"
    )
