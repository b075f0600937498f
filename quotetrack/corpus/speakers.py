"""One identity per speaker across the corpus.

Works on the mentions table (no spaCy objects). Each article has already resolved its own
surnames, pronouns and roles to the fullest name it gives; here those names meet across articles:

- people: "John Kirby" in two outlets is one speaker; a fuller name absorbs a shorter one with the
  same surname and agreeing first names ("Hillary Clinton", "Hillary Rodham Clinton"); a bare
  surname ("Kirby", when an article never gives the full name) joins the one full name with that
  surname, or, when several people share it, the one whose roles and affiliations it shares far
  more often than the others'; two people who share a surname stay apart;
- organisations match on their name without "the" or a possessive;
- anonymous sources ("a US official") keep their description and are never merged across articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

import pandas as pd

from ..names import first_names_agree, name_parts, organisation_key, surname_key

_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
# words of roles that say nothing about who someone is ("the spokesman" of what?)
_GENERIC_CONTEXT = frozenset("the a an of for and in at to spokesman spokeswoman official".split())


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "speaker"


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


def _row_key(row) -> str | None:
    """Rows with one key are one speaker before merging. A bare surname is only known to be the
    same person within its article ("clinton@a3"): merge_people decides across articles."""
    if not isinstance(row.speaker, str) or not row.speaker:
        return None
    if row.speaker_kind == "anonymous":
        return f"anonymous|{row.article_id}|{row.speaker.lower()}"
    if row.speaker_kind == "organization":
        return f"organization|{organisation_key(row.speaker)}"
    parts = name_parts(row.speaker)
    return f"person|{' '.join(parts)}" + (f"@{row.article_id}" if len(parts) == 1 else "")


def _context_words(values) -> set[str]:
    """Lowercase words of roles and affiliations, for telling same-surname people apart."""
    words: set[str] = set()
    for value in values:
        if isinstance(value, str):
            words.update(w.strip(".,'’s").lower() for w in value.split())
    return {w for w in words if len(w) > 1} - _GENERIC_CONTEXT


#: how many times more of its mentions one full name must share a bare surname's role words with
#: than the next, to take it ("President" is one Obama's 72 times, another's once, by one article's slip)
_DOMINANCE = 3


def assign_speakers(mentions: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with ``speaker_id`` set and ``speaker`` replaced by the canonical name.

    The quotations' speakers are found as if there were no indirect mentions (kind "indirect"):
    a quote's speaker never changes because indirect speech was read. An indirect mention takes
    the identity its speaker has among the quotations; a speaker of indirect speech only gets an
    identity of their own."""
    reported = (mentions["kind"] == "indirect").to_numpy() if "kind" in mentions else None
    if reported is None or not reported.any():
        return _assign(mentions)
    quoted = _assign(mentions[~reported])
    everyone = _assign(mentions)
    # each identity seen through every mention -> the quotations' identity of most of its quotations
    among_quotes = pd.DataFrame({"id": everyone.loc[quoted.index, "speaker_id"],
                                 "quoted": list(zip(quoted["speaker_id"], quoted["speaker"]))}).dropna()
    identity = among_quotes.groupby("id")["quoted"].agg(lambda found: found.value_counts().index[0])
    result = everyone.copy()
    result.loc[quoted.index, ["speaker_id", "speaker"]] = quoted[["speaker_id", "speaker"]]
    own_ids = everyone.loc[mentions.index[reported], "speaker_id"].dropna()
    joined = own_ids[own_ids.isin(identity.index)]
    result.loc[joined.index, ["speaker_id", "speaker"]] = pd.DataFrame(
        [identity[i] for i in joined], index=joined.index, columns=["speaker_id", "speaker"])
    # a speaker of indirect speech only keeps their id, unless a quotation's speaker has it
    alone = own_ids[~own_ids.isin(identity.index)]
    quoted_ids = set(quoted["speaker_id"].dropna())
    taken = quoted_ids | set(alone)
    renamed = {i: _unique_id(i, taken) for i in sorted(set(alone) & quoted_ids)}
    result.loc[alone.index, "speaker_id"] = [renamed.get(i, i) for i in alone]
    return result


def _assign(mentions: pd.DataFrame) -> pd.DataFrame:
    mentions = mentions.copy()
    keys = [_row_key(row) for row in mentions.itertuples(index=False)]
    # each person's role words, counted by the mentions that carry them
    context: dict[str, Counter] = defaultdict(Counter)
    for key, role, affiliation in zip(keys, mentions["role"], mentions["affiliation"]):
        if key and key.startswith("person|"):
            context[key.split("|", 1)[1]].update(_context_words([role, affiliation]))
    people = merge_people({k.split("|", 1)[1] for k in keys if k and k.startswith("person|")}, context)
    canonical_key = [(f"person|{people[k.split('|', 1)[1]]}" if k and k.startswith("person|") else k) for k in keys]
    names_by_key: dict[str, Counter] = defaultdict(Counter)
    for key, name in zip(canonical_key, mentions["speaker"]):
        if key:
            names_by_key[key][name] += 1
    canonical_name = {key: _best_name(counter) for key, counter in names_by_key.items()}
    ids = _speaker_ids(canonical_name)
    mentions["speaker_id"] = [ids.get(k) if k else None for k in canonical_key]
    mentions["speaker"] = [canonical_name.get(k) if k else None for k in canonical_key]
    return mentions


def merge_people(name_keys: set[str], context: dict[str, Counter] | None = None) -> dict[str, str]:
    """Map each person's name key (lowercase name words, a bare surname with "@article") to the
    key of the identity it joins.

    A fuller name absorbs a shorter one with agreeing first names. A bare surname joins the only
    full name with that surname, or the one whose roles it shares; with no full name at all, bare
    surnames of every article are one person; otherwise an unresolved one stays on its own.
    """
    context = context or {}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in name_keys:
        by_surname[surname_key(key.split("@")[0])].append(key)
    mapping: dict[str, str] = {}
    for keys in by_surname.values():
        heads: list[str] = []
        for key in sorted(keys, key=lambda k: (-len(k.split("@")[0].split()), k)):
            parts = key.split("@")[0].split()
            if len(parts) > 1:
                fuller = [h for h in heads if first_names_agree(h.split(), parts)]
            else:
                fuller = _by_context(heads, set(context.get(key, ())), context)
            if fuller:
                mapping[key] = fuller[0]
            elif len(parts) == 1:
                mapping[key] = key if heads else key.split("@")[0]
            else:
                heads.append(key)
                mapping[key] = key
    return mapping


def _by_context(heads: list[str], words: set[str], context: dict[str, Counter]) -> list[str]:
    """The full name a bare surname belongs to: the only one; or the one that shares the most of
    its role words; among those that share as many, the one whose mentions carry them far more
    often than the others' (_DOMINANCE)."""
    if len(heads) == 1:
        return heads
    shared = {h: len(words & set(context.get(h, ()))) for h in heads}
    best = max(shared.values(), default=0)
    if best == 0:
        return []
    tied = [h for h in heads if shared[h] == best]
    if len(tied) == 1:
        return tied
    scored = sorted(((sum(context.get(h, Counter())[w] for w in words), h) for h in tied), reverse=True)
    return [scored[0][1]] if scored[1][0] * _DOMINANCE <= scored[0][0] else []


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
        ids[key] = _unique_id(base, taken)
    return ids


def _unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first not in ``taken`` (which it joins)."""
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def name_in_words(words: str | None, name: str, kind: str) -> str | None:
    """The part of a speaker's words that names them: "Qatar's Foreign Ministry spokesman Majed
    Al-Ansari" -> "Majed Al-Ansari", "Ansari" -> "Ansari", "the US president" -> None."""
    if not isinstance(words, str) or not words:
        return None
    tokens = words.split()
    if kind == "organization":
        if tokens[0].lower() == "the":
            tokens = tokens[1:]
        text = " ".join(tokens)
        return text if tokens and organisation_key(text) == organisation_key(name) else None
    parts = set(name_parts(name)) | {surname_key(name)}
    suffix: list[str] = []
    for token in reversed(tokens):
        clean = re.sub(r"(?:'s|’s)$", "", token)
        if _NAME_WORD.match(clean) and (set(name_parts(clean)) & parts or surname_key(clean) in parts):
            suffix.insert(0, clean)
        else:
            break
    return " ".join(suffix) or None


def speakers_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker_id: name, kind, roles with the dates seen, aliases, counts.

    One pass over the rows in plain Python: a pandas groupby per speaker costs milliseconds each,
    which a corpus with tens of thousands of speakers cannot afford.
    """
    columns = ["speaker_id", "speaker", "speaker_kind", "role", "affiliation", "speaker_mention", "published",
               "quote_id"]
    present = [c for c in columns if c in mentions.columns]
    seen: dict[str, dict] = {}
    for row in mentions[present].itertuples(index=False, name=None):
        values = dict(zip(present, row))
        speaker_id = values["speaker_id"]
        if not isinstance(speaker_id, str):
            continue
        entry = seen.get(speaker_id)
        if entry is None:
            entry = seen[speaker_id] = {"name": values["speaker"], "kinds": Counter(), "roles": {}, "affiliations": Counter(),
                                        "words": set(), "quotes": set(), "dates": [], "n": 0}
        entry["n"] += 1
        entry["kinds"][values["speaker_kind"]] += 1
        day = _day(values.get("published"))
        if day is not None:
            entry["dates"].append(day)
        role = values.get("role")
        if isinstance(role, str):
            entry["roles"].setdefault(role, []).append(day)
        if isinstance(values.get("affiliation"), str):
            entry["affiliations"][values["affiliation"]] += 1
        if isinstance(values.get("speaker_mention"), str):
            entry["words"].add(values["speaker_mention"])
        entry["quotes"].add(values.get("quote_id", entry["n"]))
    rows = []
    for speaker_id in sorted(seen):
        entry = seen[speaker_id]
        name, kind = entry["name"], entry["kinds"].most_common(1)[0][0]
        aliases = {name}
        if kind != "anonymous":
            aliases.update(a for a in (name_in_words(w, name, kind) for w in entry["words"]) if a)
        roles = []
        for role in sorted(entry["roles"]):
            days = [d for d in entry["roles"][role] if d is not None]
            roles.append({"role": role, "first_seen": min(days) if days else None, "last_seen": max(days) if days else None})
        affiliations = entry["affiliations"]
        rows.append({
            "speaker_id": speaker_id, "name": name, "kind": kind, "roles": roles,
            # the most frequent affiliation, the first in alphabetical order among equals
            "affiliation": min(affiliations, key=lambda a: (-affiliations[a], a)) if affiliations else None,
            "aliases": sorted(aliases), "n_mentions": entry["n"], "n_quotes": len(entry["quotes"]),
            "first_seen": min(entry["dates"]) if entry["dates"] else None,
            "last_seen": max(entry["dates"]) if entry["dates"] else None,
        })
    return pd.DataFrame(rows)


def _day(value):
    """A date from a date, a Timestamp or an ISO string; None when missing."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, str):
        return pd.Timestamp(value).date()
    return value
