"""Quote clusters: the same statement reported by several outlets becomes one quote.

First version: mentions by the same speaker whose normalised text is identical share a quote.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import pandas as pd

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lowercase words only: case, punctuation and quote-style variants compare equal."""
    text = unicodedata.normalize("NFKC", text).lower()
    return _NON_WORD.sub(" ", text).strip()


def quote_id_for(mention_id: str) -> str:
    return "q" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:11]


def _order(mentions: pd.DataFrame) -> pd.DataFrame:
    published = pd.to_datetime(mentions["published"], errors="coerce")
    return mentions.assign(_published=published).sort_values(["_published", "mention_id"], na_position="last")


def cluster_quotes(mentions: pd.DataFrame) -> pd.Series:
    """A quote id for each mention (aligned with ``mentions.index``).

    Needs columns mention_id, article_id, outlet, published, speaker_id and text. The id comes from
    the cluster's earliest mention, so it is stable across rebuilds of the same input.
    """
    if mentions.empty:
        return pd.Series([], index=mentions.index, dtype="object", name="quote_id")
    ordered = _order(mentions)
    keys = [
        (speaker if isinstance(speaker, str) else f"?{mention_id}", normalise(text))
        for speaker, mention_id, text in zip(ordered["speaker_id"], ordered["mention_id"], ordered["text"])
    ]
    first_of: dict[tuple[str, str], str] = {}
    ids = []
    for key, mention_id in zip(keys, ordered["mention_id"]):
        ids.append(first_of.setdefault(key, quote_id_for(mention_id)))
    return pd.Series(ids, index=ordered.index, name="quote_id").reindex(mentions.index)


def quotes_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per quote_id: representative text (the longest version), dates, outlets."""
    rows = []
    for quote_id, group in _order(mentions).groupby("quote_id", sort=True):
        longest = group.loc[group["text"].str.len().idxmax()]
        outlets = sorted({o for o in group["outlet"].dropna()})
        dates = group["published"].dropna()
        rows.append({
            "quote_id": quote_id,
            "speaker_id": group["speaker_id"].iloc[0],
            "speaker": group["speaker"].iloc[0],
            "text": longest["text"],
            "first_published": dates.min() if len(dates) else None,
            "last_published": dates.max() if len(dates) else None,
            "n_mentions": len(group),
            "n_outlets": len(outlets),
            "outlets": outlets,
        })
    return pd.DataFrame(rows)
