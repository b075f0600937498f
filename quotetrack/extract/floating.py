"""Quotes with no cue of their own take the speaker of the quotation they continue.

Parts of one multi-paragraph quotation share a speaker; a quote that is a sentence of its own (a
"floating" quote) takes the speaker of its neighbours or of the sentence that leads into it.
"""

from __future__ import annotations

from .attribute import Attribution, can_speak, mention_span
from .cues import cue_phrase, is_cue
from .frames import Frame
from .marks import QuoteSpan
from .mentions import ArticleIndex
from .resolve import Speaker, quote_tokens, resolve


def inherit(quotes, para_of, speakers, docs, frames, paragraphs, index) -> None:
    """Give cue-less quotes the speaker of the quotation they continue.

    - parts of one multi-paragraph quotation share one speaker: the one attributed last before
      them, else the first attributed after them;
    - a quote that is a sentence of its own takes the speaker of the quote before it in the same
      paragraph, else of the one after it there, else of the previous paragraph's last quote, or
      of a colon introduction closing that paragraph ("Caddell continued:").
    """
    groups: dict[int, Speaker] = {}
    for q, sp in zip(quotes, speakers):
        if q.group is not None and sp.name is not None or (q.group is not None and sp.start is not None):
            groups.setdefault(q.group, sp)
    for k, (q, p) in enumerate(zip(quotes, para_of)):
        if speakers[k].start is not None or speakers[k].name is not None:
            if q.group is not None:
                groups[q.group] = speakers[k]  # a transcript's next turn changes the speaker
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


def _inherited(source: Speaker) -> Speaker:
    copy = Speaker(**source.__dict__)
    copy.how = "inherited"
    return copy


def _stands_alone(doc, frame: Frame, q: QuoteSpan) -> bool:
    """The quote's sentence holds no words besides the quote and a linking word ("But "...")
    (a "floating" quote)."""
    qt = quote_tokens(doc, frame, q)
    sentence_tokens = {t.i for i in range(qt.outer_start, qt.outer_end) for t in doc[i].sent}
    return all(qt.outer_start <= i < qt.outer_end or doc[i].is_punct or doc[i].is_space
               or doc[i].pos_ in ("CCONJ", "INTJ") or (doc[i].pos_ == "ADV" and doc[i].is_stop)
               for i in sentence_tokens)


def _lead_in_subject(doc, frame: Frame, q: QuoteSpan, paragraph: int, index: ArticleIndex) -> Speaker | None:
    """"Iowa State's Dianne Bystrom agreed. "Mainstream Republicans ..."": a floating quote right
    after a sentence (in the same paragraph, with no quote of its own) about a named speaker."""
    qt = quote_tokens(doc, frame, q)
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
    return resolve(doc, frame, paragraph, att, index)


def _ends_with_colon(doc) -> bool:
    return doc.text.rstrip().endswith(":")


def _colon_intro(doc, frame: Frame, paragraph: int, index: ArticleIndex) -> Speaker | None:
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
                return resolve(doc, frame, paragraph, att, index)
    return None
