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
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ... import lexicon
from ...records import AttributionKind
from ..frames import CLAUSE_PLACEHOLDER, PLACEHOLDER, QuoteTokens
from ..syntax import (
    NOMINAL_SUBJECTS,
    PERSON_LABELS,
    SUBJECT_DEPS,
    is_age_aside,
    mention_span,
    sentence_token_ids,
    subjects_of,
)
from .cues import CLIMB_DEPS, cue_phrase, is_circumstance_cue, is_cue, is_cue_word, is_finding_cue, is_indirect_cue

_CHANNEL_VERBS = frozenset({"tell", "inform", "say", "state", "speak", "write", "explain", "confirm", "add", "describe"})
# tokens that may stand between a quote and its cue without breaking the link ("," he said)
_GAP_POS = frozenset({"PUNCT", "DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "CCONJ", "PART", "ADV", "SPACE", "ADP"})
_PHRASE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "PART", "NUM", "PUNCT"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: what words may come "from" that is no source of them
_NOT_SOURCES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_SPEAKER_LISTS = ("role_words", "anonymous_heads", "group_nouns", "statement_nouns", "speaker_nouns", "descriptions",
                  "professions")
#: clauses that describe a noun or a circumstance rather than carry the sentence
_MODIFIER_CLAUSES = frozenset({"relcl", "acl", "advcl"})
_SENTENCE_END = frozenset({".", "!", "?"})
_SIGNATURE_MARKS = frozenset({":", "―", "—", "–", "-", "--"})


@dataclass
class Attribution:
    """The outcome for one quote. Token indices are into the frame's Doc."""

    how: AttributionKind = AttributionKind.NONE
    cue: str | None = None
    cue_i: int | None = None
    speaker_start: int | None = None  # token span of the speaker's words
    speaker_end: int | None = None
    speaker_head: int | None = None
    channel: str | None = None
    refers_to: int | None = None  # antecedent of "who", issuer of "a statement saying"

    @property
    def found(self) -> bool:
        return self.speaker_tokens is not None

    @property
    def speaker_tokens(self) -> tuple[int, int, int] | None:
        """(start, end, head) of the speaker's words, None when none were found."""
        if self.speaker_start is None or self.speaker_end is None or self.speaker_head is None:
            return None
        return self.speaker_start, self.speaker_end, self.speaker_head


def attribute(doc: Doc, quotes: list[QuoteTokens]) -> list[Attribution]:
    """An Attribution for each quote of one paragraph's frame, in order."""
    inside = [False] * len(doc)
    for q in quotes:
        for i in range(q.outer_start, q.outer_end):
            inside[i] = True
    return [_attribute_one(doc, q, inside) for q in quotes]


def _attribute_one(doc: Doc, q: QuoteTokens, inside: list[bool]) -> Attribution:
    outside = [t for t in _frame_window(doc, q, inside) if not inside[t.i]]
    governing = _governing_cues(doc, q, inside)
    candidates = [t for t in outside if is_cue(t) or t.i in governing]
    if _closes_its_sentence(doc, q, inside) and any(_reports_on_its_own(c, inside) for c in candidates
                                                    if c.i >= q.outer_end):
        # the cues after the quote are the next sentence's ("Reed said he would, according to ...")
        candidates = [c for c in candidates if c.i < q.outer_end]
    near = {c.i: _next_to(doc, q, c, inside) for c in candidates}
    if not any(near.values()):
        # a speech verb the list lacks, or the tagger mislabels, in the slot right after the
        # quote and its speaker ("...," Toomey fumed. / "...," a voice-over in the ad states.)
        candidates += [t for t in outside if _in_speech_slot(doc, q, t, inside)]
        near.update((c.i, _next_to(doc, q, c, inside)) for c in candidates if c.i not in near)
    links = {c.i: 3 if c.i in governing else 2 if near[c.i] else 1 for c in candidates}
    ranked = sorted(candidates, key=lambda c: (-links[c.i], _distance(q, c)))
    if ranked and links[ranked[0].i] == 3 and not near[ranked[0].i] and not _main_clause_participle(ranked[0]) \
            and not _names_a_person(ranked[0], inside):
        # a quote deep in a clause that another speaker reports ("Lopez said the council told
        # voters it plans to "wait and see"") is the reporter's words, as the writer quotes them
        # (full PolNeAR train: speaker accuracy 0.9005 -> 0.902); a participle after a comma
        # ("X said talks will need time, noting that ...") is the reporter's own cue
        outer = _reporting_ancestor(ranked[0])
        if outer is not None and not inside[outer.i]:
            links[outer.i] = 3
            near.setdefault(outer.i, _next_to(doc, q, outer, inside))
            ranked.insert(0, outer)
    for cue in ranked:
        link = links[cue.i]
        found = _speaker_of(cue, inside)
        if found is None or (link == 1 and not can_speak(found.subject)):
            # a guess by position, or a cue loosely tied to the quote, needs a subject that can
            # speak ("schools in Florida that reminded him of ..." cannot)
            found = _speaking_guess(cue, inside)
        adjacent = _adjacent_phrase(doc, q, cue, inside) if near[cue.i] else None
        if adjacent is not None:
            # the words between a quote and its cue are plainly the speaker, whatever the parser
            # made of them ("Yes," Tulsa police Chief ... said); its head is trusted when it agrees
            start, end, head = adjacent
            if found is not None and found.subject.dep_ in SUBJECT_DEPS and start <= found.subject.i < end:
                head = found.subject.i
            channel = found.channel if found else _channel(cue, inside)
            return Attribution(AttributionKind.ADJACENT, cue_phrase(cue), cue.i, start, end, head, channel)
        if found is None:
            continue
        how = {3: AttributionKind.SYNTAX, 2: AttributionKind.ADJACENT, 1: AttributionKind.SENTENCE}[link]
        return _by_cue(cue, found, inside, how)
    colon = _colon_or_headline(doc, q, inside)
    if colon.found:
        return colon
    if any(_passive_without_agent(doc[i]) for i in governing):
        return Attribution()  # "what has been described as a "war room"": said by nobody named
    return _sentence_subject(doc, q, inside)


def cue_attribution(cue: Token, inside: list[bool], speaker: Token | None = None) -> Attribution:
    """The speaker of what ``cue`` governs (an indirect statement's content clause), found as for
    a quote the cue governs: its subject, climbing through "went on to say" or "issued a
    statement saying", "according to X", passives; else the noun phrase left of a cue the parser
    gave no subject. A reporting verb with a content clause makes its subject a speaker whatever
    noun it is ("the story noted that ...", "those around him acknowledge that ..."), unless it
    is an expletive ("there", the "it" of "It was reported that ..."); a passive report's speaker is
    its agent ("was first reported by Reuters"). Attribution() when there is none. ``speaker``:
    the speaker's head when the caller found it where the parser did not look."""
    # "The merger was first reported by Reuters": the agent speaks, not the passive's subject
    given = speaker if speaker is not None else _agent(cue, inside)
    found = Found(given, _channel(cue, inside)) if given is not None else _speaker_of(cue, inside)
    if found is None:
        found = _speaking_guess(cue, inside, past_appositive=True)
    if found is None or _expletive(found.subject, cue):
        return Attribution()
    return _by_cue(cue, found, inside, AttributionKind.SYNTAX)


def _agent(verb: Token, inside: list[bool]) -> Token | None:
    """Who did what a passive verb says ("reported by Reuters" -> Reuters), outside quotations."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents[0] if agents and not inside[agents[0].i] else None


def _expletive(subject: Token, cue: Token) -> bool:
    """A subject that stands for no speaker: "there", or the "it" of a passive report."""
    return subject.dep_ == "expl" or (subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in cue.children))


def _by_cue(cue: Token, found: Found, inside: list[bool], how: AttributionKind) -> Attribution:
    """The Attribution of a cue and its speaker: the speaker's words as a mention span."""
    start, end = mention_span(found.subject, inside)
    if start <= cue.i < found.subject.i:
        start = cue.i + 1  # "Continued Stone:": the cue is not part of the speaker's name
    if cue.lower_ == "according":
        how = AttributionKind.ACCORDING
    refers_to = found.refers_to.i if found.refers_to is not None else None
    return Attribution(how, cue_phrase(cue), cue.i, start, end, found.subject.i, found.channel, refers_to)


def _sentence_subject(doc: Doc, q: QuoteTokens, inside: list[bool]) -> Attribution:
    """No cue at all: the quoted words belong to the person the sentence is about ("He also seeks
    "a permanent injunction ..."", "he wanted to "go an extra step""), when its subject is a
    name or a personal pronoun."""
    root = doc[q.start].sent.root
    verb = _verb_parsed_as_modifier(root, inside)
    if verb is not None:
        subjects = [root]  # "Ana Reed, a debate coach, compared Lopez to ...": the name is the root
        root = verb
    elif inside[root.i] or root.pos_ not in ("VERB", "AUX"):
        return Attribution()
    else:
        subjects = subjects_of(root, inside, deps=NOMINAL_SUBJECTS)
    if not subjects:
        return Attribution()
    subject = subjects[0]
    if not _names_someone(subject):
        return Attribution()
    return Attribution(AttributionKind.SUBJECT, root.text, root.i, *mention_span(subject, inside), subject.i)


def _names_it(verb: Token) -> bool:
    """A verb of data/naming_verbs.txt that gives its object a name or a description ("was called
    "a liar"", "is described as"; not "who has called for more troops", "was called as a witness")."""
    # ("called as a witness" is summoned: "call" names only its object's complement)
    lemma = verb.lemma_.lower()
    return lemma in lexicon.words("naming_verbs") and any(
        c.dep_ in ("oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as" and lemma != "call") for c in verb.children)


def _namer(verb: Token, inside: list[bool]) -> Token | None:
    """Who gave the name of a passive naming verb: its agent, the one a clause of time before it
    says examined the thing ("When Veritas Check examined the claim, it was labeled ..."), or the
    "by" phrase the parser hung on the name ("has been called "a quiet coup" by Ana Reed")."""
    agent = _agent(verb, inside)
    if agent is not None:
        return agent
    # (a fact-checker's rating: the examiner named it)
    examiner = next((subj for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and _opens_on_when(c)
                     for subj in subjects_of(c, inside) if subj.pos_ == "PROPN" and subj.ent_type_ in ("ORG", "PERSON")), None)
    if examiner is not None:
        return examiner
    names = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ != "punct"]
    return next((g for n in names for c in n.children if c.dep_ == "prep" and c.lower_ == "by" and not inside[c.i]
                 for g in c.children if g.dep_ == "pobj" and not inside[g.i] and can_speak(g)), None)


def _opens_on_when(clause: Token) -> bool:
    """A clause of time on "when" or "after" (the parser makes "when" a marker or an adverb)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after") and c.i < clause.i for c in clause.children)


def _passive_without_agent(cue: Token) -> bool:
    """A passive cue that names nobody who spoke ("has been described as", "is called")."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)
    return passive and not any(c.dep_ == "agent" for c in cue.children)


def _names_someone(subject: Token) -> bool:
    """A name, a noun a person's name stands beside ("Another critic, Ana Reed,") or a personal
    pronoun: a subject sure enough to speak for quoted words no cue ties to it (a "speech" or "a
    court" is not)."""
    named = subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG") or _person_named(subject)
    return named or subject.lower_ in ("he", "she", "they")


def _verb_parsed_as_modifier(root: Token, inside: list[bool]) -> Token | None:
    """The sentence's verb when the parser made the subject the root and the verb a modifier of
    it (see _main_verb_made_modifier); for a person's name, any verb after a comma, whatever the
    parser made of its object ("Ana Reed, a debate coach, compared Lopez to ...": "Lopez" a
    preposition)."""
    if root.pos_ not in ("NOUN", "PROPN") or inside[root.i]:
        return None
    person = root.ent_type_ in PERSON_LABELS
    # (not a passive participle: "Marla Quinby, surrounded by reporters, after her escape")
    return next((c for c in root.rights if c.dep_ == "acl" and c.pos_ == "VERB" and not inside[c.i]
                 and (_main_verb_made_modifier(c) or person and c.doc[c.i - 1].text == ","
                      and not any(g.dep_ in ("agent", "auxpass") for g in c.children))), None)


def _in_speech_slot(doc: Doc, q: QuoteTokens, tok: Token, inside: list[bool]) -> bool:
    """A lowercase verb right after a quote that ends on , ? or ! and a plain noun phrase,
    ending the clause: the classic "...," Toomey fumed."""
    if tok.i <= q.outer_end or not (tok.is_lower and tok.is_alpha) or tok.is_stop:
        return False
    # the quote's last word and the marks after it, and the token after the closing mark
    edge = {t.text for t in doc[q.end - 1 : q.outer_end + 1]}
    if not edge & {",", "?", "!"}:
        return False
    # the tagger may call a reporting verb here a noun ("Conway notes.", "the editorial read.")
    if not (tok.pos_ == "VERB" or tok.tag_ in ("VBD", "VBZ", "NNS") or is_cue_word(tok.text)):
        return False
    phrase = _adjacent_phrase(doc, q, tok, inside)
    if phrase is None:
        return False
    speaker = doc[phrase[2]]
    if not (is_cue_word(tok.text) or speaker.is_title or can_speak(speaker)):
        return False  # '"adequate, if not exhaustive," consideration to residents' concerns': nobody
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (after is None or after.is_punct or after.pos_ in ("ADP", "ADV", "CCONJ")
            or after.ent_type_ in _TIME_ENTS)


def _speaking_guess(cue: Token, inside: list[bool], *, past_appositive: bool = False) -> Found | None:
    """The subject guessed by position (_positional_subject), when it can speak."""
    guess = _positional_subject(cue, inside, past_appositive=past_appositive)
    # a capitalised word the tagger called a noun before a participle's phrase is a name, where
    # a sentence's first word alone may be any noun
    if guess is None or not (_named_before_a_participle(guess.subject) or can_speak(guess.subject)):
        return None
    if guess.subject.dep_ == "nsubjpass" and guess.subject.head == cue and _names_it(cue):
        return None  # "Reed was called "a liar"": what was named, which _speaker_of refused
    return guess


def _named_before_a_participle(token: Token) -> bool:
    """A capitalised noun followed by a comma and a participle's phrase ("Farrow, reached by
    email, said"; "Bouchard, finishing a shift, said", the tagger's adverb)."""
    doc = token.doc
    name_like = token.pos_ in ("PROPN", "NOUN") or (token.pos_ == "ADV" and not token.is_stop
                                                     and token.lower_ not in lexicon.words("not_name_words"))
    return token.is_title and name_like and token.i + 2 < len(doc) \
        and doc[token.i + 1].text == "," and doc[token.i + 2].tag_ in ("VBN", "VBG")


def _positional_subject(cue: Token, inside: list[bool], *, past_appositive: bool = False) -> Found | None:
    """The noun phrase just left of a cue that the parser gave no subject ("And Skelly called"),
    or a name right after it ("said Skelly, explaining"); None when there is no plain one.
    ``past_appositive``: also a name before its appositive ("Ned Reed, an analyst, said that ...";
    a quotation after such a cue and a colon is the colon's, see _colon_or_headline)."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1  # "also", "has", "then"
    i = _before_parenthesis(doc, i, inside)  # "Sen. Ana Price (D-Ore.) said"
    i = _before_parenthesis(doc, _before_aside(doc, i, inside, past_appositive), inside)  # "Ana Price (NDP), who ..., said"
    run: list[Token] = []
    while i >= 0 and not inside[i]:
        tok = doc[i]
        if tok.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") or tok.is_title or tok.tag_ == "POS":
            run.insert(0, tok)
            i -= 1
        else:
            break
    heads = [t for t in run if t.pos_ in ("PROPN", "NOUN", "PRON") or t.is_title]
    # words after a preposition are its object ("in the past described"), not a subject
    after_preposition = i >= 0 and doc[i].pos_ == "ADP" and not _after_title_of(doc, i, heads)
    if heads and not after_preposition and not (heads[-1].pos_ == "PRON" and heads[-1].lower_ not in lexicon.pronouns()):
        return Found(heads[-1], _channel(cue, inside))
    # inverted, with the name right after the cue and before a comma: "said Skelly, explaining"
    after = []
    for tok in doc[cue.i + 1 :]:
        if inside[tok.i] or not (tok.pos_ == "PROPN" or tok.is_title) or tok.ent_type_ in _TIME_ENTS:
            break
        after.append(tok)
    end = cue.i + 1 + len(after)
    if after and (end == len(doc) or doc[end].is_punct):
        return Found(after[-1], _channel(cue, inside))
    return None


def _before_aside(doc: Doc, i: int, inside: list[bool], past_appositive: bool) -> int:
    """The index before a relative clause, a participle's phrase after a name, or
    (``past_appositive``) a person's appositive, set off by commas that ends at ``i`` ("One fan,
    who drove in from Moncton with her brother for the final, said"; "Farrow, reached by email,
    said"; "Torsten Ebbe, an analyst at Northlight Games Research, said", where the parser made
    "Torsten" a verb) or an age ("Ana Reed, 44, said"), else ``i``."""
    if i < 0 or doc[i].text != ",":
        return i
    if past_appositive and i > 1 and doc[i - 1].ent_type_ in PERSON_LABELS and doc[i - 1].left_edge.i > 0 \
            and doc[doc[i - 1].left_edge.i - 1].text == ",":
        return i - 1  # a name closing an appositive: "Donors ..., the campaign chief, Ana Reed, suggested"
    # the aside may be long ("who drove in from Moncton with her brother for the final"), but
    # holds no comma of its own: the nearest comma before it opens it; only a person's appositive
    # may hold a place's commas ("Ned Reed, a Halifax, N.S., pastor who runs the shelter, said")
    nearest: int | None = None  # what the nearest comma opens, when it is an aside
    for k in range(i - 1, max(0, i - 40), -1):
        if inside[k] or doc[k].text in _SENTENCE_END:
            break
        if doc[k].text != "," or k == 0:
            continue
        person = past_appositive and doc[k - 1].ent_type_ in PERSON_LABELS
        if person and doc[k + 1].lower_ in ("a", "an", "the"):
            return k - 1
        if nearest is None:
            # (an age after a name is an aside too: "Demir-Halloran, 44, said", its name untagged)
            age = k + 2 == i and is_age_aside(doc, k) and (doc[k - 1].ent_type_ in PERSON_LABELS or doc[k - 1].pos_ == "PROPN")
            aside = doc[k + 1].lower_ in ("who", "whose") or _named_before_a_participle(doc[k - 1]) \
                or (person and doc[k + 1].like_num) or age
            nearest = k - 1 if aside else i
        if not past_appositive:
            break
    return i if nearest is None else nearest


def _after_title_of(doc: Doc, i: int, heads: list[Token]) -> bool:
    """The "of" of a title before a person's name ("Secretary of State Ana Price said"; a role
    word before it, not "Critics of Ana Price said"): the words after it are the speaker, not the
    object of a preposition."""
    return (doc[i].lower_ == "of" and i > 0 and doc[i - 1].lower_ in lexicon.role_words() and bool(heads)
            and heads[-1].ent_type_ in PERSON_LABELS)


def _before_parenthesis(doc: Doc, i: int, inside: list[bool]) -> int:
    """The index before a short parenthesis that ends at ``i`` (a party and state, an age, a
    riding), else ``i``."""
    if i < 0 or doc[i].text != ")":
        return i
    for k in range(i - 1, max(-1, i - 9), -1):  # a few words: "(D-Ore.)", "(NDP)", "(pictured)"
        if inside[k] or doc[k].text == ")":
            return i
        if doc[k].text == "(":
            return k - 1
    return i


def _frame_window(doc: Doc, q: QuoteTokens, inside: list[bool]) -> list:
    """Tokens that may hold the quote's attribution: its sentences as parsed, widened to the
    words outside quotes up to the sentence ends on either side. The parser often ends a sentence
    at a quote's own "?" or "." ("...?" Graham asked.), which must not cut the frame off."""
    span = range(q.outer_start, max(q.outer_end, q.outer_start + 1))
    tokens = {k: doc[k] for k in sentence_token_ids(doc, span.start, span.stop)}
    i = q.outer_end
    while i < len(doc) and not inside[i]:
        tokens[i] = doc[i]
        if doc[i].text in _SENTENCE_END:
            break
        i += 1
    i = q.outer_start - 1
    while i >= 0 and not inside[i] and doc[i].text not in _SENTENCE_END:
        tokens[i] = doc[i]
        i -= 1
    return [tokens[k] for k in sorted(tokens)]


def _governing_cues(doc: Doc, q: QuoteTokens, inside: list[bool]) -> set[int]:
    """The cues that govern the quote in the parse: for each head of the quote's own words, the
    nearest cue outside quotes among its ancestors, or a document's verb of finding ("A 2019
    audit found that the money could have come from "..."": the audit's words)."""
    governing = set()
    for i in range(q.start, q.end):
        tok = doc[i]
        if q.start <= tok.head.i < q.end and tok.head.i != tok.i:
            continue  # not a head of the quote's own words
        someones_clause = False  # "An audit found that Reed texted "delete it"": Reed's words
        for anc in tok.ancestors:
            if inside[anc.i]:
                continue
            if is_cue(anc) or is_circumstance_cue(anc) or (_document_finds(anc) and not someones_clause):
                governing.add(anc.i)
                break
            someones_clause = someones_clause or any(c.dep_ in ("nsubj", "nsubjpass") and _names_someone(c) for c in anc.children)
    return governing


def _document_finds(verb: Token) -> bool:
    """A verb of finding whose own subject is the document that found it ("A 2014 committee
    report found that ..."; not "in order to show", nor "his videos show", whose owner is
    whoever "his" is)."""
    return is_finding_cue(verb) and any(
        c.dep_ == "nsubj" and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in verb.children)


def _next_to(doc: Doc, q: QuoteTokens, cue: Token, inside: list[bool]) -> bool:
    """The cue stands right by the quote: only its subject (or object) and punctuation between."""
    if cue.i >= q.outer_end:
        if doc[q.end - 1].text == "." and _words_before(doc, q, inside):
            return False  # 'calling him "a failed candidate." Reed said ...': the next sentence's cue
        gap = doc[q.outer_end : cue.i]
        return len(gap) <= 12 and all((t.pos_ in _GAP_POS or t.is_title) and not inside[t.i] for t in gap)
    gap = doc[cue.i + 1 : q.outer_start]
    return len(gap) <= 8 and all(not inside[t.i] and not (t.pos_ in ("VERB", "AUX") and t.dep_ != "aux") for t in gap)


def _closes_its_sentence(doc: Doc, q: QuoteTokens, inside: list[bool]) -> bool:
    """The quote ends on its own mark (. ? !) and ends a sentence of the writer's ('but said "it
    is late." Reed said ...') or goes on from an earlier quote of its paragraph: a cue after it
    that reports on its own ('"... campaign." Reed said he would ...') is the next sentence's
    statement, not the quote's attribution. A quote that opens its paragraph keeps such a cue
    ('"A great day." Mayor Ana Reed said the line would open in May'): the paragraph before is no
    likelier speaker."""
    return any(t.text in _SENTENCE_END for t in doc[q.end - 1 : q.outer_end]) and (
        _words_before(doc, q, inside) or _quote_before_in_paragraph(doc, q, inside))


def _reports_on_its_own(cue: Token, inside: list[bool]) -> bool:
    """The cue reports a clause of its own ("Reed said he would ...") or opens the next quote
    ('Of Lopez, Reed said, "..."')."""
    doc = cue.doc
    introduces = cue.i + 2 < len(doc) and doc[cue.i + 1].text in (",", ":") and inside[cue.i + 2]
    return introduces or any(c.dep_ == "ccomp" and c.i > cue.i and not inside[c.i] for c in cue.children)


def _quote_before_in_paragraph(doc: Doc, q: QuoteTokens, inside: list[bool]) -> bool:
    """Another quotation stands before this one in its paragraph (the frame may hold the
    paragraphs before it too: a line break ends the search)."""
    for k in range(q.outer_start - 1, -1, -1):
        if "\n" in doc[k].text:
            return False
        if inside[k]:
            return True
    return False


def _words_before(doc: Doc, q: QuoteTokens, inside: list[bool]) -> bool:
    """The quote's sentence has words of the writer's before it (the quote does not open it)."""
    i = q.outer_start - 1
    while i >= 0 and not inside[i] and doc[i].text not in _SENTENCE_END:
        if doc[i].is_alpha:
            return True
        i -= 1
    return False


def _adjacent_phrase(doc: Doc, q: QuoteTokens, cue: Token, inside: list[bool]) -> tuple[int, int, int] | None:
    """(start, end, head) of a plain noun phrase standing between a quote and its cue
    ("...," Tulsa police Chief Chuck Jordan said) or right after an inverted cue ("...," said
    Jordan). None when those words are not a plain noun phrase."""
    inverted = False
    if cue.i >= q.outer_end:
        words = [t for t in doc[q.outer_end : cue.i] if not (t.is_punct and t.text not in "-'’")]
        if not words and cue.i + 1 < len(doc):
            inverted, words = True, []  # the phrase follows the cue
            for tok in doc[cue.i + 1 :]:
                if inside[tok.i] or (tok.pos_ not in _PHRASE_POS and not tok.is_title) or tok.ent_type_ in _TIME_ENTS:
                    break
                if tok.is_punct and tok.text not in "-'’":
                    break
                words.append(tok)
    else:
        return None
    while words and words[0].pos_ in ("CCONJ", "PUNCT"):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    # "Jordan, the police chief, said": the name before the appositive
    for k, tok in enumerate(words):
        if tok.text in (",", "(") and k:
            words = words[:k]
            break
    # a capitalised word is part of a name even when the tagger calls it a verb ("Tulsa"); a
    # preposition may join two nouns ("a spokesman for the campaign", "a voice-over in the ad")
    if not words or words[-1].pos_ == "ADP" or any(
        (t.pos_ not in _PHRASE_POS and not t.is_title and not (t.pos_ == "ADP" and k > 0)) or inside[t.i]
        for k, t in enumerate(words)
    ):
        return None
    # the head is the last noun before any preposition: "a voice-over in the ad" -> "voice-over"
    core = words[: next((k for k, t in enumerate(words) if t.pos_ == "ADP"), len(words))]
    heads = [t for t in core if t.pos_ in ("PROPN", "NOUN", "PRON") or t.is_title]
    if not heads and core and _speaker_noun(core[-1]):
        heads = [core[-1]]  # "...," the editorial read: a tagger that made "read" a noun made "editorial" its adjective
    if not heads or (words[-1].i - words[0].i) > 10:
        return None
    head = heads[-1]
    if inverted and head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) \
            and not can_speak(head):
        return None  # '"terrible," denounced her record': the verb's object, not a speaker
    return words[0].i, words[-1].i + 1, heads[-1].i


def _distance(q: QuoteTokens, cue: Token) -> int:
    return cue.i - q.outer_end if cue.i >= q.outer_end else q.outer_start - cue.i


class Found(NamedTuple):
    """A cue's speaker: the subject token, the channel, and what the subject stands for when it
    is a relative pronoun ("Rubio, who mused") or a document ("a sign saying"): its antecedent
    or its issuer."""

    subject: Token
    channel: str | None = None
    refers_to: Token | None = None


def _speaker_of(cue: Token, inside: list[bool]) -> Found | None:
    """The speaker of a cue, or None when it has no usable subject."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or inside[objs[0].i]:
            return None
        return Found(_released_by(objs[0], inside) or objs[0])
    if _main_clause_participle(cue):
        # "Gowdy's office slammed a lawsuit filed by a staffer, calling it ...": a participle
        # after a comma belongs to the main clause, whatever noun the parser hung it on
        # ('"...," Lopez added, saying ...': the report it was hung on, when it is one of the
        # sentence's own, not of a clause about someone ("an architect who said ..., saying")
        report = cue.head
        own = is_cue(report) and report.dep_ not in _MODIFIER_CLAUSES and subjects_of(report, inside) \
            and not _reported_by_another(report)
        root = report if own else cue.sent.root
        subjects = subjects_of(root, inside)
        if root is not cue and subjects and can_speak(subjects[0]):
            return Found(subjects[0], _channel(cue, inside))
    verb = cue
    for _ in range(5):
        if verb.lemma_.lower() == "quote":
            # "Axios quoted a senior official as saying": the official speaks, Axios carries it
            objs = [c for c in verb.children if c.dep_ == "dobj" and not inside[c.i]]
            if objs:
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return Found(objs[0], _np_text(subj) if subj is not None else None)
        subjects = subjects_of(verb, inside)
        reporting = _reporting_ancestor(verb)
        if subjects and verb is not cue and (not is_cue(verb) or not can_speak(subjects[0])) and reporting is not None:
            # "X said talks will need time, noting that ...": the participle belongs to "said",
            # not to the reported clause it was parsed into; so does "pointed to" of "Reed said the
            # increase reflected a real cost and pointed to ..." (an increase reflects nothing aloud)
            verb = reporting
            continue
        if subjects:
            subject = subjects[0]
            if len(subjects) > 1 and _put_first(subject, subjects[1], verb):
                subject = subjects[1]
            naming = _names_it(verb)
            if subject.dep_ == "nsubjpass" and (is_indirect_cue(verb) or verb.lemma_.lower() == "ask" or naming):
                # "more would be added", "she was told", "he was asked", "Reed was called "a liar"":
                # what was said, who heard it or what was named; the speaker is the agent, if any
                # ("was told by her lawyer"). Not a verb of what was
                # done to the speaker ("was ridiculed for its claim that "..."", "was quoted as
                # saying"): that subject's words are quoted
                agent = _namer(verb, inside) if naming else _agent(verb, inside)
                return Found(agent, _channel(cue, inside)) if agent is not None else None
            if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return Found(subject, _channel(cue, inside), verb.head)  # "Kirby, who said ..."
            if subject.pos_ == "PRON" and subject.lower_ in ("that", "this", "which", "what"):
                return None
            subject = _named_after_opening_participle(subject, inside) or _named_in_whose_phrase(subject, inside) \
                or subject
            return Found(subject, _channel(cue, inside))
        agent = _agent(verb, inside)
        if agent is not None:
            return Found(agent, _channel(cue, inside))
        if (lost := _name_parsed_as_adverb(verb, inside) or _subject_of_a_whose_clause(verb, inside)) is not None:
            return Found(lost, _channel(cue, inside))
        if verb.dep_ == "relcl" or _main_verb_made_modifier(verb):
            return Found(verb.head, _channel(cue, inside))
        if verb.pos_ in ("NOUN", "PROPN") and verb.head.i != verb.i:
            if verb.lemma_.lower() in lexicon.statement_nouns() and verb is not cue:
                # "Black Lives Matter issued a statement saying ...": the issuer speaks through
                # the document; with no issuer in the clause, the document itself
                issuer = next(iter(subjects_of(verb.head)), None)
                if issuer is None:  # a name the parser left without its subject role
                    guess = _speaking_guess(verb.head, inside)
                    issuer = guess.subject if guess is not None else None
                return Found(issuer if issuer is not None else verb, _channel(cue, inside))
            verb = verb.head  # "issued a warning stating ...": from the noun to its verb
            continue
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp" and is_cue(verb.head):
            return None  # "X said Y told ...": Y's cue has no subject, X is not its speaker
        verb = verb.head
    return None


def _name_parsed_as_adverb(verb: Token, inside: list[bool]) -> Token | None:
    """The subject of a verb without one that the parser made an adverb of it: a capitalised word
    that opens the sentence and no list of sentence openers holds ("Tully, in reply, said ...",
    "Tully said ..., and warned that ...": "Tully" read as an adverb; not "Finally", "Meanwhile":
    data/not_name_words.txt)."""
    first = verb.sent[0]
    if first.dep_ != "advmod" or first.head.i != verb.i or inside[first.i] or not first.is_title or first.is_stop \
            or first.lower_ in lexicon.words("not_name_words") or first.pos_ not in ("ADV", "PROPN"):
        return None
    if first.pos_ == "ADV" and first.lower_.endswith("ly") and len(first) > 6 and first.ent_type_ not in PERSON_LABELS:
        return None  # an adverb of a longer stem ("Frankly", "Unfortunately"), not a short name ("Tully")
    # (not an adverb opening a sentence whose subject the parser lost further on: "Hastily ...
    # ― Trump cast the blame")
    if any(t.pos_ == "PROPN" or t.ent_type_ in PERSON_LABELS for t in verb.doc[first.i + 1 : verb.i]):
        return None
    return first


def _released_by(document: Token, inside: list[bool]) -> Token | None:
    """"according to figures released Monday by the hospital", "... the budget document prepared by
    the governor's office": whoever the participle says made the document or the figures; not
    when the words join two ("a complaint filed by the commission and another by the state"), which
    they stand for together."""
    lemma = document.lemma_.lower()
    if (lemma not in lexicon.words("evidence_nouns") and lemma not in lexicon.statement_nouns()) \
            or any(c.dep_ == "conj" for c in document.children):
        return None
    # (made, not disputed: "figures disputed by the union" are not the union's; data/document_verbs.txt)
    maker = next((obj for acl in document.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                  and acl.lemma_.lower() in lexicon.words("document_verbs")
                  for agent in acl.children if agent.dep_ == "agent"
                  for obj in agent.children if obj.dep_ == "pobj" and not inside[obj.i]), None)
    if maker is None:
        maker = _issuer_in_relative_clause(document, inside)
    return None if maker is None or maker.conjuncts else maker


def _issuer_in_relative_clause(document: Token, inside: list[bool]) -> Token | None:
    """Who a relative clause on a document says put it out (data/authoring_verbs.txt): "according
    to a news release the company issued", "a statement it posted"; also as the parser often reads
    the first, "the company" an appositive of the document and "issued" its modifier."""
    def authoring(verb: Token) -> bool:  # (the tagger takes "issued" there for a participle too)
        return verb.lemma_.lower() in lexicon.words("authoring_verbs") and verb.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ == "agent" for c in verb.children)
    for child in document.children:
        if child.dep_ == "relcl" and authoring(child):
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
            if subject is not None and not inside[subject.i]:
                return subject
        if child.dep_ == "appos" and not inside[child.i] and any(
                c.dep_ == "acl" and authoring(c) and not subjects_of(c) for c in child.children):
            return child
    return None


def _named_in_whose_phrase(subject: Token, inside: list[bool]) -> Token | None:
    """"the Finance Committee, whose chair, Rep. Ana Reed, promised ...": the parser made the
    committee the subject and "whose chair" a clause of it with no verb; the chair named there
    speaks (not in "the committee, whose chair is Ana Reed, said", where the clause has its verb)."""
    for phrase in subject.children:
        if phrase.dep_ in ("relcl", "appos") and phrase.pos_ == "NOUN" and phrase.i > subject.i \
                and any(c.lower_ == "whose" for c in phrase.children):
            return next((t for t in phrase.subtree if t.dep_ in ("appos", "conj") and t.ent_type_ in PERSON_LABELS
                         and not inside[t.i]), None)
    return None


def _subject_of_a_whose_clause(verb: Token, inside: list[bool]) -> Token | None:
    """"Ana Reed, 61, whose son is among the missing, said she ...": the parser read the "whose"
    clause as a clause the verb reports, with the name its subject; the name is the verb's. And
    "The 35-year-old, whom teammates call "...", said that ...": the noun phrase that opens the
    sentence, read as a clause with no subject, is the subject itself."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or inside[clause.i]:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and not inside[c.i]), None)
        if subject is not None and any(t.lower_ == "whose" for t in subject.subtree):
            return subject
        if subject is None and clause.pos_ in ("NOUN", "PROPN", "ADJ") and clause.left_edge.i == clause.sent.start \
                and any(c.dep_ == "relcl" for c in clause.children):
            return clause
    return None


def _named_after_opening_participle(subject: Token, inside: list[bool]) -> Token | None:
    """"Asked about the figures, Ana Reed, the campaign's spokeswoman, said": the parser made the
    opening participle the subject and hung the name on its object; the name set after the
    participle's comma is the subject."""
    if subject.dep_ != "csubj" or subject.tag_ not in ("VBN", "VBG") or subject.i != subject.sent.start:
        return None
    return next((t for t in subject.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and not inside[t.i]
                 and subject.doc[t.left_edge.i - 1].text == ","), None)


def _reported_by_another(verb: Token) -> bool:
    """A report that is itself what another verb reports, with its own object: "Reed said Price
    had denied the claims, adding ..." (the participle is Reed's); not the bare '"...," Lopez added'
    the parser hung on the verb before it."""
    return verb.dep_ == "ccomp" and is_cue(verb.head) and verb.head.i < verb.i \
        and any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def _main_verb_made_modifier(verb: Token) -> bool:
    """The sentence's verb, which the parser hung as a modifier on the noun it made the root
    ("Reed, a Lopez ally, called the budget "sound."": Reed ROOT, "called" its acl; "My producer,
    Ned Reed, used to say, "..."", "used" its acl): after a comma, of a root noun. ("A man called
    Joe said": no comma, no root.)"""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and verb.i > head.i and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") for c in verb.children)  # not "the plan, described as ..."


def _names_a_person(cue: Token, inside: list[bool]) -> bool:
    """The cue's own subject is a named person ("Prosecutors said Reed told investigators the money
    was "a loan""): the quotation is that person's words, as the reporter relays them. (A "he" is
    mostly the reporter again: "Graham said he told them "...""; full train speaker accuracy
    0.9034 -> 0.9031 when pronouns counted too.)"""
    subjects = subjects_of(cue, inside)
    return bool(subjects) and subjects[0].ent_type_ in PERSON_LABELS


def _main_clause_participle(cue: Token) -> bool:
    """A participle after a comma ("..., calling it ...", "..., noting that ..."): it belongs to
    the main clause, whatever the parser hung it on."""
    return cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _put_first(first: Token, second: Token, verb: Token) -> bool:
    """Two subjects before the verb where the second is the speaker: with a comma between, the
    parser took a phrase put first for a subject ("Outside court Friday, the victim's father, Ned
    Reed, said"): the first is no speaker, or the second names a person and the first does not;
    without one, a name right before the verb after a noun that cannot speak (a relative clause
    without its "that")."""
    if not (first.i < second.i < verb.i):
        return False
    if second.right_edge.i + 1 == verb.i and not can_speak(first) and (second.pos_ == "PROPN" or _person_named(second)):
        # "a phrase Ana Reed said she had tried to have removed": a relative clause without its
        # "that", which the parser gave two subjects; the name right before the verb speaks
        return True
    if not any(t.text == "," for t in verb.doc[first.right_edge.i + 1 : second.left_edge.i]):
        return False
    return (not can_speak(first) and can_speak(second)) or (_person_named(second) and not _person_named(first))


def _person_named(token: Token) -> bool:
    """A person's name, or a noun a name stands beside ("the father, Ned Reed")."""
    return token.ent_type_ in PERSON_LABELS or any(c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS
                                                   for c in token.children)


def _speaker_noun(token: Token) -> bool:
    """A word of the lists of nouns that can speak (roles, unnamed sources, groups, documents,
    and the descriptions and professions a person is given: "the physician", "the businessman")."""
    forms = {token.lemma_.lower(), token.lower_}
    return any(forms & lexicon.words(name) for name in _SPEAKER_LISTS)


def can_speak(token: Token) -> bool:
    """Whether a subject can be a quote's speaker: a name, a pronoun, or a noun for people, an
    organisation or a document. Rules out "schools in Florida that reminded him of ..."."""
    if token.pos_ == "PRON":
        return token.lower_ in lexicon.pronouns() or token.tag_ == "WP"
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
        return token.ent_type_ != "NORP" or token.pos_ == "PROPN"
    if token.pos_ == "PROPN" or (token.is_title and token.pos_ != "NOUN" and not token.is_stop):
        return True
    return _speaker_noun(token)


def _reporting_ancestor(verb: Token):
    """The cue verb whose reported clause (ccomp) holds ``verb``, if any."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "advcl", "xcomp") and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and is_cue(tok.head):
            return tok.head
        tok = tok.head
    return None


def _channel(cue: Token, inside: list[bool]) -> str | None:
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


def _np_text(token: Token) -> str:
    """A noun phrase without its determiner: "AFP", "Breitbart News Daily host Alex Marlow"."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "poss", "case", "nmod", "nummod"):
            left = min(left, child.left_edge.i)
    return token.doc[left : token.i + 1].text


def _colon_or_headline(doc: Doc, q: QuoteTokens, inside: list[bool]) -> Attribution:
    """No cue in the sentence: a colon introduction ("Caddell: "...") or the headline form
    ('Quote': Hamas), where a short name next to the colon is the speaker."""
    before = [t for t in doc[: q.outer_start] if not t.is_space]
    after = []
    for tok in doc[q.outer_end :]:
        if inside[tok.i]:
            break
        if not tok.is_space:
            after.append(tok)
    if before and before[-1].text in _DASHES and doc[q.start].is_title and all(t.is_punct for t in after) \
            and _reads_as_speech(doc, q):
        # "Lopez also defended the budget -- "I think ..."": a dash before a whole closing
        # quotation introduces it as a colon would, by the clause's subject (no label form)
        found = _clause_subject(before[-1], inside)
        if found is not None and found.speaker_head is not None and _names_someone(doc[found.speaker_head]):
            return found
    if before and before[-1].text == ":":
        np = _short_name_phrase(before[:-1], inside)
        if np:
            return Attribution(AttributionKind.COLON, ":", before[-1].i, np[0], np[-1] + 1, _head(doc, np))
        inverted = _inverted_intro(doc, before[-1], inside) or _from_intro(doc, before[-1], inside)
        if inverted is not None:
            return inverted
        # "The Clinton campaign, in a Q&A, worded it carefully: "..."": the clause's subject
        found = _clause_subject(before[-1], inside)
        if found is not None:
            return found
    # 'Quote': Hamas (a headline) or "Quote" ― Pamela Padilla (a signed comment)
    if after and after[0].text in _SIGNATURE_MARKS and len(after) <= 6:
        name = after[1:-1] if after[-1].text in _SENTENCE_END else after[1:]
        np = _short_name_phrase(name, inside)
        if np and np[-1] == name[-1].i:
            how = AttributionKind.HEADLINE if after[0].text == ":" else AttributionKind.SIGNATURE
            return Attribution(how, after[0].text, after[0].i, np[0], np[-1] + 1, _head(doc, np))
    return Attribution()


def _reads_as_speech(doc: Doc, q: QuoteTokens) -> bool:
    """A clause (a verb, or a whole-clause quote standing in the frame as its placeholder) or more
    than a few words: not a title or a slogan ("released a new single -- "Open Roads."")."""
    words = [t for t in doc[q.start : q.end] if not t.is_punct]
    placeholder = " ".join(t.text for t in words) in (PLACEHOLDER, CLAUSE_PLACEHOLDER)
    return placeholder or len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in words)


def _clause_subject(mark: Token, inside: list[bool]) -> Attribution | None:
    """The subject of the clause a colon or a dash closes, as the speaker of what follows."""
    verb = mark.head if mark.head.pos_ in ("VERB", "AUX") else mark.sent.root
    if inside[verb.i]:
        # parsed into the quotation: the top of the clause written before the mark
        lo = mark.sent.start
        tops = [t for t in mark.doc[lo : mark.i] if not lo <= t.head.i < mark.i or t.head.i == t.i]
        verb = tops[0] if tops else verb
    subjects = subjects_of(verb, inside, deps=NOMINAL_SUBJECTS)
    if subjects and verb.pos_ in ("VERB", "AUX") and subjects[0].lower_ not in ("it", "this", "that", "there"):
        start, end = mention_span(subjects[0], inside)
        return Attribution(AttributionKind.COLON, verb.text, verb.i, start, end, subjects[0].i)
    if verb.dep_ == "ROOT" and verb.pos_ in ("NOUN", "PROPN") and can_speak(verb):
        # "Ana Reed, a researcher at the group, posted on the site: "..."": the reporting verb
        # hung as a modifier on the name the parser made the root
        cue = next((c for c in verb.children if c.dep_ == "acl" and c.i > verb.i and is_cue(c)
                    and _after_comma(c)), None)
        if cue is not None:
            start, end = mention_span(verb, inside)
            return Attribution(AttributionKind.COLON, cue.text, cue.i, start, min(end, cue.i - 1), verb.i)
    return None


def _after_comma(token: Token) -> bool:
    """A comma right before ``token``, adverbs aside (", posted", ", later posted")."""
    k = token.i - 1
    while k > 0 and token.doc[k].pos_ == "ADV":
        k -= 1
    return token.doc[k].text == ","


#: dashes that may introduce a quotation as a colon does
_DASHES = frozenset({"--", "—", "–"})


def _inverted_intro(doc: Doc, colon: Token, inside: list[bool]) -> Attribution | None:
    """"Continued Stone: "..."", "Added the senator: "..."": a reporting verb opening the
    sentence, then its speaker, then the colon."""
    sent = colon.sent
    cue, words = doc[sent.start], doc[sent.start + 1 : colon.i]
    if not (is_cue_word(cue.text) and cue.is_title) or not 1 <= len(words) <= 6 or any(inside[t.i] for t in words):
        return None
    heads = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON") or t.is_title]
    if not heads or not can_speak(heads[-1]) or any(t.pos_ in ("VERB", "AUX", "ADP") for t in words):
        return None
    return Attribution(AttributionKind.COLON, cue.text, cue.i, words[0].i, words[-1].i + 1, heads[-1].i)


def _from_intro(doc: Doc, colon: Token, inside: list[bool]) -> Attribution | None:
    """"From the report: "..."", "More from Lopez: "..."": a label naming where the words come
    from: "from" opening its sentence, after "More", or after a dash or colon ("Polls - More
    from Lopez:")."""
    k = next((k for k in range(colon.i - 1, max(-1, colon.i - 8), -1) if doc[k].lower_ == "from"), None)
    if k is None or any(inside[t.i] for t in doc[k : colon.i]):
        return None
    opener = doc[k - 1] if k > doc[k].sent.start else None
    if opener is not None and opener.lower_ != "more" and opener.text not in _SIGNATURE_MARKS:
        return None
    words = doc[k + 1 : colon.i]
    heads = [t for t in words if t.pos_ in ("PROPN", "NOUN") or t.is_title]
    # a capitalised word is a name here, whatever the tagger says ("from Lopez" as a noun); not
    # a place or a time ("From Vancouver:", "From Day One:")
    if not heads or not (heads[-1].is_title or can_speak(heads[-1])) or any(t.pos_ in ("VERB", "AUX", "ADP") for t in words) \
            or heads[-1].ent_type_ in _NOT_SOURCES:
        return None
    return Attribution(AttributionKind.COLON, doc[k].text, k, words[0].i, words[-1].i + 1, heads[-1].i)


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


def _head(doc: Doc, indices: list[int]) -> int:
    span = doc[indices[0] : indices[-1] + 1]
    return span.root.i
