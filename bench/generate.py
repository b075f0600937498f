"""Synthetic mention tables with known truth, for the dedup benchmark.

A statement is one to three sentences built from `vocab.TEMPLATES` with one topic's phrases; every
statement is carried by one or more outlets, each in its own version: a copy, a re-punctuated copy,
a fragment, one sentence of it, dropped or swapped words, light rewording, or another translation
(words changed, the time moved to the front); some fragments are reworded too. Speakers are many,
their activity is skewed (a few speak a lot), and a speaker makes several statements on the same
days about the same topic, so that different statements share words and frames. A few mentions
have no speaker, no date, or carry an organisation's statement under its spokesperson's name.

`generate_mentions(n)` returns a DataFrame with the columns `quotetrack.cluster_quotes` reads, plus
`statement` (the truth) and `version` (how the text was made from the statement's).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from . import vocab

START = dt.date(2025, 1, 1)
PERIOD_DAYS = 120
MAX_STATEMENTS_A_DAY = 8
MEAN_VERSIONS = 1 / 0.35  # mentions per statement: the mean of the geometric draw below
#: two sentences of a speaker with the same frame within this many days differ in two slots or more
FRAME_REUSE_DAYS = 7
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass
class Speaker:
    speaker_id: str
    name: str
    kind: str
    topics: list[str]
    affiliation: str | None = None
    spokesperson: Speaker | None = None
    active_days: list[int] = field(default_factory=list)


def _speakers(rng: random.Random, n_speakers: int) -> list[Speaker]:
    topics = list(vocab.TOPICS)
    speakers: list[Speaker] = []
    used: set[str] = set()
    while len(speakers) < n_speakers:
        if rng.random() < 0.3:
            name = f"{rng.choice(vocab.COUNTRIES)} {rng.choice(vocab.ORGANISATION_KINDS)}"
            kind = "organization"
        else:
            name = f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)}"
            kind = "person"
        if name in used:
            name = f"{name} {len(speakers)}"
        used.add(name)
        chosen = rng.sample(topics, rng.choice((1, 1, 2)))
        speaker = Speaker(f"s{len(speakers):05d}", name, kind, chosen)
        if kind == "organization" and rng.random() < 0.5 and len(speakers) + 1 < n_speakers:
            person = f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)} {len(speakers) + 1}"
            speaker.spokesperson = Speaker(f"s{len(speakers) + 1:05d}", person, "person", chosen, affiliation=name)
            speakers.extend([speaker, speaker.spokesperson])
        else:
            speakers.append(speaker)
    return speakers


class _Writer:
    """Sentences for one speaker's statements, never the same frame with nearly the same words twice
    within FRAME_REUSE_DAYS (a repeated sentence would be the same statement, not a new one)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: dict[tuple[str, int], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)

    def sentence(self, speaker: Speaker, topic: str, day: int) -> str:
        """One sentence; an organisation and its spokesperson count as one voice."""
        voice = speaker.affiliation or speaker.name
        phrases = vocab.TOPICS[topic]
        for _ in range(50):
            frame_index = self.rng.randrange(len(vocab.TEMPLATES))
            frame = vocab.TEMPLATES[frame_index]
            fills = self._fills(frame, phrases)
            recent = [old for when, old in self.used[(voice, frame_index)] if abs(when - day) <= FRAME_REUSE_DAYS]
            if all(sum(a != b for a, b in zip(old, fills)) >= 2 for old in recent):
                break
        self.used[(voice, frame_index)].append((day, fills))
        slots = iter(fills)
        text = _SLOT.sub(lambda _m: next(slots), frame)
        return text[0].upper() + text[1:]

    def _fills(self, frame: str, phrases: dict[str, list[str]]) -> tuple[str, ...]:
        fills = []
        for slot in _SLOT.findall(frame):
            if slot == "time":
                fills.append(self.rng.choice(vocab.TIMES))
            elif slot == "goal2":
                fills.append(self.rng.choice([g for g in phrases["goal"] if g not in fills]))
            else:
                fills.append(self.rng.choice(phrases[slot]))
        return tuple(fills)


# -- versions of a statement as outlets print them --------------------------------------------------
def _copy(rng: random.Random, text: str) -> str:
    return text


def _restyle(rng: random.Random, text: str) -> str:
    """Case, punctuation and quote-style changes."""
    if rng.random() < 0.5:
        text = text.replace("'", "\u2019")
    if rng.random() < 0.5 and text[-1:] in ".!?":
        text = text[:-1] + rng.choice((",", "", "..."))
    if rng.random() < 0.3:
        text = text.replace(",", "")
    if rng.random() < 0.3:
        text = text.replace(":", " -")
    if rng.random() < 0.2:
        text = text[0].lower() + text[1:]
    if rng.random() < 0.05:
        text = text.upper()
    return text


def _fragment(rng: random.Random, text: str) -> str:
    words = text.split()
    if len(words) <= 5:
        return text
    length = rng.randint(4, min(15, len(words) - 1))
    start = rng.randrange(len(words) - length + 1)
    fragment = " ".join(words[start:start + length]).rstrip(",;:")
    return fragment[0].lower() + fragment[1:] if rng.random() < 0.7 else fragment


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def _one_sentence(rng: random.Random, text: str) -> str:
    sentences = _sentences(text)
    return rng.choice(sentences) if len(sentences) > 1 else _fragment(rng, text)


_NEGATION = re.compile(r"\b(?:not|no|never|nobody|cannot)\b|n't\b", re.I)


def _drop_words(rng: random.Random, text: str) -> str:
    """One or two words left out; never a negation (without it the statement says the opposite)."""
    words = text.split()
    for _ in range(rng.choice((1, 1, 2))):
        droppable = [i for i, word in enumerate(words) if i > 0 and not _NEGATION.search(word)]
        if len(words) > 4 and droppable:
            del words[rng.choice(droppable)]
    return " ".join(words)


def _swap_words(rng: random.Random, text: str) -> str:
    words = text.split()
    if len(words) > 3:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def _reword(rng: random.Random, text: str) -> str:
    """One to three substitutions of words or phrases, as another outlet or translation would."""
    options = [(a, b) for a, b in vocab.REWORDINGS if re.search(rf"\b{re.escape(a)}\b", text, re.I)]
    options += [(b, a) for a, b in vocab.REWORDINGS if re.search(rf"\b{re.escape(b)}\b", text, re.I)]
    if not options:
        return _drop_words(rng, text)
    for old, new in rng.sample(options, min(len(options), rng.choice((1, 2, 3)))):
        text = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1, flags=re.I)
    if rng.random() < 0.3:
        text = _drop_words(rng, text)
    return text


_TIME = re.compile(r"\s(" + "|".join(re.escape(t) for t in sorted(vocab.TIMES, key=len, reverse=True)) + r")\b")


def _retell(rng: random.Random, text: str) -> str:
    """Another translation: the time moved to the front, a tense or an article changed, other words."""
    moved = _TIME.search(text)
    if moved and rng.random() < 0.7:
        rest = (text[: moved.start()] + text[moved.end():]).strip()
        text = f"{moved.group(1)[0].upper()}{moved.group(1)[1:]}, {rest[0].lower()}{rest[1:]}"
    if rng.random() < 0.5:
        text = re.sub(r"\bwill (?!not\b)(\w+)", lambda m: m.group(1) + ("" if m.group(1).endswith("s") else "s"), text, count=1)
    if rng.random() < 0.5:
        text = re.sub(r"\bthe ", "", text, count=1)
    return _reword(rng, text)


#: (version maker, weight) for every mention after the first, which is the full text
VERSIONS = [
    (_copy, 0.25), (_restyle, 0.20), (_fragment, 0.16), (_one_sentence, 0.10),
    (_drop_words, 0.08), (_swap_words, 0.06), (_reword, 0.10), (_retell, 0.05),
]


def _version(rng: random.Random, text: str) -> tuple[str, str]:
    """(version text, how it was made)"""
    makers, weights = zip(*VERSIONS)
    maker = rng.choices(makers, weights)[0]
    version = maker(rng, text)
    if maker in (_fragment, _one_sentence) and rng.random() < 0.12:
        version = _reword(rng, version)  # a partial quote in another translation
    if maker in (_fragment, _one_sentence, _reword, _retell) and rng.random() < 0.3:
        version = _restyle(rng, version)
    return version, maker.__name__.strip("_")


def generate_mentions(n_mentions: int, *, seed: int = 0) -> pd.DataFrame:
    """``n_mentions`` mention rows with the truth in column ``statement``."""
    rng = random.Random(seed)
    speakers = _speakers(rng, max(20, n_mentions // 120))
    # skewed activity (Zipf-like), but nobody makes more than MAX_STATEMENTS_A_DAY statements a day
    # on average (the busiest speaker of the 25k table makes 7): a bigger table has more speakers,
    # not busier ones, so that the sizes differ in size, not in how crowded a speaker's days are
    n_statements = n_mentions / MEAN_VERSIONS
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(speakers))]
    ceiling = MAX_STATEMENTS_A_DAY * PERIOD_DAYS / n_statements * sum(weights)
    weights = [min(w, ceiling) for w in weights]
    rng.shuffle(weights)
    total = sum(weights)
    cumulative = list(itertools.accumulate(weights))
    for speaker, weight in zip(speakers, weights):
        # about four statements on each active day: several statements on the same days
        n_days = max(1, round(n_statements * weight / total / 4))
        speaker.active_days = rng.sample(range(PERIOD_DAYS), min(PERIOD_DAYS, n_days))
    writer = _Writer(rng)
    outlets = vocab.OUTLETS
    rows: list[dict] = []
    statement = 0
    while len(rows) < n_mentions:
        speaker = rng.choices(speakers, cum_weights=cumulative)[0]
        day = rng.choice(speaker.active_days)
        topic = rng.choice(speaker.topics)
        text = " ".join(writer.sentence(speaker, topic, day) for _ in range(rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0]))
        n_versions = min(20, _geometric(rng, 0.35), n_mentions - len(rows))
        carriers = rng.sample(range(len(outlets)), n_versions)
        for k in range(n_versions):
            version, how = (text, "first") if k == 0 else _version(rng, text)
            if k == 0 and rng.random() < 0.3:
                version = _restyle(rng, version)
            said_by = speaker
            if speaker.spokesperson is not None and k > 0 and rng.random() < 0.1:
                said_by = speaker.spokesperson
            no_speaker = rng.random() < 0.02
            lag = rng.choices((0, 1, 2, 3), (0.65, 0.25, 0.07, 0.03))[0]
            outlet = carriers[k] if rng.random() > 0.05 else carriers[0]
            published = None if rng.random() < 0.02 else START + dt.timedelta(days=day + lag)
            rows.append({
                "article_id": f"{outlet:02d}-{day + lag:03d}-{rng.randrange(3)}",
                "outlet": outlets[outlet],
                "published": published,
                "speaker_id": None if no_speaker else said_by.speaker_id,
                "speaker": None if no_speaker else said_by.name,
                "speaker_kind": "unknown" if no_speaker else said_by.kind,
                "affiliation": None if no_speaker else said_by.affiliation,
                "text": version,
                "statement": statement,
                "version": how,
            })
        statement += 1
    frame = pd.DataFrame(rows)
    # offsets in the article: mention ids as the extractor makes them (article id and offsets)
    lengths = frame["text"].str.len() + 40
    start = lengths.groupby(frame["article_id"]).cumsum() - lengths
    frame["start"] = start
    frame["end"] = start + frame["text"].str.len()
    frame.insert(0, "mention_id", frame["article_id"] + ":" + frame["start"].astype(str) + "-" + frame["end"].astype(str))
    return frame


def _geometric(rng: random.Random, p: float) -> int:
    """1, 2, 3... with P(k) = (1 - p)^(k - 1) p: most statements are carried by a few outlets."""
    k = 1
    while rng.random() > p:
        k += 1
    return k
