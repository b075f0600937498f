"""Indirect speech: the content clause of a reporting verb, quotation marks or not.

"Hamas said the talks would resume", "Naim told AFP that ...", "The talks will resume, a Qatari
official said", "According to the ministry, 40 people died", "The talks, he said, will resume".
The clause is read from the parse of a paragraph's frame (frames.py), whose whole-clause quotes
stand as a placeholder word: a clause that is such a quote is the quotation's own attribution,
not another statement. A clause that holds quoted words ("said the talks would "focus on ..."",
mixed speech) is one statement; the quoted words keep their own partial row. A report whose
object is what was said ("criticized the minister's emails", "called for an investigation", "accused
the ministry of lying") gives the object's words (verbs of data/object_cues.txt); so does any other
verb of data/mixed_cues.txt whose object holds quoted words ("thanked the mayor for "stepping
up"": the marks show the object reports what was said).

Left out: what the parse shows was not stated: a negated or hypothetical cue ("did not say",
"would say", "declined to say"), a question ("asked whether", "did not say whether", a sentence
ending in "?"), a cue with no content clause or reported object ("said nothing", "called a
meeting"), and a statement whose speaker the attribution rules cannot find. The cues are those of
data/indirect_cues.txt and data/object_cues.txt.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ... import lexicon
from ...records import AttributionKind
from ...text import QuoteSpan
from ..attribution.attribute import Attribution, can_speak, cue_attribution
from ..attribution.cues import (
    cue_phrase,
    is_cue,
    is_finding_cue,
    is_hypothetical,
    is_indirect_cue,
    is_object_cue,
    is_speech_phrase,
    marked_by,
)
from ..frames import Frame, QuoteTokens
from ..syntax import PERSON_LABELS, SUBJECT_DEPS, mention_span, subjects_of

#: auxiliaries that make a cue hypothetical: "would say", "could argue"
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can"})
#: verbs whose infinitive cue reports no statement: "declined to say", "refused to confirm"
_WITHHOLDING = frozenset({"decline", "refuse", "fail", "want", "expect", "plan", "hope", "need", "try", "seem"})
#: words that open a question rather than a claim: "did not say whether", "would not say how"
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who", "which"})
#: ... but an account after a verb of account_cues.txt: "explained how", "recalled why"
_ACCOUNT_WORDS = frozenset({"how", "why"})
#: dependents that make a cue after a clause a clause of its own rather than "..., he said"
_NOT_BARE = frozenset({"dobj", "mark", "xcomp", "attr", "acomp"})
#: the complements that fill a clause's object slot, so that it is no relative clause on a noun
_OWN_OBJECTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})
#: how many title words may stand between the comma and a cue's subject ("provincial health officer")
_TITLE_REACH = 4
#: verbs whose object is whom the words were said to ("..., Trump told CNN, ...")
_TO_SOMEONE = frozenset({"tell", "inform", "remind", "assure"})
#: the complements by which a verb names or directs its object ("called the plan a disaster")
_NAMING = frozenset({"oprd", "xcomp", "ccomp", "acomp"})
#: prepositions by which a verb says what of its object ("accused X of", "praised X for", "described X as")
_OF_IT = frozenset({"of", "for", "as"})
#: prepositions that say when, where or why a report was made, not what it said of its object
_CIRCUMSTANCES = frozenset({"at", "during", "in", "after", "before", "since", "following", "amid", "amidst",
                            "despite", "because", "under", "via", "through", "throughout", "while"})
#: what may follow a quotation that is a clause of its own (as direct.quote_kind reads it)
_CLAUSE_ENDS = ".,;:!?)—–-"
#: leading and trailing tokens that belong to the clause's grammar, not to what was said
_EDGE_WORDS = frozenset({"that", "and", "but"})


@dataclass(frozen=True)
class Statement:
    """An indirect statement in a frame's Doc: the content clause's tokens and its attribution."""

    start: int  # first token of the content
    end: int  # one past its last token
    attribution: Attribution


def indirect_statements(doc: Doc, frame: Frame, quotes: list[QuoteSpan],
                        tokens: list[QuoteTokens] | None = None) -> list[Statement]:
    """The indirect statements of one paragraph's frame, in order, given the paragraph's quotes
    (and where they sit in ``doc``, when attribution has found it already). Each content clause is
    given once (two cues of one clause: the first)."""
    marks = _QuoteMarks.of(doc, frame, quotes, tokens)
    found: dict[tuple[int, int], Statement] = {}
    for cue in doc:
        if marks.inside[cue.i] or (kinds := _kinds(cue) or _mixed(cue, marks)) is None or not _asserted(cue):
            continue
        span = _content(cue, kinds, marks)
        if span is None or span in found:
            continue
        attribution = (_document_attribution(cue, kinds, marks.inside) or _possessor_attribution(cue, kinds, marks.inside)
                       or cue_attribution(cue, marks.inside, _hung_speaker(cue)))
        if attribution.found:
            found[span] = Statement(*span, attribution)
    return sorted(found.values(), key=lambda s: (s.start, s.end))


def _document_attribution(cue: Token, kinds: _Kinds, inside: list[bool]) -> Attribution | None:
    """"a new poll showing ...": a finding in a participle that describes its document is the
    document's, whoever the sentence says cited it ("The mayor cited a poll showing ..."); its
    words end at the cue."""
    if cue.dep_ != "acl" or any(c.dep_ in SUBJECT_DEPS for c in cue.children) or not kinds.finding:
        return None
    start, end = mention_span(cue.head, inside)
    return Attribution(AttributionKind.SYNTAX, cue_phrase(cue), cue.i, start, min(end, cue.i), cue.head.i)


def _possessor(noun: Token) -> Token | None:
    """The speaker of a noun of speech (data/speech_nouns.txt): its possessor ("Ortiz's claim that
    ...", "Ortiz's attacks on ..."): a name or an organisation."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.speech_nouns():
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None  # "his claim that ...": mostly said of someone the sentence around names as its speaker
    if owner.ent_type_ in ("DATE", "TIME", "EVENT"):
        return None  # "Monday's claim that ...": a day owns nothing it says
    return owner if owner.pos_ == "PROPN" or owner.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") else None


def _possessor_attribution(cue: Token, kinds: _Kinds, inside: list[bool]) -> Attribution | None:
    """"Ortiz's claim that ...": the possessor speaks; the noun is the cue."""
    owner = kinds.owner
    if owner is None or inside[owner.i]:
        return None
    start, end = mention_span(owner, inside)
    while end - 1 > owner.i and cue.doc[end - 1].dep_ == "case":
        end -= 1  # the speaker is "Ortiz", not "Ortiz's"
    return Attribution(AttributionKind.SYNTAX, cue.text, cue.i, start, end, owner.i)


def _noun_content(noun: Token) -> tuple[Token, set[int]] | None:
    """What a noun of speech reports: its "that" clause ("the claim that the plan failed") or the
    object of its preposition ("attacks on the mayor")."""
    hows = lexicon.speech_nouns().get(noun.lemma_.lower(), frozenset())
    for c in noun.children:
        if c.i < noun.i:
            continue
        if "that" in hows and c.dep_ in ("acl", "ccomp") and marked_by(c, ("that",)):
            return c, {t.i for t in c.subtree}
        if c.dep_ == "prep" and c.lower_ in hows:
            objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0], {t.i for t in objects[0].subtree}
    return None


def _refused(cue: Token) -> Token | None:
    """"The ministry declined to comment", "she refused to discuss the plan": a refusal to speak is
    the speaker's answer; the infinitive is its content. Not one with a clause ("declined to
    confirm that ...", "refused to say whether ..."), whose clause nobody said."""
    if cue.lemma_.lower() not in lexicon.words("refusal_cues") or cue.pos_ not in ("VERB", "AUX"):
        return None
    speaking = lexicon.words("refusal_objects")  # the speaking refused: "comment", not "attend"
    return next((c for c in cue.children if c.dep_ == "xcomp" and c.lemma_.lower() in speaking
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 # "declined to confirm that talks resumed": the clause was withheld, not said
                 and not any(g.dep_ == "ccomp" for g in c.children)), None)


@dataclass
class _Kinds:
    """What kind of report a statement cue is, each found once: the loop over a paragraph's tokens
    asks it, and the content and speaker rules read it."""

    indirect: bool
    object: bool
    finding: bool
    phrase: bool
    owner: Token | None  # the possessor of a noun of speech ("Ortiz's claim")
    refused: Token | None  # the speaking refused ("declined to comment")
    mixed: bool = False  # another reporting verb, with quoted words in its object


def _mixed(token: Token, marks: _QuoteMarks) -> _Kinds | None:
    """A verb of data/mixed_cues.txt with quoted words after it in its phrase ("thanked the mayor
    for "stepping up"", "hailed the vote as "fantastic""): a report of its object (mixed speech)."""
    if not marks.partial or token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.mixed_cues() \
            or is_hypothetical(token):
        return None
    phrase = range(token.i + 1, token.right_edge.i + 1)
    if not any(lo in phrase for lo, _ in marks.partial):
        return None
    return _Kinds(False, False, False, False, None, None, mixed=True)


def _kinds(token: Token) -> _Kinds | None:
    """The kinds of report ``token`` is, or None when it is no statement cue."""
    kinds = _Kinds(is_indirect_cue(token), is_object_cue(token), is_finding_cue(token), is_speech_phrase(token),
                   _possessor(token), _refused(token))
    if kinds.indirect or kinds.object or kinds.finding or kinds.phrase or kinds.owner is not None \
            or kinds.refused is not None:
        return kinds
    return None


@dataclass
class _QuoteMarks:
    """Where a frame's quotations are, token by token."""

    inside: list[bool]  # tokens of any quotation, marks included
    whole: list[bool]  # ... of a quotation that stands in the frame as a placeholder
    partial: list[tuple[int, int]]  # (first, one past last) tokens of the others, marks included

    @classmethod
    def of(cls, doc: Doc, frame: Frame, quotes: list[QuoteSpan], tokens: list[QuoteTokens] | None = None) -> _QuoteMarks:
        marks = cls([False] * len(doc), [False] * len(doc), [])
        replaced = {id(q) for q in frame.placeholders.values()}
        if tokens is None or len(tokens) != len(quotes):
            tokens = [frame.quote_tokens(doc, q) for q in quotes]
        for q, qt in zip(quotes, tokens):
            whole = id(q) in replaced and not _sentence_goes_on(doc, qt.end, qt.outer_end)
            for i in range(qt.outer_start, qt.outer_end):
                marks.inside[i] = True
                marks.whole[i] = marks.whole[i] or whole
            if not whole:
                marks.partial.append((qt.outer_start, qt.outer_end))
        return marks


def _sentence_goes_on(doc: Doc, end: int, outer_end: int) -> bool:
    """Whether the sentence goes on after a quotation that stands as a placeholder ("The minister
    said that "we need more time" for the talks"): its words are then part of the clause, as
    direct.quote_kind calls them partial; one that ends on its own punctuation or before a comma
    or full stop ("...," he said) is a clause of its own."""
    if any(t.text in _CLAUSE_ENDS for t in doc[end - 1 : outer_end]):
        return False  # the frame keeps the quote's last mark after its placeholder: "Yes," / "it is so."
    after = next((t for t in doc[outer_end:] if not t.is_space), None)
    return after is not None and after.text[0] not in _CLAUSE_ENDS


def _asserted(cue: Token) -> bool:
    """The cue reports something said: not negated, hypothetical, withheld or asked."""
    children = list(cue.children)
    if any(c.dep_ == "neg" for c in children):
        return False  # "did not say", "never confirmed"
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return False  # "would say"
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _WITHHOLDING:
        return False  # "declined to say", "expected to announce"
    last = [t for t in cue.sent if not t.is_space][-1]
    return last.text != "?"


def _content(cue: Token, kinds: _Kinds, marks: _QuoteMarks) -> tuple[int, int] | None:
    """(start, end) tokens of the clause ``cue`` reports (or, for a verb of object_cues.txt
    without one, of its object), or None when it reports none, a question, or one whole
    quotation."""
    finding = kinds.finding  # "the poll showed (that) ...": a clause or an object
    found = _clause(cue) if finding or kinds.indirect else None
    if found is None and kinds.phrase:
        found = _phrase_clause(cue)
    if found is None and (finding or kinds.object):
        found = _object(cue, frozenset({""}) if finding else _object_hows(cue))
    if found is None and kinds.owner is not None:
        found = _noun_content(cue)
    if found is None and kinds.mixed:
        found = _object(cue, lexicon.mixed_cues()[cue.lemma_.lower()])
        if found is not None and not any(lo in found[1] for lo, _ in marks.partial):
            found = None  # the quoted words are elsewhere in the sentence
    if found is None and kinds.refused is not None:
        found = kinds.refused, {t.i for t in kinds.refused.subtree}
    if found is None:
        found = _reported_by_agent(cue)
    if found is None:
        return None
    head, tokens = found
    if cue.i < head.i:
        # "said it had sent water, and that teams were surveying damage", "said the report "..."
        # and that crews had caught up": a second "that" clause the parser joined to the cue is
        # more of what was said (one report, as PolNeAR annotates it)
        for more in cue.children:
            if more.dep_ == "conj" and more.i > max(tokens) and marked_by(more, ("that",)):
                tokens = tokens | set(range(max(tokens) + 1, more.left_edge.i)) | {t.i for t in more.subtree}
    whole, inside = marks.whole, marks.inside
    if _is_question(head, cue):
        return None
    if head.is_ancestor(cue) and is_cue(head) and any(whole[t.i] for t in head.subtree):
        # '"...," Naim noted, as reported by Axios': the clause the cue hangs from is a
        # quotation's attribution; the quotation is what was reported, and has its own row
        return None
    # a whole quotation is the cue's own attribution: the cuts below leave nothing outside it
    doc = cue.doc
    # what the speaker went on to say (", noting that ...", ", adding ...", "... and said that
    # ...") is a statement of its own
    for tok in doc[min(tokens) : max(tokens) + 1]:
        if tok.i in tokens and tok.i != head.i and _goes_on(tok):
            tokens -= {t.i for t in tok.subtree} | {tok.left_edge.i - 1}
        elif tok.i in tokens and tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            # "..., according to the paper": who else said it, not what was said
            tokens -= {t.i for t in tok.subtree} | {t.i for t in doc[tok.i + 1].subtree}
    if not tokens:
        return None  # the cuts took every word ("According to officials, according to officials")
    # the clause stops where a whole quotation begins: that quotation is a statement of its own
    start = max([min(tokens), *(i + 1 for i in range(min(tokens), head.i) if whole[i])])
    # ... and where its words end, unless the gap is the cue itself, set in the clause ("It was,
    # Lopez said, one of the worst days"): the clause goes on after it
    parenthetical = {t.i for t in cue.subtree} if cue.i > head.i else set()
    end = min([max(tokens) + 1, *(i for i in range(head.i + 1, max(tokens) + 1)
                                  if whole[i] or (i not in tokens and i not in parenthetical))])
    end = _through_closing_quotation(doc, end, tokens, whole)
    start, end = _trim(doc, start, end, inside)
    # quoted words the clause holds are kept whole, up to their marks
    for lo, hi in marks.partial:
        if lo < end and start < hi:
            start, end = min(start, lo), max(end, hi)
    set_in = {t.i for t in cue.subtree} if head.is_ancestor(cue) else set()
    if start >= end or not any(doc[i].is_alpha and not inside[i] and i not in set_in for i in range(start, end)):
        # nothing but quoted words, or those and the cue set among them ('"The landlord," she
        # said, "does not."'): the quotation's own attribution
        return None
    return start, end


def _through_closing_quotation(doc: Doc, end: int, tokens: set[int], whole: list[bool]) -> int:
    """Where a clause ends that stopped at a whole quotation: past it when the quotation is what
    the clause's own "that" introduces, its last part ("said the plan was that "we start again
    in May."": mixed speech, the clause and the words it quotes), else where it stopped (after a
    colon or a comma the quotation is a statement of its own)."""
    if end >= len(doc) or not whole[end] or doc[end - 1].lower_ != "that":
        return end
    stop = end
    while stop < len(doc) and whole[stop]:
        stop += 1
    ours = any(k in tokens for k in range(end, stop))
    goes_on = any(k in tokens and not (doc[k].is_punct or doc[k].is_space) for k in range(stop, max(tokens) + 1))
    return stop if ours and not goes_on else end


def _clause(cue: Token) -> tuple[Token, set[int]] | None:
    """The head and tokens of the clause a verb of indirect speech reports."""
    # (both kinds at once: "said in a statement that the measure amounted to ... and that it
    # would seek ...", the first hung on the noun, the second on the verb)
    clauses = sorted([c for c in cue.children if c.dep_ == "ccomp" and _reported_by(c, cue)] + _noun_clauses(cue),
                     key=lambda c: c.i) or _gerund_subject_clause(cue) or _clause_after_a_place(cue)
    if clauses:
        # "<clause>, he said" or "he said <clause>"; with both, the parser hung a clause of the
        # sentence before on the cue: the one after it is what was said
        head = next((c for c in clauses if c.i > cue.i), clauses[0])
        tokens = {t.i for t in head.subtree}
        for later in clauses[clauses.index(head) + 1:]:
            if later.left_edge.i != max(tokens) + 1:
                break
            # "noted that half of the funds collected would go ...": the parser split one clause
            # into two; what follows the first without a gap is the rest of it
            tokens |= {t.i for t in later.subtree}
        if cue.i < head.i:
            tokens -= set(range(cue.i, _clause_start(head)))
    elif cue.lower_ == "according" and (around := _around_according(cue)) is not None:
        return around
    elif cue.lower_ == "according" or _as_reported(cue) or _follows_its_clause(cue):
        # "according to X, <clause>", "as X reported, <clause>", "<clause>, he said, <clause>",
        # "<clause>, officials said": the clause the cue hangs from, without the cue's own words
        head = cue.head
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head  # "..., he added, pressed ...": the first of the joined clauses
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == cue.i or head.pos_ not in ("VERB", "AUX"):
            return None
        tokens = {t.i for t in head.subtree} - {t.i for t in cue.subtree}
        if (comma := _comma_before(cue)) is not None:
            tokens -= set(range(comma + 1, cue.left_edge.i))  # the speaker's title the parser hung on the clause
        if (hung := _speaker_hung_before(cue)) is not None:
            tokens -= set(range(hung[0], cue.i))  # ... or the speaker's name and title
        if cue.lower_ == "according":
            tokens -= {t.i for t in cue.doc[cue.i + 1].subtree}  # "to X" when the parser detached it
    else:
        return None
    return head, tokens


def _around_according(cue: Token) -> tuple[Token, set[int]] | None:
    """The sentence's words on the other side of "according to X" set off by a comma: after it
    when the sentence opens on it ("According to the AP, 571 of the 714 delegates backed her"),
    before it when it closes the sentence (", according to the Lopez Center."), whatever the
    parser hung on what (it may make the clause's subject an appositive of X, or the main verb a
    modifier). None for "according to X" inside a clause: the parse decides there."""
    doc, sent = cue.doc, cue.sent
    to = doc[cue.i + 1] if cue.i + 1 < sent.end else None
    objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    if not objects:
        return None
    if all(t.is_punct or t.dep_ in ("cc", "advmod") for t in doc[sent.start : cue.i]):
        # the comma that closes "according to X" (not one that opens a clause about X: ", who ...")
        comma = next((t.i for t in doc[objects[0].i + 1 : sent.end] if t.text == ","
                      and t.i + 1 < sent.end and doc[t.i + 1].lower_ not in ("who", "whose", "which")), None)
        if comma is None:
            return None
        tokens = set(range(comma + 1, sent.end))
    elif cue.i > sent.start and doc[cue.i - 1].text == "," and all(t.is_punct for t in doc[objects[0].right_edge.i + 1 : sent.end]):
        tokens = set(range(sent.start, cue.i - 1))
    else:
        return None
    tokens = {i for i in tokens if not (doc[i].is_punct and doc[i].text in ".!?")}
    heads = [doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == doc[i].i]
    # the clause's verb; failing one the parse made the head, the first verb (the parser may hang
    # it on an appositive of X: "571 of the delegates — a group of leaders — supported her")
    verbs = [h for h in heads if h.pos_ in ("VERB", "AUX")] or [doc[i] for i in sorted(tokens) if doc[i].pos_ in ("VERB", "AUX")]
    if not tokens or not verbs or is_cue(verbs[0]):
        return None  # no clause ("according to X, in 2014"), or a report of its own ("Lopez said ...")
    return verbs[0], tokens


def _gerund_subject_clause(cue: Token) -> list[Token]:
    """"He said widening the road would cost jobs": a clause whose subject is a gerund, which the
    parser made the cue's complement ("widening", with "would cost" its clause): the
    gerund right after the cue, and what hangs from it, is the clause."""
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if after is None or after.dep_ != "xcomp" or after.head.i != cue.i or after.tag_ != "VBG" \
            or not any(c.dep_ == "ccomp" and c.i > after.i for c in after.children):
        return []
    return [after]


def _clause_after_a_place(cue: Token) -> list[Token]:
    """"said on CBC, where she is a regular guest, that the mayor should ...": the "that" clause the
    parser hung on the place or channel as a relative clause (a relative "that" is the clause's
    subject or object; this one is a marker)."""
    return [r for p in cue.children if p.dep_ == "prep" and p.i > cue.i for o in p.children if o.dep_ == "pobj"
            for r in o.children if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]


def _phrase_clause(cue: Token) -> tuple[Token, set[int]] | None:
    """The "that" clause of "made the case that ...", "made it clear that ...": on the verb or on
    its noun of speech (whatever the parser called it)."""
    words = [c for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "oprd", "acomp", "ccomp")]
    clauses = [c for c in [*words, *(g for w in words for g in w.children if g.i > w.i)]
               if marked_by(c, ("that",))]
    if not clauses:
        return None
    head = clauses[0]
    return head, {t.i for t in head.subtree} - set(range(cue.i, _clause_start(head)))


def _says_of_it(c: Token) -> bool:
    """A later prepositional phrase of the verb that goes on describing its object ("showed the mayor
    within two points of her rival", "blamed the delay on the weather", "praised the efforts of
    the mediators"), not one of when, where or why the report was made ("on Tuesday", "at a rally", "in
    an interview", "following the shooting")."""
    if c.dep_ != "prep" or c.lower_ in _CIRCUMSTANCES:
        return False
    return not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)


def _reported_by_agent(cue: Token) -> tuple[Token, set[int]] | None:
    """What a passive report says was reported: "The merger was first reported by Reuters", "a
    fact first reported by a local paper": the passive's subject, or the noun the
    participle describes, when the report names who made it ("by ...")."""
    if not any(c.dep_ == "agent" for c in cue.children):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    if subjects:
        return subjects[0], {t.i for t in subjects[0].subtree}
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i:
        return cue.head, {t.i for t in cue.head.subtree} - {t.i for t in cue.subtree}
    return None


def _object_hows(cue: Token) -> frozenset[str]:
    """How a verb of object_cues.txt takes its object (see lexicon.object_cues)."""
    cues = lexicon.object_cues()
    return cues.get(cue.lemma_.lower()) or cues.get(cue.lower_, frozenset())


def _object(cue: Token, hows: frozenset[str]) -> tuple[Token, set[int]] | None:
    """The head and tokens of the object a verb of object_cues.txt reports: "criticized
    the minister's emails", "called for an investigation", "called the plan a disaster", "urged him to
    resign", "promised to build a wall". Only what follows the verb ("what he calls a crisis"
    is no report of "a crisis"); a lone pronoun ("denied it") says nothing by itself."""
    if "+speaker" in hows and any(not can_speak(s) for s in subjects_of(cue)):
        return None  # "the vote underscored the divide": no one spoke
    # a complement that asks ("asked him how ...", "asked Sanders whether ...") reports no claim
    after = [c for c in cue.children if c.i > cue.i and not (c.dep_ in _NAMING and _is_question(c, cue))]
    # "called the plan a disaster" (the parser may swap the object and its name): both after the verb
    named = any(c.dep_ in _NAMING for c in after) and any(c.dep_ == "dobj" for c in after)
    objects = [c for c in after if (c.dep_ == "dobj" and ("" in hows or "+dobj" in hows or ("+named" in hows and named)))
               or (c.dep_ == "xcomp" and "" in hows) or (c.dep_ == "oprd" and "+named" in hows and named)]
    # "called for an inquiry"; not "called on Tuesday"
    by_preposition = [g for c in after if c.dep_ == "prep" and c.lower_ in hows
                      for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
    if by_preposition and not objects and _only_meant(cue):
        return None  # "came to the hall to talk about taxes", "instead of talking about"
    objects += by_preposition
    # "called for all candidates to lay out ...", which the parser reads as a clause of purpose
    marked = [c for c in after if c.dep_ == "advcl" and marked_by(c, hows)]
    if not objects and not marked:
        return None
    # what the verb says of its object: "called the plan a disaster", "urged him to resign",
    # "accused the ministry of lying", "described the plan as reckless"
    objects += [c for c in after if (c.dep_ in _NAMING or (c.dep_ == "prep" and c.lower_ in _OF_IT)
                                     or _says_of_it(c))
                and c.i > min(o.i for o in objects)] if objects else marked
    head = min(objects, key=lambda t: t.i)
    tokens = {t.i for o in objects for t in o.subtree} - {m.i for c in marked for m in c.children if m.dep_ == "mark"}
    if head.pos_ == "PRON" and (len(tokens) == 1 or "+dobj" in hows):
        return None  # "denied it", "said nothing more": no statement
    if "+dobj" in hows and head.lemma_.lower() in lexicon.words("said_objects"):
        return None  # "said a prayer", "said his goodbyes": words said by rote
    return head, tokens


def _only_meant(cue: Token) -> bool:
    """A report by a preposition's object that the sentence only intends or names as an activity,
    not one made: an infinitive ("to talk about X") or a gerund after a preposition ("without
    referring to X", "instead of talking about X"). A gerund after other prepositions ("after
    speaking about X") is left out too, a known cost."""
    return cue.dep_ == "pcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _goes_on(tok: Token) -> bool:
    """A cue inside a reported clause that reports a clause of its own: ", noting that ...",
    "... and said that ..." (the parser joins the second report to the first one's clause)."""
    if _kinds(tok) is None:
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return True
    return tok.dep_ == "conj" and any(c.dep_ == "ccomp" for c in tok.children)


def _reported_by(clause: Token, cue: Token) -> bool:
    """Whether a clause the parser hung on the cue can be what it reports: one before the cue is
    not, when a colon or semicolon stands between them ("X went further: he said that ...")."""
    if clause.i > cue.i:
        return True
    return not any(t.text in (":", ";") for t in cue.doc[clause.right_edge.i + 1 : cue.i])


def _clause_start(head: Token) -> int:
    """Where a reported clause that follows its cue begins: at its "that", else at its subject.
    Words the parser hung on the clause before these modify the cue ("said on Thursday it had
    sent ...")."""
    openers = [c for c in head.children if c.i < head.i and (c.dep_ == "mark" or c.dep_ in SUBJECT_DEPS)]
    return min((c.left_edge.i for c in openers), default=head.left_edge.i)


def _noun_clauses(cue: Token) -> list[Token]:
    """"said in a statement that ...", "reiterated his claim that ...": a "that" clause the parser
    hung on a noun of the cue's object or prepositional phrase rather than on the cue."""
    nouns = [c for c in cue.children if c.dep_ == "dobj"]
    nouns += [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [clause for noun in nouns for clause in noun.children
            if clause.dep_ == "acl" and marked_by(clause, ("that",)) or _misread_relative(noun, clause)
            or _told_clause(cue, noun, clause)]


def _told_clause(cue: Token, noun: Token, clause: Token) -> bool:
    """"told the board he had driven three hours": what was told, which the parser read as a
    relative clause on whom it was told to ("the board [that] he had driven"); a clause right
    after the listener that opens on a pronoun subject and has an object of its own (a relative
    clause leaves a gap where the noun would be: "told the lawyer she had hired that ...")."""
    first = _relative_right_after(noun, clause)
    return first is not None and _addressee(noun) and first.dep_ in SUBJECT_DEPS and first.pos_ == "PRON" \
        and first.lower_ in lexicon.pronouns() and any(c.dep_ in _OWN_OBJECTS for c in clause.children)


def _misread_relative(noun: Token, clause: Token) -> bool:
    """"said in a statement that Reed had served with grace": the "that" clause the parser read as a
    relative clause on the document, "that" its object; a clause with a subject of its own whose
    verb is nothing done to a document (data/document_verbs.txt: "a statement that she posted")."""
    first = _relative_right_after(noun, clause)
    return first is not None and noun.lemma_.lower() in lexicon.statement_nouns() and first.lower_ == "that" \
        and first.dep_ == "dobj" and clause.lemma_.lower() not in lexicon.words("document_verbs") \
        and any(c.dep_ in SUBJECT_DEPS and c.i != first.i for c in clause.children)


def _relative_right_after(noun: Token, clause: Token) -> Token | None:
    """The first word of ``clause`` when the parser made it a relative clause on ``noun`` that opens
    right after it, with that word one of the clause's own ("a statement that ...", "the board he
    ..."), else None: the shape of a content clause misread as a relative one."""
    first = clause.left_edge
    return first if clause.dep_ == "relcl" and first.i == noun.i + 1 and first.head.i == clause.i else None


def _as_reported(cue: Token) -> bool:
    """"As Axios reported, <clause>", "as reported by Axios, <clause>"."""
    return cue.dep_ == "advcl" and marked_by(cue, ("as",))


def _follows_its_clause(cue: Token) -> bool:
    """"<clause>, he said, <clause>", "Trump told CNN, <clause>" (which the parser marks as
    parataxis) or "<clause>, officials said": a bare cue (a subject of its own, no object but the
    person told, no clause) that the parser hung on the clause it reports; set off by a comma
    unless it is parataxis."""
    if cue.dep_ != "parataxis" and not (cue.dep_ in ("advcl", "conj") and cue.head.i < cue.i):
        return False
    if any(c.dep_ in _NOT_BARE and not _addressee(c) for c in cue.children) or not (any(
            c.dep_ in SUBJECT_DEPS for c in cue.children) or _speaker_hung_before(cue) is not None):
        return False  # "..., while Hamas announced the resumption": a clause of its own
    return cue.dep_ == "parataxis" or _comma_before(cue) is not None


def _hung_speaker(cue: Token) -> Token | None:
    """The head of the name _speaker_hung_before finds ("Achterberg"), else None."""
    hung = _speaker_hung_before(cue)
    return hung[1] if hung is not None else None


def _speaker_hung_before(cue: Token) -> tuple[int, Token] | None:
    """(where the speaker's words start, the name's head) when the parser hung them on the clause
    before a cue left without a subject ("It will hold a vote on February 24, the local's
    president, Jordan Achterberg, told reporters": the name an appositive of the date): a
    person's name right before the cue's comma, with the role it closes; else None."""
    doc = cue.doc
    # (a finite verb after its clause: not "according", nor "..., telling ABC that", whose
    # subject is the sentence's)
    if cue.i < 2 or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("conj", "advcl", "parataxis") \
            or doc[cue.i - 1].text != "," or doc[cue.i - 2].ent_type_ not in PERSON_LABELS \
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    name = doc[cue.i - 2]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    start = name.left_edge.i
    # (hung as an appositive, set off by commas: not the object of a verb the cue shares its
    # subject with, "Ana Reed slams Trump, praises Clinton")
    if name.dep_ != "appos" or name.head.i > start or doc[start - 1].text != ",":
        return None
    # with the role it closes ("the local's president, Jordan Achterberg"), not the date it hangs
    # on ("on May 4, Jo Reed, told")
    role = name.head.pos_ == "NOUN" and name.head.lemma_.lower() in lexicon.person_nouns()
    return (name.head.left_edge.i if role else start), name


def _comma_before(cue: Token) -> int | None:
    """The comma (or dash) that sets off a bare cue and its subject from the clause before, if
    any; it may hang on the cue or not, and the speaker's title may hang elsewhere ("..., including
    four children, provincial health officer Dr. Ana Reed told a briefing": "officer" an
    appositive of "children")."""
    edge = cue.left_edge.i
    before = edge if cue.doc[edge].is_punct else edge - 1
    title = 0
    while before >= 0 and title < _TITLE_REACH and cue.doc[before].pos_ in ("NOUN", "ADJ", "PROPN") \
            and cue.doc[before].dep_ in ("compound", "amod", "appos"):
        before, title = before - 1, title + 1
    return before if before >= 0 and cue.doc[before].text in (",", "—", "–") else None


def _addressee(token: Token) -> bool:
    """The object of "told CNN", "informed reporters": whom the words were said to."""
    return token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in _TO_SOMEONE


def _is_question(head: Token, cue: Token) -> bool:
    """"did not say whether ...", "asked if ...", "said how ...": a clause that asks. A wh-word
    before the cue relates the clause to a noun ("the fees, which the ministry said will rise ...")
    and asks nothing; "explained how ..." (data/account_cues.txt) tells what was said."""
    first = head.doc[head.left_edge.i]
    marker = marked_by(head, ("whether", "if"))
    # "Asked whether the team could win, "Absolutely," Moss said": the question put to the speaker;
    # not "said she was being asked about ...", a clause with its own subject
    put_to = head.lemma_.lower() == "ask" and head.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS
                                                                             for c in head.children)
    # "explained how he built the firm", "recalled why she ran": an account, not a question
    account = first.lower_ in _ACCOUNT_WORDS and cue.lemma_.lower() in lexicon.words("account_cues")
    return marker or put_to or (first.tag_ in ("WDT", "WP", "WRB") and first.lower_ in _QUESTION_WORDS
                                and first.i > cue.i and not account)


def _own_that(token: Token) -> bool:
    """A "that" of the clause's own words: a determiner ("that figure was low"). A pronoun subject
    ("said that was wrong") is trimmed as a mark would be: the parser labels the mark that way too
    ("said that, among voters, ..."), and keeping those changed 176 PolNeAR train rows and no
    all-attributions figure by more than 0.001."""
    return token.lower_ == "that" and token.dep_ == "det"


def _trim(doc: Doc, start: int, end: int, inside: list[bool]) -> tuple[int, int]:
    """The clause without the edge words and punctuation that only join it to its cue ("that",
    ", " and the full stop); not a "that" of the clause's own words ("said that figure would be
    ...")."""
    while start < end and ((doc[start].lower_ in _EDGE_WORDS and not _own_that(doc[start])) or doc[start].is_space
                           or (doc[start].is_punct and not inside[start])):
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct and not inside[end - 1])):
        end -= 1
    return start, end

