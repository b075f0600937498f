"""Quote clusters: the same statement reported by several outlets becomes one quote.

Outlets copy a statement, cut it to a fragment, quote one sentence of it, re-punctuate it, drop or
swap a word, or put it in their own words. Mentions are compared as word strings (quotetext.py)
and only within blocks (blocking.py): same speaker, published within ``window_days`` of each
other, sharing a run of three content words or the whole text. A pair is the same statement when

- the texts are near-identical word for word (``Thresholds.same``), or
- the shorter, of at least ``min_words`` content words, is the longer reworded
  (``Thresholds.reworded``) or a part of it: a fragment or a sentence (``Thresholds.part``; a long
  part may be in other words, ``part_long``), and they do not name different people or places.

Near-identical pairs join their clusters (groups of copies). In every other pair one mention
attaches to the other, and each attaching mention joins only the one mention it matches best: a
phrase that two statements share never glues them together, and neither does a mention whose
date or speaker is unknown (it attaches, nothing attaches to it). A long part in other words
only brings a lone mention in, never merges two groups of copies.

Speakers: a person and the organisation they speak for (the person's affiliation is the
organisation's name) share a quote only when their texts are near-identical. A mention with no
speaker joins a quote only as a near-identical copy, of an attributed mention (the text is then
the only evidence of who said it) or of another unattributed one; never by rewording or as a part.
Without speaker_kind/affiliation columns, different speakers never share a quote.

Dates: a mention without a date may be from any day, so it is compared with its speaker's
mentions of every date (through keys that are not too common) and attaches to one of them.

No spaCy here: plain strings, numpy arrays and rapidfuzz, so 200k mentions take seconds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ..names import organisation_key
from .blocking import MISSING_DAY, pairs_between, pairs_within, unique
from .quotetext import QuoteWords, quote_words


@dataclass(frozen=True)
class Thresholds:
    """When two mentions are the same statement (rapidfuzz scores, 0-100, on word strings)."""

    #: ratio of the whole texts, every word counted: near-identical copies
    same: float = 88.0
    #: ratio of the content words: the same text reworded or translated differently
    reworded: float = 75.0
    #: partial_ratio of the shorter's content words within the longer's: a part of it
    part: float = 90.0
    #: a part of this many content words or more needs only ``part_long``: a long translation of a
    #: passage keeps its meaning in other words more often than a short phrase can
    part_long_words: int = 8
    part_long: float = 72.0
    #: a part has at most this share of the longer's content words (else it is compared as reworded)
    part_share: float = 0.7
    #: content words the shorter text needs to match as reworded or as a part (else: near-identical only)
    min_words: int = 3


DEFAULT_WINDOW_DAYS = 3
#: a key shared by more mentions than this within one window is a common phrase (see blocking.py)
KEY_CAP = 40
_NO_SPEAKER = -1
_MIX = np.uint64(0x9E3779B97F4A7C15)


def quote_id_for(mention_id: str) -> str:
    return "q" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:11]


def _order(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions from the earliest: by date (unknown last), article, position in it, mention id."""
    published = pd.to_datetime(mentions["published"], errors="coerce")
    by = ["_published", "article_id", *(["start"] if "start" in mentions else []), "mention_id"]
    return mentions.assign(_published=published).sort_values(by, na_position="last", kind="stable")


@dataclass
class _Voices:
    """Who speaks in each mention, as integer codes (-1: unknown)."""

    speaker: np.ndarray
    #: the organisation the mention speaks for: its own name for an organisation, the affiliation for a person
    organisation: np.ndarray
    is_organisation: np.ndarray

    @classmethod
    def of(cls, mentions: pd.DataFrame) -> _Voices:
        speaker = pd.factorize(mentions["speaker_id"])[0].astype(np.int64)
        if "speaker_kind" not in mentions or "affiliation" not in mentions:
            return cls(speaker, np.full(len(mentions), -1, np.int64), np.zeros(len(mentions), bool))
        kinds = mentions["speaker_kind"].to_numpy()
        is_organisation, is_person = kinds == "organization", kinds == "person"
        names = (mentions["speaker"] if "speaker" in mentions else mentions["speaker_id"]).to_numpy()
        no_one = np.full(len(mentions), None, dtype=object)
        spoken_for = np.where(is_organisation, names, np.where(is_person, mentions["affiliation"].to_numpy(), no_one))
        keys = [organisation_key(name) if isinstance(name, str) and name else None for name in spoken_for]
        organisation = pd.factorize(pd.Series(keys, dtype="object"))[0].astype(np.int64)
        return cls(speaker, organisation, is_organisation)

    def subset(self, rows: np.ndarray) -> _Voices:
        return _Voices(self.speaker[rows], self.organisation[rows], self.is_organisation[rows])

    def may_share(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """Same speaker; or one without a speaker; or a person and the organisation they speak for."""
        a, b = self.speaker[first], self.speaker[second]
        spokesperson = ((self.organisation[first] == self.organisation[second]) & (self.organisation[first] >= 0)
                        & (self.is_organisation[first] != self.is_organisation[second]))
        return (a == b) | (a == _NO_SPEAKER) | (b == _NO_SPEAKER) | spokesperson


def cluster_quotes(mentions: pd.DataFrame, *, window_days: int = DEFAULT_WINDOW_DAYS,
                   thresholds: Thresholds = Thresholds()) -> pd.Series:
    """A quote id for each mention (aligned with ``mentions.index``).

    Needs columns mention_id, article_id, outlet, published, speaker_id and text; uses start,
    speaker, speaker_kind, affiliation and kind when present. The id comes from the cluster's
    earliest mention (by date, article, position), so it is stable across rebuilds of the same input.

    Indirect mentions (kind "indirect") never change a quote's id: the quotations are clustered
    first as if there were none; then each indirect mention joins the quote it repeats in the
    same words without marks (a near-identical copy), or the indirect versions of one statement
    (copies, rewordings, parts: the rules above) form a quote of their own. An indirect mention
    joins at most one quote, so it never ties two quotes together.
    """
    if mentions.empty:
        return pd.Series([], index=mentions.index, dtype="object", name="quote_id")
    ordered = _order(mentions)
    reported = (ordered["kind"] == "indirect").to_numpy() if "kind" in ordered else np.zeros(len(ordered), bool)
    if not reported.any():
        return _quote_ids(ordered, window_days, thresholds)[0].reindex(mentions.index)
    # the quotations are clustered twice: alone, for their ids (those of a build without indirect
    # mentions: among them a quotation can pair otherwise, as an indirect mention of the same words
    # makes the two one text, and more texts change the blocking keys kept), then with the indirect
    # mentions, for the quote of each. The mentions are ordered once, a pair of quotations scored once.
    quotations = np.flatnonzero(~reported)
    quoted, scored = _quote_ids(ordered.iloc[quotations], window_days, thresholds)
    roots, _ = _clusters(ordered, window_days, thresholds, reported, scored.at(quotations, len(ordered)))
    ids = quoted.reindex(ordered.index).tolist()  # None for the indirect mentions
    # a cluster with quotations takes their id; one of indirect mentions only, its earliest's
    quote_of_root: dict[int, str] = {}
    for root, quote_id in zip(roots.tolist(), ids):
        if isinstance(quote_id, str):
            quote_of_root.setdefault(root, quote_id)
    mention_ids = ordered["mention_id"].to_numpy()
    ids = [quote_id if isinstance(quote_id, str) else quote_of_root.get(root) or quote_id_for(mention_ids[root])
           for root, quote_id in zip(roots.tolist(), ids)]
    return pd.Series(ids, index=ordered.index, name="quote_id").reindex(mentions.index)


def _quote_ids(ordered: pd.DataFrame, window_days: int, thresholds: Thresholds) -> tuple[pd.Series, _Scored]:
    roots, scored = _clusters(ordered, window_days, thresholds)
    ids = [quote_id_for(m) for m in ordered["mention_id"].to_numpy()[roots]]
    return pd.Series(ids, index=ordered.index, name="quote_id"), scored


@dataclass
class _Scored:
    """score_pairs' results by pair of mentions (``pairs``: first * n + second, positions in the
    order, sorted). A pair's scores depend on its two texts only (read with other texts, their words
    get other characters, which match as before), so a pair of quotations scored when the
    quotations are clustered alone is not scored again with the indirect mentions."""

    pairs: np.ndarray
    same: np.ndarray
    similar: np.ndarray
    weak: np.ndarray

    def at(self, positions: np.ndarray, n: int) -> _Scored:
        """The same pairs, their mentions at ``positions`` in an order of ``n`` mentions."""
        first, second = np.divmod(self.pairs, max(len(positions), 1))
        return _Scored(positions[first] * n + positions[second], self.same, self.similar, self.weak)

    def score(self, words: QuoteWords, first: np.ndarray, second: np.ndarray, pairs: np.ndarray,
              thresholds: Thresholds) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """score_pairs of ``first`` and ``second`` (the mentions' ``pairs``), scoring only those not here."""
        if len(self.pairs) == 0:
            return score_pairs(words, first, second, thresholds)
        at = np.minimum(np.searchsorted(self.pairs, pairs), len(self.pairs) - 1)
        new = np.flatnonzero(self.pairs[at] != pairs)
        same, similar, weak = self.same[at], self.similar[at], self.weak[at]
        same[new], similar[new], weak[new] = score_pairs(words, first[new], second[new], thresholds)
        return same, similar, weak


def _clusters(ordered: pd.DataFrame, window_days: int, thresholds: Thresholds,
              reported: np.ndarray | None = None, scored: _Scored | None = None) -> tuple[np.ndarray, _Scored]:
    """Each mention's cluster root, a position in ``ordered`` (the mentions in order, earliest
    first), and the scores of the pairs compared, for a later clustering to reuse. ``reported``
    marks indirect mentions: one joins a quotation only as its near-identical copy, and only by
    attaching to it (never the other way round). ``scored``: pairs scored before, not scored
    again (and returned as they are: nothing clusters after that)."""
    all_words = quote_words(ordered["text"].tolist())
    all_voices = _Voices.of(ordered)
    all_days = _day_numbers(ordered["_published"])
    # copies (same speaker, same day, same words) are one statement: score each text once
    copy_of = pd.DataFrame({"speaker": all_voices.speaker, "day": all_days, "words": all_words.full}).groupby(
        ["speaker", "day", "words"], sort=False).ngroup().to_numpy()
    _, texts = np.unique(copy_of, return_index=True)  # the first of each group, in order
    words, voices, days = all_words.subset(texts), all_voices.subset(texts), all_days[texts]
    first, second = candidate_pairs(words, voices, days, window_days=window_days)
    pairs = texts[first] * len(ordered) + texts[second]
    if scored is None:
        same, similar, weak = score_pairs(words, first, second, thresholds)
        scored = _Scored(pairs, same.copy(), similar.copy(), weak.copy())  # before the rules below change them
    else:
        same, similar, weak = scored.score(words, first, second, pairs, thresholds)
    same[~voices.may_share(first, second)] = 0
    one_speaker = voices.speaker[first] == voices.speaker[second]
    similar[~one_speaker | (voices.speaker[first] == _NO_SPEAKER)] = 0
    uncertain = (days == MISSING_DAY) | (voices.speaker == _NO_SPEAKER)
    attach_only = ~one_speaker | uncertain[first] | uncertain[second]
    reported_texts = reported[texts] if reported is not None else None
    if reported_texts is not None:
        across = reported_texts[first] != reported_texts[second]
        similar[across] = 0
        attach_only |= across
    roots = link(len(texts), first, second, same, similar, words.content_lengths, attach_only=attach_only,
                 uncertain=uncertain, weak=weak, copies=np.bincount(copy_of, minlength=len(texts)),
                 reported=reported_texts)
    # texts are numbered in order of first appearance, and so are copy groups: text k is group k
    return texts[roots[copy_of]], scored


def _day_numbers(published: pd.Series) -> np.ndarray:
    days = published.to_numpy(dtype="datetime64[D]").astype(np.int64)
    days[published.isna().to_numpy()] = MISSING_DAY
    return days


def _hash(*columns: np.ndarray) -> np.ndarray:
    """One int64 key from several integer columns (a collision only adds candidates)."""
    key = np.zeros(len(columns[0]), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in columns:
            key = (key ^ column.astype(np.uint64)) * _MIX
    return key.view(np.int64)


def _string_codes(strings: list[str]) -> np.ndarray:
    """Equal strings, equal integers."""
    return pd.factorize(pd.Series(strings, dtype="object"))[0].astype(np.int64)


def _winnow(keys: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Of each two neighbouring keys of a text, the smaller (and the first and last): any run of
    three content words two texts share (two neighbouring bigrams) still gives them a key in
    common, from a third fewer filings (winnowing, Schleimer et al. 2003)."""
    if len(keys) == 0:
        return keys, owners
    same_owner = owners[1:] == owners[:-1]
    # key i is kept when it is the smaller of the pair (i-1, i) or of the pair (i, i+1)
    smaller_than_next = np.r_[(keys[:-1] <= keys[1:]) | ~same_owner, True]
    smaller_than_previous = np.r_[True, (keys[1:] < keys[:-1]) | ~same_owner]
    keep = smaller_than_next | smaller_than_previous
    return keys[keep], owners[keep]


def candidate_pairs(words: QuoteWords, voices: _Voices, days: np.ndarray, *,
                    window_days: int) -> tuple[np.ndarray, np.ndarray]:
    """(first, second) index arrays of the mention pairs worth scoring, first < second."""
    n = len(days)
    mention = np.arange(n)
    speaker = voices.speaker
    # two adjacent content words, under the speaker: shared by versions, fragments and rewordings
    # (not for mentions without a speaker: they only merge as near-identical copies)
    owner = np.repeat(mention, words.content_lengths)
    follows = (owner[1:] == owner[:-1]) & (speaker[owner[:-1]] != _NO_SPEAKER)
    bigram_owner = owner[:-1][follows]
    bigram_keys, bigram_owner = _winnow(_hash(np.zeros(len(bigram_owner), np.int64), speaker[bigram_owner],
                                              words.codes[:-1][follows], words.codes[1:][follows]), bigram_owner)
    # the whole text under the speaker (mentions without one form a pool): copies of short texts
    whole_keys = _hash(np.ones(n, np.int64), speaker, _string_codes(words.full))
    # the first and the last four content words: near-identical copies between a person and the
    # organisation they speak for, and with or between mentions without a speaker
    edges = np.concatenate([_string_codes([c[:4] for c in words.content]), _string_codes([c[-4:] for c in words.content]) + n])
    edge_owner = np.concatenate([mention, mention])
    has_content = words.content_lengths[edge_owner] > 0
    edges, edge_owner = edges[has_content], edge_owner[has_content]
    spoken_for = voices.organisation[edge_owner]
    unattributed = speaker[edge_owner] == _NO_SPEAKER
    edge_keys = np.where(unattributed, _hash(np.full(len(edges), 2, np.int64), edges),
                         _hash(np.full(len(edges), 3, np.int64), spoken_for, edges))
    with_edges = unattributed | (spoken_for >= 0)
    codes = [pairs_within(np.concatenate([bigram_keys, whole_keys, edge_keys[with_edges]]),
                          np.concatenate([bigram_owner, mention, edge_owner[with_edges]]),
                          days, window=window_days, cap=KEY_CAP)]
    if unattributed.any():
        codes.append(pairs_between(edges[unattributed], edge_owner[unattributed], edges[~unattributed],
                                   edge_owner[~unattributed], days, window=window_days, cap=KEY_CAP))
    pairs = unique(np.concatenate(codes))
    return pairs // n, pairs % n


def score_pairs(words: QuoteWords, first: np.ndarray, second: np.ndarray,
                thresholds: Thresholds) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(same, similar, weak): the whole-text ratio of near-identical pairs; the score of the
    shorter as a reworded version or a part of the longer (0 where below its threshold); and
    whether that part passed only under the lower ``part_long`` threshold."""
    if len(first) == 0:
        return np.zeros(0), np.zeros(0), np.zeros(0, bool)
    full = np.asarray(words.full, dtype=object)
    content = np.asarray(words.content, dtype=object)
    lengths = words.content_lengths
    # score_cutoff lets rapidfuzz skip pairs that cannot reach a threshold (0 for them)
    same = process.cpdist(full[first], full[second], scorer=fuzz.ratio, score_cutoff=thresholds.same, workers=-1)
    shorter_first = lengths[first] <= lengths[second]
    short, long = np.where(shorter_first, first, second), np.where(shorter_first, second, first)
    is_part = lengths[short] <= thresholds.part_share * lengths[long]
    similar = np.zeros(len(first))
    # near-identical pairs need no other score; texts too short for one get none
    parts = np.flatnonzero(is_part & (same == 0) & (lengths[short] >= thresholds.min_words))
    versions = np.flatnonzero(~is_part & (same == 0) & (lengths[short] >= thresholds.min_words))
    # partial_ratio only for real parts: on texts of similar length it also rewards one text's
    # end overlapping the other's start, which two different statements in one frame often do
    similar[parts] = process.cpdist(content[short[parts]], content[long[parts]], scorer=fuzz.partial_ratio,
                                    score_cutoff=min(thresholds.part, thresholds.part_long), workers=-1)
    similar[versions] = process.cpdist(content[short[versions]], content[long[versions]], scorer=fuzz.ratio,
                                       score_cutoff=thresholds.reworded, workers=-1)
    part_threshold = np.where(lengths[short] >= thresholds.part_long_words, thresholds.part_long, thresholds.part)
    similar[is_part & (similar < part_threshold)] = 0
    contradicts = np.flatnonzero(((same > 0) | (similar > 0)) & (words.negations[first] != words.negations[second]))
    contradicts = contradicts[_negation_differs(words, first[contradicts], second[contradicts])]
    same[contradicts] = 0
    similar[contradicts] = 0
    # only for the looser matches: a copy, or a part with few words changed, keeps its names anyway
    kept = np.flatnonzero((similar > 0) & (similar < thresholds.part) & (same == 0))
    similar[kept[_name_conflicts(words, short[kept], long[kept], is_part[kept])]] = 0
    weak = is_part & (similar > 0) & (similar < thresholds.part)
    return same, similar, weak


def _negation_differs(words: QuoteWords, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Pairs that say "we will accept" / "we will not accept": in the passage the shorter matches,
    the negations differ (a fragment cut before a negation leaves it out without contradicting it)."""
    differs = np.zeros(len(first), bool)
    negations = words.negation_chars
    for k, (a, b) in enumerate(zip(first.tolist(), second.tolist())):
        short, long = sorted((words.full[a], words.full[b]), key=len)
        where = fuzz.partial_ratio_alignment(short, long)
        aligned = long[where.dest_start:where.dest_end] if where is not None else long
        differs[k] = sum(c in negations for c in short) != sum(c in negations for c in aligned)
    return differs


def _name_conflicts(words: QuoteWords, short: np.ndarray, long: np.ndarray, is_part: np.ndarray) -> np.ndarray:
    """Pairs that name different people or places in the matching passage ("arrived in Istanbul" /
    "arrived in Vienna"): versions of one statement, even translated, keep their names."""
    conflicts = np.zeros(len(short), bool)
    for k, (shorter, longer, part) in enumerate(zip(short.tolist(), long.tolist(), is_part.tolist())):
        short_names, long_names = words.names(shorter), words.names(longer)
        if not short_names or long_names is None:
            continue
        short_content, long_content = words.content[shorter], words.content[longer]
        if not short_names.difference(long_content):
            continue
        if part:
            where = fuzz.partial_ratio_alignment(short_content, long_content)
            if where is not None:
                long_content = long_content[where.dest_start:where.dest_end]
        conflicts[k] = bool(long_names.intersection(long_content).difference(short_content))
    return conflicts


class Clusters:
    """Union-find over mention indices; a cluster's root is its smallest index, its earliest mention."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def union_pairs(self, first: np.ndarray, second: np.ndarray) -> None:
        for i, j in zip(first.tolist(), second.tolist()):
            a, b = self.find(i), self.find(j)
            if a != b:
                self.parent[max(a, b)] = min(a, b)

    def roots(self) -> np.ndarray:
        return np.array([self.find(i) for i in range(len(self.parent))], dtype=np.int64)


def link(n: int, first: np.ndarray, second: np.ndarray, same: np.ndarray, similar: np.ndarray,
         lengths: np.ndarray, *, attach_only: np.ndarray, uncertain: np.ndarray, weak: np.ndarray,
         copies: np.ndarray | None = None, reported: np.ndarray | None = None) -> np.ndarray:
    """The cluster root of each mention: the smallest index in its cluster.

    Near-identical pairs join their clusters (groups of copies), unless ``attach_only``. In every
    other accepted pair one mention attaches to the other: the ``uncertain`` one (unknown date or
    speaker), else the one with fewer content words, else the later one. Each attaching mention
    joins the one mention it matches best (a copy, else a text it is part of, highest score, then
    earliest). A ``weak`` match (a long part in other words) only brings a lone mention in: it never
    merges two groups of copies, which are two statements each carried by several outlets.
    ``copies``: how many mentions each index stands for (1 each by default). ``reported``: indirect
    mentions, which attach to a quotation and never host one.
    """
    clusters = Clusters(n)
    joins = (same > 0) & ~attach_only
    clusters.union_pairs(first[joins], second[joins])
    copy_group = clusters.roots()
    lone = np.bincount(copy_group, weights=np.ones(n) if copies is None else copies, minlength=n)[copy_group] == 1
    attaches = ~joins & ((same > 0) | (similar > 0))
    i, j = first[attaches], second[attaches]
    score = np.maximum(same[attaches], similar[attaches])
    # a mention of known date and speaker never hangs on an uncertain one: else an undated text
    # holding phrases of two statements made weeks apart would tie them together
    i_attaches = np.where(uncertain[i] != uncertain[j], uncertain[i],
                          (lengths[i] < lengths[j]) | ((lengths[i] == lengths[j]) & (i > j)))
    if reported is not None:
        i_attaches = np.where(reported[i] != reported[j], reported[i], i_attaches)
    child, host = np.where(i_attaches, i, j), np.where(i_attaches, j, i)
    # the best match: a near-identical copy, else a text it is a version or part of, and only then
    # a part of it (an undated full text has copies to join before any fragment it contains)
    rank = np.where(same[attaches] > 0, 0, np.where(lengths[child] > lengths[host], 2, 1))
    order = np.lexsort((host, -score, rank, child))
    first_of_child = np.ones(len(order), bool)
    first_of_child[1:] = child[order][1:] != child[order][:-1]
    best = order[first_of_child]
    brings_lone = ~weak[attaches][best] | lone[child[best]] | lone[host[best]]
    clusters.union_pairs(child[best][brings_lone], host[best][brings_lone])
    return clusters.roots()


def quotes_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per quote_id, in order of first appearance (date, article, position).

    text: the longest version (the fullest wording an outlet printed; the earliest among equals);
    speaker: that of the earliest attributed mention. A quote's quoted words come before its
    indirect versions for both: the text is the longest quotation when there is one.
    """
    columns = ["quote_id", "speaker_id", "speaker", "text", "first_published", "last_published",
               "n_mentions", "n_outlets", "outlets"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    ordered = _order(mentions).reset_index(drop=True)
    reported = ordered["kind"] == "indirect" if "kind" in ordered else pd.Series(False, index=ordered.index)
    lengths = ordered["text"].str.len()
    ordered["_length"] = lengths.where(~reported, lengths - lengths.max() - 1)
    groups = ordered.groupby("quote_id", sort=False)
    quotes = groups.size().rename("n_mentions").to_frame()
    quotes["text"] = ordered.loc[groups["_length"].idxmax(), "text"].to_numpy()
    attributed = ordered[ordered["speaker_id"].notna()].assign(_reported=reported).sort_values(
        "_reported", kind="stable").groupby("quote_id", sort=False).head(1).set_index("quote_id")
    quotes["speaker_id"] = attributed["speaker_id"]
    quotes["speaker"] = attributed["speaker"]
    dates = groups["_published"]
    quotes["first_published"] = dates.min().dt.date
    quotes["last_published"] = dates.max().dt.date
    quotes["outlets"] = groups["outlet"].agg(lambda outlets: sorted(set(outlets.dropna())))
    quotes["n_outlets"] = quotes["outlets"].map(len)
    quotes = quotes.reset_index()
    return quotes.astype({"first_published": object, "last_published": object}).where(quotes.notna(), None)[columns]
