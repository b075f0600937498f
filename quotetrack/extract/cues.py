"""Reporting cues: which tokens of a parse introduce a quote, and a cheap test on raw text."""

from __future__ import annotations

import functools
import re

from .. import lexicon

#: subjects are looked for on the cue; when it has none, on the verb it hangs from through these
_CONDITIONS = frozenset({"if", "unless", "until", "because", "whether", "before", "after", "once"})
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "prep", "dep", "relcl", "ccomp"})


def is_cue(token) -> bool:
    """A reporting verb (said, told, stressed...) or the "according" of "according to"."""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
        return False  # "if Hamas does not agree ...": a condition, not a report
    return token.lemma_.lower() in lexicon.cue_verbs() or token.lower_ in lexicon.cue_verbs()


def cue_phrase(token) -> str:
    """The cue as it reads: "according to", "went on to say" keeps only the reporting verb."""
    if token.lower_ == "according":
        return "according to"
    particles = [c.text for c in token.children if c.dep_ == "prt"]
    return " ".join([token.text, *particles])


@functools.cache
def _raw_cue_pattern() -> re.Pattern:
    # inflected forms are matched by a loose stem: enough to pick which paragraphs need the parser
    stems = sorted({_stem(v) for v in lexicon.cue_verbs()}, key=len, reverse=True)
    return re.compile(r"\b(?:according to|" + "|".join(stems) + r")\w*", re.I)


def _stem(verb: str) -> str:
    irregular = {"say": "sa", "tell": "t[oe]l", "write": "wr[io]t", "speak": "sp[eo]k", "swear": "sw[eo]r"}
    if verb in irregular:
        return irregular[verb]
    return verb[:-1] if verb.endswith("e") else verb


def has_cue_word(text: str) -> bool:
    """True when raw text may hold a reporting verb (cheap, errs towards True)."""
    return bool(_raw_cue_pattern().search(text))
