"""Plain-text articles: bytes -> str with a known encoding, never a crash."""

from __future__ import annotations

from pathlib import Path

from ..records import Article

#: larger files are not news articles (a log, a dump): skipped with a reason, not read into memory
MAX_ARTICLE_BYTES = 5_000_000
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


class UndecodableError(ValueError):
    pass


def decode(data: bytes, source: str = "input") -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). UTF-8 (with or without BOM) first, then Windows-1252, then Latin-1.

    Raises UndecodableError for data that is not text at all (NUL bytes, mostly control characters).
    """
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.1:
        raise UndecodableError(f"{source}: looks like a binary file, not text; convert it to UTF-8 text or remove it")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warning = (
            f"{source}: not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}); decoded as {encoding}. "
            f"Re-save it as UTF-8 to silence this warning"
        )
        return text, encoding, [warning]
    raise UndecodableError(f"{source}: cannot be decoded as text")  # latin-1 decodes anything: not reached


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def read_text_file(path: str | Path, *, article_id: str, **meta) -> Article:
    """One .txt file as an Article; problems become status='error' with the reason, not exceptions."""
    path = Path(path)
    base = dict(article_id=article_id, text="", path=str(path), **meta)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return Article(**base, status="skipped",
                           error=f"{path}: {size / 1e6:.1f} MB is too large for one article "
                                 f"(limit {MAX_ARTICLE_BYTES / 1e6:.0f} MB); split it into one file per article")
        data = path.read_bytes()
    except OSError as exc:
        return Article(**base, status="error", error=f"{path}: cannot be read ({exc.strerror}); check the path and its permissions")
    try:
        text, encoding, warnings = decode(data, str(path))
    except UndecodableError as exc:
        return Article(**base, status="error", error=str(exc))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Article(**base, status="skipped", error=f"{path}: the file is empty; remove it or add the article text")
    return Article(**{**base, "text": text}, encoding=encoding, warnings=tuple(warnings))
