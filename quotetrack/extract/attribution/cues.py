"""Reporting cues: which tokens of a parse introduce a quote, and a cheap test on raw text."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ... import lexicon

#: subjects are looked for on the cue; when it has none, on the verb it hangs from through these
_CONDITIONS = frozenset({"if", "unless", "until", "because", "whether", "before", "after", "once"})
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "prep", "dep", "relcl", "ccomp"})


def is_cue(token: Token) -> bool:
    """A reporting verb (said, told, stressed...) or the "according" of "according to"."""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
        return False  # "if Hamas does not agree ...": a condition, not a report
    return token.lemma_.lower() in lexicon.cue_verbs() or token.lower_ in lexicon.cue_verbs()


def cue_phrase(token: Token) -> str:
    """The cue as it reads: "according to", "went on to say" keeps only the reporting verb."""
    if token.lower_ == "according":
        return "according to"
    particles = [c.text for c in token.children if c.dep_ == "prt"]
    return " ".join([token.text, *particles])


_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"), "read": (), "hit": (), "quote": (),
}


def verb_forms(lemma: str) -> set[str]:
    """Inflected forms of a regular or listed irregular verb: say -> say, says, saying, said."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # slam -> slammed
    if lemma in ("say", "pay", "lay"):
        forms.discard(lemma + "ed")
    return forms


@functools.cache
def cue_word_forms() -> frozenset[str]:
    return frozenset(f for lemma in lexicon.cue_verbs() for f in verb_forms(lemma))


@functools.cache
def _raw_cue_pattern() -> re.Pattern:
    forms = sorted(cue_word_forms(), key=len, reverse=True)
    return re.compile(r"\b(?:according to|" + "|".join(forms) + r")\b", re.I)


def is_cue_word(word: str) -> bool:
    """True when a single raw word is a form of a reporting verb (said, writing, tweets)."""
    return word.lower() in cue_word_forms()


def has_cue_word(text: str) -> bool:
    """True when raw text holds a form of a reporting verb or "according to"."""
    return bool(_raw_cue_pattern().search(text))
