"""A person's gender as an article shows it, for agreement with "he" and "she".

The evidence, strongest first: a form of address before the name ("Mr.", "Ms.": data/
honorifics.txt), the article's own pronouns for the person ("Smith said she ..."), the first
name, looked up in the first-name lexicon of the nomquamgender package (names whose recorded
bearers are at least 80% one gender, from at least three sources; ambiguous names say nothing),
and, where nothing else says it, a noun the article gives the person ("her uncle, Ned":
data/gendered_nouns.txt).
"""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from pathlib import Path
from typing import Literal, NamedTuple

from ... import lexicon

Gender = Literal["m", "f"]
#: how much each kind of evidence counts: an article's own words beat a lexicon
#: a noun for the person counts as little as a first name (equal evidence keeps the first): "Ana
#: Reyes, whose husband, Luis Reyes, ..." says Luis is a man, but a family shares a surname, and the
#: one entity "Reyes" must not lose Ana's gender
#: a first name most, not nearly all, bearers of which are one gender ("Jordan": 89% men) counts
#: less than the article's own words for the person ("Jordan Achterberg, a paramedic ... She said")
STRENGTH = {"honorific": 3, "pronoun": 2, "first-name": 1, "noun": 1, "leaning first-name": 0.5}
#: a first name counts when this share of its bearers, at least, are one gender ("Chris": 88% men, "Bernie": 85%)
_CONFIDENT = 0.8
#: ... and counts in full when this share are ("Jessica", "Mary"; "Hillary", 92% women, only leans)
_NEARLY_ALL = 0.95
#: ... in at least this many sources and this many recorded bearers
_MIN_SOURCES, _MIN_BEARERS = 3, 100
# one entry of nomquamgender's name_data.json: "name": [sources, bearers, share female, ...], of
# a name with at least _MIN_SOURCES sources (3) and _MIN_BEARERS bearers (100): the other entries
# (nine in ten) are passed over by the pattern rather than read and dropped in Python
_ENTRY = re.compile(rb'"([a-z][a-z\'-]+)": \[(0*[3-9]|0*[1-9]\d+), (0*[1-9]\d{2,}), ([0-9.]+)')


def honorific_gender(word: str) -> Gender | None:
    """The gender a form of address says: "Mr." -> m, "Ms." -> f; None for anything else."""
    found = lexicon.honorifics().get(word.lower())
    return found if found in ("m", "f") else None  # type: ignore[return-value]


#: the possessive pronouns that say their owner's gender
_POSSESSIVES: dict[str, Gender] = {"his": "m", "her": "f"}


def possessive_gender(word: str) -> Gender | None:
    """The owner's gender a possessive pronoun says: "his" -> m, "her" -> f; None for any other
    word ("their", "its")."""
    return _POSSESSIVES.get(word.lower())


def noun_gender(noun: str) -> Gender | None:
    """The gender a noun for a person says (data/gendered_nouns.txt): "father" -> m; None for
    any other noun."""
    found = lexicon.table("gendered_nouns").get(noun.lower())
    return found if found in ("m", "f") else None  # type: ignore[return-value]


def first_name_gender(name: str) -> Gender | None:
    """The gender of a full name's first name when the lexicon is confident; None for a single
    word (a surname alone says nothing), an initial, or an ambiguous name."""
    first = _first_word(name)
    return first_names().get(first) if first else None


def first_name_evidence(name: str) -> str:
    """How strong the evidence of a full name's first name is (a key of STRENGTH): "leaning
    first-name" for a name whose bearers are mostly, not nearly all, one gender ("Jordan")."""
    return "leaning first-name" if _first_word(name) in _lexicon().leaning else "first-name"


def has_first_name(name: str) -> bool:
    """Whether a full name starts with a first name the lexicon knows, whatever gender it says or
    does not say ("Eli Brandt", "Jordan Reed" as well as "Ana Price")."""
    first = _first_word(name)
    return bool(first) and first in _lexicon().known


def is_first_name(word: str) -> bool:
    """Whether one word is a first name the lexicon knows, of any gender ("Tobin", "Harper")."""
    word = _folded(word.strip(".,").lower())
    return len(word) > 1 and word in _lexicon().known


#: how many recorded bearers make a first name common enough that one word alone is taken for it
#: ("Melanie", "Kevin": hundreds of thousands; "Moreno", "Reed": a few thousand as first names).
#: A proxy: common surnames that are common first names too pass it ("Scott", "Thomas", "James"),
#: which is why the caller leaves out anyone with a title or a fuller name in the text
_COMMON_BEARERS = 250_000


def gender_of_a_first_name_alone(word: str) -> Gender | None:
    """The gender of one word that is a common first name of nearly all one gender ("Melanie" ->
    f, "Scott" -> m, though a surname too); None for a first name few bear ("Moreno"), a leaning
    or an ambiguous one."""
    word = _folded(word.strip(".,").lower())
    return first_names().get(word) if word in _lexicon().common and word not in _lexicon().leaning else None


def _folded(word: str) -> str:
    """A word without its accents, as the lexicon writes names ("Léonie" -> "leonie", "José")."""
    if word.isascii():
        return word
    word = word.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: letters NFKD does not split into a plain letter and an accent ("Søren", "Łukasz")
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae", "ß": "ss"})


def _first_word(name: str) -> str:
    """A full name's first word, lowercased; "" for a single word or an initial."""
    words = [w for w in re.split(r"[\s\u00a0]+", name.strip()) if w]
    first = _folded(words[0].strip(".,").lower()) if len(words) > 1 else ""
    return first if len(first) > 1 else ""


def first_names() -> dict[str, Gender]:
    """First name (lowercase) -> gender, for the names whose gender the lexicon is confident of."""
    return _lexicon().genders


class _FirstNames(NamedTuple):
    """The first-name lexicon as read (see _lexicon)."""

    genders: dict[str, Gender]  # names of a confident gender, with it
    known: frozenset[str]  # every name, whatever its gender
    leaning: frozenset[str]  # confident names short of nearly all bearers ("Jordan")
    common: frozenset[str]  # names of at least _COMMON_BEARERS bearers ("Melanie")


@functools.cache
def _lexicon() -> _FirstNames:
    """nomquamgender's first names, read once per process: those of a confident gender with it,
    all of them, the confident ones short of nearly all bearers, and those of at least
    _COMMON_BEARERS bearers. The data file is read as bytes with one pattern: importing the package itself
    would load all 720,000 names into pandas (4 s and 300 MB a process) to answer the same question."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return _FirstNames({}, frozenset(), frozenset(), frozenset())  # not installed: first names give no evidence, the other kinds still do
    data = Path(spec.submodule_search_locations[0], "name_data.json").read_bytes()
    names: dict[str, Gender] = {}
    known: set[str] = set()
    leaning: set[str] = set()
    common: set[str] = set()
    for m in _ENTRY.finditer(data):
        name, female = m.group(1).decode(), float(m.group(4))
        known.add(name)
        if int(m.group(3)) >= _COMMON_BEARERS:
            common.add(name)
        if female >= _CONFIDENT:
            names[name] = "f"
        elif female <= 1 - _CONFIDENT:
            names[name] = "m"
        if name in names and 1 - _NEARLY_ALL < female < _NEARLY_ALL:
            leaning.add(name)
    return _FirstNames(names, frozenset(known), frozenset(leaning), frozenset(common))
