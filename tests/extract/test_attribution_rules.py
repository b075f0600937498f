"""The attribution rules on parses built by hand (as spaCy's own tests build them), so that they
are pinned whatever a model version makes of a sentence. Each case is a sentence, its parse, the
quote's tokens, and the cue and speaker words the rules must find."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotetrack.extract.attribution.attribute import attribute
from quotetrack.extract.attribution.cues import is_cue
from quotetrack.extract.frames import QuoteTokens
from quotetrack.records import AttributionKind

#: English lexical attributes (lower case, is_title, stop words) without any trained model
VOCAB = spacy.blank("en").vocab


def parse(rows: str, glued: tuple[int, ...] = ()) -> Doc:
    """A Doc from lines of "word head dep pos tag lemma [ent]" (head: the head's index, the
    token's own index for the root; ent: an IOB label such as B-PERSON); ``glued``: the tokens
    written without a space after them ("Demir", "-" of "Demir-Halloran"), where it matters."""
    table = [line.split() for line in rows.strip().splitlines()]
    spaces = [i not in glued for i in range(len(table))]
    return Doc(VOCAB, words=[r[0] for r in table], spaces=spaces, heads=[int(r[1]) for r in table],
               deps=[r[2] for r in table], pos=[r[3] for r in table], tags=[r[4] for r in table],
               lemmas=[r[5] for r in table], ents=[r[6] if len(r) > 6 else "O" for r in table])


def only(doc: Doc, quote: QuoteTokens) -> tuple:
    (found,) = attribute(doc, [quote])
    words = doc[found.speaker_start : found.speaker_end].text if found.found else None
    return found.how, found.cue, words


# "Yes," Ansari said.   (a whole-clause quote stands in the frame as the placeholder "Yes")
ADJACENT = """
"      5 punct PUNCT `` "
Yes    5 intj  INTJ  UH  yes
,      5 punct PUNCT ,   ,
"      5 punct PUNCT ''  "
Ansari 5 nsubj PROPN NNP Ansari B-PERSON
said   5 ROOT  VERB  VBD say
.      5 punct PUNCT .   .
"""

# Kirby stated that the White House is "actively working".
PARTIAL_IN_CLAUSE = """
Kirby    1 nsubj PROPN NNP Kirby B-PERSON
stated   1 ROOT  VERB  VBD state
that     6 mark  SCONJ IN  that
the      5 det   DET   DT  the
White    5 compound PROPN NNP White B-ORG
House    6 nsubj PROPN NNP House I-ORG
is       6 aux   AUX   VBZ be
"        8 punct PUNCT `` "
actively 8 advmod ADV  RB  actively
working  1 ccomp VERB  VBG work
"        8 punct PUNCT ''  "
.        1 punct PUNCT .   .
"""

# According to Naim, the deal "aims to achieve a ceasefire."
ACCORDING = """
According 6 prep  VERB  VBG according
to        0 prep  ADP   IN  to
Naim      1 pobj  PROPN NNP Naim B-PERSON
,         6 punct PUNCT ,   ,
the       5 det   DET   DT  the
deal      6 nsubj NOUN  NN  deal
aims      6 ROOT  VERB  VBZ aim
"         6 punct PUNCT ``  "
Yes       6 dobj  INTJ  UH  yes
.         6 punct PUNCT .   .
"         6 punct PUNCT ''  "
"""

# "Yes," Toomey fumed.   (a verb the cue list lacks, in the slot after the quote)
SPEECH_SLOT = """
"      5 punct PUNCT `` "
Yes    5 intj  INTJ  UH  yes
,      5 punct PUNCT ,   ,
"      5 punct PUNCT ''  "
Toomey 5 nsubj PROPN NNP Toomey B-PERSON
fumed  5 ROOT  VERB  VBD fume
.      5 punct PUNCT .   .
"""

# Caddell: "Yes."   (a colon introduction)
COLON = """
Caddell 0 ROOT  PROPN NNP Caddell B-PERSON
:       0 punct PUNCT :   :
"       0 punct PUNCT ``  "
Yes     0 appos INTJ  UH  yes
.       0 punct PUNCT .   .
"       0 punct PUNCT ''  "
"""

# Hamas said Kirby told "Yes."   (Kirby's cue has no subject of its own; Hamas did not say it)
NESTED_CUE = """
Hamas 1 nsubj PROPN NNP Hamas B-ORG
said  1 ROOT  VERB  VBD say
Kirby 3 nsubj PROPN NNP Kirby B-PERSON
told  1 ccomp VERB  VBD tell
"     3 punct PUNCT ``  "
Yes   3 dobj  INTJ  UH  yes
.     3 punct PUNCT .   .
"     3 punct PUNCT ''  "
"""

# Lopez said the council told voters it plans to "wait and see."   (the quote stands deep in what
# Lopez reports: the writer quotes Lopez, not the council)
REPORTED_INSIDE_A_REPORT = """
Lopez   1 nsubj PROPN NNP Lopez B-PERSON
said    1 ROOT  VERB  VBD say
the     3 det   DET   DT  the
council 4 nsubj NOUN  NN  council
told    1 ccomp VERB  VBD tell
voters  4 dobj  NOUN  NNS voter
it      7 nsubj PRON  PRP it
plans   4 ccomp VERB  VBZ plan
to      10 aux  PART  TO  to
"       10 punct PUNCT `` "
wait    7 xcomp VERB  VB  wait
and     10 cc   CCONJ CC  and
see     10 conj VERB  VB  see
.       1 punct PUNCT .   .
"       1 punct PUNCT ''  "
"""

# Lopez said Reed told voters it plans to "wait and see."   (a named person's cue keeps the quotation:
# the reporter relays Reed's words)
REPORTED_PERSON = """
Lopez  1 nsubj PROPN NNP Lopez B-PERSON
said   1 ROOT  VERB  VBD say
Reed   3 nsubj PROPN NNP Reed B-PERSON
told   1 ccomp VERB  VBD tell
voters 3 dobj  NOUN  NNS voter
it     6 nsubj PRON  PRP it
plans  3 ccomp VERB  VBZ plan
to     9 aux   PART  TO  to
"      9 punct PUNCT `` "
wait   6 xcomp VERB  VB  wait
and    9 cc    CCONJ CC  and
see    9 conj  VERB  VB  see
.      1 punct PUNCT .   .
"      1 punct PUNCT ''  "
"""

# Lopez also defended the budget -- "I think it works."   (the parser hung the clause before the
# dash on the quotation's verb; a dash introduces a closing quotation as a colon does)
DASH_INTRO = """
Lopez    2 nsubj PROPN NNP Lopez B-PERSON
also     2 advmod ADV  RB  also
defended 7 ccomp VERB  VBD defend
the      4 det   DET   DT  the
budget   2 dobj  NOUN  NN  budget
--       7 punct PUNCT :   --
"        7 punct PUNCT ``  "
I        7 nsubj PRON  PRP I
think    7 ROOT  VERB  VBP think
it       9 nsubj PRON  PRP it
works    7 ccomp VERB  VBZ work
.        7 punct PUNCT .   .
"        7 punct PUNCT ''  "
"""

# Reed released a single -- "Open Roads."   (a title after a dash is no speech)
DASH_TITLE = """
Reed     1 nsubj PROPN NNP Reed B-PERSON
released 1 ROOT  VERB  VBD release
a        3 det   DET   DT  a
single   1 dobj  NOUN  NN  single
--       1 punct PUNCT :   --
"        1 punct PUNCT ``  "
Open     7 compound PROPN NNP Open
Roads    3 appos PROPN NNP Roads
.        1 punct PUNCT .   .
"        1 punct PUNCT ''  "
"""

# As Lopez put it, "Yes."   ("put" reports words only with "it" as its object)
PUT_IT = """
As    2 mark  SCONJ IN  as
Lopez 2 nsubj PROPN NNP Lopez B-PERSON
put   2 ROOT  VERB  VBD put
{obj} 2 dobj  PRON  PRP {obj}
,     2 punct PUNCT ,   ,
"     2 punct PUNCT ``  "
Yes   2 ccomp INTJ  UH  yes
.     2 punct PUNCT .   .
"     2 punct PUNCT ''  "
"""

# "Yes," denounced her {spokesman|record}.   (after an inverted cue, a
# thing with a possessive pronoun is the verb's object, not a speaker)
INVERTED_OBJECT = """
"         3 punct PUNCT ``  "
Yes       3 intj  INTJ  UH  yes
,         3 punct PUNCT ,   ,
"         3 punct PUNCT ''  "
denounced 3 ROOT  VERB  VBD denounce
her       6 poss  PRON  PRP$ her
{noun}    4 dobj  NOUN  NN  {noun}
.         4 punct PUNCT .   .
"""

# Ana Price (D-Ore.) said "Yes."   (the parser left "said" without a subject: the name before
# the parenthesis is the speaker)
NO_SUBJECT_PARENTHESIS = """
Ana    1 compound PROPN NNP   Ana   B-PERSON
Price  5 dep      PROPN NNP   Price I-PERSON
(      3 punct    PUNCT -LRB- (
D      1 appos    PROPN NNP   D
)      3 punct    PUNCT -RRB- )
said   5 ROOT     VERB  VBD   say
"      5 punct    PUNCT ``    "
Yes    5 ccomp    INTJ  UH    yes
.      5 punct    PUNCT .     .
"      5 punct    PUNCT ''    "
"""

# {Title} of State Ana Price said "Yes."   (no subject again: after the "of" of a title, the
# name is the speaker; after the "of" of a lower-case noun it is that noun's object)
NO_SUBJECT_TITLE = """
{title} 5 dep      {pos} NNP {lemma}
of      0 prep     ADP   IN  of
State   4 compound PROPN NNP State
Ana     4 compound PROPN NNP Ana   B-PERSON
Price   1 pobj     PROPN NNP Price I-PERSON
said    5 ROOT     VERB  VBD say
"       5 punct    PUNCT ``  "
Yes     5 ccomp    INTJ  UH  yes
.       5 punct    PUNCT .   .
"       5 punct    PUNCT ''  "
"""

# Lopez Group issued a statement saying "Yes."   (the parser gave "issued" no subject: the name
# before it issued the statement and speaks through it)
ISSUER_WITHOUT_SUBJECT = """
Lopez     1 compound PROPN NNP Lopez B-ORG
Group     2 npadvmod PROPN NNP Group I-ORG
issued    2 ROOT     VERB  VBD issue
a         4 det      DET   DT  a
statement 2 dobj     NOUN  NN  statement
saying    4 acl      VERB  VBG say
"         5 punct    PUNCT ``  "
Yes       5 ccomp    INTJ  UH  yes
.         5 punct    PUNCT .   .
"         5 punct    PUNCT ''  "
"""

# One attendee, who spoke, said "Yes."   (the parser made the speaker the subject of the relative
# clause's verb: the noun before the clause is the speaker)
BEFORE_A_RELATIVE_CLAUSE = """
One      1 nummod NUM   CD  one
attendee 4 nsubj  NOUN  NN  attendee
,        1 punct  PUNCT ,   ,
who      4 nsubj  PRON  WP  who
spoke    6 ccomp  VERB  VBD speak
,        6 punct  PUNCT ,   ,
said     6 ROOT   VERB  VBD say
"        6 punct  PUNCT ``  "
Yes      6 ccomp  INTJ  UH  yes
.        6 punct  PUNCT .   .
"        6 punct  PUNCT ''  "
"""

# {Opener} from Lopez: "Yes."   (a label naming where the words come from; the tagger took the
# name for a common noun)
FROM_LABEL = """
{opener} 0        ROOT  ADJ   JJ  {opener}
from     0        prep  ADP   IN  from
Lopez    1        pobj  NOUN  NN  Lopez
:        0        punct PUNCT :   :
"        0        punct PUNCT ``  "
Yes      0        dep   INTJ  UH  yes
.        0        punct PUNCT .   .
"        0        punct PUNCT ''  "
"""

# "Yes," the {noun} read.   (a tagger that made "read" a noun made the speaker its adjective)
ADJECTIVE_SPEAKER = """
"      6 punct PUNCT `` "
Yes    6 intj  INTJ  UH yes
,      6 punct PUNCT ,  ,
"      6 punct PUNCT '' "
the    6 det   DET   DT the
{noun} 6 amod  ADJ   JJ {noun}
read   6 ROOT  NOUN  NN read
.      6 punct PUNCT .  .
"""

# A 2014 report found that money came from "the drug trade".
DOCUMENT_FINDS = """
A      2 det    DET   DT  a
2014   2 nummod NUM   CD  2014
report 3 nsubj  NOUN  NN  report
found  3 ROOT   VERB  VBD find
that   6 mark   SCONJ IN  that
money  6 nsubj  NOUN  NN  money
came   3 ccomp  VERB  VBD come
from   6 prep   ADP   IN  from
"      7 punct  PUNCT ``  "
the    11 det   DET   DT  the
drug   11 compound NOUN NN drug
trade  7 pobj   NOUN  NN  trade
"      7 punct  PUNCT ''  "
.      3 punct  PUNCT .   .
"""

# An audit found that Reed texted "delete it".
FOUND_SOMEONES_WORDS = """
An     1 det    DET   DT  an
audit  2 nsubj  NOUN  NN  audit
found  2 ROOT   VERB  VBD find
that   5 mark   SCONJ IN  that
Reed   5 nsubj  PROPN NNP Reed B-PERSON
texted 2 ccomp  VERB  VBD text
"      5 punct  PUNCT ``  "
delete 5 ccomp  VERB  VB  delete
it     7 dobj   PRON  PRP it
"      5 punct  PUNCT ''  "
.      2 punct  PUNCT .   .
"""

# Reed agreed, after Lopez said he was "encouraged".   (a report in a clause of time is no cue
# for the quotes around it, but it is for the quote in its own clause)
IN_A_CLAUSE_OF_TIME = """
Reed       1 nsubj   PROPN NNP Reed  B-PERSON
agreed     1 ROOT    VERB  VBD agree
,          1 punct   PUNCT ,   ,
after      5 mark    SCONJ IN  after
Lopez      5 nsubj   PROPN NNP Lopez B-PERSON
said       1 advcl   VERB  VBD say
he         9 nsubjpass PRON PRP he
was        9 auxpass AUX   VBD be
"          9 punct   PUNCT ``  "
encouraged 5 ccomp   VERB  VBN encourage
"          9 punct   PUNCT ''  "
.          1 punct   PUNCT .   .
"""


# Lopez , a Reed ally , called the plan " strong . "   (the parser made Lopez the root and
# "called" its modifier, as it does for "a man called Joe")
MAIN_VERB_AS_MODIFIER = """
Lopez    0 ROOT     PROPN NNP Lopez B-PERSON
,        0 punct    PUNCT ,   ,
a        4 det      DET   DT  a
Reed     4 compound PROPN NNP Reed B-PERSON
ally     0 appos    NOUN  NN  ally
,        0 punct    PUNCT ,   ,
called   0 acl      VERB  VBN call
the      8 det      DET   DT  the
plan     6 oprd     NOUN  NN  plan
"        10 punct   PUNCT ``  "
strong   6 oprd     ADJ   JJ  strong
"        10 punct   PUNCT ''  "
"""


# Lopez , my producer , used to say , " Yes . "   (the parser made Lopez the root, "used" its modifier)
USED_TO_SAY_AS_MODIFIER = """
Lopez    0 ROOT     PROPN NNP Lopez B-PERSON
,        0 punct    PUNCT ,   ,
my       3 poss     PRON  PRP$ my
producer 0 appos    NOUN  NN  producer
,        0 punct    PUNCT ,   ,
used     0 acl      VERB  VBD use
to       7 aux      PART  TO  to
say      5 xcomp    VERB  VB  say
,        7 punct    PUNCT ,   ,
"        10 punct   PUNCT ``  "
Yes      7 ccomp    INTJ  UH  yes
.        10 punct   PUNCT .   .
"        10 punct   PUNCT ''  "
"""


# Reed cannot say that , Lopez added , saying it was " dead "   (the participle is hung on the
# report before it, whose speaker it shares; not the sentence's root, Reed's "say")
PARTICIPLE_OF_A_REPORT = """
Reed   2 nsubj  PROPN NNP Reed B-PERSON
cannot 2 aux    AUX   MD  can
say    2 ROOT   VERB  VB  say
that   2 dobj   PRON  DT  that
,      6 punct  PUNCT ,   ,
Lopez  6 nsubj  PROPN NNP Lopez B-PERSON
added  2 ccomp  VERB  VBD add
,      6 punct  PUNCT ,   ,
saying 6 advcl  VERB  VBG say
it     10 nsubj PRON  PRP it
was    8 ccomp  AUX   VBD be
"      10 punct PUNCT ``  "
dead   10 acomp ADJ   JJ  dead
"      10 punct PUNCT ''  "
"""


# Reed said Price had denied the claims , adding it was " dead "   (the participle is hung on a report
# that Reed reports, with its own object: Reed's words, not Price's)
PARTICIPLE_INSIDE_A_REPORT = """
Reed   1 nsubj  PROPN NNP Reed B-PERSON
said   1 ROOT   VERB  VBD say
Price  4 nsubj  PROPN NNP Price B-PERSON
had    4 aux    AUX   VBD have
denied 1 ccomp  VERB  VBN deny
the    6 det    DET   DT  the
claims 4 dobj   NOUN  NNS claim
,      4 punct  PUNCT ,   ,
adding 4 advcl  VERB  VBG add
it     10 nsubj PRON  PRP it
was    8 ccomp  AUX   VBD be
"      10 punct PUNCT ``  "
dead   10 acomp ADJ   JJ  dead
"      10 punct PUNCT ''  "
"""


# Another critic , Ana Reed , likened the rules to " burning it " .   (no cue: a noun with a
# person's name beside it is as sure a subject as the name)
LIKENED_BY_A_NAMED_CRITIC = """
Another 1 det      DET   DT  another
critic  6 nsubj    NOUN  NN  critic
,       1 punct    PUNCT ,   ,
{first} 4 compound PROPN NNP {first} B-{label}
{last}  1 appos    PROPN NNP {last}  I-{label}
,       1 punct    PUNCT ,   ,
likened 6 ROOT     VERB  VBD liken
the     8 det      DET   DT  the
rules   6 dobj     NOUN  NNS rule
to      6 prep     ADP   IN  to
"       11 punct   PUNCT ``  "
burning 9 pcomp    VERB  VBG burn
it      11 dobj    PRON  PRP it
"       11 punct   PUNCT ''  "
.       6 punct    PUNCT .   .
"""

# Ana Reed , a coach , compared Lopez to a man who is " working it " .   (the parser made the name
# the root, "compared" its modifier and "Lopez" a preposition: the name is still the subject)
COMPARED_AS_A_MODIFIER = """
Ana      1 compound PROPN NNP Ana  B-{label}
Reed     1 ROOT     PROPN NNP Reed I-{label}
,        1 punct    PUNCT ,   ,
a        4 det      DET   DT  a
coach    1 appos    NOUN  NN  coach
,        1 punct    PUNCT ,   ,
compared 1 acl      VERB  VBN compare
Lopez    6 prep     PROPN NNP Lopez
to       7 prep     ADP   IN  to
a        10 det     DET   DT  a
man      8 pobj     NOUN  NN  man
who      14 nsubj   PRON  WP  who
is       14 aux     AUX   VBZ be
"        14 punct   PUNCT ``  "
working  10 relcl   VERB  VBG work
it       14 dobj    PRON  PRP it
"        14 punct   PUNCT ''  "
.        1 punct    PUNCT .   .
"""

# Reed joined what is called a " debate " ( by Lopez ) .   (a passive cue with no agent names
# nobody: not the words of the sentence's subject)
CALLED_BY_NOBODY = """
Reed    1 nsubj     PROPN NNP Reed B-PERSON
joined  1 ROOT      VERB  VBD join
what    4 nsubjpass PRON  WP  what
is      4 auxpass   AUX   VBZ be
called  1 ccomp     VERB  VBN call
a       7 det       DET   DT  a
"       7 punct     PUNCT ``  "
debate  4 oprd      NOUN  NN  debate
"       7 punct     PUNCT ''  "
.       1 punct     PUNCT .   .
"""
# Reed was called " a liar " by Lopez .   (a naming verb's passive subject is what was named;
# the parser hung the "by" phrase on the name)
CALLED_BY_A_PHRASE_ON_THE_NAME = """
Reed   2 nsubjpass PROPN NNP Reed B-PERSON
was    2 auxpass   AUX   VBD be
called 2 ROOT      VERB  VBN call
"      5 punct     PUNCT ``  "
a      5 det       DET   DT  a
liar   2 oprd      NOUN  NN  liar
"      5 punct     PUNCT ''  "
by     5 prep      ADP   IN  by
Lopez  7 pobj      PROPN NNP Lopez B-PERSON
.      2 punct     PUNCT .   .
"""
BY_PHRASE = """
by     5 prep      ADP   IN  by
Lopez  7 pobj      PROPN NNP Lopez B-PERSON"""
BY_LOPEZ = """by      4 agent     ADP   IN  by
Lopez   9 pobj      PROPN NNP Lopez B-PERSON
."""


# According to a release the company issued , the deal aims " Yes . "   (the issuer of a document
# is whom a relative clause on it says put it out; the parser often makes "the company" an
# appositive of the document and "issued" its modifier)
ACCORDING_TO_A_RELEASE = """
According 10 prep  VERB  VBG according
to        0  prep  ADP   IN  to
a         3  det   DET   DT  a
release   1  pobj  NOUN  NN  release
the       5  det   DET   DT  the
company   3  appos NOUN  NN  company
issued    5  acl   VERB  VBN issue
,         10 punct PUNCT ,   ,
the       9  det   DET   DT  the
deal      10 nsubj NOUN  NN  deal
aims      10 ROOT  VERB  VBZ aim
"         10 punct PUNCT ``  "
Yes       10 dobj  INTJ  UH  yes
.         10 punct PUNCT .   .
"         10 punct PUNCT ''  "
"""
RELEASE_IN_A_RELATIVE_CLAUSE = ("company   3  appos NOUN  NN  company\nissued    5  acl   VERB  VBN issue",
                                "company   6  nsubj NOUN  NN  company\nissued    3  relcl VERB  VBD issue")


# When Lopez examined it , it was labeled " True . "   (a clause of time before a passive naming
# verb says who examined the thing and named it: a fact-checker's rating)
LABELED_WHEN_EXAMINED = """
When     2 advmod    SCONJ WRB when
Lopez    2 nsubj     PROPN NNP Lopez B-ORG
examined 7 advcl     VERB  VBD examine
it       2 dobj      PRON  PRP it
,        7 punct     PUNCT ,   ,
it       7 nsubjpass PRON  PRP it
was      7 auxpass   AUX   VBD be
labeled  7 ROOT      VERB  VBN label
"        9 punct     PUNCT ``  "
True     7 oprd      ADJ   JJ  true
.        7 punct     PUNCT .   .
"        7 punct     PUNCT ''  "
"""


@pytest.mark.parametrize(
    ("rows", "quote", "expected"),
    [
        (ADJACENT, QuoteTokens(1, 2, 0, 4), (AttributionKind.ADJACENT, "said", "Ansari")),
        (PARTIAL_IN_CLAUSE, QuoteTokens(8, 10, 7, 11), (AttributionKind.SYNTAX, "stated", "Kirby")),
        (ACCORDING, QuoteTokens(8, 10, 7, 11), (AttributionKind.ACCORDING, "according to", "Naim")),
        # ... a noun for someone the article describes ("According to the physician, ...": the
        # descriptions and professions of data/ speak), not any noun ("According to plan")
        (ACCORDING.replace("Naim      1 pobj  PROPN NNP Naim B-PERSON", "physician 1 pobj  NOUN  NN  physician"),
         QuoteTokens(8, 10, 7, 11), (AttributionKind.ACCORDING, "according to", "physician")),
        (ACCORDING.replace("Naim      1 pobj  PROPN NNP Naim B-PERSON", "plan      1 pobj  NOUN  NN  plan"),
         QuoteTokens(8, 10, 7, 11), (AttributionKind.NONE, None, None)),
        (SPEECH_SLOT, QuoteTokens(1, 2, 0, 4), (AttributionKind.ADJACENT, "fumed", "Toomey")),
        # ... not a noun that cannot speak before a plural the tagger took for a verb ('gave
        # "adequate," consideration concerns': nobody's words in the slot)
        (SPEECH_SLOT.replace("Toomey 5 nsubj PROPN NNP Toomey B-PERSON", "consideration 5 nsubj NOUN NN consideration")
         .replace("fumed  5 ROOT  VERB  VBD fume", "concerns 5 ROOT NOUN NNS concern"),
         QuoteTokens(1, 2, 0, 4), (AttributionKind.NONE, None, None)),
        (COLON, QuoteTokens(3, 5, 2, 6), (AttributionKind.COLON, ":", "Caddell")),
        (NESTED_CUE, QuoteTokens(5, 7, 4, 8), (AttributionKind.SYNTAX, "told", "Kirby")),
        (REPORTED_INSIDE_A_REPORT, QuoteTokens(10, 13, 9, 15), (AttributionKind.SYNTAX, "said", "Lopez")),
        (REPORTED_PERSON, QuoteTokens(9, 12, 8, 14), (AttributionKind.SYNTAX, "told", "Reed")),
        (DASH_INTRO, QuoteTokens(7, 12, 6, 13), (AttributionKind.COLON, "defended", "Lopez")),
        (DASH_INTRO.replace("Lopez    2 nsubj PROPN NNP Lopez B-PERSON", "Officials 2 nsubj NOUN NNS official"),
         QuoteTokens(7, 12, 6, 13), (AttributionKind.NONE, None, None)),
        # only the cue-less rule of the sentence's subject, not the dash introduction
        (DASH_TITLE, QuoteTokens(6, 8, 5, 10), (AttributionKind.SUBJECT, "released", "Reed")),
        (PUT_IT.format(obj="it"), QuoteTokens(6, 7, 5, 9), (AttributionKind.SYNTAX, "put it", "Lopez")),
        # no cue: only the cue-less rule of the sentence's subject applies
        (PUT_IT.format(obj="them"), QuoteTokens(6, 7, 5, 9), (AttributionKind.SUBJECT, "put", "Lopez")),
        (INVERTED_OBJECT.format(noun="spokesman"), QuoteTokens(1, 2, 0, 4), (AttributionKind.ADJACENT, "denounced", "her spokesman")),
        (INVERTED_OBJECT.format(noun="record"), QuoteTokens(1, 2, 0, 4), (AttributionKind.NONE, None, None)),
        (NO_SUBJECT_PARENTHESIS, QuoteTokens(7, 9, 6, 10), (AttributionKind.SYNTAX, "said", "Ana Price")),
        (NO_SUBJECT_TITLE.format(title="Secretary", pos="PROPN", lemma="Secretary"), QuoteTokens(7, 9, 6, 10),
         (AttributionKind.SYNTAX, "said", "State Ana Price")),
        (NO_SUBJECT_TITLE.format(title="friends", pos="NOUN", lemma="friend"), QuoteTokens(7, 9, 6, 10),
         (AttributionKind.NONE, None, None)),
        (ISSUER_WITHOUT_SUBJECT, QuoteTokens(7, 9, 6, 10), (AttributionKind.SYNTAX, "saying", "Lopez Group")),
        (BEFORE_A_RELATIVE_CLAUSE, QuoteTokens(8, 10, 7, 11), (AttributionKind.SYNTAX, "said", "One attendee")),
        (FROM_LABEL.format(opener="More"), QuoteTokens(5, 7, 4, 8), (AttributionKind.COLON, "from", "Lopez")),
        (FROM_LABEL.format(opener="Far"), QuoteTokens(5, 7, 4, 8), (AttributionKind.NONE, None, None)),
        (FROM_LABEL.format(opener="More").replace("NN  Lopez", "NN  Lopez B-GPE"), QuoteTokens(5, 7, 4, 8),
         (AttributionKind.NONE, None, None)),
        (ADJECTIVE_SPEAKER.format(noun="editorial"), QuoteTokens(1, 2, 0, 4), (AttributionKind.ADJACENT, "read", "the editorial")),
        (ADJECTIVE_SPEAKER.format(noun="best"), QuoteTokens(1, 2, 0, 4), (AttributionKind.NONE, None, None)),
        (IN_A_CLAUSE_OF_TIME, QuoteTokens(9, 10, 8, 11), (AttributionKind.SYNTAX, "said", "Lopez")),
        (NO_SUBJECT_TITLE.format(title="Critics", pos="NOUN", lemma="critic"), QuoteTokens(7, 9, 6, 10),
         (AttributionKind.NONE, None, None)),
        (MAIN_VERB_AS_MODIFIER, QuoteTokens(10, 11, 9, 12), (AttributionKind.SYNTAX, "called", "Lopez")),
        (MAIN_VERB_AS_MODIFIER.replace(",        0 punct    PUNCT ,   ,\ncalled", "so       6 advmod   ADV   RB  so\ncalled"),
         QuoteTokens(10, 11, 9, 12), (AttributionKind.NONE, None, None)),
        (USED_TO_SAY_AS_MODIFIER, QuoteTokens(10, 12, 9, 13), (AttributionKind.SYNTAX, "say", "Lopez")),
        (PARTICIPLE_OF_A_REPORT, QuoteTokens(12, 13, 11, 14), (AttributionKind.SYNTAX, "saying", "Lopez")),
        # the report a relative clause makes ("an architect who said ..., saying") is not the sentence's
        (PARTICIPLE_OF_A_REPORT.replace("added  2 ccomp", "added  2 relcl"), QuoteTokens(12, 13, 11, 14),
         (AttributionKind.SYNTAX, "saying", "Reed")),
        (PARTICIPLE_INSIDE_A_REPORT, QuoteTokens(12, 13, 11, 14), (AttributionKind.SYNTAX, "adding", "Reed")),
        # quoted words in what a document found are the document's
        (DOCUMENT_FINDS, QuoteTokens(9, 12, 8, 13), (AttributionKind.SYNTAX, "found", "A 2014 report")),
        # ... not when a possessive says whose it is ("his report": whoever "his" is), nor a person's finding
        (DOCUMENT_FINDS.replace("A      2 det    DET   DT  a", "His    2 poss   PRON  PRP$ his"), QuoteTokens(9, 12, 8, 13),
         (AttributionKind.NONE, None, None)),
        (DOCUMENT_FINDS.replace("report 3 nsubj  NOUN  NN  report", "mayor  3 nsubj  NOUN  NN  mayor"),
         QuoteTokens(9, 12, 8, 13), (AttributionKind.NONE, None, None)),
        # ... nor words a person in the finding said ("found that Reed texted "delete it"")
        (FOUND_SOMEONES_WORDS, QuoteTokens(7, 9, 6, 10), (AttributionKind.NONE, None, None)),
        (LIKENED_BY_A_NAMED_CRITIC.format(first="Ana", last="Reed", label="PERSON"), QuoteTokens(11, 13, 10, 14),
         (AttributionKind.SUBJECT, "likened", "Another critic")),
        # ... not a noun with a place beside it ("Another critic, New York,")
        (LIKENED_BY_A_NAMED_CRITIC.format(first="New", last="York", label="GPE"), QuoteTokens(11, 13, 10, 14),
         (AttributionKind.NONE, None, None)),
        (COMPARED_AS_A_MODIFIER.format(label="PERSON"), QuoteTokens(14, 16, 13, 17), (AttributionKind.SUBJECT, "compared", "Ana Reed")),
        # ... an organisation's name needs the object the parser found (see main-verb-made-a-modifier)
        (COMPARED_AS_A_MODIFIER.format(label="ORG"), QuoteTokens(14, 16, 13, 17), (AttributionKind.NONE, None, None)),
        (CALLED_BY_NOBODY, QuoteTokens(7, 8, 6, 9), (AttributionKind.NONE, None, None)),
        (CALLED_BY_NOBODY.replace("\n.", "\n" + BY_LOPEZ), QuoteTokens(7, 8, 6, 9), (AttributionKind.SYNTAX, "called", "Lopez")),
        (CALLED_BY_A_PHRASE_ON_THE_NAME, QuoteTokens(4, 6, 3, 7), (AttributionKind.SYNTAX, "called", "Lopez")),
        (CALLED_BY_A_PHRASE_ON_THE_NAME.replace(BY_PHRASE, ""), QuoteTokens(4, 6, 3, 7), (AttributionKind.NONE, None, None)),
        # ... only where the verb names something: a passive subject of another use keeps its reading
        (CALLED_BY_A_PHRASE_ON_THE_NAME.replace(BY_PHRASE, "").replace("2 oprd", "2 dobj"), QuoteTokens(4, 6, 3, 7),
         (AttributionKind.SYNTAX, "called", "Reed")),
        (ACCORDING_TO_A_RELEASE, QuoteTokens(12, 13, 11, 15), (AttributionKind.ACCORDING, "according to", "the company issued")),
        (ACCORDING_TO_A_RELEASE.replace(*RELEASE_IN_A_RELATIVE_CLAUSE), QuoteTokens(12, 13, 11, 15),
         (AttributionKind.ACCORDING, "according to", "the company")),
        # ... not one who got it ("a memo the paper obtained"): the document itself
        (ACCORDING_TO_A_RELEASE.replace(*RELEASE_IN_A_RELATIVE_CLAUSE).replace("VBD issue", "VBD obtain"),
         QuoteTokens(12, 13, 11, 15), (AttributionKind.ACCORDING, "according to", "a release the company")),
        # "called as a witness" is summoned, not named: the passive subject keeps its reading
        (CALLED_BY_A_PHRASE_ON_THE_NAME.replace(BY_PHRASE, "").replace("liar   2 oprd      NOUN  NN  liar",
                                                                     "as     2 prep      ADP   IN  as"),
         QuoteTokens(4, 6, 3, 7), (AttributionKind.SYNTAX, "called", "Reed")),
        # ... and a name's passive participle is no verb of the sentence ("Ana Reed, compared by many to ...")
        (COMPARED_AS_A_MODIFIER.format(label="PERSON").replace("Lopez    6 prep     PROPN NNP Lopez",
                                                               "Lopez    6 auxpass  PROPN NNP Lopez"),
         QuoteTokens(14, 16, 13, 17), (AttributionKind.NONE, None, None)),
        (LABELED_WHEN_EXAMINED, QuoteTokens(9, 11, 8, 12), (AttributionKind.SYNTAX, "labeled", "Lopez")),
        (LABELED_WHEN_EXAMINED.replace("When     2 advmod    SCONJ WRB when", "Before   2 mark      SCONJ IN  before"),
         QuoteTokens(9, 11, 8, 12), (AttributionKind.NONE, None, None)),
    ],
    ids=["adjacent", "partial-in-clause", "according", "according-to-a-description", "according-to-no-one", "speech-slot", "speech-slot-noun-that-cannot-speak", "colon", "nested-cue", "reported-inside-a-report",
         "a-named-person-inside-a-report", "dash-introduction", "dash-after-a-common-noun", "dash-before-a-title", "as-X-put-it", "put-without-it", "inverted-speaker",
         "inverted-object", "no-subject-before-a-parenthesis", "no-subject-after-a-title-of", "no-subject-after-a-noun-of",
         "issuer-without-subject", "before-a-relative-clause", "more-from-a-name", "far-from-a-name", "from-a-place",
         "adjective-speaker", "adjective-no-speaker", "in-a-clause-of-time", "no-subject-after-a-capitalised-noun-of",
         "main-verb-made-a-modifier", "modifier-without-a-comma", "used-to-say-made-a-modifier", "participle-of-a-report",
         "participle-of-a-relative-clause", "participle-inside-a-report", "a-document-finds", "a-document-someone-owns-finds",
         "a-person-finds", "a-document-finds-what-someone-said", "likened-by-a-named-critic", "likened-by-a-noun-beside-a-place",
         "compared-made-a-modifier-of-a-person", "compared-made-a-modifier-of-an-organisation", "called-by-nobody", "called-by-someone",
         "named-by-a-phrase-on-the-name", "named-by-nobody", "passive-subject-of-no-naming",
         "according-to-a-release-the-company-issued", "according-to-a-release-in-a-relative-clause",
         "according-to-a-release-someone-obtained", "called-as-a-witness", "a-names-passive-participle",
         "labeled-when-examined", "labeled-before-examined"],
)
def test_attribution_on_a_parse_built_by_hand(rows, quote, expected):
    assert only(parse(rows), quote) == expected


# if Hamas says "Yes", ...   (a condition, not a report)
CONDITION = """
if    2 mark  SCONJ IN  if
Hamas 2 nsubj PROPN NNP Hamas B-ORG
says  2 ROOT  VERB  VBZ say
"""


def test_a_reporting_verb_under_a_condition_is_no_cue():
    doc = parse(CONDITION)
    assert not is_cue(doc[2])
    assert is_cue(parse(ADJACENT)[5])


# She attacked him without saying goodbye.   ("without saying" reports what was not said)
WITHOUT = """
She      1 nsubj PRON  PRP she
attacked 1 ROOT  VERB  VBD attack
him      1 dobj  PRON  PRP he
without  1 prep  ADP   IN  without
saying   3 pcomp VERB  VBG say
{object} 4 dobj  NOUN  NN  {object}
"""


def test_a_reporting_verb_after_without_is_no_cue():
    from quotetrack.extract.attribution.cues import is_indirect_cue

    assert not is_cue(parse(WITHOUT.format(object="goodbye"))[4])
    assert not is_indirect_cue(parse(WITHOUT.format(object="goodbye"))[4])
    before = parse(WITHOUT.format(object="goodbye").replace(
        "without  1 prep  ADP   IN  without", "before   1 prep  ADP   IN  before"))
    assert is_cue(before[4])


# "No." "Yes." Reed said{clause}.   (a quote its full stop closed that goes on from an earlier one
# of its paragraph: a cue after it that reports a clause of its own, or opens the next quote, is the
# next sentence's; a quote opening its paragraph keeps it)
AFTER_A_CLOSED_QUOTE = """
"      1 punct PUNCT ``  "
No     1 ROOT  INTJ  UH  no
.      1 punct PUNCT .   .
"      1 punct PUNCT ''  "
"      5 punct PUNCT ``  "
Yes    5 ROOT  INTJ  UH  yes
.      5 punct PUNCT .   .
"      5 punct PUNCT ''  "
Reed   9 nsubj PROPN NNP Reed B-PERSON
said   9 ROOT  VERB  VBD say
{clause}
"""
CLAUSES = {
    "own-clause": ("""he     11 nsubj PRON  PRP he
left   9  ccomp VERB  VBD leave
.      9  punct PUNCT .   .""", None),
    "opens-next-quote": (""",      9  punct PUNCT ,   ,
"      12 punct PUNCT ``  "
Maybe  9  ccomp INTJ  UH  maybe
.      12 punct PUNCT .   .
"      12 punct PUNCT ''  "
""", None),
    "no-clause": (""".      9  punct PUNCT .   .""", "Reed"),
}


@pytest.mark.parametrize(("clause", "after_another"), [(k, True) for k in CLAUSES] + [("own-clause", False)])
def test_a_cue_after_a_closed_quote(clause, after_another):
    rows, expected = CLAUSES[clause]
    doc = parse(AFTER_A_CLOSED_QUOTE.format(clause=rows))
    quotes = [QuoteTokens(1, 3, 0, 4), QuoteTokens(5, 7, 4, 8)]
    if not after_another:
        # the same words as the paragraph's first quote: the earlier one is narration
        quotes, expected = quotes[1:], "Reed"
    found = attribute(doc, quotes)[-1]
    assert (doc[found.speaker_start : found.speaker_end].text if found.found else None) == expected


# More would be added "soon" (by the mayor).   (a reporting verb in the passive)
PASSIVE_CUE = """
More  3 nsubjpass ADJ   JJR more
would 3 aux       AUX   MD  would
be    3 auxpass   AUX   VB  be
added 3 ROOT      VERB  VBN add
"     5 punct     PUNCT ``  "
soon  3 advmod    ADV   RB  soon
"     5 punct     PUNCT ''  "
by    3 agent     ADP   IN  by
the   9 det       DET   DT  the
mayor 7 pobj      NOUN  NN  mayor
.     3 punct     PUNCT .   .
"""


def test_the_subject_of_a_passive_report_is_no_speaker():
    """"more would be added", "she was told": what was said, or who heard it; the agent, if the
    sentence names one, speaks."""
    without_agent = parse(PASSIVE_CUE.replace("by    3 agent", "by    3 prep"))
    assert only(without_agent, QuoteTokens(5, 6, 4, 7))[2] is None
    assert only(parse(PASSIVE_CUE), QuoteTokens(5, 6, 4, 7))[2] == "the mayor"
    # a verb of what was done to the speaker keeps the subject: "The letter was mocked "..."" quotes the letter
    mocked = PASSIVE_CUE.replace("by    3 agent", "by    3 prep").replace("added 3 ROOT      VERB  VBN add",
                                                                         "mocked 3 ROOT     VERB  VBN mock")
    assert only(parse(mocked), QuoteTokens(5, 6, 4, 7))[2] == "More"


# Ana Reed, a researcher, posted on Chirrup: "Yes."   (the parser made the name the root and the
# reporting verb its modifier)
COLON_AFTER_MODIFIER_VERB = """
Ana        1 compound PROPN NNP Ana B-PERSON
Reed       1 ROOT     PROPN NNP Reed I-PERSON
,          1 punct    PUNCT ,   ,
a          4 det      DET   DT  a
researcher 1 appos    NOUN  NN  researcher
,          1 punct    PUNCT ,   ,
posted     1 acl      VERB  VBD post
on         6 prep     ADP   IN  on
Chirrup    7 pobj     PROPN NNP Chirrup
:          1 punct    PUNCT :   :
"          1 punct    PUNCT ``  "
Yes        1 appos    INTJ  UH  yes
.          1 punct    PUNCT .   .
"          1 punct    PUNCT ''  "
"""


def test_a_colon_after_a_reporting_verb_hung_on_the_speakers_name():
    how, cue, words = only(parse(COLON_AFTER_MODIFIER_VERB), QuoteTokens(11, 13, 10, 14))
    assert (how, cue) == (AttributionKind.COLON, "posted") and words.startswith("Ana Reed")
    # an adverb between the comma and the verb: ", later posted on Chirrup:"
    how, cue, words = only(parse(LATER_POSTED), QuoteTokens(12, 14, 11, 15))
    assert (how, cue) == (AttributionKind.COLON, "posted") and words.startswith("Ana Reed")


LATER_POSTED = """
Ana        1 compound PROPN NNP Ana B-PERSON
Reed       1 ROOT     PROPN NNP Reed I-PERSON
,          1 punct    PUNCT ,   ,
a          4 det      DET   DT  a
researcher 1 appos    NOUN  NN  researcher
,          1 punct    PUNCT ,   ,
later      7 advmod   ADV   RB  later
posted     1 acl      VERB  VBD post
on         7 prep     ADP   IN  on
Chirrup    8 pobj     PROPN NNP Chirrup
:          1 punct    PUNCT :   :
"          1 punct    PUNCT ``  "
Yes        1 appos    INTJ  UH  yes
.          1 punct    PUNCT .   .
"          1 punct    PUNCT ''  "
"""


def test_a_double_barrelled_name_the_parser_split_into_subjects_is_one_mention():
    """"Hartmann-Bell noted that ...": the parser made "Hartmann", "-" and "Bell" subjects each; the
    mention is the whole name (written without spaces), not "Bell"."""
    from quotetrack.extract.syntax import mention_span

    words = ["Hartmann", "-", "Bell", "noted", "it", "fell", "."]
    doc = Doc(VOCAB, words=words, spaces=[False, False, True, True, True, False, False], heads=[3, 3, 3, 3, 5, 3, 3],
              deps=["nsubj", "nsubj", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["PROPN", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"])
    assert mention_span(doc[2], [False] * len(doc)) == (0, 3)
    # with spaces around it, the dash ends a phrase: "Bell" alone
    spaced = Doc(VOCAB, words=words, heads=[3, 3, 3, 3, 5, 3, 3],
                 deps=["nsubj", "nsubj", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                 pos=["PROPN", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"])
    assert mention_span(spaced[2], [False] * len(doc)) == (2, 3)


def test_a_title_split_at_its_hyphen_keeps_the_article_its_first_part_took():
    """"The vice-president put it simply": "The" hangs on "vice", a subject of its own; the mention
    is "The vice-president", which a definite description needs to stand for the person named so."""
    from quotetrack.extract.syntax import mention_span

    words = ["The", "vice", "-", "president", "put", "it", "simply", "."]
    doc = Doc(VOCAB, words=words, spaces=[True, False, False, True, True, True, False, False],
              heads=[1, 4, 4, 4, 4, 4, 4, 4], deps=["det", "nsubj", "nsubj", "nsubj", "ROOT", "dobj", "advmod", "punct"],
              pos=["DET", "NOUN", "PUNCT", "NOUN", "VERB", "PRON", "ADV", "PUNCT"])
    assert mention_span(doc[3], [False] * len(doc)) == (0, 4)


# before the Finance Committee, whose chair, Ana Reed, promised "long days."   (the parser made the
# committee the subject and "whose chair" a verbless clause of it)
WHOSE_CHAIR = """
before    3  prep     ADP   IN  before
the       3  det      DET   DT  the
Finance   3  compound PROPN NNP Finance B-ORG
Committee 10 nsubj    PROPN NNP Committee I-ORG
,         3  punct    PUNCT ,   ,
whose     6  poss     DET   WP$ whose
chair     3  relcl    NOUN  NN  chair
,         6  punct    PUNCT ,   ,
Ana       9  compound PROPN NNP Ana B-PERSON
Reed      6  conj     PROPN NNP Reed I-PERSON
promised  10 ROOT     VERB  VBD promise
"         10 punct    PUNCT `` "
long      13 amod     ADJ   JJ  long
days      10 dobj     NOUN  NNS day
.         10 punct    PUNCT .   .
"         10 punct    PUNCT '' "
"""


def test_the_person_named_in_a_verbless_whose_phrase_speaks():
    """The chair named after "whose chair" promised, not the committee the parser made the subject."""
    assert only(parse(WHOSE_CHAIR), QuoteTokens(12, 14, 11, 16))[2] == "Ana Reed"


# the Finance Committee, whose chair is Ana Reed, promised "long days."   (a "whose" clause with its
# own verb: the committee promised)
WHOSE_CHAIR_IS = """
the       2  det      DET   DT  the
Finance   2  compound PROPN NNP Finance B-ORG
Committee 10 nsubj    PROPN NNP Committee I-ORG
,         2  punct    PUNCT ,   ,
whose     5  poss     DET   WP$ whose
chair     6  nsubj    NOUN  NN  chair
is        2  relcl    AUX   VBZ be
Ana       8  compound PROPN NNP Ana B-PERSON
Reed      6  attr     PROPN NNP Reed I-PERSON
,         2  punct    PUNCT ,   ,
promised  10 ROOT     VERB  VBD promise
"         10 punct    PUNCT `` "
long      13 amod     ADJ   JJ  long
days      10 dobj     NOUN  NNS day
.         10 punct    PUNCT .   .
"         10 punct    PUNCT '' "
"""


def test_a_whose_clause_with_its_own_verb_leaves_the_subject_alone():
    assert only(parse(WHOSE_CHAIR_IS), QuoteTokens(12, 14, 11, 16))[2] == "the Finance Committee"

