"""Splitting a speaker's words into name and role (coref/roles.py), on parses built by hand."""

from __future__ import annotations

from quotetrack.extract.coref.roles import name_tokens

from .test_attribution_rules import parse

# House Budget Republican Mark Hollis agreed.   (the NER took the whole title for an ORG)
TITLE_AS_ORG = """
House      4 compound PROPN NNP House      B-ORG
Budget     4 compound PROPN NNP Budget     I-ORG
Republican 4 compound PROPN NNP Republican I-ORG
Mark       4 compound PROPN NNP Mark       I-ORG
Hollis     5 nsubj    PROPN NNP Hollis     I-ORG
agreed       5 ROOT     VERB  VBD agree
"""

# The Democratic National Committee agreed.   (an organisation: no first name at its end)
ORGANISATION = """
The        3 det      DET   DT  the
Democratic 3 compound PROPN NNP Democratic B-ORG
National   3 compound PROPN NNP National   I-ORG
Committee  4 nsubj    PROPN NNP Committee  I-ORG
agreed     4 ROOT     VERB  VBD agree
"""


def name_of(rows: str, head: int) -> str:
    doc = parse(rows)
    start, end = name_tokens(doc[:], doc[head])
    return doc[start:end].text


def test_a_person_at_the_end_of_an_organisation_entity_is_the_name():
    assert name_of(TITLE_AS_ORG, 4) == "Mark Hollis"


def test_an_organisation_keeps_its_whole_name():
    assert name_of(ORGANISATION, 3) == "Democratic National Committee"


# The New York Times reported.   ("York" is a first name the lexicon knows; "Times" ends an outlet's name)
OUTLET = """
The      3 det      DET   DT  the
New      3 compound PROPN NNP New   B-ORG
York     3 compound PROPN NNP York  I-ORG
Times    4 nsubj    PROPN NNP Times I-ORG
reported 4 ROOT     VERB  VBD report
"""


def test_an_outlet_is_no_person_at_the_end_of_its_name():
    assert name_of(OUTLET, 3) == "New York Times"
    # the same shape with a surname is a person's name, as for Mark Hollis
    assert name_of(OUTLET.replace("Times    4", "Hollis   4").replace("Times I-ORG", "Hollis I-ORG"), 3) == "York Hollis"


# The Council on Relations Director Omar Farid said   (parsed with "Council" as the head)
PERSON_AFTER_TITLE = """
The       1 det      DET   DT  the
Council   7 nsubj    PROPN NNP Council   B-ORG
on        1 prep     ADP   IN  on        I-ORG
Relations 6 compound PROPN NNP Relations I-ORG
Director  6 compound PROPN NNP Director
Omar      6 compound PROPN NNP Omar      B-PERSON
Farid     2 pobj     PROPN NNP Farid     I-PERSON
said      7 ROOT     VERB  VBD say
"""


def test_a_person_after_a_title_closing_the_phrase_is_the_name():
    doc = parse(PERSON_AFTER_TITLE)
    start, end = name_tokens(doc[0:7], doc[1])
    assert doc[start:end].text == "Omar Farid"
