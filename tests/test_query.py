"""Questions asked of a built dataset (query.py)."""

from __future__ import annotations

import pytest

from quotetrack import load
from quotetrack.query import quote_versions, select, sentence_around


@pytest.mark.parametrize(
    ("context", "quote", "expected"),
    [
        ('Talks resumed. He said the talks are focused on a "framework" for a deal. Nothing else.', "framework",
         'He said the talks are focused on a "framework" for a deal.'),
        ('"We are in Doha. We speak with both," he added. Later he left.', "We are in Doha. We speak with both,",
         '"We are in Doha. We speak with both," he added.'),
        ("Israel 'utterly failed to break Gaza's will': Hamas", "utterly failed to break Gaza's will",
         "Israel 'utterly failed to break Gaza's will': Hamas"),
        ("Mr. Smith said yes. Then he left.", "yes", "Mr. Smith said yes."),
        ("Gen. Smith said the U.S. would help. Nothing else.", "help", "Gen. Smith said the U.S. would help."),
        ("Nothing quoted here.", "elsewhere", "Nothing quoted here."),
        (None, "anything", None),
    ],
)
def test_sentence_around(context, quote, expected):
    assert sentence_around(context, quote) == expected


def test_quote_versions_in_reading_order_with_their_sentence(seed_dataset):
    ds = load(seed_dataset)
    doha = select(ds, contains="resume today")
    quote, versions = quote_versions(ds, doha["quote_id"].iloc[0])
    assert quote["n_outlets"] == 3
    assert list(versions["outlet"]) == ["Israel National News", "Xinhua (syndicated)", "Al-Quds"]
    assert versions["sentence"].str.contains("resume today").all()
    assert versions["sentence"].iloc[2].startswith("Hamas announced in a statement on Friday")
