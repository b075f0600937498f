"""Splitting a speaker's words into name, role and affiliation.

"Qatar's Foreign Ministry spokesman Majed Al-Ansari" -> name "Majed Al-Ansari",
role "Qatar's Foreign Ministry spokesman", affiliation "Qatar's Foreign Ministry".
"Basem Naim, a Hamas spokesman," -> role "Hamas spokesman" (from the appositive).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from ... import lexicon
from ...names import POSSESSIVE
from ..syntax import (
    DETERMINERS,
    NOMINAL_SUBJECTS,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    is_age_aside,
    is_common_noun,
    joins_a_word,
)
from .gender import first_name_gender, has_first_name, is_first_name
from .index import ADJECTIVE_ENDINGS, name_ends_in

#: what can hold an affiliation: an organisation or a place
_AFFILIATION_LABELS = ORG_LABELS + PLACE_LABELS


def is_role_word(word: str) -> bool:
    return word.lower().strip(",") in lexicon.role_words()


def name_tokens(span: Span, head: Token) -> tuple[int, int] | None:
    """Token range of the proper name inside ``span`` that ends at (or contains) ``head``.

    The PERSON/ORG entity spaCy found there when there is one, else the run of capitalised
    non-role tokens ending at the head.
    """
    doc = span.doc
    # "Halifax police Chief Ana Reed" parsed with "Chief" as head: the person named after the
    # role (before it, the name is whose role it is: "a Weber supporter" is not Weber)
    people = [e for e in doc.ents if e.label_ in PERSON_LABELS and span.start <= e.start and e.end <= span.end
              and e.root.head.i == head.i and e.root.dep_ in ("appos", "compound", "flat", "nmod") and e.start > head.i]
    if people and is_role_word(head.text) and not any(e.start <= head.i < e.end for e in people):
        return people[-1].start, people[-1].end
    # "The Council on Foreign Policy Research Executive Director Omar Farid", parsed
    # with "Council" as head: a person after a title, closing the phrase, is whom it names
    last = next((e for e in doc.ents if e.label_ in PERSON_LABELS and e.end == span.end and e.start > span.start), None)
    if last is not None and is_role_word(doc[last.start - 1].text) and not (last.start <= head.i < last.end):
        return last.start, last.end
    for ent in doc.ents:
        if ent.start <= head.i < ent.end and ent.label_ in (*PERSON_LABELS, *_AFFILIATION_LABELS) \
                and any(t.text[:1].isupper() and t.lower_ not in DETERMINERS for t in ent) \
                and not (doc[ent.end - 1].is_lower and is_role_word(doc[ent.end - 1].text)):
            # (not "(T)he rookie defenceman", nor the NER's "Nimbara's spokesperson": a role)
            start = ent.start
            # spaCy sometimes swallows a title into the name ("President Obama"), or the participle
            # that opens the sentence ("Addressing Kessler directly, the judge said"; not a
            # first name that ends so: "Sterling Brown")
            if doc[start].text == "the" and start < ent.end - 1:
                # a lower-case "the" the NER took in ("the Merrow State Fire Service", "the Justice
                # Department"): the name starts after it, where the index looks for it
                start += 1
            else:
                while start < ent.end - 1 and (is_role_word(doc[start].text) or _opening_participle(doc[start])):
                    start += 1
            if ent.label_ in ORG_LABELS and ent.end - start > 2 and reads_as_personal_name(doc[ent.end - 2 : ent.end]):
                return ent.end - 2, ent.end  # "House Budget Republican Mark Hollis" as one ORG
            if _names_no_one(doc, start, ent.end, span.start):
                return None  # "the Premier", which the NER took for an organisation
            end = name_end(ent, span.end)
            # two names the NER ran together across a comma ("According to Brightwater,
            # Tessaract's revenue fell"): the one that holds the head
            commas = [t.i for t in doc[start:end] if t.text == "," and not _goes_on_after_a_comma(doc, t.i)]
            start = max([start, *(c + 1 for c in commas if c < head.i)])
            return start, min([end, *(c for c in commas if c > head.i)])
    if head.like_num:
        named = next((e for e in doc.ents if e.label_ in ORG_LABELS and (number := number_after(e)) is not None
                      and number.i == head.i and e.start >= span.start), None)
        return (named.start, head.i + 1) if named is not None else None  # "Municipal Workers Union Local 418"
    if head.pos_ != "PROPN" or is_common_noun(head):
        return None  # a lowercase "proper noun" is the tagger's slip: "the billionaire media mogul"
    # "the Prime Minister's Office": an organisation's name may hold titles and a possessive;
    # a person's name stops at a title ("Prime Minister Benjamin Netanyahu")
    organisation = head.lemma_.lower() in lexicon.group_nouns()
    start = head.i
    while start > span.start:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and (organisation or not is_role_word(prev.text)):
            start -= 1
        elif joins_a_word(prev) and start - 2 >= span.start and doc[start - 2].text[:1].isupper():
            start -= 2  # a double-barrelled name the tokenizer split: "Strand-Oyelowo"
        elif organisation and prev.tag_ == "POS" and start - 2 >= span.start and doc[start - 2].pos_ == "PROPN":
            start -= 1
        else:
            break
    if start == head.i and _names_no_one(doc, start, head.i + 1, span.start):
        return None  # a title names no one ("the President", "Chad's Ambassador"; "King said" may)
    return start, _name_of_a_place_end(head, span)


def name_end(ent: Span, limit: int) -> int:
    """Where the name an entity tags ends: a person's before a trailing "of" ("Ana Reed of" of
    "Ana Reed of Oakland"), an organisation's or place's after the proper nouns that follow it
    ("The County of" tagged apart from its "Ashby"), up to token ``limit``; a person's after the
    second half of a double-barrelled name the NER left out ("Demir" of "Demir-Halloran"), not of
    two names that modify a noun ("the Harris-Walz ticket")."""
    doc, end = ent.doc, ent.end
    while ent.label_ in PERSON_LABELS and end + 1 < min(limit, len(doc)) and joins_a_word(doc[end]) and doc[end + 1].is_title \
            and not (doc[end + 1].dep_ in ("compound", "amod") and doc[end + 1].head.i > end + 1):
        end += 2
    if ent.label_ in ORG_LABELS and (seat_end := _court_seat_end(ent, limit)) is not None:
        return seat_end
    if doc[end - 1].lower_ != "of":
        return end
    return end - 1 if ent.label_ in PERSON_LABELS else _proper_nouns_end(doc, end, limit)


def _court_seat_end(ent: Span, limit: int) -> int | None:
    """One past a court's seat that follows its name, which the NER tags apart ("the U.S. Court
    of Appeals" + "for the Tenth Circuit", "District Court" + "for the Northern District of
    Ohio"; data/court_seats.txt), so that the court has one name; None when no seat follows."""
    doc = ent.doc
    stop, start = min(limit, len(doc)), ent.end + 2
    words = lexicon.table("court_seats")
    if not any(t.text[:1].isupper() and words.get(t.lower_) == "court" for t in ent) or start >= stop \
            or doc[ent.end].lower_ != "for" or doc[ent.end + 1].lower_ != "the":
        return None
    end = start
    while end < stop and (doc[end].text[:1].isupper() or doc[end].like_num):  # "Tenth Circuit", "7th Circuit"
        end += 1
    if end == start or words.get(doc[end - 1].lower_) != "seat":
        return None
    if end + 1 < stop and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN":
        end = _proper_nouns_end(doc, end + 1, stop)  # "... District of New York"
    return end


def _proper_nouns_end(doc: Doc, i: int, limit: int) -> int:
    """One past the run of proper nouns that starts at token ``i`` (before ``limit``)."""
    while i < limit and doc[i].pos_ == "PROPN":
        i += 1
    return i


def number_after(ent: Span) -> Token | None:
    """The number an organisation's name ends in, which the NER left out of it ("Local 418" of
    "Municipal Workers Union Local 418", tagged "Municipal Workers Union"): the parse makes the
    name the number's compound."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and not doc[i].ent_type_:
        i += 1
    if i >= len(doc) or i - ent.end > 2 or not doc[i].like_num or doc[i].pos_ != "NUM":
        return None
    return doc[i] if ent.root.head.i == doc[i].i or ent.root.head.head.i == doc[i].i else None


def _name_of_a_place_end(head: Token, span: Span) -> int:
    """Where a name that goes on with "of" and a proper name ends: "the Town of Pellston Ridge",
    "University of Eastbrook" (the NER tagged only the place); a title's "of" is no part of a
    name ("Mayor of Halifax")."""
    doc = head.doc
    after = head.i + 1
    if is_role_word(head.text) or after + 1 >= span.end or doc[after].lower_ != "of" or doc[after + 1].pos_ != "PROPN":
        return after
    return _proper_nouns_end(doc, after + 1, span.end)


def _names_no_one(doc: Doc, start: int, end: int, span_start: int) -> bool:
    """A lone title after a determiner or a possessive ("the President", "Chad's Ambassador"): a
    role the article may have given someone, not a name."""
    return end - start == 1 and is_role_word(doc[start].text) and start > span_start \
        and (doc[start - 1].tag_ == "POS" or doc[start - 1].lower_ in DETERMINERS)


def reads_as_personal_name(words: Span) -> bool:
    """Whether capitalised words are a first name the lexicon knows and a surname (not an outlet's
    masthead: "York Times" of "The New York Times")."""
    return all(t.is_title for t in words) and first_name_gender(words.text) is not None \
        and not is_outlet_name(words.text)


def is_masthead(word: str) -> bool:
    """Whether a word ends outlets' names ("Times", "Post", "News": data/masthead_words.txt)."""
    return word.lower() in lexicon.words("masthead_words")


def is_outlet_name(name: str) -> bool:
    """A name that ends in a masthead word ("New York Times", "the Post"): an outlet's, unless the
    NER or a form of address says a person's (the callers ask first: "Emily Post", "Ms. Post")."""
    return bool(name.split()) and is_masthead(name.split()[-1])


def is_business_name(name: str) -> bool:
    """A name of two words or more that ends like a business's ("Halvorsen Pharma", "Brightmere
    Labs"; data/company_name_ends.txt): an organisation's, though the NER tagged it a person."""
    return name_ends_in(name, lexicon.words("company_name_ends"))


def role_before(span: Span, name_start: int) -> str | None:
    """The title words between the determiner and the name ("White House ... adviser")."""
    doc = span.doc
    tokens = _role_words([t for t in doc[span.start : name_start] if not t.is_space])
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in tokens):  # not "acting director"
        # words of a clause before the name, which a misparse put in the speaker's phrase ("the
        # proposal hinges on Hamas releasing Ana Reed in exchange for a statement by President
        # Ned Marlo"): only the title right before the name
        tail = len(tokens)
        while tail > 0 and (tokens[tail - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PART") or tokens[tail - 1].dep_ == "amod") \
                and tokens[tail - 1].ent_type_ not in PERSON_LABELS:
            tail -= 1
        tokens = tokens[tail:]
    # (a description the tagger took for another part of speech counts: "Senior forward Ana Reed",
    # "forward" an adverb)
    if not tokens or not any(is_role_word(t.text) or t.pos_ == "NOUN" or t.lower_ in lexicon.descriptions() for t in tokens):
        return None
    if tokens[-1].tag_ == "NNS" and not any(t.pos_ == "ADP" for t in tokens):
        # a plural is no one person's role ("the columns Price wrote"; not "director of athletics"),
        # but the role of each of the people it names ("hosts Ana Price and Ned Reed")
        return _one_of_plural_role(tokens, doc[name_start])
    return doc[tokens[0].i : tokens[-1].i + 1].text


def shared_role(name: Token) -> str | None:
    """The role a plural title before two names gives the second ("hosts Ana Price and Ned Reed":
    Reed, a host, as Price is): the first one's, when it came from a plural."""
    if name.dep_ != "conj" or name.head.pos_ != "PROPN" or name.head.i > name.i:
        return None
    first = name.head
    start = _first_of_name(first).i
    tokens = _role_words(list(name.doc[first.left_edge.i : start]))
    if tokens and tokens[-1].tag_ == "NNS":
        return _one_of_plural_role(tokens, first)
    return appositive_role(first) if first.dep_ == "appos" and first.head.tag_ == "NNS" else None


def _one_of_plural_role(tokens: list[Token], name: Token) -> str | None:
    """A plural title right before a name joined to another ("hosts" of "hosts Ana Price and Ned
    Reed"), for one of them: "host"; None without a second name."""
    title = tokens[-1]
    singular = title.lemma_.lower()
    root = name.head if name.dep_ == "compound" and name.head.pos_ == "PROPN" else name
    if not is_role_word(singular) or title.i + 1 != _first_of_name(root).i \
            or not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children):
        return None
    return _one_of_them(tokens)


def _one_of_them(tokens: list[Token]) -> str:
    """A plural title's words for one person: "show hosts" -> "show host"."""
    return " ".join([t.text for t in tokens[:-1]] + [tokens[-1].lemma_.lower()])


def _first_of_name(root: Token) -> Token:
    """The first word of the proper name whose last word is ``root``."""
    first = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < root.i]
    return first[0] if first else root


#: a year, whatever the NER called it ("2016 GOP presidential frontrunner")
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: entity labels of words that say where or when, not what someone is ("2011 winemaker")
_WHERE_OR_WHEN = ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL")


def _role_words(tokens: list[Token]) -> list[Token]:
    """The words of a role without what precedes it in the sentence: a place list before a comma
    ("Tulsa, Okla., Chief Executive"), a title in quotes before it (`"Girls" creator`), a leading
    year or number, determiners and edge punctuation."""
    cut = max((k + 1 for k, t in enumerate(tokens) if t.text == "," or t.is_quote), default=0)
    # "Ana Price and Council Speaker Ned Reed": the role is Reed's, after the other person's name;
    # so after any capitalised word before a lowercase title ("Manafort and campaign spokesman Ned
    # Reed", the NER's no person; not "Health and Human Services Secretary", "Republican and
    # billionaire candidate" nor "President and chief executive")
    cut = max([cut, *(k + 1 for k, t in enumerate(tokens) if t.lower_ in ("and", "or") and k > 0 and (
        tokens[k - 1].ent_type_ in PERSON_LABELS
        or tokens[k - 1].is_title and tokens[k - 1].ent_type_ != "NORP" and not is_role_word(tokens[k - 1].text)
        and k + 1 < len(tokens) and tokens[k + 1].text.islower()))])
    tokens = tokens[cut:]
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct or _A_YEAR.fullmatch(tokens[0].text)
                      or tokens[0].ent_type_ in _WHERE_OR_WHEN
                      and not is_role_word(tokens[0].text) and tokens[0].ent_type_ not in ("GPE", "LOC")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
        tokens = tokens[:-1]
    return tokens


def named_beside_role(name: Token) -> bool:
    """"The party's interim leader, Ned Reed, said": a proper noun set beside a role word, with a
    first name the lexicon knows (of either gender or both: "Eli Brandt"), is a person, whatever
    the NER called it."""
    return (name.dep_ == "appos" and name.pos_ == "PROPN" and is_role_word(name.head.text)
            and has_first_name(name.doc[name.left_edge.i : name.i + 1].text))


def described_as_a_person(name: Token) -> bool:
    """"Seun Adeyemi, a soft-spoken novelist who ...", "Hyacinth Bell, 81, who ...", "Another
    resident, Hamish Dolan,": a name with a noun for a person set beside it by a comma
    (lexicon.person_nouns: a role, a description, an occupation), an age, or a "who" clause (not
    on a place: "in Bishkek, who") is a person's, whatever the NER called it and whether or not
    the lexicon knows the first name ("Ralph Lauren, which" is not)."""
    doc = name.doc
    # (an age or a "who" clause not after a place's preposition: the parser hangs "who" on the
    # place before it too, "a diplomat in Bishkek, who spoke ...")
    placed = name.dep_ == "pobj" and name.head.lower_ in _PLACE_PREPOSITIONS
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in name.children):
        return False  # "a retired GP who chairs ...": a noun, which the NER took for a name
    if not placed and is_age_aside(doc, name.i + 1):
        return True
    # a noun for a person set off by a comma after the name, or before it ("Another resident,
    # Hamish Dolan, said")
    beside = [(c, c) for c in name.children if c.dep_ == "appos" and c.i > name.i]
    if name.dep_ == "appos" and name.head.i < name.i:
        beside.append((name.head, name))
    if any(noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.person_nouns() and doc[later.left_edge.i - 1].text == ","
           for noun, later in beside):
        return True
    return not placed and any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in NOMINAL_SUBJECTS for w in c.children)
                              for c in name.children)


#: prepositions before a place's name ("a diplomat in Bishkek")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "across"})


def named_after_role_of(head: Token) -> Token | None:
    """"A spokesman for the Federal Foreign Office, Jonas Brett, said": the person's name the parser
    hung on the organisation the role is of, rather than on the role."""
    if not is_role_word(head.text):
        return None
    return next((name for prep in head.children if prep.dep_ == "prep" and prep.i > head.i
                 for whose in prep.children if whose.dep_ == "pobj" and whose.ent_type_ not in PERSON_LABELS
                 for name in whose.children if name.dep_ == "appos" and name.ent_type_ in PERSON_LABELS), None)


@functools.cache
def _given_name_patterns() -> list[re.Pattern[str]]:
    return [re.compile(line) for line in lexicon.lines("given_name_phrases.txt")]


def name_given(span: Span) -> tuple[int, str] | None:
    """(where it starts in the doc's text, the name) of the name a speaker named by a common noun
    gave, written right after the speaker's words ("A woman who identified herself only as Maria
    said"; data/given_name_phrases.txt), else None. Not a word for a creed or a party ("identified
    himself as Republican"), nor a second word that is a sentence's ("as Birdie On Sunday")."""
    for pattern in _given_name_patterns():
        if (m := pattern.match(span.doc.text, span.end_char)) is None:
            continue
        words = m.group("name").split()
        if len(words) > 1 and (words[1].lower() in lexicon.words("function_words")
                               or words[1].lower() in lexicon.words("not_name_words") or not is_first_name(words[0])):
            words = words[:1]
        if not is_first_name(words[0]) and words[0].lower().endswith(ADJECTIVE_ENDINGS):
            return None  # "Catholic", "Republican": what they are, not what they are called
        return m.start("name"), " ".join(words)
    return None


def _goes_on_after_a_comma(doc: Doc, comma: int) -> bool:
    """Whether a name goes on after its comma: "Alliance, Local 406", "Vantor, Inc.", "Ned Reed,
    Jr." (not a second name run into the first)."""
    after = doc[comma + 1] if comma + 1 < len(doc) else None
    return after is not None and (after.lower_.rstrip(".") in lexicon.words("name_continuations")
                                  or (comma + 2 < len(doc) and doc[comma + 2].like_num))


def _opening_participle(token: Token) -> bool:
    """The participle that opens a sentence ("Addressing ..."), not a first name that ends so."""
    return token.i == token.sent.start and token.tag_ == "VBG" and token.lower_.endswith("ing") and not is_first_name(token.text)


def first_name_beside_noun(name: Token) -> bool:
    """"Another evacuee, Marguerite, said", "Her daughter, Elena, said": a lone first name the
    lexicon knows, set between commas beside a noun for one person (one of many: "a", "another",
    "one"; or someone's: "her"), is that person's name, whatever the NER called it (a place,
    here); not "the province, Alberta," nor "a company, Victoria,"."""
    noun, doc = name.head, name.doc
    lemma = noun.lemma_.lower()
    one_of_many = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in noun.children)
    someones = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    return (name.dep_ == "appos" and name.pos_ == "PROPN" and noun.pos_ == "NOUN" and noun.i < name.i
            and (one_of_many or someones) and name.left_edge.i == name.i == name.right_edge.i
            and is_first_name(name.text)
            and doc[name.i - 1].text == "," and name.i + 1 < len(doc) and doc[name.i + 1].text == ","
            and lemma not in lexicon.group_nouns() and lemma not in lexicon.statement_nouns()
            and lemma not in lexicon.words("publication_nouns"))


def appositive_role(head: Token) -> str | None:
    """"Basem Naim, a Hamas spokesman, said" -> "Hamas spokesman"; "The Nova Scotia premier, Tim
    Houston, visited" (the name set beside its role) -> "Nova Scotia premier"."""
    noun = head.head
    plural = noun.tag_ == "NNS" and is_role_word(noun.lemma_) and any(c.dep_ == "conj" for c in head.children)
    if head.dep_ == "appos" and noun.i < head.i and noun.pos_ == "NOUN" and (_names_what_someone_is(noun) or plural):
        # without its determiner, possessor or year ("the club's 2019 nominee" -> "nominee"); one
        # of a plural's ("hosts Ana Price and Ned Reed", parsed as hosts' appositive: "host")
        owned = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
        tokens = _role_words([t for t in noun.subtree if t.i <= noun.i and t.i not in owned])
        if tokens:
            return _one_of_them(tokens) if plural else head.doc[tokens[0].i : noun.i + 1].text
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and _names_what_someone_is(child) and not _subject_of_next_verb(child):
            return _role_phrase(child)
    return None


def predicate_role(name: Token) -> str | None:
    """The role or description a main clause gives its subject with "be" ("Ana Reed has been the
    Lynx's starting goaltender" -> "Lynx's starting goaltender"), so that "the goaltender" later
    finds her; only in the present ("has been", "is"; not "was the coach until ..."), and not a
    negated, modal, conditional or asked one ("is no longer the coach", "would be president", "if
    Reed is the nominee", "Is Reed the best goaltender?"), nor one two people share."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "ROOT" or any(c.dep_ == "conj" for c in name.children):
        return None  # "if Ana Reed is the nominee", "Reed and his wife are the owners"
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    if not present or verb.sent.text.rstrip().endswith("?"):
        return None  # "was the coach until she was fired", "Is Reed the best goaltender?"
    negations = {t.lower_ for c in verb.children if c.dep_ in ("neg", "advmod") for t in c.subtree}
    if negations & _NOT_NOW or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "is not the coach", "is no longer the coach", "will be vice president"
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > name.i), None)
    if attr is None or attr.tag_ != "NN" or not _names_what_someone_is(attr):
        return None
    return _role_phrase(attr)


#: words that make "is the coach" not a role held now
_NOT_NOW = frozenset({"not", "n't", "never", "no", "longer", "once", "formerly"})


def _names_what_someone_is(noun: Token) -> bool:
    """A title ("spokesman", data/role_words.txt), a description news gives a person it named
    ("winger", "singer", data/descriptions.txt) or a profession ("librarian", data/professions.txt)."""
    return is_role_word(noun.text) or (noun.pos_ == "NOUN" and (noun.lemma_.lower() in lexicon.descriptions()
                                                                or noun.lemma_.lower() in lexicon.words("professions")))


def _role_phrase(noun: Token) -> str | None:
    """A role noun's phrase, its owner included ("the bureau's regional vice-president" ->
    "bureau's regional vice-president"), without determiners and what a clause says of it."""
    # not when or how long ("goaltender for seven seasons")
    timed = {t.i for c in noun.children if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                                                     for g in c.children) for t in c.subtree}
    tokens = [t for t in _described(noun) if t.i not in timed and
              (t.i <= noun.i or t.dep_ in ("prep", "pobj", "compound", "poss", "case"))]
    tokens = [t for t in tokens if t.lower_ not in DETERMINERS and not t.is_punct]
    while tokens and _A_YEAR.fullmatch(tokens[0].text) and tokens[0].i < noun.i:
        tokens = tokens[1:]  # "the 2016 GOP presidential frontrunner": not the year
    if not tokens:
        return None
    return noun.doc[tokens[0].i : _hyphenated_end(noun.doc, max(t.i for t in tokens)) + 1].text


def _hyphenated_end(doc: Doc, i: int) -> int:
    """The last token of the hyphenated word token ``i`` opens: "vice-president", which the
    parser may split into three appositives ("vice", "-", "president")."""
    while i + 2 < len(doc) and joins_a_word(doc[i + 1]) and doc[i + 2].is_alpha:
        i += 2
    return i


#: clauses that say something of a role's words rather than name the role ("a lawyer who
#: represents developers", "director at Acme Bank, which failed in 2009")
_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})


def _described(noun: Token) -> list[Token]:
    """A role noun's phrase up to where a clause about it, or a comma, begins."""
    stop = {t.i for c in noun.subtree if c.dep_ in _CLAUSES and c.i != noun.i for t in c.subtree}
    stop |= {t.i for t in noun.subtree if t.text == "," and t.i > noun.i}
    end = min(stop, default=noun.right_edge.i + 1)
    return [t for t in noun.subtree if t.i < end]


def _subject_of_next_verb(appositive: Token) -> bool:
    """Whether an "appositive" is the subject of the verb right after it, which the parser left
    without one ("In an interview with hosts Ana Price and Ned Reed, the candidate stated ...":
    the candidate stated, and is no role of Reed's)."""
    after = appositive.right_edge.i + 1
    if after >= len(appositive.doc):
        return False
    verb = appositive.doc[after]
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def affiliation_in(span: Span) -> str | None:
    """The organisation or place named inside a role ("Qatar's Foreign Ministry" in
    "Qatar's Foreign Ministry spokesman"), its possessive kept only between its own words."""
    ents = [e for e in span.doc.ents if e.label_ in _AFFILIATION_LABELS and span.start <= e.start and e.end <= span.end]
    if not ents:
        return None
    start, end = ents[0].start, ents[0].end
    # join adjacent organisation pieces: Qatar + 's + Foreign Ministry
    for ent in ents[1:]:
        between = span.doc[end : ent.start]
        if all(t.tag_ == "POS" for t in between):
            end = ent.end
    text = span.doc[start:end].text
    return POSSESSIVE.sub("", text).strip() or None


def organisation_descriptions(ent: Span) -> set[str]:
    """The nouns for a kind of organisation the text puts beside its name ("Quillfire
    Interactive, the studio behind ..." -> "studio"; "publisher Marrowgate Entertainment" ->
    "publisher"; data/group_nouns.txt, ensemble_nouns.txt): what a later "the studio" may stand
    for. A noun after a determiner may modify the name instead ("the state Senate")."""
    doc, root = ent.doc, ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)  # "the studio, Quillfire, said"
    if ent.start > 0 and (ent.start < 2 or doc[ent.start - 2].lower_ not in DETERMINERS):
        nouns.append(doc[ent.start - 1])  # "publisher Marrowgate", not "the state Senate"
    found = {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in lexicon.group_nouns()}
    # a trio is a band ("the folk trio Kestrel Lane ... The band said")
    return found | ({"band"} if found & lexicon.words("ensemble_nouns") else set())


def organisation_beside(head: Token) -> Token | None:
    """The organisation named in apposition to a noun for its kind ("the broadcaster, Meridian
    Television", "the broadcaster Meridian Television"), also when the parser made the name a
    second subject right after the noun ("The utility Gulfshore Power & Light said")."""
    named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ in ORG_LABELS), None)
    if named is None and head.i + 1 < len(head.doc):
        after = head.doc[head.i + 1]
        named = after if after.ent_iob_ == "B" and after.ent_type_ == "ORG" else None
    if named is None and head.i + 2 < len(head.doc) and head.doc[head.i + 1].text == ",":
        # a name set off right after the noun, whatever the NER took it for ("Kyrgyzstan's state
        # news agency, Kabar, reported": Kabar a place to the NER, a modifier to the parser)
        after = head.doc[head.i + 2]
        named = after if after.head.i == head.i and after.dep_ in ("appos", "npadvmod") and after.pos_ == "PROPN" \
            and after.ent_type_ not in PERSON_LABELS else None
    return named
