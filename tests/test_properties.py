"""Property tests: for any text or bytes, quote pairing and the readers never raise, and every offset
points at what it claims (`article_text[start:end] == text`). Example counts are kept modest so the
suite stays quick; hypothesis keeps the failures it finds in .hypothesis/ and tries them first."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotetrack import store
from quotetrack.errors import UndecodableError
from quotetrack.extract import extract_article
from quotetrack.ingest import complete, read_articles
from quotetrack.ingest.text import decode, read_text_file
from quotetrack.pipeline import _article_row
from quotetrack.records import MENTION_KINDS, Article, ExtractResult
from quotetrack.text import DOUBLE_MARKS, SINGLE_MARKS, find_quotes, paragraph_spans

MARKS = DOUBLE_MARKS + SINGLE_MARKS
# text that is mostly quote marks, apostrophes, letters, spaces and line breaks, plus any Unicode
QUOTEY = st.one_of(
    st.text(alphabet=st.sampled_from(list(MARKS + "abcXYZ 19.,;:!?-—–…()\n\n\t\xa0")), max_size=200),
    st.text(max_size=120),
    st.lists(st.sampled_from(['"', "“", "”", "'", "’", "‘", "«", "»", "„", "\n", "\n\n", " ", "he said", "It's",
                              "Gaza's", "'90s", "word", ",", ".", "5'10\"", "''"]), max_size=40).map("".join),
)
STATUSES = {"ok", "skipped", "error"}
_names = itertools.count()


def _storable(articles) -> None:
    """The articles as the build stores them: raises if any string is not valid Unicode, etc."""
    rows = [_article_row(a, ExtractResult(a.article_id, status=a.status, error=a.error)) for a in articles]
    store.to_arrow("articles", pd.DataFrame(rows, columns=store.SCHEMAS["articles"].names))


# -- quote-mark pairing -----------------------------------------------------------------------------
@settings(max_examples=400, deadline=None)
@given(QUOTEY)
def test_find_quotes_offsets_always_point_into_the_text(text):
    quotes = find_quotes(text)
    paragraphs = paragraph_spans(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert 0 <= q.open_at <= q.start < q.end <= len(text)
        quoted = text[q.start : q.end]
        assert quoted == quoted.strip()  # no surrounding whitespace
        assert any(lo <= q.open_at and q.end <= hi for lo, hi in paragraphs)  # within one paragraph
        if q.close_at is not None:
            assert q.end <= q.close_at < len(text) and text[q.close_at] in MARKS
        for a, b in q.nested:
            assert q.open_at < a <= b <= len(text)


@settings(max_examples=150, deadline=None)
@given(QUOTEY, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=3))
def test_find_quotes_ignores_marks_in_skipped_ranges(text, ranges):
    skip = [(s, s + n) for s, n in ranges]
    for q in find_quotes(text, skip=skip):
        if q.close_at is not None:
            assert not any(s <= q.close_at < e for s, e in skip)


# -- decoding and the readers -------------------------------------------------------------------------
BYTES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet=st.characters(codec="cp1252"), max_size=200).map(lambda t: t.encode("cp1252")),
    st.text(alphabet=st.characters(codec="utf-16"), max_size=100).map(lambda t: t.encode("utf-16")),
)
_DECODERS = {"utf-8": "utf-8-sig", "utf-16": "utf-16", "cp1252": "cp1252", "latin-1": "latin-1"}


@settings(max_examples=400, deadline=None)
@given(BYTES)
def test_decode_any_bytes(data):
    try:
        text, encoding, warnings = decode(data, "x.txt")
    except UndecodableError as exc:
        assert str(exc).startswith("x.txt: looks like a binary file")
        return
    assert data.decode(_DECODERS[encoding]) == text  # exactly what that encoding says
    text.encode("utf-8")  # valid Unicode: no lone surrogates
    assert bool(warnings) == (encoding in ("cp1252", "latin-1"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=BYTES)
def test_the_text_reader_turns_any_bytes_into_one_article(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / f"any-{next(_names)}.txt"
    path.write_bytes(data)
    article = read_text_file(path, article_id="a")
    assert article.status in STATUSES
    if article.status == "ok":
        assert article.text.strip() and "\r" not in article.text
    else:
        assert article.error.startswith(str(path)) and article.text == ""
    _storable([article])


# JSON strings may hold escaped lone surrogates ("\\ud800"), which Python decodes but Parquet refuses
# (st.text leaves surrogates out whatever its alphabet: build the strings from characters)
_ANY_STRING = st.lists(st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=30).map("".join)
_JSON_VALUE = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _ANY_STRING)
JSON_LINE = st.one_of(
    st.binary(max_size=80).filter(lambda b: b"\n" not in b),
    st.fixed_dictionaries(
        {}, optional={"id": _JSON_VALUE, "text": st.one_of(QUOTEY, _JSON_VALUE), "outlet": _JSON_VALUE,
                      "published": st.one_of(_JSON_VALUE, st.dates().map(str)), "title": _JSON_VALUE,
                      "url": _JSON_VALUE},
    ).map(lambda row: json.dumps(row).encode()),
    st.lists(_JSON_VALUE, max_size=3).map(lambda v: json.dumps(v).encode()),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(JSON_LINE, max_size=6))
def test_the_jsonl_reader_reads_any_lines(tmp_path_factory, lines):
    path = tmp_path_factory.getbasetemp() / f"any-{next(_names)}.jsonl"
    path.write_bytes(b"\n".join(lines))
    articles = list(read_articles([path]))
    assert len(articles) == sum(1 for line in lines if line.strip())  # one article a non-blank line
    assert len({a.article_id for a in articles}) == len(articles)  # ids unique
    for article in articles:
        assert article.status in STATUSES
        assert article.path.startswith(f"{path}:")
        if article.status == "ok":
            assert article.text.strip() and "\r" not in article.text
        else:
            assert article.error.startswith(f"{path}:")
    _storable(articles)


# -- extraction with the real model ---------------------------------------------------------------------
_FRAGMENTS = [
    '"We will win," he said. ', "\u201cIt\u2019s over,\u201d said John Kirby, the White House spokesman. ",
    "'Not now,' she told AFP. ", "Hamas said the talks were \u201cserious\u201d and \u2018positive\u2019. ",
    "According to officials, ", '"the deal is close." ', "He added: ", "\u00abBonjour\u00bb, dit-il. ",
    "Basem Naim, a Hamas spokesman, said ", '"', "\u201c", "\u201d", "'", "\u2019", "\n", "\n\n",
    "The talks resumed on Friday. ", "PALESTINE\n", "Photo: Reuters/Flash 90\n",
]
ARTICLE_TEXT = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=14).map("".join)


@pytest.mark.filterwarnings("ignore")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARTICLE_TEXT)
@example(text="According to officials, According to officials, ")  # a clause the cuts left empty
@example(text='1"""We will win," he said. 0»Basem Naim, a Hamas spokesman, said "We will win," he said. ')
def test_extract_article_offsets_point_at_the_text(nlp, text):
    article = complete(Article(article_id="p", text=text, published=dt.date(2025, 1, 3)))
    for mention in extract_article(article, nlp):
        assert article.text[mention.start : mention.end] == mention.text
        assert mention.kind in MENTION_KINDS
        if mention.speaker_start is not None:
            assert article.text[mention.speaker_start : mention.speaker_end] == mention.speaker_mention
