"""The per-article stage: an Article in, its quote mentions out.

A pure function of (article, model, code version), so it can run in worker processes, on a Dask
cluster, and be cached by content hash. Steps:

1. marks.find_quotes: quotation spans on the raw text;
2. frames.build_frame + the spaCy pipeline: parse only the paragraphs holding quotes (and the one
   before each, for names and pronouns), with whole-clause quotes replaced by a placeholder;
3. attribute.attribute: the cue and the speaker's words for each quote, in its own sentence;
4. mentions.ArticleIndex: surnames, pronouns and nominals resolved to the article's people and
   organisations; quotes with no cue of their own inherit from their neighbours (floating quotes,
   multi-paragraph quotations, colon introductions).
"""

from __future__ import annotations

import bisect
import re

from ..records import Article, Mention
from . import when
from .attribute import attribute
from .floating import inherit
from .frames import build_frame, dateline_end, is_clause_quote
from .marks import QuoteSpan, find_quotes, paragraph_spans
from .mentions import ArticleIndex
from .resolve import Speaker, finalize, index_entities, quote_tokens, resolve
from .transcript import turn_speakers, turn_tag

__all__ = ["extract_article", "extract_articles", "extract_text", "find_quotes"]

# quoted strings that are not words anyone said: numbers, links, @handles, #tags, CamelCaseHandles,
# a transcript's stage directions ("(CROSSTALK.)", "[Applause]")
_JUNK_QUOTE = re.compile(
    r"^(?:\W*|\d[\d\s.,:/-]*|\([^()]*\)[.,]?|\[[^\[\]]*\][.,]?|(?:https?://|www\.|pic\.twitter\.com)\S*|[@#]\w+[.,:]?|[A-Za-z][a-z]+(?:[A-Z][a-z]+)+\d*)$"
)
_SOCIAL_MARKUP = re.compile(r"(?:https?://|www\.|pic\.twitter\.com)\S*|[@#]\w+")
# "on "Fox News Sunday"", "on CNN's "State of the Union"", "of HBO's "Real Time"": the show or
# book a title names, where someone spoke or what they read (the preposition in any case, the
# network's name capitalised)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:on|at|during|to|with|from|in|of)\s+(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s*)?$")
# a lone personal pronoun in quotes is the word being talked about ("because "she" is a "he"")
_PRONOUN_AS_WORD = re.compile(r"^(?:he|him|she|her|they|them|we|us|you|me|i|it)\.?$", re.I)
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs vs. de la & is".split())
_CONTEXT_CHARS = 600


def extract_text(text: str, nlp=None, *, article_id: str = "text", **meta) -> list[Mention]:
    """Mentions in a plain string: the library's one-call entry point."""
    from ..ingest import complete
    from ..nlp import load_model

    return extract_article(complete(Article(article_id=article_id, text=text, **meta)), nlp or load_model())


def extract_article(article: Article, nlp) -> list[Mention]:
    """Every quotation in ``article`` with its speaker, cue and offsets into ``article.text``."""
    result = extract_articles([article], nlp)[0]
    if isinstance(result, Exception):
        raise result
    return result


def extract_articles(articles: list[Article], nlp, *, batch_size: int = 64) -> list[list[Mention] | Exception]:
    """The per-article stage for several articles at once: their paragraphs go through the parser
    together (spaCy is several times faster on a batch than on one article's few paragraphs).
    Each article's result is its mentions, or the exception it raised: one bad article does not
    spoil the others."""
    readings = [_Reading.start(article) for article in articles]
    # the words a batch adds to spaCy's vocabulary are freed when it is done: without this a
    # long build's memory grows with every new word it reads
    with nlp.memory_zone():
        for step in (_Reading.attribute, _Reading.finish):
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


def _parse(readings: list[_Reading], nlp, batch_size: int) -> None:
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


class _Reading:
    """One article on its way through the stage. Parsing happens outside, in batches, in two
    rounds: first the paragraphs that hold quotes; then, where a speaker is a pronoun or a
    nominal ("he added", "the movement said") or a paragraph ends in a colon introduction, the
    paragraph before it, for the names those refer to."""

    @classmethod
    def start(cls, article: Article) -> _Reading:
        """A reading, or one that carries the error its article raised on the raw text."""
        try:
            return cls(article)
        except Exception as exc:  # noqa: BLE001 - kept for this article only
            failed = cls.__new__(cls)
            failed.article, failed.error, failed.mentions = article, exc, []
            return failed

    def __init__(self, article: Article) -> None:
        self.article = article
        self.error: Exception | None = None
        self.mentions: list[Mention] = []
        self.docs: dict[int, object] = {}
        text = article.text
        self.quotes = [q for q in find_quotes(text, skip=article.boilerplate) if not _is_junk(text[q.start : q.end])]
        self.paragraphs = paragraph_spans(text) if self.quotes else []
        starts = [lo for lo, _ in self.paragraphs]
        self.para_of = [max(0, bisect.bisect_right(starts, q.open_at) - 1) for q in self.quotes]
        self.quote_paras = sorted(set(self.para_of))
        self.frames = {p: self._frame(p) for p in self.quote_paras}
        self.attributions: dict[int, list] = {}

    def _frame(self, p: int):
        mine = [q for q, qp in zip(self.quotes, self.para_of) if qp == p]
        return build_frame(self.article.text, *self.paragraphs[p], mine)

    def wants(self) -> list[tuple[int, str]]:
        return [(p, frame.text) for p, frame in self.frames.items() if p not in self.docs]

    def attribute(self) -> None:
        """Round one: the cue and speaker words of each quote, within its own paragraph."""
        context: set[int] = set()
        for p in self.quote_paras:
            doc, frame = self.docs[p], self.frames[p]
            mine = [q for q, qp in zip(self.quotes, self.para_of) if qp == p]
            self.attributions[p] = attribute(doc, [quote_tokens(doc, frame, q) for q in mine])
            context |= self._context_for(p)
        for p in context - set(self.frames):
            self.frames[p] = self._frame(p)

    def _context_for(self, p: int) -> set[int]:
        """Paragraphs outside the quote paragraphs that resolving paragraph p's speakers needs:
        the one before, for "he", "the movement" or a colon introduction; and where a speaker
        named by surname alone ("Naim told AFP") is first named, for their full name and title."""
        text, wanted = self.article.text, set()
        if p > 0 and text[slice(*self.paragraphs[p - 1])].rstrip().endswith(":"):
            wanted.add(p - 1)
        doc = self.docs[p]
        for att in self.attributions[p]:
            if not att.found:
                continue
            head = doc[att.refers_to if att.refers_to is not None else att.speaker_head]
            if head.pos_ == "PRON" or not (head.pos_ == "PROPN" or head.ent_type_):
                wanted.add(p - 1)
            elif att.speaker_end - att.speaker_start <= 2 and head.is_title:
                first = self._first_naming(head.text)
                if first is not None:
                    wanted.add(first)
        return {w for w in wanted if 0 <= w}

    def _first_naming(self, word: str) -> int | None:
        """The first paragraph that holds ``word`` (a surname) as a word."""
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        for n, (lo, hi) in enumerate(self.paragraphs):
            if pattern.search(self.article.text, lo, hi):
                return n
        return None

    def finish(self) -> None:
        """Round two: names resolved across the article, cue-less quotes inherit, mentions built."""
        if not self.quotes:
            return
        text, article = self.article.text, self.article
        index = ArticleIndex(text)
        index_entities(self.docs, self.frames, index)
        speakers: list[Speaker] = []
        for p in self.quote_paras:
            for att in self.attributions[p]:
                speakers.append(resolve(self.docs[p], self.frames[p], p, att, index) if att.found else Speaker())
        turn_speakers(text, self.quotes, speakers, index)
        inherit(self.quotes, self.para_of, speakers, self.docs, self.frames, self.paragraphs, index)
        finalize(speakers)
        for q, p, sp in zip(self.quotes, self.para_of, speakers):
            lo, hi = self.paragraphs[p]
            unattributed = sp.name is None and sp.start is None
            title = _is_title(text[q.start : q.end])
            if (unattributed and q.style == "single") or (title and (unattributed or sp.how == "subject")) or (
                title and q.style == "single" and sp.how == "inherited"
            ) or (title and _PREPOSITION_BEFORE.search(text[max(lo, q.open_at - 40) : q.open_at])):
                # nobody said these: single-quoted scare quotes, names in quotes ("Game of
                # Thrones") that no cue attributes to anyone, a single-quoted subheading ("'All
                # Bets Are Off.'") and the show someone spoke on ("said on "Fox News Sunday"")
                continue
            start = q.start
            if sp.how == "transcript":
                start = turn_tag(text, q).end()  # the words spoken, without "WALLACE: "
            said_on, said_on_source = when.said_on(text, start, q.end, article.published)
            self.mentions.append(Mention(
                article_id=article.article_id, start=start, end=q.end, text=text[start : q.end],
                kind="direct" if _is_whole_clause(text, q, dateline_end(text, lo, hi), hi) else "partial",
                speaker=sp.name, speaker_kind=sp.kind, speaker_mention=sp.words, speaker_start=sp.start,
                speaker_end=sp.end, role=sp.role, affiliation=sp.affiliation, cue=sp.cue, channel=sp.channel,
                attribution=sp.how, said_on=said_on, said_on_source=said_on_source,
                context=_context(text, lo, hi, q), outlet=article.outlet, published=article.published,
            ))


def _is_junk(quoted: str) -> bool:
    """Not words anyone said: numbers, links, a pronoun talked about as a word, or social-media
    markup with a word or less besides ("– @realDonaldTrump #MakeAmericaGreatAgain")."""
    if _JUNK_QUOTE.match(quoted) or _PRONOUN_AS_WORD.match(quoted.strip()):
        return True
    rest = _SOCIAL_MARKUP.sub(" ", quoted)
    return rest != quoted and len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1


def _is_title(quoted: str) -> bool:
    """Title Case and short: the name of a show, book, group or slogan rather than speech."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", quoted)
    if not words or len(words) > 8 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _is_whole_clause(text: str, q: QuoteSpan, paragraph_start: int, paragraph_end: int) -> bool:
    """A direct quote: a clause of its own (frames.is_clause_quote) of a few words that also
    ends where the quote ends: its last word is not followed by more of the same sentence
    ("stressed that "Hamas is the obstacle" to an agreement" is partial)."""
    if len(text[q.start : q.end].split()) < 3 or not is_clause_quote(text, q, paragraph_start):
        return False
    if text[q.end - 1] in ".,!?;:…—-":
        return True
    after = text[(q.close_at + 1 if q.close_at is not None else q.end) : paragraph_end].lstrip()
    return not after or after[0] in ".,;:!?)—–-"


def _context(text: str, lo: int, hi: int, q: QuoteSpan) -> str:
    """The paragraph around a quote, cut to a window when the paragraph is long."""
    if hi - lo <= 2 * _CONTEXT_CHARS:
        return text[lo:hi]
    start = max(lo, q.open_at - _CONTEXT_CHARS // 2)
    end = min(hi, max(q.close_at or q.end, start + _CONTEXT_CHARS))
    return ("…" if start > lo else "") + text[start:end] + ("…" if end < hi else "")
