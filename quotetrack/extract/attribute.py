"""Who a quote is attributed to inside its own sentence: the cue and the speaker's words.

Works on the parse of a paragraph's frame (see frames.py). For each quote the candidate cues are
the reporting verbs outside any quote in the sentences the quote touches; the one that governs the
quote in the parse wins, then one right next to it, then the nearest. The speaker is the cue's
subject, found by climbing from the cue through conjunctions and participles ("went on to say",
"issued a warning stating") when the cue has none of its own. "According to X", passives ("was
quoted as saying"), colon introductions and the headline form 'Quote': Speaker are handled here
too. Resolving "he" or "the movement" to a name is mentions.py's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from .cues import _CLIMB_DEPS, cue_phrase, is_cue

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_CHANNEL_VERBS = frozenset({"tell", "inform", "say", "state", "speak", "write", "explain", "confirm", "add", "describe"})
# tokens that may stand between a quote and its cue without breaking the link ("," he said)
_GAP_POS = frozenset({"PUNCT", "DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "CCONJ", "PART", "ADV", "SPACE"})
# tokens that end a speaker's noun phrase (the rest is an appositive or a clause about them)
_MENTION_STOPS = frozenset({",", "(", "—", "–", "-", ";", ":", "who", "whose", "which", "that"})


@dataclass
class Attribution:
    """The outcome for one quote. Token indices are into the frame's Doc."""

    how: str = "none"  # syntax | adjacent | sentence | according | colon | headline | none
    cue: str | None = None
    cue_i: int | None = None
    speaker_start: int | None = None  # token span of the speaker's words
    speaker_end: int | None = None
    speaker_head: int | None = None
    channel: str | None = None

    @property
    def found(self) -> bool:
        return self.speaker_start is not None


@dataclass
class QuoteTokens:
    """Where one quote sits in the frame's Doc."""

    start: int  # first content token
    end: int  # one past the last content token
    outer_start: int  # first token including the opening mark
    outer_end: int


def attribute(doc, quotes: list[QuoteTokens]) -> list[Attribution]:
    """An Attribution for each quote of one paragraph's frame, in order."""
    inside = [False] * len(doc)
    for q in quotes:
        for i in range(q.outer_start, q.outer_end):
            inside[i] = True
    return [_attribute_one(doc, q, inside) for q in quotes]


def _attribute_one(doc, q: QuoteTokens, inside: list[bool]) -> Attribution:
    sents = {doc[i].sent.start: doc[i].sent for i in range(q.outer_start, max(q.outer_end, q.outer_start + 1))}
    candidates = [t for s in sents.values() for t in s if not inside[t.i] and is_cue(t)]
    ranked = sorted(candidates, key=lambda c: (-_link(doc, q, c, inside), _distance(q, c)))
    for cue in ranked:
        link = _link(doc, q, cue, inside)
        found = _speaker_of(cue, inside)
        if found is None:
            continue
        subject, channel = found
        start, end = mention_span(subject, inside)
        how = {3: "syntax", 2: "adjacent", 1: "sentence"}[link]
        if cue.lower_ == "according":
            how = "according"
        return Attribution(how, cue_phrase(cue), cue.i, start, end, subject.i, channel)
    return _colon_or_headline(doc, q, inside)


def _link(doc, q: QuoteTokens, cue, inside: list[bool]) -> int:
    """3: the cue governs the quote in the parse; 2: it stands right next to it; 1: same sentence."""
    for i in range(q.start, q.end):
        tok = doc[i]
        if q.start <= tok.head.i < q.end and tok.head.i != tok.i:
            continue  # not a head of the quote's own words
        for anc in tok.ancestors:
            if inside[anc.i]:
                continue
            if is_cue(anc):
                if anc.i == cue.i:
                    return 3
                break
    if cue.i >= q.outer_end:
        gap = doc[q.outer_end : cue.i]
        if all(t.pos_ in _GAP_POS and not inside[t.i] for t in gap) and len(gap) <= 12:
            return 2
    elif cue.i < q.outer_start:
        gap = doc[cue.i + 1 : q.outer_start]
        if all(not inside[t.i] and not (t.pos_ in ("VERB", "AUX") and t.dep_ != "aux") for t in gap) and len(gap) <= 8:
            return 2
    return 1


def _distance(q: QuoteTokens, cue) -> int:
    return cue.i - q.outer_end if cue.i >= q.outer_end else q.outer_start - cue.i


def _speaker_of(cue, inside: list[bool]):
    """(subject token, channel) for a cue, or None when it has no usable subject."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return (objs[0], None) if objs and not inside[objs[0].i] else None
    verb = cue
    for _ in range(5):
        if verb.lemma_.lower() == "quote":
            # "Axios quoted a senior official as saying": the official speaks, Axios carries it
            objs = [c for c in verb.children if c.dep_ == "dobj" and not inside[c.i]]
            if objs:
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return objs[0], _np_text(subj) if subj is not None else None
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not inside[c.i]]
        reporting = _reporting_ancestor(verb)
        if subjects and verb is not cue and not is_cue(verb) and reporting is not None:
            # "X said talks will need time, noting that ...": the participle belongs to "said",
            # not to the reported clause it was parsed into
            verb = reporting
            continue
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                subject = verb.head  # "Kirby, who said ..."
            if subject.pos_ == "PRON" and subject.lower_ in ("that", "this", "which", "what"):
                return None
            return subject, _channel(cue, inside)
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents and not inside[agents[0].i]:
            return agents[0], _channel(cue, inside)
        if verb.dep_ == "relcl":
            return verb.head, _channel(cue, inside)
        if verb.pos_ in ("NOUN", "PROPN") and verb.head.i != verb.i:
            verb = verb.head  # "issued a warning stating ...": from the noun to its verb
            continue
        if verb.dep_ not in _CLIMB_DEPS or verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp" and is_cue(verb.head):
            return None  # "X said Y told ...": Y's cue has no subject, X is not its speaker
        verb = verb.head
    return None


def _reporting_ancestor(verb):
    """The cue verb whose reported clause (ccomp) holds ``verb``, if any."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "advcl", "xcomp") and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and is_cue(tok.head):
            return tok.head
        tok = tok.head
    return None


def _channel(cue, inside: list[bool]) -> str | None:
    """Who carried the words: "told AFP", "said to Axios", "in an interview with CNN"."""
    lemma = cue.lemma_.lower()
    if lemma not in _CHANNEL_VERBS:
        return None
    for child in cue.children:
        if inside[child.i]:
            continue
        if lemma in ("tell", "inform") and child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            return _np_text(child)
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and (objs[0].pos_ == "PROPN" or objs[0].lower_ in ("reporters", "journalists")):
                return _np_text(objs[0])
        if child.dep_ == "prep" and child.lower_ == "in":
            for g in child.children:
                if g.dep_ == "pobj" and g.lemma_ == "interview":
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ == "with":
                            objs = [o for o in p.children if o.dep_ == "pobj"]
                            if objs:
                                return _np_text(objs[0])
    return None


def _np_text(token) -> str:
    """A noun phrase without its determiner: "AFP", "Breitbart News Daily host Alex Marlow"."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "poss", "case", "nmod", "nummod"):
            left = min(left, child.left_edge.i)
    return token.doc[left : token.i + 1].text


def mention_span(head, inside: list[bool]) -> tuple[int, int]:
    """Token span of the words a quote is attributed to: the subject's phrase, cut before an
    appositive, a parenthesis or a relative clause ("Basem Naim, a Hamas spokesman," -> "Basem Naim")."""
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    start = head.left_edge.i
    end = head.right_edge.i + 1
    for tok in head.doc[head.i + 1 : end]:
        if tok.text.lower() in _MENTION_STOPS or tok.dep_ in ("relcl", "appos") or inside[tok.i]:
            end = tok.i
            break
    while start < head.i and (head.doc[start].is_punct or head.doc[start].dep_ in ("cc", "prep") or inside[start]):
        start += 1
    return start, max(end, head.i + 1)


def _colon_or_headline(doc, q: QuoteTokens, inside: list[bool]) -> Attribution:
    """No cue in the sentence: a colon introduction ("Caddell: "...") or the headline form
    ('Quote': Hamas), where a short name next to the colon is the speaker."""
    before = [t for t in doc[: q.outer_start] if not t.is_space]
    after = [t for t in doc[q.outer_end :] if not t.is_space]
    if before and before[-1].text == ":":
        np = _short_name_phrase(before[:-1], inside)
        if np:
            return Attribution("colon", ":", before[-1].i, np[0], np[-1] + 1, _head(doc, np))
    if after and after[0].text == ":" and len(after) <= 6:
        np = _short_name_phrase(after[1:], inside)
        if np and np[-1] == after[-1].i or (np and after[-1].is_punct and np[-1] == after[-2].i):
            return Attribution("headline", ":", after[0].i, np[0], np[-1] + 1, _head(doc, np))
    return Attribution()


def _short_name_phrase(tokens, inside: list[bool]) -> list[int] | None:
    """Token indices of a trailing (or whole) short proper-noun phrase, e.g. "Hamas", "Pat Caddell"."""
    run: list[int] = []
    for tok in reversed(tokens):
        if inside[tok.i] or not (tok.pos_ == "PROPN" or (run and tok.pos_ in ("DET", "ADJ", "NOUN") and tok.is_title)):
            break
        run.insert(0, tok.i)
    if not run or len(run) > 5:
        return None
    # the phrase must start its sentence (a label), not end a longer clause
    first = tokens[0].doc[run[0]]
    if first.i != first.sent.start and tokens[0].doc[first.i - 1].text not in (":", "\n") and run[0] != tokens[0].i:
        return None
    return run


def _head(doc, indices: list[int]) -> int:
    span = doc[indices[0] : indices[-1] + 1]
    return span.root.i


def is_group_noun(token) -> bool:
    return token.lemma_.lower() in lexicon.group_nouns()
