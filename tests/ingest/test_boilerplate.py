"""Boilerplate: which lines are marked, that offsets still point into the untouched text, and
that quotes in real paragraphs are never marked."""

from __future__ import annotations

import json

import pytest

from quotetrack.ingest.boilerplate import find_boilerplate, line_kind
from quotetrack.text import find_quotes

from ..conftest import ARTICLES, shared_path


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PALESTINE", "label"),
        ("WORLD NEWS", "label"),
        ("NEWSLETTER", "footer"),
        ("|", "punctuation"),
        ("* * *", "punctuation"),
        ("Share your opinion", "footer"),
        ("Join the GlobalSecurity.org mailing list |", "footer"),
        ("Follow us on Telegram", "footer"),
        ('"Follow Pam Key on Twitter @pamkeyNEN."', "footer"),  # inside a quotation's paragraph mark
        ("Sign up for our daily newsletter", "footer"),
        ("Reporting by Jane Doe; Editing by John Roe", "footer"),
        ("Protest for the release of hostagesAvshalom Sassoni/Flash 90", "credit"),
        ("Palestinians inspect the site of an Israeli strike in Gaza City REUTERS/Dawoud Abu Alkas", "credit"),
        ("Photo: AP", "credit"),
        ("(Israel National News' North American desk is keeping you updated until Shabbat.)", "note"),
        ("(Reporting by David Bailey; Editing by Cynthia Osterman.)", "note"),
        ("About Quillon Systems", "note"),  # a press release's closing section heading
        ("About the Harbour Trust for Children", "note"),
        # text, not boilerplate
        ("Indirect Israel-Hamas ceasefire talks resume in Qatar", None),
        ("Israel 'utterly failed to break Gaza's will': Hamas", None),  # a headline with a quote
        ('"WE WILL WIN": ZELENSKY', None),  # an all-caps headline with a quote
        ("Iran Press TV", None),
        ("About 40 people were hurt.", None),  # a sentence, not a heading
        ("About a dozen Quillon workers", None),
        ("About Half Of Voters Back Reed Plan", None),  # a headline
        ("The group said it would subscribe to the plan, adding that its newsletter had been banned by the "
         "authorities for years, according to a statement.", None),  # a paragraph that mentions a footer word
        ('"There is no deal yet," a US official stated to Axios.', None),
        ("The operation was carried out by the IDF/Shin Bet.", None),  # ends a sentence: not a credit
        ('(Earlier, Smith said "we are done".)', None),  # a parenthesis that quotes someone
    ],
)
def test_line_kind(line, kind):
    assert line_kind(line) == kind


CAPTION_ARTICLE = """Hamas terrorists
Hamas terroristsAli Hassan/Flash 90

"We hope," Naim told AFP.

Share this article
Related articles
Talks resume in Doha"""


def test_ranges_point_into_the_untouched_text():
    ranges = find_boilerplate(CAPTION_ARTICLE)
    assert [CAPTION_ARTICLE[s:e] for s, e in ranges] == [
        "Hamas terrorists\nHamas terroristsAli Hassan/Flash 90",  # caption and its repeat with the credit
        "Share this article\nRelated articles\nTalks resume in Doha",  # footer block to the end
    ]
    assert [CAPTION_ARTICLE[q.start : q.end] for q in find_quotes(CAPTION_ARTICLE, skip=ranges)] == ["We hope,"]


def test_a_short_line_is_footer_only_at_the_end_after_a_footer_line():
    text = 'Follow us on Telegram\nIsrael \'utterly failed\': Hamas\n"We will go on," Hamas said in a statement.'
    assert [text[s:e] for s, e in find_boilerplate(text)] == ["Follow us on Telegram"]


def test_a_quote_mark_in_boilerplate_does_not_spoil_the_real_quotes():
    text = ('Protesters hold a sign reading "Bring them home Avshalom Sassoni/Flash 90\n'
            'Sign up for our "Daily Brief newsletter\n\n"We are ready," she said.')
    assert len(find_quotes(text)) == 3  # without the ranges, the stray marks pair up or run on
    assert [text[q.start : q.end] for q in find_quotes(text, skip=find_boilerplate(text))] == ["We are ready,"]


SEED_BOILERPLATE = {
    "000": ["Protest for the release of hostages\nProtest for the release of hostagesAvshalom Sassoni/Flash 90",
            "(Israel National News' North American desk"],
    "001": [],
    "002": ["Hamas terrorists\nHamas terroristsAli Hassan/Flash 90", "(Israel National News' North American desk"],
    "003": ["PALESTINE", "Share your opinion\nBiden administration urges Hamas to accept ceasefire deal"],
    "004": ["NEWSLETTER\n|\nJoin the GlobalSecurity.org mailing list |\n|\n|"],
}


@pytest.mark.parametrize("prefix", sorted(SEED_BOILERPLATE))
def test_seed_boilerplate(prefix):
    text = next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    found = [text[s:e] for s, e in find_boilerplate(text)]
    assert len(found) == len(SEED_BOILERPLATE[prefix])
    for got, want in zip(found, SEED_BOILERPLATE[prefix]):
        assert got.startswith(want)


def test_no_expected_seed_quote_is_in_boilerplate():
    path = shared_path("seeds", "expected_quotes.jsonl")
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in expected:
        text = (ARTICLES / f"{row['article_id']}.txt").read_text(encoding="utf-8")
        at = text.index(row["quote"])
        assert not any(s < at + len(row["quote"]) and at < e for s, e in find_boilerplate(text)), row["quote"]
