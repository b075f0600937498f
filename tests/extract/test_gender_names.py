"""The first-name lexicon: the pattern that reads it passes over the entries below the thresholds
(tests that it keeps exactly the names that reading every entry and filtering would)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from quotetrack.extract.coref import gender

_EVERY_ENTRY = re.compile(rb'"([a-z][a-z\'-]+)": \[(\d+), (\d+), ([0-9.]+)')


def _read_and_filter(data: bytes) -> dict[str, str]:
    names = {}
    for m in _EVERY_ENTRY.finditer(data):
        sources, bearers, female = int(m.group(2)), int(m.group(3)), float(m.group(4))
        if sources >= gender._MIN_SOURCES and bearers >= gender._MIN_BEARERS:
            if female >= gender._CONFIDENT:
                names[m.group(1).decode()] = "f"
            elif female <= 1 - gender._CONFIDENT:
                names[m.group(1).decode()] = "m"
    return names


def test_the_pattern_keeps_what_filtering_every_entry_keeps():
    sample = (b'{"al": [2, 500, 0.0, 3], "bo": [3, 99, 0.0, 3], "cy": [3, 100, 0.0, 3], "di": [10, 0100, 1.0, 3], '
              b'"ed": [03, 250, 0.95, 3], "fa": [12, 1000, 0.5, 3], "gu": [30, 120, 0.05, 3], "ha": [0, 999, 1.0, 3]}')
    found = {m.group(1).decode(): "f" if float(m.group(4)) >= gender._CONFIDENT else "m"
             for m in gender._ENTRY.finditer(sample) if not 1 - gender._CONFIDENT < float(m.group(4)) < gender._CONFIDENT}
    assert found == _read_and_filter(sample) == {"cy": "m", "di": "f", "ed": "f", "gu": "m"}


def test_the_lexicon_is_the_filtered_one():
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("nomquamgender is not installed")
    data = Path(spec.submodule_search_locations[0], "name_data.json").read_bytes()
    assert list(gender.first_names().items()) == list(_read_and_filter(data).items())


def test_a_first_name_of_either_gender_is_still_a_first_name():
    """"Eli" is a first name the lexicon gives no confident gender: a name all the same, for the
    rules that ask whether words name a person (roles.named_beside_role)."""
    assert gender.has_first_name("Eli Brandt") and gender.first_name_gender("Eli Brandt") is None
    assert gender.has_first_name("Ana Price")
    assert not gender.has_first_name("Brandt") and not gender.has_first_name("E. Brandt")


def test_a_first_name_with_accents_is_the_lexicons_name_without_them():
    """The lexicon writes names in plain letters: "Léonie" is its "leonie", "José" its "jose"."""
    if not gender.first_names():
        pytest.skip("nomquamgender is not installed")
    assert gender.first_name_gender("Léonie Barthe") == gender.first_name_gender("Leonie Barthe") == "f"
    assert gender.first_name_gender("José Reed") == "m" and gender.is_first_name("Tomás")
    assert gender._folded("Zoë") == "Zoe" and not gender.is_first_name("Ésperluette")


def test_a_first_name_alone_says_a_gender_only_when_common_and_never_a_surname_too(monkeypatch):
    """"Melanie" alone is a woman; "Moreno" alone (a first name of a few thousand, a surname of
    many) and a leaning "Jordan" say nothing."""
    names = {"melanie": "f", "moreno": "m", "jordan": "m"}
    lexicon = gender._FirstNames(names, frozenset(names), leaning=frozenset({"jordan"}), common=frozenset({"melanie", "jordan"}))
    monkeypatch.setattr(gender, "_lexicon", lambda: lexicon)
    assert [gender.gender_of_a_first_name_alone(w) for w in ("Melanie", "Moreno", "Jordan", "Price")] == ["f", None, None, None]


def test_the_lexicons_common_first_names_by_their_bearers():
    """The bearer count as read from the installed lexicon: "Melanie" and "Kevin" are common first
    names; "Moreno" and "Reed", first names of a few thousand, are not."""
    if importlib.util.find_spec("nomquamgender") is None:
        pytest.skip("nomquamgender is not installed")
    assert [gender.gender_of_a_first_name_alone(w) for w in ("Melanie", "Kevin", "Moreno", "Reed")] == ["f", "m", None, None]
