"""Reporting cues: which tokens of a parse introduce a quote, and a cheap test on raw text."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from spacy.tokens import Token

from ... import lexicon

#: marks of a clause that is a condition or a circumstance: a quote's cue is never in one
_CONDITIONS = frozenset({"if", "unless", "until", "because", "whether", "before", "after", "once"})
#: ... of which these make a report hypothetical (an indirect statement's cue is never in one)
_HYPOTHETICAL = frozenset({"if", "unless", "until", "whether"})
#: ... and the others tell when or why it was said ("after Lopez said ...")
_CIRCUMSTANCES = _CONDITIONS - _HYPOTHETICAL
#: subjects are looked for on the cue; when it has none, on the verb it hangs from through these
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "prep", "dep", "relcl", "ccomp"})


def marked_by(token: Token, marks: Collection[str]) -> bool:
    """Whether a clause's verb has one of ``marks`` as its subordinating word ("if", "after",
    "that")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)


def is_cue(token: Token) -> bool:
    """A reporting verb (said, told, stressed...) or the "according" of "according to"."""
    if token.lower_ == "according":
        return _is_according(token)
    # "if Hamas does not agree ...": a condition, not a report (the cheap test first)
    return (_is_verb_of(token, lexicon.cue_verbs()) or _puts_it(token) or is_phrasal_cue(token)) \
        and not marked_by(token, _CONDITIONS) and not _left_unsaid(token)


def is_circumstance_cue(token: Token) -> bool:
    """A reporting verb in a clause of time or cause ("hours after Lopez said he was "encouraged""):
    no cue for quotes around it, but still the cue of a quote in its own clause."""
    return _is_verb_of(token, lexicon.cue_verbs()) and not _left_unsaid(token) and marked_by(token, _CIRCUMSTANCES)


def _puts_it(token: Token) -> bool:
    """"as one voter put it, "..."": "put" reports words only with "it" as its object."""
    return token.lemma_.lower() == "put" and _is_verb(token) and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)


def is_phrasal_cue(token: Token) -> bool:
    """A verb that reports with its particle (data/phrasal_cues.txt): "shot back", "weighed in"."""
    return _is_verb(token) and _particle(token) is not None


def _particle(token: Token) -> Token | None:
    """The particle right after a verb that makes it a cue of data/phrasal_cues.txt ("shot
    back"; not "fired the coach back in November")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None or following.head.i != token.i or following.dep_ not in ("prt", "advmod"):
        return None
    return following if f"{token.lemma_.lower()} {following.lower_}" in lexicon.words("phrasal_cues") else None


def is_indirect_cue(token: Token) -> bool:
    """A cue whose content clause can be an indirect statement: "according to", or a reporting
    verb of data/indirect_cues.txt (said, told, confirmed; not "praised", nor "believe"). A report
    in a clause of time or cause is still a report ("after Axios reported that ..."); one in a
    condition is not ("if Hamas says ...")."""
    if token.lower_ == "according":
        return _is_according(token)
    return (_is_verb_of(token, lexicon.indirect_cues()) or is_phrasal_cue(token)) and not is_hypothetical(token)


def is_object_cue(token: Token) -> bool:
    """A reporting verb whose object can be what was said (data/object_cues.txt: "criticized X",
    "called for X"), outside a condition, as for is_indirect_cue."""
    return _is_verb_of(token, _object_cue_lemmas()) and not is_hypothetical(token)


def is_finding_cue(token: Token) -> bool:
    """A verb by which a document reports what it found (data/finding_cues.txt: "the poll showed
    ...", "the study found that ..."): only with a document or a body of evidence as its subject
    (data/evidence_nouns.txt, data/statement_nouns.txt), or an organisation that found something
    ("the agency found ...", "the committee found that ..."), outside a condition."""
    if not (_is_verb_of(token, lexicon.words("finding_cues")) or _mistagged_verb_of(token, "finding_cues")) \
            or is_hypothetical(token):
        return False
    if any(c.dep_ == "prt" for c in token.children):
        return False  # another verb with its particle ("shows up", "found out")
    documents = document_nouns()
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "acl" and not subjects:
        subjects = [token.head]  # "after a survey showing ...": the noun it describes
    # ... or a body the text calls by its kind, that found that something is so ("the committee
    # found that all five books had value"; not "the team found a way")
    clause = any(c.dep_ == "ccomp" for c in token.children)
    return any(c.lemma_.lower() in documents or (token.lemma_ == "find" and (
        c.ent_type_ == "ORG" or (clause and c.lemma_.lower() in lexicon.group_nouns()))) for c in subjects)


def is_speech_phrase(token: Token) -> bool:
    """A verb that reports a statement with a noun of speech (data/speech_phrases.txt: "made the
    case that ...", "made it clear that ...", "issued a warning that ..."), outside a condition."""
    if not _is_verb(token) or is_hypothetical(token):
        return False
    nouns = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "oprd", "acomp", "ccomp") and c.i > token.i}
    pairs = lexicon.words("speech_phrases")
    return any(f"{token.lemma_.lower()} {noun}" in pairs for noun in nouns)


def is_hypothetical(token: Token) -> bool:
    """The verb is in a condition ("if Hamas says ..."): what it reports was not said."""
    return marked_by(token, _HYPOTHETICAL) or _left_unsaid(token)


def _left_unsaid(token: Token) -> bool:
    """"... -- all without naming him", "without saying whether": a report of what was
    not said."""
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


@functools.cache
def _object_cue_lemmas() -> frozenset[str]:
    return frozenset(lexicon.object_cues())


@functools.cache
def document_nouns() -> frozenset[str]:
    """Nouns for a document or a body of evidence (data/evidence_nouns.txt, statement_nouns.txt)."""
    return lexicon.words("evidence_nouns") | lexicon.statement_nouns()


def _is_according(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _mistagged_verb_of(token: Token, verbs: str) -> bool:
    """A verb of the ``verbs`` list the tagger took for a noun, which the parse still shows to be
    a verb: it has a subject and a clause of its own ("Records from the board show he backed ...",
    where "show" is tagged as the noun)."""
    if token.pos_ != "NOUN" or token.lower_ not in _plain_forms(verbs):
        return False
    children = {c.dep_ for c in token.children}
    return "nsubj" in children and "ccomp" in children


@functools.cache
def _plain_forms(verbs: str) -> frozenset[str]:
    """The present-tense forms of a verb list's lemmas, which a tagger may read as nouns: show,
    shows (built once, not at every noun)."""
    return frozenset(f for lemma in lexicon.words(verbs) for f in (lemma, third_person(lemma)))


def _is_verb_of(token: Token, lemmas: frozenset[str]) -> bool:
    return _is_verb(token) and (token.lemma_.lower() in lemmas or token.lower_ in lemmas)


def cue_phrase(token: Token) -> str:
    """The cue as it reads: "according to", "went on to say" keeps only the reporting verb."""
    if token.lower_ == "according":
        return "according to"
    particle = _particle(token)
    particles = [c.text for c in token.children if c.dep_ == "prt" or (c.dep_ == "dobj" and _puts_it(token))
                 or c is particle]
    return " ".join([token.text, *particles])


_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"), "read": (), "hit": (), "quote": (), "find": ("found",), "show": ("shown",),
    "make": ("made",), "give": ("gave", "given"), "shoot": ("shot",),
}


def third_person(lemma: str) -> str:
    """The present third-person form of a regular verb: say -> says, deny -> denies, stress ->
    stresses."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"


def verb_forms(lemma: str) -> set[str]:
    """Inflected forms of a regular or listed irregular verb: say -> say, says, saying, said."""
    forms = {lemma, third_person(lemma), *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # slam -> slammed
    if lemma in ("say", "pay", "lay"):
        forms.discard(lemma + "ed")
    return forms


@functools.cache
def cue_word_forms(verbs: str = "cue_verbs") -> frozenset[str]:
    """Every form of the lemmas of a verb list (a data file's name)."""
    # a line may go on after its lemma ("call for" in object_cues.txt)
    return frozenset(f for line in lexicon.words(verbs) for f in verb_forms(line.split()[0]))


#: verb lists whose lines are a verb and its noun ("make case") or particle ("shoot back"): the
#: raw test wants both, since the verbs alone ("made", "shot") stand in a paragraph in ten
_PHRASE_LISTS = frozenset({"speech_phrases", "phrasal_cues"})


@functools.cache
def _raw_cue_pattern(verbs: tuple[str, ...]) -> re.Pattern:
    # forms news mostly writes as nouns ("the United States") would have most paragraphs parsed
    every = frozenset().union(*(cue_word_forms(v) for v in verbs if v not in _PHRASE_LISTS))
    forms = sorted(every - lexicon.words("noun_forms"), key=len, reverse=True)
    # "made the case", "made it very clear": the verb, then its noun within a few words
    phrases = [rf"(?:{'|'.join(sorted(verb_forms(verb), key=len, reverse=True))})\W+(?:\w+\W+){{0,4}}?{noun}(?:e?s)?"
               for name in verbs if name in _PHRASE_LISTS for verb, noun in map(str.split, lexicon.words(name))]
    return re.compile(r"\b(?:according to|" + "|".join([*forms, *phrases]) + r")\b", re.I)


def is_cue_word(word: str) -> bool:
    """True when a single raw word is a form of a reporting verb (said, writing, tweets)."""
    return word.lower() in cue_word_forms()


def has_cue_word(text: str, verbs: str | tuple[str, ...] = "cue_verbs") -> bool:
    """True when raw text holds "according to" or a form of a verb of the ``verbs`` list (or
    lists): the reporting verbs, or the narrower indirect_cues (verbs that can introduce indirect
    speech); forms mostly written as nouns (data/noun_forms.txt: "states", "remarks") do not
    count. A cheap test that decides which paragraphs are worth parsing: one pattern for all."""
    return bool(_raw_cue_pattern((verbs,) if isinstance(verbs, str) else verbs).search(text))
