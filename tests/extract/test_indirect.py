"""Indirect speech rules on parses built by hand (candidates/indirect.py), so that they hold
whatever a model version makes of a sentence: which clause is the statement, whose it is, and
which reporting verbs report no statement. Each case is a sentence, its parse, and the
(content, speaker words) found. Rows: "word head dep pos tag lemma [ent]" (see test_attribution_rules)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotetrack import lexicon
from quotetrack.extract.attribution.cues import has_cue_word, is_phrasal_cue
from quotetrack.extract.candidates.indirect import indirect_statements
from quotetrack.extract.frames import Frame
from quotetrack.text import QuoteSpan

from .test_attribution_rules import parse


def _quote(doc: Doc, open_i: int, close_i: int) -> QuoteSpan:
    """The quotation between the marks at tokens open_i and close_i."""
    last = doc[close_i - 1]
    return QuoteSpan(doc[open_i + 1].idx, last.idx + len(last), doc[open_i].idx, doc[close_i].idx)


def statements(rows: str, *, partial: tuple[int, int] | None = None, whole: tuple[int, int] | None = None):
    """(content, speaker words) of each statement; ``partial``/``whole``: the marks of a quotation
    kept in the frame as written, or standing in it as the placeholder word."""
    doc = parse(rows)
    frame = Frame(doc.text, [0], [0])
    quotes = []
    if partial:
        quotes.append(_quote(doc, *partial))
    if whole:
        q = _quote(doc, *whole)
        frame.placeholders[(doc[whole[0] + 1].idx, doc[whole[0] + 1].idx + len(doc[whole[0] + 1]))] = q
        quotes.append(q)
    found = []
    for statement in indirect_statements(doc, frame, quotes):
        att = statement.attribution
        speaker = doc[att.speaker_start : att.speaker_end].text if att.found else None
        found.append((doc[statement.start : statement.end].text, speaker))
    return found


# Reed , reached by email , said it fell .   (the parser gave "said" no subject: "Reed" an advcl)
PARTICIPLE_ASIDE = """
Reed    6 advcl    NOUN  NN  reed
,       0 punct    PUNCT ,   ,
reached 0 acl      VERB  VBN reach
by      2 agent    ADP   IN  by
email   3 pobj     NOUN  NN  email
,       6 punct    PUNCT ,   ,
said    6 ROOT     VERB  VBD say
it      8 nsubj    PRON  PRP it
fell    6 ccomp    VERB  VBD fall
.       6 punct    PUNCT .   .
"""


def test_a_name_before_a_participles_phrase_is_the_speaker_the_parser_lost():
    assert statements(PARTICIPLE_ASIDE) == [("it fell", "Reed")]
    # the tagger may make the name an adverb ("Bouchard, finishing a shift, said"); not "However"
    adverb = PARTICIPLE_ASIDE.replace("Reed    6 advcl    NOUN  NN  reed", "Reed    6 advmod   ADV   RB  reed")
    assert statements(adverb) == [("it fell", "Reed")]
    assert statements(adverb.replace("Reed    6", "However 6")) == []
    assert statements(adverb.replace("Reed    6", "Instead 6")) == []  # no stop word, but no name (not_name_words)
    # a lowercase word is no name: "the plan, reached by email, said" is nobody's
    assert statements(PARTICIPLE_ASIDE.replace("Reed    6 advcl    NOUN  NN  reed", "plans   6 advcl    NOUN  NN  plan")) == []


# He said widening it could help .   (the parser made the gerund subject the cue's complement)
GERUND_SUBJECT = """
He         1 nsubj PRON  PRP he
said       1 ROOT  VERB  VBD say
widening   1 xcomp VERB  VBG widen
it         5 nsubj PRON  PRP it
could      5 aux   AUX   MD  could
help       2 ccomp VERB  VB  help
.          1 punct PUNCT .   .
"""

# Reed said on CBC , where he works , that Price should go .   (the "that" clause hung on CBC)
CLAUSE_ON_A_CHANNEL = """
Reed   1 nsubj  PROPN NNP Reed B-PERSON
said   1 ROOT   VERB  VBD say
on     1 prep   ADP   IN  on
CBC    2 pobj   PROPN NNP CBC B-ORG
,      3 punct  PUNCT ,   ,
where  7 advmod SCONJ WRB where
he     7 nsubj  PRON  PRP he
works  3 relcl  VERB  VBZ work
,      3 punct  PUNCT ,   ,
that   12 mark  SCONJ IN  that
Price  12 nsubj PROPN NNP Price B-PERSON
should 12 aux   AUX   MD  should
go     3 relcl  VERB  VB  go
.      1 punct  PUNCT .   .
"""

# Ned Reed , a Halifax , N.S. , rabbi , said it fell .   (a place's commas in the appositive; the
# parser made Reed the subject of "rabbi")
APPOSITIVE_WITH_A_PLACE = """
Ned     1 compound PROPN NNP Ned B-PERSON
Reed    8 nsubj    PROPN NNP Reed I-PERSON
,       1 punct    PUNCT ,   ,
a       6 det      DET   DT  a
Halifax 6 nmod     PROPN NNP Halifax B-GPE
,       6 punct    PUNCT ,   ,
N.S.    1 appos    PROPN NNP N.S.
,       1 punct    PUNCT ,   ,
rabbi   10 ccomp   NOUN  NN  rabbi
,       10 punct   PUNCT ,   ,
said    10 ROOT    VERB  VBD say
it      12 nsubj   PRON  PRP it
fell    10 ccomp   VERB  VBD fall
.       10 punct   PUNCT .   .
"""


# According to Reuters , 57 of the delegates backed her .   (the parser made "57 ..." Reuters' appositive)
ACCORDING_THEN_APPOSED = """
According 8 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
Reuters   1 pobj  PROPN NNP Reuters B-ORG
,         2 punct PUNCT ,   ,
57        2 appos NUM   CD  57
of        4 prep  ADP   IN  of
the       7 det   DET   DT  the
delegates 5 pobj  NOUN  NNS delegate
backed    8 ROOT  VERB  VBD back
her       8 dobj  PRON  PRP her
.         8 punct PUNCT .   .
"""

# The Ashby Committee , which backed Reed , spent $ 9 , according to the Lopez Center .
# (the parser made "Committee" the root and "spent" a modifier)
CLAUSE_BEFORE_ACCORDING = """
The       2 det      DET   DT  the
Ashby     2 compound PROPN NNP Ashby B-ORG
Committee 2 ROOT     PROPN NNP Committee I-ORG
,         2 punct    PUNCT ,   ,
which     5 nsubj    PRON  WDT which
backed    2 relcl    VERB  VBD back
Reed      5 dobj     PROPN NNP Reed B-PERSON
,         6 punct    PUNCT ,   ,
spent     6 acl      VERB  VBD spend
$         10 nmod    SYM   $   $
9         8 dobj     NUM   CD  9
,         2 punct    PUNCT ,   ,
according 2 prep     VERB  VBG accord
to        12 prep    ADP   IN  to
the       16 det     DET   DT  the
Lopez     16 compound PROPN NNP Lopez B-ORG
Center    13 pobj    PROPN NNP Center I-ORG
.         2 punct    PUNCT .   .
"""


def test_according_to_set_off_by_a_comma_reports_the_rest_of_the_sentence():
    """Whatever the parser hung on what, "according to X," opening a sentence reports what follows
    the comma, and ", according to X." closing it what comes before."""
    assert statements(ACCORDING_THEN_APPOSED) == [("57 of the delegates backed her", "Reuters")]
    assert statements(CLAUSE_BEFORE_ACCORDING) == [("The Ashby Committee , which backed Reed , spent $ 9", "the Lopez Center")]


def test_clauses_the_parser_hung_elsewhere():
    assert statements(GERUND_SUBJECT) == [("widening it could help", "He")]
    assert statements(CLAUSE_ON_A_CHANNEL) == [("Price should go", "Reed")]
    # a relative clause with its own "that" subject is no statement ("on CBC, that aired it")
    relative = CLAUSE_ON_A_CHANNEL.replace("that   12 mark  SCONJ IN  that", "that   12 nsubj PRON  WDT that")
    assert statements(relative) == []
    assert statements(APPOSITIVE_WITH_A_PLACE) == [("it fell", "Ned Reed")]


# Her co-author , Ana Reed , said it fell .   (the parser made each part of "co-author" a subject)
HYPHENATED_SUBJECT = """
Her    1 poss     PRON  PRP$ her
co     8 nsubj    NOUN  NN  co
-      8 nsubj    NOUN  NN  -
author 8 nsubj    NOUN  NN  author
,      3 punct    PUNCT ,   ,
Ana    6 compound PROPN NNP Ana  B-PERSON
Reed   3 appos    PROPN NNP Reed I-PERSON
,      3 punct    PUNCT ,   ,
said   8 ROOT     VERB  VBD say
it     10 nsubj   PRON  PRP it
fell   8 ccomp    VERB  VBD fall
.      8 punct    PUNCT .   .
"""

# Reed said that figure was low.   ("that" a determiner of the clause's subject, not its mark)
THAT_FIGURE = """
Reed   1 nsubj PROPN NNP Reed B-PERSON
said   1 ROOT  VERB  VBD say
that   3 det   DET   DT  that
figure 4 nsubj NOUN  NN  figure
was    1 ccomp AUX   VBD be
low    4 acomp ADJ   JJ  low
.      1 punct PUNCT .   .
"""

# The agency said it sent water, and that teams were out.   (the parser joined the second "that"
# clause to the cue)
SAID_AND_THAT = """
The     1 det   DET   DT  the
agency  2 nsubj NOUN  NN  agency
said    2 ROOT  VERB  VBD say
it      4 nsubj PRON  PRP it
sent    2 ccomp VERB  VBD send
water   4 dobj  NOUN  NN  water
,       2 punct PUNCT ,   ,
and     2 cc    CCONJ CC  and
that    11 mark SCONJ IN  that
teams   11 nsubj NOUN NNS team
were    11 aux  AUX   VBD be
out     2 conj  VERB  VBN out
.       2 punct PUNCT .   .
"""

# Ned Reed, an analyst at Acme, said the deal is done.   (the parser made "Ned" a verb and left
# "said" without a subject)
APPOSITIVE_NO_SUBJECT = """
Ned     9 advcl VERB  VB  ned   B-PERSON
Reed    0 dobj  PROPN NNP Reed  I-PERSON
,       1 punct PUNCT ,   ,
an      4 det   DET   DT  an
analyst 1 appos NOUN  NN  analyst
at      4 prep  ADP   IN  at
Acme    5 pobj  PROPN NNP Acme  B-ORG
,       1 punct PUNCT ,   ,
also    9 advmod ADV  RB  also
said    9 ROOT  VERB  VBD say
the     11 det  DET   DT  the
deal    13 nsubj NOUN NN  deal
is      13 aux  AUX   VBZ be
done    9 ccomp VERB  VBN do
.       9 punct PUNCT .   .
"""

# Tully, in reply, said the cap was set.   (the parser read the surname as an adverb of "said")
NAME_AS_ADVERB = """
Tully   5 advmod ADV   RB  tully
,       5 punct  PUNCT ,   ,
in      5 prep   ADP   IN  in
reply   2 pobj   NOUN  NN  reply
,       5 punct  PUNCT ,   ,
said    5 ROOT   VERB  VBD say
the     7 det    DET   DT  the
cap     9 nsubjpass NOUN NN cap
was     9 auxpass AUX  VBD be
set     5 ccomp  VERB  VBN set
.       5 punct  PUNCT .   .
"""

# It will hold a vote on May 4, the local's president, Jo Reed, told reporters.   (the speaker
# hung on the date as its appositive, "told" joined to the clause without a subject)
SPEAKER_HUNG_ON_THE_CLAUSE = """
It        2  nsubj    PRON  PRP it
will      2  aux      AUX   MD  will
hold      2  ROOT     VERB  VB  hold
a         4  det      DET   DT  a
vote      2  dobj     NOUN  NN  vote
on        2  prep     ADP   IN  on
May       5  pobj     PROPN NNP May    B-DATE
4         6  nummod   NUM   CD  4      I-DATE
,         6  punct    PUNCT ,   ,
the       10 det      DET   DT  the
local     12 poss     NOUN  NN  local
's        10 case     PART  POS 's
president 6  appos    NOUN  NN  president
,         12 punct    PUNCT ,   ,
Jo        15 compound PROPN NNP Jo     B-PERSON
Reed      12 appos    PROPN NNP Reed   I-PERSON
,         2  punct    PUNCT ,   ,
told      2  conj     VERB  VBD tell
reporters 17 dobj     NOUN  NNS reporter
.         17 punct    PUNCT .   .
"""

# Many were skeptical, the chief, Ana Reed, suggested that it was an act.   (the name an
# appositive of a noun the parser joined to the clause before, "suggested" left without a subject)
NAME_CLOSING_AN_APPOSITIVE = """
Many      2  nsubj    ADJ   JJ  many
were      2  cop      AUX   VBD be
skeptical 10 advcl    ADJ   JJ  skeptical
,         10 punct    PUNCT ,   ,
the       5  det      DET   DT  the
chief     2  conj     NOUN  NN  chief
,         5  punct    PUNCT ,   ,
Ana       8  compound PROPN NNP Ana    B-PERSON
Reed      5  appos    PROPN NNP Reed   I-PERSON
,         10 punct    PUNCT ,   ,
suggested 10 ROOT     VERB  VBD suggest
that      13 mark     SCONJ IN  that
it        13 nsubj    PRON  PRP it
was       10 ccomp    AUX   VBD be
an        15 det      DET   DT  an
act       13 attr     NOUN  NN  act
.         10 punct    PUNCT .   .
"""

# According to Khovar, Nazarov said Tajikistan would release citizens.   (a report of his own,
# which the agency carried: two statements, as PolNeAR annotates them)
ACCORDING_TO_A_CARRIER = """
According  5 prep     VERB  VBG according
to         0 prep     ADP   IN  to
Khovar     1 pobj     PROPN NNP Khovar     B-ORG
,          5 punct    PUNCT ,   ,
Nazarov    5 nsubj    PROPN NNP Nazarov    B-PERSON
said       5 ROOT     VERB  VBD say
Tajikistan 8 nsubj    PROPN NNP Tajikistan B-GPE
would      8 aux      AUX   MD  would
release    5 ccomp    VERB  VB  release
citizens   8 dobj     NOUN  NNS citizen
.          5 punct    PUNCT .   .
"""

# It will hold a vote on May 4, Jo Reed, told reporters.   (the name alone hung on the date)
NAME_HUNG_ON_THE_DATE = """
It        2  nsubj    PRON  PRP it
will      2  aux      AUX   MD  will
hold      2  ROOT     VERB  VB  hold
a         4  det      DET   DT  a
vote      2  dobj     NOUN  NN  vote
on        2  prep     ADP   IN  on
May       5  pobj     PROPN NNP May    B-DATE
4         6  nummod   NUM   CD  4      I-DATE
,         6  punct    PUNCT ,   ,
Jo        10 compound PROPN NNP Jo     B-PERSON
Reed      6  appos    PROPN NNP Reed   I-PERSON
,         2  punct    PUNCT ,   ,
told      2  conj     VERB  VBD tell
reporters 12 dobj     NOUN  NNS reporter
.         12 punct    PUNCT .   .
"""

# The union said in a statement that the plan amounted to cuts and that it would sue.   (the
# first clause hung on the noun, the second on the verb)
NOUN_AND_VERB_CLAUSES = """
The       1  det   DET   DT  the
union     2  nsubj NOUN  NN  union
said      2  ROOT  VERB  VBD say
in        2  prep  ADP   IN  in
a         5  det   DET   DT  a
statement 3  pobj  NOUN  NN  statement
that      9  mark  SCONJ IN  that
the       8  det   DET   DT  the
plan      9  nsubj NOUN  NN  plan
amounted  5  acl   VERB  VBD amount
to        9  prep  ADP   IN  to
cuts      10 pobj  NOUN  NNS cut
and       11 cc    CCONJ CC  and
that      16 mark  SCONJ IN  that
it        16 nsubj PRON  PRP it
would     16 aux   AUX   MD  would
sue       2  ccomp VERB  VB  sue
.         2  punct PUNCT .   .
"""

COMPLEMENT = """
Hamas   1 nsubj PROPN NNP Hamas B-ORG
said    1 ROOT  VERB  VBD say
the     3 det   DET   DT  the
talks   5 nsubj NOUN  NNS talk
would   5 aux   AUX   MD  would
resume  1 ccomp VERB  VB  resume
.       1 punct PUNCT .   .
"""

TOLD_THAT = """
Naim        1 nsubj PROPN NNP Naim B-PERSON
told        1 ROOT  VERB  VBD tell
AFP         1 dobj  PROPN NNP AFP B-ORG
that        7 mark  SCONJ IN  that
the         5 det   DET   DT  the
talks       7 nsubj NOUN  NNS talk
were        7 aux   AUX   VBD be
progressing 1 ccomp VERB  VBG progress
.           1 punct PUNCT .   .
"""

AFTER_CONTENT = """
The      1 det   DET   DT  the
talks    3 nsubj NOUN  NNS talk
will     3 aux   AUX   MD  will
resume   8 ccomp VERB  VB  resume
,        8 punct PUNCT ,   ,
a        7 det   DET   DT  a
Qatari   7 amod  ADJ   JJ  qatari B-NORP
official 8 nsubj NOUN  NN  official
said     8 ROOT  VERB  VBD say
.        8 punct PUNCT .   .
"""

PARENTHETICAL = """
The    1 det       DET   DT  the
talks  7 nsubj     NOUN  NNS talk
,      4 punct     PUNCT ,   ,
he     4 nsubj     PRON  PRP he
said   7 parataxis VERB  VBD say
,      4 punct     PUNCT ,   ,
will   7 aux       AUX   MD  will
resume 7 ROOT      VERB  VB  resume
.      7 punct     PUNCT .   .
"""

# the cue set after the head verb: the clause goes on after it
PARENTHETICAL_AFTER_THE_VERB = """
It     1 nsubj     PRON  PRP it
was    1 ROOT      AUX   VBD be
,      4 punct     PUNCT ,   ,
Lopez  4 nsubj     PROPN NNP Lopez B-PERSON
said   1 parataxis VERB  VBD say
,      4 punct     PUNCT ,   ,
one    1 attr      NUM   CD  one
of     6 prep      ADP   IN  of
the    10 det      DET   DT  the
worst  10 amod     ADJ   JJS bad
days   7 pobj      NOUN  NNS day
.      1 punct     PUNCT .   .
"""

ACCORDING = """
According 7 prep   VERB  VBG accord
to        0 prep   ADP   IN  to
the       3 det    DET   DT  the
ministry  1 pobj   NOUN  NN  ministry
,         7 punct  PUNCT ,   ,
40        6 nummod NUM   CD  40 B-CARDINAL
people    7 nsubj  NOUN  NNS people
died      7 ROOT   VERB  VBD die
.         7 punct  PUNCT .   .
"""

# according to figures released by the hospital and the province, patients waited.   (two sources)
ACCORDING_TO_JOINED_FIGURES = """
According 12 prep  VERB  VBG accord
to        0  prep  ADP   IN  to
figures   1  pobj  NOUN  NNS figure
released  2  acl   VERB  VBN release
by        3  agent ADP   IN  by
the       6  det   DET   DT  the
hospital  4  pobj  NOUN  NN  hospital
and       6  cc    CCONJ CC  and
the       9  det   DET   DT  the
province  6  conj  NOUN  NN  province
,         12 punct PUNCT ,   ,
patients  12 nsubj NOUN  NNS patient
waited    12 ROOT  VERB  VBD wait
.         12 punct PUNCT .   .
"""

# It was a phrase Reed said she tried to cut.   (a relative clause without its "that": the parser
# gave "said" two subjects)
PHRASE_REED_SAID = """
It      1 nsubj PRON  PRP it
was     1 ROOT  AUX   VBD be
a       3 det   DET   DT  a
phrase  5 nsubj NOUN  NN  phrase
Reed    5 nsubj PROPN NNP Reed B-ORG
said    1 ccomp VERB  VBD say
she     7 nsubj PRON  PRP she
tried   5 ccomp VERB  VBD try
to      9 aux   PART  TO  to
cut     7 xcomp VERB  VB  cut
.       1 punct PUNCT .   .
"""

# according to figures released by the hospital, patients waited.
ACCORDING_TO_FIGURES = """
According 9 prep   VERB  VBG accord
to        0 prep   ADP   IN  to
figures   1 pobj   NOUN  NNS figure
released  2 acl    VERB  VBN release
by        3 agent  ADP   IN  by
the       6 det    DET   DT  the
hospital  4 pobj   NOUN  NN  hospital
,         9 punct  PUNCT ,   ,
patients  9 nsubj  NOUN  NNS patient
waited    9 ROOT   VERB  VBD wait
.         9 punct  PUNCT .   .
"""

# the parser hung the clause on "statement" rather than on "said"
IN_A_STATEMENT = """
Hamas     1 nsubj PROPN NNP Hamas B-ORG
said      1 ROOT  VERB  VBD say
in        1 prep  ADP   IN  in
a         4 det   DET   DT  a
statement 2 pobj  NOUN  NN  statement
that      8 mark  SCONJ IN  that
the       7 det   DET   DT  the
talks     8 nsubj NOUN  NNS talk
resumed   4 acl   VERB  VBD resume
.         1 punct PUNCT .   .
"""

# the parser read the "that" clause as a relative clause on "statement", "that" its object
IN_A_STATEMENT_MISREAD = """
The       1 det   DET   DT  the
ministry  2 nsubj NOUN  NN  ministry
said      2 ROOT  VERB  VBD say
in        2 prep  ADP   IN  in
a         5 det   DET   DT  a
statement 3 pobj  NOUN  NN  statement
that      9 dobj  PRON  WDT that
Reed      9 nsubj PROPN NNP Reed B-PERSON
had       9 aux   AUX   VBD have
VERB      5 relcl VERB  VBN LEMMA
with      9 prep  ADP   IN  with
grace     10 pobj NOUN  NN  grace
.         2 punct PUNCT .   .
"""

# Asked about it, Ana Reed, the spokeswoman, said it fell.   (the parser made the opening
# participle the subject and hung the name on its object)
ASKED_ABOUT_IT = """
Asked       10 csubj    VERB  VBN ask
about       0  prep     ADP   IN  about
it          1  pobj     PRON  PRP it
,           2  punct    PUNCT ,   ,
Ana         5  compound PROPN NNP Ana B-PERSON
Reed        2  appos    PROPN NNP Reed I-PERSON
,           5  punct    PUNCT ,   ,
the         8  det      DET   DT  the
spokeswoman 5  appos    NOUN  NN  spokeswoman
,           5  punct    PUNCT ,   ,
said        10 ROOT     VERB  VBD say
it          12 nsubj    PRON  PRP it
fell        10 ccomp    VERB  VBD fall
.           10 punct    PUNCT .   .
"""

# Ana Reed, 61, whose son Ned, 33, is among the missing, said she had spoken to him.   (the parser
# made the "whose" clause the verb's, with the name its subject)
WHOSE_CLAUSE = """
Ana      1  compound PROPN NNP Ana B-PERSON
Reed     11 nsubj    PROPN NNP Reed I-PERSON
,        1  punct    PUNCT ,   ,
61       1  appos    NUM   CD  61
,        1  punct    PUNCT ,   ,
whose    6  poss     DET   WP$ whose
son      1  appos    NOUN  NN  son
Ned      6  appos    PROPN NNP Ned B-PERSON
,        7  punct    PUNCT ,   ,
33       7  appos    NUM   CD  33
,        1  punct    PUNCT ,   ,
is       16 ccomp    AUX   VBZ be
among    11 prep     ADP   IN  among
the      14 det      DET   DT  the
missing  12 pobj     NOUN  NN  missing
,        16 punct    PUNCT ,   ,
said     16 ROOT     VERB  VBD say
she      19 nsubj    PRON  PRP she
had      19 aux      AUX   VBD have
spoken   16 ccomp    VERB  VBN speak
to       19 prep     ADP   IN  to
him      20 pobj     PRON  PRP he
.        16 punct    PUNCT .   .
"""

# The 35-year-old, whom teammates admire, said afterward that she guessed.   (the parser made
# the subject noun phrase a clause the verb reports, with no subject of its own)
SUBJECT_READ_AS_A_CLAUSE = """
The       5  det      DET   DT  the
35        3  nummod   NUM   CD  35
-         3  punct    PUNCT HYPH -
year      5  npadvmod NOUN  NN  year
-         5  punct    PUNCT HYPH -
old       11 ccomp    ADJ   JJ  old
,         5  punct    PUNCT ,   ,
whom      9  dobj     PRON  WP  whom
teammates 9  nsubj    NOUN  NNS teammate
admire    5  relcl    VERB  VBP admire
,         11 punct    PUNCT ,   ,
said      11 ROOT     VERB  VBD say
afterward 11 advmod   ADV   RB  afterward
that      15 mark     SCONJ IN  that
she       15 nsubj    PRON  PRP she
guessed   11 ccomp    VERB  VBD guess
.         11 punct    PUNCT .   .
"""

# Ten people remain in hospital, including children, health officer Ana Reed told a briefing.
# (the parser hung the title on "children" and the cue on the clause it reports)
TITLE_HUNG_ON_THE_CLAUSE = """
Ten       1  nummod   NUM   CD  ten
people    2  nsubj    NOUN  NNS person
remain    2  ROOT     VERB  VBP remain
in        2  prep     ADP   IN  in
hospital  3  pobj     NOUN  NN  hospital
,         2  punct    PUNCT ,   ,
including 2  prep     VERB  VBG include
children  6  pobj     NOUN  NNS child
,         7  punct    PUNCT ,   ,
health    10 compound NOUN  NN  health
officer   7  appos    NOUN  NN  officer
Ana       12 compound PROPN NNP Ana B-PERSON
Reed      13 nsubj    PROPN NNP Reed I-PERSON
told      2  conj     VERB  VBD tell
a         15 det      DET   DT  a
briefing  13 dobj     NOUN  NN  briefing
.         13 punct    PUNCT .   .
"""

# Reed told the board he had driven three hours.   (the parser read what was told as a relative
# clause on the listener: "the board [that] he had driven")
TOLD_THE_BOARD = """
Reed     1 nsubj  PROPN NNP Reed B-PERSON
told     1 ROOT   VERB  VBD tell
the      3 det    DET   DT  the
board    1 dobj   NOUN  NN  board
he       6 nsubj  PRON  PRP he
had      6 aux    AUX   VBD have
driven   3 relcl  VERB  VBN drive
three    8 nummod NUM   CD  three
hours    6 dobj   NOUN  NNS hour
.        1 punct  PUNCT .   .
"""

# Reed said the increase reflected a real cost and pointed to the panel.   (the parser joined
# "pointed" to the reported clause's verb; "reflect" is a cue verb, but an increase says nothing)
POINTED_TO = """
Reed      1  nsubj    PROPN NNP Reed B-PERSON
said      1  ROOT     VERB  VBD say
the       3  det      DET   DT  the
increase  4  nsubj    NOUN  NN  increase
reflected 1  ccomp    VERB  VBD reflect
a         7  det      DET   DT  a
real      7  amod     ADJ   JJ  real
cost      4  dobj     NOUN  NN  cost
and       4  cc       CCONJ CC  and
pointed   4  conj     VERB  VBD point
to        9  prep     ADP   IN  to
the       12 det      DET   DT  the
panel     10 pobj     NOUN  NN  panel
.         1  punct    PUNCT .   .
"""

# "on Thursday" modifies "said", whatever the parser made of it
SAID_ON_THURSDAY = """
Israel     1 nsubj PROPN NNP Israel B-GPE
said       1 ROOT  VERB  VBD say
on         6 prep  ADP   IN  on
Thursday   2 pobj  PROPN NNP Thursday B-DATE
it         6 nsubj PRON  PRP it
had        6 aux   AUX   VBD have
sent       1 ccomp VERB  VBN send
a          8 det   DET   DT  a
delegation 6 dobj  NOUN  NN  delegation
.          1 punct PUNCT .   .
"""

GOES_ON = """
Ansari   1 nsubj PROPN NNP Ansari B-PERSON
said     1 ROOT  VERB  VBD say
talks    4 nsubj NOUN  NNS talk
will     4 aux   AUX   MD  will
need     1 ccomp VERB  VB  need
time     4 dobj  NOUN  NN  time
,        4 punct PUNCT ,   ,
noting   4 advcl VERB  VBG note
that    11 mark  SCONJ IN  that
the     10 det   DET   DT  the
sides   11 nsubj NOUN  NNS side
disagree 7 ccomp VERB  VBP disagree
.        1 punct PUNCT .   .
"""

# "He said his attacks have worked and said that Trump is no Reagan": the parser joined the second
# report to the first one's clause; each is a statement of its own
SAID_AND_SAID = """
He       1 nsubj PRON  PRP he
said     1 ROOT  VERB  VBD say
attacks  3 nsubj NOUN  NNS attack
worked   1 ccomp VERB  VBD work
and      3 cc    CCONJ CC  and
said     3 conj  VERB  VBD say
that     9 mark  SCONJ IN  that
Trump    9 nsubj PROPN NNP Trump B-PERSON
is       9 aux   AUX   VBZ be
lying    5 ccomp VERB  VBG lie
.        1 punct PUNCT .   .
"""

# "Analyst Ana Price agreed that the vote was close": assent voiced with a clause of its own
AGREED_THAT = """
Analyst 2 compound PROPN NNP analyst
Ana     2 compound PROPN NNP Ana B-PERSON
Price   3 nsubj    PROPN NNP Price I-PERSON
agreed  3 ROOT     VERB  VBD agree
that    8 mark     SCONJ IN  that
the     6 det      DET   DT  the
vote    8 nsubj    NOUN  NN  vote
was     8 cop      AUX   VBD be
close   3 ccomp    ADJ   JJ  close
.       3 punct    PUNCT .   .
"""

# "Reed explained how he built the firm": an account of what was said (data/account_cues.txt)
EXPLAINED_HOW = """
Reed      1 nsubj  PROPN NNP Reed B-PERSON
explained 1 ROOT   VERB  VBD explain
how       4 advmod SCONJ WRB how
he        4 nsubj  PRON  PRP he
built     1 ccomp  VERB  VBD build
the       6 det    DET   DT  the
firm      4 dobj   NOUN  NN  firm
.         1 punct  PUNCT .   .
"""

# "the fees, which Hamas said rise, expire": the wh-word relates the clause to a noun, it asks nothing
RELATIVE = """
The      1 det   DET   DT  the
fees     8 nsubj NOUN  NNS fee
,        1 punct PUNCT ,   ,
which    6 nsubj PRON  WDT which
Hamas    5 nsubj PROPN NNP Hamas B-ORG
said     1 relcl VERB  VBD say
rise     5 ccomp VERB  VBP rise
,        1 punct PUNCT ,   ,
expire   8 ROOT  VERB  VBP expire
.        8 punct PUNCT .   .
"""

# "The merger was first reported by Reuters": the passive's subject was reported, by the agent
PASSIVE = """
The      1 det       DET   DT  the
merger   4 nsubjpass NOUN  NN  merger
was      4 auxpass   AUX   VBD be
first    4 advmod    ADV   RB  first
reported 4 ROOT      VERB  VBN report
by       4 agent     ADP   IN  by
Reuters  5 pobj      PROPN NNP Reuters B-ORG
.        4 punct     PUNCT .   .
"""

# "Naim told Israel to wait longer": what he was told to do (a bare "told Israel" says nothing)
TOLD_TO = """
Naim     1 nsubj PROPN NNP Naim B-PERSON
told     1 ROOT  VERB  VBD tell
Israel   1 dobj  PROPN NNP Israel B-GPE
to       4 aux   PART  TO  to
wait     1 xcomp VERB  VB  wait
longer   4 advmod ADV  RBR long
.        1 punct PUNCT .   .
"""

# "Trump told CNN, <clause>": the person told does not make the cue a clause of its own
TOLD_CNN = """
Instead 3 advmod    ADV   RB  instead
,       3 punct     PUNCT ,   ,
Trump   3 nsubj     PROPN NNP Trump B-PERSON
told   10 parataxis VERB  VBD tell
CNN     3 dobj      PROPN NNP CNN B-ORG
,      10 punct     PUNCT ,   ,
his     7 poss      PRON  PRP$ his
policy 10 nsubj     NOUN  NN  policy
would  10 aux       AUX   MD  would
merely 10 advmod    ADV   RB  merely
be     10 ROOT      AUX   VB  be
to     12 aux       PART  TO  to
go     10 xcomp     VERB  VB  go
after  12 prep      ADP   IN  after
them   13 pobj      PRON  PRP them
.      10 punct     PUNCT .   .
"""

# the parser hung the sentence before the colon on "said" too: what follows the cue was said
ACROSS_A_COLON = """
Manafort 1 nsubj PROPN NNP Manafort B-PERSON
went     6 ccomp VERB  VBD go
further  1 advmod ADV  RBR further
:        6 punct PUNCT :   :
He       6 nsubj PRON  PRP he
also     6 advmod ADV  RB  also
said     6 ROOT  VERB  VBD say
that     9 mark  SCONJ IN  that
Trump    9 nsubj PROPN NNP Trump B-PERSON
wanted   6 ccomp VERB  VBD want
talks    9 dobj  NOUN  NNS talk
.        6 punct PUNCT .   .
"""

# two clauses hung on the cue, one before it and one after: the one after is what was said
TWO_CLAUSES = """
Talks    1 nsubj PROPN NNP talk
resumed  4 ccomp VERB  VBD resume
,        4 punct PUNCT ,   ,
he       4 nsubj PRON  PRP he
said     4 ROOT  VERB  VBD say
that     8 mark  SCONJ IN  that
the      7 det   DET   DT  the
deal     8 nsubj NOUN  NN  deal
held     4 ccomp VERB  VBD hold
.        4 punct PUNCT .   .
"""

MIXED = """
Hamas     1 nsubj PROPN NNP Hamas B-ORG
said      1 ROOT  VERB  VBD say
the       3 det   DET   DT  the
talks     6 nsubj NOUN  NNS talk
would     6 aux   AUX   MD  would
"         6 punct PUNCT `` "
focus     1 ccomp VERB  VB  focus
on        6 prep  ADP   IN  on
ensuring  7 pcomp VERB  VBG ensure
"         8 punct PUNCT ''  "
a        11 det   DET   DT  a
ceasefire 8 dobj  NOUN  NN  ceasefire
.         1 punct PUNCT .   .
"""

# "We will not return to the talks," Hamas said.   (the quote stands as the placeholder "Yes")
QUOTE_ATTRIBUTION = """
"     5 punct PUNCT `` "
Yes   5 ccomp INTJ  UH  yes
,     5 punct PUNCT ,   ,
"     5 punct PUNCT ''  "
Hamas 5 nsubj PROPN NNP Hamas B-ORG
said  5 ROOT  VERB  VBD say
.     5 punct PUNCT .   .
"""

# Reed noted that half of the funds collected would go to the club.   (the parser split the
# clause in two: "collected" and "go" both hang on "noted")
SPLIT_CLAUSE = """
Reed     1 nsubj PROPN NNP Reed B-PERSON
noted    1 ROOT  VERB  VBD note
that     7 mark  SCONJ IN  that
half     7 nsubj NOUN  NN  half
of       3 prep  ADP   IN  of
the      6 det   DET   DT  the
funds    4 pobj  NOUN  NNS fund
collected 1 ccomp VERB VBN collect
would    9 aux   AUX   MD  would
go       1 ccomp VERB  VB  go
to       9 prep  ADP   IN  to
the     12 det   DET   DT  the
club    10 pobj  NOUN  NN  club
.        1 punct PUNCT .   .
"""

# Outside court Friday, the father, Ned Reed, said the case was over.   (the parser took the
# phrase put first for a subject too)
FRONTED_SUBJECT = """
Outside 1  amod     ADJ   JJ  outside
court   10 nsubj    NOUN  NN  court
Friday  10 npadvmod PROPN NNP Friday B-DATE
,       10 punct    PUNCT ,   ,
the     5  det      DET   DT  the
father  10 nsubj    NOUN  NN  father
,       5  punct    PUNCT ,   ,
Ned     8  compound PROPN NNP Ned B-PERSON
Reed    5  appos    PROPN NNP Reed I-PERSON
,       5  punct    PUNCT ,   ,
said    10 ROOT     VERB  VBD say
the     12 det      DET   DT  the
case    13 nsubj    NOUN  NN  case
was     10 ccomp    AUX   VBD be
over    13 acomp    ADP   IN  over
.       10 punct    PUNCT .   .
"""

# He said she was being asked about old votes.
SAID_SHE_IS_ASKED = """
He        1 nsubj     PRON PRP he
said      1 ROOT      VERB VBD say
she       5 nsubjpass PRON PRP she
was       5 aux       AUX  VBD be
being     5 auxpass   AUX  VBG be
asked     1 ccomp     VERB VBN ask
about     5 prep      ADP  IN  about
old       8 amod      ADJ  JJ  old
votes     6 pobj      NOUN NNS vote
.         1 punct     PUNCT .  .
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(COMPLEMENT, [("the talks would resume", "Hamas")], id="complement clause"),
        pytest.param(TOLD_THAT, [("the talks were progressing", "Naim")], id="told AFP that"),
        pytest.param(AFTER_CONTENT, [("The talks will resume", "a Qatari official")], id="verb after the content"),
        pytest.param(PARENTHETICAL, [("The talks , he said , will resume", "he")], id="verb inside the content"),
        pytest.param(PARENTHETICAL_AFTER_THE_VERB, [("It was , Lopez said , one of the worst days", "Lopez")],
                     id="verb inside the content, after its head"),
        pytest.param(ACCORDING, [("40 people died", "the ministry")], id="according to"),
        pytest.param(ACCORDING_TO_FIGURES, [("patients waited", "the hospital")], id="according to figures released by"),
        pytest.param(ACCORDING_TO_FIGURES.replace("released  2 acl    VERB  VBN release", "disputed  2 acl    VERB  VBN dispute"),
                     [("patients waited", "figures disputed by the hospital")],
                     id="according to figures disputed by: not the disputer's"),
        pytest.param(ACCORDING_TO_JOINED_FIGURES,
                     [("patients waited", "figures released by the hospital and the province")],
                     id="according to figures of two sources: the words stand for both"),
        pytest.param(PHRASE_REED_SAID, [("she tried to cut", "Reed")], id="a relative clause without that, two subjects"),
        pytest.param(IN_A_STATEMENT, [("the talks resumed", "Hamas")], id="said in a statement that"),
        pytest.param(SAID_ON_THURSDAY, [("it had sent a delegation", "Israel")], id="modifier of the cue left out"),
        pytest.param(ASKED_ABOUT_IT, [("it fell", "Ana Reed")], id="the name after an opening participle"),
        pytest.param(WHOSE_CLAUSE, [("she had spoken to him", "Ana Reed")], id="a whose clause misread as reported"),
        pytest.param(TITLE_HUNG_ON_THE_CLAUSE, [("Ten people remain in hospital , including children", "Ana Reed")],
                     id="a cue after its clause, the speaker's title hung on the clause"),
        pytest.param(TOLD_THE_BOARD, [("he had driven three hours", "Reed")], id="what was told, read as a relative clause"),
        # ... but a relative clause leaves a gap ("told the lawyer she had hired that ...")
        pytest.param(TOLD_THE_BOARD.replace("three    8 nummod NUM   CD  three", "then     6 advmod ADV   RB  then")
                     .replace("hours    6 dobj   NOUN  NNS hour", "again    6 advmod ADV   RB  again"), [],
                     id="a relative clause on the listener, with its gap"),
        # ... and "showed the board the car he had driven" tells nothing
        pytest.param(TOLD_THE_BOARD.replace("told     1 ROOT   VERB  VBD tell", "showed   1 ROOT   VERB  VBD show"), [],
                     id="a relative clause on the object of a verb that tells nothing"),
        pytest.param(SUBJECT_READ_AS_A_CLAUSE, [("she guessed", "The 35 - year - old")],
                     id="the subject misread as a clause the verb reports"),
        pytest.param(POINTED_TO, [("the increase reflected a real cost and pointed to the panel", "Reed"),
                                  ("the panel", "Reed")],
                     id="a cue joined to the reported clause, whose subject cannot speak"),
        pytest.param(IN_A_STATEMENT_MISREAD.replace("VERB      5", "served    5").replace("LEMMA", "serve"),
                     [("Reed had served with grace", "The ministry")], id="said in a statement that, misread as relative"),
        # ... but "a statement that Reed had posted with care" is a relative clause: nothing said
        pytest.param(IN_A_STATEMENT_MISREAD.replace("VERB      5", "posted    5").replace("LEMMA", "post"), [],
                     id="a relative clause on a statement"),
        pytest.param(GOES_ON, [("talks will need time", "Ansari"), ("the sides disagree", "Ansari")],
                     id="what the speaker went on to say is a statement of its own"),
        pytest.param(TOLD_CNN, [("his policy would merely be to go after them", "Trump")], id="told CNN, <clause>"),
        pytest.param(ACROSS_A_COLON, [("Trump wanted talks", "He")], id="not the clause before a colon"),
        pytest.param(TWO_CLAUSES, [("the deal held", "he")], id="the clause after the cue"),
        pytest.param(RELATIVE, [("which Hamas said rise", "Hamas")], id="a relative clause"),
        pytest.param(PASSIVE, [("The merger", "Reuters")], id="reported by an agent"),
        pytest.param(TOLD_TO, [("Israel to wait longer", "Naim")], id="told someone to do something"),
        pytest.param(AGREED_THAT.replace("agreed  3 ROOT     VERB  VBD agree", "estimated 3 ROOT   VERB  VBD estimate"),
                     [("the vote was close", "Analyst Ana Price")], id="estimated that"),
        pytest.param(EXPLAINED_HOW, [("he built the firm", "Reed")], id="explained how"),
        pytest.param(AGREED_THAT, [("the vote was close", "Analyst Ana Price")], id="agreed that"),
        pytest.param(SAID_AND_SAID, [("attacks worked", "He"), ("Trump is lying", "He")],
                     id="a second report joined to the first one's clause"),
        pytest.param(SPLIT_CLAUSE, [("half of the funds collected would go to the club", "Reed")],
                     id="one clause the parser split in two"),
        pytest.param(SAID_SHE_IS_ASKED, [("she was being asked about old votes", "He")],
                     id="a clause about being asked is no question"),
        pytest.param(FRONTED_SUBJECT, [("the case was over", "the father")],
                     id="the subject next to the verb, not a phrase put first"),
        pytest.param(HYPHENATED_SUBJECT, [("it fell", "author")],
                     id="the last part of a hyphenated subject the parser split"),
        pytest.param(THAT_FIGURE, [("that figure was low", "Reed")], id="a clause that opens on the determiner that"),
        pytest.param(SAID_AND_THAT, [("it sent water , and that teams were out", "The agency")],
                     id="a second that-clause joined to the cue is more of the report"),
        pytest.param(APPOSITIVE_NO_SUBJECT, [("the deal is done", "Reed")],
                     id="the name before an appositive when the parser gave the cue no subject"),
        pytest.param(APPOSITIVE_NO_SUBJECT.replace("B-PERSON", "O").replace("I-PERSON", "O"), [],
                     id="no name before the appositive: no speaker"),
        pytest.param(NAME_AS_ADVERB, [("the cap was set", "Tully")], id="a surname the parser read as an adverb"),
        pytest.param(NAME_AS_ADVERB.replace("Tully   5 advmod ADV   RB  tully", "Separately 5 advmod ADV RB separately"),
                     [], id="a sentence adverb is no speaker"),
        pytest.param(NAME_AS_ADVERB.replace("Tully   5 advmod ADV   RB  tully", "Frankly 5 advmod ADV RB frankly"),
                     [], id="nor an adverb of a longer stem no list holds"),
        pytest.param(SPEAKER_HUNG_ON_THE_CLAUSE, [("It will hold a vote on May 4", "Jo Reed")],
                     id="the speaker's name and title hung on the clause before the cue"),
        pytest.param(NAME_HUNG_ON_THE_DATE, [("It will hold a vote on May 4", "Jo Reed")],
                     id="the name alone hung on the date before the cue"),
        pytest.param(NAME_CLOSING_AN_APPOSITIVE, [("it was an act", "Ana Reed")],
                     id="the name that closes an appositive before a cue the parser gave no subject"),
        pytest.param(ACCORDING_TO_A_CARRIER, [("Nazarov said Tajikistan would release citizens", "Khovar"),
                                              ("Tajikistan would release citizens", "Nazarov")],
                     id="according to the agency that carried a report: its own statement, and the speaker's"),
        pytest.param(NOUN_AND_VERB_CLAUSES, [("the plan amounted to cuts and that it would sue", "The union")],
                     id="a that-clause on the noun and another on the verb are one statement"),
    ],
)
def test_statements(rows, expected):
    assert statements(rows) == expected


def test_mixed_speech_is_one_statement_with_its_quoted_words():
    assert statements(MIXED, partial=(5, 9)) == [('the talks would " focus on ensuring " a ceasefire', "Hamas")]


#: Lopez thanked the mayor for "stepping up".   ("thank" reports no clause: the quoted words show
#: that its object reports what was said)
THANKED_FOR = """
Lopez    1 nsubj PROPN NNP Lopez B-PERSON
{verb}   1 ROOT  VERB  VBD {lemma}
the      3 det   DET   DT  the
mayor    1 dobj  NOUN  NN  mayor
for      1 prep  ADP   IN  for
{open}   6 punct PUNCT `` "
stepping 4 pcomp VERB  VBG step
up       6 prt   ADP   RP  up
{close}  6 punct PUNCT ''  "
.        1 punct PUNCT .   .
"""


# "The landlord," she said, "does not."   (one quotation split by its cue: the first part stands as
# the placeholder word, the parser made the cue a parataxis of the second part's verb)
SPLIT_BY_ITS_CUE = """
"        7 punct     PUNCT `` "
Landlord 7 nsubj     PROPN NNP landlord
"        7 punct     PUNCT '' "
she      4 nsubj     PRON  PRP she
said     7 parataxis VERB  VBD say
,        4 punct     PUNCT ,   ,
"        7 punct     PUNCT `` "
does     7 ROOT      AUX   VBZ do
not      7 neg       PART  RB  not
.        7 punct     PUNCT .   .
"        7 punct     PUNCT '' "
"""


def test_a_quotation_split_by_its_cue_is_no_statement():
    """The cue set between a quotation's two parts is its attribution: no indirect statement of
    the cue and the second part ('she said, "does not."')."""
    assert statements(SPLIT_BY_ITS_CUE, whole=(0, 2), partial=(6, 10)) == []


def test_another_reporting_verb_with_quoted_words_in_its_object_is_mixed_speech():
    thanked = THANKED_FOR.format(verb="thanked", lemma="thank", open='"', close='"')
    assert statements(thanked, partial=(5, 8)) == [('the mayor for " stepping up "', "Lopez")]
    # without quotation marks, "thanked the mayor for stepping up" is a deed, not a report
    assert statements(THANKED_FOR.format(verb="thanked", lemma="thank", open=",", close=",")) == []
    # a verb that is not in data/mixed_cues.txt: "ripped the puck for "a laser"" is a deed
    ripped = THANKED_FOR.format(verb="ripped", lemma="rip", open='"', close='"')
    assert statements(ripped, partial=(5, 8)) == []


#: Hamas said that "it is so" on Friday.   (the placeholder of a "that" clause, words after it)
WHOLE_AFTER_THAT = """
Hamas  1 nsubj PROPN NNP Hamas B-ORG
said   1 ROOT  VERB  VBD say
that   5 mark  SCONJ IN  that
"      5 punct PUNCT ``  "
it     5 nsubj PRON  PRP it
is     1 ccomp AUX   VBZ be
so     5 acomp ADV   RB  so
"      5 punct PUNCT ''  "
on     5 prep  ADP   IN  on
Friday 8 pobj  PROPN NNP Friday B-DATE
.      1 punct PUNCT .   .
"""

#: Hamas said that "it is so," on Friday.   (the quotation ends on its own mark)
WHOLE_ENDS_AFTER_THAT = """
Hamas  1 nsubj PROPN NNP Hamas B-ORG
said   1 ROOT  VERB  VBD say
that   5 mark  SCONJ IN  that
"      5 punct PUNCT ``  "
it     5 nsubj PRON  PRP it
is     1 ccomp AUX   VBZ be
so     5 acomp ADV   RB  so
,      5 punct PUNCT ,   ,
"      5 punct PUNCT ''  "
on     5 prep  ADP   IN  on
Friday 9 pobj  PROPN NNP Friday B-DATE
.      1 punct PUNCT .   .
"""


def test_a_whole_quotation_is_its_cue_attribution_not_a_statement():
    assert statements(QUOTE_ATTRIBUTION, whole=(0, 3)) == []
    # a quotation that ends on its own mark is the clause's, even with words of the sentence after
    # it; the same marks around words kept as written (a partial quote) leave a statement, so the
    # marks decide
    assert statements(WHOLE_ENDS_AFTER_THAT, whole=(3, 8)) == []
    assert statements(WHOLE_ENDS_AFTER_THAT, partial=(3, 8)) == [('" it is so , " on Friday', "Hamas")]


def test_a_quotation_the_sentence_goes_on_after_is_held_by_the_clause():
    """The minister said that "we need more time" for the talks: the sentence goes on after the
    quotation (direct.quote_kind calls it partial), so the clause holding it is the statement, as
    for mixed speech, even when the frame stands the quotation in as a placeholder."""
    assert statements(WHOLE_AFTER_THAT, whole=(3, 7)) == [('" it is so " on Friday', "Hamas")]
    assert statements(WHOLE_AFTER_THAT, partial=(3, 7)) == [('" it is so " on Friday', "Hamas")]


#: Hamas said the plan was that "it is so."   (a whole quotation that ends the clause)
WHOLE_ENDS_THE_CLAUSE = """
Hamas   1 nsubj PROPN NNP Hamas B-ORG
said    1 ROOT  VERB  VBD say
the     3 det   DET   DT  the
plan    4 nsubj NOUN  NN  plan
was     1 ccomp AUX   VBD be
that    8 mark  SCONJ IN  that
"       8 punct PUNCT ``  "
it      8 nsubj PRON  PRP it
is      4 ccomp AUX   VBZ be
so      8 acomp ADV   RB  so
.       1 punct PUNCT .   .
"       1 punct PUNCT ''  "
"""


def test_a_whole_quotation_that_ends_the_clause_is_held_by_it():
    """Mixed speech with a whole quotation: the clause is the statement with the words it quotes
    (the quotation keeps its own row), not "the plan was that" cut short at the mark."""
    assert statements(WHOLE_ENDS_THE_CLAUSE, whole=(6, 11)) == [('the plan was that " it is so . "', "Hamas")]


#: "We will win," Naim noted, as reported by Axios.   (the quote stands as the placeholder "Yes")
AS_REPORTED_OF_A_QUOTE = """
"        5 punct PUNCT `` "
Yes      5 intj  INTJ  UH  yes
,        5 punct PUNCT ,   ,
"        5 punct PUNCT ''  "
Naim     5 nsubj PROPN NNP Naim B-PERSON
noted    5 ROOT  VERB  VBD note
,        5 punct PUNCT ,   ,
as       8 mark  SCONJ IN  as
reported 5 advcl VERB  VBN report
by       8 agent ADP   IN  by
Axios    9 pobj  PROPN NNP Axios B-ORG
.        5 punct PUNCT .   .
"""


def test_a_report_of_a_quotations_attribution_is_no_statement():
    """What Axios reported is the quotation (its own row), not "Naim noted"."""
    assert statements(AS_REPORTED_OF_A_QUOTE, whole=(0, 3)) == []


def test_quoted_words_alone_are_no_statement():
    """He said "we will win": the clause is the quotation itself (the quote's own row)."""
    rows = """
He  1 nsubj PRON  PRP he
said 1 ROOT VERB  VBD say
"    5 punct PUNCT `` "
we   5 nsubj PRON PRP we
will 5 aux  AUX   MD  will
win  1 ccomp VERB VB  win
"    5 punct PUNCT ''  "
.    1 punct PUNCT .   .
"""
    assert statements(rows, partial=(2, 6)) == []


NOT_STATEMENTS = {
    "a deal agreed to, no claim": """
The     1 det   DET   DT  the
company 2 nsubj NOUN  NN  company
agreed  2 ROOT  VERB  VBD agree
to      4 aux   PART  TO  to
pay     2 xcomp VERB  VB  pay
a       6 det   DET   DT  a
fine    4 dobj  NOUN  NN  fine
.       2 punct PUNCT .   .
""",
    "negated question": """
Trump   3 nsubj NOUN  NN  trump
did     3 aux   AUX   VBD do
not     3 neg   PART  RB  not
say     3 ROOT  VERB  VB  say
whether 7 mark  SCONJ IN  whether
he      7 nsubj PRON  PRP he
would   7 aux   AUX   MD  would
attend  3 ccomp VERB  VB  attend
.       3 punct PUNCT .   .
""",
    "negated": """
The      1 det   DET   DT  the
ministry 4 nsubj NOUN  NN  ministry
did      4 aux   AUX   VBD do
not      4 neg   PART  RB  not
confirm  4 ROOT  VERB  VB  confirm
that     7 mark  SCONJ IN  that
talks    7 nsubj NOUN  NNS talk
resumed  4 ccomp VERB  VBD resume
.        4 punct PUNCT .   .
""",
    "hypothetical": """
She   2 nsubj PRON  PRP she
would 2 aux   AUX   MD  would
say   2 ROOT  VERB  VB  say
that  6 mark  SCONJ IN  that
the   5 det   DET   DT  the
plan  6 nsubj NOUN  NN  plan
works 2 ccomp VERB  VBZ work
.     2 punct PUNCT .   .
""",
    "withheld": """
The      1 det   DET   DT  the
ministry 2 nsubj NOUN  NN  ministry
declined 2 ROOT  VERB  VBD decline
to       4 aux   PART  TO  to
confirm  2 xcomp VERB  VB  confirm
that     7 mark  SCONJ IN  that
talks    7 nsubj NOUN  NNS talk
resumed  4 ccomp VERB  VBD resume
.        2 punct PUNCT .   .
""",
    # after a verb that is no account (data/account_cues.txt), a "how" clause may ask as well as tell
    "indirect question": """
He        1 nsubj  PRON  PRP he
noted     1 ROOT   VERB  VBD note
how       5 advmod SCONJ WRB how
the       4 det    DET   DT  the
plan      5 nsubj  NOUN  NN  plan
works     1 ccomp  VERB  VBZ work
.         1 punct  PUNCT .   .
""",
    "question": """
Did     2 aux   AUX   VBD do
Hamas   2 nsubj PROPN NNP Hamas B-ORG
say     2 ROOT  VERB  VB  say
that    6 mark  SCONJ IN  that
the     5 det   DET   DT  the
talks   6 nsubj NOUN  NNS talk
resumed 2 ccomp VERB  VBD resume
?       2 punct PUNCT .   ?
""",
    "belief (think is not a cue of indirect speech)": """
Trump    1 nsubj     NOUN  NN  trump
thinks   1 ROOT      VERB  VBZ think
the      3 det       DET   DT  the
election 5 nsubjpass NOUN  NN  election
is       5 auxpass   AUX   VBZ be
rigged   1 ccomp     VERB  VBN rig
.        1 punct     PUNCT .   .
""",
    "the sentence before a colon is no content": """
Manafort 1 nsubj  PROPN NNP Manafort B-PERSON
went     6 ccomp  VERB  VBD go
further  1 advmod ADV   RBR further
:        6 punct  PUNCT :   :
He       6 nsubj  PRON  PRP he
also     6 advmod ADV   RB  also
said     6 ROOT   VERB  VBD say
so       6 advmod ADV   RB  so
.        6 punct  PUNCT .   .
""",
    "speech verb without content": """
Trump   1 nsubj PROPN NNP Trump B-PERSON
said    1 ROOT  VERB  VBD say
nothing 1 dobj  PRON  NN  nothing
.       1 punct PUNCT .   .
""",
    "a pronoun with a modifier says nothing either": """
Lopez   1 nsubj PROPN NNP Lopez B-PERSON
said    1 ROOT  VERB  VBD say
nothing 1 dobj  PRON  NN  nothing
more    2 amod  ADJ   JJR more
.       1 punct PUNCT .   .
""",
    "words said by rote": """
Lopez   1 nsubj PROPN NNP Lopez B-PERSON
said    1 ROOT  VERB  VBD say
a       3 det   DET   DT  a
prayer  1 dobj  NOUN  NN  prayer
.       1 punct PUNCT .   .
""",
    "a refusal to confirm is a vote": """
Senate  1 nsubj PROPN NNP Senate B-ORG
refused 1 ROOT  VERB  VBD refuse
to      3 aux   PART  TO  to
confirm 1 xcomp VERB  VB  confirm
the     5 det   DET   DT  the
nominee 3 dobj  NOUN  NN  nominee
.       1 punct PUNCT .   .
""",
    "a clause of its own after a comma, not '..., Israel stated'": """
Hamas     1 nsubj PROPN NNP Hamas B-ORG
resumed   1 ROOT  VERB  VBD resume
the       3 det   DET   DT  the
talks     1 dobj  NOUN  NNS talk
,         1 punct PUNCT ,   ,
while     7 mark  SCONJ IN  while
Israel    7 nsubj PROPN NNP Israel B-GPE
stated    1 advcl VERB  VBD state
a         9 det   DET   DT  a
pause     7 dobj  NOUN  NN  pause
.         1 punct PUNCT .   .
""",
    "expletive it": """
It       2 nsubjpass PRON  PRP it
was      2 auxpass   AUX   VBD be
reported 2 ROOT      VERB  VBN report
that     6 mark      SCONJ IN  that
the      5 det       DET   DT  the
talks    6 nsubj     NOUN  NNS talk
failed   2 ccomp     VERB  VBD fail
.        2 punct     PUNCT .   .
""",
}


# -- reports whose object is what was said (data/object_cues.txt) ---------------------------------
def rows_of(subject: str, verb: str, lemma: str, rest: str) -> str:
    """Rows of "<subject> <verb> <rest>": the subject (one proper name) and the verb (the root)
    as tokens 0 and 1, then ``rest``'s rows, written with their own heads."""
    return f"""
{subject} 1 nsubj PROPN NNP {subject} B-PERSON
{verb} 1 ROOT VERB VBD {lemma}
{rest.strip()}
.  1 punct PUNCT . .
"""


OBJECT_REPORTS = {
    "expressed <object>": (rows_of("Lopez", "expressed", "express", """
concern 1 dobj NOUN NN concern
about   2 prep ADP  IN about
the     5 det  DET  DT the
budget  3 pobj NOUN NN budget
"""), [("concern about the budget", "Lopez")]),
    "stressed <object>": (rows_of("Lopez", "stressed", "stress", """
the  3 det  DET  DT  the
cost 1 dobj NOUN NN  cost
"""), [("the cost", "Lopez")]),
    "called for <object>": (rows_of("Clinton", "called", "call", """
for           1 prep  ADP  IN  for
an            4 det   DET  DT  an
investigation 2 pobj  NOUN NN  investigation
"""), [("an investigation", "Clinton")]),
    "called <object> <name>": (rows_of("Naim", "called", "call", """
Israel  1 dobj PROPN NNP Israel B-GPE
a       4 det  DET   DT  a
spoiler 1 oprd NOUN  NN  spoiler
"""), [("Israel a spoiler", "Naim")]),
    "accused <object> of <act>": (rows_of("Clinton", "accused", "accuse", """
Trump 1 dobj  PROPN NNP Trump B-PERSON
of    1 prep  ADP   IN  of
lying 3 pcomp VERB  VBG lie
"""), [("Trump of lying", "Clinton")]),
    "asked <object> to <act>": (rows_of("Hamas", "asked", "ask", """
Qatar   1 dobj  PROPN NNP Qatar B-GPE
to      4 aux   PART  TO  to
mediate 1 xcomp VERB  VB  mediate
"""), [("Qatar to mediate", "Hamas")]),
    "announced <object>": (rows_of("Qatar", "announced", "announce", """
new   3 amod ADJ  JJ  new
steps 1 dobj NOUN NNS step
"""), [("new steps", "Qatar")]),
    # what the verb goes on to say of its object is content; when and where it was said is not
    "blamed <object> on <cause> at <place>": (rows_of("Clinton", "blamed", "blame", """
the    3 det  DET   DT  the
delay  1 dobj NOUN  NN  delay
on     1 prep ADP   IN  on
the    6 det  DET   DT  the
weather 4 pobj NOUN NN  weather
at     1 prep ADP   IN  at
a      9 det  DET   DT  a
rally  7 pobj NOUN  NN  rally
"""), [("the delay on the weather", "Clinton")]),
    "endorsed <object>": (rows_of("Ortiz", "endorsed", "endorse", """
the   3 det  DET  DT  the
mayor 1 dobj NOUN NN  mayor
"""), [("the mayor", "Ortiz")]),
    # a topic the speaker talked about is what the report says of the speech
    "referring to <topic>": (rows_of("Ortiz", "referring", "refer", """
to      1 prep ADP  IN  to
the     4 det  DET  DT  the
mayor   2 pobj NOUN NN  mayor
""").replace("VBD", "VBG"), [("the mayor", "Ortiz")]),
    "talked about <topic>": (rows_of("Ortiz", "talked", "talk", """
about   1 prep ADP  IN  about
housing 2 pobj NOUN NN  housing
"""), [("housing", "Ortiz")]),
    "said <object>": (rows_of("Lee", "said", "say", """
the   3 det  DET   DT  the
same  1 dobj ADJ   JJ  same
of    3 prep ADP   IN  of
Ortiz 4 pobj PROPN NNP Ortiz B-PERSON
"""), [("the same of Ortiz", "Lee")]),
    # the parser may read "for all candidates to ..." as a clause of purpose
    "called for <subject> to <act>": (rows_of("She", "called", "call", """
for        6 mark  SCONJ IN  for
all        4 det   DET   DT  all
candidates 6 nsubj NOUN  NNS candidate
to         6 aux   PART  TO  to
disclose   1 advcl VERB  VB  disclose
"""), [("all candidates to disclose", "She")]),
}


@pytest.mark.parametrize(("rows", "expected"), list(OBJECT_REPORTS.values()), ids=list(OBJECT_REPORTS))
def test_reports_of_an_object(rows, expected):
    assert statements(rows) == expected


NOT_OBJECT_REPORTS = {
    "a call that names nothing": rows_of("Hamas", "called", "call", """
a       3 det  DET  DT a
meeting 1 dobj NOUN NN meeting
"""),
    "called on a day": rows_of("Hamas", "called", "call", """
on     1 prep ADP   IN  on
Friday 2 pobj PROPN NNP Friday B-DATE
"""),
    "a question": rows_of("Reporters", "asked", "ask", """
him   1 dobj  PRON  PRP he
how   5 advmod SCONJ WRB how
she   5 nsubj PRON  PRP she
won   1 ccomp VERB  VBD win
"""),
    # a subject that cannot speak: "+speaker" in data/object_cues.txt
    "the vote underscored the divide": """
The     1 det   DET  DT  the
vote    2 nsubj NOUN NN  vote
underscored 2 ROOT VERB VBD underscore
the     4 det   DET  DT  the
divide  2 dobj  NOUN NN  divide
.       2 punct PUNCT . .
""",
    "a lone pronoun": rows_of("Trump", "criticized", "criticize", """
him 1 dobj PRON PRP he
"""),
    "a topic only meant: came to talk about <topic>": rows_of("Ortiz", "came", "come", """
to      3 aux   PART TO  to
talk    1 advcl VERB VB  talk
about   3 prep  ADP  IN  about
housing 4 pobj  NOUN NN  housing
"""),
    "said to be: no direct object": """
Lee     2 nsubjpass PROPN NNP Lee B-PERSON
is      2 auxpass   AUX   VBZ be
said    2 ROOT      VERB  VBN say
to      4 aux       PART  TO  to
be      2 xcomp     AUX   VB  be
furious 4 acomp     ADJ   JJ  furious
.       2 punct     PUNCT .   .
""",
    "deny is left out (denied bail)": rows_of("Judge", "denied", "deny", """
bail 1 dobj NOUN NN bail
"""),
    "negated": rows_of("Trump", "criticized", "criticize", """
never 1 neg  ADV  RB never
the   4 det  DET  DT the
plan  1 dobj NOUN NN plan
"""),
}


@pytest.mark.parametrize("rows", list(NOT_OBJECT_REPORTS.values()), ids=list(NOT_OBJECT_REPORTS))
def test_objects_that_are_no_report(rows):
    assert statements(rows) == []


# -- what a document found (data/finding_cues.txt, data/evidence_nouns.txt) ------------------------
def document_rows(verb: str, lemma: str, rest: str, particle: str = "") -> str:
    """Rows of "The poll <verb> [particle] <rest>": the subject noun "poll" as token 1, the verb
    as token 2 (the root), an optional particle as token 3, then ``rest``'s rows."""
    prt = f"{particle} 2 prt ADP RP {particle}\n" if particle else ""
    return f"""
The  1 det   DET  DT  the
poll 2 nsubj NOUN NN  poll
{verb} 2 ROOT VERB VBD {lemma}
{prt}{rest.strip()}
.    2 punct PUNCT . .
"""


FINDINGS = {
    "the poll showed <clause>": (document_rows("showed", "show", """
Trump   4 nsubj PROPN NNP Trump B-PERSON
leading 2 ccomp VERB  VBG lead
"""), [("Trump leading", "The poll")]),
    "the poll found <object>": (document_rows("found", "find", """
a    4 det  DET  DT  a
gap  2 dobj NOUN NN  gap
"""), [("a gap", "The poll")]),
}


FINDINGS["an organisation found <clause>"] = (rows_of("Reuters", "found", "find", """
costs    3 nsubj NOUN NNS cost
rose     1 ccomp VERB VBD rise
""").replace("B-PERSON", "B-ORG"), [("costs rose", "Reuters")])


# a body called by its kind, with a clause: "the committee found that costs rose"
FINDINGS["a body called by its kind found <clause>"] = ("""
The       1 det   DET   DT  the
committee 2 nsubj NOUN  NN  committee
found     2 ROOT  VERB  VBD find
that      5 mark  SCONJ IN  that
costs     5 nsubj NOUN  NNS cost
rose      2 ccomp VERB  VBD rise
.         2 punct PUNCT .   .
""", [("costs rose", "The committee")])
# the participle describes the document: "a poll showing gains" (the speaker's words end at the cue)
FINDINGS["a poll showing <object>"] = ("""
The     1 det   DET  DT  the
mayor   2 nsubj NOUN NN  mayor
saw     2 ROOT  VERB VBD see
a       4 det   DET  DT  a
poll    2 dobj  NOUN NN  poll
showing 4 acl   VERB VBG show
gains   5 dobj  NOUN NNS gain
.       2 punct PUNCT . .
""", [("gains", "a poll")])
# the tagger took the verb for a noun; its subject and its clause show it is the verb
FINDINGS["records show <clause>, 'show' tagged as a noun"] = ("""
Records 1 nsubj NOUN NNS record
show    1 ROOT  NOUN NN  show
he      3 nsubj PRON PRP he
backed  1 ccomp VERB VBD back
taxes   3 dobj  NOUN NNS tax
.       1 punct PUNCT . .
""", [("he backed taxes", "Records")])


@pytest.mark.parametrize(("rows", "expected"), list(FINDINGS.values()), ids=list(FINDINGS))
def test_what_a_document_found(rows, expected):
    assert statements(rows) == expected


def test_findings_only_of_documents():
    """"Naim found them reluctant": a person's perception, not a document's finding; with a
    particle ("found out", "shows up") it is another verb."""
    person = """
Naim  1 nsubj PROPN NNP Naim B-PERSON
found 1 ROOT  VERB  VBD find
them  3 nsubj PRON  PRP they
reluctant 1 ccomp ADJ JJ reluctant
.     1 punct PUNCT . .
"""
    assert statements(person) == []
    gap = """
a    5 det  DET  DT  a
gap  2 dobj NOUN NN  gap
"""
    assert statements(document_rows("found", "find", gap, particle="out")) == []
    # ... nor what a team found without a clause ("the team found a way")
    team = """
The  1 det   DET  DT  the
team 2 nsubj NOUN NN  team
found 2 ROOT VERB VBD find
a    4 det   DET  DT  a
way  2 dobj  NOUN NN  way
.    2 punct PUNCT . .
"""
    assert statements(team) == []


# -- a verb with a noun of speech (data/speech_phrases.txt) ------------------------------------------
SPEECH_PHRASES = {
    "made the point that <clause>": (rows_of("Ansari", "made", "make", """
the   3 det   DET   DT  the
point 1 dobj  NOUN  NN  point
that  7 mark  SCONJ IN  that
Israel 7 nsubj PROPN NNP Israel B-GPE
would 7 aux   AUX   MD  would
lose  3 acl   VERB  VB  lose
"""), [("Israel would lose", "Ansari")]),
    # the parser hangs the clause on "clear"
    "made it clear that <clause>": (rows_of("He", "made", "make", """
it    3 nsubj PRON  PRP it
clear 1 ccomp ADJ   JJ  clear
that  6 mark  SCONJ IN  that
they  6 nsubj PRON  PRP they
quit  3 advcl VERB  VBD quit
"""), [("they quit", "He")]),
    # a relative clause is no content: its "that" is its subject
    "made a cake that <relative clause>": (rows_of("He", "made", "make", """
a     3 det   DET  DT  a
cake  1 dobj  NOUN NN  cake
that  5 nsubj PRON WDT that
tasted 3 relcl VERB VBD taste
good  5 acomp ADJ  JJ  good
"""), []),
}


@pytest.mark.parametrize(("rows", "expected"), list(SPEECH_PHRASES.values()), ids=list(SPEECH_PHRASES))
def test_a_verb_with_a_noun_of_speech(rows, expected):
    assert statements(rows) == expected


def test_what_he_calls_is_no_report_of_it():
    """"the crisis, which he calls grave": the object comes before the verb."""
    rows = """
crisis     3 nsubj NOUN NN  crisis
which      3 dobj  PRON WDT which
he         3 nsubj PRON PRP he
calls      3 ROOT  VERB VBZ call
rampant    3 oprd  ADJ  JJ  rampant
.          3 punct PUNCT . .
"""
    assert statements(rows) == []


@pytest.mark.parametrize("rows", list(NOT_STATEMENTS.values()), ids=list(NOT_STATEMENTS))
def test_reports_that_state_nothing(rows):
    assert statements(rows) == []


def test_every_verb_of_indirect_speech_is_a_reporting_verb():
    """Attribution climbs from a cue through the reporting verbs: a verb of indirect speech that is
    not one of them would find no speaker."""
    assert lexicon.indirect_cues() and lexicon.indirect_cues() <= lexicon.cue_verbs()
    assert not {"think", "believe", "ask", "deny", "praise"} & lexicon.indirect_cues()  # left out on purpose


@pytest.mark.parametrize(
    ("paragraph", "parsed"),
    [
        ("Naim told AFP the talks were progressing.", True),
        ("According to the ministry, 40 people died.", True),
        ("The ministry praised the deal.", False),  # a reporting verb, but no verb of indirect speech
        ("Talks resumed in Doha on Friday.", False),
        # forms news mostly writes as nouns (data/noun_forms.txt) do not count
        ("The United States and the state of Qatar sent delegations.", False),
    ],
)
def test_which_paragraphs_are_parsed_for_indirect_speech(paragraph, parsed):
    assert has_cue_word(paragraph, "indirect_cues") is parsed


@pytest.mark.parametrize(
    ("paragraph", "parsed"),
    [
        ("The ministry praised the deal.", True),  # a report of its object
        ("The poll showed the mayor leading.", True),  # a finding
        ("She made it very clear that she would run.", True),  # a verb and its noun of speech
        ("The council raised concerns about the budget.", True),
        # a verb of speech_phrases.txt without its noun is no reason to parse
        ("He made a sandwich and gave it away.", False),
    ],
)
def test_the_stage_parses_paragraphs_with_any_statement_verb(paragraph, parsed):
    from quotetrack.extract.stage import STATEMENT_VERBS

    assert has_cue_word(paragraph, STATEMENT_VERBS) is parsed


# -- on real parses, through the whole stage (en_core_web_sm 3.8.0, the pinned model) ------------------
def _rows(text: str, nlp, **options) -> list[tuple[str, str, str | None, str | None, str | None]]:
    from quotetrack.extract import extract_articles
    from quotetrack.ingest import complete
    from quotetrack.records import Article

    (mentions,) = extract_articles([complete(Article(article_id="t", text=text))], nlp, **options)
    assert not isinstance(mentions, Exception)
    return [(m.kind, m.text, m.speaker_mention, m.speaker, m.cue) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hamas said the talks would resume on Friday.",
                     [("indirect", "the talks would resume on Friday", "Hamas", "Hamas", "said")], id="said"),
        pytest.param("The talks will resume on Friday, a Qatari official said.",
                     [("indirect", "The talks will resume on Friday", "a Qatari official", "a Qatari official", "said")],
                     id="verb after the content"),
        pytest.param("According to Hamas, the talks will resume on Friday.",
                     [("indirect", "the talks will resume on Friday", "Hamas", "Hamas", "according to")],
                     id="according to"),
        # the same resolution as a quote's speaker: "He" is the spokesman named before
        pytest.param("Basem Naim is a Hamas spokesman.\n\nHe told AFP that the talks were progressing.",
                     [("indirect", "the talks were progressing", "He", "Basem Naim", "told")], id="pronoun resolved"),
        pytest.param('"We will not return to the talks until the siege is lifted," Hamas said.',
                     [("direct", "We will not return to the talks until the siege is lifted", "Hamas", "Hamas", "said")],
                     id="a quotation's own attribution is no statement"),
        pytest.param("Hamas did not say whether the talks would resume.", [], id="negated question"),
        pytest.param('Asked whether the talks would resume, "Yes," Naim said.',
                     [("partial", "Yes", "Naim", "Naim", "said")], id="the question put to the speaker"),
        pytest.param("Many voters think the election is rigged.", [], id="a belief"),
        # the subject of "suggested" is the clause word "that", which names nobody
        pytest.param("The agency released a report that suggested the talks were failing.", [],
                     id="no row for a statement nobody is named for"),
    ],
)
def test_indirect_rows(text, expected, nlp):
    assert _rows(text, nlp) == expected


def test_mixed_speech_gives_the_clause_and_keeps_the_quoted_words(nlp):
    rows = _rows('Hamas said the talks would "focus on ensuring a complete ceasefire" in Gaza.', nlp)
    assert rows == [
        ("indirect", 'the talks would "focus on ensuring a complete ceasefire" in Gaza', "Hamas", "Hamas", "said"),
        ("partial", "focus on ensuring a complete ceasefire", "Hamas", "Hamas", "said"),
    ]


def test_quotations_are_the_same_without_indirect_speech(nlp):
    text = ("Qatar's Foreign Ministry spokesman Majed Al-Ansari said negotiations will need more time.\n\n"
            '"I don\'t think that I can give any timeline at the moment," Ansari said.\n\n'
            "He added that both delegations were in Doha.")
    with_indirect = _rows(text, nlp)
    assert [r for r in with_indirect if r[0] != "indirect"] == _rows(text, nlp, indirect=False)
    assert [r[2:4] for r in with_indirect if r[0] == "indirect"] == [
        ("Qatar's Foreign Ministry spokesman Majed Al-Ansari", "Majed Al-Ansari"), ("He", "Majed Al-Ansari")]


# -- a noun of speech and its possessor (data/speech_nouns.txt) -------------------------------------
def noun_rows(owner: str, owner_tag: str, noun: str, lemma: str, rest: str) -> str:
    """Rows of "Lee doubted <owner>'s <noun> <rest>": the owner as token 2, the noun as token 4."""
    return f"""
Lee     1 nsubj PROPN NNP Lee B-PERSON
doubted 1 ROOT  VERB  VBD doubt
{owner} 4 poss  {owner_tag}
's      2 case  PART  POS 's
{noun}  1 dobj  NOUN  NN  {lemma}
{rest.strip()}
.       1 punct PUNCT .   .
"""


THAT_TAXES_ROSE = """
that  7 mark  SCONJ IN  that
taxes 7 nsubj NOUN  NNS tax
rose  4 acl   VERB  VBD rise
"""


def test_a_named_possessor_speaks_through_a_noun_of_speech():
    """"Ortiz's claim that taxes rose": Ortiz said so; "Ortiz's criticism of the mayor": the mayor is
    what Ortiz criticised in words. A day owns no claim ("Monday's claim that ...")."""
    claim = noun_rows("Ortiz", "PROPN NNP Ortiz B-PERSON", "claim", "claim", THAT_TAXES_ROSE)
    assert statements(claim) == [("taxes rose", "Ortiz")]
    criticism = noun_rows("Ortiz", "PROPN NNP Ortiz B-PERSON", "criticism", "criticism", """
of    4 prep ADP  IN of
the   7 det  DET  DT the
mayor 5 pobj NOUN NN mayor
""")
    assert statements(criticism) == [("the mayor", "Ortiz")]
    assert statements(noun_rows("Monday", "PROPN NNP Monday B-DATE", "claim", "claim", THAT_TAXES_ROSE)) == []


def test_no_noun_of_speech_without_a_named_possessor():
    """"his claim that ...": mostly said of a speaker the sentence around names; a pronoun owner
    stays out even when the NER tags it as a person (the only case the pronoun test decides)."""
    his = """
Lee     1 nsubj PROPN NNP Lee B-PERSON
doubted 1 ROOT  VERB  VBD doubt
his     3 poss  PRON  PRP$ his B-PERSON
claim   1 dobj  NOUN  NN  claim
that    6 mark  SCONJ IN  that
taxes   6 nsubj NOUN  NNS tax
rose    3 acl   VERB  VBD rise
.       1 punct PUNCT .   .
"""
    assert statements(his) == []


# -- a refusal to speak (data/refusal_cues.txt) -------------------------------------------------------
def test_a_refusal_to_speak_is_the_speakers_answer():
    """"Ortiz declined to comment": the refusal is Ortiz's; "declined to attend" refuses no speech."""
    comment = rows_of("Ortiz", "declined", "decline", """
to      3 aux   PART TO to
comment 1 xcomp VERB VB comment
""")
    assert statements(comment) == [("to comment", "Ortiz")]
    attend = comment.replace("comment 1 xcomp VERB VB comment", "attend 1 xcomp VERB VB attend")
    assert statements(attend) == []
    # the verbs of speaking are data/refusal_objects.txt's; "confirm" and "respond" are left out
    for verb in sorted(lexicon.words("refusal_objects")) + ["confirm", "respond"]:
        refused = comment.replace("comment 1 xcomp VERB VB comment", f"{verb} 1 xcomp VERB VB {verb}")
        said = [] if verb in ("confirm", "respond") else [(f"to {verb}", "Ortiz")]
        assert statements(refused) == said, verb


#: Lopez shot back that the plan had failed.   (a verb that reports with its particle)
SHOT_BACK = """
Lopez  1 nsubj PROPN NNP Lopez B-PERSON
shot   1 ROOT  VERB  VBD shoot
{word} 1 {dep} {pos} {tag} {word}
that   7 mark  SCONJ IN  that
the    5 det   DET   DT  the
plan   7 nsubj NOUN  NN  plan
had    7 aux   AUX   VBD have
failed 1 ccomp VERB  VBN fail
.      1 punct PUNCT .   .
"""


def test_a_verb_with_its_particle_reports_a_statement():
    """data/phrasal_cues.txt: "shot back that ..." (the parser may call "back" a particle or an
    adverb); "shot today that ..." reports nothing."""
    for dep, pos, tag in (("prt", "ADP", "RP"), ("advmod", "ADV", "RB")):
        rows = SHOT_BACK.format(word="back", dep=dep, pos=pos, tag=tag)
        assert statements(rows) == [("the plan had failed", "Lopez")]
    assert statements(SHOT_BACK.format(word="today", dep="npadvmod", pos="NOUN", tag="NN")) == []
    assert has_cue_word("Lopez shot back that the plan had failed.", ("phrasal_cues",))
    assert not has_cue_word("Lopez shot the lock off.", ("phrasal_cues",))
    # "summed up" as a cue: 'Lopez summed up the plan as "a failure"' (data/phrasal_cues.txt)
    summed = parse(SHOT_BACK.format(word="up", dep="prt", pos="ADP", tag="RP").replace(
        "shot   1 ROOT  VERB  VBD shoot", "summed 1 ROOT  VERB  VBD sum"))
    assert is_phrasal_cue(summed[1]) and not is_phrasal_cue(parse(SHOT_BACK.format(
        word="up", dep="prt", pos="ADP", tag="RP"))[1])


def test_a_particle_away_from_its_verb_makes_no_cue():
    """"fired the coach back in November": "back" is not the particle of "fire back"."""
    from quotetrack.extract.attribution.cues import is_cue, is_phrasal_cue

    doc = parse("""
Lopez    1 nsubj  PROPN NNP Lopez B-PERSON
fired    1 ROOT   VERB  VBD fire
the      3 det    DET   DT  the
coach    1 dobj   NOUN  NN  coach
back     1 advmod ADV   RB  back
in       1 prep   ADP   IN  in
November 5 pobj   PROPN NNP November B-DATE
.        1 punct  PUNCT .   .
""")
    assert not is_phrasal_cue(doc[1]) and not is_cue(doc[1])
    shot = parse(SHOT_BACK.format(word="back", dep="prt", pos="ADP", tag="RP"))
    assert is_phrasal_cue(shot[1]) and is_cue(shot[1])


#: Lopez said he was happy, according to the paper.
SAID_ACCORDING_TO = """
Lopez     1 nsubj PROPN NNP Lopez B-PERSON
said      1 ROOT  VERB  VBD say
he        3 nsubj PRON  PRP he
was       1 ccomp AUX   VBD be
happy     3 acomp ADJ   JJ  happy
,         3 punct PUNCT ,   ,
according 3 prep  VERB  VBG accord
to        6 prep  ADP   IN  to
the       9 det   DET   DT  the
paper     7 pobj  NOUN  NN  paper
.         1 punct PUNCT .   .
"""


def test_according_to_inside_a_clause_is_not_what_was_said():
    """"he was happy, according to the paper" is what Lopez said; "according to" names who
    reported it and is no part of the clause (one row, by the first cue)."""
    assert statements(SAID_ACCORDING_TO) == [("he was happy", "Lopez")]
