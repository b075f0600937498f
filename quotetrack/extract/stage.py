"""The per-article stage: an Article in, its mentions out.

A pure function of (article, model, code version), so it can run in worker processes, on a Dask
cluster, and be cached by content hash. Each article is read in these steps:

1. candidates: the quotations on the raw text (candidates/direct.py), one QuoteState each, and
   the paragraphs that give a statement after a name and a colon (candidates/labelled.py);
2. parse: the paragraphs that hold quotations, and those with a verb of indirect speech
   (attribution/cues.has_cue_word), as frames (frames.py: whole-clause quotes replaced by a
   placeholder), all articles of a batch at once;
3. attribution: the cue and the speaker's words of each quotation, in its own sentence
   (attribution/attribute.py), and the indirect statements with theirs (candidates/indirect.py,
   one StatementState each); coref/resolver.py then names the context paragraphs it will read,
   which are parsed in a second round;
4. coreference: the article's names indexed (coref/evidence.py), every speaker's words resolved
   to a name (coref/resolver.py), transcript turns and floating quotes given their speaker
   (attribution/transcript.py, attribution/floating.py). The quotations are resolved first, from
   the paragraphs they alone need, exactly as without indirect speech (a quote's row never changes
   because indirect rows exist); then the indirect statements, through the same calls, with the
   names of the paragraphs parsed for them added, and the labelled paragraphs whose label names a
   speaker (attribution/transcript.labelled_speaker);
5. mentions: the words nobody said dropped (candidates/filters.py), the rest as Mention rows.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import one_blas_thread
from ..records import Article, AttributionKind, Mention, MentionKind
from ..text import paragraph_spans
from . import when
from .attribution.attribute import Attribution, attribute
from .attribution.cues import has_cue_word
from .attribution.floating import inherit
from .attribution.transcript import first_person_in_turns, labelled_speaker, turn_speakers, turn_tag
from .candidates.direct import direct_quotes, quote_kind, without_joining_comma
from .candidates.filters import nobody_said
from .candidates.indirect import indirect_statements
from .candidates.labelled import Labelled, labelled_statements
from .coref.evidence import index_entities, index_raw_names, index_raw_organisations, index_subjects
from .coref.index import ArticleIndex
from .coref.resolver import context_paragraphs, finalize, resolve
from .frames import Frame, build_frame, dateline_end
from .state import QuoteState, Speaker, StatementState

_CONTEXT_CHARS = 600
#: the verb lists whose forms make a paragraph worth parsing for indirect statements
STATEMENT_VERBS = ("indirect_cues", "object_cues", "finding_cues", "speech_phrases", "phrasal_cues")


def extract_articles(articles: list[Article], nlp: Language, *, batch_size: int = 64,
                     indirect: bool = True) -> list[list[Mention] | Exception]:
    """The per-article stage for several articles at once: their paragraphs go through the parser
    together (spaCy is several times faster on a batch than on one article's few paragraphs).
    Each article's result is its mentions, or the exception it raised: one bad article does not
    spoil the others. ``indirect=False`` reads quotations only (and parses less)."""
    readings = [ArticleReading.start(article, indirect=indirect) for article in articles]
    steps: list[Callable[[ArticleReading], None]] = [ArticleReading.attribute, ArticleReading.finish]
    # the words a batch adds to spaCy's vocabulary are freed when it is done: without this a
    # long build's memory grows with every new word it reads
    with nlp.memory_zone(), one_blas_thread():
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
    """One article on its way through the stage: its candidates (one QuoteState per quotation,
    one StatementState per indirect statement), the paragraphs it wants parsed as frames, and
    their parses. Parsing happens outside, in batches, in two rounds (see the module's steps)."""

    def __init__(self, article: Article, *, indirect: bool = True) -> None:
        self.article = article
        self.indirect = indirect
        self.error: Exception | None = None
        self.mentions: list[Mention] = []
        self.docs: dict[int, Doc] = {}
        self.states: list[QuoteState] = []
        self.statements: list[StatementState] = []
        #: paragraphs that give a statement after a name and a colon (candidates/labelled.py)
        self.labelled: list[Labelled] = []
        self.paragraphs: list[tuple[int, int]] = []
        self.frames: dict[int, Frame] = {}
        #: paragraph -> its quotations (states), in order
        self._by_paragraph: dict[int, list[QuoteState]] = {}
        #: the paragraphs the quotations are read from (theirs and their context), in parse order
        self.quote_reading: list[int] = []

    @classmethod
    def start(cls, article: Article, *, indirect: bool = True) -> ArticleReading:
        """A reading with its candidates, or one that carries the error its article raised on the
        raw text (and wants nothing parsed)."""
        reading = cls(article, indirect=indirect)
        try:
            reading._find_candidates()
        except Exception as exc:  # noqa: BLE001 - kept for this article only
            reading.error, reading.states, reading.frames, reading._by_paragraph = exc, [], {}, {}
        return reading

    def _find_candidates(self) -> None:
        text = self.article.text
        quotes = direct_quotes(text, self.article.boilerplate)
        self.paragraphs = paragraph_spans(text) if quotes or self.indirect else []
        starts = [lo for lo, _ in self.paragraphs]
        self.states = [QuoteState(q, max(0, bisect.bisect_right(starts, q.open_at) - 1)) for q in quotes]
        self._by_paragraph = {}
        for state in self.states:
            self._by_paragraph.setdefault(state.paragraph, []).append(state)
        self.frames = {p: self._frame(p) for p in self._candidate_paragraphs()}
        self.quote_reading = list(self.frames)
        if self.indirect:
            for p in self._statement_paragraphs():
                self.frames.setdefault(p, self._frame(p))
            self.labelled = labelled_statements(text, self.paragraphs, quotes)

    def _statement_paragraphs(self) -> list[int]:
        """Paragraphs that may hold an indirect statement: a verb of indirect speech, one whose
        object is what was said, one of a document's findings, one that reports with a noun of
        speech ("made the case that"), or "according to", outside boilerplate. Only these are parsed for it."""
        text, skip = self.article.text, self.article.boilerplate
        return [p for p, (lo, hi) in enumerate(self.paragraphs)
                if has_cue_word(text[lo:hi], STATEMENT_VERBS) and not any(a <= lo and hi <= b for a, b in skip)]

    def _candidate_paragraphs(self) -> list[int]:
        return sorted(self._by_paragraph)

    def _in_paragraph(self, p: int) -> list[QuoteState]:
        """The quotations of paragraph ``p``, in order."""
        return self._by_paragraph.get(p, [])

    def _frame(self, p: int) -> Frame:
        return build_frame(self.article.text, *self.paragraphs[p], [s.span for s in self._in_paragraph(p)])

    def wants(self) -> list[tuple[int, str]]:
        """(paragraph, frame text) of every frame not parsed yet."""
        return [(p, frame.text) for p, frame in self.frames.items() if p not in self.docs]

    def attribute(self) -> None:
        """Round one: the cue and speaker words of each quotation, within its own paragraph, and
        the indirect statements of every parsed paragraph; then the context paragraphs the
        resolver will read are framed for round two."""
        text = self.article.text
        context: set[int] = set()
        for p in self._candidate_paragraphs():
            doc, frame = self.docs[p], self.frames[p]
            mine = self._in_paragraph(p)
            for state in mine:
                state.tokens = frame.quote_tokens(doc, state.span)
            for state, found in zip(mine, attribute(doc, [s.tokens for s in mine if s.tokens is not None])):
                state.attribution = found
            context |= context_paragraphs(text, self.paragraphs, p, doc,
                                          [s.attribution for s in mine if s.attribution is not None])
        # the same paragraphs as without indirect speech, in the same order
        self.quote_reading += list(context - set(self.quote_reading))
        if self.indirect:
            context |= self._find_statements()
        for p in context - set(self.frames):
            self.frames[p] = self._frame(p)

    def _find_statements(self) -> set[int]:
        """The indirect statements of the paragraphs parsed in round one, and the context
        paragraphs their speakers need."""
        context: set[int] = set()
        for p in sorted(self.docs):
            doc, frame = self.docs[p], self.frames[p]
            mine = self._in_paragraph(p)
            found = indirect_statements(doc, frame, [s.span for s in mine], [s.tokens for s in mine if s.tokens is not None])
            for statement in found:
                start, end = frame.article_span(doc, statement.start, statement.end)
                self.statements.append(StatementState(start, end, p, statement.attribution))
            context |= context_paragraphs(self.article.text, self.paragraphs, p, doc, [s.attribution for s in found])
        return context

    def finish(self) -> None:
        """Round two: names resolved across the article, cue-less quotes inherit, mentions built.
        The quotations first, from the paragraphs they need; then the indirect statements."""
        if not self.states and not self.statements and not self.labelled:
            return
        text = self.article.text
        index = ArticleIndex(text, self.paragraphs)
        quote_docs = {p: self.docs[p] for p in self.quote_reading}
        index_entities(quote_docs, self.frames, index)
        quoted = [(s.span.open_at, s.span.end) for s in self.states]
        index_raw_names(text, self.paragraphs, quoted, index)
        index_raw_organisations(text, self.paragraphs, quoted, index)
        index_subjects(quote_docs, self.frames, index)
        for state in self.states:
            p, att = state.paragraph, state.attribution
            if att is not None and att.found:
                state.speaker = resolve(self.docs[p], self.frames[p], p, att, index)
        turn_speakers(text, self.states, index)
        inherit(self.states, quote_docs, self.frames, index)
        finalize(self.states, index)
        if self.statements or self.labelled:
            statement_docs = {p: doc for p, doc in self.docs.items() if p not in quote_docs}
            index_entities(statement_docs, self.frames, index)
            index_subjects(statement_docs, self.frames, index)
            for statement in self.statements:
                p = statement.paragraph
                statement.speaker = resolve(self.docs[p], self.frames[p], p, statement.attribution, index)
            self.statements += self._labelled_statements(index)
            first_person_in_turns(self.statements)
            finalize(self.statements, index)
        self.mentions = sorted([*self._mentions(), *self._statement_mentions()], key=lambda m: (m.start, m.end))

    def _labelled_statements(self, index: ArticleIndex) -> list[StatementState]:
        """The labelled paragraphs whose label names a speaker, as statements with that speaker."""
        text = self.article.text
        tags = Counter(text[found.name_start : found.name_end] for found in self.labelled)
        states = []
        for found in self.labelled:
            speaker = labelled_speaker(text, found, tags, index)
            if speaker is not None:
                states.append(StatementState(found.start, found.end, found.paragraph, Attribution(), speaker))
        return states

    def _statement_mentions(self) -> Iterator[Mention]:
        for statement in self.statements:
            if not statement.speaker.found:
                continue  # its subject is a clause word ("a claim that ...", "which"): nobody is named for it
            start, end = statement.start, statement.end
            yield _mention(self.article, start, end, "indirect", statement.speaker,
                           self.paragraphs[statement.paragraph], (start, end))

    def _mentions(self) -> Iterator[Mention]:
        text = self.article.text
        for state in self.states:
            q, sp = state.span, state.speaker
            lo, hi = self.paragraphs[state.paragraph]
            if nobody_said(text, q, sp, lo):
                continue
            start, end = q.start, without_joining_comma(text, q)
            if sp.how == AttributionKind.TRANSCRIPT and (tag := turn_tag(text, q)) is not None:
                start = tag.end()  # the words spoken, without "WALLACE: "
            kind = quote_kind(text, q, dateline_end(text, lo, hi), hi)
            yield _mention(self.article, start, end, kind, sp, (lo, hi), (q.open_at, q.close_at or q.end))


def _mention(article: Article, start: int, end: int, kind: MentionKind, sp: Speaker,
             paragraph: tuple[int, int], shown: tuple[int, int]) -> Mention:
    """The row of the words [start, end) of ``paragraph``; ``shown``: the characters its context
    must show (a quotation with its marks)."""
    said_on, said_on_source = when.said_on(article.text, start, end, article.published)
    return Mention(
        article_id=article.article_id, start=start, end=end, text=article.text[start:end], kind=kind,
        speaker=sp.name, speaker_kind=sp.kind, speaker_start=sp.start,
        # the words as the article writes them: a parse's words stand a quotation in as one
        # placeholder word when speaker words run across it
        speaker_mention=article.text[sp.start : sp.end] if sp.start is not None and sp.end is not None else sp.words,
        speaker_end=sp.end, speaker_antecedent_start=sp.antecedent[0] if sp.antecedent else None,
        speaker_antecedent_end=sp.antecedent[1] if sp.antecedent else None, role=sp.role,
        affiliation=sp.affiliation, cue=sp.cue, channel=sp.channel, attribution=str(sp.how),
        outlet=article.outlet, published=article.published, said_on=said_on, said_on_source=said_on_source,
        context=_context(article.text, *paragraph, *shown),
    )


def _context(text: str, lo: int, hi: int, first: int, last: int) -> str:
    """The paragraph around a statement (characters first to last), cut to a window when the
    paragraph is long."""
    if hi - lo <= 2 * _CONTEXT_CHARS:
        return text[lo:hi]
    start = max(lo, first - _CONTEXT_CHARS // 2)
    end = min(hi, max(last, start + _CONTEXT_CHARS))
    return ("…" if start > lo else "") + text[start:end] + ("…" if end < hi else "")
