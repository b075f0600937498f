"""Quote texts as word strings: one character per word stem, for comparing what quotes say.

Case, punctuation, quote style, hyphens, contractions and word endings ("negotiations" /
"negotiating", "Qatar" / "Qatari") are taken out; every remaining word stem becomes one character,
so rapidfuzz's string scorers (ratio, partial_ratio...) compare word sequences at C speed: an
inserted, dropped or swapped word costs one edit, whatever its length. Pure string work, no spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from .. import lexicon

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_CAPITALISED = re.compile(r"(?<![^\W_])[^\W\d_a-z][^\W_]*(?:['\u2019][^\W_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\u2026])[\s\"'\u201c\u201d\u2018\u2019(\[-]*")
# one apostrophe; hyphens out, so that "cease-fire" and "ceasefire" are one word
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                       "-": None, "\u2010": None, "\u2011": None, "\u00ad": None})
# code points of word characters: above Latin-1 and around the surrogates, which cannot stand alone
_FIRST_CHAR, _SURROGATES, _LAST_CHAR = 0x100, range(0xD800, 0xE000), 0x10FFFF


def stem(word: str) -> str:
    """A crude, fast stem: a plural or -ing/-ed ending off, then the first five letters.

    Truncation is enough to match a word with its inflections and derivations across outlets and
    translations (resume/resumed, Qatar/Qatari, withdraw/withdrawal); rare collisions are harmless
    because whole word sequences are compared, not single words.
    """
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    else:
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    return word[:5]


def _char(index: int) -> str:
    # past a million distinct stems, characters are shared: a collision only makes two words alike
    code = _FIRST_CHAR + index % (_LAST_CHAR + 1 - _FIRST_CHAR - len(_SURROGATES))
    return chr(code + len(_SURROGATES) if code >= _SURROGATES.start else code)


def _expand(word: str) -> list[str]:
    """A word with its contraction written out: "won't" -> will not, "gaza's" -> gaza."""
    table = lexicon.table("contractions")
    if word in table:
        return table[word].split()
    for ending, words in table.items():
        if ending.startswith(("'", "n'")) and word.endswith(ending) and len(word) > len(ending):
            return [word[: -len(ending)], *([] if words == "-" else words.split())]
    return [part for part in word.split("'") if part]


@dataclass
class QuoteWords:
    """Word strings of many texts, aligned with them.

    ``full``: every word (one character per stem); ``content``: the words that carry meaning (function
    words left out); ``negations``: how many negations each text has (``negation_chars``: their
    characters); ``codes``: the content characters of all texts as one integer array, text i at
    ``codes[offsets[i]:offsets[i + 1]]``, for blocking.
    """

    full: list[str]
    content: list[str]
    negations: np.ndarray
    codes: np.ndarray
    offsets: np.ndarray
    texts: list[str]
    negation_chars: frozenset[str]
    #: every lowercased word seen, and its characters
    chars_of_word: dict[str, str]
    _names: dict[int, frozenset[str] | None] = field(default_factory=dict, repr=False)

    @property
    def content_lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    def subset(self, rows: np.ndarray) -> QuoteWords:
        """The word strings of texts ``rows`` only, in that order."""
        content = [self.content[i] for i in rows]
        return QuoteWords([self.full[i] for i in rows], content, self.negations[rows], *_codes(content),
                          [self.texts[i] for i in rows], self.negation_chars, self.chars_of_word)

    def names(self, i: int) -> frozenset[str] | None:
        """Characters of text i's capitalised words that do not open a sentence: mostly names of
        people, places and organisations. None for a text in capitals, where case says nothing.
        Worked out on demand: only the few pairs that may merge need it."""
        if i not in self._names:
            self._names[i] = self._find_names(self.texts[i])
        return self._names[i]

    def _find_names(self, text: str) -> frozenset[str] | None:
        if text.isupper():
            return None
        openers = {m.end() for m in _SENTENCE_START.finditer(text)}
        words = [m.group().lower().translate(_FOLD) for m in _CAPITALISED.finditer(text) if m.start() not in openers]
        return frozenset("".join(self.chars_of_word.get(word, "") for word in words if word != "i"))


def quote_words(texts: Iterable[str]) -> QuoteWords:
    function_words, negation_words = lexicon.words("function_words"), lexicon.words("negations")
    full_of: dict[str, str] = {}
    content_of: dict[str, str] = {}
    negations_of: dict[str, int] = {}
    char_of: dict[str, str] = {}

    def learn(word: str) -> None:
        full_chars, content_chars = [], []
        for part in _expand(word):
            char = char_of.setdefault(stem(part), _char(len(char_of)))
            full_chars.append(char)
            if part not in function_words:
                content_chars.append(char)
        full_of[word] = "".join(full_chars)
        content_of[word] = "".join(content_chars)
        negations_of[word] = sum(part in negation_words for part in _expand(word))

    full, content, negations, normalised = [], [], [], []
    for text in texts:
        text = unicodedata.normalize("NFKC", text or "")
        normalised.append(text)
        words = _WORD.findall(text.lower().translate(_FOLD))
        for word in sorted(set(words).difference(full_of)):  # sorted: the same characters in every run
            learn(word)
        full.append("".join(map(full_of.__getitem__, words)))
        content.append("".join(map(content_of.__getitem__, words)))
        negations.append(sum(map(negations_of.__getitem__, words)))
    negation_chars = frozenset(char_of[stem(word)] for word in negation_words if stem(word) in char_of)
    return QuoteWords(full, content, np.array(negations, dtype=np.int64), *_codes(content), normalised,
                      negation_chars, full_of)


def _codes(content: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """All content characters as one integer array, and where each text's start."""
    codes = np.frombuffer("".join(content).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    offsets = np.zeros(len(content) + 1, dtype=np.int64)
    np.cumsum([len(c) for c in content], out=offsets[1:])
    return codes, offsets
