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
from dataclasses import dataclass

from .. import lexicon
from ..records import Article, Mention
from . import roles, when
from .attribute import Attribution, QuoteTokens, attribute, can_speak, mention_span
from .cues import cue_phrase, is_cue
from .frames import Frame, build_frame, dateline_end, is_clause_quote
from .marks import QuoteSpan, find_quotes, paragraph_spans
from .mentions import ArticleIndex, Entity

__all__ = ["extract_article", "extract_text", "find_quotes"]

_PERSON_LABELS = ("PERSON",)
_ORG_LABELS = ("ORG", "GPE", "NORP")
_INDEFINITE = {"a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "senior"}
# quoted strings that are not words anyone said: numbers, links, @handles, #tags, CamelCaseHandles
_JUNK_QUOTE = re.compile(
    r"^(?:\W*|\d[\d\s.,:/-]*|(?:https?://|www\.|pic\.twitter\.com)\S*|[@#]\w+[.,:]?|[A-Za-z][a-z]+(?:[A-Z][a-z]+)+\d*)$"
)
_SOCIAL_MARKUP = re.compile(r"(?:https?://|www\.|pic\.twitter\.com)\S*|[@#]\w+")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|at|during|to|with|from|in|of)\s*$", re.I)
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs vs. de la & is".split())
_CONTEXT_CHARS = 600


@dataclass
class _Speaker:
    """A quote's speaker as resolved inside the article."""

    start: int | None = None  # article offsets of the speaker's words
    end: int | None = None
    words: str | None = None
    name: str | None = None
    kind: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    channel: str | None = None
    how: str = "none"


def extract_text(text: str, nlp=None, *, article_id: str = "text", **meta) -> list[Mention]:
    """Mentions in a plain string: the library's one-call entry point."""
    from ..ingest import complete
    from ..nlp import load_model

    return extract_article(complete(Article(article_id=article_id, text=text, **meta)), nlp or load_model())


def extract_article(article: Article, nlp) -> list[Mention]:
    """Every quotation in ``article`` with its speaker, cue and offsets into ``article.text``."""
    text = article.text
    quotes = [q for q in find_quotes(text, skip=article.boilerplate) if not _is_junk(text[q.start : q.end])]
    if not quotes:
        return []
    paragraphs = paragraph_spans(text)
    para_starts = [lo for lo, _ in paragraphs]
    para_of = [max(0, bisect.bisect_right(para_starts, q.open_at) - 1) for q in quotes]
    quote_paras = sorted(set(para_of))
    parse_paras = sorted(set(quote_paras) | {p - 1 for p in quote_paras if p > 0})
    frames = {
        p: build_frame(text, *paragraphs[p], [q for q, qp in zip(quotes, para_of) if qp == p]) for p in parse_paras
    }
    docs = dict(zip(parse_paras, nlp.pipe(frames[p].text for p in parse_paras)))

    index = ArticleIndex()
    _index_entities(docs, frames, index)

    speakers: list[_Speaker] = []
    for p in quote_paras:
        doc, frame = docs[p], frames[p]
        mine = [q for q, qp in zip(quotes, para_of) if qp == p]
        tokens = [_quote_tokens(doc, frame, q) for q in mine]
        for att in attribute(doc, tokens):
            speakers.append(_resolve(doc, frame, p, att, index) if att.found else _Speaker())
    _inherit(quotes, para_of, speakers, docs, frames, paragraphs, index)

    mentions = []
    for q, p, sp in zip(quotes, para_of, speakers):
        lo, hi = paragraphs[p]
        unattributed = sp.name is None and sp.start is None
        title = _is_title(text[q.start : q.end])
        if (unattributed and q.style == "single") or (title and (unattributed or sp.how == "subject")) or (
            title and _PREPOSITION_BEFORE.search(text[max(lo, q.open_at - 12) : q.open_at])
        ):
            # nobody said these: single-quoted scare quotes, names in quotes ("Game of Thrones")
            # that no cue attributes to anyone, and the show someone spoke on ("said on "Fox News
            # Sunday"")
            continue
        said_on, said_on_source = when.said_on(text, q.start, q.end, article.published)
        mentions.append(Mention(
            article_id=article.article_id, start=q.start, end=q.end, text=text[q.start : q.end],
            kind="direct" if _is_whole_clause(text, q, dateline_end(text, lo, hi), hi) else "partial",
            speaker=sp.name, speaker_kind=sp.kind, speaker_mention=sp.words, speaker_start=sp.start,
            speaker_end=sp.end, role=sp.role, affiliation=sp.affiliation, cue=sp.cue, channel=sp.channel, attribution=sp.how,
            said_on=said_on, said_on_source=said_on_source,
            context=_context(text, lo, hi, q), outlet=article.outlet, published=article.published,
        ))
    return mentions


# -- token bookkeeping ----------------------------------------------------------------------------
def _token_range(doc, start: int, end: int) -> tuple[int, int]:
    """Tokens overlapping frame characters [start, end)."""
    starts = [t.idx for t in doc]
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if first < len(doc) and doc[first].idx + len(doc[first]) <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return first, max(last, first + 1)


def _quote_tokens(doc, frame: Frame, q: QuoteSpan) -> QuoteTokens:
    placeholder = next((span for span, pq in frame.placeholders.items() if pq is q), None)
    content = placeholder or (frame.to_frame(q.start), frame.to_frame(q.end))
    outer_lo = frame.to_frame(q.open_at)
    outer_hi = frame.to_frame(q.close_at) + 1 if q.close_at is not None else content[1]
    cs, ce = _token_range(doc, *content)
    os_, oe = _token_range(doc, outer_lo, outer_hi)
    return QuoteTokens(cs, ce, min(os_, cs), max(oe, ce))


def _article_span(doc, frame: Frame, start: int, end: int) -> tuple[int, int]:
    last = doc[end - 1]
    return frame.to_article(doc[start].idx), frame.to_article(last.idx + len(last.text))


# -- entities ---------------------------------------------------------------------------------------
def _index_entities(docs: dict, frames: dict, index: ArticleIndex) -> None:
    """Record the people and organisations the parsed paragraphs name (outside their quotes).

    People first, so that a surname the NER mislabels as an organisation elsewhere ("Ansari"
    said) is recognised as that person.
    """
    found = []
    for p, doc in docs.items():
        frame = frames[p]
        quoted = {i for (s, e) in frame.placeholders for i in range(*_token_range(doc, s, e))}
        for ent in doc.ents:
            if ent.label_ not in _PERSON_LABELS + _ORG_LABELS or ent.start in quoted or ent.root.is_quote:
                continue
            if ent.label_ == "NORP" and ent.root.pos_ != "PROPN":
                continue  # "Israeli" as an adjective is not a speaker
            name_rng = roles.name_tokens(ent, ent.root) or (ent.start, ent.end)
            name = _clean_name(doc[name_rng[0] : name_rng[1]].text)
            if not re.search(r"[A-Za-z]", name):
                continue
            found.append((ent.label_ in _PERSON_LABELS, p, doc, frame, ent, name_rng, name))
    for is_person, p, doc, frame, ent, name_rng, name in sorted(found, key=lambda f: not f[0]):
        kind = "person" if is_person or index.match(name, "person") else "organization"
        role = affiliation = None
        if kind == "person":
            np_start = min(ent.root.left_edge.i, ent.start)
            role = roles.role_before(doc[np_start : ent.end], name_rng[0]) or roles.appositive_role(ent.root)
            affiliation = roles.affiliation_in(doc[np_start : name_rng[0]]) if role else None
        offset = frame.to_article(doc[name_rng[0]].idx)
        index.add(name, kind, offset, p, role=role, affiliation=affiliation,
                  subject=ent.root.dep_ in ("nsubj", "nsubjpass"))


def _clean_name(name: str) -> str:
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    return re.sub(r"^(?:the|The)\s+", "", name).strip(" ,.")


def _resolve(doc, frame: Frame, paragraph: int, att: Attribution, index: ArticleIndex) -> _Speaker:
    """Name, kind and role for the speaker words an attribution found."""
    span = doc[att.speaker_start : att.speaker_end]
    head = doc[att.speaker_head]
    start, end = _article_span(doc, frame, att.speaker_start, att.speaker_end)
    found = _Speaker(start, end, span.text, cue=att.cue, channel=att.channel, how=att.how)
    if att.refers_to is not None:
        # "who" or "a sign saying": the words stay, the name comes from what they stand for
        referent = doc[att.refers_to]
        ref_start, ref_end = mention_span(referent, [False] * len(doc))
        named = _resolve(doc, frame, paragraph, Attribution(
            att.how, att.cue, att.cue_i, ref_start, ref_end, referent.i, att.channel), index)
        return _Speaker(start, end, span.text, named.name, named.kind, named.role, named.affiliation,
                        att.cue, att.channel, att.how)
    lower = head.lower_
    pronouns = lexicon.pronouns()
    if head.pos_ == "PRON" or lower in pronouns:
        want = pronouns.get(lower)
        if want is None or lower == "i" or lower == "we":
            return found
        entity = index.antecedent(start, paragraph, kind=want, pronoun=lower)
        if entity is None:
            found.kind = "person" if want == "person" else "unknown"
            return found
        if lower in ("he", "she") and entity.pronoun is None:
            entity.pronoun = lower
        index.see(entity, start, paragraph, subject=True, speaker=True)
        return _from_entity(found, entity)

    name_rng = roles.name_tokens(span, head)
    if name_rng is not None and name_rng[0] >= span.start:
        name = _clean_name(doc[name_rng[0] : name_rng[1]].text)
        kind = _kind_of(doc, head, index, name)
        role = roles.role_before(span, name_rng[0]) if kind == "person" else None
        role = role or (roles.appositive_role(head) if kind == "person" else None)
        affiliation = roles.affiliation_in(doc[span.start : name_rng[0]]) if role else None
        name_offset = frame.to_article(doc[name_rng[0]].idx)
        entity = index.add(name, kind, name_offset, paragraph, role=role, affiliation=affiliation,
                           subject=True, speaker=True)
        return _from_entity(found, entity, role=role)

    # a nominal: "the statement", "the movement", "the US president", "a US official"
    lemma = head.lemma_.lower()
    first = span[0].lower_
    definite = first in ("the", "this", "that", "its", "his", "her", "their")
    entity: Entity | None = None
    if lemma in lexicon.statement_nouns():
        entity = index.statement_issuer(start, paragraph)
    elif lemma in lexicon.group_nouns() and definite:
        entity = index.antecedent(start, paragraph, kind="organization", lookback=6)
    elif roles.is_role_word(head.text) and definite:
        modifiers = [t.text for t in span if t.i < head.i and t.lower_ not in ("the", "this", "that")]
        entity = index.by_role(head.text, modifiers, start)
    if entity is not None:
        index.see(entity, start, paragraph, subject=True, speaker=True)
        return _from_entity(found, entity)
    if lemma in lexicon.anonymous_heads() or roles.is_role_word(head.text):
        found.kind = "anonymous"
        found.name = span.text[0].lower() + span.text[1:] if first in _INDEFINITE or first == "the" else span.text
        return found
    if lemma in lexicon.group_nouns():
        found.kind = "organization"
    return found


def _kind_of(doc, head, index: ArticleIndex, name: str) -> str:
    if index.match(name, "person") is not None:
        return "person"  # the NER may call a bare surname an organisation
    for ent in doc.ents:
        if ent.start <= head.i < ent.end:
            if ent.label_ in _PERSON_LABELS:
                return "person"
            if ent.label_ in _ORG_LABELS or ent.label_ in ("FAC", "LOC"):
                return "organization"
    if index.match(name, "organization") is not None:
        return "organization"
    return "organization" if head.lemma_.lower() in lexicon.group_nouns() else "person"


def _from_entity(found: _Speaker, entity: Entity, role: str | None = None) -> _Speaker:
    found.name = entity.name
    found.kind = entity.kind
    found.role = role or entity.role
    found.affiliation = entity.affiliation
    return found


# -- quotes with no cue of their own --------------------------------------------------------------
def _inherit(quotes, para_of, speakers, docs, frames, paragraphs, index) -> None:
    """Give cue-less quotes the speaker of the quotation they continue.

    - parts of one multi-paragraph quotation share one speaker;
    - a quote that is a sentence of its own takes the speaker of the quote before it in the same
      paragraph, else of the one after it there, else of the previous paragraph's last quote, or
      of a colon introduction closing that paragraph ("Caddell continued:").
    """
    groups: dict[int, _Speaker] = {}
    for q, sp in zip(quotes, speakers):
        if q.group is not None and sp.name is not None or (q.group is not None and sp.start is not None):
            groups.setdefault(q.group, sp)
    for k, (q, p) in enumerate(zip(quotes, para_of)):
        if speakers[k].start is not None or speakers[k].name is not None:
            continue
        if q.group is not None and q.group in groups:
            speakers[k] = _inherited(groups[q.group])
            continue
        if not _stands_alone(docs[p], frames[p], q):
            continue
        same = [j for j in range(len(quotes)) if para_of[j] == p and j != k and speakers[j].how not in ("none",)]
        before = [j for j in same if j < k]
        after = [j for j in same if j > k]
        source = None
        if before:
            source = speakers[before[-1]]
        elif (lead := _lead_in_subject(docs[p], frames[p], q, p, index)) is not None:
            source = lead
        elif after:
            source = speakers[after[0]]
        elif p - 1 in docs and _ends_with_colon(docs[p - 1]):
            source = _colon_intro(docs[p - 1], frames[p - 1], p - 1, index)
        else:
            prev = [j for j in range(k) if para_of[j] == p - 1 and speakers[j].how != "none"]
            if prev:
                source = speakers[prev[-1]]
        if source is not None and source.how != "none":
            speakers[k] = _inherited(source)
            if q.group is not None:
                groups.setdefault(q.group, speakers[k])


def _inherited(source: _Speaker) -> _Speaker:
    copy = _Speaker(**source.__dict__)
    copy.how = "inherited"
    return copy


def _stands_alone(doc, frame: Frame, q: QuoteSpan) -> bool:
    """The quote's sentence holds no words besides the quote and a linking word ("But "...")
    (a "floating" quote)."""
    qt = _quote_tokens(doc, frame, q)
    sentence_tokens = {t.i for i in range(qt.outer_start, qt.outer_end) for t in doc[i].sent}
    return all(qt.outer_start <= i < qt.outer_end or doc[i].is_punct or doc[i].is_space
               or doc[i].pos_ in ("CCONJ", "INTJ") or (doc[i].pos_ == "ADV" and doc[i].is_stop)
               for i in sentence_tokens)


def _lead_in_subject(doc, frame: Frame, q: QuoteSpan, paragraph: int, index: ArticleIndex) -> _Speaker | None:
    """"Iowa State's Dianne Bystrom agreed. "Mainstream Republicans ..."": a floating quote right
    after a sentence (in the same paragraph, with no quote of its own) about a named speaker."""
    qt = _quote_tokens(doc, frame, q)
    prev = qt.outer_start - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].is_punct):
        prev -= 1
    if prev < 0:
        return None
    sent = doc[prev].sent
    if any(t.is_quote for t in sent) or sent.root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not can_speak(subjects[0]) or subjects[0].pos_ not in ("PROPN", "PRON"):
        return None
    start, end = mention_span(subjects[0], [False] * len(doc))
    att = Attribution("lead-in", sent.root.text, sent.root.i, start, end, subjects[0].i)
    return _resolve(doc, frame, paragraph, att, index)


def _ends_with_colon(doc) -> bool:
    return doc.text.rstrip().endswith(":")


def _colon_intro(doc, frame: Frame, paragraph: int, index: ArticleIndex) -> _Speaker | None:
    """"Caddell continued:" or "Trump tweeted:" closing a paragraph: the speaker of what follows."""
    last = list(doc.sents)[-1]
    inside = [False] * len(doc)
    verbs = [t for t in last if is_cue(t)] + [last.root]  # "Caddell continued:" has no listed cue
    for tok in verbs:
        if tok.pos_ in ("VERB", "AUX"):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and can_speak(c)]
            if subjects:
                s, e = mention_span(subjects[0], inside)
                att = Attribution("colon", cue_phrase(tok), tok.i, s, e, subjects[0].i)
                return _resolve(doc, frame, paragraph, att, index)
    return None


def _is_junk(quoted: str) -> bool:
    """Not words anyone said: numbers, links, or social-media markup with a word or less besides
    ("– @realDonaldTrump #MakeAmericaGreatAgain")."""
    if _JUNK_QUOTE.match(quoted):
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
