"""People's and organisations' names as keys: what makes "Mr. Trump's", "Trump" and "Donald
Trump" one person, and "the Prime Minister's Office" one organisation. Plain strings, no parser;
shared by in-article coreference (extract/coref), the corpus stage and the queries.
"""

from __future__ import annotations

import functools
import re

from . import lexicon

#: particles a surname may carry, left out of its key: "Al-Ansari" -> "ansari"
NAME_PREFIXES = re.compile(r"^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|del|della|di|da|van|von|der|le|la)[-\s]", re.I)
#: a possessive ending: "Trump's", "Hamas'"
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: forms of address, never part of a name
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"})


def name_parts(name: str) -> list[str]:
    """Lowercased words of a name without titles or possessives: "Mr. Trump's" -> ["trump"]."""
    return list(_name_parts(name))


@functools.lru_cache(maxsize=1 << 16)
def _name_parts(name: str) -> tuple[str, ...]:
    # coreference compares every name with every entity's aliases: the same few names, many times
    words = [POSSESSIVE.sub("", w) for w in name.replace("\u00a0", " ").split()]
    words = [w for w in words if w and w.lower() not in HONORIFICS and w.lower() not in lexicon.role_words()]
    return tuple(w.lower().strip(".,") for w in words)


#: generational suffixes, which end a full name but are never used alone: "Brent Keller III"
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: the same suffixes as a name writes them, for patterns over raw text
GENERATION_PATTERN = r"(?:Jr|Sr)\.?|II|III|IV"


def surname(name: str) -> str:
    """The surname as the name writes it: its last word that is no generational suffix ("Walter
    Brook Jr." -> "Brook")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in GENERATIONS:
        words.pop()
    return words[-1] if words else name


def surname_key(name: str) -> str:
    """The part of a name a later mention uses alone: "Majed Al-Ansari" -> "ansari", "Walter
    Brook Jr." -> "brook"."""
    parts = name_parts(surname(name))
    if not parts:
        return name.lower()
    return NAME_PREFIXES.sub("", parts[-1]) or parts[-1]


def organisation_key(name: str) -> str:
    """An organisation's name without "the" or a possessive, lowercased."""
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return POSSESSIVE.sub("", " ".join(words))


def first_names_agree(known: list[str], new: list[str]) -> bool:
    """First names agree where both give them ("Hillary Clinton" vs "Hillary Rodham Clinton");
    an initial agrees with a name that starts with it. Arguments are name_parts()."""
    return known[0] == new[0] or len(known) == 1 or len(new) == 1 or known[0][0] == new[0][0] and (
        len(known[0]) <= 2 or len(new[0]) <= 2)


#: an acronym: "DNC", "FBI", "NAACP" (two to six capitals, no lowercase)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: small words an organisation's name may hold that its acronym leaves out: "Council on ... Relations"
_ACRONYM_SMALL_WORDS = frozenset({"of", "on", "for", "and", "the", "&", "to", "in"})


@functools.lru_cache(maxsize=256)
def acronym_expansion(acronym: str, text: str) -> str | None:
    """The name an acronym stands for, written out in ``text``: "DNC" -> "Democratic National
    Committee" when the text names it so; None when the text never spells it out."""
    if not _ACRONYM.match(acronym):
        return None
    small = "|".join(re.escape(w) for w in _ACRONYM_SMALL_WORDS)
    # capitalised words, small words allowed between them, as many as the acronym has letters
    pattern = rf"\b{acronym[0]}[\w'’.-]*(?:\s+(?:(?:{small})\s+)?[A-Z][\w'’.-]*){{{len(acronym) - 1}}}"
    for m in re.finditer(pattern, text):
        words = [w for w in m.group(0).split() if w.lower() not in _ACRONYM_SMALL_WORDS]
        if "".join(w[0] for w in words) == acronym:
            return m.group(0)
    return None
