"""One identity per speaker across the corpus.

Works on the mentions table (no spaCy objects). Each article has already resolved its own
surnames and pronouns to the fullest name it gives; here those names meet across articles:
"Kirby" in one outlet and "John Kirby" in another become one speaker_id when John Kirby is the only
Kirby the corpus knows; "Hillary Clinton" and "Bill Clinton" stay apart; organisations match on
their name without "the"; anonymous sources are never merged across articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

import pandas as pd

from ..extract.mentions import _compatible, name_parts, organisation_key, surname_key

_PRONOUN_OR_NOMINAL = re.compile(r"^(?:he|she|it|they|we|i|the|a|an|another|this|that|its|his|her|their)\b", re.I)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "speaker"


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


def assign_speakers(mentions: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with ``speaker_id`` set and ``speaker`` replaced by the canonical name."""
    mentions = mentions.copy()
    keys: list[str | None] = []
    for row in mentions.itertuples(index=False):
        if not isinstance(row.speaker, str) or not row.speaker:
            keys.append(None)
        elif row.speaker_kind == "anonymous":
            keys.append(f"anonymous|{row.article_id}|{row.speaker.lower()}")
        elif row.speaker_kind == "organization":
            keys.append(f"organization|{organisation_key(row.speaker)}")
        else:
            keys.append(f"person|{' '.join(name_parts(row.speaker))}")
    people = _merge_people({k.split("|", 1)[1] for k in keys if k and k.startswith("person|")})
    canonical_key = [
        (f"person|{people[k.split('|', 1)[1]]}" if k and k.startswith("person|") else k) for k in keys
    ]
    names_by_key: dict[str, Counter] = defaultdict(Counter)
    for key, name in zip(canonical_key, mentions["speaker"]):
        if key:
            names_by_key[key][name] += 1
    canonical_name = {key: _best_name(counter) for key, counter in names_by_key.items()}
    ids = _speaker_ids(canonical_name)
    mentions["speaker_id"] = [ids.get(k) if k else None for k in canonical_key]
    mentions["speaker"] = [canonical_name.get(k) if k else None for k in canonical_key]
    return mentions


def _merge_people(full_keys: set[str]) -> dict[str, str]:
    """Map each person name key to the key of the identity it joins.

    A longer name absorbs a shorter one when the surname matches and the first names agree; a bare
    surname joins the only full name with that surname, and stays on its own when there are several.
    """
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in full_keys:
        by_surname[surname_key(key)].append(key)
    mapping: dict[str, str] = {}
    for keys in by_surname.values():
        longest_first = sorted(keys, key=lambda k: (-len(k.split()), k))
        heads: list[str] = []
        for key in longest_first:
            parts = key.split()
            fuller = [h for h in heads if len(parts) > 1 and _compatible(h.split(), parts)]
            if len(parts) == 1:
                fuller = heads if len(heads) == 1 else []
            if fuller:
                mapping[key] = fuller[0]
            else:
                heads.append(key)
                mapping[key] = key
    return mapping


def _best_name(counter: Counter) -> str:
    """The name to show: the fullest form, the most used among equals."""
    return max(counter.items(), key=lambda item: (len(name_parts(item[0])), item[1], item[0]))[0]


def _speaker_ids(canonical_name: dict[str, str]) -> dict[str, str]:
    """Readable, stable ids ("john-kirby"); anonymous sources get a hash of article and words."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(canonical_name):
        kind = key.split("|", 1)[0]
        if kind == "anonymous":
            _, article_id, words = key.split("|", 2)
            base = f"anon-{_short_hash(article_id, words)}"
        else:
            base = slug(canonical_name[key])
        candidate, n = base, 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        taken.add(candidate)
        ids[key] = candidate
    return ids


def speakers_table(mentions: pd.DataFrame, original_names: pd.Series | None = None) -> pd.DataFrame:
    """One row per speaker_id: name, kind, roles with the dates seen, aliases, counts."""
    rows = []
    named = mentions[mentions["speaker_id"].notna()]
    for speaker_id, group in named.groupby("speaker_id", sort=True):
        dates = group["published"].dropna()
        roles = []
        for role, rgroup in group[group["role"].notna()].groupby("role", sort=True):
            rdates = rgroup["published"].dropna()
            roles.append({"role": role, "first_seen": rdates.min() if len(rdates) else None,
                          "last_seen": rdates.max() if len(rdates) else None})
        aliases = set(group["speaker"].dropna())
        if original_names is not None:
            aliases.update(original_names.loc[group.index].dropna())
        aliases.update(m for m in group["speaker_mention"].dropna() if not _PRONOUN_OR_NOMINAL.match(m) and m[:1].isupper())
        affiliation = group["affiliation"].dropna()
        rows.append({
            "speaker_id": speaker_id,
            "name": group["speaker"].iloc[0],
            "kind": Counter(group["speaker_kind"]).most_common(1)[0][0],
            "roles": roles,
            "affiliation": affiliation.mode().iloc[0] if len(affiliation) else None,
            "aliases": sorted(aliases),
            "n_mentions": len(group),
            "n_quotes": group["quote_id"].nunique() if "quote_id" in group else len(group),
            "first_seen": dates.min() if len(dates) else None,
            "last_seen": dates.max() if len(dates) else None,
        })
    return pd.DataFrame(rows)
