"""Names as keys (quotetrack/names.py), on plain strings."""

import pytest

from quotetrack.names import acronym_expansion, name_parts, surname_key


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Mr. Trump's", ["trump"]),  # forms of address and possessives left out
        ("Majed Al-Ansari", ["majed", "al-ansari"]),
        ("Donald\u00a0Trump", ["donald", "trump"]),
        ("AG Holder", ["holder"]),  # an abbreviated title (role_abbreviations.txt) is no name
        ("Sen. Marco Rubio", ["marco", "rubio"]),
        ("", []),
    ],
)
def test_name_parts(name, parts):
    assert name_parts(name) == parts


def test_name_parts_gives_each_caller_its_own_list():
    """The words are computed once per name (coreference asks for the same few names many times),
    and a caller that changes its list changes no one else's."""
    first = name_parts("Basem Naim")
    first.append("changed")
    assert name_parts("Basem Naim") == ["basem", "naim"]
    assert surname_key("Basem Naim") == "naim"


@pytest.mark.parametrize(
    ("acronym", "expected"),
    [
        ("DNC", "Democratic National Committee"),
        ("FBI", "Federal Bureau of Investigation"),  # small words inside are not letters of it
        ("ABC", None),  # never spelled out
        ("Hamas", None),  # not an acronym
    ],
)
def test_acronym_expansion(acronym, expected):
    text = ("The Democratic National Committee met. The Federal Bureau of Investigation said so. "
            "The DNC and the FBI did. Hamas spoke.")
    assert acronym_expansion(acronym, text) == expected


@pytest.mark.parametrize(("name", "key"), [("Walter Brook Jr.", "brook"), ("Brent Keller III", "keller"), ("III", "iii")])
def test_a_generational_suffix_is_not_the_surname(name, key):
    assert surname_key(name) == key



def test_surname_as_written():
    from quotetrack.names import surname

    assert (surname("Walter Brook Jr."), surname("Brent Keller III"), surname("Keller")) == ("Brook", "Keller", "Keller")
