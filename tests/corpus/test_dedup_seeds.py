"""The seed articles' statements as quotes: which mentions are one statement (the `cluster` field
of ../shared/seeds/expected_quotes.jsonl). Skipped without ../shared."""

from __future__ import annotations

import csv
from collections import defaultdict

import pandas as pd
import pytest

from quotetrack import cluster_quotes, load

from ..conftest import shared_path
from ..test_seeds import _norm

#: the statements carried by several mentions; every other cluster is one mention
MERGED = {"C01": 3, "C02": 2, "C23": 2}
#: mentions of one statement with different speakers (Prime Minister's Office / Benjamin Netanyahu)
#: and different words: one quote would be better, two are accepted
STRETCH = {"C04"}


@pytest.fixture(scope="module")
def seed_mentions(seed_dataset):
    return load(seed_dataset).frame("mentions")


def _quotes_of_clusters(mentions: pd.DataFrame, expected_quotes: list[dict]) -> dict[str, list[str]]:
    """cluster -> the quote id of each of its expected mentions."""
    found = defaultdict(list)
    for expected in expected_quotes:
        rows = mentions[(mentions["article_id"] == expected["article_id"])
                        & (mentions["text"].map(_norm) == _norm(expected["quote"]))]
        assert len(rows) == 1, expected["quote"]
        found[expected["cluster"]].append(rows.iloc[0]["quote_id"])
    return found


def _check(found: dict[str, list[str]], mentions: pd.DataFrame) -> None:
    quoted = mentions[mentions["kind"] != "indirect"]
    for cluster, n in MERGED.items():
        assert len(set(found[cluster])) == 1, f"{cluster} is split: {found[cluster]}"
        assert (quoted["quote_id"] == found[cluster][0]).sum() == n
    owner = {}
    for cluster, quote_ids in found.items():
        if cluster in STRETCH:
            continue
        for quote_id in quote_ids:
            assert owner.setdefault(quote_id, cluster) == cluster, f"{cluster} merged with {owner[quote_id]}"


def test_built_seed_dataset_has_one_quote_per_statement(seed_mentions, expected_quotes, seed_dataset):
    found = _quotes_of_clusters(seed_mentions, expected_quotes)
    _check(found, seed_mentions)
    quotes = load(seed_dataset).frame("quotes").set_index("quote_id")
    doha = quotes.loc[found["C01"][0]]
    assert (doha["n_mentions"], doha["n_outlets"]) == (3, 3)
    assert set(doha["outlets"]) == {"Israel National News", "Xinhua (syndicated)", "Al-Quds"}


def _expected_dates() -> dict[str, object]:
    with open(shared_path("seeds", "expected_articles.csv"), encoding="utf-8") as handle:
        return {row["id"]: pd.Timestamp(row["published"]).date() for row in csv.DictReader(handle)}


@pytest.mark.parametrize("dates", ["every article dated", "three articles undated"])
def test_seed_quotes_hold_with_and_without_article_dates(seed_mentions, expected_quotes, dates):
    """The seed manifest gives two dates; the others come from the articles' date lines. The
    quotes must be the same with every date known (../shared/seeds/expected_articles.csv) and
    with the three date-line articles undated, as they were before their dates were read."""
    known = _expected_dates()
    if dates == "three articles undated":
        known = {article: day for article, day in known.items() if article.startswith(("000", "002"))}
    dated = seed_mentions.assign(published=seed_mentions["article_id"].map(known))
    dated["quote_id"] = cluster_quotes(dated)
    _check(_quotes_of_clusters(dated, expected_quotes), dated)
