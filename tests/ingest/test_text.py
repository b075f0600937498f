"""Decoding and plain-text reading: a table of bytes -> (text, encoding), and every failure is an
Article with a reason, never an exception."""

from __future__ import annotations

import codecs
import io

import pytest

from quotetrack.errors import UndecodableError
from quotetrack.ingest import text as text_module
from quotetrack.ingest.text import decode, read_stdin, read_text_file

SAMPLE = "“It’s done,” said José – 5 €."  # curly quotes, apostrophe, dash, euro: the cp1252 bytes


@pytest.mark.parametrize(
    ("data", "expected_text", "expected_encoding", "warns"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE, "utf-8", False),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE, "utf-8", False),  # the BOM is dropped
        (SAMPLE.encode("cp1252"), SAMPLE, "cp1252", True),
        ("Café, señor".encode("latin-1"), "Café, señor", "latin-1", True),  # no 0x80-0x9F bytes
        (b"caf\xe9 \x81", "café \x81", "latin-1", True),  # 0x81 is unassigned in cp1252
        (SAMPLE.encode("utf-16"), SAMPLE, "utf-16", False),  # with its BOM (Notepad's "Unicode")
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE, "utf-16", False),
        (b"plain ascii", "plain ascii", "utf-8", False),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "latin1-c1", "utf16-le", "utf16-be", "ascii"],
)
def test_decode(data, expected_text, expected_encoding, warns):
    text, encoding, warnings = decode(data, "a.txt")
    assert (text, encoding) == (expected_text, expected_encoding)
    assert bool(warnings) == warns
    if warns:
        assert "a.txt" in warnings[0] and f"decoded as {expected_encoding}" in warnings[0] and "UTF-8" in warnings[0]


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", bytes(range(0, 32)) * 4])
def test_binary_data_is_refused_with_the_file_named(data):
    with pytest.raises(UndecodableError, match="a.bin: looks like a binary file"):
        decode(data, "a.bin")


@pytest.mark.parametrize(
    ("content", "status", "reason"),
    [
        (b"", "skipped", "the file is empty"),
        (b"  \n\t\n", "skipped", "the file is empty"),
        (b"\x00\x00\x00\x00", "error", "looks like a binary file"),
        (b"Line one\r\nLine two\rLine three", "ok", None),
    ],
)
def test_read_text_file_statuses(tmp_path, content, status, reason):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    article = read_text_file(path, article_id="a")
    assert article.status == status
    if reason:
        assert reason in article.error and str(path) in article.error
    else:
        assert article.text == "Line one\nLine two\nLine three"  # offsets count one character a newline


def test_a_missing_file_is_an_error_article(tmp_path):
    article = read_text_file(tmp_path / "gone.txt", article_id="gone")
    assert article.status == "error" and "cannot be read" in article.error


def test_a_too_large_file_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(text_module, "MAX_ARTICLE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 11)
    article = read_text_file(path, article_id="big")
    assert article.status == "skipped" and "too large" in article.error and "split it" in article.error


@pytest.mark.parametrize(
    ("data", "encoding", "n_warnings"),
    [(SAMPLE.encode("utf-8"), "utf-8", 0), (SAMPLE.encode("cp1252"), "cp1252", 1)],
)
def test_read_stdin(data, encoding, n_warnings):
    article = read_stdin(io.BytesIO(data))
    assert (article.article_id, article.path, article.text, article.encoding) == ("stdin", "-", SAMPLE, encoding)
    assert len(article.warnings) == n_warnings
    assert read_stdin(io.BytesIO(b"")).status == "skipped"
