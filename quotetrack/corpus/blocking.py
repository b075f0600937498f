"""Candidate pairs for quote clustering: only mentions that share a key and are close in time.

Scoring every pair of mentions grows with the square of the corpus; here a mention is filed under
a few keys (for example its speaker and two adjacent content words) and only mentions filed under
the same key, published within the date window of each other, are paired. A key shared by more
mentions than ``cap`` inside one window is a common phrase: each mention is paired only with the
``cap`` next ones under it, so the work per mention stays bounded and the total grows about
linearly with the corpus. Everything is numpy on integer arrays.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MISSING_DAY = np.iinfo(np.int64).min


def pair_codes(first: np.ndarray, second: np.ndarray, n: int) -> np.ndarray:
    """Unordered pairs of indices below ``n`` as single integers (smaller * n + larger), self-pairs dropped."""
    low, high = np.minimum(first, second), np.maximum(first, second)
    keep = low != high
    return low[keep] * n + high[keep]


def unique(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (a sort is faster here than np.unique's hashing)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def pairs_within(keys: np.ndarray, members: np.ndarray, days: np.ndarray, *, window: int, cap: int) -> np.ndarray:
    """Pair codes of mentions filed under a same key within ``window`` days of each other.

    ``keys[r]`` and ``members[r]`` are one filing (row r); ``days[m]`` is mention m's day number,
    MISSING_DAY when it has no date. A mention without a date may be any day: it is paired with
    every mention under its keys, but only for keys that hold at most ``cap`` mentions.
    """
    n = len(days)
    keys, members = _distinct_filings(keys, members, days)
    row_days = days[members]
    dated = row_days != MISSING_DAY
    codes = [_window_pairs(keys[dated], members[dated], row_days[dated], window, cap, n)]
    if not dated.all():
        first, second = _same_key(keys[~dated], members[~dated], keys, members, cap)
        once = (days[second] != MISSING_DAY) | (first < second)  # two undated ones meet from both sides
        codes.append(pair_codes(first[once], second[once], n))
    return unique(np.concatenate(codes))


def pairs_between(left_keys: np.ndarray, left_members: np.ndarray, right_keys: np.ndarray,
                  right_members: np.ndarray, days: np.ndarray, *, window: int, cap: int) -> np.ndarray:
    """As pairs_within, for pairs of a left and a right mention only (a missing date matches any
    day); keys holding more than ``cap`` right mentions are skipped."""
    left_keys, left_members = _distinct_filings(left_keys, left_members)
    right_keys, right_members = _distinct_filings(right_keys, right_members)
    first, second = _same_key(left_keys, left_members, right_keys, right_members, cap)
    a, b = days[first], days[second]
    close = (a == MISSING_DAY) | (b == MISSING_DAY)
    close[~close] = np.abs(a[~close] - b[~close]) <= window
    return unique(pair_codes(first[close], second[close], len(days)))


def _distinct_filings(keys: np.ndarray, members: np.ndarray, days: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Filings sorted by key (then day, then mention); a mention filed twice under one key (a
    phrase it repeats) counts once."""
    order = np.lexsort((members, keys) if days is None else (members, days[members], keys))
    keys, members = keys[order], members[order]
    first = np.r_[True, (keys[1:] != keys[:-1]) | (members[1:] != members[:-1])] if len(keys) else np.zeros(0, bool)
    return keys[first], members[first]


def _window_pairs(keys: np.ndarray, members: np.ndarray, days: np.ndarray, window: int, cap: int, n: int) -> np.ndarray:
    """Pair codes from filings sorted by key, then day, then mention."""
    if len(keys) < 2:
        return np.empty(0, dtype=np.int64)
    # rows of one key are consecutive and sorted by day; row i pairs with the rows after it, up to
    # the last one of the same key within the window, and no more than cap of them
    rank = np.cumsum(np.r_[0, keys[1:] != keys[:-1]])
    span = int(days.max() - days.min()) + window + 1
    position = rank * span + (days - days.min())
    end = np.searchsorted(position, position + window, side="right")
    counts = np.minimum(end - np.arange(len(keys)) - 1, cap)
    first = np.repeat(np.arange(len(keys)), counts)
    step = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + 1
    return pair_codes(members[first], members[first + step], n)


def _same_key(left_keys, left_members, right_keys, right_members, cap) -> tuple[np.ndarray, np.ndarray]:
    """(left, right) member pairs under a same key, for keys with at most ``cap`` right members."""
    wanted = np.isin(right_keys, left_keys)  # counting only the keys asked about is much cheaper
    right = pd.DataFrame({"key": right_keys[wanted], "right": right_members[wanted]})
    right = right[right["key"].map(right["key"].value_counts()).to_numpy() <= cap]
    joined = pd.DataFrame({"key": left_keys, "left": left_members}).merge(right, on="key")
    return joined["left"].to_numpy(), joined["right"].to_numpy()
