"""The per-article stage: an Article in, its mentions out.

A pure function of (article, model, code version), so it can run in worker processes, on a Dask
cluster, and be cached by content hash. Each article is read in these steps:

1. candidates: the quotations on the raw text (candidates/direct.py), one QuoteState each;
2. parse: the paragraphs that hold candidates, as frames (frames.py: whole-clause quotes replaced
   by a placeholder), all articles of a batch at once;
3. attribution: the cue and the speaker's words of each candidate, in its own sentence
   (attribution/attribute.py); coref/resolver.py then names the context paragraphs it will read,
   which are parsed in a second round;
4. coreference: the article's names indexed (coref/evidence.py), every speaker's words resolved
   to a name (coref/resolver.py), transcript turns and floating quotes given their speaker
   (attribution/transcript.py, attribution/floating.py);
5. mentions: the words nobody said dropped (candidates/filters.py), the rest as Mention rows.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article, AttributionKind, Mention
from ..text import QuoteSpan, paragraph_spans
from . import when
from .attribution.attribute import attribute
from .attribution.floating import inherit
from .attribution.transcript import turn_speakers, turn_tag
from .candidates.direct import direct_quotes, quote_kind, without_joining_comma
from .candidates.filters import nobody_said
from .coref.evidence import index_entities, index_raw_names
from .coref.index import ArticleIndex
from .coref.resolver import context_paragraphs, finalize, resolve
from .frames import Frame, build_frame, dateline_end
from .state import QuoteState, Speaker

_CONTEXT_CHARS = 600


def extract_articles(articles: list[Article], nlp: Language, *,
                     batch_size: int = 64) -> list[list[Mention] | Exception]:
    """The per-article stage for several articles at once: their paragraphs go through the parser
    together (spaCy is several times faster on a batch than on one article's few paragraphs).
    Each article's result is its mentions, or the exception it raised: one bad article does not
    spoil the others."""
    readings = [ArticleReading.start(article) for article in articles]
    steps: list[Callable[[ArticleReading], None]] = [ArticleReading.attribute, ArticleReading.finish]
    # the words a batch adds to spaCy's vocabulary are freed when it is done: without this a
    # long build's memory grows with every new word it reads
    with nlp.memory_zone():
        for step in steps:
            live = [r for r in readings if r.error is None]
            _parse(live, nlp, batch_size)
            for reading in live:
                if reading.error is None:
                    try:
                        step(reading)
                    except Exception as exc:  # noqa: BLE001 - kept for this article only
                        reading.error = exc
        for reading in readings:
            reading.docs.clear()  # Docs must not outlive their zone
    return [r.error if r.error is not None else r.mentions for r in readings]


def _parse(readings: list[ArticleReading], nlp: Language, batch_size: int) -> None:
    """Parse what each reading wants, all in one batch; if the batch fails (a text the parser
    refuses), article by article, so that only the article at fault keeps the error."""
    wanted = [(r, p, text) for r in readings for p, text in r.wants()]
    try:
        for (reading, p, _), doc in zip(wanted, nlp.pipe((t for _, _, t in wanted), batch_size=batch_size)):
            reading.docs[p] = doc
    except Exception:  # noqa: BLE001 - narrowed down below
        for reading in readings:
            try:
                todo = reading.wants()
                for (p, _), doc in zip(todo, nlp.pipe(t for _, t in todo)):
                    reading.docs[p] = doc
            except Exception as exc:  # noqa: BLE001 - this article's own error
                reading.error = exc


class ArticleReading:
    """One article on its way through the stage: its candidates (one QuoteState each), the
    paragraphs it wants parsed as frames, and their parses. Parsing happens outside, in
    batches, in two rounds (see the module's steps)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.error: Exception | None = None
        self.mentions: list[Mention] = []
        self.docs: dict[int, Doc] = {}
        self.states: list[QuoteState] = []
        self.paragraphs: list[tuple[int, int]] = []
        self.frames: dict[int, Frame] = {}

    @classmethod
    def start(cls, article: Article) -> ArticleReading:
        """A reading with its candidates, or one that carries the error its article raised on the
        raw text (and wants nothing parsed)."""
        reading = cls(article)
        try:
            reading._find_candidates()
        except Exception as exc:  # noqa: BLE001 - kept for this article only
            reading.error, reading.states, reading.frames = exc, [], {}
        return reading

    def _find_candidates(self) -> None:
        text = self.article.text
        quotes = direct_quotes(text, self.article.boilerplate)
        self.paragraphs = paragraph_spans(text) if quotes else []
        starts = [lo for lo, _ in self.paragraphs]
        self.states = [QuoteState(q, max(0, bisect.bisect_right(starts, q.open_at) - 1)) for q in quotes]
        self.frames = {p: self._frame(p) for p in self._candidate_paragraphs()}

    def _candidate_paragraphs(self) -> list[int]:
        return sorted({state.paragraph for state in self.states})

    def _in_paragraph(self, p: int) -> list[QuoteState]:
        return [state for state in self.states if state.paragraph == p]

    def _frame(self, p: int) -> Frame:
        return build_frame(self.article.text, *self.paragraphs[p], [s.span for s in self._in_paragraph(p)])

    def wants(self) -> list[tuple[int, str]]:
        """(paragraph, frame text) of every frame not parsed yet."""
        return [(p, frame.text) for p, frame in self.frames.items() if p not in self.docs]

    def attribute(self) -> None:
        """Round one: the cue and speaker words of each candidate, within its own paragraph;
        then the context paragraphs the resolver will read are framed for round two."""
        context: set[int] = set()
        for p in self._candidate_paragraphs():
            doc, frame = self.docs[p], self.frames[p]
            mine = self._in_paragraph(p)
            for state, found in zip(mine, attribute(doc, [frame.quote_tokens(doc, s.span) for s in mine])):
                state.attribution = found
            context |= context_paragraphs(self.article.text, self.paragraphs, p, doc,
                                          [s.attribution for s in mine if s.attribution is not None])
        for p in context - set(self.frames):
            self.frames[p] = self._frame(p)

    def finish(self) -> None:
        """Round two: names resolved across the article, cue-less quotes inherit, mentions built."""
        if not self.states:
            return
        text = self.article.text
        index = ArticleIndex(text)
        index_entities(self.docs, self.frames, index)
        index_raw_names(text, self.paragraphs, [(s.span.open_at, s.span.end) for s in self.states], index)
        for state in self.states:
            p, att = state.paragraph, state.attribution
            if att is not None and att.found:
                state.speaker = resolve(self.docs[p], self.frames[p], p, att, index)
        turn_speakers(text, self.states, index)
        inherit(self.states, self.docs, self.frames, index)
        finalize(self.states, index)
        self.mentions = list(self._mentions())

    def _mentions(self) -> Iterator[Mention]:
        text, article = self.article.text, self.article
        for state in self.states:
            q, sp = state.span, state.speaker
            lo, hi = self.paragraphs[state.paragraph]
            if nobody_said(text, q, sp, lo):
                continue
            start, end = q.start, without_joining_comma(text, q)
            if sp.how == AttributionKind.TRANSCRIPT and (tag := turn_tag(text, q)) is not None:
                start = tag.end()  # the words spoken, without "WALLACE: "
            said_on, said_on_source = when.said_on(text, start, end, article.published)
            yield _mention(article, start, end, quote_kind(text, q, dateline_end(text, lo, hi), hi), sp,
                           said_on=said_on, said_on_source=said_on_source, context=_context(text, lo, hi, q))


def _mention(article: Article, start: int, end: int, kind, sp: Speaker, **columns) -> Mention:
    return Mention(
        article_id=article.article_id, start=start, end=end, text=article.text[start:end], kind=kind,
        speaker=sp.name, speaker_kind=sp.kind, speaker_mention=sp.words, speaker_start=sp.start,
        speaker_end=sp.end, speaker_antecedent_start=sp.antecedent[0] if sp.antecedent else None,
        speaker_antecedent_end=sp.antecedent[1] if sp.antecedent else None, role=sp.role, affiliation=sp.affiliation, cue=sp.cue, channel=sp.channel,
        attribution=str(sp.how), outlet=article.outlet, published=article.published, **columns,
    )


def _context(text: str, lo: int, hi: int, q: QuoteSpan) -> str:
    """The paragraph around a quote, cut to a window when the paragraph is long."""
    if hi - lo <= 2 * _CONTEXT_CHARS:
        return text[lo:hi]
    start = max(lo, q.open_at - _CONTEXT_CHARS // 2)
    end = min(hi, max(q.close_at or q.end, start + _CONTEXT_CHARS))
    return ("…" if start > lo else "") + text[start:end] + ("…" if end < hi else "")
