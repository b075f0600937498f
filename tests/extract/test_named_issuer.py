"""A thing that speaks for whoever its own words name ("the Riverside Institute website", "an
editorial in The Boston Globe"), on parses built by hand."""

from __future__ import annotations

from quotetrack.extract.coref.resolver import _named_issuer

from .test_attribution_rules import parse

# the Riverside Institute website
COMPOUND = """
the        3 det      DET   DT  the
Riverside  2 compound PROPN NNP Riverside  B-ORG
Institute  3 compound PROPN NNP Institute  I-ORG
website    3 ROOT     NOUN  NN  website
"""

# an editorial in The Boston Globe
AFTER_IN = """
an       1 det      DET   DT  an
editorial 1 ROOT    NOUN  NN  editorial
in       1 prep     ADP   IN  in
The      5 det      DET   DT  the         B-ORG
Boston   5 compound PROPN NNP Boston      I-ORG
Globe    2 pobj     PROPN NNP Globe       I-ORG
"""

# the Riverside Institute website, the NER having tagged nothing
UNTAGGED = """
the        3 det      DET   DT  the
Riverside  2 compound PROPN NNP Riverside
Institute  3 compound PROPN NNP Institute
website    3 ROOT     NOUN  NN  website
"""

# the Clinton aide (a person: the name is whom they work for, not who speaks)
PERSON_HEAD = """
the     2 det      DET   DT  the
Clinton 2 compound PROPN NNP Clinton B-PERSON
aide    2 ROOT     NOUN  NN  aide
"""

# Ted Cruz's associates (people, not a thing: no issuer)
PLURAL_PEOPLE = """
Ted        1 compound PROPN NNP Ted        B-PERSON
Cruz       3 poss     PROPN NNP Cruz       I-PERSON
's         1 case     PART  POS 's
associates 3 ROOT     NOUN  NNS associate
"""

# the Berlin wine merchant (a person: a place in the phrase says where, not whose)
PERSON_NOUN = """
the      3 det      DET   DT  the
Berlin   3 compound PROPN NNP Berlin   B-GPE
wine     3 compound NOUN  NN  wine
merchant 3 ROOT     NOUN  NN  merchant
"""

# an analysis of the data (no name in the phrase)
NO_NAME = """
an       1 det   DET  DT an
analysis 1 ROOT  NOUN NN analysis
of       1 prep  ADP  IN of
the      4 det   DET  DT the
data     2 pobj  NOUN NNS datum
"""


def issuer(rows: str, head: int) -> str | None:
    doc = parse(rows)
    found = _named_issuer(doc[:], doc[head])
    return found.text if found is not None else None


def test_a_name_before_the_head_is_the_issuer():
    assert issuer(COMPOUND, 3) == "Riverside Institute"


def test_an_untagged_proper_noun_before_the_head_is_the_issuer():
    assert issuer(UNTAGGED, 3) == "Riverside Institute"


def test_a_name_after_in_by_from_of_is_the_issuer():
    assert issuer(AFTER_IN, 1) == "The Boston Globe"


def test_a_person_noun_has_no_issuer():
    assert issuer(PERSON_HEAD, 2) is None


def test_a_noun_that_may_be_a_person_has_no_issuer():
    assert issuer(PERSON_NOUN, 3) is None


def test_people_in_the_plural_have_no_issuer():
    assert issuer(PLURAL_PEOPLE, 3) is None


def test_no_name_no_issuer():
    assert issuer(NO_NAME, 1) is None
