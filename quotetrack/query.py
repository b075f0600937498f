"""Questions asked of a built dataset: filters behind `quotetrack list`, `speakers` and `show`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection

import pandas as pd

from .names import name_parts, surname_key
from .records import MENTION_KINDS
from .store import Dataset, view
from .text import sentence_bounds

#: how a speaker the text does not name is shown: by the words it uses, in brackets, so that they
#: never read as a name ("[a US official]", "[researchers]")
UNNAMED = "[{}]"
#: a quote the text gives no speaker at all
NO_SPEAKER = "(no speaker)"
_WORD = re.compile(r"\w+")


def speaker_ids_matching(ds: Dataset, query: str) -> set[str]:
    """Speakers whose canonical name, an alias, or surname is ``query`` (case-insensitive)."""
    wanted = query.strip().lower()
    wanted_surname = surname_key(query) if len(name_parts(query)) == 1 else None
    ids: set[str] = set()
    table = ds.speakers
    for speaker_id, name, aliases, kind in zip(table["speaker_id"], table["name"], table["aliases"], table["kind"]):
        names = [name, *(list(aliases) if aliases is not None else [])]
        if any(isinstance(n, str) and n.lower() == wanted for n in names):
            ids.add(speaker_id)
        elif wanted_surname and kind == "person" and surname_key(name) == wanted_surname:
            ids.add(speaker_id)
    return ids


def unnamed_speakers(mentions: pd.DataFrame) -> pd.Series:
    """For each mention whose speaker the text does not name, the words it uses instead: an
    anonymous source's description ("a US official"), or the words a quote is attributed to when
    they name no one ("researchers", "the Berlin wine merchant"); None for a named speaker."""
    no_name = mentions["speaker"].fillna("") == ""
    words = mentions["speaker_mention"].where(no_name & (mentions["speaker_mention"].fillna("") != ""))
    return words.mask(mentions["speaker_kind"] == "anonymous", mentions["speaker"]).astype(object)


def speaker_label(name: str | None, unnamed: str | None) -> str:
    """A speaker as people read it: the name, [the words] for one the text does not name, or
    (no speaker)."""
    if isinstance(unnamed, str) and unnamed:
        return UNNAMED.format(unnamed)
    return name if isinstance(name, str) and name else NO_SPEAKER


def speaker_matches(ds: Dataset, mentions: pd.DataFrame, query: str) -> pd.Series:
    """Which ``mentions`` are of the speaker ``query`` names: a canonical name, an alias or a
    surname (any case), and words an unnamed speaker is given ("US official" finds "a US
    official", "Hamas" also "a Hamas official"). A person's name finds that person only, not "[a
    Weber supporter]" nor "[Weber's aides]"."""
    named = speaker_ids_matching(ds, query)
    by_name = mentions["speaker_id"].isin(named)
    speakers = ds.speakers
    if (speakers.loc[speakers["speaker_id"].isin(named), "kind"] == "person").any():
        return by_name
    words = _words(query)
    return by_name | unnamed_speakers(mentions).map(lambda w: isinstance(w, str) and _contains(_words(w), words)).astype(bool)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _contains(words: list[str], run: list[str]) -> bool:
    """``run`` occurs in ``words`` as consecutive words."""
    return bool(run) and any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def select(ds: Dataset, *, speaker: str | None = None, since: str | dt.date | None = None,
           until: str | dt.date | None = None, outlet: str | None = None, contains: str | None = None,
           mentions: bool = False, limit: int | None = None, kinds: Collection[str] | None = None) -> pd.DataFrame:
    """Quotes (or, with ``mentions``, every occurrence) that pass all the given filters, oldest first,
    then in the order of the articles and of the text. ``kinds``: the mention kinds (direct,
    partial, indirect) kept, every kind when None.

    Quote rows carry the role most often given to their speaker in the quote's mentions, and
    ``kind``: the kinds of those mentions ("partial,indirect"). Both carry ``unnamed_speaker``,
    after ``speaker``: the words used for a speaker the text does not name.
    """
    all_mentions = ds.frame("mentions")
    table = mentions_of_kinds(all_mentions, kinds)
    if speaker:
        table = table[speaker_matches(ds, table, speaker)]
    if outlet:
        table = table[table["outlet"].fillna("").str.contains(outlet, case=False, regex=False)]
    if contains:
        table = table[table["text"].str.contains(contains, case=False, regex=False)]
    published = pd.to_datetime(table["published"])
    if since:
        table = table[published >= pd.Timestamp(since)]
    if until:
        table = table[published.loc[table.index] <= pd.Timestamp(until)]
    if mentions:
        result = table.sort_values(["published", "article_id", "start"], na_position="last")
        result.insert(_after(result, "speaker"), "unnamed_speaker", unnamed_speakers(result))
    else:
        roles = table.groupby("quote_id")["role"].agg(_most_common)
        quotes = ds.frame("quotes")
        result = quotes[quotes["quote_id"].isin(table["quote_id"])].copy()
        result.insert(3, "role", result["quote_id"].map(roles))
        result.insert(4, "kind", result["quote_id"].map(table.groupby("quote_id")["kind"].agg(_kinds)))
        result.insert(_after(result, "speaker"), "unnamed_speaker", quote_unnamed_speakers(result, all_mentions))
        result = in_reading_order(result, all_mentions)
    result = result.reset_index(drop=True)
    return result.head(limit) if limit else result


def mentions_of_kinds(mentions: pd.DataFrame, kinds: Collection[str] | None) -> pd.DataFrame:
    """The mentions of ``kinds`` (every one with None). A mention without a kind (from a table made
    by hand, or before indirect speech was read) is a quotation."""
    return mentions if kinds is None else mentions[_is_of(mentions, kinds)]


def _is_of(mentions: pd.DataFrame, kinds: Collection[str]) -> pd.Series:
    return mentions["kind"].fillna("direct").isin(list(kinds))


def of_kinds(ds: Dataset, kinds: Collection[str]) -> Dataset:
    """The dataset as a build that kept only the mentions of ``kinds`` would give it: those
    mentions, their quotes and their speakers, counted over them (a view in memory)."""
    keep = _is_of(ds.mentions, kinds)
    if keep.all():
        return ds
    from .corpus.dedup import quotes_table
    from .corpus.speakers import speakers_table

    mentions = ds.frame("mentions")[keep.to_numpy()]
    return dataclasses.replace(ds, mentions=ds.mentions[keep], quotes=view("quotes", quotes_table(mentions)),
                               speakers=view("speakers", speakers_table(mentions)))


def table_of_kinds(ds: Dataset, table: str, kinds: Collection[str] | None = None) -> pd.DataFrame:
    """A table of the dataset; with ``kinds``, only the mentions of those kinds, or the quotes
    that have one (the speakers and articles tables are whole)."""
    frame = ds.frame(table)
    if kinds is None or table not in ("mentions", "quotes"):
        return frame
    wanted = mentions_of_kinds(ds.frame("mentions"), kinds)
    return wanted if table == "mentions" else frame[frame["quote_id"].isin(wanted["quote_id"])]


def _kinds(kinds: pd.Series) -> str:
    """The distinct kinds of a quote's mentions, in the order of MENTION_KINDS: "direct,indirect"."""
    present = set(kinds)
    return ",".join(kind for kind in MENTION_KINDS if kind in present)


def _most_common(values: pd.Series) -> str | None:
    """The most frequent of ``values`` (the smallest when tied), None when every one is missing."""
    return values.mode().iloc[0] if values.notna().any() else None


def _after(frame: pd.DataFrame, column: str) -> int:
    """The position just after ``column`` of ``frame``, whose column names are unique."""
    position = frame.columns.get_loc(column)
    if not isinstance(position, int):
        raise ValueError(f"more than one column {column!r}")
    return position + 1


def quote_unnamed_speakers(quotes: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """``unnamed_speakers`` of quotes: for a quote whose speaker the text does not name, the words of
    its earliest mention that has some (the quote's own speaker for an anonymous source)."""
    words = mentions.assign(_words=unnamed_speakers(mentions), _published=pd.to_datetime(mentions["published"]))
    words = words[words["_words"].notna() & (words["speaker_id"].isna() | (words["speaker_kind"] == "anonymous"))]
    first = (words.sort_values(["_published", "article_id", "start"], na_position="last", kind="stable")
             .drop_duplicates("quote_id").set_index("quote_id")["_words"])
    anonymous = set(mentions.loc[mentions["speaker_kind"] == "anonymous", "speaker_id"].dropna())
    unnamed = quotes["speaker_id"].isna() | quotes["speaker_id"].isin(anonymous)
    return quotes["quote_id"].map(first).where(unnamed).astype(object)


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
    quote = match.iloc[0].copy()
    quote["unnamed_speaker"] = quote_unnamed_speakers(match, mentions).iloc[0]
    return quote, versions


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
