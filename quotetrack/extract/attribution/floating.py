"""Quotes with no cue of their own take the speaker of the quotation they continue.

Parts of one multi-paragraph quotation share a speaker; a quote that is a sentence of its own (a
"floating" quote) takes the speaker of its neighbours or of the sentence that leads into it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...records import AttributionKind
from ...text import QuoteSpan
from ..candidates.filters import names_something
from ..coref.index import ArticleIndex
from ..coref.resolver import ASKED_LAST, resolve
from ..frames import Frame, QuoteTokens
from ..state import QuoteState, Speaker
from ..syntax import NOMINAL_SUBJECTS, mention_span, sentence_token_ids, subjects_of
from .attribute import Attribution, can_speak
from .cues import cue_phrase, is_cue, is_hypothetical


def inherit(states: list[QuoteState], docs: dict[int, Doc], frames: dict[int, Frame], index: ArticleIndex) -> None:
    """Give cue-less quotes the speaker of the quotation they continue.

    - parts of one multi-paragraph quotation share one speaker: the one attributed last before
      them, else the first attributed after them;
    - a quote that is a sentence of its own takes the speaker of the quote before it in the same
      paragraph, else of the one after it there, else of the previous paragraph's last quote, or
      of a colon introduction closing that paragraph ("Caddell continued:");
    - a quote inside a sentence with no cue takes the speaker of the quote before it in the same
      paragraph.
    """
    # (quoted words that name something, which nobody said, are no quotation to continue: "the
    # woodlot, which students call "the Back Forty." "You're ending it."" is not the students')
    titles = {k for k, state in enumerate(states)
              if names_something(index.text, state.span, index.paragraph_start(state.paragraph))}
    groups: dict[int, Speaker] = {}
    by_paragraph: dict[int, list[int]] = {}
    for k, state in enumerate(states):
        by_paragraph.setdefault(state.paragraph, []).append(k)
        if state.span.group is not None and state.speaker.found:
            groups.setdefault(state.span.group, state.speaker)
    for k, state in enumerate(states):
        q, p = state.span, state.paragraph
        if state.speaker.found:
            if q.group is not None:
                groups[q.group] = state.speaker  # a transcript's next turn changes the speaker
            continue
        if q.group is not None and q.group in groups:
            state.speaker = groups[q.group].inherited()
            continue
        if not _stands_alone(docs[p], frames[p], q, state.tokens):
            # a quote inside a sentence with no cue of its own continues the paragraph's last
            # speaker ("...," Lopez said. It is, in her view, "the best budget in years."):
            # train speaker accuracy 0.897 -> 0.900. Continuing the previous paragraph's speaker
            # too (quotes of 40 characters or more) gains 0.001 more but keeps words nobody said:
            # quote F1 0.960 -> 0.959, attributed F1 0.886 -> 0.884
            earlier = [j for j in by_paragraph[p] if j < k and _attributed(states[j]) and j not in titles]
            if earlier:
                state.speaker = states[earlier[-1]].speaker.inherited()
            continue
        same = [j for j in by_paragraph[p] if j != k and _attributed(states[j]) and j not in titles]
        before = [j for j in same if j < k]
        after = [j for j in same if j > k]
        source = None
        if before:
            source = states[before[-1]].speaker
        elif (lead := _lead_in_subject(docs[p], frames[p], q, p, index, state.tokens)) is not None:
            source = lead
        elif after:
            source = states[after[0]].speaker
        elif p - 1 in docs and _ends_with_colon(docs[p - 1]):
            source = _colon_intro(docs[p - 1], frames[p - 1], p - 1, index)
        elif p - 1 in docs and not by_paragraph.get(p - 1) \
                and (asked := _asked_before(docs[p - 1], frames[p - 1], p - 1, index)) is not None:
            source = asked
        elif p - 1 in docs and not by_paragraph.get(p - 1) and _opens_paragraph(q, index, p) \
                and (reporter := _reported_before(docs[p - 1], frames[p - 1], p - 1, index)) is not None:
            source = reporter
        else:
            source = _last_speaker_before(states, k, index, titles)
        if source is not None and source.how != AttributionKind.NONE:
            state.speaker = source.inherited()
            if q.group is not None:
                groups.setdefault(q.group, state.speaker)


#: how many paragraphs of narration may stand between a floating quote and the quotation it continues
NARRATION_GAP = 2


def _last_speaker_before(states: list[QuoteState], k: int, index: ArticleIndex, titles: set[int]) -> Speaker | None:
    """The speaker a floating quote in its own paragraph continues: the last attributed quote of
    the paragraph before; or, across a paragraph or two of narration that name nobody else
    ("...," Smith said. / Smith joined the firm in 2010. / "I love it."), of the one before that."""
    p = states[k].paragraph
    earlier = [j for j in range(k) if _attributed(states[j]) and j not in titles and states[j].paragraph < p]
    if not earlier:
        return None
    source = states[earlier[-1]]
    gap = range(source.paragraph + 1, p)
    if len(gap) > NARRATION_GAP or any(states[j].paragraph in gap for j in range(k)):
        return None  # too far, or quotes nobody was found for stand between
    entity = source.speaker.entity
    others = [s for s in index.sightings if s.paragraph in gap and s.entity is not entity and s.entity.kind == "person"]
    return None if others else source.speaker


def _attributed(state: QuoteState) -> bool:
    return state.speaker.how != AttributionKind.NONE


def _stands_alone(doc: Doc, frame: Frame, q: QuoteSpan, qt: QuoteTokens | None = None) -> bool:
    """The quote's sentence holds no words besides the quote and a linking word ("But "...")
    (a "floating" quote). ``qt``: where the quote sits in ``doc``, when known already."""
    qt = qt or frame.quote_tokens(doc, q)
    sentence_tokens = sentence_token_ids(doc, qt.outer_start, qt.outer_end)
    return all(qt.outer_start <= i < qt.outer_end or doc[i].is_punct or doc[i].is_space
               or doc[i].pos_ in ("CCONJ", "INTJ") or (doc[i].pos_ == "ADV" and doc[i].is_stop)
               for i in sentence_tokens)


def _lead_in_subject(doc: Doc, frame: Frame, q: QuoteSpan, paragraph: int, index: ArticleIndex,
                     qt: QuoteTokens | None = None) -> Speaker | None:
    """"Iowa State's Dianne Bystrom agreed. "Mainstream Republicans ..."": a floating quote right
    after a sentence (in the same paragraph, with no quote of its own) about a named speaker."""
    qt = qt or frame.quote_tokens(doc, q)
    prev = qt.outer_start - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].is_punct):
        prev -= 1
    if prev < 0:
        return None
    sent = doc[prev].sent
    if any(t.is_quote for t in sent) or sent.root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = subjects_of(sent.root, deps=NOMINAL_SUBJECTS)
    if not subjects or not can_speak(subjects[0]) or subjects[0].pos_ not in ("PROPN", "PRON"):
        return None
    return _led_in_by(doc, frame, paragraph, index, sent.root, subjects[0])


def _led_in_by(doc: Doc, frame: Frame, paragraph: int, index: ArticleIndex, verb: Token, subject: Token) -> Speaker:
    """The speaker a sentence before a floating quote leads in: its verb's subject, resolved."""
    start, end = mention_span(subject, [False] * len(doc))
    return resolve(doc, frame, paragraph, Attribution(AttributionKind.LEAD_IN, verb.text, verb.i, start, end, subject.i),
                   index)


def _asked_before(doc: Doc, frame: Frame, paragraph: int, index: ArticleIndex) -> Speaker | None:
    """"Asked what she wants diners to feel, Reed paused for a long moment." closing the paragraph
    before a floating quote, which holds no quote itself: the quote is the answer of the one asked
    (the main clause's named subject), whoever spoke before."""
    if not ASKED_LAST.search(frame.text):
        return None  # the pattern that had this paragraph parsed (resolver.context_paragraphs)
    root = list(doc.sents)[-1].root
    subjects = subjects_of(root, deps=NOMINAL_SUBJECTS) if root.pos_ in ("VERB", "AUX") else []
    # a name, a pronoun, or a description of the one asked ("the 29-year-old", "the singer")
    if not subjects or not (subjects[0].pos_ in ("PROPN", "PRON") and can_speak(subjects[0])
                            or any(c.dep_ == "det" and c.lower_ == "the" for c in subjects[0].children)):
        return None
    return _led_in_by(doc, frame, paragraph, index, root, subjects[0])


def _opens_paragraph(q: QuoteSpan, index: ArticleIndex, paragraph: int) -> bool:
    return not index.text[index.paragraph_start(paragraph) : q.open_at].strip()


def _reported_before(doc: Doc, frame: Frame, paragraph: int, index: ArticleIndex) -> Speaker | None:
    """"Reed said the vote would be close." closing the paragraph before a paragraph that is a
    quotation: the quotation goes on in the words of the one who was reported, whoever was quoted
    before. The last sentence's main verb (or an aside's) must be a reporting verb with a subject
    that can speak."""
    root = list(doc.sents)[-1].root
    # the main verb, or one put in as an aside before the reported clause, which the parser hangs
    # on it ("If anything, Reed wrote in her letter, the delay is ..."; not "The board knows
    # Reed told donors ...", a clause after the main verb)
    asides = (c for c in root.children if c.dep_ in ("parataxis", "ccomp") and c.i < root.i)
    for verb in (root, *asides):
        if verb.pos_ in ("VERB", "AUX") and is_cue(verb) and not is_hypothetical(verb) \
                and not any(c.dep_ == "neg" for c in verb.children):
            subjects = [c for c in subjects_of(verb, deps=NOMINAL_SUBJECTS) if can_speak(c)]
            if subjects and _one_speaker(subjects[0]):
                return _led_in_by(doc, frame, paragraph, index, verb, subjects[0])
    return None


def _one_speaker(subject: Token) -> bool:
    """A name, a pronoun or "the <noun>" for one person or body ("the mayor"); not a panel
    ("Matthews, Seitz-Wald and Lopez said") nor a plural or unnamed source ("officials said", "a
    spokesperson said"), whose floating quotation after may be someone else's."""
    if any(t.dep_ == "conj" for t in subject.subtree):
        return False
    if subject.pos_ in ("PROPN", "PRON"):
        return subject.lower_ not in ("they", "we", "i", "you")
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _ends_with_colon(doc: Doc) -> bool:
    return doc.text.rstrip().endswith(":")


def _colon_intro(doc: Doc, frame: Frame, paragraph: int, index: ArticleIndex) -> Speaker | None:
    """"Caddell continued:" or "Trump tweeted:" closing a paragraph: the speaker of what follows."""
    last = list(doc.sents)[-1]
    inside = [False] * len(doc)
    # the cue nearest the colon first ("The founders stressed ..., as the website explains:" -> the
    # website); the sentence's root when none is listed ("Caddell continued:")
    verbs = [t for t in reversed(last) if is_cue(t)] + [last.root]
    for tok in verbs:
        if tok.pos_ in ("VERB", "AUX"):
            subjects = [c for c in subjects_of(tok, deps=NOMINAL_SUBJECTS) if can_speak(c)]
            if subjects:
                s, e = mention_span(subjects[0], inside)
                att = Attribution(AttributionKind.COLON, cue_phrase(tok), tok.i, s, e, subjects[0].i)
                return resolve(doc, frame, paragraph, att, index)
    return None
