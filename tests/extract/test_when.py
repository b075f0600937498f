"""said_on: the day a quote's own sentence names, relative to publication. Tables of
(sentence, publication day) -> (day, source); the quote is always "X"."""

from __future__ import annotations

import datetime as dt

import pytest

from quotetrack import load
from quotetrack.extract.when import said_on
from quotetrack.text import sentence_pieces as frame

D = dt.date
FRI, SAT, TUE = D(2025, 1, 3), D(2025, 1, 4), D(2025, 7, 8)  # the seeds' publication days


def when(sentence: str, published: dt.date | None):
    start = sentence.index("X")
    return said_on(sentence, start, start + 1, published)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # weekdays: "on Friday" counts the publication day itself, "last Friday" does not
        ('Last Friday, Kirby stated that the White House is "X" to broker a deal.', FRI, (D(2024, 12, 27), "text")),
        ('Kirby said on Friday that the White House is "X".', FRI, (FRI, "text")),
        ('Kirby said Friday that the White House is "X".', SAT, (FRI, "text")),
        ('Kirby said last Friday that the White House is "X".', SAT, (FRI, "text")),
        ('"X," the US president told reporters at the White House on Monday.', TUE, (D(2025, 7, 7), "text")),
        ('"X," a source told AFP on Tuesday.', TUE, (TUE, "text")),
        ('"X," he said this past Tuesday.', TUE, (D(2025, 7, 1), "text")),
        ('Earlier on Wednesday Katz warned that Israel would act if Hamas does not agree "X"', SAT, (D(2025, 1, 1), "text")),
        # days and periods
        ('"X," Hamas said today.', TUE, (TUE, "text")),
        ('Earlier in the day, Ansari said talks are focused on a "X" for a deal.', TUE, (TUE, "text")),
        ('"X," he said yesterday.', TUE, (D(2025, 7, 7), "text")),
        ('"X," she told reporters last night.', SAT, (FRI, "text")),
        ('Earlier this week, officials said "X".', TUE, (D(2025, 7, 7), "text-week")),
        ('"X," he said last week.', TUE, (D(2025, 6, 30), "text-week")),
        ('"X," he said last month.', SAT, (D(2024, 12, 1), "text-month")),
        ('Last December, Qatar expressed optimism that "X" would return.', SAT, (D(2024, 12, 1), "text-month")),
        # explicit dates after "on": as written, else the nearest such day, never after publication
        ('"X," he said on December 25.', SAT, (D(2024, 12, 25), "text")),
        ('"X," he said on 3 January.', SAT, (FRI, "text")),
        ('"X," he said on February 10.', TUE, (D(2025, 2, 10), "text")),  # a yearless date: the nearest one
        ('"X," he said on Feb. 29.', D(2025, 3, 2), (D(2024, 2, 29), "text")),  # the leap day before
        ('On Jan. 2, 2025, he said "X".', SAT, (D(2025, 1, 2), "text")),
        ('On Jan. 2, 2025, he said "X".', None, (D(2025, 1, 2), "text")),  # a full date needs no publication day
        # nothing to go on: the publication day, or nothing at all
        ('"X," Hamas announced.', FRI, (FRI, "published")),
        ('"X," he said on Monday.', None, (None, None)),
        ('"X, today, Friday, in Doha," Hamas announced.', SAT, (SAT, "published")),  # inside the quote
        ('"X," he said. On Monday the talks resumed.', TUE, (TUE, "published")),  # another sentence
        ('"X," Figueroa told USA Today.', TUE, (TUE, "published")),  # a name, not a day
        ('"X," he said, citing reports between January 1 and March 3.', TUE, (TUE, "published")),  # no "on"
        ('"X," he said, adding that talks would resume on July 20.', TUE, (TUE, "published")),  # after publication
    ],
)
def test_said_on(sentence, published, expected):
    assert when(sentence, published) == expected


def test_the_nearest_expression_wins():
    sentence = 'On Monday the talks began, and "X," Hamas said on Tuesday.'
    assert when(sentence, TUE) == (TUE, "text")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "X" to me.', ["He said ", " to me."]),
        ('First one. "X," Gen. Smith of the U.S. Army said on Monday. Next one.',
         [" Gen. Smith of the U.S. Army said on Monday."]),  # abbreviations and initials end no sentence
        ('He said "it is over." Then "X," she said.', [" Then ", " she said."]),  # a quote that ends a sentence
        ('"Why?" Smith asked. "X" came next.', [" came next."]),
        ("Para one says Monday.\n\"X,\" he said.", [" he said."]),  # never across paragraphs
    ],
)
def test_frame_is_the_sentence_outside_quotes(text, expected):
    start = text.index("X")
    assert [text[a:b] for a, b in frame(text, start, start + 1)] == expected


# -- the seeds, end to end --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("article_id", "quote", "said_on", "source"),
    [
        ("000_d266340e8b49bfd6", "actively working", "2024-12-27", "text"),
        ("000_d266340e8b49bfd6", "Hamas is the obstacle", "2024-12-27", "text"),
        ("004_eac08c1094c6cf81", "I don't think there is a hold-up. I think things are going along very well",
         "2025-07-07", "text"),
        ("003_11a515866dbf4758", "indirect negotiations will resume today, Friday, in the Qatari capital, Doha.",
         "2025-01-03", "text"),
        ("000_d266340e8b49bfd6", "Indirect negotiations will resume today, Friday, in the Qatari capital Doha",
         "2025-01-03", "published"),
    ],
)
def test_seed_said_on(seed_dataset, article_id, quote, said_on, source):
    mentions = load(seed_dataset).frame("mentions")
    (row,) = mentions[(mentions["article_id"] == article_id) & (mentions["text"] == quote)].itertuples()
    assert (row.said_on.date().isoformat(), row.said_on_source) == (said_on, source)
