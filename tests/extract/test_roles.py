"""Splitting a speaker's words into name and role (coref/roles.py), on parses built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from quotetrack.extract.coref.roles import (
    described_as_a_person,
    first_name_beside_noun,
    name_tokens,
    named_beside_role,
    organisation_beside,
)

from .test_attribution_rules import VOCAB, parse

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


# Ana Sherry , director at Acme , which failed in 2009 , said
ROLE_WITH_A_CLAUSE = """
Ana       1 compound PROPN NNP Ana B-PERSON
Sherry   12 nsubj    PROPN NNP Sherry I-PERSON
,         1 punct    PUNCT ,   ,
director  1 appos    NOUN  NN  director
at        3 prep     ADP   IN  at
Acme      4 pobj     PROPN NNP Acme B-ORG
,         5 punct    PUNCT ,   ,
which     8 nsubj    PRON  WDT which
failed    5 relcl    VERB  VBD fail
in        8 prep     ADP   IN  in
2009      9 pobj     NUM   CD  2009 B-DATE
,         1 punct    PUNCT ,   ,
said     12 ROOT     VERB  VBD say
"""


def test_a_role_stops_where_a_clause_about_it_begins():
    """"director at Acme, which failed in 2009" is "director at Acme"; "a lawyer who represents
    developers" is "lawyer"."""
    from quotetrack.extract.coref.roles import appositive_role

    assert appositive_role(parse(ROLE_WITH_A_CLAUSE)[1]) == "director at Acme"
    lawyer = parse("""
Carla      1 compound PROPN NNP Carla B-PERSON
Reed       9 nsubj    PROPN NNP Reed I-PERSON
,          1 punct    PUNCT ,   ,
a          4 det      DET   DT  a
lawyer     1 appos    NOUN  NN  lawyer
who        6 nsubj    PRON  WP  who
represents 4 relcl    VERB  VBZ represent
developers 6 dobj     NOUN  NNS developer
,          1 punct    PUNCT ,   ,
said       9 ROOT     VERB  VBD say
""")
    assert appositive_role(lawyer[1]) == "lawyer"


# Ana Reed , the bureau 's regional vice - president .   (the parser split the hyphenated title in three)
HYPHENATED_ROLE = """
Ana       1 compound PROPN NNP Ana B-PERSON
Reed      1 ROOT     PROPN NNP Reed I-PERSON
,         1 punct    PUNCT ,   ,
the       4 det      DET   DT  the
bureau    7 poss     NOUN  NN  bureau
's        4 case     PART  POS 's
regional  7 amod     ADJ   JJ  regional
vice      1 appos    NOUN  NN  vice
-         1 appos    NOUN  NN  -
president 1 appos    NOUN  NN  president
.         1 punct    PUNCT .   .
"""


def test_a_hyphenated_role_the_parser_split_is_whole():
    from quotetrack.extract.coref.roles import appositive_role

    rows = parse(HYPHENATED_ROLE)
    # as written: "Ana Reed, the bureau's regional vice-president."
    spaces = [True, False, True, True, False, True, True, False, False, False, False]
    doc = Doc(VOCAB, words=[t.text for t in rows], spaces=spaces, heads=[t.head.i for t in rows],
              deps=[t.dep_ for t in rows], pos=[t.pos_ for t in rows], tags=[t.tag_ for t in rows],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in rows])
    assert appositive_role(doc[1]) == "bureau's regional vice-president"
    assert appositive_role(rows[1]) == "bureau 's regional vice"  # "vice - president" apart: no word of it


# The County of Ashby confirmed   (the NER tagged "The County of" a place, apart from "Ashby")
NAME_GOES_ON_AFTER_OF = """
The       1 det      DET   DT  the    B-GPE
County    4 nsubj    PROPN NNP County I-GPE
of        1 prep     ADP   IN  of     I-GPE
Ashby     2 pobj     PROPN NNP Ashby  B-ORG
confirmed 4 ROOT     VERB  VBD confirm
"""


def test_an_entity_ending_in_of_goes_on_with_the_name_after_it():
    assert name_of(NAME_GOES_ON_AFTER_OF, 1) == "The County of Ashby"  # clean_name drops "The"
    # a person's name ends before "of" and the place: "Ana Reed of Ashby", tagged "Ana Reed of"
    assert name_of("""
Ana       1 compound PROPN NNP Ana    B-PERSON
Reed      4 nsubj    PROPN NNP Reed   I-PERSON
of        1 prep     ADP   IN  of     I-PERSON
Ashby     2 pobj     PROPN NNP Ashby  B-GPE
confirmed 4 ROOT     VERB  VBD confirm
""", 1) == "Ana Reed"


# with show hosts Ned Reed and Ana Price   (the names parsed as the plural's appositive)
PLURAL_TITLE_APPOSED = """
with  0 ROOT     ADP   IN  with
show  2 compound NOUN  NN  show
hosts 0 pobj     NOUN  NNS host
Ned   4 compound PROPN NNP Ned   B-PERSON
Reed  2 appos    PROPN NNP Reed  I-PERSON
and   4 cc       CCONJ CC  and
Ana   7 compound PROPN NNP Ana   B-PERSON
Price 4 conj     PROPN NNP Price I-PERSON
"""

# with show hosts Ned Reed and Ana Price   (the plural parsed as a compound of the first name)
PLURAL_TITLE_COMPOUND = """
with  0 ROOT     ADP   IN  with
show  2 compound NOUN  NN  show
hosts 4 compound NOUN  NNS host
Ned   4 compound PROPN NNP Ned   B-PERSON
Reed  0 pobj     PROPN NNP Reed  I-PERSON
and   4 cc       CCONJ CC  and
Ana   7 compound PROPN NNP Ana   B-PERSON
Price 4 conj     PROPN NNP Price I-PERSON
"""


def test_a_plural_title_before_two_names_is_the_role_of_each():
    """"show hosts Ned Reed and Ana Price": each is a "show host" (so "the host" later finds one of
    them); a plural before one name is still no one's role ("the columns Price wrote")."""
    from quotetrack.extract.coref.roles import appositive_role, role_before, shared_role

    apposed = parse(PLURAL_TITLE_APPOSED)
    assert appositive_role(apposed[4]) == "show host"
    assert shared_role(apposed[7]) == "show host"
    compound = parse(PLURAL_TITLE_COMPOUND)
    assert role_before(compound[1:5], 3) == "show host"
    assert shared_role(compound[7]) == "show host"
    alone = parse(PLURAL_TITLE_COMPOUND.replace("and   4 cc", "and   7 cc").replace("Price 4 conj", "Price 0 dobj"))
    assert role_before(alone[1:5], 3) is None
    assert shared_role(alone[7]) is None


# Ana Reed has been the Lynx 's starting goaltender for seven seasons
PREDICATE_ROLE = """
Ana        1 compound PROPN NNP Ana B-PERSON
Reed       3 nsubj    PROPN NNP Reed I-PERSON
has        3 aux      AUX   VBZ have
been       3 ROOT     AUX   VBN be
the        5 det      DET   DT  the
Lynx       8 poss     PROPN NNP Lynx B-ORG
's         5 case     PART  POS 's
starting   8 amod     VERB  VBG start
goaltender 3 attr     NOUN  NN  goaltender
for        8 prep     ADP   IN  for
seven      11 nummod  NUM   CD  seven B-DATE
seasons    9 pobj     NOUN  NNS season I-DATE
"""


def test_be_gives_its_subject_a_role_or_description():
    """"Ana Reed has been the Lynx's starting goaltender for seven seasons": the role is what she
    is, not for how long; not "is not the goaltender", nor "is a problem" (no role or description)."""
    from quotetrack.extract.coref.roles import predicate_role

    doc = parse(PREDICATE_ROLE)
    assert predicate_role(doc[1]) == "Lynx 's starting goaltender"
    negated = parse(PREDICATE_ROLE.replace("has        3 aux      AUX   VBZ have", "not        3 neg      PART  RB  not"))
    assert predicate_role(negated[1]) is None
    plain = parse(PREDICATE_ROLE.replace("goaltender 3 attr     NOUN  NN  goaltender", "problem    3 attr     NOUN  NN  problem"))
    assert predicate_role(plain[1]) is None
    # "Ana Reed will be the Lynx's starting goaltender": not yet
    modal = parse(PREDICATE_ROLE.replace("has        3 aux      AUX   VBZ have", "will       3 aux      AUX   MD  will"))
    assert predicate_role(modal[1]) is None
    # "Ana Reed had been ...": not now
    past = parse(PREDICATE_ROLE.replace("has        3 aux      AUX   VBZ have", "had        3 aux      AUX   VBD have"))
    assert predicate_role(past[1]) is None
    # "Ana Reed has no longer been ...": not now either
    present = PREDICATE_ROLE.replace("been       3 ROOT     AUX   VBN be", "is         3 ROOT     AUX   VBZ be")
    assert predicate_role(parse(present)[1]) == "Lynx 's starting goaltender"
    longer = parse(present.replace("has        3 aux      AUX   VBZ have", "longer     3 advmod   ADV   RB  longer"))
    assert predicate_role(longer[1]) is None


def test_an_appositive_description_is_a_role():
    """"Teo Reed, a winger," as "Ana Reed, a spokeswoman,": "the winger" later finds him."""
    from quotetrack.extract.coref.roles import appositive_role

    doc = parse("""
Teo    1 compound PROPN NNP Teo B-PERSON
Reed   6 nsubj    PROPN NNP Reed I-PERSON
,      1 punct    PUNCT ,   ,
a      4 det      DET   DT  a
winger 1 appos    NOUN  NN  winger
,      1 punct    PUNCT ,   ,
scored 6 ROOT     VERB  VBD score
""")
    assert appositive_role(doc[1]) == "winger"


# Workers Union Local 418 said   (the NER tagged "Workers Union", and "418" as a number)
NUMBERED_UNION = """
Workers 1 compound PROPN NNP Workers B-ORG
Union   3 compound PROPN NNP Union   I-ORG
Local   3 compound PROPN NNP Local
418     4 nsubj    NUM   CD  418     B-CARDINAL
said    4 ROOT     VERB  VBD say
"""


def test_an_organisations_name_goes_on_to_its_number():
    from quotetrack.extract.coref.roles import number_after

    doc = parse(NUMBERED_UNION)
    assert number_after(doc.ents[0]).i == 3
    assert name_of(NUMBERED_UNION, 3) == "Workers Union Local 418"
    # a number the name is no compound of is no part of it ("the Union, 418 members strong")
    apart = parse(NUMBERED_UNION.replace("Union   3 compound", "Union   4 nsubj   ").replace("Local   3 compound", "Local   1 appos   "))
    assert number_after(apart.ents[0]) is None


# both Reed and Liberal front-runner Ana Price said
TWO_PEOPLE = """
both         1 preconj  CCONJ CC  both
Reed         6 compound PROPN NNP Reed B-PERSON
and          1 cc       CCONJ CC  and
Liberal      4 amod     PROPN NNP Liberal B-NORP
front-runner 6 compound NOUN  NN  front-runner
Ana          6 compound PROPN NNP Ana B-PERSON
Price        7 nsubj    PROPN NNP Price I-PERSON
said         7 ROOT     VERB  VBD say
"""


def test_a_role_begins_after_another_persons_name():
    """"both Reed and Liberal front-runner Ana Price": Price's role is "Liberal front-runner";
    "Speaker and Liberal front-runner" keeps its first title."""
    from quotetrack.extract.coref.roles import role_before

    doc = parse(TWO_PEOPLE)
    assert role_before(doc[0:7], 5) == "Liberal front-runner"
    titles = parse("""
Speaker      5 compound PROPN NNP speaker
and          0 cc       CCONJ CC  and
Liberal      3 amod     PROPN NNP Liberal B-NORP
front-runner 5 compound NOUN  NN  front-runner
Ana          5 compound PROPN NNP Ana B-PERSON
Price        6 nsubj    PROPN NNP Price I-PERSON
said         6 ROOT     VERB  VBD say
""")
    assert role_before(titles[0:6], 4) == "Speaker and Liberal front-runner"


# the club's 2019 nominee , Ana Price , said
NOMINEE_WITH_A_YEAR = """
the     1 det      DET   DT  the
club    4 poss     NOUN  NN  club
's      1 case     PART  POS 's
2019    4 nummod   NUM   CD  2019 B-DATE
nominee 9 nsubj    NOUN  NN  nominee
,       4 punct    PUNCT ,   ,
Ana     7 compound PROPN NNP Ana B-PERSON
Price   4 appos    PROPN NNP Price I-PERSON
,       4 punct    PUNCT ,   ,
said    9 ROOT     VERB  VBD say
"""


def test_a_role_holds_no_year_and_is_no_plural():
    """"the club's 2019 nominee, Ana Price" -> "nominee"; a plural before a name is no one
    person's role ("the controversial columns Price wrote")."""
    from quotetrack.extract.coref.roles import appositive_role, role_before

    assert appositive_role(parse(NOMINEE_WITH_A_YEAR)[7]) == "nominee"
    columns = parse("""
controversial 1 amod     ADJ  JJ  controversial
columns       3 dobj     NOUN NNS column
Price         3 nsubj    PROPN NNP Price B-PERSON
wrote         3 ROOT     VERB VBD write
""")
    assert role_before(columns[0:3], 2) is None
    director = parse("""
director  4 compound NOUN  NN  director
of        0 prep     ADP   IN  of
athletics 1 pobj     NOUN  NNS athletics
Tom       4 compound PROPN NNP Tom B-PERSON
Reed      5 nsubj    PROPN NNP Reed I-PERSON
said      5 ROOT     VERB  VBD say
""")
    assert role_before(director[0:5], 3) == "director of athletics"  # the plural is not the head


def test_a_name_before_a_role_noun_says_whose_role_it_is():
    """"a Weber supporter said": someone who supports Weber, not Weber; "Acme spokesman Ana
    Price", parsed with "spokesman" as the head, is Price."""
    supporter = parse("""
a         2 det      DET   DT  a
Weber     2 compound PROPN NNP Weber B-PERSON
supporter 3 nsubj    NOUN  NN  supporter
said      3 ROOT     VERB  VBD say
""")
    assert name_tokens(supporter[0:3], supporter[2]) is None
    assert name_of("""
Acme      1 compound PROPN NNP Acme B-ORG
spokesman 4 nsubj    NOUN  NN  spokesman
Ana       3 compound PROPN NNP Ana B-PERSON
Price     1 appos    PROPN NNP Price I-PERSON
said      4 ROOT     VERB  VBD say
""", 1) == "Ana Price"


def test_a_title_after_the_or_a_possessive_names_no_one():
    """"the President said", "Chad's Ambassador said": no name (the resolver looks for who holds
    the title); "King said" may be a surname."""
    president = parse("""
the       1 det   DET   DT  the
President 2 nsubj PROPN NNP President
said      2 ROOT  VERB  VBD say
""")
    assert name_tokens(president[0:2], president[1]) is None
    king = parse("""
King 1 nsubj PROPN NNP King B-PERSON
said 1 ROOT  VERB  VBD say
""")
    assert name_tokens(king[0:1], king[0]) == (0, 1)
    # ... also where the NER took the title for an organisation
    premier = parse("""
the     1 det   DET   DT  the
Premier 2 nsubj PROPN NNP Premier B-ORG
said    2 ROOT  VERB  VBD say
""")
    assert name_tokens(premier[0:2], premier[1]) is None


ROOKIE_AS_ORG = """
the        2 det      DET  DT  the        B-ORG
rookie     2 compound NOUN NN  rookie     I-ORG
defenceman 3 nsubj    NOUN NN  defenceman I-ORG
said       3 ROOT     VERB VBD say
"""


def test_an_entity_in_lower_case_is_no_name():
    """"the rookie defenceman said", which the NER took for an organisation: a description."""
    rookie = parse(ROOKIE_AS_ORG)
    assert name_tokens(rookie[0:3], rookie[2]) is None
    # ... also at the start of a sentence
    capital = parse(ROOKIE_AS_ORG.replace("the        2 det", "The        2 det"))
    assert name_tokens(capital[0:3], capital[2]) is None


def test_a_double_barrelled_name_the_tokenizer_split_is_one_name():
    """"Strand-Oyelowo noted": one surname, not "Oyelowo"; "Reed - Price" with spaces is two."""
    def doc(spaces: list[bool]) -> Doc:
        return Doc(VOCAB, words=["Strand", "-", "Oyelowo", "noted"], spaces=spaces, heads=[2, 2, 3, 3],
                   deps=["compound", "punct", "nsubj", "ROOT"], pos=["PROPN", "PUNCT", "PROPN", "VERB"],
                   tags=["NNP", "HYPH", "NNP", "VBD"], lemmas=["Strand", "-", "Oyelowo", "note"])
    joined = doc([False, False, True, False])
    assert joined[slice(*name_tokens(joined[0:3], joined[2]))].text == "Strand-Oyelowo"
    apart = doc([True, True, True, False])
    assert apart[slice(*name_tokens(apart[0:3], apart[2]))].text == "Oyelowo"
    # a first part that is not in title case ("McDonald-Reed")
    mc = Doc(VOCAB, words=["McDonald", "-", "Reed", "noted"], spaces=[False, False, True, False], heads=[2, 2, 3, 3],
             deps=["compound", "punct", "nsubj", "ROOT"], pos=["PROPN", "PUNCT", "PROPN", "VERB"],
             tags=["NNP", "HYPH", "NNP", "VBD"], lemmas=["McDonald", "-", "Reed", "note"])
    assert mc[slice(*name_tokens(mc[0:3], mc[2]))].text == "McDonald-Reed"


SPOKESPERSON_NAMED = """
The          2 det      DET   DT  the
governor's   2 poss     NOUN  NN  governor
spokesperson 6 nsubj    NOUN  NN  spokesperson
,            2 punct    PUNCT ,   ,
FIRST        5 compound PROPN NNP FIRST B-ORG
Brandt       2 appos    PROPN NNP Brandt I-ORG
said         6 ROOT     VERB  VBD say
"""


def test_a_name_beside_a_role_with_a_first_name_of_either_gender_is_a_person():
    """"The governor's spokesperson, Eli Brandt, said": "Eli" has no confident gender; the NER
    called the name an organisation. "Northway Brandt" has no first name."""
    assert named_beside_role(parse(SPOKESPERSON_NAMED.replace("FIRST", "Eli"))[5])
    assert not named_beside_role(parse(SPOKESPERSON_NAMED.replace("FIRST", "Northway"))[5])


# According to Brightwater, Tessaract's revenue fell.   (the NER ran two names together across the comma)
ACROSS_A_COMMA = """
According   7 prep  VERB  VBG according
to          0 prep  ADP   IN  to
Brightwater 1 pobj  PROPN NNP Brightwater B-ORG
,           7 punct PUNCT ,   ,           I-ORG
Tessaract   6 poss  PROPN NNP Tessaract   I-ORG
's          4 case  PART  POS 's          I-ORG
revenue     7 nsubj NOUN  NN  revenue
fell        7 ROOT  VERB  VBD fall
"""


def test_two_names_the_ner_ran_together_across_a_comma_are_two():
    doc = parse(ACROSS_A_COMMA)
    assert name_tokens(doc[2:3], doc[2]) == (2, 3)  # "Brightwater", not "Brightwater, Tessaract"
    assert name_tokens(doc[4:7], doc[4]) == (4, 6)
    # ... but a union's local goes on after its comma
    local = parse(ACROSS_A_COMMA.replace("Tessaract   6 poss  PROPN NNP Tessaract", "Local       6 poss  PROPN NNP Local")
                  .replace("'s          4 case  PART  POS 's", "406         4 nummod NUM CD 406"))
    assert name_tokens(local[2:3], local[2]) == (2, 6)


# Addressing Kessler directly, the judge said.   (the NER took the participle into a name)
PARTICIPLE_IN_NAME = """
FIRST      1 advcl    VERB  VBG {lemma} B-PERSON
Kessler    0 dobj     PROPN NNP Kessler I-PERSON
directly   0 advmod   ADV   RB  directly
,          6 punct    PUNCT ,   ,
the        5 det      DET   DT  the
judge      6 nsubj    NOUN  NN  judge
said       6 ROOT     VERB  VBD say
"""


def test_a_participle_opening_the_sentence_is_no_part_of_a_name():
    """"Addressing Kessler" tagged as one person is Kessler; "Sterling Kessler", a first name
    the tagger read as a participle, keeps it."""
    doc = parse(PARTICIPLE_IN_NAME.replace("FIRST", "Addressing").format(lemma="address"))
    assert name_tokens(doc[0:3], doc[1]) == (1, 2)
    doc = parse(PARTICIPLE_IN_NAME.replace("FIRST", "Sterling").format(lemma="sterl"))
    assert name_tokens(doc[0:3], doc[1]) == (0, 2)


# Another evacuee, Marguerite, said.   (the NER took the first name for a place)
FIRST_NAME_BESIDE = """
Another    1 det   DET   DT  another
HEAD       5 nsubj NOUN  NN  HEAD
,          1 punct PUNCT ,   ,
FIRST      1 appos PROPN NNP FIRST B-LOC
,          1 punct PUNCT ,   ,
said       5 ROOT  VERB  VBD say
"""


def test_a_lone_first_name_beside_a_noun_for_someone_is_their_name():
    """"Another evacuee, Marguerite, said": her name, though the NER called it a place; not "the
    province, Alberta," (one of a kind), "a company, Victoria," (an organisation's noun), nor a word no
    lexicon knows for a first name."""
    assert first_name_beside_noun(parse(FIRST_NAME_BESIDE.replace("HEAD", "evacuee").replace("FIRST", "Marguerite"))[3])
    assert not first_name_beside_noun(parse(FIRST_NAME_BESIDE.replace("HEAD", "company").replace("FIRST", "Victoria"))[3])
    the_province = FIRST_NAME_BESIDE.replace("Another    1 det   DET   DT  another", "The 1 det DET DT the")
    assert not first_name_beside_noun(parse(the_province.replace("HEAD", "province").replace("FIRST", "Alberta"))[3])
    assert not first_name_beside_noun(parse(FIRST_NAME_BESIDE.replace("HEAD", "evacuee").replace("FIRST", "Saskatoon"))[3])


# The Town of Pellston Ridge said.   (the NER tagged only the place)
TOWN_OF = """
The      1 det   DET   DT  the
Town     5 nsubj PROPN NNP Town
of       1 prep  ADP   IN  of
Pellston 4 compound PROPN NNP Pellston B-GPE
Ridge    2 pobj  PROPN NNP Ridge    I-GPE
said     5 ROOT  VERB  VBD say
"""


def test_a_name_that_goes_on_with_of_and_a_place_is_one_name():
    """"the Town of Pellston Ridge" is the town's name, not "Town"; a title's "of" stays out ("the
    Mayor of Pellston Ridge" names no one by that)."""
    assert name_of(TOWN_OF, 1) == "Town of Pellston Ridge"
    mayor = parse(TOWN_OF.replace("Town     5 nsubj PROPN NNP Town", "Mayor    5 nsubj PROPN NNP Mayor"))
    assert name_tokens(mayor[:], mayor[1]) is None


# The utility Gulfshore Power said it was ready.   (the parser made the name a second subject)
UTILITY_BESIDE = """
The       1 det      DET   DT  the
utility   4 nsubj    NOUN  NN  utility
Gulfshore 3 compound PROPN NNP Gulfshore B-ORG
Power     4 nsubj    PROPN NNP Power     I-ORG
said      4 ROOT     VERB  VBD say
"""

# It was bought by publisher Marrowgate Entertainment .
PUBLISHER_BEFORE = """
It            2 nsubjpass PRON  PRP it
was           2 auxpass   AUX   VBD be
bought        2 ROOT      VERB  VBN buy
by            2 agent     ADP   IN  by
publisher     6 compound  NOUN  NN  publisher
Marrowgate    6 compound  PROPN NNP Marrowgate    B-ORG
Entertainment 3 pobj      PROPN NNP Entertainment I-ORG
.             2 punct     PUNCT .   .
"""

# Quillfire Interactive , the studio behind Ashen Tide , laid off 140 people .
STUDIO_APPOSITIVE = """
Quillfire   1 compound PROPN NNP Quillfire   B-ORG
Interactive 10 nsubj   PROPN NNP Interactive I-ORG
,           1 punct    PUNCT ,   ,
the         4 det      DET   DT  the
studio      1 appos    NOUN  NN  studio
behind      4 prep     ADP   IN  behind
Ashen       7 compound PROPN NNP Ashen
Tide        5 pobj     PROPN NNP Tide
,           1 punct    PUNCT ,   ,
publisher   10 npadvmod NOUN NN  publisher
laid        10 ROOT    VERB  VBD lay
"""


def test_a_noun_for_a_kind_of_organisation_beside_its_name():
    """"The utility Gulfshore Power said": the organisation is named beside the noun for its kind,
    though the parser made the name a second subject; "Quillfire Interactive, the studio behind
    ...", "publisher Marrowgate Entertainment": "studio" and "publisher" are what a later "the
    studio" or "the publisher" stands for (not "publisher", a noun of another phrase)."""
    from quotetrack.extract.coref.roles import organisation_beside, organisation_descriptions

    utility = parse(UTILITY_BESIDE)
    assert organisation_beside(utility[1]).text == "Gulfshore"
    # after a determiner the noun may modify the name instead ("the state Senate"): no description
    assert organisation_descriptions(utility.ents[0]) == set()
    publisher = parse(PUBLISHER_BEFORE)
    assert organisation_descriptions(publisher.ents[0]) == {"publisher"}
    studio = parse(STUDIO_APPOSITIVE)
    assert organisation_descriptions(studio.ents[0]) == {"studio"}
    assert organisation_beside(studio[4]) is None


def test_a_role_is_the_title_right_before_the_name_not_a_clause_before_it():
    """A misparse may put a clause in the speaker's phrase ("... Hamas releasing President Ted
    Marlo"): the role is the title right before the name, not the clause."""
    from quotetrack.extract.coref.roles import role_before

    rows = """
Hamas     1 nsubj    PROPN NNP Hamas B-ORG
releasing 1 ROOT     VERB  VBG release
President 4 compound PROPN NNP President
Ted       4 compound PROPN NNP Ted B-PERSON
Marlo     1 dobj     PROPN NNP Marlo I-PERSON
"""
    doc = parse(rows)
    assert role_before(doc[0:5], 3) == "President"
    # without the clause, the affiliation stays with the title
    plain = parse(rows.replace("releasing 1 ROOT     VERB  VBG release", "Party     4 compound PROPN NNP party"))
    assert role_before(plain[0:5], 3) == "Hamas Party President"
    # a participle of the title itself is no clause: "acting director"
    acting = parse("""
acting   1 amod     VERB  VBG act
director 3 compound NOUN  NN  director
Ted      3 compound PROPN NNP Ted B-PERSON
Marlo    3 ROOT     PROPN NNP Marlo I-PERSON
""")
    assert role_before(acting[0:4], 2) == "acting director"


def test_a_name_that_ends_like_a_business_is_an_organisations():
    from quotetrack.extract.coref.roles import is_business_name

    assert is_business_name("Halvorsen Pharma") and is_business_name("Marlow Kettering LLP")
    assert not is_business_name("Pharma")  # one word: the text's own name for it decides
    assert not is_business_name("Ana Steel")  # a surname too: not listed


# the university 's provost , Dr. Helen Reed , sent a message .
PROVOST = """
the        1 det      DET   DT  the
university 3 poss     NOUN  NN  university
's         1 case     PART  POS 's
provost    10 nsubj   NOUN  NN  provost
,          3 punct    PUNCT ,   ,
Dr.        7 compound PROPN NNP Dr.
Helen      7 compound PROPN NNP Helen B-PERSON
Reed       3 appos    PROPN NNP Reed I-PERSON
,          3 punct    PUNCT ,   ,
then       10 advmod  ADV   RB  then
sent       10 ROOT    VERB  VBD send
a          12 det     DET   DT  a
message    10 dobj    NOUN  NN  message
.          10 punct   PUNCT .   .
"""


def test_the_office_beside_a_name_beats_its_form_of_address():
    """"the university's provost, Dr. Helen Reed": her role is provost (a description the role
    list leaves out, as "Provost" is a surname too), not "Dr.", so "the provost" finds her."""
    from .test_coref_index import indexed

    index = indexed(parse(PROVOST))
    (reed,) = [e for e in index.entities if e.kind == "person"]
    assert (reed.name, reed.role) == ("Helen Reed", "provost")
    assert index.by_role("provost", [], 500) is reed
    # with no office beside it, the form of address stays the role
    alone = parse(PROVOST.replace("provost    10 nsubj   NOUN  NN  provost", "staff      10 nsubj   NOUN  NN  staff"))
    (reed,) = [e for e in indexed(alone).entities if e.kind == "person"]
    assert reed.role == "Dr."


def test_a_person_tagged_name_that_ends_like_a_business_is_indexed_as_an_organisation():
    """"Halvorsen Pharma said it had initiated the recall", tagged a person by the NER: the company
    that "the company" of the next sentence stands for."""
    from .test_coref_index import indexed

    doc = parse("""
Halvorsen 1 compound PROPN NNP Halvorsen B-PERSON
Pharma    2 nsubj    PROPN NNP Pharma    I-PERSON
said      2 ROOT     VERB  VBD say
it        4 nsubj    PRON  PRP it
acted     2 ccomp    VERB  VBD act
.         2 punct    PUNCT .   .
""")
    index = indexed(doc)
    assert [(e.name, e.kind) for e in index.entities] == [("Halvorsen Pharma", "organization")]
    assert index.organisation_about(100, 0, "company").name == "Halvorsen Pharma"


def test_a_name_right_after_the_that_heads_its_phrase_is_no_persons():
    """"the Tides beat the Storm", tagged a person by the NER: a team, which "the rookie" can never
    stand for."""
    from .test_coref_index import indexed

    rows = """
the      1 det      DET   DT  the
Tides    2 nsubj    PROPN NNPS Tides B-PERSON
beat     2 ROOT     VERB  VBD beat
the      4 det      DET   DT  the
Storm    2 dobj     PROPN NNP Storm B-ORG
.        2 punct    PUNCT .   .
"""
    index = indexed(parse(rows))
    assert [(e.name, e.kind) for e in index.entities] == [("Tides", "organization"), ("Storm", "organization")]


# Speaking in a bar , Demir - Halloran , 44 , said he left .   (the NER tagged "Demir" alone; the
# parser hung the name on "bar" and left "said" without a subject)
DOUBLE_BARRELLED_BEFORE_ITS_CUE = """
Speaking  11 advcl    VERB  VBG speak
in        0  prep     ADP   IN  in
a         3  det      DET   DT  a
bar       1  pobj     NOUN  NN  bar
,         3  punct    PUNCT ,   ,
Demir     7  compound PROPN NNP Demir B-PERSON
-         7  punct    PUNCT HYPH -
Halloran  3  appos    PROPN NNP Halloran
,         7  punct    PUNCT ,   ,
44        7  appos    NUM   CD  44
,         11 punct    PUNCT ,   ,
said      11 ROOT     VERB  VBD say
he        13 nsubj    PRON  PRP he
left      11 ccomp    VERB  VBD leave
.         11 punct    PUNCT .   .
"""


def test_a_double_barrelled_name_the_ner_cut_before_a_cue_left_without_subject():
    """The second half of "Demir-Halloran" is the name's, and the name, set before a reporting
    verb the parser gave no subject (an age aside between), is that verb's subject: as salient as
    one for the "he" of the quotation after it."""
    from .test_coref_index import indexed

    doc = parse(DOUBLE_BARRELLED_BEFORE_ITS_CUE, glued=(5, 6))  # "Demir-Halloran" written as one word
    index = indexed(doc)
    (person,) = [e for e in index.entities if e.kind == "person"]
    assert person.name == "Demir-Halloran"
    assert any(s.entity is person and s.subject for s in index.sightings)


def test_two_names_joined_to_modify_a_noun_are_no_double_barrelled_name():
    """"the Harris-Walz ticket": "Harris" tagged alone stays "Harris"."""
    from quotetrack.extract.coref.roles import name_end

    doc = parse("""
the     4 det      DET   DT  the
Harris  4 compound PROPN NNP Harris B-PERSON
-       3 punct    PUNCT HYPH -
Walz    4 compound PROPN NNP Walz
ticket  5 nsubj    NOUN  NN  ticket
won     5 ROOT     VERB  VBD win
""", glued=(1, 2))
    (ent,) = doc.ents
    assert name_end(ent, len(doc)) == 2


# Kyrgyzstan 's state news agency , Kabar , reported .   ("Kabar" a place to the NER, a modifier to the parser)
AGENCY_NAMED_AFTER = """
Kyrgyzstan 4 poss     PROPN NNP Kyrgyzstan B-GPE
's         0 case     PART  POS 's
state      4 compound PROPN NNP state
news       4 compound NOUN  NN  news
agency     8 nsubj    NOUN  NN  agency
,          4 punct    PUNCT ,   ,
Kabar      4 npadvmod PROPN NNP Kabar B-GPE
,          4 punct    PUNCT ,   ,
reported   8 ROOT     VERB  VBD report
.          8 punct    PUNCT .   .
"""


def test_a_name_set_off_right_after_the_noun_for_its_kind_is_the_organisation():
    doc = parse(AGENCY_NAMED_AFTER)
    assert organisation_beside(doc[4]).text == "Kabar"
    # ... not a person's name there ("the agency, Ana, reported" is no agency's name)
    assert organisation_beside(parse(AGENCY_NAMED_AFTER.replace("B-GPE\n,", "B-PERSON\n,"))[4]) is None


# Seun Adeyemi , a novelist who lives in Dunmore , spoke .   (the NER's ORG)
NAME_WITH_A_PERSON_NOUN = """
Seun     1 compound PROPN NNP Seun    B-ORG
Adeyemi  11 nsubj   PROPN NNP Adeyemi I-ORG
,        1 punct    PUNCT ,   ,
a        4 det      DET   DT  a
novelist 1 appos    NOUN  NN  novelist
who      6 nsubj    PRON  WP  who
lives    4 relcl    VERB  VBZ live
in       6 prep     ADP   IN  in
Dunmore  7 pobj     PROPN NNP Dunmore B-GPE
,        1 punct    PUNCT ,   ,
quietly  11 advmod  ADV   RB  quietly
spoke    11 ROOT    VERB  VBD speak
.        11 punct   PUNCT .   .
"""


def test_a_name_described_as_a_person_is_a_persons():
    """A person noun set beside the name, an age, or a "who" clause on it; not "which"."""
    assert described_as_a_person(parse(NAME_WITH_A_PERSON_NOUN)[1])
    company = NAME_WITH_A_PERSON_NOUN.replace("novelist 1 appos    NOUN  NN  novelist", "firm     1 appos    NOUN  NN  firm")
    assert not described_as_a_person(parse(company)[1])


# Another resident , Hamish Dolan , said .   (the NER's ORG, set after the noun for a person)
NAME_AFTER_A_PERSON_NOUN = """
Another  1 det      DET   DT  another
resident 6 nsubj    NOUN  NN  resident
,        1 punct    PUNCT ,   ,
Hamish   4 compound PROPN NNP Hamish B-ORG
Dolan    1 appos    PROPN NNP Dolan  I-ORG
,        1 punct    PUNCT ,   ,
said     6 ROOT     VERB  VBD say
.        6 punct    PUNCT .   .
"""


def test_a_name_set_after_a_noun_for_a_person_is_a_persons():
    """"Another resident, Hamish Dolan, said": a person, whatever the NER called the name; not
    after a noun for an organisation ("Another firm, Hamish Dolan, said")."""
    assert described_as_a_person(parse(NAME_AFTER_A_PERSON_NOUN)[4])
    firm = NAME_AFTER_A_PERSON_NOUN.replace("resident 6 nsubj    NOUN  NN  resident", "firm     6 nsubj    NOUN  NN  firm")
    assert not described_as_a_person(parse(firm)[4])


# A diplomat in Bishkek , who spoke , said .   (the parser hung "who" on the city)
PLACE_WITH_WHO = """
A        1 det    DET   DT  a
diplomat 7 nsubj  NOUN  NN  diplomat
in       1 prep   ADP   IN  in
Bishkek  2 pobj   PROPN NNP Bishkek B-GPE
,        3 punct  PUNCT ,   ,
who      6 nsubj  PRON  WP  who
spoke    3 relcl  VERB  VBD speak
said     7 ROOT   VERB  VBD say
.        7 punct  PUNCT .   .
"""


def test_a_who_clause_the_parser_hung_on_a_place_makes_no_person():
    assert not described_as_a_person(parse(PLACE_WITH_WHO)[3])
    # ... where on a name that is no place's object it does ("Marlowe, who is 28, said")
    subject = PLACE_WITH_WHO.replace("Bishkek  2 pobj   PROPN NNP Bishkek B-GPE", "Bishkek  7 nsubj  PROPN NNP Bishkek B-GPE")
    assert described_as_a_person(parse(subject)[3])
    # ... nor on a noun after "a" that the NER took for a name ("a GP who chairs the Friends")
    noun = subject.replace("A        1 det    DET   DT  a\ndiplomat 7 nsubj  NOUN  NN  diplomat\nin       1 prep   ADP   IN  in",
                           "Ana      1 compound PROPN NNP Ana\nReed     7 nsubj  PROPN NNP Reed\na        3 det    DET   DT  a")
    assert not described_as_a_person(parse(noun)[3])


# Manafort and campaign spokesman Ned Reed worked.   (the tagger took "Manafort" for a noun)
NAME_AND_TITLE = """
Manafort  2 nmod     NOUN  NN  manafort
and       0 cc       CCONJ CC  and
campaign  0 conj     NOUN  NN  campaign
spokesman 5 compound NOUN  NN  spokesman
Ned       5 compound PROPN NNP Ned   B-PERSON
Reed      6 nsubj    PROPN NNP Reed  I-PERSON
worked    6 ROOT     VERB  VBD work
"""


def test_a_role_after_another_name_and_and_is_only_the_title():
    """"Manafort and campaign spokesman Ned Reed": Reed's role is "campaign spokesman", whatever
    the tagger made of the other name; not so after a party word ("Republican and billionaire
    candidate") nor inside a title ("Health and Human Services Secretary"), nor after a title
    ("President and chief executive")."""
    from quotetrack.extract.coref.roles import role_before

    assert role_before(parse(NAME_AND_TITLE)[0:6], 4) == "campaign spokesman"
    party = parse(NAME_AND_TITLE.replace("Manafort  2 nmod     NOUN  NN  manafort", "Republican 2 amod ADJ JJ republican B-NORP"))
    assert role_before(party[0:6], 4) == "Republican and campaign spokesman"
    title = parse(NAME_AND_TITLE.replace("campaign  0 conj     NOUN  NN  campaign", "Campaign  0 conj     PROPN NNP Campaign"))
    assert role_before(title[0:6], 4) == "Manafort and Campaign spokesman"
    two_titles = parse(NAME_AND_TITLE.replace("Manafort  2 nmod     NOUN  NN  manafort", "President 2 nmod     PROPN NNP President"))
    assert role_before(two_titles[0:6], 4) == "President and campaign spokesman"


def test_an_entity_that_ends_on_a_role_word_is_no_name():
    """The NER's "Nimbara's spokesperson" (one PERSON) is a role: the appositive after it
    ("Nimbara's spokesperson, Hallie Brooks, said") names the speaker."""
    doc = parse("""
Nimbara      2 poss     PROPN NNP Nimbara      B-PERSON
's           0 case     PART  POS 's           I-PERSON
spokesperson 7 nsubj    NOUN  NN  spokesperson I-PERSON
,            2 punct    PUNCT ,   ,
Hallie       5 compound PROPN NNP Hallie       B-PERSON
Brooks       2 appos    PROPN NNP Brooks       I-PERSON
,            2 punct    PUNCT ,   ,
said         7 ROOT     VERB  VBD say
""")
    assert name_tokens(doc[0:3], doc[2]) is None
    assert name_tokens(doc[4:6], doc[5]) == (4, 6)
