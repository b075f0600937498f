"""What the parsed paragraphs tell about the article's people and organisations: the names the
NER finds (outside quotations), with the role and affiliation written around them, recorded in
the ArticleIndex before any speaker is resolved."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ... import lexicon
from ...names import GENERATION_PATTERN
from ...text import is_headline
from ..attribution.cues import is_cue, is_cue_word
from ..frames import Frame
from ..syntax import (
    ALL_PLACE_LABELS,
    NOMINAL_SUBJECTS,
    ORG_LABELS,
    PERSON_LABELS,
    SUBJECT_DEPS,
    glued_start,
    has_which_subject,
    is_age_aside,
    joins_a_word,
    mention_span,
    token_range,
)
from . import roles
from .gender import (
    Gender,
    first_name_gender,
    first_names,
    has_first_name,
    honorific_gender,
    is_first_name,
    noun_gender,
    possessive_gender,
)
from .index import ADJECTIVE_ENDINGS, CAPITAL, NICKNAME, ArticleIndex, Entity, name_head

#: titles before a name that are forms of address rather than an office ("Dr. Ana Reed")
_FORMS_OF_ADDRESS = frozenset({"dr", "rev", "the rev"})


def index_entities(docs: dict[int, Doc], frames: dict[int, Frame], index: ArticleIndex) -> None:
    """Record the people and organisations the parsed paragraphs name (outside their quotes).

    People first, so that a surname the NER mislabels as an organisation elsewhere ("Ansari"
    said) is recognised as that person.
    """
    found = []
    for p, quoted in _readable(docs, frames).items():
        doc, frame = docs[p], frames[p]
        run_on = 0  # where the last name that ran on past its entity ends (roles.name_end)
        for ent in doc.ents:
            if ent.start < run_on:
                continue  # a part of that name the NER tagged apart: "the Tenth Circuit" of a court's, "Ashby" of "The County of Ashby"
            # (a lone first name beside a noun for someone: "Another evacuee, Marguerite, said")
            mislabelled = _person_mislabelled(ent) or (len(ent) == 1 and roles.first_name_beside_noun(ent.root))
            if (ent.label_ not in PERSON_LABELS + ORG_LABELS and not mislabelled) or ent.start in quoted or ent.root.is_quote:
                continue
            if ent.label_ == "NORP" and (ent.root.pos_ != "PROPN" or (ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an"))):
                continue  # "Israeli" as an adjective, "Marsh, a Democrat in her second term," are no speakers
            if ent.label_ in PERSON_LABELS and _names_a_thing(ent):
                continue  # "the Clinton campaign": no sighting of Clinton, who is not in the sentence
            name_rng = roles.name_tokens(ent, ent.root) or (ent.start, ent.end)
            if name_rng[1] == ent.end:
                name_rng = (name_rng[0], roles.name_end(ent, len(doc)))  # "The County of" + "Ashby"
            if ent.label_ in ORG_LABELS and (number := roles.number_after(ent)) is not None:
                name_rng = (name_rng[0], number.i + 1)  # "Municipal Workers Union Local 418"
            if name_rng[1] > ent.end:
                run_on = name_rng[1]
            name = clean_name(doc[name_rng[0] : name_rng[1]].text)
            if not re.search(r"[A-Z]", name):
                continue  # no capital letter: no name ("That lesson appears", which the NER took for a person)
            found.append((ent.label_ in PERSON_LABELS or mislabelled, p, doc, frame, ent, name_rng, name))
    for is_person, p, doc, frame, ent, name_rng, name in sorted(found, key=lambda f: not f[0]):
        # the NER's ORG may be a person: a surname ("Brewer said") or a name in a long title
        # ("House Budget Republican Mark Hollis", cut to the name by roles.name_tokens)
        named_in_title = name_rng != (ent.start, ent.end) and first_name_gender(name) is not None
        # a first name the NER left out of the name it tagged ("Harjit" of "Harjit Sandhu",
        # where it took only "Sandhu") is part of the name; with the surname of a person the
        # article names, the name is a person's (that one or a relative: the first names decide)
        surname_of_a_person = False
        if (first := _untagged_first_name(doc, name_rng)) is not None:
            surname_of_a_person = index.match(name, "person", first_name=False) is not None
            name_rng, name = (first, name_rng[1]), clean_name(doc[first : name_rng[1]].text)
        # "Quillfire Interactive, the studio behind ...", "Vantor" of "Vantor Nickel Ltd.": an
        # organisation, whatever the NER said
        self_gender = reported_self_gender(ent.root.head)  # "X said she ...": of the name's own report
        described = roles.organisation_descriptions(ent)
        if not described and is_person and " " not in name and (groups := _called_a_group_elsewhere(name, index.text)) \
                and index.match(name, "person", first_name=False) is None \
                and not _written_after_a_first_name(name, index.text) and self_gender is None:
            # ("the campaign Manafort was running" is no organisation's name: "Paul Manafort")
            described = groups
        company = " " not in name and index.fuller_organisation(name) is not None \
            and index.match(name, "person", first_name=False) is None and not index.fuller_name(name, len(index.text))
        # "to his daughter Elena" or "Tobin said" (with "Tobin Marsh" in the text) tagged ORG or GPE: a
        # first name set beside a noun for a relative, or written in full once, is a person's (not
        # "Grant" or "Islam" alone, which are first names too)
        beside = ent.root.head if ent.root.dep_ == "appos" else doc[ent.start - 1] if ent.start > 0 else ent.root
        first_name_alone = ent.label_ in ("ORG", "GPE") and " " not in name and is_first_name(name) \
            and (noun_gender(beside.lemma_) is not None or len(index.surnames_after(name)) == 1
                 or _next_sentence_pronoun(ent.root) is not None)
        personal = first_name_alone or first_name_gender(name) is not None  # a first name: not "Elena" of "the company, ..., to his daughter Elena"
        # ... unless the noun for the organisation heads right into the name: "the folk trio
        # Kestrel Lane" ("Kestrel" is a woman's name too)
        before = doc[ent.start - 1] if ent.start > 0 else None
        personal = personal and not (before is not None and before.dep_ == "compound" and before.head.i in range(ent.start, ent.end)
                                     and before.lemma_.lower() in described)
        titled = name_rng[0] > 0 and roles.is_role_word(doc[name_rng[0] - 1].text)
        # "Cpl. Annika Rudd" tagged ORG: a title right before a first name and a surname
        titled_name = titled and " " in name and has_first_name(name)
        # "the Tides beat the Storm", "the Tides' bench": a name right after "the" that heads its
        # phrase is a team's, a band's or a paper's, never a person's (in "the Obama
        # administration" the name only modifies; "The Weeknd" is a stage name, its "The" capital)
        after_the = name_rng[0] > 0 and doc[name_rng[0] - 1].text == "the" and ent.root.dep_ not in ("compound", "amod") \
            and first_name_gender(name) is None
        kind = "organization" if (described and not personal) or company or roles.is_business_name(name) or after_the \
            else "person" if is_person or named_in_title or surname_of_a_person \
            or first_name_alone or titled_name or roles.named_beside_role(ent.root) or (ent.label_ != "NORP" and roles.described_as_a_person(ent.root)) \
            or index.match(name, "person", first_name=False) \
            or _surname_of_someone(index, ent.label_, name) else "organization"
        if not is_person and not titled and roles.is_outlet_name(name):
            # "the Post", "Washington Post" (a first name?); not "columnist Emily Post"
            kind = "organization"
        role = affiliation = None
        if kind == "person":
            np_start = min(ent.root.left_edge.i, ent.start)
            role = roles.role_before(doc[np_start : ent.end], name_rng[0])
            if role is None or role.lower().rstrip(".") in _FORMS_OF_ADDRESS:
                # "the university's provost, Dr. Helen Reed": the office, not the form of address
                role = roles.appositive_role(ent.root) or roles.shared_role(ent.root) or roles.predicate_role(ent.root) or role
            affiliation = roles.affiliation_in(doc[np_start : name_rng[0]]) if role else None
        offset = frame.to_article(doc[name_rng[0]].idx)
        said = self_gender if ent.root.dep_ in NOMINAL_SUBJECTS else None
        # the subject may be the number an organisation's name ends in ("Local 418")
        last = doc[name_rng[1] - 1]
        root = last if name_rng[1] > ent.end and last.pos_ == "NUM" else ent.root
        entity = index.add(name, kind, offset, p, role=role, affiliation=affiliation,
                           subject=is_main_subject(root) or is_asked(ent.root) or is_according_source(ent.root)
                           or is_topic(ent.root) or _speaks_in_a_clause(root) or _before_its_cue(doc, name_rng[1])
                           or _opens_a_subjectless_sentence(ent),
                           gender=address_gender(doc, name_rng[0]), misspelt=ent.label_ in PERSON_LABELS, said_gender=said)
        entity.described_as |= described
        if kind == "organization":
            entity.note_label(ent.label_ in ALL_PLACE_LABELS)
        if kind == "person":
            _note_relative(ent.root, entity, frame, p, index)
            entity.note_gender(pronoun_gender(ent.root), "pronoun")
            # weaker than a pronoun: "who represents her family" owns someone else's
            entity.note_gender(relative_clause_gender(ent.root) or apposed_noun_gender(ent.root)
                               or next_sentence_gender(ent.root), "noun")


def index_subjects(docs: dict[int, Doc], frames: dict[int, Frame], index: ArticleIndex) -> None:
    """Sightings of people the index knows where a main clause's subject is their untagged
    surname or the title the article gave them. Run after every name is indexed (the NER's and
    the raw text's): "said Helena Voss, ..." that the NER missed is found by index_raw_names, and
    the "Voss said ..." further down must find her."""
    readable = _readable(docs, frames)
    _index_untagged_subjects(docs, frames, readable, index)
    _index_role_subjects(docs, frames, readable, index)
    _index_untagged_roles(docs, frames, readable, index)
    _index_unnamed_speakers(docs, frames, readable, index)
    _index_group_subjects(docs, frames, readable, index)
    _index_which_speakers(docs, frames, readable, index)


def _readable(docs: dict[int, Doc], frames: dict[int, Frame]) -> dict[int, set[int]]:
    """The tokens of each readable paragraph's quotations (a headline is not read for names)."""
    return {p: _quoted_tokens(doc, frames[p]) for p, doc in docs.items() if not is_headline(frames[p].text)}


#: labels the NER gives a person's name now and then ("Ohio's Ada Fenwick" as a FAC)
_MISTAKEN_FOR_PLACES_OR_THINGS = frozenset({"FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


#: plain verbs of speech: a name with a first name as their subject is a person's ("Ada Fenwick
#: said"; "Lincoln Center announced" is a venue's); a one-word name the text writes in full as a
#: company's, the company's ("Tessaract said it would ..."; not "Larder reads the fridge's data")
_PLAIN_SPEECH = frozenset({"say", "tell", "add"})


def _person_mislabelled(ent: Span) -> bool:
    """A first name the lexicon knows and a surname, the subject of "said", "told" or "added", that
    the NER labelled a facility, place or work, or an organisation when the report's own pronoun
    agrees: a person ("Ada Fenwick ... said"; not "Grant Park is", nor "Lincoln Center announced",
    nor "Morgan Stanley said it")."""
    verb = ent.root.head
    if ent.root.dep_ not in NOMINAL_SUBJECTS or not is_cue(verb) or verb.lemma_.lower() not in _PLAIN_SPEECH \
            or len(ent) < 2 or not roles.reads_as_personal_name(ent):
        return False
    # an organisation's name may open on a first name ("Morgan Stanley said it ..."): a person
    # only when the report's own "she" or "he" agrees ("Imogen Farrow ... said she deleted it")
    return ent.label_ in _MISTAKEN_FOR_PLACES_OR_THINGS or \
        (ent.label_ == "ORG" and len(ent) == 2 and reported_self_gender(verb) == first_name_gender(ent.text))


def _names_a_thing(ent: Span) -> bool:
    """Whether a person's name only says whose thing the noun right after it is ("the Clinton
    campaign", "a Goldwater girl", "the Trump administration"): that person takes no part in the
    sentence, and is no antecedent for the "she" that follows."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i == ent.end and head.pos_ == "NOUN"


def _untagged_first_name(doc: Doc, name_rng: tuple[int, int]) -> int | None:
    """Where a name starts when the NER tagged only its last word: the capitalised proper nouns
    right before it that the parser joined to it ("Harjit Sandhu, 71, laughed"), when they are no
    title or entity of their own. None when there are none."""
    if name_rng[1] - name_rng[0] != 1:
        return None
    lo = name_rng[0]
    while lo > 0 and (t := doc[lo - 1]).pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == name_rng[0] \
            and t.is_title and not t.ent_type_ and not roles.is_role_word(t.text) \
            and not t.text.endswith(".") and honorific_gender(t.text) is None:  # "Mr. Sanders"
        lo -= 1
    return lo if lo < name_rng[0] else None


def _quoted_tokens(doc: Doc, frame: Frame) -> set[int]:
    """The tokens of the quotations standing in a frame as placeholders."""
    return {i for (s, e) in frame.placeholders for i in range(*token_range(doc, s, e))}


def _surname_of_someone(index: ArticleIndex, label: str, name: str) -> bool:
    """A one-word organisation or place by the NER ("Brewer said", "Castellvi said" as a GPE) that
    the article writes elsewhere after a known first name ("Daniel Brewer", "Oriane Castellvi"): a
    person's surname (a first name of either gender would do for "Kendal Unruh", but the lexicon
    holds "Many" and "South" too: "Many Mexicans", "South Korea")."""
    if label == "NORP" and (name.lower().endswith(ADJECTIVE_ENDINGS) or _party_word(name)):
        return False  # "an Orlando Republican": a party member from a place that is a first name too
    return label in ("ORG", "GPE", "NORP") and " " not in name and _written_after_a_first_name(name, index.text)


@functools.lru_cache(maxsize=256)
def _party_word(word: str) -> bool:
    """A word for a party member ("Republican", "Liberal", "Tories": data/party_members.txt),
    which a place before it ("Orlando", "Victoria") makes no full name. (Not any word in -an, as
    for the NER's peoples: "Meehan", "Sullivan" are surnames.)"""
    lower = word.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
    return singular in lexicon.words("party_members")


def _called_a_group_elsewhere(name: str, text: str) -> set[str]:
    """The nouns for a kind of organisation the text writes right before a one-word name
    elsewhere ("the streaming service Marrowline", which the NER took for a person in "Marrowline
    has not committed"): what ``name`` is. Empty for a longer name or a first name."""
    if " " in name or is_first_name(name):
        return set()
    # followed by punctuation or a small word, not by a verb of a clause about it ("the festival
    # Feist headlined", "the team McDavid captains": the person is the clause's subject)
    before = re.compile(rf"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z]+[ \t-]+)?([a-z]+)[ \t]+{re.escape(name)}(?=[.,;:)]|[ \t]+(\w+))")
    small = lexicon.words("function_words")
    return {m.group(1) for m in before.finditer(text) if m.group(1) in lexicon.group_nouns()
            and (m.group(2) is None or m.group(2).lower() in small)}


@functools.lru_cache(maxsize=256)
def _written_after_a_first_name(name: str, text: str) -> bool:
    # an article names the same organisations many times: one scan of its text per name
    # (middle initials between: "Michael W. Mosman")
    before = re.compile(rf"\b({CAPITAL}[a-z\u00e0-\u00ff]+)[ \t]+(?:[A-Z]\.?[ \t]+){{0,2}}{re.escape(name)}\b")
    not_names = lexicon.words("not_name_words")  # "Wednesday Apple" is no Wednesday's surname
    return any(first_name_gender(f"{m.group(1)} {name}") for m in before.finditer(text)
               if m.group(1).lower() not in not_names)


def _paragraph_tokens(docs: dict[int, Doc], frames: dict[int, Frame],
                      quoted_tokens: dict[int, set[int]]) -> Iterator[tuple[int, Doc, Frame, set[int], Token]]:
    """(paragraph, its parse, its frame, its quotations' tokens, a token) for every token of the
    paragraphs of ``quoted_tokens``, in order: what each of index_subjects' passes reads."""
    for p, quoted in quoted_tokens.items():
        doc = docs[p]
        for token in doc:
            yield p, doc, frames[p], quoted, token


def _index_untagged_subjects(docs: dict[int, Doc], frames: dict[int, Frame], quoted_tokens: dict[int, set[int]],
                             index: ArticleIndex) -> None:
    """A main clause's subject (or the person it asks a question) that is a known person's surname
    though the NER left it untagged ("Diaz wasn't convinced.", "Reed asked Diaz whether ..."): a
    sighting of that person, for the "he" that follows. The tagger
    may call it a common noun when it opens the sentence ("Diaz" NOUN); a capital letter and the
    article's own cast decide. Only the paragraphs of ``quoted_tokens`` (paragraph -> its
    quotations' tokens) are read."""
    for p, doc, frame, quoted, token in _paragraph_tokens(docs, frames, quoted_tokens):
        if token.i in quoted or not _untagged_subject(token):
            continue
        first = doc[glued_start(token)]  # "Ruiz-Brennan said", split at its hyphen
        name, offset, said = clean_name(doc[first.i : token.i + 1].text), frame.to_article(first.idx), \
            reported_self_gender(token.head)
        entity = index.match(name, "person", offset, gender=said)
        if entity is not None:
            index.see(entity, offset, p, subject=True)
        elif said is not None and index.fuller_name(name, offset, gender=said) is not None:
            # "Vollmer said he ..." when only his mother is indexed yet: him, by the text
            index.add(name, "person", offset, p, subject=True, said_gender=said)
        elif said is not None and is_cue(token.head) and " " not in name and is_first_name(name):
            # "Marek, who has lived on Tanner Street for 22 years, said he had moved ...": someone
            # named by first name alone, whom the NER missed, a speaker before quotations are
            # resolved (the '"...," he said' right after is his)
            index.add(name, "person", offset, p, subject=True, speaker=True, said_gender=said).note_gender(said, "pronoun")
        elif said is None and is_cue(token.head) and token.head.lemma_.lower() in _PLAIN_SPEECH \
                and " " not in name and not is_first_name(name) \
                and index.fuller_organisation(name) is not None:
            # "Tessaract said it would ..." after "Tessaract Devices" in a paragraph never
            # parsed: the company, the issuer of the statement its paragraph announces
            index.add(name, "organization", offset, p, subject=True)


def _untagged_subject(token: Token) -> bool:
    """A word that may be a name the NER did not tag, as a main clause's subject, the person it
    asks or the topic a sentence opens on. A name tagged a thing counts only as the topic ("For
    Marcel," a PRODUCT; not "Central Park was closed"); the first part of a hyphenated word is no
    name ("Ruiz" of "Ruiz-Brennan")."""
    if not _may_be_name(token):
        return False
    if token.ent_type_ and not (token.ent_type_ in _MISTAKEN_FOR_PLACES_OR_THINGS and is_topic(token)):
        return False
    if token.i + 1 < len(token.doc) and joins_a_word(token.doc[token.i + 1]):
        return False
    return is_main_subject(token) or is_asked(token) or is_topic(token)


def _index_untagged_roles(docs: dict[int, Doc], frames: dict[int, Frame], quoted_tokens: dict[int, set[int]],
                          index: ArticleIndex) -> None:
    """The role an appositive or "be" gives a person the NER left untagged and the raw-text scan
    found ("Ana Reed, 31, has been the Lynx's starting goaltender", "Teo Reed, 20, a winger"),
    when the index has none for them: "the goaltender" of a later paragraph is then hers."""
    for _p, doc, frame, quoted, token in _paragraph_tokens(docs, frames, quoted_tokens):
        if token.ent_type_ or token.pos_ != "PROPN" or token.i in quoted or token.dep_ == "compound":
            continue
        if token.dep_ != "appos" and not any(c.dep_ == "appos" for c in token.children) \
                and not (token.dep_ == "nsubj" and token.head.lemma_ == "be"):
            continue  # neither an appositive nor "be" says what this one is
        first = _untagged_first_name(doc, (token.i, token.i + 1))
        name = clean_name(doc[first if first is not None else token.i : token.i + 1].text)
        entity = index.match(name, "person", frame.to_article(token.idx), first_name=False)
        if entity is not None and entity.role is None:
            entity.role = roles.appositive_role(token) or roles.predicate_role(token)


def _index_role_subjects(docs: dict[int, Doc], frames: dict[int, Frame], quoted_tokens: dict[int, set[int]],
                         index: ArticleIndex) -> None:
    """A main clause's subject that is a title the article gave someone ("The judge said ..." after
    "Justice Miriam Okafor-Lund") or a description it used of someone before ("the rookie"): a
    sighting of that person as a subject, for the "she" that follows. Only a role someone holds by name; no guess for a title nobody was given, and not
    an appositive, whose subject is named beside it ("Ana Reed, the party chairwoman, said")."""
    for p, _doc, frame, quoted, token in _paragraph_tokens(docs, frames, quoted_tokens):
        role = roles.is_role_word(token.text)
        if token.i in quoted or token.pos_ != "NOUN" or token.dep_ == "appos" \
                or not (role or token.lemma_.lower() in lexicon.descriptions()) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or not is_main_subject(token):
            continue
        offset = frame.to_article(token.idx)
        modifiers = [t.text for t in token.lefts if t.dep_ in ("amod", "compound")]
        # ... or a description the text used of one person before ("the rookie": ArticleIndex.described_before)
        entity = (index.by_role(token.text, modifiers, offset) if role else None) \
            or index.described_before(token.lemma_.lower(), offset, modifiers=modifiers, appositive_only=role)
        if entity is not None:
            index.see(entity, offset, p, subject=True)


def _index_group_subjects(docs: dict[int, Doc], frames: dict[int, Frame], quoted_tokens: dict[int, set[int]],
                          index: ArticleIndex) -> None:
    """"The ministry said in a statement that ...": the organisation "the ministry" stands for (one
    the article named; data/issuing_bodies.txt), seen as the subject of a report before any quotation is
    resolved, so that the next paragraph's '"...," the statement said' is the ministry's, not the
    last person's."""
    for p, _doc, frame, quoted, token in _paragraph_tokens(docs, frames, quoted_tokens):
        lemma = token.lemma_.lower()
        if token.i in quoted or token.tag_ != "NN" or lemma not in lexicon.words("issuing_bodies") \
                or token.dep_ not in NOMINAL_SUBJECTS or not is_cue(token.head) or not is_main_subject(token) \
                or [c.lower_ for c in token.children if c.dep_ != "punct"] != ["the"]:
            continue  # only "the <noun>", one of them: "the Reed campaign", "its board", "the groups" are others'
        offset = frame.to_article(token.idx)
        entity = index.organisation_about(offset, p, lemma)
        # only a body that spoke or acted before, or whose name says it is one ("Federal
        # Foreign Office"): not the product named last ("Larder"), which the fallback may give
        if entity is not None and (index.has_acted(entity, offset) or name_head(entity.name) in lexicon.words("issuing_bodies")):
            index.see(entity, offset, p, subject=True)


def _index_which_speakers(docs: dict[int, Doc], frames: dict[int, Frame], quoted_tokens: dict[int, set[int]],
                          index: ArticleIndex) -> None:
    """"... acquired by Low Tide Pictures, which said in a statement that ...": an organisation (a
    "which", not a "who") that speaks in a relative clause, seen as a speaker before any quotation
    is resolved, whether or not the NER tagged it: the next paragraph's "the company said" is
    its."""
    for p, doc, frame, quoted, verb in _paragraph_tokens(docs, frames, quoted_tokens):
        if verb.dep_ != "relcl" or not is_cue(verb) or verb.head.pos_ != "PROPN" or verb.head.i in quoted \
                or not has_which_subject(verb):
            continue
        head = verb.head
        rng = roles.name_tokens(doc[head.left_edge.i : head.i + 1], head)
        if rng is not None:
            index.add(clean_name(doc[rng[0] : rng[1]].text), "organization", frame.to_article(doc[rng[0]].idx), p,
                      subject=True, speaker=True)


def _index_unnamed_speakers(docs: dict[int, Doc], frames: dict[int, Frame], quoted_tokens: dict[int, set[int]],
                            index: ArticleIndex) -> None:
    """Someone unnamed who is a main clause's subject ("A woman in her seventies, who drove out
    with a parrot, said ..."; "One elderly man drew laughter when he told councillors ..."; "a
    volunteer who declined to give her name was ladling soup"), not in words someone else reports,
    seen before any quotation is resolved: the "she" of the quotation right after is hers, not the
    fire chief's named paragraphs before (see ArticleIndex.antecedent). Only a noun for a person
    (an unnamed source's, a gendered noun, a role or a description) with "a", "an", "another" or
    "one"."""
    for p, doc, frame, quoted, token in _paragraph_tokens(docs, frames, quoted_tokens):
        lemma = token.lemma_.lower()
        if token.i in quoted or token.dep_ not in NOMINAL_SUBJECTS or _reported_by_someone(token) or not is_main_subject(token):
            continue
        # whatever the noun, someone whose name the article says it withholds ("A regular, who
        # asked that her name not be used, said"; "Reed's sister, who asked not to be named")
        withheld = token.pos_ in ("NOUN", "ADJ") and _withholds_name(token)
        if not withheld and (token.pos_ != "NOUN" or token.tag_ != "NN" or lemma not in lexicon.person_nouns()
                             or any(c.dep_ == "appos" for c in token.children)
                             or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                                        for c in token.children)):
            continue
        start, end = mention_span(token, [i in quoted for i in range(len(doc))])
        if (given := roles.name_given(doc[start:end])) is not None:
            # named after all: "A man who gave his name only as Tomasz said", a subject by that name
            named = index.add(given[1], "person", frame.to_article(given[0]), p, subject=True, speaker=True)
            named.note_gender(noun_gender(lemma), "noun")  # "A man who ...": a man
            continue
        if roles.named_after_role_of(token) is not None:
            continue  # "A spokesman for the Foreign Office, Ana Reed, said": hers, by the NER's name
        words = doc[start:end].text
        gender = noun_gender(lemma) or reported_self_gender(token.head) or relative_clause_gender(token) \
            or (_withheld_gender(token) if withheld else None)
        index.add_unnamed(words[0].lower() + words[1:], frame.to_article(doc[start].idx), p, gender, withheld=withheld)


def _withholds_name(token: Token) -> bool:
    """A clause or appositive beside ``token`` says the article keeps the person's name back
    (data/unnamed_clauses.txt)."""
    words = " ".join(t.lower_ for c in _clauses_beside(token) for t in c.subtree)
    return any(phrase in words for phrase in lexicon.words("unnamed_clauses"))


def _clauses_beside(token: Token) -> list[Token]:
    """The appositives and "who" clauses of ``token``, with a second "who" clause the parser joined
    to the noun itself ("A regular who ..., and who asked that her name not be used"); not a
    "which" clause, of no person ("A supplier, which asked not to be named")."""
    return [c for c in token.children if c.dep_ == "appos"
            or (c.dep_ in ("relcl", "acl", "conj") and any(w.dep_ in NOMINAL_SUBJECTS and w.lower_ == "who" for w in c.children))]


def _withheld_gender(token: Token) -> Gender | None:
    """"who asked that her name not be used": the gender of the clause's own possessive."""
    owners = [t for c in _clauses_beside(token) for t in c.subtree if t.dep_ == "poss" and possessive_gender(t.text)]
    return possessive_gender(owners[0].text) if owners else None


def _reported_by_someone(token: Token) -> bool:
    """Whether the clause ``token`` is the subject of is what someone else reports, by a cue above
    it or set in it ("A new coach, he said, could change the mood of the team": what he said, not a
    man who acts; "One man drew laughter when he told ..." is the man's own act)."""
    verb = token.head
    reporters = [*verb.ancestors, *(c for c in verb.children if c.dep_ == "parataxis")]
    return any(is_cue(t) and any(c.dep_ in NOMINAL_SUBJECTS for c in t.children) for t in reporters)


def _may_be_name(token: Token) -> bool:
    # a capitalised common noun with a determiner is no surname ("The Price rose"); plurals stay
    # in, since the tagger calls surnames in -s NNS ("Sanders", "Adams"): PolNeAR train lost 10
    # speakers when only NN counted; so does a surname the tagger took for a verb, an adjective
    # ("Back in the gym, Greaves watches") or an adverb ("Bouchard, finishing a shift, said")
    return token.pos_ == "PROPN" or (token.pos_ in ("NOUN", "VERB", "ADJ", "ADV") and token.is_title
                                     and not any(c.dep_ == "det" for c in token.children)
                                     and token.lower_ not in lexicon.words("not_name_words"))


# a capitalised word of a name: "Ebeling", "O'Rourke", "Lopez-Cantera", an initial "J."
_NAME_WORD = rf"(?!(?:{GENERATION_PATTERN})(?!\w))(?:{CAPITAL}[\w'’-]*[a-z][\w'’-]*|[A-Z]\.)"
# a person's name on the raw text: a form of address and a surname ("Ms. Ebeling"), or a first
# name and one to three more name words ("Betsy Ebeling", "Robert C. Scott"), and a generational
# suffix ("Walter Brook Jr.", "Brent Keller III")
_RAW_NAME = re.compile(rf"\b(?:(?P<address>[A-Z][a-z]{{1,3}}\.?)\s+)?(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,3}}"
                       rf"(?:,?\s+(?:{GENERATION_PATTERN})(?!\w))?)")


def index_raw_names(text: str, paragraphs: list[tuple[int, int]], quoted: list[tuple[int, int]],
                    index: ArticleIndex) -> None:
    """People the raw text names in paragraphs the parser never read, so that the article's
    whole cast (and each one's gender) is known: a form of address and a surname, or a full
    name whose first name the first-name lexicon knows. Words inside quotations are left out.
    A name seen here never renames an entity the parse found; it only marks where it is seen."""
    not_names = lexicon.words("function_words") | lexicon.words("not_name_words") | lexicon.words("negations")
    titles = frozenset(t.rstrip(".") for t in lexicon.role_abbreviations())
    for p, (lo, hi) in enumerate(paragraphs):
        if is_headline(text[lo:hi]):
            continue
        for m in _RAW_NAME.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            # (offset, word) of the name's words
            words = [(m.start("name") + w.start(), w.group()) for w in re.finditer(r"\S+", m.group("name"))]
            address = m.group("address") or ""
            gender = honorific_gender(address)
            full = len(words) > 1 and first_name_gender(" ".join(w for _, w in words)) is not None
            if gender is None and len(address) > 2 and address.lower() in first_names() and not full \
                    and address.lower() not in not_names:
                # a short first name the pattern took for a form of address ("Ted Cruz"; not
                # "Dean Ana Reed", whose name is whole without it, "Mme Ana Reed", or the two
                # letters of "El Paso")
                words = [(m.start("address"), address), *words]
            # "Alan Reed's Senate campaign": the name ends at its possessive; "the Ledger's Tessa
            # Hart", "the Post's Ana Reed": a full name after an outlet's or a body's is its
            # reporter's or member's (not "France's Francois Hollande", a name in passing that a
            # scan would make the latest person seen)
            owner = next((k for k, (_, w) in enumerate(words) if w.endswith(("'s", "’s"))), None)
            if owner is not None:
                after = words[owner + 1 :]
                owned_by_a_body = roles.is_outlet_name(words[owner][1][:-2]) or \
                    re.search(r"\bthe\s+$", text[max(lo, words[0][0] - 4) : words[0][0]]) is not None
                if len(after) > 1 and owned_by_a_body and first_name_gender(" ".join(w for _, w in after)) is not None:
                    words, address, gender = after, "", None
                else:
                    words = [*words[:owner], (words[owner][0], words[owner][1][:-2])]
            # a name ends where sentence words begin ("Donald Trump May Not Have ...")
            words = words[: next((k for k, (_, w) in enumerate(words) if w.lower() in not_names), len(words))]
            # ... and starts after a title: "Virginia Sen Tim Kaine", "Mayor Olivia Chow" (Virginia
            # is a first name too)
            # (a role word that ends the name is its surname: "Ned Judge", "Ana King")
            after_title = [k + 1 for k, (_, w) in enumerate(words)
                           if w.lower().rstrip(".") in titles or (roles.is_role_word(w) and k < len(words) - 1)]
            cut = max(after_title, default=0)
            # the title right before the name is the role the article gives ("Chief Ana Reed"),
            # which "the chief" of a later quotation is looked up by
            title = words[cut - 1][1] if cut and roles.is_role_word(words[cut - 1][1]) else None
            words = words[cut:]
            start = words[0][0] if words else m.start("name")
            name_words = [w for _, w in words]
            if name_words and re.fullmatch(r"[A-Z]\.", name_words[-1]):
                continue  # cut short by the pattern's length: "Council Speaker Ned R." of "Ned R. Brook"
            if not name_words or gender is None and (len(name_words) < 2 or first_name_gender(" ".join(name_words)) is None):
                continue
            last_word = name_words[-1].lower()
            if gender is None and (_party_word(last_word) or roles.is_business_name(" ".join(name_words))
                                   or last_word in lexicon.group_nouns() and (
                    len(name_words) > 2 or last_word not in lexicon.words("surname_group_nouns"))):
                # "Prairie Insurance Bureau", "Star Movement", "an Orlando Republican": a first
                # name opens no person (but Margaret Court, Gabrielle Union, Robert Service)
                continue
            if gender is None and last_word in lexicon.words("place_nouns"):
                continue  # "the districts of Pinewood Flats and Sorrel Creek": a place, not Ms. Creek
            if roles.is_outlet_name(name_words[-1]) and gender is None:
                # "Washington Post": an outlet, though "Washington" is a first name; with the
                # short word the pattern took for a form of address ("New York Times")
                last = words[-1][0] + len(words[-1][1])
                index.add(clean_name(text[m.start() : last]), "organization", m.start(), p)
                continue
            name = clean_name(" ".join(name_words))
            entity = index.match(name, "person", start)
            if entity is None:
                entity = index.add(name, "person", start, p, gender=gender, role=title)
            else:
                index.see(entity, start, p, end=index.name_end(name, start))
                entity.note_gender(gender, "honorific")
                entity.role = entity.role or title


# an organisation's name on the raw text: capitalised words ending in a capitalised group noun
# ("Residential Tenancy Tribunal", "Prairie Insurance Bureau"), and "of" with a place or subject
# after it ("Ministry of Health", "University of Eastbrook")
_RAW_ORGANISATION = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+){0,4})([A-Z][a-z]+|LL[CP])\b((?:\s+of(?:\s+(?:and\s+)?[A-Z][\w'’-]*){1,6})?)")


def index_raw_organisations(text: str, paragraphs: list[tuple[int, int]], quoted: list[tuple[int, int]],
                            index: ArticleIndex) -> None:
    """Organisations the raw text names by a name that ends in a word for one
    (data/scanned_organisations.txt, data/company_name_ends.txt), outside quotations: sightings by name, flagged as scanned,
    so that "the tribunal" of a later paragraph finds the "Residential Tenancy Tribunal" an
    opening paragraph the parser never read names. The name starts after sentence words and
    titles ("The", "Mayor"), is no part of a longer name ("Landlord and Tenant Board"), and its
    "of" part stops at a title or a person's name ("Bank of Canada Governor Ana Reed")."""
    skip = lexicon.words("function_words") | lexicon.words("not_name_words")
    # ... or a business's ("Marlow Kettering LLP", "Halvorsen Pharma"; data/company_name_ends.txt)
    kinds = lexicon.words("scanned_organisations") | lexicon.words("company_name_ends")
    # the names the parse found, where the text writes them in full: a scanned name inside one is
    # part of it ("Court of Appeals" of "the U.S. Court of Appeals for the Tenth Circuit")
    parsed = [(s.offset, s.offset + len(s.entity.name)) for s in index.sightings
              if not s.scanned and s.entity.kind == "organization" and text.startswith(s.entity.name, s.offset)]
    for p, (lo, hi) in enumerate(paragraphs):
        if is_headline(text[lo:hi]):
            continue
        for m in _RAW_ORGANISATION.finditer(text, lo, hi):
            if m.group(2).lower() not in kinds or any(a <= m.start() < b for a, b in quoted):
                continue
            words = [(m.start(1) + w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
            # "Ontario Landlord and Tenant Board", "the Ana and Ned Reed Foundation": the
            # name began before the "and" or "of"
            began = re.search(r"((?:[A-Z][\w'’-]*\s+){1,3})(?:and|&|of)\s+$", text[max(lo, m.start() - 60) : m.start()])
            if began is not None:
                at = max(lo, m.start() - 60) + began.start(1)
                words = [(at + w.start(), w.group()) for w in re.finditer(r"\S+", text[at : m.start()])] + words
            while words and (words[0][1].lower() in skip or roles.is_role_word(words[0][1])):
                words = words[1:]
            if any(w.endswith(("'s", "’s")) for _, w in words) or not (words or m.group(3)):
                continue  # "Reed's Campaign": whose, not a name; "The Council" alone: no name
            start, end = (words[0][0] if words else m.start(2)), m.start(3)
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b in parsed):
                continue
            for w in re.finditer(r"\S+", m.group(3)):
                if w.group() == "and" and m.group(3).split()[-1].lower() in kinds:
                    break  # "University of Toronto and Ryerson University": two names
                if roles.is_role_word(w.group()) or is_first_name(w.group()):
                    break  # "Bank of Canada Governor Ana Reed"
                if w.group() != "and":
                    end = m.start(3) + w.end()
            index.add(clean_name(text[start:end]), "organization", start, p, scanned=True)


def is_asked(token: Token) -> bool:
    """The person a main clause asks a question ("Reed asked Price whether ...", "questioned
    Price about ..."): the one who answers, and so the "she" of the quotation after it; not the
    one asked to do something ("asked Price to resign")."""
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_.lower() in ("ask", "question") and is_main_verb(verb) \
        and not any(c.dep_ == "xcomp" for c in verb.children)


def is_according_source(token: Token) -> bool:
    """The source of an "according to" ("According to Castellano, the network has not decided"):
    the paragraph's speaker, as salient as a subject for the "she" that follows."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def _speaks_in_a_clause(token: Token) -> bool:
    """The subject of a reporting verb anywhere in the sentence ("... a phrase Ana Reed said she had
    tried to have removed"): a speaker, as salient as a main clause's subject for the "she" of the
    quotation that follows (the statement itself is resolved after the quotations)."""
    verb = token.head
    # not the report another's report holds ("Reed said (that) Price said ...": Reed's), which opens
    # right after that report's verb; a misparse may hang a clause far from it on a cue ("described
    # the planet as X, a phrase Ana Reed said she had tried ..."), which stays hers
    reported = verb.dep_ == "ccomp" and is_cue(verb.head) and 0 < verb.left_edge.i - verb.head.i <= 2
    return token.dep_ == "nsubj" and is_cue(verb) and verb.lemma_.lower() in _PLAIN_SPEECH and not reported


def _before_its_cue(doc: Doc, end: int) -> bool:
    """Whether a name ending at token ``end`` stands right before a reporting verb the parser gave
    no subject, an age aside between ("Speaking in a hotel bar, Demir-Halloran, 44, said ...",
    the name parsed as the bar's appositive): that verb's speaker."""
    if is_age_aside(doc, end):
        end += 3
    # (a finite verb: not "Trump's continued appeal", "Kasich claiming the nomination")
    return end < len(doc) and is_cue(doc[end]) and doc[end].tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in SUBJECT_DEPS for c in doc[end].children)


def _note_relative(name: Token, entity: Entity, frame: Frame, paragraph: int, index: ArticleIndex) -> None:
    """"his daughter, Noor Haddad", "Noor Haddad, his daughter,", "Her father, Brad,": the name
    is the relative the noun says of the possessor (whom "his" stands for, or the name before
    "'s"), recorded for a later "her father said" (ArticleIndex.note_relative)."""
    nouns = [name.head] if name.dep_ == "appos" else []
    nouns += [c for c in name.children if c.dep_ == "appos"]
    for noun in nouns:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.pos_ != "NOUN" or owner is None:
            continue
        # ("My father, Tomas Oduya," in a first-person text: the writer's; the name is outside
        # quotation marks, where the index reads names)
        at = frame.to_article(owner.idx)
        of = index.narrator(at) if owner.lower_ == "my" else person_owning(owner, at, paragraph, index)
        if of is not None:
            index.note_relative(of, noun.lemma_.lower(), entity)


def person_owning(owner: Token, offset: int, paragraph: int, index: ArticleIndex) -> Entity | None:
    """The person a possessor stands for: whom "his" or "her" at ``offset`` refers to, or the
    person a name before "'s" names; None for another possessor ("its", "their")."""
    if owner.pos_ == "PRON":
        gender = possessive_gender(owner.text)
        return index.antecedent(offset, paragraph, kind="person", gender=gender) if gender else None
    return index.match(clean_name(owner.text), "person", offset)


def _opens_a_subjectless_sentence(name: Span) -> bool:
    """Whether a name opens a sentence the parser found no subject in ("Eleni plans a few
    changes.", "plans" read as a noun and the name as its modifier): its subject all the same."""
    sent = name.root.sent
    return name.start == sent.start and name.root.dep_ not in ("compound", "poss") \
        and not any(t.dep_ in SUBJECT_DEPS for t in sent)


def is_topic(token: Token) -> bool:
    """The person a sentence opens on ("For Marcel, the numbers are abstract. "...," he said"): as
    salient as a subject for the pronoun that follows."""
    opener = token.head
    after = token.right_edge.i + 1
    return token.dep_ == "pobj" and opener.lower_ in ("for", "to") and opener.i == token.sent.start \
        and after < len(token.doc) and token.doc[after].text == ","


def is_main_verb(verb: Token) -> bool:
    """The main clause's verb, or one joined to it ("said and added"), or a clause ended by a colon
    that the parser hung under the cue after the quotation it introduces ("Reed saw it
    differently: "...," he said", where "saw" is parsed as what "said" reports)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.dep_ == "ROOT" \
            and any(t.text == ":" and t.head.i == verb.head.i for t in verb.doc[verb.right_edge.i + 1 : verb.head.i]):
        return True
    return verb.dep_ == "ROOT"


def is_main_subject(token: Token) -> bool:
    """The subject of its sentence's main clause ("Smith said that Jones ...": Smith, not Jones,
    whose clause is Smith's report): the likely antecedent of a "he" that follows."""
    if (token.dep_ in ("poss", "appos") or _possessive_nmod(token)) and token.head.i != token.i:
        # "Hale's column attacked ...", "Her brother, Tom, worried ...": the person the
        # subject belongs to or is named as; not whose an appositive says the subject is
        # ("Achterberg, Calder Vale's goalkeeper, tore ...": Achterberg)
        if token.dep_ != "appos" and token.head.dep_ == "appos":
            return False
        return is_main_subject(token.head)
    if token.dep_ not in NOMINAL_SUBJECTS:
        return _subject_the_parser_lost(token)
    return is_main_verb(token.head) or _subject_the_parser_lost(token)


def _subject_the_parser_lost(token: Token) -> bool:
    """A name before a main verb that has no subject, with nothing but its own words, commas and
    a participle's phrase between ("At a shelter in Lindell Springs, retired nurse Gloria Amsel,
    74, sat", where the parser joined the name to the place before; "Reiter, asked about the
    call, shrugged", where it made him the subject of "asked", a participle it read as a past
    tense): the subject all the same."""
    root = token.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i <= token.i or \
            any(c.dep_ in NOMINAL_SUBJECTS or c.dep_ == "expl" for c in root.children):
        return False
    between = token.doc[token.i + 1 : root.i]
    if any(t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and any(d.lower_ == "the" for d in t.children)
           for t in between):
        return False  # "In an interview with Ana Reed, the Democratic candidate stated": the appositive is the subject
    inside = {t.i for t in token.subtree}
    verb = token.head
    while verb.i != root.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.i != root.i:
        # inside a clause of its own: only as the subject of a participle hung on the main verb
        # (not of a "that" clause: "alleging that Obama wanted ..., said")
        participle = token.dep_ in NOMINAL_SUBJECTS and verb.i == token.head.i and verb.tag_ in ("VBN", "VBD") \
            and verb.head.i == root.i and not any(c.dep_ == "mark" for c in verb.children)
        if not participle:
            return False
        inside |= {t.i for t in verb.subtree}
    # a participle's phrase set between commas ("Bouchard, finishing a 12-hour shift, said")
    inside |= {t.i for c in root.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and token.i < c.i < root.i
               for t in c.subtree}
    return all(t.is_punct or t.i in inside for t in between)


def _possessive_nmod(token: Token) -> bool:
    # the parser makes some owners with "'s" an nmod rather than poss ("Hale’s column")
    return token.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in token.children)


def reported_self_gender(verb: Token) -> Gender | None:
    """The gender of the "he" or "she" that opens the clause ``verb`` reports ("Vollmer said he did
    not see her"): most often its subject's own, which picks between two people of one surname."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
            if subject is not None and subject.lower_ in _SUBJECT_PRONOUNS:
                return lexicon.pronouns()[subject.lower_][1]  # type: ignore[return-value]
    return None


def address_gender(doc: Doc, name_start: int) -> Gender | None:
    """The gender a form of address right before a name says ("Ms. Mary Smith")."""
    return honorific_gender(doc[name_start - 1].text) if name_start > 0 else None


def apposed_noun_gender(name: Token) -> Gender | None:
    """The gender of a noun standing for the same person as the name ``name`` heads: the noun it
    is in apposition to ("Her uncle, Ned, ..."), a noun in apposition to it ("Ned, her
    uncle, ..."), or a noun right before it ("her husband Tom")."""
    nouns = [c for c in name.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        nouns.append(name.head)
    return next((g for n in nouns if (g := noun_gender(n.lemma_ or n.text)) is not None), None)


def pronoun_gender(name: Token) -> Gender | None:
    """The gender the article's own pronouns give the person ``name`` heads, where the grammar
    leaves no doubt: the subject of a clause reported by this person's own verb ("Smith said
    she started ..."). A possessive in the person's clause ("Smith lost her seat") is left out: it
    often belongs to someone else, and counting it cost names on PolNeAR (train sample 0.862 ->
    0.852). A pronoun between quotation marks is left out: in the speaker's own words "he" is
    someone else (Smith said that "he loves you")."""
    if name.dep_ not in NOMINAL_SUBJECTS:
        return None
    verb = name.head
    pronouns = lexicon.pronouns()
    for token in verb.subtree:
        # (a pronoun before the name only in what the name's own verb of speech reports, "She will
        # retire, Reed said"; before any other verb it is someone else's: "He added, should Lowe
        # run again, that ..." parsed with "added" under "run" is never Lowe)
        if token.i == name.i or (token.i < name.i and not is_cue(verb)) or token.lower_ not in _SUBJECT_PRONOUNS \
                or _in_quotation(token):
            continue
        # stop at another person in between: "Smith told Jones she ..." is ambiguous
        between = verb.doc[min(name.i, token.i) + 1 : max(name.i, token.i)]
        if any(t.ent_type_ in PERSON_LABELS and t.i != name.i for t in between):
            continue
        if token.dep_ in NOMINAL_SUBJECTS and token.head.dep_ in ("ccomp", "xcomp") and token.head.head.i == verb.i:
            return pronouns[token.lower_][1]  # type: ignore[return-value]
    return None


def _someone_else(token: Token) -> bool:
    """A noun for a person that is a participant of its clause ("met the mayor", "with a nurse"),
    not what the subject is ("came as a student")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.person_nouns():
        return False
    return token.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "conj") or (token.dep_ == "pobj" and token.head.lower_ != "as")


def relative_clause_gender(name: Token) -> Gender | None:
    """The gender a possessive gives the person ``name`` heads in a relative clause about that
    person, on the name or on a noun set beside it ("Ana Reed, who lost her seat in 2019";
    "Shelby, a line cook who asked that her surname be left out"): the clause's subject is the
    person, and what it owns, as its object or as the subject of what it asks or says, is mostly
    the person's, though not always ("a lawyer who represents her family"): it counts as little
    as a first name, which it does not overrule."""
    described = [name, *(c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    for clause in (c for d in described for c in d.children if c.dep_ == "relcl"):
        if not any(c.dep_ in NOMINAL_SUBJECTS and c.lower_ == "who" for c in clause.children):
            continue
        owned = [c for c in clause.children if c.dep_ == "dobj"]
        owned += [s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in NOMINAL_SUBJECTS]
        for obj in owned:
            owners = [c for c in obj.children if c.dep_ == "poss" and possessive_gender(c.text) is not None]
            if owners and not _in_quotation(owners[0]):
                return possessive_gender(owners[0].text)
    return None


def next_sentence_gender(name: Token) -> Gender | None:
    """The gender of "he" or "she", the subject of the sentence after the one whose main subject is
    the person ``name`` heads, when neither sentence names another person, by name or by a noun
    for one ("Ana Reed came to Canada in 1965 as a student. That summer she ..."; "Ned Marlo has
    died. He was 84."; not "Ana Reed met the mayor. He ..."): weak, as a first name is (stronger
    than one most, not nearly all, of whose bearers share a gender: "Jordan")."""
    pronoun = _next_sentence_pronoun(name)
    if pronoun is None:
        return None
    doc, sent, following = name.doc, name.sent, pronoun.sent
    if any(e.label_ in PERSON_LABELS and not e.start <= name.i < e.end
           for e in doc.ents if sent.start <= e.start < following.end):
        return None
    own = {t.i for t in name.subtree}
    if any(_someone_else(t) for t in sent if t.i not in own):
        return None
    return lexicon.pronouns()[pronoun.lower_][1]  # type: ignore[return-value]


def _next_sentence_pronoun(name: Token) -> Token | None:
    """"he" or "she", the main subject of the sentence after the one whose main subject ``name``
    is, outside quotation marks ("Every morning, Amira packs two lunches ... Then she takes the
    bus"); else None. Alone it says that ``name`` is a person (a first name the NER called an
    organisation or a place), though not always whose gender the pronoun gives (the sentence may
    name someone else too: next_sentence_gender)."""
    if name.dep_ not in NOMINAL_SUBJECTS or name.head.dep_ != "ROOT" or name.sent.end >= len(name.doc):
        return None
    following = name.doc[name.sent.end].sent
    pronoun = next((c for c in following.root.children if c.dep_ in NOMINAL_SUBJECTS), None)
    return pronoun if pronoun is not None and pronoun.lower_ in _SUBJECT_PRONOUNS and not _in_quotation(pronoun) else None


def _in_quotation(token: Token) -> bool:
    """Whether a token of a paragraph's parse stands between quotation marks (a quotation the
    frame kept as words, marks and all), counted in its own sentence: a stray mark (6'2")
    elsewhere in the paragraph does not turn the rest of it into quotation."""
    before = token.doc.text[token.sent.start_char : token.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


#: the pronouns that say a gender when they report what someone said
_SUBJECT_PRONOUNS = frozenset({"he", "she"})


_NICKNAME = re.compile(rf"(?<=\w)[^\S\n]+{NICKNAME}[^\S\n]+(?=[A-Z])")


def clean_name(name: str) -> str:
    """A name without a leading "the", a possessive, edge punctuation or quotation marks ("Bill
    Clinton ''", the mark of "''in charge''" the tagger took in), or the sentence words the tagger
    took into it ("Perhaps Smith", "Wednesday Apple": data/not_name_words.txt). A nickname
    in quotation marks inside the name is left out ('Constance "Connie" Ferris' is Constance
    Ferris, the name the article's other mentions and other articles match)."""
    name = _NICKNAME.sub(" ", name)
    name = re.sub(r"(?:'s|’s)$", "", name.strip(" '\"“”‘’"))
    words = re.sub(r"^(?:the|The)\s+", "", name).strip(" ,.'\"“”‘’").split()
    if name.rstrip(" ,").endswith(("Jr.", "Sr.")):
        words[-1] += "."  # "Walter Brook Jr.": the full stop is part of the suffix
    not_names = lexicon.words("not_name_words")
    while len(words) > 1 and words[0].lower().strip(",") in not_names:
        words = words[1:]
    if len(words) > 2 and _headline_verb(words[-1]) and first_name_gender(" ".join(words[:-1])) is not None:
        words = words[:-1]  # "Dennis Prager Tells ...", a Title Case headline's verb (not "... American States")
    return " ".join(words)


def _headline_verb(word: str) -> bool:
    """A reporting verb in a Title Case headline that the tagger took into the name before it
    ("Maria Hinojosa Explained Why ..."): a form in -s or -ed (not "Said", a surname too)."""
    return word[:1].isupper() and word.lower() != "said" and word.lower().endswith(("s", "ed")) and is_cue_word(word)
