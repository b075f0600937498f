"""Typed records that flow between the stages. DataFrames appear only at the edges (store, export)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Literal, get_args

#: direct: a whole clause in quotation marks; partial: quoted words inside the writer's sentence;
#: indirect: the content clause of a reporting verb, marks or not ("Hamas said the talks would resume")
MentionKind = Literal["direct", "partial", "indirect"]
MENTION_KINDS: tuple[MentionKind, ...] = get_args(MentionKind)
#: the kinds whose text is the speaker's own words, as printed between quotation marks
QUOTATION_KINDS: tuple[MentionKind, ...] = ("direct", "partial")


class AttributionKind(str, Enum):
    """How a mention's speaker was found: the ``attribution`` column (a rough guide to confidence).
    The README's table of these values is checked against this list by a test."""

    SYNTAX = "syntax"  # the cue governs the quote in the parse: "...," Naim told AFP
    ADJACENT = "adjacent"  # a cue and a plain noun phrase right next to the quote
    SENTENCE = "sentence"  # a cue elsewhere in the quote's sentence
    ACCORDING = "according"  # "according to X"
    COLON = "colon"  # a colon introduction: "Caddell continued: "...""
    HEADLINE = "headline"  # 'Quote': Hamas
    SIGNATURE = "signature"  # "Quote" ― Jacklyn Ashley
    SUBJECT = "subject"  # no cue: the subject of the quote's sentence ("He also seeks "...")
    LEAD_IN = "lead-in"  # a floating quote after a sentence about a named speaker
    TRANSCRIPT = "transcript"  # an interview turn: "WALLACE: ..."
    INHERITED = "inherited"  # the speaker of the quotation a floating quote continues
    NONE = "none"  # no speaker found

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Article:
    """One news article as ingested. ``text`` is what offsets point into."""

    article_id: str
    text: str
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    #: where ``published`` came from: manifest | html | jsonl | text | None
    date_source: str | None = None
    encoding: str = "utf-8"
    #: ok | skipped | error; a skipped or failed article keeps its reason in ``error``
    status: str = "ok"
    error: str | None = None
    #: character ranges of boilerplate (captions, footers) that extraction must not read
    boilerplate: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def replace(self, **changes) -> Article:
        return dataclasses.replace(self, **changes)


@dataclass
class Mention:
    """One quote occurrence in one article: the per-article columns of the ``mentions`` table.

    Corpus-level columns (speaker_id, quote_id, and the canonical ``speaker``) are filled later,
    by the corpus stage, on DataFrames.
    """

    article_id: str
    start: int
    end: int
    text: str
    kind: MentionKind = "direct"
    speaker: str | None = None  # the name the article gives the speaker (resolved in-article)
    speaker_kind: str = "unknown"  # person | organization | anonymous | unknown
    speaker_mention: str | None = None  # the words the quote is attributed to, e.g. "he"
    speaker_start: int | None = None
    speaker_end: int | None = None
    #: the name mention the speaker words were resolved to ("Majed Al-Ansari" for "he"): an audit trail
    speaker_antecedent_start: int | None = None
    speaker_antecedent_end: int | None = None
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    channel: str | None = None
    #: how the speaker was found (AttributionKind's value)
    attribution: str = AttributionKind.NONE.value
    said_on: dt.date | None = None
    said_on_source: str | None = None  # text | published | None
    context: str | None = None  # the sentence (or paragraph) around the quote
    outlet: str | None = None
    published: dt.date | None = None

    @property
    def mention_id(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"

    def to_dict(self) -> dict:
        row = {"mention_id": self.mention_id}
        row.update({f.name: getattr(self, f.name) for f in fields(self)})
        row["attribution"] = str(row["attribution"])  # a plain string in tables and caches
        return row

    @classmethod
    def from_dict(cls, row: dict) -> Mention:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass
class ExtractResult:
    """What the per-article stage returns: the article's mentions and anything worth reporting."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    status: str = "ok"
    error: str | None = None
