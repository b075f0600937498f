"""Who is who inside one article: names, surnames, pronouns and nominals resolved to one entity.

An article names a person in full once ("Qatar's Foreign Ministry spokesman Majed Al-Ansari") and
then by surname ("Ansari"), pronoun ("he") or role ("the spokesman"). This module keeps the people
and organisations an article mentions, in reading order, and answers "who is this?" for a quote's
speaker words. It works on names and offsets, not on spaCy objects, so it is easy to test.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from ... import lexicon
from ...names import HONORIFICS, acronym_expansion, first_names_agree, name_parts, organisation_key, surname_key
from ...text import DOUBLE_MARKS, QuoteSpan, find_quotes, is_headline, opens_on_quote
from .gender import (
    STRENGTH,
    Gender,
    first_name_evidence,
    first_name_gender,
    gender_of_a_first_name_alone,
    has_first_name,
    honorific_gender,
    is_first_name,
)
from .writer import first_person_writer

#: how many paragraphs back a pronoun looks for what it stands for, and a group noun ("the
#: movement") for its organisation; the resolver asks the stage to parse exactly these
PRONOUN_LOOKBACK = 3
GROUP_LOOKBACK = 6

_PREFIX_WORDS = "al-|Al-|el-|El-|bin |ibn |de |De |van |von |di |da |del "
# capitalised words that start sentences or name things rather than people
_NOT_NAMES = frozenset(
    "the a an in on at and but or for of to by with from as after before when while if said says "
    "according former late president house senate state new".split()
)

#: where a role goes on to name its place or organisation: "professor at ...", "director of ..."
_ROLE_PLACE = re.compile(r"\s(?:at|of|for|in|with|from|on|to|who|which|that)\s")


#: a nickname in quotation marks, as written between a first name and a surname ('Robert "Bob"
#: Smith'): one or two capitalised words with no stop, so that a quoted word ending a sentence
#: ('called Lopez "Dishonest." Ferris said') is none
NICKNAME = r"[\"“‘'][A-Z][\w-]*(?:[^\S\n][A-Z][\w-]*)?[\"”’']"


def of_place(adjective: str, place: str) -> bool:
    """Whether a people's adjective is of the place ("kastrenian" of "kastrenia", "canadian" of
    "canada", "israeli" of "israel"; not "iranian" of "iraq"): the place's name opens it, or all
    of it but its last letter when that leaves four letters or more. Lowercase words."""
    return adjective != place and len(place) >= 4 and (
        adjective.startswith(place) or len(place) >= 5 and adjective.startswith(place[:-1]))


def _names_another(proper: list[str], role: str) -> bool:
    """Whether a role names a party or place ("Conservative Leader", "GOP nominee") and none of
    the description's (``proper``: its capitalised words, lowercased) is among them: "the NDP's
    leader" is not the Conservative Leader; "the Mexican president" may be the "President", and
    "the Canadian prime minister" the "Prime Minister" (data/title_modifiers.txt)."""
    plain = _plain_title_words()
    named = {w.lower().strip(",.") for w in re.split(r"[\s'’]+", role)
             if w[:1].isupper() and w.lower().strip(",.") not in plain and w.lower() != "s"}
    return bool(named and proper) and not any(w.strip("'’s") in named or w in named or _same_place(w, named) for w in proper)


@functools.cache
def _kin() -> dict[str, tuple[str, str]]:
    """data/kin_nouns.txt: noun -> (the relative's gender, the relation)."""
    return {noun: tuple(rest.split("\t")) for noun, rest in lexicon.table("kin_nouns").items()}  # type: ignore[misc]


def kin_relation(noun: str) -> str | None:
    """The relation a kin noun says (data/kin_nouns.txt): "father" -> "parent"; None for
    another noun."""
    return _kin()[noun][1] if noun in _kin() else None


#: a relation seen from the other person ("his daughter, Noor": Noor's father)
_INVERSE_RELATION = {"parent": "child", "child": "parent"}


def name_ends_in(name: str, ends: frozenset[str]) -> bool:
    """Whether a name of two words or more ends in one of ``ends`` (lowercase, its stop left out)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in ends


def _organisations_name(name: str) -> bool:
    """A name whose last word ends organisations' names rather than places' (data/
    scanned_organisations.txt, company_name_ends.txt, and "Office", which a document's source may
    end in: "Congressional Budget Office")."""
    return name_ends_in(name, lexicon.words("scanned_organisations") | lexicon.words("company_name_ends") | {"office"})


def _same_place(word: str, named: set[str]) -> bool:
    """Whether a people's or place's adjective is one of the places ``named`` by the usual endings
    ("Kyrgyz" and "Kyrgyzstan", "Israeli" and "Israel", "Canadian" and "Canada", "Mexican" and
    "Mexico"; not "Austrian" and "Australia", "Indian" and "Indiana")."""
    return any(word != place and (place == word + "stan" or word in {place + end for end in _ADJECTIVE_ENDS}
                                  or word in {place[:-1] + end for end in _ADJECTIVE_ENDS})
               for place in named if len(place) > 3)


#: how a people's adjective ends after its place's name (or the name less its last letter)
_ADJECTIVE_ENDS = ("n", "an", "ian", "i", "ese", "ish")


@functools.cache
def _plain_title_words() -> frozenset[str]:
    """Role words and the title words that name no party (data/title_modifiers.txt), joined once
    rather than at every role holder by_role compares."""
    return lexicon.role_words() | lexicon.words("title_modifiers")


@functools.lru_cache(maxsize=32)
def _document_source_pattern(noun: str) -> re.Pattern[str]:
    """"<noun>(s) (to <whom>) from|by|released by ... (the) (<title>) <Name>": the name's words on one
    line, its last word ending before a full stop ("... from the Harlow Bureau. Ned Reed said" is
    the bureau's); a title in lower case before it is left out ("a memo to employees from chief
    executive Ana Reed"). The name is group 1, or group 2 when a description stands before it,
    or group 3 after the kind of source it is ("by the analyst firm Brightline Research"), or
    group 4 before the noun ("a Congressional Budget Office analysis")."""
    word = rf"(?:(?:[A-Z]\.)+(?=[ \t])|St\.(?=[ \t])|{CAPITAL}[\w'’&-]*)"  # "U.S.", "St.", or a word without its stop
    # a title in lower case ("chief executive"), not any words ("a memo from staff to Ana Reed")
    title = "|".join(re.escape(w) for w in sorted(_plain_title_words(), key=len, reverse=True) if w.islower() and " " not in w)
    # "the report" may be named as another document of findings first ("a review by ...")
    kinds = sorted(lexicon.words("report_nouns")) if noun in lexicon.words("report_nouns") else [noun]
    nouns = "|".join(re.escape(k) for k in kinds)
    # ... and the source named after a plural that describes it, the name closing the appositive
    # ("by the authority's external auditors, Marlow Kettering LLP."; not "a report by the
    # ministry, Premier Ana Reed said")
    described = r"(?:[\w'’-]+['’]s[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*s,[ \t]+(?:the[ \t]+)?"
    name = rf"{word}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|and[ \t]+|for[ \t]+)?{word})*"  # "Office of the Fiscal Ombudsman"
    # "published last month by", "filed on Tuesday by": a time between the verb and "by"
    when = r"(?:[ \t]+(?:last|this|on|in|earlier)(?:[ \t]+[\w-]+){0,2}?)?"
    # "by the analyst firm Brightline Research": the lower-case kind of source before its name
    # (data/group_nouns.txt; not "from staff to Ana Reed")
    groups = "|".join(re.escape(g) for g in sorted(lexicon.group_nouns(), key=len, reverse=True))
    kind = rf"(?:[a-z][\w-]*[ \t]+)?(?:{groups})[ \t]+"
    # "by the nonpartisan Legislative Budget Office": an adjective before the name, by its ending
    adjective = r"(?:[a-z]+(?:al|an|ent|ive|ic|ary|ous|less|ful)[ \t]+)?"
    # ... also past the document's title or a description set between commas, and a form of "be"
    # ("The report, "Library Facilities Review," was prepared by Ledgerline Consulting")
    between = r"(?:,[^,.\n]{1,80},[\"”’]?)?(?:[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been))?"
    return re.compile(rf"\b(?i:{nouns})s?(?:[ \t]+to[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?[\w'’-]+)?{between}[ \t]+"
                      rf"(?:from|by|(?:released|published|issued|prepared|commissioned|compiled|written|sent|filed|brought){when}[ \t]+by)[ \t]+"
                      rf"(?:the[ \t]+)?(?:[a-z]+['’]s[ \t]+)?(?:{adjective}(?:(?:{title})[ \t]+){{0,3}}?({name})|{described}({name})(?=[,.;])|{kind}({name}))"
                      # ... or the name before the noun: "A Congressional Budget Office analysis released ..."
                      rf"|\b(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+(?!(?i:{nouns})\b)({name})[ \t]+(?:{nouns})\b")


#: the verb of whoever brings a case to court ("sued the DNC", "will sue", "has filed a lawsuit",
#: "filed a complaint"; a court filing's noun after "filed", not "filed a report with police" or
#: "filed for bankruptcy"), group "passive" when it is suffered ("was sued by"): see ArticleIndex.filer
@functools.cache
def _filing_verb() -> re.Pattern[str]:
    filings = "|".join(sorted(lexicon.words("legal_filings"), key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<passive>(?:was|were|been|being|is|are)[ \t]+)?sued|sues|(?:will|to)[ \t]+sue"
                      rf"|(?:(?:has|have|had)[ \t]+)?filed[ \t]+(?:a|an|the|their|his|her|its)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{filings})s?\b)")


@functools.lru_cache(maxsize=64)
def _description_pattern(noun: str) -> re.Pattern[str]:
    """"the rookie", "the study's lead author": a definite use of a description."""
    return re.compile(rf"\b[Tt]he[ \t]+(?:[a-z-]+['’]s[ \t]+)?(?:[a-z-]+[ \t]+)?{re.escape(noun)}\b")


#: a name right after a description ("the rookie, Ned Marlo", "the rookie Ned Marlo")
_NAME_NEXT = re.compile(r",?[ \t]+[A-Z][\w'’-]+")
#: the end of a sentence, before the next one's first letter
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
#: what stands between a name and a description joined to its appositive ("Helena Voss, a
#: behavioural ecologist at the University of Otago and| the study's lead author")
_APPOSITIVE_TO = re.compile(r",[^.;!?]*?(?:\band|,)\s*")


#: the one word (a verb) that may stand between an issuer's name and where it issued something ("Reed| wrote |in a note")
_ONE_WORD = re.compile(r"\s*(?:[a-z]+\s+)?")


@functools.lru_cache(maxsize=32)
def _issuing_pattern(noun: str) -> re.Pattern[str]:
    """"in a statement", "released a notice", "issued its advisory", "hit back with a statement":
    where a ``noun`` was issued."""
    return re.compile(rf"\b(?:in|with|issued|released|sent|posted|published)\s+(?P<determiner>a|an|its|their|his|her|the)\s+"
                      rf"(?:[\w.-]+\s+){{0,3}}?{re.escape(noun)}\b", re.IGNORECASE)


#: "In a statement released on Thursday, June 5, the central bank said": the kind of organisation
#: (group 1) that says so in the sentence where the statement was issued
_CALLED_SAYING = re.compile(r"[^.!?\n]*?,\s*the\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:said|says|added|noted|stated|wrote|quoted)\b")
#: a document that quotes someone between where it was issued and the name ("In a release, the
#: company quoted its chief executive, Ana Reed")
_QUOTED_BY_IT = re.compile(r"\bquot(?:ed|es|ing)\b[^.!?\n]*$")


def _person_noun_in(words: str) -> bool:
    """Whether an unnamed speaker's words are headed by a noun for one person ("a woman in her
    seventies", "a reporter for the agency", "a woman waiting in line"; not "a majority of senior
    residents", "a patient advocacy group"): the last word before the first preposition, relative
    word or participle."""
    phrase = _HEAD_ENDS.split(words.lower(), maxsplit=1)[0]
    phrase = _PARTICIPLE.split(phrase, maxsplit=1)[0].split()
    return bool(phrase) and phrase[-1].strip(",") in lexicon.person_nouns()


#: a participle after a speaker's head noun ("a woman | waiting in line", "a man | dressed in red")
_PARTICIPLE = re.compile(r"\s(?:[a-z]+ing|[a-z]+ed)(?:\s|$)")


#: what follows the head of a speaker's words ("a reporter | for the agency", "a woman | who ...")
_HEAD_ENDS = re.compile(r"\s(?:of|for|in|at|from|with|on|to|who|whose|which|that)\s|,")


def _narration_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence of the writer's stands between two offsets, quotations left out
    ('a waiter whispered, "..." She laughed. "...," she said': the "she" may be someone else)."""
    between = re.sub(r"“[^”]*”|\"[^\"]*\"", " \x00 ", text[start:end])
    abbreviations = lexicon.words("abbreviations")
    # (a quotation ends a sentence only before a capital that opens no attribution of its own:
    # '"...," she said' and '"...," Tom Hale said' are the quotation's, '"..." She laughed' not)
    for m in re.finditer(r"(\w*)([.!?])\s+[A-Za-z]|\x00(?!\s+(?:[A-Z][\w.'’-]*\s+){1,3}" + _SAID + r")\s+[A-Z]", between):
        word, mark = (m.group(1) or "").lower(), m.group(2)
        if _GOES_ON_SAYING.match(between, m.end() - 1):
            continue  # ("A nurse ... said staff were tired. She said three had quit.": she goes on)
        if mark != "." or (len(word) > 1 and word not in abbreviations):
            return True  # a sentence ends (not at "St. Albert" or "U.S. soldier")
    return False


#: the verbs of an attribution right after a quotation ('"...," Tom Hale said')
_SAID = r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|recalled|explained|replied|continued)\b"
#: a sentence in which the one who spoke goes on speaking ("She said three nurses had quit")
_GOES_ON_SAYING = re.compile(r"(?:He|She)\s+(?:also\s+)?" + _SAID)


#: how far from a person's name the number that gives their age may stand ("Evelyn Marchand, 67,")
_AGE_REACH = 40


@functools.lru_cache(maxsize=64)
def _age_pattern(age: str) -> re.Pattern[str]:
    """Where a text gives an age: "Marchand, 67,", "(67)", "At 67,", "aged 67", "67-year-old"
    (group "described"); not "67 goals" nor "$67"."""
    return re.compile(rf"(?:,\s*{age}\s*,|\(\s*{age}\s*\)|\b(?:[Aa]t|aged)\s+{age}\b|(?P<described>\b{age}[-\s]year[-\s]old\b))")


#: kinds of institution that a name's last word says and that news never calls by another
#: ("the university" is no hospital, "the union" no institute; but "the school" may be a
#: university, and is not here)
_INSTITUTIONS = frozenset({"agency", "union", "university", "college", "hospital", "institute", "museum", "library", "church",
                           "ministry", "court", "tribunal", "police", "academy", "observatory"})
#: nouns that may stand for a place the article named, through its government ("Qatar ... the
#: government said", "Ohio ... the state")
GOVERNMENT_NOUNS = frozenset({"government", "state", "administration", "authority", "kingdom", "regime",
                               "province", "county", "township", "district", "military", "army", "cabinet"})
#: a capital letter of a name, accented ones included ("Élise", "Łukasz")
CAPITAL = "[A-ZÀ-ÖØ-ÞŁŚŠŽČĆ]"
#: the last word of a name right before an age (", 19,"), with nothing else between
_NAME_BEFORE = re.compile(rf"({CAPITAL}[\w'’-]+)\s*$")
#: the subject pronoun of each gender as it opens a paragraph ("He says ...", "She called ...")
_OPENING_PRONOUN = {"m": "He", "f": "She"}
#: the most words a title line holds (ArticleIndex._title_line)
_TITLE_WORDS = 20
#: the most words a list's heading holds (ArticleIndex._first_parallel_heading)
_HEADING_WORDS = 20
#: how many headings opening on "He" or "She" make a list, and how many paragraphs each heading
#: may head on average (a listicle's heading and its one or two paragraphs)
_LIST_HEADINGS = 3
_LIST_SPACING = 5
#: how far into its heading (a number "12. " before it) the pronoun stands
_HEADING_PRONOUN_AT = 6
#: how many words after a possessor's "'s" may say that it possesses a person
_POSSESSED_WORDS = 3
#: a name written as a possessor: "Calder Vale's", "Ana Reed’s"
_POSSESSOR = re.compile(rf"(?:{CAPITAL}[\w-]*\s+)*{CAPITAL}[\w-]*['’]s\b")
#: kinds of place or group people run that a name with another kind's word never is
_PLACES_PEOPLE_RUN = frozenset({"restaurant", "cafe", "bakery", "hotel", "gallery", "museum", "theatre", "theater",
                                "brewery", "winery", "clinic", "library", "orchestra", "band", "venue", "studio"})
#: nouns for a business, which no public body is ("the company", "the firm")
_BUSINESS_NOUNS = frozenset({"company", "firm", "business", "corporation", "manufacturer", "retailer", "employer", "hotel",
                             "restaurant", "bakery", "brewery", "winery", "cafe", "studio"})


def _may_be_called(entity: Entity, noun: str) -> bool:
    """Whether "the <noun>" may stand for an organisation: not one whose name ends in another
    kind of institution ("the union" is not "Albury District Memorial Hospital", "the agency" not
    the "Carrow Institute"; looser nouns cross kinds in news: "the group" for an association, "the
    commission" for a board), not "the company" for a public body (data/public_bodies.txt), nor
    "the union" for what the text called a company."""
    head = name_head(entity.name)
    if noun in _INSTITUTIONS and head in _INSTITUTIONS and head != noun:
        return False
    if noun in _PLACES_PEOPLE_RUN and head in lexicon.group_nouns() and head != noun:
        return False  # "the band" is not the "Bank of Montreal", "the hotel" no "Liberal Party"
    if entity.place and noun not in GOVERNMENT_NOUNS:
        return False  # "the band", "the festival", "the company" are no town
    bodies = lexicon.words("public_bodies")
    kinds = entity.described_as | entity.called | ({head} if head in bodies else set())
    if noun in _BUSINESS_NOUNS:
        return not kinds & bodies
    if noun in bodies:
        return not kinds & _BUSINESS_NOUNS
    return True


#: capitalised words after an organisation's name that are no part of it
_PLAIN_WORDS = frozenset({"the", "a", "an", "and", "or", "in", "on", "at", "for", "of", "to", "but", "it", "its", "this"})
#: abbreviations that end a company's name ("Vantor Nickel Ltd.")
_COMPANY_ABBREVIATIONS = frozenset({"ltd", "inc", "corp", "co", "plc", "llc", "bhd", "ag", "sa", "nv"})


#: endings of words for a people, a party or a place's adjective ("Republican", "Canadian",
#: "Democratic", "British", "Chinese"), which open other names than their own
ADJECTIVE_ENDINGS = ("an", "ic", "ish", "ese")


def _name_words_after(words: list[str]) -> list[str]:
    """The capitalised words after an organisation's one-word name that go on with it ("Nickel",
    "Ltd."): up to a word that opens a sentence, a possessive or a small word; none when a title,
    a word for a part of an organisation, a first name ("State Colin Powell") or a capitalised
    acronym follows ("Senate Judiciary Committee", "Vantor CEO"), which make it another name."""
    taken: list[str] = []
    for word in words:
        bare = word.rstrip(".,").lower()
        if bare in lexicon.role_words() or bare in lexicon.group_nouns() or is_first_name(word) \
                or (word.rstrip(".,").isupper() and bare not in _COMPANY_ABBREVIATIONS) or len(bare) < 2:
            return []
        if bare in lexicon.words("not_name_words") or bare in _PLAIN_WORDS or word.endswith(("'s", "’s")):
            break
        if word.endswith((".", ",")) and bare not in _COMPANY_ABBREVIATIONS:
            taken.append(word.rstrip(".,"))  # the end of a sentence or a clause
            break
        taken.append(word.rstrip(","))
    return taken


def _title_case(line: str) -> bool:
    """A line written in Title Case however long, which text.is_headline leaves to sentences: nearly
    all its words that are not small words capitalised ("Star Wins Top Award At Festival, Thanks
    Crew In Speech Nobody Expected To Be So Long."; not "Tobin Marsh, 39, of Halifax, agreed.")."""
    small = lexicon.words("function_words")
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in small]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@functools.lru_cache(maxsize=1024)
def name_head(name: str) -> str:
    """The word an organisation's name ends in, before "of" or "for" ("University of Eastbrook"
    -> "university"); "" for a one-word name."""
    if len(re.split(r"[\s'’-]+", name)) < 2:
        return ""
    return re.split(r"[\s'’-]+", re.split(r"\s(?:of|for)\s", name.lower(), maxsplit=1)[0])[-1]


def role_word(word: str) -> str:
    """A title word written out and lowercased: "Sen." -> "senator", "Mayor" -> "mayor"."""
    word = word.lower().strip(",")
    return lexicon.role_abbreviations().get(word, word)


@dataclass
class Entity:
    """A person or organisation an article mentions."""

    name: str
    kind: str  # person | organization
    role: str | None = None
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)
    #: a person's gender and how strong its evidence is (gender.STRENGTH); None when unknown
    gender: Gender | None = None
    gender_evidence: float = 0
    #: what that evidence was (a key of gender.STRENGTH)
    gender_source: str = ""
    #: how often the article's own pronouns made the person a man and a woman ("X said he ...")
    pronoun_votes: dict[str, int] = field(default_factory=dict)
    #: an organisation's kind as the text puts it beside the name ("studio", "publisher")
    described_as: set[str] = field(default_factory=set)
    #: the nouns of descriptions resolved to it ("the company"): what it is not, for "the union"
    called: set[str] = field(default_factory=set)
    #: how often the NER tagged the organisation a place (a country, a city) and how often not
    place_tags: int = 0
    other_tags: int = 0
    #: someone unnamed whose name the article says it withholds ("who asked not to be named")
    withheld: bool = False
    #: the other roles the article gives a person ("biologist Ana Reed", then "Reed, an associate
    #: professor of biology": "the biologist" is still hers)
    other_roles: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._gender_from_name(self.name)

    def absorb(self, name: str, role: str | None, affiliation: str | None) -> None:
        self.aliases.add(name)
        if len(name_parts(name)) > len(name_parts(self.name)):
            self.name = name
        kept = _fuller_role(self.role, role)
        self.other_roles |= {r for r in (self.role, role) if r is not None and r != kept}
        self.role = kept
        self.affiliation = self.affiliation or affiliation
        self._gender_from_name(name)

    def note_label(self, as_place: bool) -> None:
        """Count one NER label of an organisation: a place's (GPE, LOC, FAC) or another."""
        if as_place:
            self.place_tags += 1
        else:
            self.other_tags += 1

    @property
    def place(self) -> bool:
        """A place the NER named, never tagged otherwise: "the government" may stand for it, "the
        band" not (one FAC tag on the "National Rifle Association" does not make it a place)."""
        return self.place_tags > 0 and self.other_tags == 0

    def note_gender(self, gender: Gender | None, source: str) -> None:
        """Record evidence of a person's gender; stronger evidence wins, equal evidence keeps
        the first, except the article's pronouns, which vote: one "X said he had resisted" (of
        someone else) does not outweigh two "X said she ..." of X herself, nor a first name
        nearly all of whose bearers are one gender."""
        if gender is None or self.kind != "person":
            return
        if source == "pronoun":
            self.pronoun_votes[gender] = self.pronoun_votes.get(gender, 0) + 1
            if self.gender_source == "first-name" and self.gender != gender and self.pronoun_votes[gender] < 2:
                return  # "Karin Brandvold ... said only that he had been careful" (her son): one such "he" is not hers
            if self.gender_evidence == STRENGTH[source] and self.gender != gender \
                    and self.pronoun_votes[gender] > self.pronoun_votes.get(self.gender or "", 0):
                self.gender = gender
        if STRENGTH[source] > self.gender_evidence:
            self.gender, self.gender_evidence, self.gender_source = gender, STRENGTH[source], source

    def agrees(self, kind: str, gender: Gender | None) -> bool:
        """Whether a pronoun of this kind ("person", "organization", "any") and gender can
        stand for this entity: "she" never for a man, "it" never for a person."""
        if kind != "any" and self.kind != kind and not (kind == "person" and self.kind == "anonymous"):
            return False
        return gender is None or self.gender is None or self.gender == gender

    def _gender_from_name(self, name: str) -> None:
        if self.kind == "person":
            self.note_gender(first_name_gender(name), first_name_evidence(name))


@functools.cache
def _authoring() -> re.Pattern[str]:
    """"<Name> wrote a memoir", "<Name> ran a feature", "<Name> published an op-ed": the name is
    group 1 (the capitalised words right before the verb, on its line)."""
    works = "|".join(re.escape(w) for w in sorted(lexicon.words("authored_works"), key=len, reverse=True))
    # (a word of the name ends on a stop only as an initial: not "House." of the sentence before)
    word = rf"{CAPITAL}(?:\.|[\w'’-]*)"
    return re.compile(rf"((?:{word}{_LINE_SPACE}){{0,3}}{word}){_LINE_SPACE}(?:also{_LINE_SPACE}|has{_LINE_SPACE}|had{_LINE_SPACE})?"
                      rf"(?:wrote|written|writes|penned|authored|published|ran|runs){_LINE_SPACE}(?:a|an|the|her|his|their|its)"
                      rf"{_LINE_SPACE}(?:[\w'’-]+{_LINE_SPACE}){{0,3}}?(?:{works})s?\b")


#: the space between two words of one name: on one line ("About Quillon Systems" over "Quillon
#: Systems Inc." makes no name)
_LINE_SPACE = r"[^\S\n]+"


#: a judge's titles, in a person's role ("U.S. District Judge", "Chief Justice")
_JUDGES = frozenset({"judge", "justice", "magistrate"})


#: words that make a title someone else's deputy: "the president" is not the vice president (an
#: assistant professor is a professor, though)
_SECOND_IN_LINE = frozenset({"vice", "deputy", "lieutenant", "under"})


def _deputy_of(head: str, core_words: list[str], words: list[str]) -> bool:
    """The role holds the title ``head`` as its own word after a word of a deputy that the
    description (``words``) leaves out: "Vice President", "vice-presidential nominee" (not an
    office another title stands for: an assistant district attorney is a prosecutor)."""
    at = next((i for i, w in enumerate(core_words) if role_word(w) == head), None)
    if at is None:
        return False
    before = [part for w in core_words[:at] for part in w.split("-")]
    return any(w in _SECOND_IN_LINE and w not in words for w in before)


def _fuller_role(old: str | None, new: str | None) -> str | None:
    """The role an entity keeps: the first given, unless a later one holds all its words and more
    ("Dr." then "Superintendent Dr.": "the superintendent" is then hers)."""
    if old is None or new is None:
        return old or new
    old_words, new_words = set(old.lower().split()), set(new.lower().split())
    return new if old_words < new_words else old


def _misspelling(surname: str, word: str) -> bool:
    """Whether ``word`` is ``surname`` with one letter wrong, missing, added or swapped ("Marlow"
    for "Marlowe", "McAlister" for "McAllister"): long names only, the first letter kept, and not the
    plural of a family ("Clintons")."""
    if min(len(surname), len(word)) < 5 or surname[0] != word[0] or word == surname + "s":
        return False
    return OSA.distance(surname, word) == 1


def _offset(sighting: Sighting) -> int:
    return sighting.offset


@dataclass
class Sighting:
    """One place an entity is seen: by name (``end`` set: the name's article offsets), or as a
    pronoun or nominal that was resolved to it."""

    offset: int
    paragraph: int
    entity: Entity
    subject: bool = False  # the subject of its clause (a likely antecedent for "he")
    speaker: bool = False  # the speaker of a quote
    end: int | None = None  # where the name ends, for a sighting by name
    scanned: bool = False  # found on the raw text, not the parse: a name only, saying nothing of its clause


class ArticleIndex:
    """The article's entities and where each is seen."""

    def __init__(self, text: str = "", paragraphs: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        # where each paragraph starts (the stage's paragraphs; else lines)
        self._paragraph_starts = [lo for lo, _ in paragraphs] if paragraphs is not None else \
            [0, *(m.end() for m in re.finditer(r"\n", text))]
        self.entities: list[Entity] = []
        self.sightings: list[Sighting] = []
        #: (id of a person, (gender, relation) of a kin noun) -> that person's relative the text
        #: named so ("her father": ("m", "parent"))
        self._relatives: dict[tuple[int, tuple[str, str]], Entity] = {}
        #: whom "my" stands for outside quotation marks, by the name of the writer (writer(); ""
        #: when none is printed): a key for relatives only ("My father, Tomas Oduya, kept two
        #: books ... "...," my father said"), one per letter of a letters page
        self._narrators: dict[str, Entity] = {}
        self._fuller: dict[str, list[tuple[int, str]]] = {}  # a name's fuller forms, found once
        self._scans: dict[tuple[str, str], object] = {}  # the other text scans, by (kind, name), done once

    # -- building -------------------------------------------------------------------------------
    def add(self, name: str, kind: str, offset: int, paragraph: int, *, role: str | None = None,
            affiliation: str | None = None, subject: bool = False, speaker: bool = False,
            gender: Gender | None = None, misspelt: bool = False, said_gender: Gender | None = None,
            scanned: bool = False) -> Entity:
        """The entity ``name`` refers to (created if new), seen at ``offset``; ``gender`` is what
        a form of address before the name says; ``misspelt``: a person's surname may be a known
        one misspelt (see match); ``said_gender``: the gender of the "he" or "she" the person's
        own report opens on ("Vollmer said he ..."), which picks between two people of one
        surname; ``scanned``: found on the raw text (see Sighting). An organisation's acronym the
        article spells out somewhere ("DNC", "Democratic National Committee") is that name."""
        written = name
        if kind == "organization" and (full := acronym_expansion(name, self.text)) is not None:
            name = full
        entity = self.match(name, kind, offset, misspelt=misspelt, gender=said_gender)
        if entity is not None and gender is not None and entity.gender != gender and len(name_parts(name)) == 1 \
                and (addressed := self.match(name, kind, offset, gender=gender, gender_decides=True)) is not None and (
                    addressed.gender == gender or addressed.gender is None and entity.gender is not None):
            # "Mrs. Khan" after "Khizr and Ghazala Khan": the woman, though the man took the bare
            # surname first (a form of address only picks between two, it never makes a third; the
            # speaker's own "she" does not: "Hale said ... / Hale said she was recovering" is the
            # father speaking of his daughter)
            entity = addressed
        if kind == "person" and len(name_parts(name)) == 1 and (entity is None or self._written_in_full_after(entity, offset)) \
                and self._two_people_named(name) and (fuller := self.fuller_name(name, offset, gender=gender or said_gender)) is not None \
                and (entity is None or first_name_gender(fuller) is not None):
            # a surname of two people named in full, first seen alone: the one the text names
            # nearest before it ("Rhea Domingo ... Domingo said"), not whoever of that surname is
            # indexed first later ("her brother, Paolo Domingo"), nor one the index knows from
            # further down the text only
            entity = self.match(fuller, kind, offset) or self._new(Entity(fuller, kind, role, affiliation, {fuller}))
        if entity is None:
            entity = self._new(Entity(name, kind, role, affiliation, {name}))
        else:
            entity.absorb(name, role, affiliation)
        entity.aliases.add(written)
        if entity.kind == "organization" and (called := lexicon.table("name_end_kinds").get(name_head(name))) is not None:
            entity.described_as.add(called)  # "Fernwood Records ... The label said" (data/name_end_kinds.txt)
        entity.note_gender(gender, "honorific")
        genders = self._full_name_genders(entity.name) if entity.kind == "person" and entity.gender is None \
            and len(name_parts(entity.name)) == 1 else frozenset()
        if len({g for g, _ in genders}) == 1:
            # "Jolly said" before the paragraph that names "David Jolly" is parsed: the gender of
            # the first names the text writes the surname with, when they agree, not none (which
            # would lose him every "he" to a man named further back, and make him a "she"). A
            # session that tried it when the index knew less lost three names of the train
            # sample; now it gains three (1,130 -> 1,133 of 1,239) and changes no dev row.
            # (as strong as the weakest of those first names: "Kai" only leans)
            agreed, evidence = min(genders, key=lambda found: STRENGTH[found[1]])
            entity.note_gender(agreed, evidence)
        self.see(entity, offset, paragraph, subject=subject, speaker=speaker, end=self.name_end(written, offset),
                 scanned=scanned)
        return entity

    def fuller_organisation(self, name: str) -> str | None:
        """The one longer name the text gives an organisation called by one word ("Vantor" ->
        "Vantor Nickel Ltd.", "Helixmere" -> "Helixmere Biologics"): the capitalised words right
        after it in running text. None for an acronym (acronym_expansion's), a title's or a
        masthead's word, a word for a people or party ("Republican", "Canadian": "Republican
        National Convention" is not the party), and when the text gives two longer names.

        It says that "Vantor" is an organisation, not a person; the name stays as written ("Vantor
        said" is Vantor: the canonical metric of ../shared/polnear/NOTES.md wants the last word of
        a name source, and PolNeAR train and dev lost more by the longer name than they gained).
        The text is scanned once per name."""
        key = ("organisation", name)
        if key not in self._scans:
            self._scans[key] = self._fuller_organisation(name)
        return self._scans[key]  # type: ignore[return-value]

    def _fuller_organisation(self, name: str) -> str | None:
        if " " in name or len(name) < 3 or not name[:1].isupper() or name.isupper() \
                or name.lower() in lexicon.role_words() or name.lower() in lexicon.words("masthead_words") \
                or name.lower().endswith(ADJECTIVE_ENDINGS) or is_first_name(name):
            return None  # ... or a first name: "Elena Papadakis" is a person
        fuller = set()
        for m in re.finditer(rf"\b{re.escape(name)}(?=((?:[ \t]+[A-Z][\w&'’.-]*){{1,3}}))", self.text):
            # (not a name that opens a quotation: ""Mossbank Plus" costs £2.99", a product's)
            if self._in_running_text(m.start()) and not (m.start() > 0 and self.text[m.start() - 1] in DOUBLE_MARKS + "‘"):
                words = _name_words_after(m.group(1).split())
                if words:
                    fuller.add(" ".join([name, *words]))
        # one name, or one written elsewhere without its company ending ("Halcyon Solar" in the
        # headline, "Halcyon Solar Inc." in the text; not "Halcyon Solar" and "Halcyon Solar Wind")
        longest = max(fuller, key=len, default=None)
        ends = lexicon.words("company_name_ends")
        return longest if longest is not None and all(
            longest.split()[: len(f.split())] == f.split() and all(w.lower().strip(".,") in ends for w in longest.split()[len(f.split()):])
            for f in fuller) else None

    def _new(self, entity: Entity) -> Entity:
        self.entities.append(entity)
        return entity

    def add_unnamed(self, words: str, offset: int, paragraph: int, gender: Gender | None = None, *,
                    withheld: bool = False) -> Entity:
        """Someone the article never names, speaking at ``offset`` ("one engineer", "a waiter"):
        a new entity each time (two unnamed engineers are not known to be one), the same one when
        the words were indexed at that offset before, which only a pronoun of the same paragraph
        or right after it stands for (see antecedent)."""
        seen = next((s.entity for s in self.sightings if s.offset == offset and s.entity.kind == "anonymous"
                     and s.entity.name == words), None)
        if seen is not None:
            return seen  # indexed before quotations were resolved (evidence._index_unnamed_speakers)
        entity = Entity(words, "anonymous", aliases={words}, gender=gender, withheld=withheld)
        self.entities.append(entity)
        self.see(entity, offset, paragraph, subject=True, speaker=True)
        return entity

    def see(self, entity: Entity, offset: int, paragraph: int, *, subject: bool = False, speaker: bool = False,
            end: int | None = None, scanned: bool = False) -> None:
        """Record a sighting; ``end`` only for a sighting by name."""
        # kept in text order by insertion: sorting the whole list at every sighting made indexing
        # an article quadratic in its names
        bisect.insort(self.sightings, Sighting(offset, paragraph, entity, subject, speaker, end, scanned), key=_offset)

    def name_end(self, name: str, offset: int) -> int | None:
        """Where ``name``, seen at ``offset``, ends in the text (None when the text there differs)."""
        return offset + len(name) if self.text[offset : offset + len(name)] == name else None

    def named_at(self, entity: Entity, offset: int) -> tuple[int, int] | None:
        """The name mention a speaker at ``offset`` was resolved to: where the article names
        ``entity`` in full (its fullest name) nearest before ``offset``, else nearest after; else
        any name of theirs nearest before. For the audit columns speaker_antecedent_start/_end."""
        named = [s for s in self.sightings if s.entity is entity and s.end is not None]
        fullest = [s for s in named if self.text[s.offset : s.end] == entity.name] or named
        before = [s for s in fullest if s.offset <= offset]
        chosen = before[-1] if before else (fullest[0] if fullest else None)
        return (chosen.offset, chosen.end) if chosen is not None and chosen.end is not None else None

    # -- lookups --------------------------------------------------------------------------------
    def match(self, name: str, kind: str, offset: int | None = None, *, first_name: bool = True,
              misspelt: bool = False, gender: Gender | None = None, gender_decides: bool = False) -> Entity | None:
        """The entity a name refers to: same full name, or a surname (or, unless ``first_name`` is
        False, a first name) of one person; with ``misspelt`` (a name the NER tagged a person), a
        surname one letter off that of the one person it can be, when the article never writes it
        after a first name itself; with ``gender`` (the "he" or "she" of the person's own report), a
        bare surname never names someone of the other gender, and prefers one of that gender;
        ``gender_decides``: ``gender`` (a form of address's) outweighs the alias the bare surname
        already is of someone else of that surname ("Mrs. Khan")."""
        if kind == "organization":
            key = organisation_key(name)
            if " " not in key and (key in lexicon.words("masthead_words") or key in lexicon.words("scanned_organisations")):
                # "the Journal", "the Post": the outlet the article names with that masthead; "the
                # Board", "the Tribunal": the organisation whose name ends so
                ending = [e for e in self.entities if e.kind == "organization" and
                          organisation_key(e.name).endswith(" " + key)]
                if ending:
                    return self._most_recent(ending, offset)
            return next((e for e in self.entities if e.kind == "organization" and
                         any(organisation_key(a) == key for a in e.aliases)), None)
        parts = name_parts(name)
        if not parts:
            return None
        people = [e for e in self.entities if e.kind == "person"]
        exact = [e for e in people if any(name_parts(a) == parts for a in e.aliases)]
        key = surname_key(name)
        if gender_decides and gender is not None and len(parts) == 1 and all(e.gender != gender for e in exact) \
                and any(surname_key(e.name) == key and e.gender == gender for e in people):
            # a surname two people share ("Mrs. Khan" after "Khizr and Ghazala Khan"): the alias
            # the man took first is not hers
            exact = []
        if exact:
            return exact[0]
        if len(parts) == 1:
            # a bare surname (or first name) names the person most recently seen with it, never
            # one of the other gender than the "he" or "she" of their own report
            same = [e for e in people if (surname_key(e.name) == key or first_name and name_parts(e.name)[:1] == parts)
                    and (gender is None or e.gender in (None, gender))]
            addressed = self._addressed_as(name.strip())
            if gender is None and len(addressed) == 1:
                # the text writes the surname after one form of address only ("Mr. Obama"): the
                # bare surname is that person, not one of the other gender named in full
                # ("Michelle Obama", whom the article calls "Mrs. Obama" if ever)
                same = [e for e in same if e.gender is None or e.gender in addressed]
            if not same and misspelt and not self.fuller_name(name, offset or 0):
                # a surname misspelt once ("Marlow" for Ana Marlowe): the one person it can be
                near = [e for e in people if _misspelling(surname_key(e.name), key)]
                same = near if len(near) == 1 else []
            if len(same) > 1 and offset is not None:
                # two people of one surname ("Evelyn Marchand ... her son, Daniel Marchand"): the
                # bare surname stays with the one the article is about, seen most often so far
                # (once one of them is called by it alone, the alias decides, above)
                # "Vollmer said he ...": the one of that gender, else one of no known gender
                agreeing = [e for e in same if gender is not None and e.gender == gender] or \
                    [e for e in same if gender is not None and e.gender is None]
                return self._most_seen(agreeing or same, offset)
        else:
            # a fuller name: same surname and first names that do not contradict
            same = [e for e in people if surname_key(e.name) == key and first_names_agree(name_parts(e.name), parts)]
        return self._most_recent(same, offset)

    def _addressed_as(self, surname: str) -> frozenset[Gender]:
        """The genders of the forms of address ("Mr.", "Ms.": data/honorifics.txt) the text writes
        right before a surname, when that is its style for the surname: twice or more, and at
        least as often as the surname alone ("Mr. Obama" throughout; not one "Ms. Carrigan" for
        the daughter among the father's "Carrigan said"). Found once per surname."""
        key = ("addressed", surname)
        if key not in self._scans:
            before = [m.group(1) for m in re.finditer(rf"(?:\b([A-Z][\w'’.-]*)\s+)?\b{re.escape(surname)}\b", self.text)]
            genders = [g for word in before if word and (g := honorific_gender(word)) is not None]
            alone = sum(word is None for word in before)
            self._scans[key] = frozenset(genders) if len(genders) >= max(2, alone) else frozenset()
        return self._scans[key]  # type: ignore[return-value]

    def _most_seen(self, candidates: list[Entity], offset: int) -> Entity | None:
        """The candidate seen most often before ``offset``, the most recent of equals."""
        counts = {id(e): 0 for e in candidates}
        latest = {id(e): -1 for e in candidates}
        for n, s in enumerate(self.sightings):
            if s.offset <= offset and id(s.entity) in counts:
                counts[id(s.entity)] += 1
                latest[id(s.entity)] = n
        if not any(counts.values()):
            return self._most_recent(candidates, offset)
        return max(candidates, key=lambda e: (counts[id(e)], latest[id(e)]))

    def _most_recent(self, candidates: list[Entity], offset: int | None) -> Entity | None:
        if len(candidates) <= 1 or offset is None:
            return candidates[0] if candidates else None
        before = [s for s in self.sightings if s.entity in candidates and s.offset <= offset]
        if before:
            return before[-1].entity
        after = [s for s in self.sightings if s.entity in candidates]
        return after[0].entity if after else candidates[0]

    def fuller_name(self, name: str, offset: int, *, gender: Gender | None = None) -> str | None:
        """A fuller form of a one-word name written anywhere in the article ("Majed Al-Ansari" for
        "Ansari"): the capitalised words right before it, without titles. The nearest occurrence
        before ``offset`` wins, else the first after; of ``gender`` when some are ("Denise Vollmer
        ... Keandre Vollmer ... Vollmer said he"); None when the article has none."""
        found = self._fuller_names(name)
        if gender is None and len(addressed := self._addressed_as(name)) == 1:
            (gender,) = addressed  # "Mr. Obama" throughout: Barack Obama, not Michelle Obama
        if gender is not None:
            found = [f for f in found if first_name_gender(f[1]) == gender] or \
                [f for f in found if first_name_gender(f[1]) is None] or found
        if not found:
            return None
        before = [f for f in found if f[0] <= offset]
        return (before[-1] if before else found[0])[1]

    def _in_running_text(self, offset: int) -> bool:
        """Whether ``offset`` is in a line of running text, not a Title Case headline or heading
        ("Star Wins Top Award At ...", "Vantor Faces Inquiry")."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        line = self.text[start : end if end != -1 else len(self.text)]
        return not (is_headline(line) or _title_case(line))

    def surnames_after(self, first_name: str) -> list[str]:
        """The full names the text writes a first name in ("Tobin" -> "Tobin Marsh"): the first
        name and the capitalised word after it, in running text, not a title or a word that opens
        a sentence. Scanned once per name."""
        key = ("surnames", first_name)
        if key not in self._scans:
            self._scans[key] = self._surnames_after(first_name)
        return list(self._scans[key])  # type: ignore[call-overload]

    def _surnames_after(self, first_name: str) -> list[str]:
        found = []
        for m in re.finditer(rf"\b{re.escape(first_name)}\s+([A-Z][\w'’-]+)", self.text):
            word = m.group(1)
            if word.lower() in lexicon.role_words() or word.lower() in lexicon.words("not_name_words") \
                    or word.lower() in _PLAIN_WORDS or word.lower() in lexicon.words("function_words") \
                    or not self._in_running_text(m.start()):
                continue
            found.append(f"{first_name} {word}")
        return list(dict.fromkeys(found))

    def _written_in_full_after(self, entity: Entity, offset: int) -> bool:
        """Whether the text first writes the person's full name after ``offset`` (where the index
        first saw them says less: a bare surname it matched wrongly is a sighting too)."""
        key = ("written in full", entity.name)
        if key not in self._scans:  # (add() asks for every bare surname: one scan per name)
            words = entity.name.split()
            first = re.search(r"\b" + r"[^\S\n]+".join(re.escape(w) for w in words) + r"(?!\w)", self.text) \
                if len(words) > 1 else None
            self._scans[key] = first.start() if first is not None else -1
        return self._scans[key] > offset  # type: ignore[operator]

    def _two_people_named(self, surname: str) -> bool:
        """Whether the text names two people of this surname in full, by first names the lexicon
        knows (of either or no confident gender: "Harper") that differ ("Rhea Domingo", "Paolo
        Domingo"; not "Donald J. Trump" and "Donald Trump", nor a capitalised word before a name:
        "Republicans Jolly")."""
        if surname.lower() in lexicon.descriptions() or surname.lower() in lexicon.role_words():
            return False  # "a Nevada Democrat", "an Iowa Democrat": no surname, and "Nevada" no first name here
        people = [name_parts(full) for _, full in self._fuller_names(surname) if has_first_name(full)]
        return any(not first_names_agree(a, b) for a in people for b in people)

    def _fuller_names(self, name: str) -> list[tuple[int, str]]:
        """Each fuller form of a one-word name in the text, with its offset, in text order."""
        if name in self._fuller:
            return self._fuller[name]
        found: list[tuple[int, str]] = self._fuller.setdefault(name, [])
        # (not the first half of a double-barrelled name, "Ravensworth" of "Isobel Ravensworth-Diaz";
        # but "the Donald Trump-led effort" names him)
        # (within a line: a heading "About Quillon Systems" over "Quillon Systems Inc. is ..." is
        # no name "About Quillon Systems Quillon")
        # (a nickname in quotation marks between is left out: 'Constance "Connie" Ferris')
        for m in re.finditer(rf"((?:{CAPITAL}[\w'’.-]*{_LINE_SPACE}){{1,3}})(?:{NICKNAME}{_LINE_SPACE})?"
                             rf"((?:{_PREFIX_WORDS})?{re.escape(name)})(?!\w|-{CAPITAL})", self.text):
            words: list[str] = []
            for word in reversed(m.group(1).split()):
                if word.lower() in HONORIFICS or word.lower() in lexicon.role_words() or word.lower() in _NOT_NAMES \
                        or word.lower() in lexicon.words("not_name_words") \
                        or word.endswith(("'s", "’s", ".")) and len(word) > 3:
                    break
                words.insert(0, word)
            if words:
                found.append((m.start(2), " ".join([*words, m.group(2)])))
        return found

    def antecedent(self, offset: int, paragraph: int, *, kind: str, gender: Gender | None = None,
                   lookback: int = PRONOUN_LOOKBACK, unnamed: bool = False,
                   not_these: tuple[Entity, ...] = (), continuing: bool = False) -> Entity | None:
        """What a pronoun or nominal at ``offset`` refers to: among the entities of this or the
        ``lookback`` paragraphs before that agree with it in kind and gender (known gender before
        unknown), the latest subject or speaker, else the latest mention. ``unnamed``: a pronoun
        may stand for someone unnamed who just spoke in its paragraph or ended the one before.
        ``not_these``: whom the pronoun's own clause names otherwise ("he told Reed" is not Reed).
        ``continuing``: the pronoun's verb goes on from what was said ("he added", "he
        continued"): the last person who spoke or was the subject, in this paragraph or the one
        before, unless the text says that person is of the other gender (a first name that only
        leans says too little: "Lindsey Graham said ... He continued")."""
        if kind == "person" and gender is not None \
                and (heading := self._first_parallel_heading(offset, paragraph, gender)) is not None:
            # a list's headings ("He said ...", "He called ...") are all about the one person
            # the first of them is about, whoever the paragraphs between name
            return self.antecedent(self.paragraph_start(heading), heading, kind=kind, gender=gender, lookback=lookback)
        if continuing and kind == "person":
            # (someone unnamed who spoke last is left to the rule of unnamed speakers below: "A
            # spokesman said ... "...," he added")
            acted = [s for s in self.sightings if s.offset < offset and paragraph - 1 <= s.paragraph <= paragraph
                     and (s.speaker or s.subject) and not s.scanned and (s.entity.kind == "person" or (
                         s.entity.kind == "anonymous" and s.entity.gender in (None, gender)))]
            last = acted[-1].entity if acted and acted[-1].entity.kind == "person" else None
            if last is not None and not any(last is e for e in not_these) and (
                    gender is None or last.gender in (None, gender) or last.gender_evidence < STRENGTH["first-name"]):
                return last
        # (a name only the raw-text scan found is no antecedent: "the West Bank", "the Space Station")
        window = [s for s in self.sightings if s.offset < offset and paragraph - lookback <= s.paragraph <= paragraph
                  and not s.scanned and self._pronoun_agrees(s.entity, kind, gender) and not any(s.entity is e for e in not_these)]
        # someone unnamed who just spoke in this paragraph ('"...," said one engineer. "...,"
        # she said') or ended the one before ("A woman in her seventies said it was her second
        # evacuation. / "...," she said"); anywhere else an unnamed speaker is passed over for
        # the people named
        speakers_here = [s for s in window if s.paragraph >= paragraph - 1 and (s.speaker or s.subject)]
        if unnamed and speakers_here and speakers_here[-1].entity.kind == "anonymous" \
                and (speakers_here[-1].paragraph == paragraph or _person_noun_in(speakers_here[-1].entity.name)
                     or speakers_here[-1].entity.withheld) \
                and not _narration_between(self.text, speakers_here[-1].offset, offset):
            return speakers_here[-1].entity
        window = [s for s in window if s.entity.kind != "anonymous"]
        # (a headline's subject is no sentence's: "At 34, Calder Vale's 'Foghorn' is back" has
        # the club say the nickname)
        salient = [s for s in window if (s.subject or s.speaker) and not self._title_line(s.paragraph)]
        if kind == "any":
            # "they" is no place merely named ("a diplomat in Bishkek ... they said"), only one
            # that acted or spoke
            window = [s for s in window if not (s.entity.place and not (s.subject or s.speaker))]
        pools = [salient, window]
        if gender is not None:
            # someone whose gender the article or the lexicon gives beats someone whose gender is
            # unknown (train sample 0.863 -> 0.868), unless the unknown one is the subject of
            # the pronoun's own paragraph ("Moreno dodged the question. "...," he said": 0.870);
            # only inside the window (the last woman named anywhere before: 0.856)
            known = [s for s in window if s.entity.gender == gender]
            here = [s for s in salient if s.paragraph == paragraph]
            opening = self._opening_pronoun_end(paragraph, gender)
            if not here and opening is not None and offset >= opening:
                # "He says Trump's call ... bears the blame," he told ...": the "he" of a
                # paragraph that opens on "He" with no one else its subject is that "He", not a
                # man named in passing after it; unless the paragraph names that "He" (a
                # quotation that names him is someone else's: "He hired Ames. "Tom gave me a
                # chance," he said")
                start = self.paragraph_start(paragraph)
                first = self.antecedent(start, paragraph, kind=kind, gender=gender, lookback=lookback,
                                        unnamed=unnamed, not_these=not_these)
                if first is not None and not self._names_in(paragraph, first):
                    return first
            if not any(s.paragraph == paragraph for s in window):
                # (the pronoun's own paragraph names no one: the paragraph before may)
                here = self._speaker_named_before(window, paragraph, gender)
            pools = [here, [s for s in known if (s.subject or s.speaker) and not self._title_line(s.paragraph)], known, *pools]
        for pool in pools:
            if pool:
                return pool[-1].entity
        if gender is not None:
            # "she" with no woman nearby: the last woman the article named before, however far
            earlier = [s for s in self.sightings if s.offset < offset and s.entity.kind == "person"
                       and s.entity.gender == gender]
            if earlier:
                return earlier[-1].entity
            # ... and with no woman named at all, the last subject or speaker nearby whose first
            # name only leans the other way ("Kai Nakamura, a meteorologist, said ... She said")
            leaning = [s for s in self.sightings if s.offset < offset and paragraph - lookback <= s.paragraph <= paragraph
                       and s.entity.kind == "person" and (s.subject or s.speaker)
                       and s.entity.gender_evidence < STRENGTH["first-name"]
                       and not self._first_name_of_the_other_gender(s.entity, gender)]
            if leaning:
                return leaning[-1].entity
        return None

    def _first_parallel_heading(self, offset: int, paragraph: int, gender: Gender) -> int | None:
        """The first of a list's headings when the pronoun at ``offset`` opens a later one: in an
        article whose title line counts its items ("9 things Tom Hale said", "Eight things ...":
        data/number_words.txt), short one-sentence paragraphs, numbered or not, opening on a "He"
        or "She" of ``gender`` ("3. She said teachers should be paid like nurses"), at least
        _LIST_HEADINGS of them, none right after another, and at least one paragraph in
        _LIST_SPACING from the first on (not a live blog's occasional "He also won ...", nor a wire
        story's one-sentence paragraphs: "He was charged ... / He was released on bail"); None
        otherwise."""
        key = ("headings", gender)
        if key not in self._scans:
            pattern = re.compile(rf"\s*(?:\d+[.)]\s+)?(?P<heading>{_OPENING_PRONOUN[gender]}\s+[a-z].*)", re.S)
            found = [p for p in range(len(self._paragraph_starts))
                     if (m := pattern.match(self.paragraph_text(p))) and len(m["heading"].split()) <= _HEADING_WORDS
                     and not re.search(r"[.!?][\"”’']?\s+\S", m["heading"].strip())]
            spread = len(self._paragraph_starts) - found[0] if found else 0
            apart = all(b - a > 1 for a, b in zip(found, found[1:]))
            # (a count that opens the title: "9 (More) Offensive Things ...", "The 10 best lines";
            # not "Leeds man, 34, charged")
            count = re.match(r"\W*(?:the\s+|here\s+are\s+)?(\w+)", self.paragraph_text(0), re.I)
            counted = self._title_line(0) and count is not None and (
                count[1].isdigit() or count[1].lower() in lexicon.words("number_words"))
            self._scans[key] = found if counted and apart and len(found) >= _LIST_HEADINGS \
                and len(found) * _LIST_SPACING >= spread else []
        headings: list[int] = self._scans[key]  # type: ignore[assignment]
        if paragraph not in headings or paragraph == headings[0] or offset - self.paragraph_start(paragraph) > _HEADING_PRONOUN_AT:
            return None
        return headings[0]

    def _opening_pronoun_end(self, paragraph: int, gender: Gender) -> int | None:
        """Where the subject pronoun of ``gender`` that paragraph number ``paragraph`` opens on
        ends ("He says ...", "She added, ..."); None when it opens otherwise."""
        if paragraph >= len(self._paragraph_starts):
            return None
        m = re.match(rf"\s*{_OPENING_PRONOUN[gender]}\b(?=\s+[a-z])", self.paragraph_text(paragraph))
        return self.paragraph_start(paragraph) + m.end() if m else None

    def _speaker_named_before(self, window: list[Sighting], paragraph: int, gender: Gender) -> list[Sighting]:
        """The sightings of whom a pronoun of ``gender`` in a paragraph that names no one stands
        for by the paragraph before, if that paragraph says: its one subject when it names no one
        else ("Adebayo-Clarke declined to rule them out. / "...," he said"), or when the pronoun's
        paragraph is the quotation that subject goes on to, others named there in passing ("Reyes
        said Lowe had misled voters. / "...," she said" is Reyes, Lowe a woman too), unless the
        quotation names that subject ("Her coach, Bettina Hargrove, cut her mileage. / "Bettina
        made me do less," she said"); with no subject there, the one person of that gender it
        introduces right before the quotation ("..., which concerns Ned Reed, president of the
        caucus. / "...," he said"), when no "he"/"she" acts there; else none."""
        before = [s for s in window if s.paragraph == paragraph - 1 and s.entity.kind == "person"]
        acting = [s for s in before if s.subject or s.speaker]
        quotation = opens_on_quote(self.paragraph_text(paragraph))
        if acting:
            one = acting[-1].entity
            if all(s.entity is one for s in acting) and (
                    all(s.entity is one for s in before) or quotation and not self._names_in(paragraph, one)):
                return acting
            return []
        if not before or not quotation or self._says(paragraph - 1, gender):
            return []
        # (known to be of the pronoun's gender: not a name the tagger made of "Black Caucus")
        introduced = [s for s in before if self._first_seen(s.entity) == s.offset and s.entity.gender == gender
                      and s.entity.gender_evidence >= STRENGTH["first-name"]]
        if introduced and all(s.entity is introduced[-1].entity for s in introduced) \
                and not self._names_in(paragraph, introduced[-1].entity):
            return introduced
        return []

    def _pronoun_agrees(self, entity: Entity, kind: str, gender: Gender | None) -> bool:
        """Entity.agrees, and not someone called by a first name of the other gender alone."""
        return entity.agrees(kind, gender) and not self._first_name_of_the_other_gender(entity, gender)

    def _first_name_of_the_other_gender(self, entity: Entity, gender: Gender | None) -> bool:
        """Whether the article calls a person of no known gender by a first name alone ("Melanie",
        "Kevin": no fuller name ends with it) of the other gender than ``gender``; a single word
        of a fuller name is a surname and says nothing ("Clinton" is a man's first name too), nor
        does one with a role ("Judge Scott": a title goes with a surname)."""
        if gender is None or entity.gender is not None or entity.kind != "person" or " " in entity.name.strip() \
                or entity.role is not None:
            return False
        return gender_of_a_first_name_alone(entity.name) not in (None, gender) and not self._fuller_names(entity.name)

    def _full_name_genders(self, name: str) -> frozenset[tuple[Gender, str]]:
        """The genders of the first names of every full form the text writes of a one-word name
        ("Donald Trump", not only the last: "Stop Trump"), each with how strong its evidence is
        (gender.STRENGTH), found once per name."""
        key = ("genders", name)
        if key not in self._scans:
            self._scans[key] = frozenset((g, first_name_evidence(full)) for _, full in self._fuller_names(name)
                                         if (g := first_name_gender(full)))
        return self._scans[key]  # type: ignore[return-value]

    def organisation_about(self, offset: int, paragraph: int, noun: str) -> Entity | None:
        """What "the company" (``noun``) stands for: the organisation that is a subject or speaker
        in the ``GROUP_LOOKBACK`` paragraphs before; for a business, else the one the article has
        had speak or act most often before ``offset`` (the company it is about, not one named in
        passing in an analyst's title: "Ana Reed, an analyst at Meridian Group"), else the first
        one its paragraph names, else the latest seen before (in its headline, say); for another
        kind ("the union", "the band"), else the latest seen in those paragraphs. A company is no
        ministry, union or university (data/public_bodies.txt), a union no company nor ministry:
        by the last word of the name and by the nouns the text called each by
        (Entity.described_as, Entity.called)."""
        # (not a name the raw-text scan found: "the movement" is not the Supreme Court named
        # in passing; by_name_word reads those)
        before = [s for s in self.sightings if s.offset < offset and s.entity.kind == "organization"
                  and not s.scanned and _may_be_called(s.entity, noun)]
        window = [s for s in before if paragraph - GROUP_LOOKBACK <= s.paragraph <= paragraph]
        salient = [s for s in window if s.subject or s.speaker]
        if salient:
            return salient[-1].entity
        if noun not in _BUSINESS_NOUNS:
            # a particular kind ("the union", "the band"): only what the paragraphs before name
            return window[-1].entity if window else None
        acting = [s.entity for s in before if s.subject or s.speaker]
        if acting:
            return self._most_seen(list({id(e): e for e in acting}.values()), offset)
        # none has acted yet: the first one its own paragraph names, which the sentence is about
        # ("Veridia Health, a startup ..., has raised $41 million in a round led by Cobalt Ridge
        # Ventures, the company said"), else the latest named
        here = [s for s in before if s.paragraph == paragraph]
        return here[0].entity if here else before[-1].entity if before else None

    def by_role(self, head: str, words: list[str], offset: int) -> Entity | None:
        """"the US president" -> the person whose role has "president" (and "US", if given);
        titles are compared written out ("Sen." is a senator, a CEO a chief executive:
        data/role_acronyms.txt). Someone the article names only
        after the description must have all its words ("the vice-presidential nominee" is not
        the "presidential nominee" of a later paragraph) and hold a title, not a description
        ("the chef said" in a profile is not the "chef Bernard Vail" of a later paragraph, her
        old boss: descriptions.txt), and a place or party the description
        names must be in the role or affiliation ("the NDP's leader" is not the "Conservative
        Leader")."""
        acronyms = lexicon.table("role_acronyms")
        head = role_word(head)
        offices_of = lexicon.table("same_offices")  # "the spokeswoman" is whom the article made a spokesperson
        proper = [w.lower() for w in words if w[:1].isupper() and w.lower() not in acronyms]
        words = [w.lower() for w in words]
        if head in acronyms:  # "the CEO": a chief executive
            *more, head = acronyms[head].split()
            words += more
        scored = []
        for s, given in ((seen, r) for seen in self.sightings for r in (seen.entity.role, *sorted(seen.entity.other_roles))):
            role = " ".join(acronyms.get(w, w) for w in (given or "").lower().split())
            # the role's own words, not those of its place ("professor at Queen Mary University"
            # is no university)
            core = _ROLE_PLACE.split(role, maxsplit=1)[0]
            core_words = core.split()
            own_titles = {role_word(w) for w in core_words}
            titles = set(own_titles)
            # "Justice Ana Reed" is "the judge", an assistant district attorney "the prosecutor"
            # (data/same_offices.txt); "Justice Minister" no
            offices = [(title, plain) for title, plain in offices_of.items()
                       if core == title or core.endswith(" " + title)]
            if offices:  # the longest ending only: an assistant district attorney is no defense lawyer
                titles = own_titles | {max(offices, key=lambda o: len(o[0]))[1]}
            # ("the spokeswoman" is a spokesperson, "the spokesperson" a spokeswoman; "the
            # spokesman" no spokeswoman)
            if s.entity.kind != "person" or not (head in titles or offices_of.get(head) in own_titles):
                continue
            if _deputy_of(head, core_words, words):
                continue  # "the Democratic presidential nominee" is no vice-presidential nominee
            if _names_another(proper, f"{given or ''} {s.entity.affiliation or ''}"):
                continue
            role_words = set(re.split(r"[\s'’]+", role))
            overlap = sum(w in role_words or (w in proper and _same_place(w, role_words)) for w in words)
            if s.offset > offset and (overlap < len(words) or head not in lexicon.role_words()):
                continue
            scored.append((overlap, s.offset <= offset, s.offset, s.entity))
        return max(scored, key=lambda x: x[:3])[3] if scored else None

    def by_name_word(self, word: str, offset: int) -> Entity | None:
        """"the university", "the festival", "the studio": the latest organisation seen before
        ``offset`` whose name ends in that word ("Northway University", "University of
        Eastbrook"; not "State Department" for "the state"), a name of more than the word (not
        the tagger's "Bank"), or that the text called so beside its name ("Quillfire
        Interactive, the studio behind ...")."""
        word = word.lower()
        called = [s for s in self.sightings if s.offset < offset and s.entity.kind == "organization"
                  and (name_head(s.entity.name) == word or word in s.entity.described_as)]
        # one the parse saw before one only the raw-text scan found: "the hospital" is the one
        # the article is about, not "Kellsworth General Hospital, 68 kilometres away"
        parsed = {id(s.entity) for s in called if not s.scanned}
        chosen = [s for s in called if id(s.entity) in parsed] or called
        return chosen[-1].entity if chosen else None

    def _issued_at(self, noun: str, offset: int) -> int | None:
        """Where the text last issued a ``noun`` before ``offset`` ("in a statement", "released a
        notice"; not "received a notice", nor the verb of "did not release the name"), if it did:
        where it brought one in ("In a news release, Brightwave quoted its CFO"), not a later "in
        the release" that goes back to it ("Haddad said in the release"), unless only such are
        written."""
        if not noun:
            return None
        found = list(_issuing_pattern(noun).finditer(self.text, 0, offset))
        introduced = [m for m in found if m["determiner"].lower() != "the"]
        return (introduced or found)[-1].start() if found else None

    def _issues_right_after(self, sighting: Sighting, at: int) -> bool:
        """Whether the name ``sighting`` saw stands one word (a verb) before where the text issued
        a document at ``at`` ("Marlowe Capital wrote| in a note", "Marlowe Capital said| in a
        statement")."""
        verb = _ONE_WORD.match(self.text, sighting.end) if sighting.end is not None else None
        return verb is not None and verb.end() == at

    def document_source(self, noun: str, offset: int) -> Entity | None:
        """Whose "the report" is, when the text said so before ``offset``: the organisation or person
        named right after "<noun> from", "by", "released by" ... ("the annual report from the Arizona
        Statistics Bureau, published in April, ... The report said") or right before the noun ("a
        Congressional Budget Office analysis", an organisation's name the index is then given if
        it did not know it); None when the text names none the index knows, or a place ("exit
        polls from the Ohio primary")."""
        for m in reversed(list(_document_source_pattern(noun).finditer(self.text, 0, offset))):
            group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
            name = m.group(group)
            entity = self.match(name, "organization", m.start(group)) or self.match(name, "person", m.start(group))
            if entity is None and " of " in name:
                # "by economist Ned Reed of the Harlow Budget Office": the name before "of"
                before = name.split(" of ", 1)[0]
                entity = self.match(before, "person", m.start(group)) or self.match(before, "organization", m.start(group))
            if entity is None and group == 4 and _organisations_name(name) and self._in_running_text(m.start()):
                # "A Congressional Budget Office analysis" in a paragraph no parse read: the
                # organisation its name says (not "A New Hampshire poll"), indexed as seen there
                entity = self.add(name, "organization", m.start(group), self.paragraph_of(m.start(group)), scanned=True)
            if entity is not None and not entity.place:  # "exit polls from the Ohio primary": what about
                return entity
        return None

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence (or line) that holds ``offset`` starts, by its full stop before."""
        return max(self.text.rfind(". ", 0, offset), self.text.rfind("\n", 0, offset)) + 1

    def _last_filing(self, offset: int) -> re.Match[str] | None:
        """The last place before ``offset`` where the text says someone sued or filed a suit."""
        found = list(_filing_verb().finditer(self.text, 0, offset))
        return found[-1] if found else None

    def sued_before(self, offset: int) -> bool:
        """Whether the last suit the text tells of before ``offset`` (see filer) was brought by
        someone it names: a subject with a name or a possessive pronoun ("Her campaign sued"; not
        "Owners filed a class action"), or a name after "sued by"."""
        m = self._last_filing(offset)
        if m is None:
            return False
        if m.group("passive"):
            return re.match(r"[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]", self.text[m.end() : m.end() + 40]) is not None
        subject = self.text[self._sentence_start(m.start()) : m.start()].split()
        return bool(subject) and (subject[0].lower() in ("his", "her", "their", "its") or any(w[:1].isupper() for w in subject[1:]))

    def filer(self, offset: int) -> Entity | None:
        """Who filed the court filing "the complaint" at ``offset`` stands for, by the last suit the
        text tells of before it ("sued", "will sue", "filed a lawsuit"): the name right before that
        verb ("after Ana Reed filed a petition"; not the last of a list), else the first subject or
        speaker of its sentence ("Her campaign sued the party", "The Green Party and the
        campaigns of ... will sue"); for "was sued by", the name after "by"; None when the text
        names no one so ("a class action filed this week", "the plaintiffs sued")."""
        m = self._last_filing(offset)
        if m is None:
            return None
        if m.group("passive"):
            after = re.match(r"[ \t]+by[ \t]+(?:the[ \t]+)?", self.text[m.end() :])
            by = m.end() + after.end() if after else None
            named = [s for s in self.sightings if s.offset == by] if by is not None else []
            return named[0].entity if named and named[0].entity.kind != "anonymous" else None
        sentence = self._sentence_start(m.start())
        before = [s for s in self.sightings if sentence <= s.offset < m.start()]
        # (the last of several who sue together is not the one: "The Green Party and the
        # campaigns of Ana Reed and Ned Marlo will sue")
        right_before = [s for s in before if s.end is not None and not self.text[s.end : m.start()].strip()
                        and not re.search(r"(?:\band|\bof|,)\s*$", self.text[sentence : s.offset])]
        subjects = right_before or [s for s in before if s.subject or s.speaker]
        entity = subjects[0].entity if subjects else None
        return None if entity is None or entity.kind == "anonymous" else entity

    def author(self, offset: int) -> Entity | None:
        """Who the text said last, before ``offset``, wrote or ran a work (data/authored_works.txt:
        "Ana Lund wrote a memoir", "The Harbour Ledger ran a profile"), when the index knows the
        name; None otherwise."""
        found = list(_authoring().finditer(self.text, 0, offset))
        if not found:
            return None
        # the latest work only (not an older author's when the index does not know this one's), by
        # its name or the words at its end ("Later Mariano wrote": "Mariano")
        m = found[-1]
        words = m.group(1).split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            start = m.end(1) - len(name)
            if (entity := self.match(name, "person", start) or self.match(name, "organization", start)) is not None:
                return entity
        return None

    def narrator(self, offset: int) -> Entity:
        """Who "my" at ``offset`` (outside quotation marks) is, as a key for the relatives the
        text names: the writer of that part of the text, named or not."""
        writer = self.writer(offset)
        return self._narrators.setdefault(writer.name if writer is not None else "", Entity("I", "person"))

    def writer(self, offset: int) -> Entity | None:
        """Whoever writes an "I" at ``offset`` (the author of a column, a letter, an excerpt:
        writer.first_person_writer); None inside quotation marks, where "I" is the one quoted, or
        when the text prints no author's name."""
        if ("quotations", "") not in self._scans:
            self._scans[("quotations", "")] = find_quotes(self.text, single=False)
        quotations: list[QuoteSpan] = self._scans[("quotations", "")]  # type: ignore[assignment]
        if any(q.open_at <= offset < (q.end if q.close_at is None else q.close_at) for q in quotations):
            return None
        paragraph = self.paragraph_of(offset)
        key = ("writer", str(paragraph))
        if key not in self._scans:
            paragraphs = [(lo, lo + len(self.paragraph_text(p).rstrip())) for p, lo in enumerate(self._paragraph_starts)]
            self._scans[key] = first_person_writer(self.text, paragraphs, paragraph)
        found: tuple[str, int] | None = self._scans[key]  # type: ignore[assignment]
        if found is None:
            return None
        name, at = found
        # the person the article names so, else one kept out of the index: a byline or a signature
        # is no one a later "he" may stand for
        return self.match(name, "person", at) or Entity(name, "person", aliases={name})

    def court(self, offset: int, paragraph: int) -> Entity | None:
        """The court or judge the text named last before ``offset``, in its paragraph or the few
        before: an organisation with "Court" in its name, or a person whose title is a judge's
        ("U.S. District Judge", "Justice"; not "Justice Minister"); None when none."""
        for s in reversed(self.sightings):
            if s.offset >= offset or s.paragraph < paragraph - PRONOUN_LOOKBACK:
                continue
            if s.entity.kind == "organization" and "court" in re.split(r"[\s.]+", s.entity.name.lower()):
                return s.entity
            if s.entity.kind == "person" and s.entity.role and s.entity.role.split()[-1].lower().rstrip(".") in _JUDGES:
                return s.entity
        return None

    def has_acted(self, entity: Entity, offset: int) -> bool:
        """Whether ``entity`` was a subject or a speaker before ``offset``."""
        return any(s.entity is entity and (s.subject or s.speaker) and s.offset < offset for s in self.sightings)

    def paragraph_start(self, paragraph: int) -> int:
        """Where paragraph number ``paragraph`` starts."""
        return self._paragraph_starts[paragraph]

    def paragraph_text(self, paragraph: int) -> str:
        """The text of paragraph number ``paragraph`` ("" for one the index was not given)."""
        if not 0 <= paragraph < len(self._paragraph_starts):
            return ""
        end = self._paragraph_starts[paragraph + 1] if paragraph + 1 < len(self._paragraph_starts) else len(self.text)
        return self.text[self._paragraph_starts[paragraph] : end]

    def _possessor_of_someone(self, offset: int, people: list[Sighting]) -> bool:
        """Whether the name at ``offset`` is written as the possessor of a person: a noun for one
        among the _POSSESSED_WORDS after its "'s" ("Calder Vale's first-choice goalkeeper"), a
        nickname in quotation marks ("Calder Vale's 'Foghorn'"), or one of ``people`` named right
        after the possessed noun ("Reed's successor, Tom Hale,")."""
        m = _POSSESSOR.match(self.text, offset)
        if m is None:
            return False
        after = self.text[m.end() : m.end() + _AGE_REACH]
        if re.match(r"\s*[‘'\"“]", after):
            return True
        if any(w.lower() in lexicon.person_nouns() for w in re.findall(r"[\w-]+", after)[:_POSSESSED_WORDS]):
            return True
        named = re.match(r"\s*(?:[\w-]+\s+){0,3}?[\w-]+,\s*", after)
        return named is not None and any(s.offset == m.end() + named.end() for s in people)

    def _title_line(self, paragraph: int) -> bool:
        """Whether paragraph number ``paragraph`` is the article's title line: its first
        paragraph, with more text after it, in Title Case or short and with no stop at its end
        ("At 34, Calder Vale's 'Foghorn' is back"; not a one-sentence lede)."""
        if paragraph != 0 or len(self._paragraph_starts) < 2:
            return False
        if ("title line", "") not in self._scans:
            line = self.paragraph_text(0).strip()
            # (not a lede that runs on after a colon: "... has one message for the council:")
            self._scans[("title line", "")] = is_headline(line) or len(line.split()) <= _TITLE_WORDS \
                and not re.search(r"[.!?:;,][\"”’']?$", line)
        return bool(self._scans[("title line", "")])

    def _names_in(self, paragraph: int, entity: Entity) -> bool:
        """Whether paragraph number ``paragraph`` writes a word of the entity's name ("Bettina",
        "Hargrove", "Wu")."""
        text = self.paragraph_text(paragraph)
        words = [w for w in re.split(r"[\s.]+", entity.name) if len(w) > 1]
        return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)

    def _says(self, paragraph: int, gender: Gender) -> bool:
        """Whether paragraph number ``paragraph`` holds the subject pronoun of ``gender`` ("he",
        "she"), in quoted words too: someone it may refer to acts there (a cautious test)."""
        return re.search(rf"\b{'he' if gender == 'm' else 'she'}\b", self.paragraph_text(paragraph), re.I) is not None

    def _first_seen(self, entity: Entity) -> int:
        """Where the article first mentions ``entity``."""
        return min(s.offset for s in self.sightings if s.entity is entity)

    def paragraph_of(self, offset: int) -> int:
        """The number of the paragraph ``offset`` falls in."""
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def by_description(self, noun: str, words: list[str], offset: int) -> Entity | None:
        """"the foreign ministry", "the health department": the organisation whose name holds the
        noun and every word of the description ("Ministry of Foreign Affairs", "Department of
        Health"), a people's adjective the place ("the Kastrenian ministry": "Kastrenia's Foreign
        Ministry"), the latest named before ``offset``, else the first named after it. None
        without descriptive words (see by_name_word)."""
        wanted = {w.lower() for w in words}
        if not wanted:
            return None
        def holds(name: str) -> bool:
            name_words = re.findall(r"[a-z]+", name.lower())
            return all(any(w == n or of_place(w, n) for n in name_words) for w in {noun, *wanted})
        fits = [s for s in self.sightings if s.end is not None and s.entity.kind == "organization" and holds(s.entity.name)]
        before = [s for s in fits if s.offset < offset]
        return before[-1].entity if before else fits[0].entity if fits else None

    def by_age(self, age: str, offset: int) -> Entity | None:
        """"the 67-year-old": the person the text before gave that age ("Marchand, 67,", "At 67,
        Evelyn Marchand", "a 67-year-old, Ana Reed"): the one named nearest the latest such number."""
        people = [s for s in self.sightings if s.offset < offset and s.entity.kind == "person"]
        for m in reversed(list(_age_pattern(age).finditer(self.text, 0, offset))):
            # "a 19-year-old, Ana Reed," gives the age to the name after it; "sent on the
            # 19-year-old" (a description again) to no one named before it
            described = m.group("described") is not None
            # ", 19," and "(19)" age the name written right before them ("Devereaux, 19, stuns
            # champion Varga", a headline no parse read), a name the article knows
            written = _NAME_BEFORE.search(self.text, max(0, m.start() - _AGE_REACH), m.start()) \
                if m.group(0)[0] in ",(" else None
            if written is not None and (entity := self.match(written.group(1), "person", m.start())) is not None:
                return entity
            # (not a possessor of someone: "At 34, Calder Vale's goalkeeper" ages the goalkeeper,
            # "At 34, Ned Reed's best years" Reed)
            near = [s for s in people if abs(s.offset - m.start()) <= _AGE_REACH and (s.offset > m.start() or not described)
                    and not re.search(r"[.!?]\s", self.text[min(s.offset, m.start()) : max(s.offset, m.start())])
                    and not self._possessor_of_someone(s.offset, people)]
            if near:
                return min(near, key=lambda s: abs(s.offset - m.start())).entity
        return None

    def note_relative(self, of: Entity, noun: str, relative: Entity) -> None:
        """Record that ``relative`` is ``of``'s ``noun`` ("his daughter, Noor Haddad"), and the
        other way round, by ``of``'s gender when it is known (Noor's father, Sami):
        data/kin_nouns.txt."""
        kin = _kin()
        if noun not in kin or of is relative:
            return
        self._relatives[(id(of), kin[noun])] = relative
        if of.gender is not None:
            relation = kin[noun][1]
            self._relatives.setdefault((id(relative), (of.gender, _INVERSE_RELATION.get(relation, relation))), of)

    def relative(self, of: Entity, noun: str) -> Entity | None:
        """``of``'s relative the text named as their ``noun`` ("father", or "dad" for a father), if
        it did."""
        kin = _kin()
        return self._relatives.get((id(of), kin[noun])) if noun in kin else None

    def relative_of_someone(self, noun: str, offset: int, paragraph: int, gender: Gender | None) -> Entity | None:
        """Whose "her father" at ``offset`` is, when "her" may be anyone of that gender seen in its
        paragraph or the ones before: the relative of the latest of them the text gave such a
        relative ("... presented to Noor Haddad. Her father said": Noor's, though another woman
        spoke last)."""
        for s in reversed(self.sightings):
            if s.offset < offset and paragraph - PRONOUN_LOOKBACK <= s.paragraph <= paragraph \
                    and s.entity.kind == "person" and s.entity.agrees("person", gender) \
                    and (found := self.relative(s.entity, noun)) is not None:
                return found
        return None

    def unnamed_called(self, noun: str, offset: int) -> Entity | None:
        """The unnamed person last seen before ``offset`` whose words hold ``noun`` ("a western
        diplomat in Bishkek" for "the diplomat"), if any."""
        return next((s.entity for s in reversed(self.sightings) if s.offset < offset and s.entity.kind == "anonymous"
                     and re.search(rf"\b{re.escape(noun)}\b", s.entity.name, re.I)), None)

    def described_before(self, noun: str, offset: int, gender: Gender | None = None, *,
                         modifiers: Sequence[str] = (), appositive_only: bool = False) -> Entity | None:
        """Whom "the rookie" (``noun``) at ``offset`` stands for when the text used the
        description before: the one person, named in full, its paragraph named before that
        earlier use, in a sentence before it ("Jalen Okoro had not made a 3-pointer all night.
        Then ... the rookie pulled up") or in the name's appositive ("Helena Voss, an ecologist
        and the study's lead author"; only this with ``appositive_only``, for a title, which an
        earlier sentence may give someone else: "the base chief"), the first such use; not one
        where two people were named before it, nor one in the named person's own clause ("He
        said they had not been shopping the forward"), nor one a name follows ("the rookie, Ned
        Marlo"); None for a description with a place or party among its ``modifiers`` ("the Ohio
        governor")."""
        if any(w[:1].isupper() for w in modifiers):
            return None  # "the Ohio governor": a place or party the earlier use may not share
        for m in _description_pattern(noun).finditer(self.text, 0, offset):
            if _NAME_NEXT.match(self.text, m.end()):
                continue  # "the rookie, Ned Marlo, scored": a use that names someone else
            paragraph = self.paragraph_of(m.start())
            start = self.paragraph_start(paragraph)
            # (someone named in full there: not "Israel", a country the NER took for a person)
            before = [s for s in self.sightings if start <= s.offset < m.start() and s.entity.kind == "person"
                      and s.entity.agrees("person", gender)
                      and (len(name_parts(s.entity.name)) > 1 or (s.end is not None and " " in self.text[s.offset : s.end]))]
            # named in a sentence before it, or with it in the name's appositive; not someone whose
            # own clause holds it ("He said the team had not been shopping the forward")
            beside = [s for s in before if (not appositive_only and _SENTENCE_BREAK.search(self.text, s.offset, m.start()))
                      or (s.end is not None and _APPOSITIVE_TO.fullmatch(self.text, s.end, m.start()))]
            people = {id(s.entity): s.entity for s in before}
            if len(people) == 1 and beside:
                return beside[0].entity
        return None

    def statement_issuer(self, offset: int, paragraph: int, *, issued: bool = False, noun: str = "") -> Entity | None:
        """"The statement noted": for a document someone issues (``issued``: a statement, a letter)
        that an earlier paragraph issued (``noun``: "In a statement, the union said ..." and, after
        others have spoken, '"...," the statement said'), the subject or speaker nearest where it
        was issued; else whoever spoke last before it (a statement speaks for its issuer), or, for
        an issued one, a subject of its own paragraph named since ("Meridian TV said in a statement
        that ... "...," the statement said", where the indirect statement is resolved after the
        quotation; not for a poll or an editorial, whose paragraph's subjects are what they report
        on): the latest of these. Where the issuing sentence names its issuer only by its kind
        ("In a statement, the bank said"), the organisation of that kind that acted before."""
        at = self._issued_at(noun, offset) if issued else None
        issuing = self.paragraph_of(at) if at is not None else None
        if at is not None and issuing is not None and issuing < paragraph:
            # "The agency said in an advisory that ... " and, after others have spoken, "according
            # to the advisory": the one who issued it, not the last speaker
            # (or, when the issuer is unnamed, the organisation named one verb before where it was
            # issued: "Analysts at Marlowe Capital said in a client note that ..."; never an
            # agency or a paper that carried it: "confirmed in a statement quoted by AFP")
            # (nor someone the document quotes: "In a press release, the company quoted its head of
            # engineering, Ravi Dunmore: ...")
            there = [s for s in self.sightings if s.offset < offset and s.paragraph == issuing
                     and s.entity.name.lower() not in lexicon.words("news_agencies")
                     and not {w.lower() for w in s.entity.name.split()[-1:]} & lexicon.words("masthead_words")
                     and not (at < s.offset and _QUOTED_BY_IT.search(self.text, at, s.offset))]
            issuers = [s for s in there if s.entity.kind != "anonymous" and (s.speaker or s.subject)] \
                or [s for s in there if s.entity.kind == "organization" and self._issues_right_after(s, at)]
            if issuers:
                # the one nearest where it was issued ("The agency said in an advisory ..., and
                # pharmacist Ana Price said ...": the agency's; "In a statement, the union said")
                return min(issuers, key=lambda s: abs(s.offset - at)).entity
            # ... or an organisation its own sentence calls by its kind ("In a statement released
            # alongside the decision, the bank said ..."), which only the indirect reading
            # resolves: one whose name ends in that word and that acted, else the one the
            # paragraphs before are about
            called = _CALLED_SAYING.match(self.text, at)
            if called is not None and called.group(1).lower() in lexicon.group_nouns():
                kind = called.group(1).lower()
                acting = [s.entity for s in self.sightings if s.offset < at and s.entity.kind == "organization"
                          and (s.subject or s.speaker) and name_head(s.entity.name) == kind]
                found = acting[-1] if acting else self.organisation_about(at, issuing, kind)
                if found is not None:
                    return found
        speakers = [s for s in self.sightings if s.offset < offset and s.entity.kind != "anonymous"
                    and (s.speaker or (s.subject and issued and s.paragraph in (paragraph, issuing)))]
        if speakers:
            return speakers[-1].entity
        found = self.antecedent(offset, paragraph, kind="organization", lookback=2)
        # a country or a city named nearby writes no study or poll ("patients in the United
        # States and Canada ... The study found"); a statement it may issue
        return None if found is not None and found.place and not issued else found
