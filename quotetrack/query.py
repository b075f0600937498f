"""Questions asked of a built dataset: filters behind `quotetrack list`, `speakers` and `show`."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .names import name_parts, surname_key
from .store import Dataset
from .text import sentence_bounds


def speaker_ids_matching(ds: Dataset, query: str) -> set[str]:
    """Speakers whose canonical name, an alias, or surname is ``query`` (case-insensitive)."""
    wanted = query.strip().lower()
    wanted_surname = surname_key(query) if len(name_parts(query)) == 1 else None
    ids = set()
    for row in ds.speakers.itertuples(index=False):
        names = [row.name, *(list(row.aliases) if row.aliases is not None else [])]
        if any(isinstance(n, str) and n.lower() == wanted for n in names):
            ids.add(row.speaker_id)
        elif wanted_surname and row.kind == "person" and surname_key(row.name) == wanted_surname:
            ids.add(row.speaker_id)
    return ids


def _to_timestamp(value: str | dt.date | None) -> pd.Timestamp | None:
    return pd.Timestamp(value) if value else None


def select(ds: Dataset, *, speaker: str | None = None, since: str | dt.date | None = None,
           until: str | dt.date | None = None, outlet: str | None = None, contains: str | None = None,
           mentions: bool = False, limit: int | None = None) -> pd.DataFrame:
    """Quotes (or, with ``mentions``, every occurrence) that pass all the given filters, oldest first,
    then in the order of the articles and of the text.

    Quote rows carry the role most often given to their speaker in the quote's mentions.
    """
    table = ds.frame("mentions")
    if speaker:
        table = table[table["speaker_id"].isin(speaker_ids_matching(ds, speaker))]
    if outlet:
        table = table[table["outlet"].fillna("").str.contains(outlet, case=False, regex=False)]
    if contains:
        table = table[table["text"].str.contains(contains, case=False, regex=False)]
    published = pd.to_datetime(table["published"])
    if since:
        table = table[published >= _to_timestamp(since)]
    if until:
        table = table[published.loc[table.index] <= _to_timestamp(until)]
    if mentions:
        result = table.sort_values(["published", "article_id", "start"], na_position="last")
    else:
        roles = table.groupby("quote_id")["role"].agg(lambda r: r.mode().iloc[0] if r.notna().any() else None)
        quotes = ds.frame("quotes")
        result = quotes[quotes["quote_id"].isin(table["quote_id"])].copy()
        result.insert(3, "role", result["quote_id"].map(roles))
        result = in_reading_order(result, ds.frame("mentions"))
    result = result.reset_index(drop=True)
    return result.head(limit) if limit else result


def in_reading_order(quotes: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Quotes by date, then by the article and position of their earliest mention: the order in
    which a reader of the articles meets them (the quote id, a hash, only breaks exact ties)."""
    first = (mentions.assign(_published=pd.to_datetime(mentions["published"]))
             .sort_values(["_published", "article_id", "start"], na_position="last")
             .drop_duplicates("quote_id").set_index("quote_id"))
    keyed = quotes.assign(_date=pd.to_datetime(quotes["first_published"]),
                          _article=quotes["quote_id"].map(first["article_id"]),
                          _start=quotes["quote_id"].map(first["start"]))
    keyed = keyed.sort_values(["_date", "_article", "_start", "quote_id"], na_position="last", kind="stable")
    return keyed.drop(columns=["_date", "_article", "_start"])


def quote_versions(ds: Dataset, quote_id: str) -> tuple[pd.Series, pd.DataFrame]:
    """A quote and every mention of it in reading order (date, article, position), with
    ``sentence``: the sentence (or sentences) of its paragraph that hold it."""
    quotes = ds.frame("quotes")
    match = quotes[quotes["quote_id"] == quote_id]
    if match.empty:
        raise KeyError(quote_id)
    mentions = ds.frame("mentions")
    versions = mentions[mentions["quote_id"] == quote_id].sort_values(["published", "article_id", "start"],
                                                                      na_position="last", kind="stable")
    versions = versions.reset_index(drop=True)
    versions["sentence"] = [sentence_around(c, t) for c, t in zip(versions["context"], versions["text"])]
    return match.iloc[0], versions


def sentence_around(context: str | None, quote: str) -> str | None:
    """The sentence of ``context`` that holds ``quote`` (all of it when the quote is not found)."""
    if not isinstance(context, str):
        return None
    at = context.find(quote) if quote else -1
    if at < 0:
        return context
    first, last = sentence_bounds(context, at, at + len(quote))
    return context[first:last].strip()


def speakers_by_mentions(ds: Dataset) -> pd.DataFrame:
    """The speakers table, most quoted first (then by name)."""
    table = ds.frame("speakers")
    return table.sort_values(["n_mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
