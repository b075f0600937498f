"""Who a quote's speaker words refer to: names, kinds, roles, in-article coreference.

Turns an Attribution (token spans in a parsed frame) into a Speaker (article offsets, name, kind,
role, affiliation) with the help of the article's ArticleIndex (mentions.py): surnames to full
names, pronouns and nominals ("the movement", "the US president") to the entity they stand for.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .. import lexicon
from . import roles
from .attribute import Attribution, QuoteTokens, mention_span
from .frames import Frame
from .marks import QuoteSpan
from .mentions import ArticleIndex, Entity

_PERSON_LABELS = ("PERSON",)
_ORG_LABELS = ("ORG", "GPE", "NORP")
_NOT_SPEAKERS = {"that", "what"}
_INDEFINITE = {"a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "senior"}


@dataclass
class Speaker:
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
    #: the article's entity this speaker is, so that a later, fuller mention (a full name, a role)
    #: reaches every quote of theirs (see finalize)
    entity: Entity | None = None


def _token_range(doc, start: int, end: int) -> tuple[int, int]:
    """Tokens overlapping frame characters [start, end)."""
    starts = [t.idx for t in doc]
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if first < len(doc) and doc[first].idx + len(doc[first]) <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return first, max(last, first + 1)


def quote_tokens(doc, frame: Frame, q: QuoteSpan) -> QuoteTokens:
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


def index_entities(docs: dict, frames: dict, index: ArticleIndex) -> None:
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


def resolve(doc, frame: Frame, paragraph: int, att: Attribution, index: ArticleIndex) -> Speaker:
    """Name, kind and role for the speaker words an attribution found."""
    span = doc[att.speaker_start : att.speaker_end]
    head = doc[att.speaker_head]
    if head.lower_ in _NOT_SPEAKERS and (head.pos_ in ("PRON", "DET", "SCONJ") or head.tag_ in ("WDT", "WP")):
        # "a claim that ... "quote"" or "what ... "quote"": the subject is a clause word, and what
        # it stands for is rarely who spoke (tested on PolNeAR train: 4 right of 24)
        return Speaker()
    start, end = _article_span(doc, frame, att.speaker_start, att.speaker_end)
    found = Speaker(start, end, span.text, cue=att.cue, channel=att.channel, how=att.how)
    if att.refers_to is not None:
        # "who" or "a sign saying": the words stay, the name comes from what they stand for
        referent = doc[att.refers_to]
        ref_start, ref_end = mention_span(referent, [False] * len(doc))
        named = resolve(doc, frame, paragraph, Attribution(
            att.how, att.cue, att.cue_i, ref_start, ref_end, referent.i, att.channel), index)
        return Speaker(start, end, span.text, named.name, named.kind, named.role, named.affiliation,
                        att.cue, att.channel, att.how, named.entity)
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
        if kind == "person" and len(entity.name.split()) == 1:
            # "Ansari said" with the full name in a paragraph the parser never saw
            fuller = index.fuller_name(entity.name, name_offset)
            if fuller:
                entity.absorb(fuller, None, None)
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
    if len(name.split()) == 1 and head.ent_type_ != "GPE" and index.fuller_name(name, len(index.text)):
        return "person"  # ... and the full name ("Majed Al-Ansari") stands elsewhere in the article
    for ent in doc.ents:
        if ent.start <= head.i < ent.end:
            if ent.label_ in _PERSON_LABELS:
                return "person"
            if ent.label_ in _ORG_LABELS or ent.label_ in ("FAC", "LOC"):
                return "organization"
    if index.match(name, "organization") is not None:
        return "organization"
    return "organization" if head.lemma_.lower() in lexicon.group_nouns() else "person"


def _from_entity(found: Speaker, entity: Entity, role: str | None = None) -> Speaker:
    found.entity = entity
    found.name = entity.name
    found.kind = entity.kind
    found.role = role or entity.role
    found.affiliation = entity.affiliation
    return found


def finalize(speakers: list[Speaker]) -> None:
    """Once the whole article is read: every quote of an entity gets its fullest name and, when
    its own words gave none, the role and affiliation the article gives that entity anywhere."""
    for sp in speakers:
        if sp.entity is not None:
            sp.name = sp.entity.name
            sp.kind = sp.entity.kind
            sp.role = sp.role or sp.entity.role
            sp.affiliation = sp.affiliation or sp.entity.affiliation
