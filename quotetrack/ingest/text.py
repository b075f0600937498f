"""Plain-text articles: bytes -> str with a known encoding, never a crash."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, SkippedInputError, UndecodableError
from ..records import Article

#: larger files are not news articles (a log, a dump): skipped with a reason, not read into memory
MAX_ARTICLE_BYTES = 5_000_000
# Bytes 0x80-0x9F are curly quotes, dashes and the euro sign in Windows-1252 but unprintable
# control codes in Latin-1: text that holds them was written as Windows-1252.
_C1_BYTES = re.compile(rb"[\x80-\x9f]")

__all__ = ["MAX_ARTICLE_BYTES", "UndecodableError", "decode", "failed", "read_bytes", "read_file", "read_stdin",
           "read_text_file"]


def decode(data: bytes, source: str = "input") -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). UTF-8 (with or without BOM) first, UTF-16 when it starts with its
    BOM, then Windows-1252 when its typographic bytes are there, else Latin-1.

    Raises UndecodableError for data that is not text at all (NUL bytes, mostly control characters).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # Notepad's "Unicode": every other byte is NUL, so test it before the binary check
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.1:
        raise UndecodableError(f"{source}: looks like a binary file, not text; convert it to UTF-8 text or remove it")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    encoding = "latin-1"
    if _C1_BYTES.search(data):
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252
            text = data.decode("latin-1")
    else:
        text = data.decode("latin-1")  # Latin-1 decodes every byte: never raises
    warning = (
        f"{source}: not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}); decoded as {encoding}. "
        f"Re-save it as UTF-8 to silence this warning"
    )
    return text, encoding, [warning]


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def too_large(source: str, size: int) -> SkippedInputError | None:
    """The error for more bytes than one article can have (a log, a dump), else None."""
    if size <= MAX_ARTICLE_BYTES:
        return None
    return SkippedInputError(f"{source}: {size / 1e6:.1f} MB is too large for one article "
                             f"(limit {MAX_ARTICLE_BYTES / 1e6:.0f} MB); split it into one file per article")


def unreadable(path: Path, exc: OSError) -> InputError:
    return InputError(f"{path}: cannot be read ({exc.strerror}); check the path and its permissions")


def read_bytes(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decoded text with newlines made "\\n", its encoding and warnings.

    Raises UndecodableError (binary data) or SkippedInputError (too large, empty), naming ``source``.
    """
    if error := too_large(source, len(data)):
        raise error
    text, encoding, warnings = decode(data, source)
    text = normalise_newlines(text)
    if not text.strip():
        raise SkippedInputError(f"{source}: the file is empty; remove it or add the article text")
    return text, encoding, warnings


def read_file(path: Path) -> tuple[str, str, list[str]]:
    """A file's text, encoding and warnings; raises InputError (or a subclass) naming the file and the fix."""
    try:
        if error := too_large(str(path), path.stat().st_size):  # before reading: never load a huge file
            raise error
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None
    return read_bytes(data, str(path))


def failed(base: dict, exc: InputError) -> Article:
    """The Article that records why a file could not be used (skipped or error)."""
    status = "skipped" if isinstance(exc, SkippedInputError) else "error"
    return Article(**{**base, "text": ""}, status=status, error=str(exc))


def read_text_file(path: str | Path, *, article_id: str, **meta) -> Article:
    """One .txt file as an Article; problems become status='error' with the reason, not exceptions."""
    path = Path(path)
    base = dict(article_id=article_id, text="", path=str(path), **meta)
    try:
        text, encoding, warnings = read_file(path)
    except InputError as exc:
        return failed(base, exc)
    return Article(**{**base, "text": text}, encoding=encoding, warnings=tuple(warnings))


def read_stdin(stream: BinaryIO | None = None, *, article_id: str = "stdin", **meta) -> Article:
    """Standard input (``-`` on the command line) as one plain-text article."""
    stream = stream if stream is not None else sys.stdin.buffer
    base = dict(article_id=article_id, text="", path="-", **meta)
    try:
        text, encoding, warnings = read_bytes(stream.read(MAX_ARTICLE_BYTES + 1), "standard input")
    except InputError as exc:
        return failed(base, exc)
    return Article(**{**base, "text": text}, encoding=encoding, warnings=tuple(warnings))
