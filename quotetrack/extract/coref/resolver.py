"""Who a quote's speaker words refer to: names, kinds, roles, in-article coreference.

Turns an Attribution (token spans in a parsed frame) into a Speaker (article offsets, name, kind,
role, affiliation) with the help of the article's ArticleIndex (index.py): surnames to full
names, pronouns and nominals ("the movement", "the US president") to the entity they stand for.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ... import lexicon
from ...names import name_parts, surname
from ...text import opens_on_quote, paragraph_spans
from ...text.marks import DOUBLE_MARKS
from ..attribution.attribute import Attribution
from ..attribution.cues import has_cue_word, marked_by
from ..frames import Frame
from ..state import QuoteState, Speaker, StatementState
from ..syntax import (
    ALL_PLACE_LABELS,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    PLACE_NAME_LABELS,
    glued_start,
    has_which_subject,
    is_common_noun,
    mention_span,
)
from . import roles
from .evidence import address_gender, clean_name, person_owning, reported_self_gender
from .gender import Gender, first_name_gender, is_first_name, noun_gender, possessive_gender
from .index import GOVERNMENT_NOUNS, PRONOUN_LOOKBACK, ArticleIndex, Entity, kin_relation

_NOT_SPEAKERS = {"that", "what"}
#: marks of a clause put before the main clause whose subject pronoun is the main clause's subject
_TIME_MARKS = frozenset({"after", "as", "when", "while", "since", "before", "once", "until", "though", "although"})
#: pronouns only a person takes
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
#: entity labels of numbers and times: a speaker head tagged so is a description, not a name
_NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_INDEFINITE = {"a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "senior"}


def context_paragraphs(text: str, paragraphs: list[tuple[int, int]], p: int, doc: Doc,
                       attributions: list[Attribution]) -> set[int]:
    """Paragraphs besides the quote paragraphs that resolving paragraph p's speakers reads, so
    that the stage parses them: the one before, for "he", "the movement" or a colon
    introduction; and where a speaker named by surname alone ("Naim told AFP") is first named,
    for their full name and title."""
    wanted: set[int] = set()
    if p > 0 and (text[slice(*paragraphs[p - 1])].rstrip().endswith(":")
                  or ASKED_LAST.search(text, *paragraphs[p - 1])):
        wanted.add(p - 1)  # a colon introduction, or "Asked ..., Reed paused." before an answer
    elif p > 0 and opens_on_quote(text[slice(*paragraphs[p])]) and not _holds_quote(text, paragraphs[p - 1]) \
            and has_cue_word(text[slice(*paragraphs[p - 1])]):
        wanted.add(p - 1)  # "Reed said the vote would be close." before a paragraph that is a quotation
    for att in attributions:
        if (tokens := att.speaker_tokens) is None:
            continue
        start, end, head_i = tokens
        head = doc[att.refers_to if att.refers_to is not None else head_i]
        # a number the NER tagged is no name ("the 24-year-old", a DATE)
        named = head.pos_ == "PROPN" or (head.ent_type_ and head.ent_type_ not in _NUMBER_LABELS)
        if head.pos_ == "PRON" or not named or _party_member(doc[start:end], head) or roles.is_role_word(head.text):
            # "he", "the mayor", "the President": the paragraphs the antecedent search reads
            # (index.PRONOUN_LOOKBACK)
            wanted.update(range(p - PRONOUN_LOOKBACK, p))
            if roles.is_role_word(head.text) and head.pos_ != "PRON":
                # ... and where the article first gave someone that title ("Chief Ana Reed")
                first = _first_titled(text, paragraphs, head.text, p)
                if first is not None:
                    wanted.add(first)
        elif end - start <= 2 and head.is_title:
            first = _first_naming(text, paragraphs, head.text)
            if first is not None:
                wanted.add(first)
    return {w for w in wanted if 0 <= w}


def _holds_quote(text: str, paragraph: tuple[int, int]) -> bool:
    return any(mark in DOUBLE_MARKS for mark in text[slice(*paragraph)])

#: a paragraph whose last sentence opens on "Asked" or "When asked": the question before an answer
ASKED_LAST = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:When\s+)?[Aa]sked\b[^.!?]*[.!?][\"”’]?\s*$", re.M)


def _first_titled(text: str, paragraphs: list[tuple[int, int]], title: str, before: int) -> int | None:
    """The first paragraph before ``before`` where ``title`` stands right before a capitalised
    word, as a title before a name does ("Chief Ana Reed", "rookie defenceman Evan Moss")."""
    pattern = re.compile(rf"(?i:\b{re.escape(title)})\s+[A-Z]")
    for n, (lo, hi) in enumerate(paragraphs[:before]):
        if pattern.search(text, lo, hi):
            return n
    return None


def _first_naming(text: str, paragraphs: list[tuple[int, int]], word: str) -> int | None:
    """The first paragraph that holds ``word`` (a surname) as a word."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for n, (lo, hi) in enumerate(paragraphs):
        if pattern.search(text, lo, hi):
            return n
    return None


def resolve(doc: Doc, frame: Frame, paragraph: int, att: Attribution, index: ArticleIndex) -> Speaker:
    """Name, kind and role for the speaker words an attribution found."""
    if (tokens := att.speaker_tokens) is None:
        return Speaker()
    span = doc[tokens[0] : tokens[1]]
    head = doc[tokens[2]]
    if head.lower_ in _NOT_SPEAKERS and (head.pos_ in ("PRON", "DET", "SCONJ") or head.tag_ in ("WDT", "WP")):
        # "a claim that ... "quote"" or "what ... "quote"": the subject is a clause word, and what
        # it stands for is rarely who spoke (tested on PolNeAR train: 4 right of 24)
        return Speaker()
    start, end = frame.article_span(doc, span.start, span.end)
    found = Speaker(start, end, span.text, cue=att.cue, channel=att.channel, how=att.how)
    if att.refers_to is not None:
        # "who" or "a sign saying": the words stay, the name comes from what they stand for
        referent = doc[att.refers_to]
        if referent.dep_ == "appos" and referent.pos_ == "NOUN" and referent.head.ent_type_ in PERSON_LABELS:
            referent = referent.head  # "Delphine Arsenault, a retired pharmacist who said ...": the name
        return _named_by(found, _resolve_token(doc, frame, paragraph, att, index, referent))
    lower = head.lower_
    if head.tag_ == "PRP":
        lower = _SUBJECT_FORMS.get(lower, lower)  # "quoted him as saying": he
    pronouns = lexicon.pronouns()
    if head.pos_ == "PRON" or lower in pronouns:
        if lower == "i" and (writer := index.writer(start)) is not None:
            # an "I" outside quotation marks is the writer's, the author of a column or letter
            return _from_entity(found, writer)
        if lower not in pronouns or lower == "i" or lower == "we":
            return found
        want, gender = pronouns[lower]
        entity: Entity | None = (_cataphor(head, index) or _owner_speaking_in(head, index)) if want == "person" else \
            _enclosing_organisation(head, index) if want == "organization" else None
        if entity is None or not entity.agrees(want, gender):  # type: ignore[arg-type]
            # ("he added", "she continued": the speaker the text goes on with)
            continuing = att.cue_i is not None and doc[att.cue_i].lemma_.lower() in lexicon.words("continuation_cues")
            entity = index.antecedent(start, paragraph, kind=want, gender=gender,  # type: ignore[arg-type]
                                      unnamed=want == "person" or lower == "they", not_these=_addressed(doc, att, index, start),
                                      continuing=continuing)
        if entity is None:
            found.kind = "person" if want == "person" else "unknown"
            return found
        index.see(entity, start, paragraph, subject=True, speaker=True)
        return _from_entity(found, entity)

    party_member = _party_member(span, head)
    if span[0].lower_ in _INDEFINITE and head.tag_ == "NNP" and head.lower_ in lexicon.descriptions() \
            and not any(c.dep_ == "appos" for c in head.children):
        # "an Iowa Democrat", "another New Hampshire Republican": someone the article never names
        # (not "a Democrat, Ana Reed of Ohio,"), whom a "she" of the same paragraph stands for
        found.kind = "anonymous"
        found.name = span.text[0].lower() + span.text[1:]
        found.entity = index.add_unnamed(found.name, start, paragraph)
        return found
    # "The bank's quarterly Monetary Policy Report": a document of its owner's, not a name
    owned_document = head.lower_ in _documents() and any(c.dep_ == "poss" for c in head.children)
    name_rng = None if party_member or owned_document else roles.name_tokens(span, head)
    if name_rng is None and not party_member and head.is_title \
            and index.match(clean_name(head.text), "person", start) is not None:
        name_rng = (head.i, head.i + 1)  # a surname the tagger missed ("Early said"), of someone the article names
    # the name may begin before the speaker words when the parser cut it ("Torsten" of "Torsten
    # Ebbe, an analyst, said" made a verb): the whole name holds the head
    if name_rng is not None and (name_rng[0] >= span.start or doc[name_rng[0]].ent_type_ in PERSON_LABELS):
        name = clean_name(doc[name_rng[0] : name_rng[1]].text)
        kind = _kind_of(doc, head, index, name)
        role = roles.role_before(span, name_rng[0]) if kind == "person" else None
        role = role or (roles.appositive_role(head) if kind == "person" else None)
        affiliation = roles.affiliation_in(doc[span.start : name_rng[0]]) if role else None
        name_offset = frame.to_article(doc[name_rng[0]].idx)
        entity = index.add(name, kind, name_offset, paragraph, role=role, affiliation=affiliation,
                           subject=True, speaker=True, gender=address_gender(doc, name_rng[0]),
                           said_gender=reported_self_gender(doc[att.cue_i]) if att.cue_i is not None else None)
        if kind == "person" and len(entity.name.split()) == 1:
            # "Ansari said" with the full name in a paragraph the parser never saw
            fuller = index.fuller_name(entity.name, name_offset)
            if fuller:
                entity.absorb(fuller, None, None)
        return _from_entity(found, entity, role=role)

    # a nominal named by its appositive: "A top adviser, Ned Reed, said" (the role first),
    # also when the NER took the name for an organisation (roles.named_beside_role)
    appositive = next((c for c in head.children if c.dep_ == "appos" and (
        c.ent_type_ in PERSON_LABELS or roles.named_beside_role(c) or roles.first_name_beside_noun(c))), None) \
        or roles.named_after_role_of(head)
    # ("One of the landowners, Ned Reed, 71, said": one of a group, named)
    if appositive is not None and (head.pos_ == "NOUN" or head.lower_ == "one"):
        rng = roles.name_tokens(doc[appositive.left_edge.i : appositive.right_edge.i + 1], appositive)
        if rng is not None:
            name = clean_name(doc[rng[0] : rng[1]].text)
            role = roles.role_before(span, head.i + 1) if head.pos_ == "NOUN" else None
            entity = index.add(name, "person", frame.to_article(doc[rng[0]].idx), paragraph, role=role,
                               subject=True, speaker=True)
            return _from_entity(found, entity, role=role)

    if head.pos_ == "NOUN" and (given := roles.name_given(span)) is not None:
        # "A man who gave his name only as Tomasz said", "Its developer, who works under the name
        # Grimsditch, said": that name
        name_start, name = given
        entity = index.add(name, "person", frame.to_article(name_start), paragraph, subject=True, speaker=True)
        return _from_entity(found, entity)

    # an organisation named beside the noun for it: "the broadcaster Meridian Television", or set
    # off by commas beside any noun ("Her label, Greyline Records, said")
    if head.pos_ == "NOUN" and (named_org := roles.organisation_beside(head)) is not None \
            and (head.lemma_.lower() in lexicon.group_nouns() or _set_off_right_after(head, named_org)):
        rng = roles.name_tokens(doc[named_org.left_edge.i : named_org.right_edge.i + 1], named_org)
        if rng is not None:
            entity = index.add(clean_name(doc[rng[0] : rng[1]].text), "organization", frame.to_article(doc[rng[0]].idx),
                               paragraph, subject=True, speaker=True)
            return _from_entity(found, entity)

    # a nominal: "the statement", "the movement", "the US president", "a US official"
    lemma = _glued_head(head)
    first = span[0].lower_
    definite = first in ("the", "this", "that", "its", "his", "her", "their")
    # "a document on the Harlow Party's website", "a post on her blog": the site's owner
    site_owner = _site_owner(head) if lemma in _documents() else None
    if site_owner is not None and site_owner.pos_ != "PRON":
        named = _resolve_token(doc, frame, paragraph, att, index, site_owner)
        if named.name is not None and named.kind in ("person", "organization"):
            return _named_by(found, named)
    entity = None
    his_or_her = site_owner if site_owner is not None and site_owner.pos_ == "PRON" else \
        next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if lemma in _issued_things() and his_or_her is not None and possessive_gender(his_or_her.text) is not None \
            and (holder := person_owning(his_or_her, start, paragraph, index)) is not None:
        # "her Twitter account", "his statement": whose the "her" or "his" says, not the
        # platform named beside it
        entity = holder
    elif (issuer := _named_issuer(span, head)) is not None:
        # "the Riverside Institute website", "an editorial in The Boston Globe", "Kasich's
        # statement": a thing speaks for the person or organisation its own words name
        name_rng = roles.name_tokens(doc[issuer.start : issuer.end], issuer.root) or (issuer.start, issuer.end)
        name = clean_name(doc[name_rng[0] : name_rng[1]].text)
        if issuer.label_:
            kind = _kind_of(doc, doc[name_rng[1] - 1], index, name)
        else:  # untagged: a person only when the article or the first name says so
            known = index.match(name, "person") is not None
            named_like_a_person = first_name_gender(name) is not None and not roles.is_outlet_name(name)
            kind = "person" if known or named_like_a_person else "organization"
        entity = index.add(name, kind, frame.to_article(doc[name_rng[0]].idx), paragraph, subject=True, speaker=True)
    elif first in ("the", "this", "that") and lemma in lexicon.words("authored_works") \
            and (author := index.author(start)) is not None:
        entity = author  # "the book said": whoever the text said wrote it ("Ana Lund wrote a memoir")
    elif lemma in lexicon.statement_nouns() and (issuer_entity := _known_owner(head, start, index)) is not None:
        entity = issuer_entity  # "Sanders' email", the possessor a word the tagger took for a common noun
    elif lemma in lexicon.statement_nouns() and (group := _group_issuer(head)) is not None:
        # "a press release from the company", "the council's statement": the organisation that
        # noun stands for
        entity = _organisation_called(index, group, start, paragraph)
    elif lemma in lexicon.statement_nouns() and (definite or (lemma in lexicon.words("issued_statements") and not any(
            c.i > head.i for c in head.children))):
        # "the statement noted", "a statement said": the one just issued; "court documents show",
        # "a new poll found" are nobody's, nor is "a letter signed by 40 doctors" or "an email
        # obtained by the paper" (data/issued_statements.txt)
        # (a court filing is its filer's; an investigation, an audit, a review only its named
        # source's, never the last speaker's: "The subsequent investigation found ...")
        last_issuer = functools.partial(index.statement_issuer, start, paragraph,
                                        issued=lemma in lexicon.words("issued_statements"), noun=lemma)
        # (a filer the text names but the index has not seen yet, "Her campaign sued the party":
        # whoever spoke last, as for any document; with no one named as suing, nobody)
        entity = index.document_source(lemma, start) or (
            (index.filer(start) or (last_issuer() if index.sued_before(start) else None))
            if lemma in lexicon.words("legal_filings")
            # (a court's ruling is the court's or judge's named last, not a party's who spoke)
            else (index.court(start, paragraph) or last_issuer()) if lemma in lexicon.words("court_rulings")
            else None if lemma in lexicon.words("report_nouns") - lexicon.words("statement_nouns")
            else last_issuer())
    elif lemma in lexicon.group_nouns() and (owner := _owner(span, head, start, paragraph, index)) is not None:
        # "the Clinton campaign", "her campaign", "Kasich's campaign": the owner's organisation,
        # by the name the text gives it ("Marchildon's Prairie Renewal Party ... her party")
        entity = index.add(_owned_name(index.text, owner, head.text) or f"{owner} {head.text.lower()}", "organization",
                           start, paragraph)
    elif lemma in lexicon.group_nouns() and (definite or _of_a_place(span, lemma)):
        # "the university": the one the article named ("Northway University"), else the
        # organisation the paragraphs before are about; not when a name in the words says whose
        # it is ("the Reed team", which the tagger did not call a person); a place says where it
        # is, not whose ("the Vessry Bay-based company", "the Halifax museum")
        before = [t for t in span if t.i < head.i]
        owners = [t for t in before if t.pos_ == "PROPN" and not is_common_noun(t)]  # not "foreign" tagged PROPN
        if any(t.lower_ == "based" for t in before) or all(t.ent_type_ in ALL_PLACE_LABELS for t in owners):
            owners = []
        if not owners and lemma in GOVERNMENT_NOUNS:
            # "the Estremian government", "the Ohio government": whose, by its people or place
            owners = [t for t in before if t.ent_type_ in ("NORP", "GPE") and t.text[:1].isupper()]
        # (the possessor is whose, not what: "the country's electoral commission")
        possessor = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        described = [t.text for t in before if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.i not in possessor
                     and (t.is_lower or t.ent_type_ == "NORP")]  # "the Kastrenian ministry"
        if owners:
            entity = index.add(f"{' '.join(t.text for t in owners)} {head.text.lower()}", "organization", start, paragraph)
        else:
            # "the foreign ministry": the "Ministry of Foreign Affairs" the article names
            entity = index.by_description(lemma, described, start)
            # "the sheriff's office": the "County Sheriff's Office" the article names, by the title
            # that owns it
            titles = [t.lemma_.lower() for t in before if t.i in possessor and roles.is_role_word(t.text)]
            if entity is None and titles:
                entity = index.by_description(lemma, titles, start)
            # (not the body the paragraphs before are about when an unnamed person owns this one,
            # "the federal mediator's office", or a place, "Kestria's foreign ministry" after a
            # paragraph about another country's army)
            if entity is None and not any(t.i in possessor and (t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.person_nouns()
                                                                or t.ent_type_ in ALL_PLACE_LABELS) for t in before):
                entity = _organisation_called(index, lemma, start, paragraph)
            if entity is None and _of_a_place(span, lemma):
                # "Canada's foreign ministry", which the article names no otherwise: a body of
                # that place, named as written (and what "the ministry" stands for after)
                entity = index.add(doc[span.start : head.i + 1].text, "organization", start, paragraph)
    elif (relative := _relative_named(head, lemma, start, paragraph, index)) is not None:
        entity = relative  # "Her father said": the father the article named ("his daughter, Noor Haddad")
    elif definite and (age := _age_described(span)) is not None \
            and _ages_a_person(head, age) and not _introduced_unnamed(index, f"{age}-year-old", start):
        # "the 67-year-old (centre)": the person the article gave that age, else the person it is
        # about; not after "a 45-year-old man" the article leaves unnamed; of the gender its noun
        # says ("the 41-year-old mother of two" after a paragraph on her brother)
        said = noun_gender(lemma)
        entity = index.by_age(age, start)
        if entity is None or not entity.agrees("person", said):
            entity = _described(index, start, paragraph, said)
    elif definite and (_noun_for_someone(head, lemma) or party_member or roles.is_role_word(_title_of(head, lemma))):
        # "the mayor", "the rookie defenceman": the person the article gave that role; failing
        # that, a title or a description ("the Florida senator", "the businessman") stands for
        # the person the article is about, unless the article introduced someone unnamed so ("a
        # senator ... the senator")
        title = _title_of(head, lemma)
        to_be = title != head.text  # "the premier-designate": "premier" is the title
        modifiers = [t.text for t in span if t.i < (glued_start(head) if to_be else head.i)
                     and t.lower_ not in ("the", "this", "that")]
        # "the minister's spokeswoman", "his aide": someone of the person named before, not that
        # person (but "the team's captain" may be the player the article named)
        owned = any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ in PERSON_LABELS or roles.is_role_word(c.text))
                    for c in head.children)
        # (a premier-to-be is not the premier the article named: "the outgoing premier"; "her
        # boss", a description someone owns, is not the "eventual boss" the article named)
        entity = None if to_be or (owned and not roles.is_role_word(title)) else index.by_role(title, modifiers, start)
        # "the congresswoman" is a woman: not the man the role's words found, nor the one the
        # paragraphs before are about; "the senior" who "said she had not decided", most often,
        # though the "she" may be someone else: it only steers the fallback below
        if entity is not None and not entity.agrees("person", noun_gender(lemma)):
            entity = None
        said_gender = noun_gender(lemma) or (reported_self_gender(doc[att.cue_i]) if att.cue_i is not None else None)
        # and the nouns joined to the head ("the candidate and former county judge")
        joined = [c.lower_ for c in head.children if c.dep_ == "conj" and c.tag_ == "NN"]
        describes = roles.is_role_word(title) or lemma in lexicon.descriptions() or \
            any(roles.is_role_word(w) or w in lexicon.descriptions() for w in joined)
        # a capitalised title ("the King", "the Speaker") only by the role the article gave someone
        if entity is None and describes and not owned and (_noun_for_someone(head, lemma) or party_member or to_be) \
                and not _introduced_unnamed(index, title, start):
            # a title the article gave no one ("the candidate") stands for the person it is
            # about; a description ("the singer") for one named just before; either, first, for
            # the one person named before the text used it earlier ("the rookie")
            entity = index.described_before(lemma, start, said_gender, modifiers=modifiers,
                                            appositive_only=roles.is_role_word(title)) or (
                index.antecedent(start, paragraph, kind="person", gender=said_gender)
                if roles.is_role_word(title) else _described(index, start, paragraph, said_gender))
            if entity is not None and party_member and _of_another_party(entity, head.lower_):
                entity = None  # "the Ohio Democrat" is not the Republican named last
        if entity is None and _introduced_unnamed(index, title, start) \
                and (unnamed := index.unnamed_called(title, start)) is not None:
            # "A western diplomat ... said" and later "the diplomat said": the same unnamed
            # person, seen speaking again (for the "they" after), under the words written here
            index.see(unnamed, start, paragraph, subject=True, speaker=True)
    if entity is None and not definite and head.tag_ == "NN" and roles.is_role_word(lemma) \
            and (named_owner := next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)) is not None:
        # "Oakley's lawyer": the one lawyer the article named ("Defence lawyer Raymond Oduya"),
        # not the owner, nor one whose role names someone else ("Trump lawyer Alan Garten" is not
        # Nunberg's); of a person only ("NATO's secretary general" is not another body's); none
        # named so, the words stay someone unnamed's ("Calden Water's spokesperson")
        whose = index.match(clean_name(named_owner.text), "person", start)
        holder = index.by_role(lemma, [], start) if whose is not None else None
        if whose is not None and holder is not None and holder is not whose \
                and not _role_names_another(holder, whose, index, start):
            entity = holder
    if entity is not None:
        index.see(entity, start, paragraph, subject=True, speaker=True)
        return _from_entity(found, entity)
    if lemma in lexicon.group_nouns():
        found.kind = "organization"
        return found
    if (lemma in lexicon.anonymous_heads() or roles.is_role_word(head.text) or first in _INDEFINITE or definite
            or is_common_noun(head)):
        # someone the article never names ("a spokesman", "the waiter"): the words stand for them
        found.kind = "anonymous"
        found.name = span.text[0].lower() + span.text[1:] if first in _INDEFINITE or first == "the" else span.text
        if first in _INDEFINITE and head.tag_ == "NN" and lemma not in _documents():
            # one person, whom a "she" of the same paragraph stands for ('"...," said one
            # engineer. "...," she said'), not the person named nearby
            found.entity = index.add_unnamed(found.name, start, paragraph, noun_gender(lemma))
        return found
    return found


def _resolve_token(doc: Doc, frame: Frame, paragraph: int, att: Attribution, index: ArticleIndex, token: Token) -> Speaker:
    """What the words ``token`` heads resolve to, as if they were the speaker's words of ``att``
    ("who" stands for its antecedent, "a document on the council's site" for the council)."""
    token_start, token_end = mention_span(token, [False] * len(doc))
    return resolve(doc, frame, paragraph, dataclasses.replace(
        att, speaker_start=token_start, speaker_end=token_end, speaker_head=token.i, refers_to=None), index)


def _named_by(found: Speaker, named: Speaker) -> Speaker:
    """The speaker words of ``found`` with the name, kind, role and entity of ``named``."""
    return dataclasses.replace(found, name=named.name, kind=named.kind, role=named.role,
                               affiliation=named.affiliation, entity=named.entity)


#: the subject form of a pronoun a speaker may be written in ("Reuters quoted him as saying")
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def _organisation_called(index: ArticleIndex, noun: str, offset: int, paragraph: int) -> Entity | None:
    """The organisation "the <noun>" stands for ("the university", "the company"): the one the
    article named so (ArticleIndex.by_name_word), else the one it is about
    (ArticleIndex.organisation_about); it is then known to be called so ("the company" now is
    never "the union" later)."""
    entity = index.by_name_word(noun, offset) or index.organisation_about(offset, paragraph, noun)
    if entity is not None:
        entity.called.add(noun)
    return entity


def _addressed(doc: Doc, att: Attribution, index: ArticleIndex, offset: int) -> tuple[Entity, ...]:
    """Whom the cue names as its listener ("he told Reed", "she said to Ana Price"): people the
    pronoun subject of that cue is not."""
    if att.cue_i is None:
        return ()
    cue = doc[att.cue_i]
    heard = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    heard += [g for c in cue.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    found = (index.match(clean_name(t.text), "person", offset) for t in heard if t.pos_ == "PROPN")
    return tuple(e for e in found if e is not None)


def _set_off_right_after(head: Token, name: Token) -> bool:
    """Whether an organisation's name stands right after a noun, set off by a comma ("Her label,
    Greyline Records, said"), not further on ("the employee of four years, a Republican")."""
    doc = head.doc
    return name.dep_ == "appos" and head.i + 2 < len(doc) and doc[head.i + 1].text == "," \
        and doc[head.i + 2].ent_iob_ == "B" and doc[head.i + 2].ent_type_ == "ORG" and name.i >= head.i + 2


def _of_a_place(span: Span, lemma: str) -> bool:
    """"Canada's foreign ministry": a public body (data/public_bodies.txt) a place owns; not
    "Kasich's campaign", whatever the NER called Kasich."""
    return span[0].dep_ == "poss" and span[0].ent_type_ in ("GPE", "NORP") and lemma in lexicon.words("public_bodies")


def _title_of(head: Token, lemma: str) -> str:
    """The title a head noun names: its own word, or the office of "the premier-designate" and
    "the president-elect" (tokenised "premier", "-", "designate"): an office to be, whose holder
    the role's words do not find (the premier named is the outgoing one); the fallback does."""
    office, _, suffix = lemma.rpartition("-")
    if suffix in ("elect", "designate") and roles.is_role_word(office) and " " not in office:
        return office
    return head.text


def _noun_for_someone(head: Token, lemma: str) -> bool:
    """A common noun, or a description the tagger took for an adjective ("The senior, who is on
    track to graduate, said")."""
    return is_common_noun(head) or (head.pos_ == "ADJ" and lemma in lexicon.descriptions())


def _described(index: ArticleIndex, offset: int, paragraph: int, gender: Gender | None = None) -> Entity | None:
    """The person a description with no role to match stands for ("the singer", "the
    34-year-old"): one named earlier in its paragraph, which the description spares the writer
    naming again ("For Reed, the goal was ... The 34-year-old said"), else the person the
    paragraphs before are about; of the gender the noun says, if it says one ("the
    businesswoman")."""
    return index.antecedent(offset, paragraph, kind="person", gender=gender, lookback=0) \
        or index.antecedent(offset, paragraph, kind="person", gender=gender)


def _glued_head(head: Token) -> str:
    """A head noun's lemma, with the words the tokenizer split off it at hyphens ("centre-back",
    "wing-back": the head is "back")."""
    start = glued_start(head)
    if start == head.i:
        return head.lemma_.lower()
    return head.doc[start : head.i].text.lower() + head.lemma_.lower()


def _ages_a_person(head: Token, age: str) -> bool:
    """Whether "the <age>-year-old <head>" is a person: the age alone ("the 67-year-old"), a role or
    description, or another noun at a person's age that names no organisation or document ("the
    34-year-old centre"; not "the 150-year-old institution" or "the 34-year-old newspaper")."""
    lemma = head.lemma_.lower()
    if head.lower_ == "old" or roles.is_role_word(head.text) or lemma in lexicon.descriptions():
        return True
    return int(age) < 110 and is_common_noun(head) and lemma not in lexicon.group_nouns() \
        and lemma not in _documents()


def _age_described(span: Span) -> str | None:
    """The age a description gives ("the 34-year-old centre" -> "34"), or None."""
    found = _AGE_DESCRIPTION.search(span.text)
    return found.group(1) if found else None


#: an age in a description: "34-year-old", "34 year old"
_AGE_DESCRIPTION = re.compile(r"\b(\d{1,3})[-\s]year[-\s]old\b", re.I)


def _of_another_party(entity: Entity, member: str) -> bool:
    """Whether the role or affiliation the article gives a person names a rival of the party
    ``member`` belongs to (data/party_rivals.txt)."""
    words = f"{entity.role or ''} {entity.affiliation or ''}".lower()
    return any(w in words for w in lexicon.table("party_rivals").get(member, "").split())


def _party_member(span: Span, head: Token) -> bool:
    """"the Kentucky Republican": a description of a person named before (data/descriptions.txt),
    not the party's name."""
    return span[0].lower_ == "the" and head.tag_ == "NNP" and head.lower_ in lexicon.descriptions()


#: how many steps up the parse the clause whose subject it is may stand (five in the example below)
_ENCLOSING_REACH = 8


def _relative_named(head: Token, lemma: str, offset: int, paragraph: int, index: ArticleIndex) -> Entity | None:
    """The person a kin noun with an owner stands for ("Her father", "Noor's father"), when the
    article named that relative of the owner (ArticleIndex.relative; for "her", of the latest
    woman nearby who has one); else None."""
    # (a parent or a child only: a brother or a wife each of the two has, and a "his" taken for
    # the wrong one of them gives the other's name: "Alastair Osman called him ..., his brother
    # told ITV" is Alastair's words, not Richard's)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "my":
        # the writer's relative (speaker words are outside quotation marks): any the text named
        # as "my <noun>" ("My mother, Elsbeth Oduya, ...": "my mother said"), wife or brother too
        return index.relative(index.narrator(offset), lemma)
    if owner is None or kin_relation(lemma) not in ("parent", "child"):
        return None
    if owner.pos_ == "PRON":
        # who "her" is, by whose father the text named
        gender = possessive_gender(owner.text)
        return index.relative_of_someone(lemma, offset, paragraph, gender) if gender else None
    of = person_owning(owner, offset, paragraph, index)
    return index.relative(of, lemma) if of is not None else None


def _enclosing_organisation(pronoun: Token, index: ArticleIndex) -> Entity | None:
    """The organisation an "it" inside a clause stands for when a clause around it has that
    organisation's name for its subject, or a "which" that stands for the name ("a setback for
    Andeva, which had hoped to begin a project it says would produce ..."): the nearest such
    subject up the parse, if the article names it as an organisation; else None."""
    verb = pronoun.head
    for _ in range(_ENCLOSING_REACH):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None or not (subject.ent_type_ in ORG_LABELS or subject.pos_ == "PROPN"):
            continue
        found = _indexed_name(subject, "organization", index)
        if found is not None:
            return found
    return None


def _cataphor(pronoun: Token, index: ArticleIndex) -> Entity | None:
    """The person a pronoun stands for when it is the subject of a clause put before the main
    clause, whose subject is that person's name ("After he blasted the film, Pastor Ned Reed set
    his sights on ..."): named after the pronoun, not before it. Only a clause of time or
    concession ("after", "as", "even though"), or a phrase of the main verb that opens on a
    preposition ("In what he called a rant, Mayor Ned Reed took ..."): what the subject did.
    None otherwise."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return None
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        if not marked_by(verb, _TIME_MARKS):
            return None  # "Because he told reporters ..., the manager said ...": a cause may be someone else's act
        main = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.i < verb.i < verb.head.head.i:
        main = verb.head.head
    else:
        return None
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subject is None or not (subject.ent_type_ in PERSON_LABELS or subject.pos_ == "PROPN"):
        return None  # a name, of someone the article names as a person (index.match below)
    return _indexed_name(subject, "person", index)


def _indexed_name(token: Token, kind: str, index: ArticleIndex) -> Entity | None:
    """The ``kind`` of entity the article names by the name in the words ending at ``token``
    (from its phrase's first word), if the index knows it."""
    rng = roles.name_tokens(token.doc[token.left_edge.i : token.i + 1], token)
    return index.match(clean_name(token.doc[rng[0] : rng[1]].text), kind) if rng is not None else None


#: how many words before a relative clause the noun it is on may stand ("account to investigators, in which")
_CLAUSE_REACH = 6


def _owner_speaking_in(pronoun: Token, index: ArticleIndex) -> Entity | None:
    """The person whose account, letter or interview a clause about it has the pronoun speak in
    ("Solberg's account to investigators, in which he said ...": Solberg), when the article names
    that person; None otherwise."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl" \
            or not any(t.i < pronoun.i and t.lower_ in ("which", "where") for t in verb.subtree):
        return None  # "Reed's brother, whom he met": no clause on what the owner said
    # the noun the clause is on: its head, or the nearest occasion of speech before the clause
    # (the parser may hang the clause on the sentence's subject: "prosecutors relied on
    # Solberg's account to investigators, in which he said")
    occasions = _speech_occasions()
    opens = min(t.i for t in verb.subtree)
    before = [t for t in pronoun.doc[max(pronoun.sent.start, opens - _CLAUSE_REACH) : opens] if t.lemma_.lower() in occasions]
    noun = verb.head if verb.head.lemma_.lower() in occasions else before[-1] if before else None
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    # an interview with a person: that person speaks in it, not the interviewer ("Hannity's
    # interview with him", "Hale's interview with Reed"; "Reed's interview with the BBC" is Reed's)
    partner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"), None)
    if partner is not None and partner.pos_ == "PRON":
        return None  # whom "him" stands for: the pronoun rules'
    if partner is not None and partner.ent_type_ in PERSON_LABELS:
        owner = partner
    return _indexed_name(owner, "person", index) if owner is not None else None


def _group_issuer(head: Token) -> str | None:
    """The group noun a document names as its issuer, with "the": "a press release from the
    company", "the council's statement" -> "company", "council"; else None."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in _ISSUER_PREPOSITIONS
               for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        lemma = owner.lemma_.lower()
        if lemma in lexicon.group_nouns() and owner.text.islower() and any(d.lower_ == "the" for d in owner.children):
            return lemma  # not "from the Town of Ridgeford", a name
    return None


def _named_issuer(span: Span, head: Token) -> Span | None:
    """The name inside a phrase about a thing rather than a person that says whose thing it is:
    a name before the head ("the Riverside Institute website", "Kasich's statement") or after
    it in/by/from/of ("an editorial in The Boston Globe", "a study by Peter Schott", "a report
    published by the analyst firm Brightline Research").
    Only for documents and publications (data/statement_nouns.txt, publication_nouns.txt): a
    head that may be a person or a group ("the Clinton aide", "the Berlin wine merchant", "the
    Clinton campaign") is left to other rules. None when no name is there."""
    lemma = head.lemma_.lower()
    if not is_common_noun(head) or lemma not in _issued_things():
        return None  # "the Berlin wine merchant", "Ted Cruz's associates": people, not a thing
    for ent in span.ents:
        if ent.label_ not in PERSON_LABELS + ORG_LABELS or ent.start <= head.i < ent.end:
            continue
        root = ent.root
        if root.head.i == head.i and root.dep_ in ("compound", "poss", "nmod"):
            return ent
        # ... or beside the noun for its kind, after a participle ("a report published last
        # month by the analyst firm Brightline Research")
        while root.dep_ in ("appos", "compound") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < ent.start:
            root = root.head
        # (by whom, not where: "exit polls taken in Maine", "records filed in the Senate";
        # who made it, not who saw it: "records reviewed by the Courier"; nor one of two: "a
        # complaint filed by the commission and a complaint by Vermont")
        by_participle = root.head.head.dep_ == "acl" and root.head.lower_ == "by" \
            and root.head.head.lemma_.lower() in lexicon.words("authoring_verbs") and not any(c.dep_ == "conj" for c in head.children)
        attached = root.head.head.head if by_participle else root.head.head
        if root.dep_ == "pobj" and root.head.lower_ in _ISSUER_PREPOSITIONS and attached.i == head.i:
            return ent
    # a proper noun the NER left untagged: "the Riverside Institute website"
    for child in head.lefts:
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN" and child.is_title:
            first = next(t for t in child.subtree if t.pos_ == "PROPN")
            return span.doc[first.i : child.i + 1]
    return None


#: where a document is posted: "a statement on its website", "a post on her Facebook page"
_POSTED_ON = frozenset({"on", "at"})


def _site_owner(head: Token) -> Token | None:
    """The possessor of the site a document is posted on ("a document on the Harlow Party's
    website": "Party"; "a post on her blog": "her"); None when the words name no such site."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _POSTED_ON:
            continue
        for site in prep.children:
            if site.dep_ == "pobj" and site.lemma_.lower() in lexicon.words("site_nouns"):
                return next((c for c in site.children if c.dep_ == "poss"), None)
    return None


def _known_owner(head: Token, offset: int, index: ArticleIndex) -> Entity | None:
    """The person or organisation the article names that a capitalised possessor or author
    stands for ("Reed's email", "an email sent out by Reed", "the letter, which was
    attributed to Reed"), though the NER missed it."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.is_title and c.pos_ != "PRON"), None)
    if owner is None and _own_author(head) and any(c.dep_ == "conj" and c.lemma_.lower() in _documents() for c in head.children):
        # the first of two documents has an author of its own: neither's alone ("a complaint
        # filed by X and a complaint (filed in Y)"; "a letter and a memo from Reed" are Reed's)
        return None
    if owner is None:
        authors = [g for t in head.subtree if (t.lower_ in ("by", "from") or t.lower_ == "to" and _attributed_to_its_author(t.head))
                   and t.head.i in (head.i, *(c.i for c in head.children))
                   for g in t.children if g.dep_ == "pobj" and g.is_title and g.pos_ != "PRON"]
        owner = authors[0] if authors else None
    if owner is None:
        return None
    name = clean_name(owner.text)
    return index.match(name, "person", offset) or index.match(name, "organization", offset)


def _role_names_another(holder: Entity, owner: Entity, index: ArticleIndex, offset: int) -> bool:
    """Whether the role or affiliation the article gave ``holder`` names a person other than
    ``owner`` ("Trump lawyer" is not Nunberg's lawyer)."""
    words = re.findall(r"[A-Z][\w'’-]+", f"{holder.role or ''} {holder.affiliation or ''}")
    return any((named := index.match(clean_name(w), "person", offset, first_name=False)) is not None and named is not owner
               for w in words)


def _attributed_to_its_author(verb: Token) -> bool:
    """Whether a verb is "attributed" with no word saying it wrongly was ("falsely attributed to
    Einstein": data/misattribution_words.txt) or was not."""
    return verb.lemma_ == "attribute" and not any(
        c.dep_ == "neg" or c.lower_ in lexicon.words("misattribution_words") for c in verb.children)


def _own_author(noun: Token) -> bool:
    """Whether a document noun has its own "by" or "from" ("a complaint filed by X"), not one it
    shares with a noun joined to it ("a letter and a memo from Reed": the letter has none)."""
    near = {noun.i, *(c.i for c in noun.children if c.dep_ not in ("conj", "cc"))}
    return any(t.lower_ in ("by", "from") and t.head.i in near for t in noun.subtree)


@functools.cache
def _documents() -> frozenset[str]:
    """Documents, publications and bodies of evidence: things, never an unnamed person."""
    return _issued_things() | lexicon.words("evidence_nouns")


@functools.cache
def _speech_occasions() -> frozenset[str]:
    """Documents and occasions of speech: what someone speaks in ("account", "interview")."""
    return _issued_things() | lexicon.words("speech_occasions")


@functools.cache
def _issued_things() -> frozenset[str]:
    """Documents and publications: the heads that speak for the name in their own words."""
    return lexicon.statement_nouns() | lexicon.words("publication_nouns")


#: prepositions that name a thing's author or publisher: "an editorial in", "a study by"
_ISSUER_PREPOSITIONS = frozenset({"in", "by", "from", "of"})


def _owner(span: Span, head: Token, offset: int, paragraph: int, index: ArticleIndex) -> str | None:
    """The person a group noun belongs to, by surname: "the Clinton campaign" and "Clinton's
    campaign" -> "Clinton"; "her campaign" -> the surname of the woman "her" refers to; "the
    mayor's office" -> the surname of the person the article made mayor ("Chow office", the
    name "her office" gets too)."""
    before = [t for t in span if t.i < head.i]
    # (or a possessor the NER did not call a person, whom the article names as one: "Ashby's campaign")
    names = [t for t in before if t.pos_ == "PROPN" and (t.ent_type_ in PERSON_LABELS or (
        t.dep_ == "poss" and index.match(clean_name(t.text), "person", offset, first_name=False) is not None))]
    if names:
        return clean_name(names[-1].text)
    role = next((t for t in before if t.dep_ == "poss" and t.pos_ == "NOUN" and roles.is_role_word(t.text)), None)
    if role is not None:
        holder = index.by_role(role.text, [t.text for t in before if t.i < role.i and t.lower_ != "the"], offset)
        return surname(holder.name) if holder is not None else None
    possessive = next((t for t in before if t.dep_ == "poss" and possessive_gender(t.text) is not None), None)
    owner = person_owning(possessive, offset, paragraph, index) if possessive is not None else None
    return surname(owner.name) if owner is not None else None


def _owned_name(text: str, owner: str, noun: str) -> str | None:
    """The name the text gives the owner's organisation of this kind: "Prairie Renewal Party" of
    "Colette Marchildon's Prairie Renewal Party" for her party; None when it gives none."""
    words = rf"{re.escape(owner)}['’]s\s+((?:[A-Z][\w'’-]*\s+){{1,4}}{re.escape(noun.capitalize())})\b"
    found = re.search(words, text)
    return found.group(1) if found else None


#: a copula or "as" right before a possessed noun phrase: it describes someone ("who is the club's
#: captain", "has been the company's spokesperson", "served as the mayor's aide")
_DESCRIBING = re.compile(r"\b(?:is|was|been|became|becomes|as)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]*$")


def _describes_someone(text: str, at: int) -> bool:
    """Whether the possessive ending at ``at`` ("'s" of "the club's captain") is in a phrase a
    copula or "as" makes a description of someone (``_DESCRIBING``), within its sentence."""
    sentence = re.split(r"[.!?]\s", text[max(0, at - 120) : at])[-1]
    return _DESCRIBING.search(sentence) is not None


def _set_beside_a_name(text: str, at: int, name_ends: set[int]) -> bool:
    """Whether the possessive ending at ``at`` is in an appositive set off after a name the index
    saw ("Hanna Lindqvist, the Council of Northern States' special envoy")."""
    lo = max(0, at - 120)
    beside = re.search(r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]*$", text[lo:at])
    return beside is not None and lo + beside.start() in name_ends


def _introduced_unnamed(index: ArticleIndex, head: str, offset: int) -> bool:
    """Whether the text before ``offset`` introduced someone unnamed with this head noun ("a
    senior official", "an election worker", "Calden Water's spokesperson"), whom a later "the
    official" refers back to."""
    text = index.text
    pattern = rf"\b(?i:a|an|another|one)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b"
    # not one set beside a name the index saw ("Marr, a stage actor, ..."): that one is named
    name_ends = {s.end for s in index.sightings if s.end is not None}
    introductions = [m for m in re.finditer(pattern, text[:offset])
                     if not (beside := re.search(r",\s*$", text[max(0, m.start() - 3) : m.start()]))
                     or max(0, m.start() - 3) + beside.start() not in name_ends]
    # ... or as someone's, with no name after ("Calden Water's spokesperson said", "the workers'
    # spokeswoman"; not "the mayor's spokesman, Tom Reed," nor "her lawyer Ana Reed", nor "it's
    # the spokesperson"), unless it describes someone named ("Ana Reed, who is the club's
    # captain"; "Marr has been the company's spokesperson")
    owned = rf"(?<!\b[Ii]t)(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Tt]hat)(?<!\b[Tt]here)(?<!\b[Ww]ho)(?:['’]s|s['’])" \
        rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(head)}\b(?!,?\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][a-z])"
    introductions.extend(m for m in re.finditer(owned, text[:offset])
                         if not _describes_someone(text, m.start()) and not _set_beside_a_name(text, m.start(), name_ends))
    introductions.sort(key=lambda m: m.start())
    if not introductions:
        return False
    # only nearby: a story may open on "A councillor in Leeds ..." and name him paragraphs later
    starts = _paragraph_starts(text)
    return bisect.bisect_right(starts, offset) - bisect.bisect_right(starts, introductions[-1].start()) <= PRONOUN_LOOKBACK


@functools.lru_cache(maxsize=8)
def _paragraph_starts(text: str) -> list[int]:
    # the article's paragraphs, split once per article however many descriptions ask
    return [lo for lo, _ in paragraph_spans(text)]


def _kind_of(doc: Doc, head: Token, index: ArticleIndex, name: str) -> str:
    outlet = roles.is_outlet_name(name)
    before = head.i - len(name.split())
    if outlet and before >= 0 and doc[before].lower_ == "the":
        return "organization"  # "the Post", though Emily Post is named too
    # a place's name is a person's only as a surname: "Israel" is not Israel Katz
    if index.match(name, "person", first_name=head.ent_type_ not in PLACE_NAME_LABELS) is not None:
        return "person"  # the NER may call a bare surname an organisation
    if outlet and head.ent_type_ not in PERSON_LABELS:
        return "organization"  # "Washington Post", "New York Times" (the lexicon knows "York")
    if any(c.dep_ == "relcl" and has_which_subject(c) for c in head.children):
        return "organization"  # "Low Tide Pictures, which said ...": "which" is no person's
    if roles.is_business_name(name):
        return "organization"  # "Halvorsen Pharma said", which the NER took for a person
    if len(name.split()) == 1 and head.ent_type_ not in ("GPE", "NORP") \
            and (fuller := index.fuller_name(name, len(index.text))) \
            and not (head.lemma_.lower() in lexicon.group_nouns() and index.match(fuller, "organization") is not None):
        # ... and the full name ("Majed Al-Ansari") stands elsewhere in the article; not a people
        # or party ("Democrats", whose "Iowa Democrats" is no full name), nor an organisation's
        # word ("the Board" of the "Coastal Lights Board")
        return "person"
    if len(name.split()) == 1 and index.fuller_organisation(name) and address_gender(doc, head.i) is None \
            and not _he_or_she_after(head):
        # "Bramwell said in a statement" in an article on "Bramwell Energy" and no person of that
        # name (index.match above), no "Mr." before it and no "he" or "she" after it in its
        # paragraph: the company, whatever the NER called the word
        return "organization"
    for ent in doc.ents:
        if ent.start <= head.i < ent.end:
            if ent.label_ in PERSON_LABELS:
                return "person"
            if ent.label_ in ORG_LABELS or ent.label_ in PLACE_LABELS:
                return "organization"
    if index.match(name, "organization") is not None or index.fuller_organisation(name):
        return "organization"  # known, or "Vantor" of "Vantor Nickel Ltd."
    if head.lemma_.lower() in lexicon.group_nouns():
        return "organization"
    if len(name.split()) == 1 and not is_first_name(name) and address_gender(doc, head.i) is None \
            and not _he_or_she_after(head):
        # one word the NER left untagged, with no fuller name in the article (above), no "Mr." or
        # "Ms." right before it and no "he" or "she" after it in its paragraph: news names a
        # person in full, so this is an organisation ("Coldframe said")
        return "organization"
    return "person"


def _he_or_she_after(head: Token) -> bool:
    """Whether "he", "she" and their forms follow ``head`` in its paragraph's parse ("Okafor said
    ... She thanked the volunteers")."""
    return any(t.lower_ in _PERSONAL_PRONOUNS for t in head.doc[head.i + 1 :])



def _from_entity(found: Speaker, entity: Entity, role: str | None = None) -> Speaker:
    found.entity = entity
    found.name = entity.name
    found.kind = entity.kind
    found.role = role or entity.role
    found.affiliation = entity.affiliation
    return found


def finalize(states: Sequence[QuoteState | StatementState], index: ArticleIndex) -> None:
    """Once the whole article is read: every quote of an entity gets its fullest name, the name
    mention it was resolved to and, when its own words gave none, the role and affiliation the
    article gives that entity anywhere."""
    for entity in {id(s.speaker.entity): s.speaker.entity for s in states if s.speaker.entity is not None}.values():
        _take_full_name(entity, index)
    for state in states:
        sp = state.speaker
        if sp.entity is not None:
            sp.antecedent = index.named_at(sp.entity, sp.start if sp.start is not None else state.start)
            sp.name = _name_for(sp, sp.entity, index)
            sp.kind = sp.entity.kind
            sp.role = sp.role or sp.entity.role
            sp.affiliation = sp.affiliation or sp.entity.affiliation


def _name_for(sp: Speaker, entity: Entity, index: ArticleIndex) -> str:
    """The name a mention's speaker goes by: the entity's, and for an organisation the article
    calls by one word ("Lumenvale said"), the longer name it gives once ("Lumenvale Systems") when
    the speaker words are not that word ("the company said", "it said"): a name source keeps the
    name as written, a description or pronoun takes the fullest name (as the canonical metric of
    ../shared/polnear/NOTES.md reads both)."""
    if entity.kind != "organization" or " " in entity.name or sp.words is None \
            or re.search(rf"\b{re.escape(entity.name)}\b", sp.words):
        return entity.name
    return index.fuller_organisation(entity.name) or entity.name


def _take_full_name(entity: Entity, index: ArticleIndex) -> None:
    """A person known only by surname whom no speaker's own name gave a full name (resolve does
    that as it goes): one a pronoun or description was resolved to ("Okonjo", whose "substitute
    Tobi Okonjo" the tagger did not call a person) takes the full name the text gives nearest
    before their first sighting, else the first after, unless another person of the article has it
    (the guard costs the speaker path three quotes of the invented news, so that path keeps none)."""
    if entity.kind != "person" or len(entity.name.split()) != 1:
        return
    first = next((s.offset for s in index.sightings if s.entity is entity), None)
    fuller = index.fuller_name(entity.name, first) if first is not None else None
    if fuller is not None and not any(e is not entity and fuller in e.aliases for e in index.entities):
        entity.absorb(fuller, None, None)
        return
    # a first name ("Eli said", the family's surname shared by two): the one person of the
    # article with that first name, named in full ("Eli Vance")
    named = {e.name for e in index.entities if e is not entity and e.kind == "person" and len(name_parts(e.name)) > 1
             and name_parts(e.name)[0].lower() == entity.name.lower()}
    if not named and is_first_name(entity.name):
        # ... or written in full where the parser never read ("Tobin Marsh, 39, worried ...")
        named = set(index.surnames_after(entity.name))
    if len(named) == 1:
        entity.absorb(named.pop(), None, None)
