"""The in-article coreference index as plain data: no parser, no model. Each rule of agreement
and salience on a cast of names built by hand."""

from __future__ import annotations

import pytest

from quotetrack.extract.coref.evidence import _surname_of_someone
from quotetrack.extract.coref.gender import first_name_gender, honorific_gender
from quotetrack.extract.coref.index import ArticleIndex, Entity, role_word

TEXT = "x" * 2000  # offsets only; no name is read back from it here


def indexed(doc, text: str | None = None) -> ArticleIndex:
    """The index of an article (``text``, else the doc's own) whose one parsed paragraph is ``doc``."""
    from quotetrack.extract.coref.evidence import index_entities
    from quotetrack.extract.frames import Frame

    index = ArticleIndex(doc.text if text is None else text)
    index_entities({0: doc}, {0: Frame(doc.text, [0], [0])}, index)
    return index


def scan_subjects(index: ArticleIndex, doc, text: str, start: int = 0) -> ArticleIndex:
    """Run the untagged-subject scan over one hand-built paragraph ``doc`` (the text from
    ``start``), with no quotation in it."""
    from quotetrack.extract.coref.evidence import _index_untagged_subjects
    from quotetrack.extract.frames import build_frame

    _index_untagged_subjects({1: doc}, {1: build_frame(text, start, len(text), [])}, {1: set()}, index)
    return index


def cast(*people: tuple[str, int, int, dict]) -> ArticleIndex:
    """An index with people added as (name, offset, paragraph, options)."""
    index = ArticleIndex(TEXT)
    for name, offset, paragraph, options in people:
        index.add(name, options.pop("kind", "person"), offset, paragraph, **options)
    return index


def test_a_form_of_address_says_the_gender():
    """"Ms. Mary Smith met Mr. John Brown": she is Smith, he is Brown, whatever came last."""
    index = cast(("Mary Smith", 0, 0, {"gender": "f", "subject": True}), ("John Brown", 30, 0, {"gender": "m"}))
    assert index.antecedent(100, 1, kind="person", gender="f").name == "Mary Smith"
    assert index.antecedent(100, 1, kind="person", gender="m").name == "John Brown"


def test_a_first_name_says_the_gender_when_no_address_does():
    index = cast(("Susan Sarandon", 0, 0, {"subject": True}), ("Bernard Smith", 50, 1, {"subject": True}))
    assert index.antecedent(200, 2, kind="person", gender="f").name == "Susan Sarandon"
    assert index.antecedent(200, 2, kind="person", gender="m").name == "Bernard Smith"


def test_stronger_evidence_wins_over_the_first_name():
    index = cast(("Leslie Jones", 0, 0, {"gender": "m"}))  # an address beats any first-name lexicon
    (entity,) = index.entities
    entity.note_gender("f", "first-name")
    assert entity.gender == "m"
    entity.note_gender("f", "pronoun")
    assert entity.gender == "m"  # an address is stronger than the article's pronouns too


def test_the_articles_pronouns_vote_on_a_gender():
    # "Reed said he had resisted" (he: the drummer), then twice "Reed said she ...": she
    index = cast(("Reed", 0, 0, {}))
    (entity,) = index.entities
    entity.note_gender("m", "pronoun")
    assert entity.gender == "m"
    entity.note_gender("f", "pronoun")
    assert entity.gender == "m"  # a tie keeps the first
    entity.note_gender("f", "pronoun")
    assert entity.gender == "f"


def test_one_pronoun_does_not_outvote_a_first_name_nearly_all_of_one_gender():
    # "Karin Brandvold ... said only that he had been careful" (her son): still a woman; a second
    # "she said he" would make her a man
    index = cast(("Karin Brandvold", 0, 0, {}))
    (entity,) = index.entities
    assert entity.gender == "f"
    entity.note_gender("m", "pronoun")
    assert entity.gender == "f"
    entity.note_gender("m", "pronoun")
    assert entity.gender == "m"
    # ... a noun's evidence ("Reed, the mother of two") yields to the first "Reed said he"
    index = cast(("Reed", 0, 0, {}))
    (reed,) = index.entities
    reed.note_gender("f", "noun")
    reed.note_gender("m", "pronoun")
    assert reed.gender == "m"


def test_a_first_name_most_not_nearly_all_of_one_gender_yields_to_the_articles_words():
    # "Jordan" is 89% men's: "Jordan Achterberg, a paramedic ... She said" makes her a woman,
    # where "Jessica" (nearly all women's) would not yield to the same evidence
    index = cast(("Jordan Achterberg", 0, 0, {}), ("Jessica Reed", 10, 0, {}))
    jordan, jessica = index.entities
    assert (jordan.gender, jessica.gender) == ("m", "f")
    jordan.note_gender("f", "noun")
    jessica.note_gender("m", "noun")
    assert (jordan.gender, jessica.gender) == ("f", "f")


def test_unknown_gender_agrees_with_either_pronoun():
    index = cast(("Ansari", 0, 0, {"subject": True}))  # a surname alone says nothing
    assert index.entities[0].gender is None
    assert index.antecedent(10, 0, kind="person", gender="m").name == "Ansari"
    assert index.antecedent(10, 0, kind="person", gender="f").name == "Ansari"


def test_a_known_gender_beats_an_unknown_one_in_the_window():
    """"Mary Smith said ... Ansari said ... / ... / she said": the woman, though Ansari (a surname
    alone, gender unknown) is the later subject; with no woman in the window, Ansari still agrees.
    (Right after a paragraph that names Ansari alone, he wins: the next test.)"""
    index = cast(("Mary Smith", 0, 0, {"subject": True}), ("Ansari", 40, 1, {"subject": True}))
    assert index.antecedent(220, 3, kind="person", gender="f").name == "Mary Smith"
    assert index.antecedent(220, 3, kind="person", gender="m").name == "Ansari"
    assert index.antecedent(900, 6, kind="person", gender="m") is None  # outside the window


def test_a_surname_alone_takes_the_gender_of_the_first_names_the_text_gives_it():
    """"Jolly said ..." indexed before the paragraph that names "David Jolly" is parsed: a man, so
    the "he" after it is not the man named further back; none when the text's full names of that
    surname give no first name ("Republicans Jolly")."""
    text = "Senator David Jolly spoke. Later, Republicans Jolly and Cruz met. " + "x" * 300
    index = ArticleIndex(text)
    index.add("Carlos Lopez", "person", 200, 0, subject=True, speaker=True)
    jolly = index.add("Jolly", "person", 250, 1, subject=True)
    assert jolly.gender == "m"
    # (two paragraphs on, where only the gender makes him the "he" rather than the man before him)
    assert index.antecedent(400, 3, kind="person", gender="m") is jolly
    none = ArticleIndex("Later, Republicans Jolly and Cruz met. " + "x" * 300)
    assert none.add("Jolly", "person", 250, 1).gender is None


def test_the_subject_of_the_pronouns_own_paragraph_keeps_its_place():
    """"Moreno dodged the question. "...," he said": Moreno, gender unknown, is the subject of
    the pronoun's own paragraph and beats Donald Trump, named further up; so he is in the
    paragraph after, when his names no other man and the pronoun's no one ("Moreno declined to
    answer. / "...," he said"); two paragraphs on, or with another man in his, the known man
    wins."""
    index = cast(("Donald Trump", 0, 0, {"subject": True}), ("Moreno", 100, 1, {"subject": True}))
    assert index.antecedent(150, 1, kind="person", gender="m").name == "Moreno"
    assert index.antecedent(300, 2, kind="person", gender="m").name == "Moreno"
    assert index.antecedent(500, 3, kind="person", gender="m").name == "Donald Trump"
    index.add("Ana Price", "person", 120, 1)  # a woman is no one else for "he"
    assert index.antecedent(300, 2, kind="person", gender="m").name == "Moreno"
    index.add("Paul Reed", "person", 130, 1)
    assert index.antecedent(300, 2, kind="person", gender="m").name == "Donald Trump"
    index = cast(("Donald Trump", 0, 0, {"subject": True}), ("Moreno", 100, 1, {"subject": True}),
                 ("Ned Reed", 250, 2, {}))
    # the pronoun's own paragraph names someone before it: the known subject further up
    assert index.antecedent(300, 2, kind="person", gender="m").name == "Donald Trump"


def test_salience_the_latest_subject_or_speaker_in_the_window():
    index = cast(("Paul Ryan", 0, 0, {"subject": True}), ("John Kerry", 40, 1, {}),
                 ("Mitch Jones", 80, 2, {"speaker": True}))
    assert index.antecedent(120, 2, kind="person", gender="m").name == "Mitch Jones"
    # a mention that is neither subject nor speaker counts only when no subject or speaker agrees
    assert index.antecedent(60, 1, kind="person", gender="m").name == "Paul Ryan"


def test_a_profile_keeps_its_woman_beyond_the_window():
    """A woman named at the top, a man named in passing later: a "she" many paragraphs down is
    still hers, though the window holds only him."""
    index = cast(("Betsy Ebeling", 0, 0, {"subject": True}), ("Tom Hanks", 900, 9, {"subject": True}))
    assert index.antecedent(1000, 10, kind="person", gender="f").name == "Betsy Ebeling"
    assert index.antecedent(1000, 10, kind="person", gender="m").name == "Tom Hanks"


def test_it_stands_for_an_organisation_never_a_person():
    index = cast(("Hamas", 0, 0, {"kind": "organization", "subject": True}), ("Basem Naim", 40, 0, {"subject": True}))
    assert index.antecedent(100, 1, kind="organization").name == "Hamas"
    assert index.antecedent(100, 1, kind="person", gender="m").name == "Basem Naim"


def test_nothing_agrees_nothing_is_returned():
    index = cast(("John Brown", 0, 0, {"gender": "m", "subject": True}))
    assert index.antecedent(100, 1, kind="person", gender="f") is None
    assert index.antecedent(100, 1, kind="organization") is None


@pytest.mark.parametrize(("title", "word"), [("Sen.", "senator"), ("Gov.", "governor"), ("Mayor", "mayor")])
def test_titles_are_compared_written_out(title, word):
    assert role_word(title) == word


def test_a_role_noun_finds_who_holds_the_role():
    index = cast(("Marco Rubio", 0, 0, {"role": "Sen."}), ("Jeb Bush", 40, 0, {"role": "former Gov."}))
    assert index.by_role("senator", [], 100).name == "Marco Rubio"
    assert index.by_role("governor", ["former"], 100).name == "Jeb Bush"
    assert index.by_role("mayor", [], 100) is None


def test_a_role_noun_finds_a_role_given_besides_the_one_kept():
    """"biologist Ana Reed", read after "Reed, an associate professor of biology": "the biologist"
    is hers, and "the GM" is the general manager (data/role_acronyms.txt)."""
    index = cast(("Ana Reed", 0, 0, {"role": "associate professor of biology"}), ("Ana Reed", 40, 0, {"role": "biologist"}),
                 ("Ned Marlo", 60, 0, {"role": "general manager"}))
    assert index.by_role("biologist", [], 100).name == "Ana Reed"
    assert index.by_role("professor", [], 100).name == "Ana Reed"
    assert index.by_role("GM", [], 100).name == "Ned Marlo"
    # a title may name someone the article names later; a description may not ("the chef said"
    # in a profile is not "chef Ned Marlo" of the next paragraph)
    index = cast(("Ned Marlo", 200, 2, {"role": "chef"}), ("Ana Reed", 220, 2, {"role": "Sen."}))
    assert index.by_role("chef", [], 100) is None
    assert index.by_role("senator", [], 100).name == "Ana Reed"
    # a deputy's title is not the title itself: "the president" is no vice president
    index = cast(("Ned Marlo", 0, 0, {"role": "Vice President"}))
    assert index.by_role("president", [], 100) is None
    assert index.by_role("president", ["vice"], 100).name == "Ned Marlo"


def test_the_audit_trail_points_at_the_fullest_name_before():
    text = "Majed Al-Ansari spoke. Ansari said more. He added this."
    index = ArticleIndex(text)
    entity = index.add("Majed Al-Ansari", "person", 0, 0)
    index.add("Ansari", "person", text.index("Ansari said"), 0)
    assert index.named_at(entity, text.index("He added")) == (0, len("Majed Al-Ansari"))


@pytest.mark.parametrize(
    ("word", "gender"), [("Mr.", "m"), ("Ms.", "f"), ("Mrs", "f"), ("Sen.", None), ("Dr.", None)],
)
def test_honorific_gender(word, gender):
    assert honorific_gender(word) == gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Hillary Clinton", "f"), ("Donald Trump", "m"), ("Trump", None), ("J. Smith", None),
     ("Chris Christie", "m"), ("Bernie Sanders", "m"),  # 88% and 85% men: over the 80% threshold
     ("Jamie Dimon", None)],  # 65%: says nothing
)
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


def test_a_one_word_organisation_is_a_surname_when_a_first_name_precedes_it_elsewhere():
    """The NER calls "Brewer" in "Brewer said" an organisation, or a place ("Castellvi said" as a
    GPE); "Rep. Daniel Brewer" up the page says it is a man's surname. "Wednesday Apple said"
    makes no Wednesday of Apple, nor "Defence Minister Israel Katz" a surname of Israel."""
    assert _surname_of_someone(ArticleIndex("Rep. Daniel Brewer ran. Brewer said no."), "ORG", "Brewer")
    assert not _surname_of_someone(ArticleIndex("On Wednesday Apple said no."), "ORG", "Apple")
    assert _surname_of_someone(ArticleIndex("Rep. Daniel Brewer ran."), "GPE", "Brewer")
    assert _surname_of_someone(ArticleIndex("Judge Ann T. Brewer ruled."), "ORG", "Brewer")  # a middle initial
    assert not _surname_of_someone(ArticleIndex("Defence Minister Israel Katz spoke. Israel said no."), "GPE", "Israel")
    assert not _surname_of_someone(ArticleIndex("Rep. Daniel Brewer ran."), "DATE", "Brewer")
    # a word the lexicon holds as a first name of no confident gender is not enough
    assert not _surname_of_someone(ArticleIndex("South Korea said no. Korea agreed."), "GPE", "Korea")


def test_a_surname_subject_the_ner_missed_is_a_sighting():
    """"Sanders was unmoved." with no entity on "Sanders": still a sighting of Bernie Sanders, as
    a subject, so that the "he" of the next quote finds him."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    text = "Sanders was unmoved."
    doc = Doc(VOCAB, words=["Sanders", "was", "unmoved", "."], spaces=[True, True, False, False],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "acomp", "punct"], pos=["PROPN", "AUX", "ADJ", "PUNCT"])
    index = ArticleIndex(text)
    sanders = index.add("Bernie Sanders", "person", 900, 5)
    scan_subjects(index, doc, text)
    assert [(s.offset, s.subject) for s in index.sightings if s.entity is sanders] == [(0, True), (900, False)]


def test_the_person_a_sentence_opens_on_is_a_salient_sighting():
    """"For Marcel, the numbers are abstract." (the NER called "Marcel" a product): a sighting of
    Marcel, as salient as a subject, for the "he" of the quotation after it; not "For years, ..."."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    text = "For Marcel, the numbers are abstract."
    doc = Doc(VOCAB, words=["For", "Marcel", ",", "the", "numbers", "are", "abstract", "."],
              spaces=[True, False, True, True, True, True, False, False], heads=[5, 0, 5, 4, 5, 5, 5, 5],
              deps=["prep", "pobj", "punct", "det", "nsubj", "ROOT", "acomp", "punct"],
              pos=["ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
              ents=["O", "B-PRODUCT", "O", "O", "O", "O", "O", "O"])
    index = ArticleIndex(text)
    marcel = index.add("Marcel", "person", 900, 5)
    scan_subjects(index, doc, text)
    assert [(s.offset, s.subject) for s in index.sightings if s.entity is marcel] == [(4, True), (900, False)]


def test_a_surname_the_tagger_made_an_adverb_before_a_participles_phrase_is_the_subject():
    """"Bouchard, finishing a shift, said she would be back." ("Bouchard" an adverb, the participle
    between commas): a subject sighting of Kendra Bouchard, for the "she" that follows."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    text = "Bouchard, finishing a shift, said she left."
    doc = Doc(VOCAB, words=["Bouchard", ",", "finishing", "a", "shift", ",", "said", "she", "left", "."],
              spaces=[False, True, True, True, False, True, True, True, False, False],
              heads=[6, 6, 6, 4, 2, 6, 6, 8, 6, 6],
              deps=["advmod", "punct", "advcl", "det", "dobj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["ADV", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
              tags=["RB", ",", "VBG", "DT", "NN", ",", "VBD", "PRP", "VBD", "."])
    index = ArticleIndex(text)
    nurse = index.add("Kendra Bouchard", "person", 900, 5)
    scan_subjects(index, doc, text)
    assert [(s.offset, s.subject) for s in index.sightings if s.entity is nurse] == [(0, True), (900, False)]


def test_the_subject_of_a_report_in_a_clause_is_salient():
    """"It was a phrase Ana Reed said she tried to cut.": Reed speaks, though in a clause; a
    salient sighting for the quotation's "she" that follows."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    doc = Doc(VOCAB, words=["It", "was", "a", "phrase", "Ana", "Reed", "said", "she", "tried", "."],
              heads=[1, 1, 3, 6, 5, 6, 1, 8, 6, 1],
              deps=["nsubj", "ROOT", "det", "nsubj", "compound", "nsubj", "ccomp", "nsubj", "ccomp", "punct"],
              pos=["PRON", "AUX", "DET", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
              lemmas=["it", "be", "a", "phrase", "Ana", "Reed", "say", "she", "try", "."],
              ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    index = indexed(doc)
    assert [(e.name, s.subject) for s in index.sightings for e in [s.entity]] == [("Ana Reed", True)]
    # ... also when a misparse hangs the clause, far from its verb, on another report ("described
    # the planet as wet, a phrase Ana Reed said she tried ...")
    doc = Doc(VOCAB, words=["It", "described", "the", "planet", "as", "wet", ",", "a", "phrase", "Ana", "Reed", "said",
                            "she", "tried", "."],
              heads=[1, 1, 3, 1, 1, 4, 11, 8, 11, 10, 11, 1, 13, 11, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "det", "nsubj", "compound", "nsubj",
                    "ccomp", "nsubj", "ccomp", "punct"],
              pos=["PRON", "VERB", "DET", "NOUN", "ADP", "ADJ", "PUNCT", "DET", "NOUN", "PROPN", "PROPN", "VERB",
                   "PRON", "VERB", "PUNCT"],
              lemmas=["it", "describe", "the", "planet", "as", "wet", ",", "a", "phrase", "Ana", "Reed", "say", "she",
                      "try", "."],
              ents=["O"] * 9 + ["B-PERSON", "I-PERSON"] + ["O"] * 4)
    index = indexed(doc)
    assert [(e.name, s.subject) for s in index.sightings for e in [s.entity]] == [("Ana Reed", True)]


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        (["For", "Marcel", ",", "the", "numbers", "are", "abstract"], True),
        (["In", "Marcel", ",", "the", "numbers", "are", "abstract"], False),  # a place, not a topic
        (["For", "Marcel", "the", "numbers", "are", "abstract", "."], False),  # no comma: no sentence opener
    ],
)
def test_the_person_a_sentence_opens_on(words, topic):
    from spacy.tokens import Doc

    from quotetrack.extract.coref.evidence import is_topic

    from .test_attribution_rules import VOCAB

    doc = Doc(VOCAB, words=words, heads=[5, 0, 5, 4, 5, 5, 5], deps=["prep", "pobj", "punct", "det", "nsubj", "ROOT", "acomp"])
    assert is_topic(doc[1]) is topic


def test_the_subject_of_a_report_inside_anothers_report_is_not_salient():
    """"Ned Reed said that Ana Price said she would resign.": Reed's report; Price is no speaker here."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    doc = Doc(VOCAB, words=["Ned", "Reed", "said", "that", "Ana", "Price", "said", "she", "resigned", "."],
              heads=[1, 2, 2, 6, 5, 6, 2, 8, 6, 2],
              deps=["compound", "nsubj", "ROOT", "mark", "compound", "nsubj", "ccomp", "nsubj", "ccomp", "punct"],
              pos=["PROPN", "PROPN", "VERB", "SCONJ", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
              lemmas=["Ned", "Reed", "say", "that", "Ana", "Price", "say", "she", "resign", "."],
              ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    index = indexed(doc)
    assert [(s.entity.name, s.subject) for s in index.sightings] == [("Ned Reed", True), ("Ana Price", False)]


def test_a_double_barrelled_surname_subject_the_ner_missed_is_a_sighting():
    """"Ruiz-Brennan was unmoved." split at its hyphen, each part a subject, no entity: a sighting
    of Ana Ruiz-Brennan, not a search for "Brennan"."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    text = "Ruiz-Brennan was unmoved."
    doc = Doc(VOCAB, words=["Ruiz", "-", "Brennan", "was", "unmoved", "."], spaces=[False, False, True, True, False, False],
              heads=[3, 3, 3, 3, 3, 3], deps=["nsubj", "punct", "nsubj", "ROOT", "acomp", "punct"],
              pos=["PROPN", "PUNCT", "PROPN", "AUX", "ADJ", "PUNCT"])
    index = ArticleIndex(text)
    chef = index.add("Ana Ruiz-Brennan", "person", 900, 5)
    carlos = index.add("Carlos Ruiz", "person", 950, 5)  # the first part alone is no name of its own
    scan_subjects(index, doc, text)
    assert [(s.offset, s.subject) for s in index.sightings if s.entity is chef] == [(0, True), (900, False)]
    assert [s.offset for s in index.sightings if s.entity is carlos] == [950]


def test_an_untagged_subject_that_speaks_is_the_company_the_text_names_in_full():
    """"Tessaract said it ..." with no entity, after "Tessaract Devices" in a paragraph never
    parsed: a sighting of the company, as a subject (the issuer of the statement its paragraph
    announces); a first name alone is not taken so."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    for word, found in (("Tessaract", ["Tessaract"]), ("Ana", [])):
        text = f"{word} Devices makes readers.\n\n{word} said it fell."
        start = text.index(f"{word} said")
        doc = Doc(VOCAB, words=[word, "said", "it", "fell", "."], spaces=[True, True, True, False, False],
                  heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                  pos=["PROPN", "VERB", "PRON", "VERB", "PUNCT"], lemmas=[word, "say", "it", "fall", "."])
        index = ArticleIndex(text)
        scan_subjects(index, doc, text, start)
        assert [(e.name, e.kind) for e in index.entities] == [(name, "organization") for name in found]
        assert all(s.subject and s.offset == start for s in index.sightings)


def test_a_surname_subject_finds_a_name_only_the_raw_text_scan_found():
    """"... said Helena Voss, a professor." with no entity from the NER: the raw-text scan
    indexes her, and index_subjects, run after it, makes the untagged "Voss said ..." further
    down a sighting of her as a subject (run before the scan, it found nobody, and the next
    "she" went to the woman quoted before)."""
    from spacy.tokens import Doc

    from quotetrack.extract.coref.evidence import index_raw_names, index_subjects
    from quotetrack.extract.frames import build_frame

    from .test_attribution_rules import VOCAB

    first = "Asked, said Helena Voss, a professor. "
    text = first + "Voss said no."
    words = ["Voss", "said", "no", "."]
    doc = Doc(VOCAB, words=words, spaces=[True, True, False, False], heads=[1, 1, 1, 1],
              deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "PUNCT"])
    frames = {1: build_frame(text, len(first), len(text), [])}
    index = ArticleIndex(text)
    index_subjects({1: doc}, frames, index)
    assert index.entities == []  # nobody to find yet
    index_raw_names(text, [(0, len(first) - 1), (len(first), len(text))], [], index)
    index_subjects({1: doc}, frames, index)
    voss = index.match("Helena Voss", "person")
    assert voss is not None
    assert [(s.offset, s.subject) for s in index.sightings if s.entity is voss] == [(12, False), (len(first), True)]


def test_a_surname_the_tagger_calls_a_common_noun_is_a_sighting():
    """Opening a sentence, a surname may be tagged NOUN ("Sanders" NOUN nsubj), or a verb: the
    capital letter and the article's cast still make it a sighting; a lowercase noun never is."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    for word, pos, expected in (("Sanders", "NOUN", [(0, True), (900, False)]), ("sanders", "NOUN", [(900, False)]),
                                ("Sanders", "VERB", [(0, True), (900, False)])):  # "Greaves watches" as a verb
        text = f"{word} was unmoved."
        doc = Doc(VOCAB, words=[word, "was", "unmoved", "."], spaces=[True, True, False, False],
                  heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "acomp", "punct"], pos=[pos, "AUX", "ADJ", "PUNCT"])
        index = ArticleIndex(text)
        sanders = index.add("Bernie Sanders", "person", 900, 5)
        scan_subjects(index, doc, text)
        assert [(s.offset, s.subject) for s in index.sightings if s.entity is sanders] == expected


def test_an_acronym_the_article_spells_out_is_one_organisation():
    text = "The Democratic National Committee met on Monday. Later the DNC said no."
    index = ArticleIndex(text)
    dnc = index.add("DNC", "organization", text.index("DNC"), 0)
    assert dnc.name == "Democratic National Committee"
    assert index.add("Democratic National Committee", "organization", 4, 0) is dnc
    assert index.sightings[-1].end == text.index("DNC") + 3  # the audit points at "DNC" as written


def test_the_owner_of_the_main_subject_is_salient_as_a_subject():
    """"Hale's column attacked Mercer.": Hale, whose column it is, is the likely "he" of
    the next sentence; Mercer, the object, is not."""
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    doc = parse("""
Hale     2 poss  PROPN NNP Hale B-PERSON
's       0 case  PART  POS 's
column   3 nsubj NOUN  NN  column
attacked 3 ROOT  VERB  VBD attack
Mercer   3 dobj  PROPN NNP Mercer B-PERSON
.        3 punct PUNCT .   .
""")
    assert is_main_subject(doc[0])
    assert not is_main_subject(doc[4])


def test_an_owner_parsed_as_nmod_is_salient_too():
    """The parser makes some owners an nmod with its "'s" as case ("Hale’s column"): the same
    owner, salient as the subject it owns; an nmod without "'s" is not an owner."""
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    rows = """
Hale     2 nmod  PROPN NNP Hale B-PERSON
{mark}   0 case  PART  POS {mark}
column   3 nsubj NOUN  NN  column
attacked 3 ROOT  VERB  VBD attack
Mercer   3 dobj  PROPN NNP Mercer B-PERSON
.        3 punct PUNCT .   .
"""
    assert is_main_subject(parse(rows.format(mark="’s"))[0])
    assert not is_main_subject(parse(rows.format(mark="of"))[0])


def test_the_owner_in_an_appositive_of_the_subject_is_not_salient():
    """"Reed, Calder Vale's goalkeeper, tore a tendon.": the goalkeeper is Reed, the subject; the
    club whose goalkeeper he is is no subject (the next "he" is Reed)."""
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    doc = parse("""
Reed       6 nsubj PROPN NNP Reed B-PERSON
,          0 punct PUNCT ,   ,
Calder     3 compound PROPN NNP Calder B-PERSON
Vale       5 poss  PROPN NNP Vale I-PERSON
's         3 case  PART  POS 's
goalkeeper 0 appos NOUN  NN  goalkeeper
tore       6 ROOT  VERB  VBD tear
a          8 det   DET   DT  a
tendon     6 dobj  NOUN  NN  tendon
.          6 punct PUNCT .   .
""")
    assert is_main_subject(doc[0])
    assert not is_main_subject(doc[3])


def test_an_unnamed_introduction_counts_only_nearby():
    """"A councillor in Leeds ... the councillor": someone unnamed, when the two are close; a
    story that opens on "A councillor ..." and names him paragraphs later ("Ruben Ortiz said")
    gives "the councillor" of its tenth paragraph to the named person."""
    from quotetrack.extract.coref.resolver import _introduced_unnamed

    near = "A councillor in Leeds filed a motion.\n\nThe councillor said more."
    assert _introduced_unnamed(ArticleIndex(near), "councillor", near.index("The councillor"))
    far = "A councillor in Leeds filed a motion.\n\n" + "Ruben Ortiz said so.\n\n" * 9 + "The councillor said more."
    assert not _introduced_unnamed(ArticleIndex(far), "councillor", far.index("The councillor"))
    # paragraphs, not newlines: one newline between paragraphs counts the same
    single = "A councillor in Leeds filed a motion.\n" + "Ruben Ortiz said so.\n" * 5 + "The councillor said more."
    assert not _introduced_unnamed(ArticleIndex(single), "councillor", single.index("The councillor"))
    # set beside a name the index saw, "a stage actor" introduces no one unnamed; after
    # "However," it does
    named = "Ana Price, a stage actor, plays the lead.\n\nThe actor said more."
    index = ArticleIndex(named)
    index.add("Ana Price", "person", 0, 0)
    assert not _introduced_unnamed(index, "actor", named.index("The actor"))
    however = "However, a stage actor plays the lead.\n\nThe actor said more."
    assert _introduced_unnamed(ArticleIndex(however), "actor", however.index("The actor"))


def test_a_noun_for_the_same_person_says_the_gender():
    """"Her uncle, Ned, shrugged ...": a first name alone says nothing, "uncle" says he is a
    man; "Her colleague, Ned" says nothing."""
    from quotetrack.extract.coref.evidence import apposed_noun_gender

    from .test_attribution_rules import parse

    rows = """
Her     1 poss  PRON  PRP$ her
{noun}  5 nsubj NOUN  NN   {noun}
,       1 punct PUNCT ,    ,
Ned     1 appos PROPN NNP  Ned B-PERSON
,       1 punct PUNCT ,    ,
shrugged 5 ROOT VERB  VBD  shrug
.       5 punct PUNCT .    .
"""
    assert apposed_noun_gender(parse(rows.format(noun="uncle"))[3]) == "m"
    assert apposed_noun_gender(parse(rows.format(noun="sister"))[3]) == "f"
    assert apposed_noun_gender(parse(rows.format(noun="colleague"))[3]) is None


def test_a_full_name_keeps_its_generational_suffix():
    """"Brent Keller III" is the fullest name (and "Keller" its surname); "Jr." keeps its stop."""
    from quotetrack.extract.coref.evidence import clean_name, index_raw_names

    text = "Brent Keller III spoke first. Keller was brief."
    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    assert [e.name for e in index.entities] == ["Brent Keller III"]
    assert index.match("Keller", "person") is index.entities[0]
    assert clean_name("Walter Brook Jr.,") == "Walter Brook Jr."
    assert clean_name("the Pentagon.") == "Pentagon"
    assert clean_name("Tom Ames ''") == clean_name("“Tom Ames") == "Tom Ames"  # a mark the tagger took in


def test_a_headlines_verb_is_no_part_of_the_name_before_it():
    """"Dennis Prager Tells Conservatives ...": the tagger's name ends at "Prager"; a surname that
    is a verb's form stays ("Edward W. Said", "Ken Burns")."""
    from quotetrack.extract.coref.evidence import clean_name

    assert clean_name("Dennis Prager Tells") == "Dennis Prager"
    assert clean_name("Maria Hinojosa Explained") == "Maria Hinojosa"
    assert clean_name("Edward W. Said") == "Edward W. Said"
    assert clean_name("Ken Burns") == "Ken Burns"


def test_a_junior_keeps_the_stop_of_his_suffix():
    from quotetrack.extract.coref.evidence import index_raw_names

    text = "Walter Brook Jr. spoke first. Brook was brief."
    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    assert [e.name for e in index.entities] == ["Walter Brook Jr."]


def test_a_capitalised_noun_with_a_determiner_is_no_sighting():
    """"The Price rose." is no sighting of an Ana Price the article names."""
    from spacy.tokens import Doc

    from .test_attribution_rules import VOCAB

    for words, heads, deps, expected in (
            (["The", "Price", "rose", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"], [900]),
            (["Price", "rose", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], [0, 900])):
        text = " ".join(words[:-1]) + "."
        pos = {"The": "DET", "Price": "NOUN", "rose": "VERB", ".": "PUNCT"}
        doc = Doc(VOCAB, words=words, spaces=[True] * (len(words) - 2) + [False, False], heads=heads, deps=deps,
                  pos=[pos[w] for w in words])
        index = ArticleIndex(text)
        price = index.add("Ana Price", "person", 900, 5)
        scan_subjects(index, doc, text)
        assert [s.offset for s in index.sightings if s.entity is price] == expected


def test_a_place_before_a_title_is_no_name():
    """"Georgia Rep. Ana Price": Georgia is a first name too, but "Georgia Rep" names nobody;
    the name is the one after the title."""
    from quotetrack.extract.coref.evidence import index_raw_names

    text = "The bill was backed by Georgia Rep. Ana Price and Carolina Gov. Ned Reed."
    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    assert sorted(e.name for e in index.entities) == ["Ana Price", "Ned Reed"]


def test_a_pronoun_inside_the_quoted_words_says_no_gender():
    """"Ana Price told fans that "he loves you"": her own words' "he" is someone else; without
    the marks, "he" would be the reporter's word for the subject's..."""
    from quotetrack.extract.coref.evidence import pronoun_gender

    from .test_attribution_rules import parse

    rows = """
Ana    1 compound PROPN NNP Ana   B-PERSON
Price  2 nsubj PROPN NNP Price I-PERSON
told   2 ROOT  VERB  VBD tell
fans   2 dobj  NOUN  NNS fan
that   7 mark  SCONJ IN  that
{open} 7 punct PUNCT `` "
he     7 nsubj PRON  PRP he
loves  2 ccomp VERB  VBZ love
you    7 dobj  PRON  PRP you
{close} 7 punct PUNCT '' "
.      2 punct PUNCT .   .
"""
    assert pronoun_gender(parse(rows.format(open='"', close='"'))[1]) is None
    assert pronoun_gender(parse(rows.format(open="“", close="”"))[1]) is None
    assert pronoun_gender(parse(rows.format(open=",", close=","))[1]) == "m"


def test_a_short_first_name_is_part_of_the_name():
    """"Ned Reed" is a full name (not the form of address "Ned" and a surname); "When Ned
    Reed ..." still starts at "Ned"; "El Paso" is no first name and a surname, and "Ned Reed's
    campaign" names Ned Reed."""
    from quotetrack.extract.coref.evidence import index_raw_names

    for text in ("Ned Reed spoke first.", "When Ned Reed spoke, the hall was quiet.",
                 "El Paso cheered Ned Reed's campaign."):
        index = ArticleIndex(text)
        index_raw_names(text, [(0, len(text))], [], index)
        assert [(e.name, e.gender) for e in index.entities] == [("Ned Reed", "m")]
        assert index.sightings[0].offset == text.index("Ned")


def test_a_name_set_beside_its_role_takes_the_role():
    """"The Halifax mayor, Ana Price, spoke": the role noun comes first and the name is its
    appositive."""
    from quotetrack.extract.coref.roles import appositive_role

    from .test_attribution_rules import parse

    doc = parse("""
The     2 det      DET   DT  the
Halifax 2 compound PROPN NNP Halifax B-GPE
mayor   7 nsubj    NOUN  NN  mayor
,       2 punct    PUNCT ,   ,
Ana     5 compound PROPN NNP Ana B-PERSON
Price   2 appos    PROPN NNP Price I-PERSON
,       2 punct    PUNCT ,   ,
spoke   7 ROOT     VERB  VBD speak
.       7 punct    PUNCT .   .
""")
    assert appositive_role(doc[5]) == "Halifax mayor"


def test_an_appositive_that_is_the_next_verbs_subject_is_no_role():
    """"With hosts Ana Price and Ned Reed, the candidate stated ...": the parser hung "the
    candidate" on Reed as an appositive and left "stated" without a subject; the candidate is
    who stated, not Reed's role. "Ned Reed, the candidate, stated" keeps it."""
    from quotetrack.extract.coref.roles import appositive_role

    from .test_attribution_rules import parse

    doc = parse("""
With      10 prep     ADP   IN  with
hosts      0 pobj     NOUN  NNS host
Ana        3 compound PROPN NNP Ana B-PERSON
Price      1 appos    PROPN NNP Price I-PERSON
and        3 cc       CCONJ CC  and
Ned        6 compound PROPN NNP Ned B-PERSON
Reed       3 conj     PROPN NNP Reed I-PERSON
,          6 punct    PUNCT ,   ,
the        9 det      DET   DT  the
candidate  6 appos    NOUN  NN  candidate
stated    10 ROOT     VERB  VBD state
.         10 punct    PUNCT .   .
""")
    assert appositive_role(doc[6]) is None
    doc = parse("""
Ned       1 compound PROPN NNP Ned B-PERSON
Reed      6 nsubj    PROPN NNP Reed I-PERSON
,         1 punct    PUNCT ,   ,
the       4 det      DET   DT  the
candidate 1 appos    NOUN  NN  candidate
,         1 punct    PUNCT ,   ,
stated    6 ROOT     VERB  VBD state
.         6 punct    PUNCT .   .
""")
    assert appositive_role(doc[1]) == "candidate"


def test_a_role_named_after_the_description_must_have_all_its_words():
    """"the vice-presidential nominee" is not the "presidential nominee" the article names in a
    later paragraph; "the nominee" is."""
    index = ArticleIndex()
    price = index.add("Ana Price", "person", 500, 5, role="presidential nominee")
    assert index.by_role("nominee", ["vice", "presidential"], 100) is None
    assert index.by_role("nominee", ["presidential"], 100) is price
    assert index.by_role("nominee", [], 100) is price
    assert index.by_role("nominee", ["vice", "presidential"], 600) is price  # named before: the best there is


def test_a_description_naming_another_party_is_not_that_role_holder():
    """"the NDP's interim leader" is not the Conservative Leader named before; "the Mexican
    president" may be the person whose role says only "President"."""
    index = ArticleIndex()
    leader = index.add("Pierre Poilievre", "person", 10, 0, role="Conservative Leader")
    president = index.add("Enrique Pena Nieto", "person", 50, 1, role="President")
    assert index.by_role("leader", ["NDP", "'s", "interim"], 100) is None
    assert index.by_role("leader", ["Conservative"], 100) is leader
    assert index.by_role("president", ["Mexican"], 100) is president


def test_a_pronoun_after_an_unnamed_speaker_of_its_paragraph_is_that_speaker():
    """'"...," said one engineer. "...," she said': the engineer, not the woman named before;
    once a sentence of narration stands between ('She laughed.'), the named person again; and a
    description ("the aide") never takes an unnamed speaker this way."""
    quoted = 'Ana Price spoke.\n"It hurts," said one engineer. "We saw nothing," she said.'
    index = ArticleIndex(quoted)
    price = index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    engineer = index.add_unnamed("one engineer", quoted.index("one engineer"), 1)
    she = quoted.index("she said")
    assert index.antecedent(she, 1, kind="person", gender="f", unnamed=True) is engineer
    assert index.antecedent(she, 1, kind="person", gender="f") is price
    # an abbreviation ends no sentence of narration
    abbreviated = 'Ana Price spoke.\n"It hurts," said one St. Albert engineer. "We saw nothing," she said.'
    index = ArticleIndex(abbreviated)
    index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    engineer = index.add_unnamed("one St. Albert engineer", abbreviated.index("one St."), 1)
    assert index.antecedent(abbreviated.index("she said"), 1, kind="person", gender="f", unnamed=True) is engineer
    narrated = 'Ana Price spoke.\n"It hurts," said one engineer. Price laughed. "We saw nothing," she said.'
    index = ArticleIndex(narrated)
    price = index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    index.add_unnamed("one engineer", narrated.index("one engineer"), 1)
    assert index.antecedent(narrated.index("she said"), 1, kind="person", gender="f", unnamed=True) is price


def test_a_pronoun_right_after_the_paragraph_an_unnamed_speaker_ended_is_that_speaker():
    """"A woman in her seventies said it was her second evacuation. / "...," she said": hers; two
    paragraphs on, or after a sentence of narration, the woman named before."""
    text = 'Ana Price spoke.\nA woman in her seventies said it was her second time.\n"It was fine," she said.\nIt rained.'
    index = ArticleIndex(text)
    price = index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    woman = index.add_unnamed("a woman in her seventies", text.index("A woman"), 1, "f")
    she = text.index("she said")
    assert index.antecedent(she, 2, kind="person", gender="f", unnamed=True) is woman
    assert index.antecedent(len(text), 3, kind="person", gender="f", unnamed=True) is price
    narrated = text.replace('"It was fine," she said.', 'Price nodded. "It was fine," she said.')
    index = ArticleIndex(narrated)
    price = index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    index.add_unnamed("a woman in her seventies", narrated.index("A woman"), 1, "f")
    assert index.antecedent(narrated.index("she said"), 2, kind="person", gender="f", unnamed=True) is price
    # not a group ("a majority of voters say ..."), which the next paragraph's "she" is not
    index = ArticleIndex(text)
    price = index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    index.add_unnamed("a majority of voters", text.index("A woman"), 1)
    assert index.antecedent(she, 2, kind="person", gender="f", unnamed=True) is price
    # ... unless the article says it keeps that someone's name back ("a regular, who asked that
    # her name not be used"), whatever the noun
    index = ArticleIndex(text)
    index.add("Ana Price", "person", 0, 0, subject=True, speaker=True)
    regular = index.add_unnamed("a regular", text.index("A woman"), 1, "f", withheld=True)
    assert index.antecedent(she, 2, kind="person", gender="f", unnamed=True) is regular


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme Ana Reed spoke first.", [("Ana Reed", "f")]),  # an address the lexicon does not know
        ("Dean Ana Reed spoke first.", [("Ana Reed", "f")]),  # a title that is also a first name
        ("Mayor Olivia Chow spoke first.", [("Olivia Chow", "f")]),  # a role word before the name
        ("Chief Ana Reed spoke first.", [("Ana Reed", "f")]),
        ("Then Virginia Sen Tim Kaine spoke.", [("Tim Kaine", "m")]),  # a title without its stop
        ("Then Ned Judge spoke.", [("Ned Judge", "m")]),  # a surname that is a role word too
        ("Elder Agnes Reed spoke first.", [("Agnes Reed", "f")]),  # titles of a First Nation and a rural county
        ("Reeve Ana Reed spoke first.", [("Ana Reed", "f")]),
        ("Then Ana Reeve spoke.", [("Ana Reeve", "f")]),
        ("Reed met the Ledger’s Tessa Hart.", [("Tessa Hart", "f")]),  # an outlet's reporter
        ("Then France’s Tessa Hart spoke.", []),  # the name ends at its possessive: "France", no name
        ("Then the Kremlin’s Tessa Hart spoke.", [("Tessa Hart", "f")]),  # a body's member
        ("Then Émilie Barthe spoke.", [("Émilie Barthe", "f")]),  # an accented capital
        ("Ana Wilcox, an Orlando Republican, spoke.", [("Ana Wilcox", "f")]),  # a party member from a place
        ("Then Gabrielle Union spoke.", [("Gabrielle Union", "f")]),  # a surname that is a group noun too
        ("Then Ana Meehan spoke.", [("Ana Meehan", "f")]),  # a surname in -an is no party member
        ("Then the Star Movement spoke.", []),  # a first name before a group noun opens an organisation
        ("Then Tessa Hart's editor spoke.", [("Tessa Hart", "f")]),
        ("It covers the districts of Pinewood Flats and Sorrel Creek.", []),  # places, not Ms. Creek
        ("Then Ana Lake spoke.", [("Ana Lake", "f")]),  # a place's word that is a surname too
    ],
)
def test_a_title_or_address_before_a_raw_name_is_not_part_of_it(text, expected):
    from quotetrack.extract.coref.evidence import index_raw_names

    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    assert [(e.name, e.gender) for e in index.entities] == expected
    assert not expected or text[index.sightings[0].offset :].startswith(expected[0][0])


def test_a_raw_name_ending_in_a_group_noun_is_no_person():
    """"Prairie Insurance Bureau" opens on a word the first-name lexicon knows: no person (who then
    stood in for the bureau's "the bureau said"); "Margaret Court" is one."""
    from quotetrack.extract.coref.evidence import index_raw_names

    text = "The Prairie Insurance Bureau and Margaret Court spoke first."
    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    assert [e.name for e in index.entities] == ["Margaret Court"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was fined by the provincial Residential Tenancy Tribunal on Monday.", ["Residential Tenancy Tribunal"]),
        ("The Ministry of Health said so.", ["Ministry of Health"]),  # "The" opens the sentence, not the name
        ("At the National Museum of Coastal Farming and Rail today.",
         ["National Museum of Coastal Farming and Rail"]),
        ("The University of Toronto and Ryerson University met.", ["University of Toronto"]),  # two names
        ("Reed's Campaign Office and the Council met.", []),  # whose office; "the Council" alone
        ("The Tribunal met. Ana Price Bureau.", ["Ana Price Bureau"]),
        # a name that began before "and" or "of"; an "of" part stops at a title or a first name
        ("The Ontario Landlord and Tenant Board ruled.", ["Ontario Landlord and Tenant Board"]),
        ("Gifts went to the Ned and Ana Reed Foundation, and others.", ["Ned and Ana Reed Foundation"]),
        ("University of Toronto Professor Ned Marlo spoke.", ["University of Toronto"]),
        ("It was the West Bank, the Tea Party, the Box Office.", []),  # words that end other names
        # a business's name the NER may miss or take for a person's
        ("The auditors, Marlow Kettering LLP, and Halvorsen Pharma agreed.", ["Marlow Kettering LLP", "Halvorsen Pharma"]),
    ],
)
def test_the_raw_text_scan_finds_organisations_named_by_a_group_noun(text, expected):
    from quotetrack.extract.coref.evidence import index_raw_organisations

    index = ArticleIndex(text)
    index_raw_organisations(text, [(0, len(text))], [], index)
    assert [e.name for e in index.entities] == expected
    assert all(e.kind == "organization" for e in index.entities)


def test_the_tribunal_finds_the_tribunal_only_the_scan_found():
    """"the tribunal" of a later paragraph is the "Residential Tenancy Tribunal" an unparsed
    paragraph names; "the movement" is not the "Supreme Court" a scan found (a name in passing
    says nothing of what the paragraphs are about)."""
    from quotetrack.extract.coref.evidence import index_raw_organisations

    text = "She was fined by the Residential Tenancy Tribunal after the Supreme Court ruled. Later the tribunal said no."
    index = ArticleIndex(text)
    index_raw_organisations(text, [(0, len(text))], [], index)
    later = text.index("the tribunal")
    assert index.by_name_word("tribunal", later).name == "Residential Tenancy Tribunal"
    assert index.organisation_about(later, 0, "movement") is None
    # one the parse saw before one only the scan found, though named later
    index.add("Albury Housing Tribunal", "organization", 0, 0, subject=True)
    assert index.by_name_word("tribunal", later).name == "Albury Housing Tribunal"
    index.add("Quillfire Games", "organization", 0, 0, subject=True)
    assert index.organisation_about(later, 0, "movement").name == "Quillfire Games"


def test_the_reeve_is_the_person_given_that_title():
    from quotetrack.extract.coref.evidence import index_raw_names

    text = "Reeve Ana Reed spoke first. Later the reeve said no."
    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    reed = index.by_role("reeve", [], text.index("the reeve"))
    assert reed is not None and reed.name == "Ana Reed"


def test_a_raw_name_cut_short_at_an_initial_is_no_name():
    """The pattern reads four name words: "Council Speaker Ned R." of "Council Speaker Ned R. Brook"
    is not a "Ned R"."""
    from quotetrack.extract.coref.evidence import index_raw_names

    text = "Council Speaker Ned R. Brook spoke first."
    index = ArticleIndex(text)
    index_raw_names(text, [(0, len(text))], [], index)
    assert [e.name for e in index.entities] == []


#: The NDP's interim leader, Ned Reed, spoke.   (the NER calls the name an organisation)
LEADER_NAMED_BESIDE = """
The     4 det      DET   DT  the
NDP     4 poss     PROPN NNP NDP   B-ORG
's      1 case     PART  POS 's
interim 4 amod     ADJ   JJ  interim
leader  9 nsubj    NOUN  NN  leader
,       4 punct    PUNCT ,   ,
Ned     7 compound PROPN NNP Ned  B-ORG
Reed    4 appos    PROPN NNP Reed I-ORG
,       4 punct    PUNCT ,   ,
spoke   9 ROOT     VERB  VBD speak
.       9 punct    PUNCT .   .
"""


def test_a_name_beside_a_role_word_is_a_person_whatever_the_ner_says():
    from quotetrack.extract.coref.roles import appositive_role, named_beside_role

    from .test_attribution_rules import parse

    doc = parse(LEADER_NAMED_BESIDE)
    assert named_beside_role(doc[7])
    assert appositive_role(doc[7]) == "interim leader"  # without the possessor and its 's
    index = indexed(doc)
    people = [(e.name, e.role) for e in index.entities if e.kind == "person"]
    assert people == [("Ned Reed", "interim leader")]
    # a name whose first word is no first name stays the NER's organisation
    firm = parse(LEADER_NAMED_BESIDE.replace("Ned ", "Acme ").replace("Reed ", "Corp "))
    assert not named_beside_role(firm[7])


def test_a_lowercase_ner_person_is_no_name():
    """"That lesson appears ...": the NER may tag a common noun as a person."""
    from .test_attribution_rules import parse

    doc = parse("""
That    1 det   DET  DT  that
lesson  2 nsubj NOUN NN  lesson B-PERSON
appears 2 ROOT  VERB VBZ appear
.       2 punct PUNCT .  .
""")
    index = indexed(doc)
    assert index.entities == []


def test_a_role_is_its_own_words_not_its_place():
    """"the university" is not a "professor at Queen Mary University"; "the professor" is."""
    index = ArticleIndex()
    professor = index.add("Lars Reed", "person", 0, 0, role="professor at Queen Mary University")
    assert index.by_role("university", [], 100) is None
    assert index.by_role("professor", [], 100) is professor


def test_a_first_name_the_ner_left_out_makes_a_relative_not_the_same_person():
    """"Harjit Sandhu, 71, laughed": the NER tagged only "Sandhu" (as a place); with "Priya
    Sandhu" named before, this is another Sandhu, a person; "Mr. Sandhu" and "Dr. Sandhu" are
    the same one (a single "Mr." is no article's style of address: see the forms of address below)."""
    from quotetrack.extract.coref.evidence import index_entities
    from quotetrack.extract.frames import Frame

    from .test_attribution_rules import parse

    rows = """
{first} 1 compound PROPN NNP {first}
Sandhu  5 nsubj    PROPN NNP Sandhu B-GPE
,       1 punct    PUNCT ,   ,
71      1 appos    NUM   CD  71
,       1 punct    PUNCT ,   ,
laughed 5 ROOT     VERB  VBD laugh
.       5 punct    PUNCT .   .
"""
    for first, expected in (("Harjit", ["Priya Sandhu", "Harjit Sandhu"]), ("Dr.", ["Priya Sandhu"]),
                            ("Mr.", ["Priya Sandhu"])):
        doc = parse(rows.format(first=first))
        index = ArticleIndex(doc.text)
        index.add("Priya Sandhu", "person", 0, 0)
        index_entities({1: doc}, {1: Frame(doc.text, [0], [0])}, index)
        assert [e.name for e in index.entities if e.kind == "person"] == expected, first


def test_a_former_office_holder_is_not_the_one_holding_it():
    """"The Toronto mayor" is the mayor, not "Former Mayor Ned Reed" named after her."""
    index = ArticleIndex()
    mayor = index.add("Ana Price", "person", 0, 0, role="mayor")
    index.add("Ned Reed", "person", 50, 1, role="Former Mayor")
    assert index.by_role("mayor", ["Toronto"], 100) is mayor


@pytest.mark.parametrize(("relative", "subject", "expected"), [("who", "nsubj", "f"), ("which", "nsubj", None)])
def test_a_possessive_in_a_relative_clause_about_the_person_says_her_gender(relative, subject, expected):
    """"Jo Price, who lost her seat, said ...": what "who" owns is the person's (Jo says nothing:
    the lexicon leaves short or shared first names alone); a clause of "which" is about something
    else."""
    from quotetrack.extract.coref.evidence import relative_clause_gender

    from .test_attribution_rules import parse

    rows = f"""
Jo         1 compound PROPN NNP Jo    B-PERSON
Price      8 nsubj    PROPN NNP Price I-PERSON
,          1 punct    PUNCT ,   ,
{relative} 4 {subject} PRON WP  {relative}
lost       1 relcl    VERB  VBD lose
her        6 poss     PRON  PRP$ her
seat       4 dobj     NOUN  NN  seat
,          1 punct    PUNCT ,   ,
said       8 ROOT     VERB  VBD say
"""
    assert relative_clause_gender(parse(rows)[1]) == expected


def test_a_possessive_in_a_relative_clause_on_the_persons_description_says_her_gender():
    """"Shelby, a line cook who asked that her name not be used, stood ...": the clause is on the
    noun beside the name, and what it owns is the subject of what she asked."""
    from quotetrack.extract.coref.evidence import relative_clause_gender

    from .test_attribution_rules import parse

    rows = """
Shelby 11 nsubj    PROPN NNP Shelby B-PERSON
,      0  punct    PUNCT ,   ,
a      4  det      DET   DT  a
line   4  compound NOUN  NN  line
cook   0  appos    NOUN  NN  cook
who    6  nsubj    PRON  WP  who
asked  4  relcl    VERB  VBD ask
that   10 mark     SCONJ IN  that
{owner} 9 poss     PRON  PRP$ {owner}
name   10 nsubjpass NOUN NN  name
used   6  ccomp    VERB  VBN use
stood  11 ROOT     VERB  VBD stand
.      11 punct    PUNCT .   .
"""
    assert relative_clause_gender(parse(rows.format(owner="her"))[0]) == "f"
    assert relative_clause_gender(parse(rows.format(owner="his"))[0]) == "m"
    assert relative_clause_gender(parse(rows.format(owner="the"))[0]) is None


@pytest.mark.parametrize(("second", "expected"), [
    # Jo Price came to Canada . That summer she left .
    ("That 3 det DET DT that|summer 3 npadvmod NOUN NN summer|she 3 nsubj PRON PRP she|left 3 ROOT VERB VBD leave", "f"),
    # ... . He left .   (the next sentence's own subject)
    ("He 1 nsubj PRON PRP he|left 1 ROOT VERB VBD leave", "m"),
    # ... . Ana Reed said she left .   (another person named: no evidence)
    ("Ana 1 compound PROPN NNP Ana B-PERSON|Reed 2 nsubj PROPN NNP Reed I-PERSON|said 2 ROOT VERB VBD say|"
     "she 4 nsubj PRON PRP she|left 2 ccomp VERB VBD leave", None),
    # ... . The dog barked .
    ("The 1 det DET DT the|dog 2 nsubj NOUN NN dog|barked 2 ROOT VERB VBD bark", None),
    # ... . She barked .   (the same rows with a pronoun: the rule's own case, for the one below)
    ("She 1 nsubj PRON PRP she|barked 1 ROOT VERB VBD bark", "f"),
])
def test_a_pronoun_opening_the_next_sentence_says_the_subjects_gender(second, expected):
    """"Margit Halloran came to Canada in 1965. That summer she ...": a first name the lexicon
    does not know (or shares between genders) gets the gender of the "she" that goes on about
    her, when neither sentence names anyone else."""
    from quotetrack.extract.coref.evidence import next_sentence_gender

    from .test_attribution_rules import parse

    first = ["Jo 1 compound PROPN NNP Jo B-PERSON", "Price 2 nsubj PROPN NNP Price I-PERSON", "came 2 ROOT VERB VBD come",
             "to 2 prep ADP IN to", "Canada 3 pobj PROPN NNP Canada B-GPE", ". 2 punct PUNCT . ."]
    rows = second.split("|")
    shifted = []
    for row in rows:
        word, head, *rest = row.split()
        shifted.append(" ".join([word, str(int(head) + len(first)), *rest]))
    doc = parse("\n".join([*first, *shifted, f". {len(first) + len(rows) - 1} punct PUNCT . ."]))
    assert next_sentence_gender(doc[1]) == expected
    # a noun for another person in the first sentence ("Jo Price met the mayor . She ..."): no evidence
    # (as many words as the first sentence above, so the second's rows keep their heads)
    met = ["Jo 1 compound PROPN NNP Jo B-PERSON", "Price 2 nsubj PROPN NNP Price I-PERSON", "met 2 ROOT VERB VBD meet",
           "the 4 det DET DT the", "mayor 2 dobj NOUN NN mayor", ". 2 punct PUNCT . ."]
    doc = parse("\n".join([*met, *shifted, f". {len(met) + len(rows) - 1} punct PUNCT . ."]))
    if expected is not None:
        assert next_sentence_gender(doc[1]) is None
        named = [*met[:3], "Ana 4 compound PROPN NNP Ana B-PERSON", "Reed 2 dobj PROPN NNP Reed I-PERSON", met[5]]
        doc = parse("\n".join([*named, *shifted, f". {len(met) + len(rows) - 1} punct PUNCT . ."]))
        assert next_sentence_gender(doc[1]) is None  # "Jo Price met Ana Reed . She ..."


@pytest.mark.parametrize(("rows", "pronoun", "expected"), [
    # After he left, Ana Price spoke.   (the clause put first: its "he" is the name after it)
    ("""
After  2 mark     SCONJ IN  after
he     2 nsubj    PRON  PRP he
left   6 advcl    VERB  VBD leave
,      6 punct    PUNCT ,   ,
Ana    5 compound PROPN NNP Ana   B-PERSON
Price  6 nsubj    PROPN NNP Price I-PERSON
spoke  6 ROOT     VERB  VBD speak
.      6 punct    PUNCT .   .
""", 1, "Ana Price"),
    # Ana Price spoke after he left.   (the name first: "he" is someone else, or her antecedent)
    ("""
Ana    1 compound PROPN NNP Ana   B-PERSON
Price  2 nsubj    PROPN NNP Price I-PERSON
spoke  2 ROOT     VERB  VBD speak
after  5 mark     SCONJ IN  after
he     5 nsubj    PRON  PRP he
left   2 advcl    VERB  VBD leave
.      2 punct    PUNCT .   .
""", 4, None),
    # In what he called a rant , Ana Price spoke .   (a phrase of the main verb put first)
    ("""
In     9 prep     ADP   IN  in
what   3 dobj     PRON  WP  what
he     3 nsubj    PRON  PRP he
called 0 pcomp    VERB  VBD call
a      5 det      DET   DT  a
rant   3 oprd     NOUN  NN  rant
,      9 punct    PUNCT ,   ,
Ana    8 compound PROPN NNP Ana   B-PERSON
Price  9 nsubj    PROPN NNP Price I-PERSON
spoke  9 ROOT     VERB  VBD speak
.      9 punct    PUNCT .   .
""", 2, "Ana Price"),
])
def test_a_pronoun_in_a_clause_before_the_main_clause_is_its_named_subject(rows, pronoun, expected):
    from quotetrack.extract.coref.resolver import _cataphor

    from .test_attribution_rules import parse

    index = ArticleIndex("")
    index.add("Ana Price", "person", 0, 0)
    found = _cataphor(parse(rows)[pronoun], index)
    assert (found.name if found is not None else None) == expected


@pytest.mark.parametrize(("label", "kind"), [("NORP", "organization"), ("PERSON", "person")])
def test_a_party_written_after_a_place_is_no_full_name(label, kind):
    """"Democrats said" in an article that writes "Iowa Democrats" elsewhere: a party, not a
    person whose full name is "Iowa Democrats" (a one-word name the NER calls a person, written
    after a first name elsewhere, is one)."""
    from quotetrack.extract.coref.resolver import _kind_of

    from .test_attribution_rules import parse

    doc = parse(f"""
Democrats 1 nsubj PROPN NNPS Democrats B-{label}
said      1 ROOT  VERB  VBD  say
""")
    index = ArticleIndex("Some Iowa Democrats met on Sunday. Democrats said they would wait.")
    assert _kind_of(doc, doc[0], index, "Democrats") == kind


def test_a_surname_misspelt_once_is_the_person_of_that_surname():
    """"Marlow said" (a name the NER tagged a person) in an article that named Ana Marlowe: a typo,
    the one person it can be; not a short name ("Reid" is not "Reed"), not another first letter,
    not a family ("the Clintons"), not an organisation's name, and not a surname the article writes
    after a first name itself ("Tom Hansen" is not Lars Hanson)."""
    index = ArticleIndex("Tom Hansen scored twice.")
    marlowe = index.add("Ana Marlowe", "person", 0, 0)
    mcallister = index.add("Tyra McAllister", "person", 40, 1)
    index.add("Ned Reed", "person", 80, 2)
    clinton = index.add("Ana Clinton", "person", 120, 3)
    index.add("Lars Hanson", "person", 130, 3)

    def typo(name: str):
        return index.match(name, "person", 200, misspelt=True)

    assert typo("Marlow") is marlowe
    assert typo("McAlister") is mcallister  # a letter missing
    assert typo("Marlwoe") is marlowe  # two letters swapped
    assert typo("Reid") is None
    assert typo("Narlowe") is None
    assert typo("Clintons") is None
    assert typo("Clinton") is clinton
    assert typo("Hansen") is None  # written after a first name: another person
    assert index.match("Marlow", "person", 200) is None  # only when asked: "Hamas" is no "Hamad"
    # two people a misspelling could be: neither
    index.add("Ned Marlowa", "person", 160, 4)
    assert typo("Marlowx") is None

def test_a_name_that_says_whose_thing_it_is_is_no_sighting():
    """"Reed believes the Price campaign took voters for granted": Price is not in the sentence
    (no antecedent for the "she" after it); Reed, the subject, is."""
    from .test_attribution_rules import parse

    doc = parse("""
Reed     1 nsubj    PROPN NNP Reed B-PERSON
believes 1 ROOT     VERB  VBZ believe
the      4 det      DET   DT  the
Price    4 compound PROPN NNP Price B-PERSON
campaign 5 nsubj    NOUN  NN  campaign
took     1 ccomp    VERB  VBD take
voters   5 dobj     NOUN  NNS voter
.        1 punct    PUNCT .   .
""")
    index = indexed(doc)
    assert [s.entity.name for s in index.sightings] == ["Reed"]


def test_an_outlet_named_by_its_masthead_alone_is_the_outlet_named_in_full():
    """"the Journal" after "The Wall Street Journal", "the Times" after "The New York Times"; a
    masthead the article never names in full stays itself."""
    index = ArticleIndex()
    wsj = index.add("Wall Street Journal", "organization", 0, 0)
    nyt = index.add("New York Times", "organization", 50, 1)
    assert index.match("Journal", "organization", 100) is wsj
    assert index.match("The Times", "organization", 100) is nyt
    assert index.match("Post", "organization", 100) is None
    assert index.match("Street", "organization", 100) is None  # not a masthead: no guess


def test_a_raw_name_ending_in_a_masthead_is_an_outlet():
    """The raw-text pass takes "Washington Post" for a first name and a surname; it is an outlet
    (with the short word before it that the pattern reads as a form of address: "New York
    Times"). "Ms. Post" stays a person."""
    from quotetrack.extract.coref.evidence import index_raw_names
    from quotetrack.text import paragraph_spans

    def entities(text: str) -> list[tuple[str, str]]:
        index = ArticleIndex(text)
        index_raw_names(text, paragraph_spans(text), [], index)
        return [(e.name, e.kind) for e in index.entities]

    assert entities("The story ran first in the New York Times on Monday.") == [("New York Times", "organization")]
    assert entities("The Washington Post said so.") == [("Washington Post", "organization")]
    assert entities("Ms. Post said so.") == [("Post", "person")]


def test_a_name_the_ner_took_for_a_place_is_a_person_when_it_reports():
    """"Ohio's Ada Fenwick ... said", the NER's FAC: a first name the lexicon knows and
    the subject of a reporting verb make a person; "Grant Park is closed" stays no one."""
    from quotetrack.extract.coref.evidence import index_entities
    from quotetrack.extract.frames import Frame

    from .test_attribution_rules import parse

    rows = """
Ada    1 compound PROPN NNP Ada B-FAC
Fenwick 2 nsubj   PROPN NNP Fenwick I-FAC
said   2 ROOT     VERB  VBD say
Trump  4 nsubj    PROPN NNP Trump B-PERSON
won    2 ccomp    VERB  VBD win
"""
    doc = parse(rows)
    index = indexed(doc)
    assert ("Ada Fenwick", "person") in [(e.name, e.kind) for e in index.entities]
    park = parse(rows.replace("Ada    1", "Grant  1").replace("Ada B-FAC", "Grant B-FAC").replace("Fenwick 2", "Park    2")
                 .replace("Fenwick I-FAC", "Park I-FAC").replace("said   2 ROOT     VERB  VBD say", "closed 2 ROOT     VERB  VBD close"))
    index = ArticleIndex(park.text)
    index_entities({0: park}, {0: Frame(park.text, [0], [0])}, index)
    assert "Grant Park" not in [e.name for e in index.entities]
    venue = parse(rows.replace("Ada    1", "Grant  1").replace("Ada B-FAC", "Grant B-FAC").replace("Fenwick 2", "Park    2")
                  .replace("Fenwick I-FAC", "Park I-FAC").replace("said   2 ROOT     VERB  VBD say", "announced 2 ROOT  VERB  VBD announce"))
    index = ArticleIndex(venue.text)
    index_entities({0: venue}, {0: Frame(venue.text, [0], [0])}, index)
    assert "Grant Park" not in [e.name for e in index.entities]  # a venue announces; a person says


def test_a_party_member_description_is_not_someone_of_the_other_party():
    """"the Ohio Democrat" cannot be the person the article calls a Republican senator."""
    from quotetrack.extract.coref.index import Entity
    from quotetrack.extract.coref.resolver import _of_another_party

    republican = Entity("Ana Price", "person", role="Republican Sen.")
    assert _of_another_party(republican, "democrat")
    assert not _of_another_party(republican, "republican")
    assert not _of_another_party(Entity("Tom Reed", "person"), "democrat")  # nothing said: may be


def test_an_age_finds_the_person_the_article_gave_it():
    """"the 67-year-old": the person the text gave that age ("Ada Fenwick, 67,", "At 54, Ana
    Price", "Ned Reed (41)"); not a number of goals or a percentage, whichever comes first, nor
    someone named in another sentence."""
    text = ("Ada Fenwick, 67, coaches. Ned Reed scored 67 goals. At 54, Ana Price still boxes. "
            "Lars Hanson won 41 percent. Ned Reed (41) agreed.")
    index = ArticleIndex(text)
    for name in ("Ada Fenwick", "Ned Reed", "Ana Price", "Lars Hanson"):
        index.add(name, "person", text.index(name), 0)
    index.see(index.match("Reed", "person"), text.index("Ned Reed (41)"), 0)
    end = len(text)
    assert index.by_age("67", end).name == "Ada Fenwick"  # "67 goals" after it is no age
    assert index.by_age("54", end).name == "Ana Price"
    assert index.by_age("41", end).name == "Ned Reed"  # "41 percent" is no age
    assert index.by_age("30", end) is None


def test_an_age_is_not_given_to_a_possessor():
    """"At 34, Calder Vale's goalkeeper is back": the age is the goalkeeper's, not the club's
    (which the lexicon may take for a person: "Calder"); "At 34, Ned Reed's best years" Reed's."""
    text = "At 34, Calder Vale's goalkeeper is back. Ned Reed is 34 too."
    index = ArticleIndex(text)
    index.add("Calder Vale", "person", text.index("Calder"), 0)
    assert index.by_age("34", len(text)) is None
    for text in ("At 34, Calder Vale is back.", "At 34, Calder Vale's best years may be behind him."):
        index = ArticleIndex(text)
        index.add("Calder Vale", "person", text.index("Calder"), 0)
        assert index.by_age("34", len(text)).name == "Calder Vale"
    text = "At 34, Calder Vale’s ‘Foghorn’ is back."
    index = ArticleIndex(text)
    index.add("Calder Vale", "person", text.index("Calder"), 0)
    assert index.by_age("34", len(text)) is None
    # ... nor one whose possessed noun a name follows: the age is that name's
    text = "At 34, Calder Vale's successor, Ned Reed, is the youngest."
    index = ArticleIndex(text)
    index.add("Calder Vale", "person", text.index("Calder"), 0)
    index.add("Ned Reed", "person", text.index("Ned"), 0)
    assert index.by_age("34", len(text)).name == "Ned Reed"


def test_a_bare_surname_of_two_people_is_the_one_seen_most():
    """A profile of Ada Marlowe names her son Ned Marlowe in passing: "Marlowe said" after it is
    still her; the most recent of two seen as often."""
    index = ArticleIndex(TEXT)
    ada = index.add("Ada Marlowe", "person", 0, 0)
    index.see(ada, 100, 1)
    ned = index.add("Ned Marlowe", "person", 200, 2)
    assert index.match("Marlowe", "person", 300) is ada
    index.see(ned, 400, 3)
    assert index.match("Marlowe", "person", 500) is ned


def test_a_surname_of_two_people_first_seen_alone_is_the_one_named_before():
    """The index may meet "Marlowe said" before either full name: it is Ada Marlowe, named in full
    before it, not Ned Marlowe, her son, whose full name the index happens to meet first; a
    surname one person has is left as it is until that person's full name comes."""
    text = "Ada Marlowe runs the gym. Marlowe said it was hard. Her son, Ned Marlowe, built the ring."
    index = ArticleIndex(text)
    alone = index.add("Marlowe", "person", text.index("Marlowe said"), 1)
    son = index.add("Ned Marlowe", "person", text.index("Ned Marlowe"), 2)
    assert alone.name == "Ada Marlowe" and son is not alone
    assert index.match("Ada Marlowe", "person") is alone
    single = ArticleIndex("Ana Price spoke. Price said no.")
    assert single.add("Price", "person", 21, 1).name == "Price"


def test_a_group_noun_finds_the_organisation_whose_name_holds_it():
    """"the university" is Northway University, though the union was named since; a word no
    organisation's name holds finds none (the resolver then takes the latest organisation)."""
    index = cast(("Northway University", 0, 0, {"kind": "organization"}),
                 ("Northway Academic Workers Union", 100, 1, {"kind": "organization"}))
    assert index.by_name_word("university", 200).name == "Northway University"
    assert index.by_name_word("union", 200).name == "Northway Academic Workers Union"
    assert index.by_name_word("festival", 200) is None
    assert index.by_name_word("university", 0) is None  # only before


def test_an_age_in_a_description_is_given_to_no_one_named_before_it():
    """"Coach Ada Marsh sent on the 19-year-old": the 19-year-old is not Marsh; "a 19-year-old,
    Ned Reed," is Reed."""
    text = "Coach Ada Marsh sent on the 19-year-old late. Later a 21-year-old, Ned Reed, scored."
    index = ArticleIndex(text)
    index.add("Ada Marsh", "person", text.index("Ada Marsh"), 0)
    index.add("Ned Reed", "person", text.index("Ned Reed"), 0)
    assert index.by_age("19", len(text)) is None
    assert index.by_age("21", len(text)).name == "Ned Reed"


def test_a_person_known_by_surname_takes_the_full_name_the_text_gives():
    """"substitute Tobi Reed" the tagger did not call a person: "Reed" is Tobi Reed in the rows;
    not when another person of the article has that name."""
    from quotetrack.extract.coref.resolver import _take_full_name

    text = "With substitute Tobi Reed on, they won. Reed scored twice."
    index = ArticleIndex(text)
    reed = index.add("Reed", "person", text.index("Reed scored"), 1)
    _take_full_name(reed, index)
    assert reed.name == "Tobi Reed"
    other = ArticleIndex(text)
    alone = other.add("Reed", "person", text.index("Reed scored"), 1)
    other.entities.append(Entity("Tobi Reed", "person", aliases={"Tobi Reed"}))  # someone else
    _take_full_name(alone, other)
    assert alone.name == "Reed"


def test_a_fuller_role_given_later_replaces_the_one_it_holds():
    """"Dr." first, then "Superintendent Dr.": "the superintendent" finds her; a different role
    later does not replace the first."""
    index = ArticleIndex(TEXT)
    reed = index.add("Ana Reed", "person", 0, 0, role="Dr.")
    index.add("Ana Reed", "person", 50, 1, role="Superintendent Dr.")
    assert index.by_role("superintendent", [], 100) is reed
    index.add("Ana Reed", "person", 80, 1, role="chair")
    assert reed.role == "Superintendent Dr."


def test_a_campaign_is_of_a_possessor_the_article_names_as_a_person_though_untagged():
    """"Ashby's campaign said" with "Ashby" untagged: the campaign of Dan Ashby, named before; an
    untagged possessor the article does not name as a person owns nothing so."""
    from spacy.tokens import Doc

    from quotetrack.extract.coref.resolver import _owner

    from .test_attribution_rules import VOCAB

    for owner, expected in (("Ashby", "Ashby"), ("Harlow", None)):
        doc = Doc(VOCAB, words=[owner, "'s", "campaign", "said", "it", "won", "."],
                  heads=[2, 0, 3, 3, 5, 3, 3], deps=["poss", "case", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                  pos=["PROPN", "PART", "NOUN", "VERB", "PRON", "VERB", "PUNCT"])
        index = ArticleIndex(TEXT)
        index.add("Dan Ashby", "person", 0, 0)
        assert _owner(doc[0:3], doc[2], 100, 1, index) == expected


def test_a_report_is_of_the_organisation_the_text_says_it_is_from():
    """"the annual report from the Statistics Bureau, published in April, ... The report said":
    the bureau, whoever spoke last; not a report the text ascribes to no one it indexed."""
    text = ("The annual report from the Harlow Statistics Bureau, published in April, covers 2025. "
            "Ned Reed said it was wrong. The report said crime fell.")
    index = ArticleIndex(text)
    bureau = index.add("Harlow Statistics Bureau", "organization", text.index("Harlow"), 0)
    index.add("Ned Reed", "person", text.index("Ned"), 0, subject=True, speaker=True)
    later = text.index("The report said")
    assert index.document_source("report", later) is bureau
    assert index.document_source("poll", later) is None
    assert index.document_source("report", text.index("Harlow")) is None  # not before it
    # a name that ends its sentence ends at the stop
    ended = "The annual report from the Harlow Statistics Bureau. Ned Reed said it was wrong. The report said so."
    index = ArticleIndex(ended)
    bureau = index.add("Harlow Statistics Bureau", "organization", ended.index("Harlow"), 0)
    assert index.document_source("report", ended.index("The report said")) is bureau
    # a person's memo, with its addressees and the writer's title between
    assert _source_found("The cuts came in a memo to employees from chief executive Ana Reed. Ned Marlo said so. "
                         "The memo said more.", "memo", ("Ana Reed", "person"), "Ned Marlo")
    # ... but lower-case words other than a title are no part of it: "a memo from staff to Ana Reed"
    to_her = "The cuts came in a memo from staff to Ana Reed. Ned Marlo said so. The memo said more."
    index = ArticleIndex(to_her)
    index.add("Ana Reed", "person", to_her.index("Ana"), 0)
    assert index.document_source("memo", to_her.index("The memo said")) is None
    # "exit polls from the Ohio primary": what they are about
    text = "Exit polls from the Ohio primary were clear. The poll said voters were angry."
    index = ArticleIndex(text)
    index.add("Ohio", "organization", text.index("Ohio"), 0).note_label(as_place=True)
    assert index.document_source("poll", text.index("The poll")) is None
    # a document of findings named otherwise first, its source after a description of it
    review = ("The vote followed a review by the authority's external auditors, Marlow Kettering LLP. "
              "The report said costs rose.")
    index = ArticleIndex(review)
    auditors = index.add("Marlow Kettering LLP", "organization", review.index("Marlow"), 0)
    assert index.document_source("report", review.index("The report")) is auditors
    assert index.document_source("memo", review.index("The report")) is None  # a memo is no review
    # ... but a name after a comma that goes on with the sentence is no description's
    premier = "According to a report by the ministry, Premier Ana Reed said costs rose. The report said more."
    index = ArticleIndex(premier)
    index.add("Ana Reed", "person", premier.index("Ana"), 0, subject=True, speaker=True)
    assert index.document_source("report", premier.index("The report")) is None
    # past the document's title between commas and a form of "be"
    assert _source_found('The report, "Library Facilities Review," was prepared by Ledgerline Consulting. Ned Reed '
                         'said it was wrong. The report also found the furnace was old.', "report",
                         ("Ledgerline Consulting", "organization"), "Ned Reed")
    # ... an adjective before the name, and "of the" inside it
    for name, written in (("Legislative Budget Office", "the nonpartisan Legislative Budget Office"),
                          ("Office of the Fiscal Ombudsman", "the Office of the Fiscal Ombudsman")):
        assert _source_found(f"It cited a report released last week by {written}. Ned Reed spoke. The report found "
                             "gaps.", "report", (name, "organization"), "Ned Reed")
    # ... and a person's, written with where the person works ("of the Harlow Budget Office")
    assert _source_found("It cited a report by economist Ned Reed of the Harlow Budget Office. Ana Moss spoke. The "
                         "report found gaps.", "report", ("Ned Reed", "person"), "Ana Moss")


def _source_found(text: str, noun: str, source: tuple[str, str], speaker: str) -> bool:
    """Whether "The <noun>" (its last use in ``text``) is ``source`` (name, kind), the text's
    document source, rather than ``speaker``, who spoke last before it."""
    index = ArticleIndex(text)
    found = index.add(source[0], source[1], text.index(source[0]), 0)
    index.add(speaker, "person", text.index(speaker), 0, subject=True, speaker=True)
    return index.document_source(noun, text.rindex(f"The {noun}")) is found


def test_a_place_named_nearby_wrote_no_study():
    """"patients in the United States and Canada ... The study found": no issuer; a place may
    issue a statement ("Qatar said in a statement"), though."""
    index = ArticleIndex(TEXT)
    canada = index.add("Canada", "organization", 10, 0)
    canada.note_label(as_place=True)
    assert index.statement_issuer(150, 1) is None
    assert index.statement_issuer(150, 1, issued=True) is canada


def test_a_fuller_name_may_start_with_an_accented_capital():
    index = ArticleIndex("Élise Domingo ran. Domingo won.")
    assert index.fuller_name("Domingo", 20) == "Élise Domingo"


def test_a_statement_speaks_for_its_paragraphs_subject_named_since_the_last_speaker():
    """"Ned Reed said ... / Meridian TV said in a statement that ... "...," the statement said":
    the quotation is resolved before the indirect statement, so Meridian is no speaker yet; as
    the subject of the statement's paragraph it is the issuer. A poll is not issued so: the
    subjects of its paragraph are what it reports on."""
    index = ArticleIndex(TEXT)
    index.add("Ned Reed", "person", 0, 0, speaker=True)
    index.add("Meridian TV", "organization", 100, 1, subject=True)
    assert index.statement_issuer(150, 1, issued=True).name == "Meridian TV"
    assert index.statement_issuer(150, 1).name == "Ned Reed"


def test_a_person_known_by_first_name_takes_the_one_full_name_with_it():
    """"Eli said" in a piece on Eli and Nora Vance: Eli Vance; not when two people have that first name."""
    from quotetrack.extract.coref.resolver import _take_full_name

    index = ArticleIndex("x" * 300)
    eli = index.add("Eli", "person", 10, 0)
    index.entities.append(Entity("Eli Vance", "person", aliases={"Eli Vance"}))
    index.entities.append(Entity("Nora Vance", "person", aliases={"Nora Vance"}))
    _take_full_name(eli, index)
    assert eli.name == "Eli Vance"
    two = ArticleIndex("x" * 300)
    alone = two.add("Eli", "person", 10, 0)
    two.entities += [Entity("Eli Vance", "person", aliases={"Eli Vance"}), Entity("Eli Moss", "person", aliases={"Eli Moss"})]
    _take_full_name(alone, two)
    assert alone.name == "Eli"


# At the shelter , nurse Ada Reed , 74 , sat .   (the parser joined the name to the place before and
# left "sat" without a subject)
NAME_JOINED_TO_A_PLACE = """
At      9 prep     ADP   IN  at
the     2 det      DET   DT  the
shelter 0 pobj     NOUN  NN  shelter
,       2 punct    PUNCT ,   ,
nurse   6 compound NOUN  NN  nurse
Ada     6 compound PROPN NNP Ada B-PERSON
Reed    2 conj     PROPN NNP Reed I-PERSON
,       6 punct    PUNCT ,   ,
74      6 appos    NUM   CD  74
sat     9 ROOT     VERB  VBD sit
.       9 punct    PUNCT .   .
"""

# Reed , asked about it , shrugged .   (the parser made Reed the subject of "asked", read as a
# past tense, and left "shrugged" without one)
SUBJECT_OF_THE_PARTICIPLE = """
Reed     2 nsubj PROPN NNP Reed
,        2 punct PUNCT ,   ,
asked    6 ccomp VERB  VBD ask
about    2 prep  ADP   IN  about
it       3 pobj  PRON  PRP it
,        6 punct PUNCT ,   ,
shrugged 6 ROOT  VERB  VBD shrug
.        6 punct PUNCT .   .
"""


@pytest.mark.parametrize(("rows", "name_i"), [(NAME_JOINED_TO_A_PLACE, 6), (SUBJECT_OF_THE_PARTICIPLE, 0)])
def test_a_name_before_a_main_verb_the_parser_left_without_subject_is_its_subject(rows, name_i):
    """The "she" of the next paragraph's quotation is the person who sat or shrugged: the name is
    the main clause's subject though the parser hung it elsewhere; not when the verb has a
    subject of its own."""
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    assert is_main_subject(parse(rows)[name_i])


def test_a_name_before_a_main_verb_with_a_subject_of_its_own_is_not_its_subject():
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    # "At the shelter, nurse Ada Reed, she sat."
    rows = NAME_JOINED_TO_A_PLACE.replace("74      6 appos    NUM   CD  74", "she     9 nsubj    PRON  PRP she")
    assert not is_main_subject(parse(rows)[6])


def test_an_organisation_called_by_one_word_takes_its_one_longer_name():
    """"Vantor" is of "Vantor Nickel Ltd." when the text writes that name and no other longer one
    (an organisation, not a person); not a part of a body ("Senate" of "Senate Judiciary
    Committee"), not a Title Case headline's words, not when the text gives two longer names."""
    text = "Mine Owner Vantor Faces Inquiry\n\nThe mine is run by Vantor Nickel Ltd. of Sudbury.\n\nVantor said no."
    assert ArticleIndex(text).fuller_organisation("Vantor") == "Vantor Nickel Ltd."
    index = ArticleIndex(text)
    assert index.fuller_organisation("Helixmere") is None
    text = "The Senate Judiciary Committee met. The Senate voted."
    assert ArticleIndex(text).fuller_organisation("Senate") is None
    text = "Helixmere Biologics. Later Helixmere Therapeutics said no."
    assert ArticleIndex(text).fuller_organisation("Helixmere") is None
    assert ArticleIndex("It was made by Helixmere Biologics. Then").fuller_organisation("Helixmere") == "Helixmere Biologics"
    # ... but one written shorter elsewhere is the same name: the longest
    text = "State sues Halcyon Solar\n\nThe state sued Halcyon Solar Inc. on Monday. Halcyon denied it."
    assert ArticleIndex(text).fuller_organisation("Halcyon") == "Halcyon Solar Inc."
    text = "Halcyon Solar and Halcyon Solar Wind merged. Halcyon denied it."  # two companies
    assert ArticleIndex(text).fuller_organisation("Halcyon") is None


def test_a_group_noun_finds_the_organisation_the_text_called_so():
    """"Quillfire Interactive, the studio behind ...": "the studio" is Quillfire, though the
    publisher that owns it was named after it."""
    index = cast(("Quillfire Interactive", 0, 0, {"kind": "organization"}),
                 ("Marrowgate Entertainment", 100, 1, {"kind": "organization"}))
    index.entities[0].described_as.add("studio")
    assert index.by_name_word("studio", 200).name == "Quillfire Interactive"
    assert index.by_name_word("publisher", 200) is None


def test_a_surname_of_two_people_one_with_a_first_name_of_either_gender():
    """"Gareth Lund ... Lund said ... Harper Lund, 10,": the bare surname is Gareth, named in full
    before it, though "Harper" is a first name of no confident gender."""
    text = "Gareth Lund walks them. Lund said it was cold. Harper Lund, 10, said no."
    index = ArticleIndex(text)
    assert index.add("Lund", "person", text.index("Lund said"), 1).name == "Gareth Lund"


def test_the_company_is_the_organisation_the_article_is_about():
    """"the company": a subject or speaker of the paragraphs before, else the organisation the
    article has had speak most (not one named in passing in an analyst's title), else any seen
    before; never a public body, and "the union" never what was called a company. "The band" is
    never a bank."""
    index = cast(("Lumenvale Systems", 0, 0, {"kind": "organization", "speaker": True}),
                 ("Meridian Insight Group", 900, 9, {"kind": "organization"}))
    assert index.organisation_about(1000, 10, "company").name == "Lumenvale Systems"
    # another kind ("the union") only what the paragraphs before name
    assert index.organisation_about(1000, 10, "union").name == "Meridian Insight Group"
    assert index.organisation_about(1000, 30, "union") is None
    index = cast(("United Distribution Workers", 0, 0, {"kind": "organization"}),
                 ("Ministry of Labour", 50, 0, {"kind": "organization", "subject": True}),
                 ("Greyfield Logistics", 100, 1, {"kind": "organization"}))
    assert index.organisation_about(200, 2, "company").name == "Greyfield Logistics"
    index.entities[2].called.add("company")
    assert index.organisation_about(300, 3, "union").name == "United Distribution Workers"
    # an institution is not another kind of institution
    index = cast(("Pan-Atlantic Space Agency", 0, 0, {"kind": "organization"}),
                 ("Carrow Institute for Astronomy", 100, 1, {"kind": "organization"}))
    assert index.organisation_about(200, 2, "agency").name == "Pan-Atlantic Space Agency"
    assert index.organisation_about(200, 2, "group").name == "Carrow Institute for Astronomy"
    index = cast(("The Wrens", 0, 0, {"kind": "organization"}), ("Bank of Montreal", 100, 1, {"kind": "organization"}))
    assert index.organisation_about(200, 2, "band").name == "The Wrens"
    # nobody has acted yet: the first its own paragraph names ("Veridia Health, a startup ..., has
    # raised $41 million in a round led by Cobalt Ridge Ventures, the company said")
    index = cast(("Veridia", 0, 0, {"kind": "organization"}), ("Veridia Health", 100, 1, {"kind": "organization"}),
                 ("Cobalt Ridge Ventures", 200, 1, {"kind": "organization"}))
    assert index.organisation_about(300, 1, "company").name == "Veridia Health"
    assert index.organisation_about(600, 2, "company").name == "Cobalt Ridge Ventures"  # else the latest


def test_a_first_name_followed_by_a_surname_is_no_longer_organisation_name():
    """"Elena Papadakis" is a person, not the longer name of an organisation "Elena"."""
    assert ArticleIndex("His daughter Elena Papadakis runs it.").fuller_organisation("Elena") is None


def test_a_first_name_finds_the_full_names_the_text_writes_it_in():
    """"Tobin" is "Tobin Marsh" where the text writes that name (a paragraph the parser never
    read); a title or a sentence word after the first name is no surname."""
    index = ArticleIndex("Tobin Marsh, 39, came early. On Monday Tobin The Elder spoke. Tobin Senator won.")
    assert index.surnames_after("Tobin") == ["Tobin Marsh"]
    assert ArticleIndex("Star Wins Top Award At Festival\n\nThe Star said no.").surnames_after("Star") == []
    assert ArticleIndex("Tobin Marsh, 39, of Halifax, agreed.").surnames_after("Tobin") == ["Tobin Marsh"]


def test_a_place_is_no_band_festival_or_company_but_may_be_the_government():
    """A town the NER named acts in the paragraphs before: "the band" or "the festival" is not
    it, "the government" or "the state" may be."""
    index = cast(("Driftwood Sound", 0, 0, {"kind": "organization"}),
                 ("Greyport", 100, 1, {"kind": "organization", "subject": True}))
    index.entities[1].note_label(as_place=True)
    assert index.organisation_about(200, 2, "festival").name == "Driftwood Sound"
    assert index.organisation_about(200, 2, "government").name == "Greyport"
    index.entities[1].note_label(as_place=False)  # tagged an organisation once: no place
    assert index.organisation_about(200, 2, "festival").name == "Greyport"


def test_a_party_member_noun_after_two_places_is_no_surname_of_two_people():
    """"a Georgia Democrat ... a Virginia Democrat": "Democrat" is no surname, though "Georgia" and
    "Virginia" are first names too."""
    assert not ArticleIndex("A Georgia Democrat spoke. Later a Virginia Democrat spoke.")._two_people_named("Democrat")
    assert ArticleIndex("Georgia Lund spoke. Later Virginia Lund spoke.")._two_people_named("Lund")


def test_a_title_before_a_name_is_the_plainer_office_only_at_its_end():
    """"Justice Ana Reed" is "the judge"; "Justice Minister Ned Cole" is not."""
    index = cast(("Ana Reed", 0, 0, {"role": "Justice"}), ("Ned Cole", 100, 1, {"role": "Justice Minister"}))
    assert index.by_role("judge", [], 200).name == "Ana Reed"
    assert index.by_role("minister", [], 200).name == "Ned Cole"


# In an interview with Ana Reed , the candidate stated .   (the appositive is the subject)
APPOSITIVE_IS_THE_SUBJECT = """
In        9 prep     ADP   IN  in
an        2 det      DET   DT  an
interview 0 pobj     NOUN  NN  interview
with      2 prep     ADP   IN  with
Ana       5 compound PROPN NNP Ana  B-PERSON
Reed      3 pobj     PROPN NNP Reed I-PERSON
,         5 punct    PUNCT ,   ,
the       8 det      DET   DT  the
candidate 5 appos    NOUN  NN  candidate
stated    9 ROOT     VERB  VBD state
.         9 punct    PUNCT .   .
"""


def test_a_name_whose_appositive_with_the_opens_the_main_verb_is_not_its_subject():
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    assert not is_main_subject(parse(APPOSITIVE_IS_THE_SUBJECT)[5])


def test_the_he_or_she_of_a_report_picks_between_two_people_of_one_surname():
    """"Denise Vollmer watched ... Vollmer said he did not spot his mother": the son, named in
    full before (Keandre, a first name of no known gender), not his mother; never a woman for "he"."""
    text = "Keandre Vollmer scored 38.\n\nDenise Vollmer watched.\n\nVollmer said he did not spot his mother."
    index = ArticleIndex(text)
    mother = index.add("Denise Vollmer", "person", text.index("Denise"), 1)
    offset = text.rindex("Vollmer")
    assert index.match("Vollmer", "person", offset) is mother
    assert index.match("Vollmer", "person", offset, gender="m") is None
    assert index.add("Vollmer", "person", offset, 2, said_gender="m").name == "Keandre Vollmer"


# Cpl. Annika Rudd said so .   (the NER took the name for an organisation)
TITLED_NAME_AS_ORG = """
Cpl.   2 compound PROPN NNP Cpl.
Annika 2 compound PROPN NNP Annika B-ORG
Rudd   3 nsubj    PROPN NNP Rudd   I-ORG
said   3 ROOT     VERB  VBD say
so     3 advmod   ADV   RB  so
.      3 punct    PUNCT .   .
"""


def test_a_first_name_and_surname_after_a_title_are_a_person_whatever_the_ner_says():
    from quotetrack.extract.coref.evidence import index_entities
    from quotetrack.extract.frames import build_frame

    from .test_attribution_rules import parse

    doc = parse(TITLED_NAME_AS_ORG)
    index = ArticleIndex(doc.text)
    index_entities({0: doc}, {0: build_frame(doc.text, 0, len(doc.text), [])}, index)
    assert [(e.name, e.kind, e.role) for e in index.entities] == [("Annika Rudd", "person", "Cpl.")]


def test_a_person_known_by_a_first_name_takes_the_full_name_the_text_writes():
    """A speaker the article calls "Tobin" only, with "Tobin Marsh, 39," in a paragraph the parser
    never read: "Tobin Marsh" once the article is read (resolver._take_full_name)."""
    from quotetrack.extract.coref.resolver import _take_full_name

    text = "Tobin Marsh, 39, came early.\n\nLater Tobin smiled."
    index = ArticleIndex(text)
    tobin = index.add("Tobin", "person", text.index("Tobin smiled"), 1)
    _take_full_name(tobin, index)
    assert tobin.name == "Tobin Marsh"


# a statement from the union   (a group noun with "the": the issuer is the organisation it stands for)
STATEMENT_FROM_THE_UNION = """
statement 0 ROOT  NOUN NN statement
from      0 prep  ADP  IN from
the       3 det   DET  DT the
union     1 pobj  NOUN NN union
"""


def test_a_document_from_a_group_noun_names_that_noun_but_not_a_name():
    """"a statement from the union" is the union's; "from the Union of ..." is a name (the
    resolver's named-issuer rule), not the noun."""
    from quotetrack.extract.coref.resolver import _group_issuer

    from .test_attribution_rules import parse

    assert _group_issuer(parse(STATEMENT_FROM_THE_UNION)[0]) == "union"
    named = STATEMENT_FROM_THE_UNION.replace("union     1 pobj  NOUN NN union", "Union     1 pobj  NOUN NN union")
    assert _group_issuer(parse(named)[0]) is None


# Reed asked Price whether it was fair .
ASKED_WHETHER = """
Reed    1 nsubj  PROPN NNP Reed B-PERSON
asked   1 ROOT   VERB  VBD ask
Price   1 dobj   PROPN NNP Price B-PERSON
whether 5 mark   SCONJ IN  whether
it      5 nsubj  PRON  PRP it
was     1 ccomp  AUX   VBD be
fair    5 acomp  ADJ   JJ  fair
"""


def test_the_person_asked_a_question_is_salient():
    """"Reed asked Price whether it was fair.": Price answers, and is the "she" of the quotation
    that follows; "asked Price to resign" asks no question."""
    from quotetrack.extract.coref.evidence import is_asked

    from .test_attribution_rules import parse

    rows = ASKED_WHETHER
    doc = parse(rows)
    assert is_asked(doc[2]) and not is_asked(doc[0])
    request = parse(rows.replace("whether 5 mark   SCONJ IN  whether", "to      5 aux    PART  TO  to")
                    .replace("was     1 ccomp  AUX   VBD be", "resign  1 xcomp  VERB  VB  resign"))
    assert not is_asked(request[2])


def test_a_one_word_name_written_after_a_group_noun_is_an_organisation():
    """"the streaming service Marrowline" elsewhere in the text: "Marrowline", which the NER
    took for a person where it stands alone, is an organisation; not a first name ("the band
    Ana"), nor the subject of a clause about the group ("the festival Feist headlined")."""
    from quotetrack.extract.coref.evidence import _called_a_group_elsewhere

    text = "It streams on the streaming service Marrowline. Marrowline has not said. It was the band Ana."
    assert _called_a_group_elsewhere("Marrowline", text) == {"service"}
    assert _called_a_group_elsewhere("Marrowline", "The streaming service Marrowline is new.") == {"service"}
    assert _called_a_group_elsewhere("Ana", text) == set()
    assert _called_a_group_elsewhere("Feist", "It was the festival Feist headlined in 2019.") == set()
    assert _called_a_group_elsewhere("Quillfire", text) == set()


def test_a_person_by_the_ner_is_an_organisation_the_text_calls_a_group():
    """"Marrowline said no." tagged a person, in an article that writes "the streaming service
    Marrowline": an organisation; not when the article gives the name to someone with a first
    name ("the campaign Manafort was running", with "Paul Manafort" elsewhere)."""
    from .test_attribution_rules import parse

    doc = parse("""
Marrowline 1 nsubj PROPN NNP Marrowline B-PERSON
said       1 ROOT  VERB  VBD say
no         1 dobj  DET   DT  no
.          1 punct PUNCT .   .
""")
    for elsewhere, kind in ((" It streams on the streaming service Marrowline.", "organization"),
                            (" Then the campaign Marrowline ran failed. Paul Marrowline left.", "person")):
        index = indexed(doc, doc.text + elsewhere)
        assert [(e.name, e.kind) for e in index.entities] == [("Marrowline", kind)]


def test_the_statement_is_from_whoever_the_paragraph_that_wrote_statement_is_about():
    """'In a statement, the Harbour Workers Union said ...' and, after another speaker's quote in a
    paragraph of its own, '"...," the statement said': the union's statement, not the last speaker's."""
    text = ('"No," Ned Reed said.\nIn a statement released Monday, the Harbour Workers Union said it would strike.\n'
            '"We are ready," the statement said.')
    index = ArticleIndex(text)
    index.add("Ned Reed", "person", text.index("Ned"), 0, subject=True, speaker=True)
    index.add("Harbour Workers Union", "organization", text.index("Harbour"), 1, subject=True)
    later = text.index("the statement said")
    assert index.statement_issuer(later, 2, issued=True, noun="statement").name == "Harbour Workers Union"
    assert index.statement_issuer(later, 2, issued=True).name == "Ned Reed"  # no noun to look for
    # a paragraph that never wrote the noun gives no issuer: the last speaker's
    other = text.replace("In a statement released Monday, the", "On Monday the")
    index = ArticleIndex(other)
    index.add("Ned Reed", "person", other.index("Ned"), 0, subject=True, speaker=True)
    index.add("Harbour Workers Union", "organization", other.index("Harbour"), 1, subject=True)
    assert index.statement_issuer(other.index("the statement said"), 2, issued=True, noun="statement").name == "Ned Reed"
    # who received one issued nothing: "Ana Price received an eviction notice" is the tenant's
    tenant = '"No," Ned Reed said.\nAna Price received an eviction notice on Monday.\n"You must vacate," the notice said.'
    index = ArticleIndex(tenant)
    index.add("Ned Reed", "person", tenant.index("Ned"), 0, subject=True, speaker=True)
    index.add("Ana Price", "person", tenant.index("Ana"), 1, subject=True)
    assert index.statement_issuer(tenant.index("the notice said"), 2, issued=True, noun="notice").name == "Ned Reed"
    # someone else spoke after it was issued: "according to the advisory" is still the agency's
    advisory = ('The Drug Agency said in an advisory issued Monday that the pills were unsafe.\n'
                '"We were told in January," Ana Price said.\nAccording to the advisory, no one was hurt.')
    index = ArticleIndex(advisory)
    index.add("Drug Agency", "organization", advisory.index("Drug"), 0, subject=True, speaker=True)
    index.add("Ana Price", "person", advisory.index("Ana"), 1, subject=True, speaker=True)
    later = advisory.index("the advisory,")
    assert index.statement_issuer(later, 2, issued=True, noun="advisory").name == "Drug Agency"
    # ... though someone else is a subject of its paragraph after it: the nearest to where it was issued
    index.add("Ned Marlo", "person", advisory.index("the pills"), 0, subject=True, speaker=True)
    assert index.statement_issuer(later, 2, issued=True, noun="advisory").name == "Drug Agency"
    assert index.statement_issuer(later, 2, issued=True, noun="statement").name == "Ana Price"  # no statement issued
    # an issuer the index does not know by name: the organisation its paragraph names
    note = ('Analysts at Marlowe Capital said in a client note that the closure was overdue.\n'
            '"We were told in January," Ana Price said.\n"It is late," the note said.')
    index = ArticleIndex(note)
    index.add("Marlowe Capital", "organization", note.index("Marlowe"), 0)
    index.add("Ana Price", "person", note.index("Ana"), 1, subject=True, speaker=True)
    assert index.statement_issuer(note.index("the note"), 2, issued=True, noun="note").name == "Marlowe Capital"


def test_a_description_of_an_organisation_finds_the_name_that_holds_its_words():
    """"the foreign ministry" is the "Ministry of Foreign Affairs" the article names, before it or,
    failing that, after; no description words, no guess (by_name_word's job)."""
    text = "Early on, the foreign ministry announced it. Later the Ministry of Foreign Affairs said so."
    index = ArticleIndex(text)
    ministry = index.add("Ministry of Foreign Affairs", "organization", text.index("Ministry"), 1)
    assert index.by_description("ministry", ["foreign"], 10) is ministry
    assert index.by_description("ministry", ["health"], 10) is None
    assert index.by_description("ministry", [], 10) is None


def test_a_surname_written_in_full_with_a_mans_first_name_is_no_she():
    """"Obama" indexed alone, with "Barack Obama" written elsewhere, is a man: no antecedent for
    "she", the woman named further back is; for "he" he still is. Every full form counts, not only
    the last ("Stop Obama"). A word alone says nothing ("Moreno" is a first name and a surname)."""
    text = "Ana Price spoke. Barack Obama spoke. Obama left. Moreno stayed. She said no. The Stop Obama group met."
    index = ArticleIndex(text)
    index.add("Ana Price", "person", 0, 0, subject=True)
    obama = index.add("Obama", "person", text.index("Obama left"), 1, subject=True)
    assert obama.gender == "m"
    she = text.index("She said")
    assert index.antecedent(she, 1, kind="person", gender="f", lookback=0).name == "Ana Price"
    assert index.antecedent(she, 1, kind="person", gender="m", lookback=0) is obama
    index.add("Moreno", "person", text.index("Moreno"), 1, subject=True)
    assert index.antecedent(she, 1, kind="person", gender="f", lookback=0).name == "Moreno"


def test_a_party_word_after_a_place_that_is_a_first_name_is_no_surname():
    """"Wilcox, an Orlando Republican": "Republican" (NORP) is no person surnamed so."""
    from quotetrack.extract.coref.evidence import _surname_of_someone

    index = ArticleIndex("Ana Wilcox, an Orlando Republican, spoke. Rep. Daniel Brewer ran.")
    assert not _surname_of_someone(index, "NORP", "Republican")
    assert _surname_of_someone(index, "NORP", "Brewer")


def test_a_name_tagged_an_organisation_is_a_person_when_her_own_report_says_she():
    """"Ana Farrow said she deleted it" with "Ana Farrow" tagged ORG: a woman; "Morgan Stanley
    said it ..." stays an organisation, though "Morgan" is a first name too."""
    from .test_attribution_rules import parse

    rows = """
Ana     1 compound PROPN NNP Ana     B-ORG
Farrow  2 nsubj    PROPN NNP Farrow  I-ORG
said    2 ROOT     VERB  VBD say
she     4 nsubj    PRON  PRP she
deleted 2 ccomp    VERB  VBD delete
it      4 dobj     PRON  PRP it
"""
    for pronoun, words, kind in (("she", ("Ana", "Farrow"), "person"), ("it", ("Morgan", "Stanley"), "organization")):
        table = rows.replace("she     4 nsubj    PRON  PRP she", f"{pronoun:<7} 4 nsubj    PRON  PRP {pronoun}")
        table = table.replace("Ana     1 compound PROPN NNP Ana ", f"{words[0]:<7} 1 compound PROPN NNP {words[0]}") \
            .replace("Farrow  2 nsubj    PROPN NNP Farrow ", f"{words[1]:<7} 2 nsubj    PROPN NNP {words[1]}")
        doc = parse(table)
        index = indexed(doc)
        assert [(e.name, e.kind) for e in index.entities] == [(" ".join(words), kind)]


def test_the_source_of_according_to_is_salient():
    from quotetrack.extract.coref.evidence import is_according_source

    from .test_attribution_rules import parse

    doc = parse("""
According 5 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
Reed      1 pobj  PROPN NNP Reed B-PERSON
,         5 punct PUNCT ,   ,
it        5 nsubj PRON  PRP it
failed    5 ROOT  VERB  VBD fail
""")
    assert is_according_source(doc[2]) and not is_according_source(doc[4])


def test_an_indexed_name_goes_on_after_its_of():
    """"The County of" tagged apart from its "Ashby" is one organisation in the index, as it is
    for the resolver (roles.name_tokens)."""
    from .test_roles import NAME_GOES_ON_AFTER_OF, parse

    doc = parse(NAME_GOES_ON_AFTER_OF)
    index = indexed(doc)
    assert "County of Ashby" in [e.name for e in index.entities]


def test_the_person_asked_and_the_source_of_according_to_are_indexed_as_subjects():
    """index_entities makes the person a question is put to, and the source of "according to",
    sightings as salient as a subject."""
    from .test_attribution_rules import parse

    doc = parse(ASKED_WHETHER)
    index = indexed(doc)
    assert [(s.entity.name, s.subject) for s in index.sightings] == [("Reed", True), ("Price", True)]
    doc = parse("""
According 5 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
Price     1 pobj  PROPN NNP Price B-PERSON
,         5 punct PUNCT ,   ,
it        5 nsubj PRON  PRP it
failed    5 ROOT  VERB  VBD fail
""")
    index = indexed(doc)
    assert [(s.entity.name, s.subject) for s in index.sightings] == [("Price", True)]


def test_the_role_be_gives_an_untagged_name_is_indexed():
    """"Ana Reed has been the Lynx's starting goaltender", with no entity from the NER: the raw
    scan finds her, index_subjects gives her the role, and "the goaltender" finds her."""
    from quotetrack.extract.coref.evidence import index_raw_names, index_subjects
    from quotetrack.extract.frames import Frame

    from .test_roles import PREDICATE_ROLE, parse

    doc = parse(PREDICATE_ROLE.replace(" B-PERSON", "").replace(" I-PERSON", ""))
    index = ArticleIndex(doc.text)
    index_raw_names(doc.text, [(0, len(doc.text))], [], index)
    index_subjects({0: doc}, {0: Frame(doc.text, [0], [0])}, index)
    assert index.by_role("goaltender", [], len(doc.text)).name == "Ana Reed"


def test_a_numbered_union_is_indexed_whole_as_the_subject():

    from .test_roles import NUMBERED_UNION, parse

    doc = parse(NUMBERED_UNION)
    index = indexed(doc)
    assert [(s.entity.name, s.subject) for s in index.sightings] == [("Workers Union Local 418", True)]


def test_a_fuller_name_is_no_half_of_a_double_barrelled_name():
    """"Reed" is Ned Reed's surname, not a part of his daughter's "Ana Reed-Marlo"."""
    index = ArticleIndex("Ned Reed died on Sunday. His daughter, Ana Reed-Marlo, said so. Reed was 91.")
    assert index.fuller_name("Reed", 60) == "Ned Reed"
    assert ArticleIndex("The Ned Reed-led effort failed. Reed was 91.").fuller_name("Reed", 35) == "Ned Reed"


def test_a_title_in_acronym_or_in_plainer_words_is_the_same_office():
    """"the CEO" is "Chief Executive Laura Reed", "the chief executive" "Kestrel CEO Ned Marlo";
    "the prosecutor" an assistant district attorney, "the defense lawyer" a defendant's
    attorney, who is no prosecutor (data/role_acronyms.txt, same_offices.txt)."""
    index = cast(("Laura Reed", 0, 0, {"role": "Chief Executive"}))
    assert index.by_role("CEO", [], 100) is index.entities[0]
    index = cast(("Ned Marlo", 0, 0, {"role": "Kestrel CEO"}))
    assert index.by_role("executive", ["chief"], 100) is index.entities[0]
    for order in (1, -1):  # whichever is named last
        index = cast(*[("Rachel Ferris", 0, 0, {"role": "Assistant District Attorney"}),
                       ("Victor Salinas", 50, 1, {"role": "Lamb's attorney"})][::order])
        ferris, salinas = sorted(index.entities, key=lambda e: e.name)
        assert index.by_role("prosecutor", [], 100) is ferris
        assert index.by_role("lawyer", ["defense"], 100) is salinas
        assert index.by_role("judge", [], 100) is None


def test_a_peoples_adjective_matches_its_countrys_name_in_a_role():
    """"the Kyrgyz spokesman" is the spokesman for Kyrgyzstan's ministry, not the one named later
    for another ministry."""
    index = cast(("Azamat Tokonov", 0, 0, {"role": "spokesman for Kyrgyzstan's foreign ministry"}),
                 ("Farrukh Nazarov", 50, 1, {"role": "ministry's spokesman"}))
    tokonov, _ = index.entities
    assert index.by_role("spokesman", ["Kyrgyz"], 100) is tokonov
    # ... by the usual endings only: "the Australian foreign minister" is no Austrian one
    index = cast(("Ana Reed", 0, 0, {"role": "Australia's foreign minister"}),
                 ("Ned Marlo", 50, 1, {"role": "Austria's foreign minister"}))
    assert index.by_role("minister", ["Australian", "foreign"], 100) is index.entities[0]


def test_a_description_used_before_of_one_person_stands_for_that_person():
    """"Jalen Okoro had not scored. Then the rookie pulled up ..." and later "The rookie said":
    Okoro; not a use inside someone else's clause ("He said they were shopping the rookie")."""
    text = ("Jalen Okoro had not scored all night. Then the rookie pulled up and scored.\n"
            "Coach Dale Whitaker said he was pleased.\n"
            "The rookie said he would call his mother.")
    index = ArticleIndex(text)
    okoro = index.add("Jalen Okoro", "person", 0, 0, subject=True)
    index.add("Dale Whitaker", "person", text.index("Dale"), 1, subject=True)
    assert index.described_before("rookie", text.index("The rookie said")) is okoro
    named = "Ana Reed has coached for years. On Sunday the rookie, Ned Marlo, scored.\nThe rookie said he would call."
    index = ArticleIndex(named)
    index.add("Ana Reed", "person", 0, 0, subject=True)
    assert index.described_before("rookie", named.index("The rookie said")) is None
    other = "Coach Dale Whitaker said they had not been shopping the rookie.\nThe rookie said he would call."
    index = ArticleIndex(other)
    index.add("Dale Whitaker", "person", other.index("Dale"), 0, subject=True)
    assert index.described_before("rookie", other.index("The rookie said")) is None


def test_the_unnamed_person_a_later_description_stands_for():
    index = ArticleIndex(TEXT)
    diplomat = index.add_unnamed("a western diplomat in Bishkek", 10, 0)
    index.add_unnamed("a farmer", 20, 0)
    assert index.unnamed_called("diplomat", 100) is diplomat
    assert index.unnamed_called("diplomat", 5) is None
    assert index.unnamed_called("senator", 100) is None


def test_a_report_named_after_its_source_or_by_its_sources_kind():
    """"A Congressional Budget Office analysis ... The analysis found": the office, known to the
    index or not; "a report from the city's Housing Services Division"; "a report published last
    month by the analyst firm Brightline Research"."""
    text = "A Congressional Budget Office analysis estimated the cost. The analysis also found waste."
    index = ArticleIndex(text)
    found = index.document_source("analysis", text.index("The analysis"))
    assert found is not None and found.name == "Congressional Budget Office" and found.kind == "organization"
    text = "A report from the city's Housing Services Division found savings. Ana Reed spoke. The report said so."
    index = ArticleIndex(text)
    division = index.add("Housing Services Division", "organization", text.index("Housing"), 0)
    assert index.document_source("report", text.index("The report said")) is division
    text = "A report published last month by the analyst firm Brightline Research estimated it. The report warned."
    index = ArticleIndex(text)
    firm = index.add("Brightline Research", "organization", text.index("Brightline"), 0)
    assert index.document_source("report", text.index("The report warned")) is firm


def test_a_names_last_word_says_what_the_text_may_call_it():
    """"Fernwood Records ... The label said" (data/name_end_kinds.txt)."""
    text = "Her album is out on Fernwood Records. The label said the tour would start in May."
    index = ArticleIndex(text)
    label = index.add("Fernwood Records", "organization", text.index("Fernwood"), 0)
    assert index.by_name_word("label", text.index("The label")) is label


def test_a_court_filing_is_its_filers():
    """"after Marlowe filed a petition ... The petition": Marlowe; "Owners filed a class action"
    names no filer; "Her campaign sued" names one the index may not have seen yet."""
    text = "Ana Reed's quarrel with Marlowe grew after Marlowe filed a petition on Tuesday. The petition says so."
    index = ArticleIndex(text)
    index.add("Ana Reed", "person", 0, 0, subject=True)
    marlowe = index.add("Marlowe", "person", text.index("Marlowe filed"), 0)
    assert index.filer(text.index("The petition")) is marlowe
    text = "Owners filed a class action this week. The complaint alleges fraud."
    index = ArticleIndex(text)
    assert index.filer(text.index("The complaint")) is None and not index.sued_before(text.index("The complaint"))
    text = "Her campaign sued the party on Friday. The complaint alleged a breach."
    assert ArticleIndex(text).sued_before(text.index("The complaint"))


def test_a_she_with_no_woman_named_is_the_speaker_whose_first_name_only_leans_male():
    """"Kai Nakamura, a meteorologist, said ... She said": no woman named anywhere before, and
    "Kai" is 85% men's; with a woman named before, she is the one."""
    index = cast(("Kai Nakamura", 0, 0, {"subject": True, "speaker": True}))
    (kai,) = index.entities
    assert kai.gender == "m"
    assert index.antecedent(500, 1, kind="person", gender="f") is kai
    index = cast(("Ana Reed", 0, 0, {}), ("Kai Nakamura", 300, 4, {"subject": True, "speaker": True}))
    assert index.antecedent(500, 5, kind="person", gender="f") is index.entities[0]


def test_they_is_no_place_merely_named():
    """"A diplomat in Bishkek said ... / "...," they said": not Bishkek, a city named in passing;
    a place that spoke may be ("Ohio said it would appeal. They ...")."""
    index = ArticleIndex(TEXT)
    city = index.add("Bishkek", "organization", 100, 1)
    city.note_label(True)
    assert index.antecedent(500, 2, kind="any") is None
    index.see(city, 200, 1, subject=True, speaker=True)
    assert index.antecedent(500, 2, kind="any") is city


def test_a_relative_the_text_named_and_the_relation_the_other_way():
    """"Sami Haddad ... his daughter, Noor Haddad": Noor is Sami's daughter and Sami Noor's father
    (or dad); "Her father said" near Noor is Sami, though another woman spoke last."""
    index = cast(("Sami Haddad", 0, 0, {"subject": True}), ("Noor Haddad", 40, 0, {}),
                 ("Beatrix Oyelaran", 200, 1, {"subject": True, "speaker": True}), ("Noor Haddad", 300, 2, {}))
    sami, noor, beatrix = index.entities
    index.note_relative(sami, "daughter", noor)
    assert index.relative(sami, "daughter") is noor
    assert index.relative(noor, "father") is sami and index.relative(noor, "dad") is sami
    assert index.relative(noor, "mother") is None and index.relative(beatrix, "father") is None
    assert index.relative_of_someone("father", 400, 2, "f") is sami
    assert index.relative_of_someone("mother", 400, 2, "f") is None


def _two_paragraphs(first: str, second: str) -> tuple[str, list[tuple[int, int]]]:
    text = f"{first}\n\n{second}"
    return text, [(0, len(first)), (len(first) + 2, len(text))]


@pytest.mark.parametrize(("second", "expected"), [
    # the quotation the subject of the paragraph before goes on to: "Okafor" (no gender known)
    # rather than the woman named there in passing
    ('"It was a lie," she said.', "Okafor"),
    # narration after it: the woman the article knows to be one, as before
    ("Later she spoke to reporters.", "Ana Price"),
    # a quotation that names the subject is someone else's words about them
    ('"Okafor made it up," she said.', "Ana Price"),
])
def test_the_one_subject_of_the_paragraph_before_speaks_the_quotation_that_opens_the_next(second, expected):
    """"Okafor said Ana Price had misled voters. / "It was a lie," she said.": she is Okafor,
    whose gender the article never gave, not Price, only named in what Okafor said."""
    text, paragraphs = _two_paragraphs("Okafor said Ana Price had misled voters.", second)
    index = ArticleIndex(text, paragraphs)
    index.add("Okafor", "person", 0, 0, subject=True)
    index.add("Ana Price", "person", 12, 0)
    pronoun = text.index("she")
    assert index.antecedent(pronoun, 1, kind="person", gender="f").name == expected


def test_two_subjects_in_the_paragraph_before_leave_the_known_gender_to_decide():
    """"Okafor met Ana Price, and Price said it was over. / "Done," she said": two subjects in the
    paragraph before, so no one of them is its subject; the woman known as one is "she"."""
    text, paragraphs = _two_paragraphs("Okafor met Ana Price, and Price said it was over.", '"Done," she said.')
    index = ArticleIndex(text, paragraphs)
    index.add("Okafor", "person", 0, 0, subject=True)
    index.add("Ana Price", "person", 11, 0)
    index.add("Ana Price", "person", 26, 0, subject=True)
    assert index.antecedent(text.index("she"), 1, kind="person", gender="f").name == "Ana Price"


@pytest.mark.parametrize(("name", "text", "agrees_with_he"), [
    ("Melanie", "Melanie watched the speech.", False),  # a woman's first name, and no fuller name
    ("Kevin", "Kevin was asleep.", True),
    ("Ryan", "Okoro Ryan spoke; Ryan said so.", True),  # a surname of a fuller name says nothing
])
def test_someone_called_by_a_first_name_alone_is_not_of_the_other_gender(name, text, agrees_with_he):
    """"Melanie nodded along ... / "We did it," he said": he is not Melanie. A one-word name says
    nothing of gender when it is a surname the text writes in full ("Ryan" of "Okoro Ryan"),
    though "Ryan" is a man's first name too."""
    paragraphs = [(0, len(text))]
    index = ArticleIndex(text, paragraphs)
    index.add(name, "person", text.index(name), 0, subject=True)
    found = index.antecedent(len(text), 0, kind="person", gender="m")
    assert (found is not None and found.name == name) is agrees_with_he


@pytest.mark.parametrize(("name", "text", "role"), [
    ("Melanie", "Melanie watched the speech.", None),
    ("Ryan", "Okoro Ryan spoke; Ryan said so.", None),  # a surname the text writes in full
    ("Scott", "Judge Scott ruled on Monday.", "Judge"),  # a title goes with a surname
])
def test_only_a_first_name_alone_says_she_is_not_a_man(name, text, role):
    """"she" may stand for "Ryan" of "Okoro Ryan" or for "Judge Scott" (a surname each, whatever
    first names they share), never for "Kevin" alone; "Melanie" alone is a woman."""
    index = ArticleIndex(text, [(0, len(text))])
    index.add(name, "person", text.index(name), 0, subject=True, role=role)
    found = index.antecedent(len(text), 0, kind="person", gender="f")
    assert found is not None and found.name == name
    kevin = ArticleIndex("Kevin was asleep.", [(0, 17)])
    kevin.add("Kevin", "person", 0, 0, subject=True)
    assert kevin.antecedent(17, 0, kind="person", gender="f") is None


def test_a_pronoun_before_the_name_says_nothing_of_its_gender():
    """"He added, should Price run again, ..." parsed with "added" under "run": the "he" that
    comes first is someone else (a pronoun never stands for a name it precedes and governs)."""
    from quotetrack.extract.coref.evidence import pronoun_gender

    from .test_attribution_rules import parse

    rows = """
He     1 nsubj PRON  PRP he
added  5 ccomp VERB  VBD add
,      5 punct PUNCT ,   ,
should 5 aux   AUX   MD  should
Price  5 nsubj PROPN NNP Price B-PERSON
run    5 ROOT  VERB  VB  run
again  5 advmod ADV  RB  again
.      5 punct PUNCT .   .
"""
    assert pronoun_gender(parse(rows)[4]) is None
    # ... but before a verb of speech, the pronoun of its fronted report is the speaker's own
    reported = """
She    2 nsubj PRON  PRP she
will   2 aux   AUX   MD  will
retire 5 ccomp VERB  VB  retire
,      5 punct PUNCT ,   ,
Reed   5 nsubj PROPN NNP Reed B-PERSON
said   5 ROOT  VERB  VBD say
.      5 punct PUNCT .   .
"""
    assert pronoun_gender(parse(reported)[4]) == "f"


def test_a_fuller_name_does_not_run_across_lines():
    """A heading's words on the line above ("About Quillon Systems" over "Quillon Systems Inc.
    is ...") are no part of a name: a fuller form of a one-word name is found within its line."""
    text = "Harbour News\nReed said the plan would fail.\n\nAna Reed agreed."
    index = ArticleIndex(text)
    assert [name for _, name in index._fuller_names("Reed")] == ["Ana Reed"]


def test_a_surname_the_text_writes_after_mr_only_is_the_man_of_two_named_in_full():
    """"Michelle Obama" named first, "Barack Obama" later, and "Mr. Obama" throughout: a bare
    "Obama" (with no "Mr." of its own) is him, not the woman named in full first."""
    text = "Michelle Obama spoke. President Obama spoke. Mr. Obama left. Mr. Obama returned. Barack Obama won."
    index = ArticleIndex(text)
    index.add("Michelle Obama", "person", 0, 0, subject=True)
    bare = index.add("Obama", "person", text.index("Obama spoke"), 0, subject=True)
    assert bare.name == "Barack Obama"
    # without the article's style of address (none, or one "Mr." among surnames alone), the text
    # says nothing about which: the one named nearest before
    for plain in (text.replace("Mr. Obama", "Obama"),
                  text.replace("Mr. Obama left", "Obama left").replace(" won.", " won. Obama smiled.")):
        index = ArticleIndex(plain)
        index.add("Michelle Obama", "person", 0, 0, subject=True)
        assert index.add("Obama", "person", plain.index("Obama spoke"), 0, subject=True).name == "Michelle Obama"


@pytest.mark.parametrize(("last", "expected"), [
    ('"It will fail," he said.', "Tom Reed"),
    ("Later he said it would fail.", "Ned Okafor"),  # narration: the subject of the paragraphs before
    ('"Tom Reed is wrong," he said.', "Ned Okafor"),  # a quotation that names him is about him
])
def test_the_person_the_paragraph_before_introduces_speaks_the_quotation_after_it(last, expected):
    """"That worries Tom Reed, president of the caucus. / "...," he said": a person named for the
    first time right before a quotation, in a paragraph whose subject is no one, is its speaker,
    rather than a man quoted further back."""
    first, second = "Ned Okafor said the plan would fail.", "That worries Tom Reed, president of the caucus."
    text = f"{first}\n\n{second}\n\n{last}"
    paragraphs = [(0, len(first)), (len(first) + 2, len(first) + 2 + len(second)), (len(first) + len(second) + 4, len(text))]
    index = ArticleIndex(text, paragraphs)
    index.add("Ned Okafor", "person", 0, 0, subject=True, speaker=True)
    index.add("Tom Reed", "person", text.index("Tom Reed"), 1)
    assert index.antecedent(text.index("he", paragraphs[2][0]), 2, kind="person", gender="m").name == expected


def test_a_ruling_is_the_court_named_last_not_the_party_who_spoke():
    """"The appeals court ruled ... Husted said ... "...," said the ruling": the court's (or a
    judge's) words, whoever spoke since; a "Justice Minister" is no judge, and a court named
    paragraphs before is not the one whose order this is."""
    text = "The Court of Appeals ruled. Judge Ana Reed wrote it. Ned Husted said he would appeal. The ruling said so."
    index = ArticleIndex(text)
    index.add("Court of Appeals", "organization", 4, 0, subject=True)
    index.add("Ana Reed", "person", text.index("Ana Reed"), 0, role="Judge", subject=True)
    index.add("Ned Husted", "person", text.index("Ned Husted"), 0, role="Justice Minister", subject=True, speaker=True)
    assert index.court(text.index("The ruling"), 0).name == "Ana Reed"
    assert index.court(text.index("Judge"), 0).name == "Court of Appeals"
    assert index.court(3, 0) is None
    assert index.court(text.index("The ruling"), 9) is None  # six paragraphs on


def test_a_work_is_its_authors():
    """"Ana Reed wrote a memoir of her years there ... the book said": the one the text says wrote
    (or, for an outlet, ran) the latest work; not an older author when the index does not know
    the latest one's; the name within its sentence ("... the mill. Later Reed wrote a book")."""
    text = "Ana Reed wrote a memoir of her years there. The Daily Courier ran a long feature on it. The book said so."
    index = ArticleIndex(text)
    index.add("Ana Reed", "person", 0, 0, subject=True)
    assert index.author(text.index("The Daily")).name == "Ana Reed"
    assert index.author(text.index("The book")) is None  # the Courier's feature, and the Courier unknown
    index.add("Daily Courier", "organization", text.index("Daily Courier"), 0, subject=True)
    assert index.author(text.index("The book")).name == "Daily Courier"
    assert index.author(5) is None
    later = "She worked at the Harlow Mill. Later Reed wrote a memoir. The book said so."
    index = ArticleIndex(later)
    index.add("Ana Reed", "person", later.index("Reed"), 0, subject=True)
    assert index.author(later.index("The book")).name == "Ana Reed"


def test_a_quotation_ends_a_sentence_only_before_a_capital():
    """'"We waited," she said' is the quotation's own attribution; '"We waited." She laughed.'
    is a sentence of the writer's after it."""
    from quotetrack.extract.coref.index import _narration_between

    for text, narration in (('A woman said it. "We waited," she said. "Then', False),
                            ('A woman said it. "We waited," Tom Hale said. "Then', False),
                            ('A woman said it. "We waited." She laughed. "Then', True),
                            ("A woman said it. Reed laughed. Then", True)):
        assert _narration_between(text, 9, len(text)) is narration, text


def test_a_speakers_head_noun_is_the_last_word_before_a_preposition_or_participle():
    from quotetrack.extract.coref.index import _person_noun_in

    assert _person_noun_in("a woman waiting in line with two toddlers")
    assert _person_noun_in("a reporter for the agency")
    assert not _person_noun_in("a patient advocacy group")
    assert not _person_noun_in("a majority of senior residents")


def test_an_unnamed_woman_described_by_what_she_does_speaks_the_next_quotation():
    """"A woman waiting in line said it was late. / "...," she said": the woman, unnamed, not a
    named woman quoted before (her noun need not be the phrase's last word before "in")."""
    first, second = "Carol Reed spoke first. A woman waiting in line said it was late.", '"We waited," she said.'
    text = f"{first}\n\n{second}"
    index = ArticleIndex(text, [(0, len(first)), (len(first) + 2, len(text))])
    index.add("Carol Reed", "person", 0, 0, subject=True, speaker=True)
    index.add_unnamed("a woman waiting in line", text.index("A woman"), 0, "f")
    found = index.antecedent(text.index("she said"), 1, kind="person", gender="f", unnamed=True)
    assert found is not None and found.name == "a woman waiting in line"


def test_a_form_of_address_picks_which_of_two_of_one_surname():
    """"Ozren and Marta Vasic ... Mr. Vasic ... Mrs. Vasic said": the woman, though the man took
    the bare surname first; a form of address of the gender nobody of that surname has keeps
    the one person there is ("Ms. Vasic" of a man whose first name the lexicon gets wrong)."""
    index = cast(("Ozren Vasic", 0, 0, {}), ("Marta Vasic", 20, 0, {}))
    ozren, marta = index.entities
    assert index.add("Vasic", "person", 100, 1, gender="m") is ozren
    assert index.add("Vasic", "person", 200, 2, gender="f") is marta
    assert index.add("Vasic", "person", 300, 3, said_gender="m") is ozren
    alone = cast(("Tomas Brandt", 0, 0, {}))
    assert alone.add("Brandt", "person", 50, 1, gender="m") is alone.add("Brandt", "person", 90, 2, gender="f")


def test_the_he_of_a_paragraph_that_opens_on_he_is_that_he():
    """"He says Senator Brian Cole's plan would hurt families. "...," he told reporters": the
    second "he" is the first's (Ozren Vasic, whose first name says no gender), not the man the
    paragraph names in passing; with someone else the subject there, the usual order."""
    text = ('"We came here for a reason," Ozren Vasic said.\n'
            "He says Senator Brian Cole's plan would hurt families. It is wrong, he told reporters.")
    index = ArticleIndex(text)
    index.add("Ozren Vasic", "person", text.index("Ozren"), 0, subject=True, speaker=True)
    index.add("Brian Cole", "person", text.index("Brian"), 1)
    assert index.antecedent(text.index("he told"), 1, kind="person", gender="m").name == "Ozren Vasic"
    index.add("Brian Cole", "person", text.index("It is"), 1, subject=True)
    assert index.antecedent(text.index("he told"), 1, kind="person", gender="m").name == "Brian Cole"


def test_a_clause_a_colon_ends_is_a_main_clause_though_parsed_under_the_cue_after():
    """"Mosman saw it differently: "Yes," he said": the parser hangs "saw" under "said", as if it
    were what "he said" reports; the colon says it is a sentence of its own, so Mosman is a main
    subject (the "he" after is his). With a comma instead, "saw" is what he said."""
    from quotetrack.extract.coref.evidence import is_main_subject

    from .test_attribution_rules import parse

    rows = """
Mosman      1 nsubj  PROPN NNP Mosman
saw         8 ccomp  VERB  VBD see
it          1 dobj   PRON  PRP it
differently 1 advmod ADV   RB  differently
{mark}      8 punct  PUNCT {tag} {mark}
Yes         8 intj   INTJ  UH  yes
,           8 punct  PUNCT ,   ,
he          8 nsubj  PRON  PRP he
said        8 ROOT   VERB  VBD say
.           8 punct  PUNCT .   .
"""
    assert is_main_subject(parse(rows.format(mark=":", tag=":"))[0])
    assert not is_main_subject(parse(rows.format(mark=",", tag=","))[0])


def test_he_added_goes_on_with_the_last_to_act_whatever_a_leaning_first_name_says():
    """"Lindsey Reed said ... / He continued, "..."": the one who just spoke, though "Lindsey" leans
    female and a known man is named before; not when the text says she is a woman ("Ms."), nor
    for a pronoun whose verb does not go on ("he said")."""
    index = cast(("Tom Hale", 0, 0, {"subject": True}), ("Lindsey Reed", 100, 1, {"subject": True, "speaker": True}))
    reed = index.entities[1]
    assert reed.gender == "f" and reed.gender_evidence < 1  # a first name that only leans
    assert index.antecedent(300, 2, kind="person", gender="m", continuing=True) is reed
    assert index.antecedent(300, 2, kind="person", gender="m").name == "Tom Hale"
    index = cast(("Tom Hale", 0, 0, {"subject": True}),
                 ("Lindsey Reed", 100, 1, {"subject": True, "speaker": True, "gender": "f"}))
    assert index.antecedent(300, 2, kind="person", gender="m", continuing=True).name == "Tom Hale"


def test_a_bare_surname_is_not_someone_the_text_names_only_further_down():
    """"Rhys Calloway scored twice. ... Calloway said ... his nephew, Jack Calloway": the index
    may know the nephew first (paragraphs are not indexed in text order); the bare surname before
    the nephew is named is the man named in full before it."""
    text = ("Rhys Calloway scored twice on Saturday.\n\nCalloway said his legs were gone.\n\n"
            "The cross came from his nephew, Jack\u00a0Calloway, 19.")  # (a non-breaking space in the name)
    index = ArticleIndex(text)
    jack = index.add("Jack Calloway", "person", text.index("Jack"), 2)
    assert index.add("Calloway", "person", text.index("Calloway said"), 1).name == "Rhys Calloway"
    assert index.match("Jack Calloway", "person") is jack


def test_a_bare_surname_matched_wrongly_once_does_not_make_a_later_named_man_its_owner():
    """"Betsy Ebeling ... Ebeling said ... Tom and Betsy Ebeling": though the index matched one bare
    "Ebeling" to Tom (his first sighting, before his full name is written), the next bare surname
    before "Tom Ebeling" is written is still Betsy, named in full before it."""
    text = ("Betsy Ebeling met the candidate.\n\nEbeling laughed.\n\nEbeling said no.\n\n"
            "Her husband, Tom Ebeling, waited.")
    index = ArticleIndex(text)
    tom = index.add("Tom Ebeling", "person", text.index("Tom"), 3)
    index.see(tom, text.index("Ebeling laughed"), 1, subject=True)  # a wrong match, by whatever path
    assert index.add("Ebeling", "person", text.index("Ebeling said"), 2).name == "Betsy Ebeling"


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # "for the Tenth Circuit", tagged apart from the court, is part of its name
        (["The", "U.S.", "Court", "of", "Appeals", "for", "the", "Tenth", "Circuit", "ruled", "."],
         [(1, 5), (6, 9)], ["U.S. Court of Appeals for the Tenth Circuit"]),
        (["The", "District", "Court", "for", "the", "Northern", "District", "of", "Ohio", "ruled", "."],
         [(1, 3), (4, 7), (8, 9)], ["District Court for the Northern District of Ohio"]),
        # no seat after "for the": two names
        (["The", "Supreme", "Court", "for", "the", "Kelso", "Foundation", "ruled", "."],
         [(1, 3), (4, 7)], ["Supreme Court", "Kelso Foundation"]),
    ],
)
def test_a_courts_seat_is_part_of_its_name(words, ents, expected):
    """A court's name runs on to its seat ("... for the Tenth Circuit"), which the NER tags as a
    name of its own, and the raw-text scan finds no shorter court inside it ("Court of Appeals")."""
    from spacy.tokens import Doc, Span

    from quotetrack.extract.coref.evidence import index_raw_organisations

    from .test_attribution_rules import VOCAB

    verb = words.index("ruled")  # a flat parse: every word hangs on the verb
    doc = Doc(VOCAB, words=words, spaces=[True] * (len(words) - 2) + [False, False],
              pos=["DET" if w == "The" else "PROPN" if w[:1].isupper() else "PUNCT" if w == "." else "ADP" for w in words],
              heads=[verb] * len(words), deps=["ROOT" if i == verb else "dep" for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label="ORG") for s, e in ents]
    index = indexed(doc)
    index_raw_organisations(doc.text, [(0, len(doc.text))], [], index)
    assert sorted({s.entity.name for s in index.sightings}) == sorted(expected)


def test_a_title_lines_subject_is_no_antecedent_by_salience():
    """A title line is no sentence of the story: "Calder Vale's 'Foghorn' is back" (a club the
    lexicon takes for a man) is not the "he" the story's first paragraphs are about; the same
    words as the first paragraph of a story with no title are."""
    from quotetrack.text import paragraph_spans

    for title, expected in (("Calder Vale’s Foghorn is back\n\n", "Ned Reed"), ("", "Calder Vale")):
        text = title + ("Calder Vale’s Foghorn is back. The first thing Ned Reed did was lie down.\n\n"
                        if not title else "The first thing Ned Reed did was lie down.\n\n") + "He smiled."
        index = ArticleIndex(text, paragraph_spans(text))
        index.add("Calder Vale", "person", text.index("Calder"), 0, subject=True, gender="m")
        reed = text.index("Ned Reed")
        index.add("Ned Reed", "person", reed, index.paragraph_of(reed), gender="m")
        he = text.index("He smiled")
        assert index.antecedent(he, index.paragraph_of(he), kind="person", gender="m").name == expected


def test_a_word_that_ends_organisations_names_alone_is_the_latest_so_named():
    """"the Board", "the Tribunal" (data/scanned_organisations.txt): the organisation whose name
    ends in that word, the latest one before when there are two; a word no name ends in is none."""
    text = "The Coastal Lights Board met. The Harbour Board met. The Board said no."
    index = ArticleIndex(text)
    coastal = index.add("Coastal Lights Board", "organization", text.index("Coastal"), 0)
    harbour = index.add("Harbour Board", "organization", text.index("Harbour"), 0)
    assert index.match("Board", "organization", text.index("The Harbour")) is coastal
    assert index.match("Board", "organization", text.index("The Board")) is harbour
    assert index.match("Tribunal", "organization", len(text)) is None


def test_a_lists_headings_are_about_the_one_person_the_first_is_about():
    """A listicle's headings ("He said ...", "He called ...") are all about the man the first is
    about, though the paragraph before a heading ends on another man; two such paragraphs in a
    long story are no list, and a pronoun inside a heading's body is read as ever."""
    from quotetrack.text import paragraph_spans

    def story(headings: list[str], filler: int) -> str:
        body = "Ned Reed, a lawyer, answered him. Reed was calm."
        parts = ["Nine things Tom Hale said", "Tom Hale has said a lot this year."]
        for heading in headings:
            parts += [heading, body] + ["The crowd was large."] * filler
        return "\n\n".join(parts)

    def heading_he(text: str, heading: str):
        index = ArticleIndex(text, paragraph_spans(text))
        index.add("Tom Hale", "person", text.index("Tom Hale has"), 1, subject=True, gender="m")
        for at in [i for i in range(len(text)) if text.startswith("Ned Reed", i)]:
            index.add("Ned Reed", "person", at, index.paragraph_of(at), subject=True, gender="m")
        at = text.index(heading)
        return index.antecedent(at, index.paragraph_of(at), kind="person", gender="m").name

    headings = ["He said the mayor lied.", "2. He called the judge biased.", "He mocked the governor."]
    assert heading_he(story(headings, 0), "He mocked") == "Tom Hale"
    assert heading_he(story(headings, 0), "2. He called") == "Tom Hale"
    # the same three paragraphs far apart in a long story: each "He" is the man named before it
    assert heading_he(story(headings, 6), "He mocked") == "Ned Reed"
    # two headings make no list
    assert heading_he(story(headings[:2], 0), "2. He called") == "Ned Reed"
    # nor do they under a title that counts nothing
    assert heading_he(story(headings, 0).replace("Nine things", "What"), "He mocked") == "Ned Reed"


def test_a_wire_storys_one_sentence_paragraphs_are_no_list(nlp):
    """"He was charged ... / He was released on bail ... / His lawyer, Ned Reed, spoke ... / He said
    ...": the lawyer's words, though three paragraphs open on "He"."""
    from quotetrack import extract_text

    text = ("Tom Hale was arrested in Leeds on Monday.\n\nHe was charged with two counts of fraud.\n\n"
            "He was released on bail on Tuesday.\n\nHis lawyer, Ned Reed, spoke to reporters outside the court.\n\n"
            'He said his client was "completely innocent."')
    assert {m.speaker for m in extract_text(text, nlp) if "innocent" in m.text} == {"Ned Reed"}
    # ... under a headline with a number in it that counts no list, the "He" paragraphs apart
    text = ("Leeds man, 34, charged over £2m fraud\n\nTom Hale was arrested in Leeds on Monday.\n\n"
            "He was charged with two counts of fraud.\n\nThe police said the case was complex.\n\n"
            "He was released on bail on Tuesday.\n\nHis lawyer, Ned Reed, spoke to reporters outside the court.\n\n"
            'He said his client was "completely innocent."')
    assert {m.speaker for m in extract_text(text, nlp) if "innocent" in m.text} == {"Ned Reed"}


def test_a_document_is_issued_where_the_text_brings_it_in_not_where_it_goes_back_to_it():
    """"In a news release, Brightwave quoted its finance chief ... Haddad said in the release ...
    The release said": issued where "a news release" was brought in, not at "in the release";
    with only "in the release" written, there."""
    text = ("In a news release, Brightwave quoted Lena Haddad.\n\nHaddad said in the release that costs fell.\n\n"
            "The release said jobs would go.")
    index = ArticleIndex(text)
    assert index._issued_at("release", text.index("The release")) == text.index("In a news release")
    only_the = text.replace("In a news release, Brightwave", "Brightwave")
    assert ArticleIndex(only_the)._issued_at("release", only_the.index("The release")) == only_the.index("in the release")


def test_a_lede_that_runs_on_after_a_colon_is_no_title_line(nlp):
    """"Mayor Tom Hale has one message for ... the council: / Stop blocking the budget. / "...," he
    said": a lede, whose subject the "he" is, not a title line."""
    from quotetrack import extract_text

    text = ("Mayor Tom Hale has one message for council member Ned Reed and the rest of the council:\n\n"
            'Stop blocking the budget.\n\n"It is a disgrace," he said on Tuesday.')
    assert [m.speaker for m in extract_text(text, nlp)] == ["Tom Hale"]


def test_a_release_is_not_of_the_people_it_quotes():
    """"In a press release, the company quoted its engineer, Ravi Dunmore: ..." and later
    "According to the release": the company's, not the engineer's it quoted."""
    from quotetrack.text import paragraph_spans

    text = ("Verrit Audio said sales would grow.\n\nIn a press release, the company quoted its engineer, Ravi Dunmore: "
            '"It listens."\n\nAccording to the release, sales start in May.')
    index = ArticleIndex(text, paragraph_spans(text))
    index.add("Verrit Audio", "organization", 0, 0, subject=True)
    index.add("Ravi Dunmore", "person", text.index("Ravi"), 1, subject=True, speaker=True)
    found = index.statement_issuer(text.index("the release"), 2, issued=True, noun="release")
    assert found.name == "Verrit Audio"


def test_an_unnamed_speaker_who_goes_on_saying_keeps_the_next_she(nlp):
    """"A nurse who asked not to be named said ... She said three had quit. / "...," she said": the
    nurse, whose own "She said" sentence is no narration between; a sentence of the writer's is
    ("She laughed" may be anyone)."""
    from quotetrack import extract_text

    lead = "Rachel Amundsen said she waited 16 hours with her father.\n\n"
    text = (lead + "A nurse who asked not to be named said staff were tired. She said three nurses had quit.\n\n"
            '"We love this place," she said.')
    found = {m.text: m for m in extract_text(text, nlp)}
    assert (found["We love this place"].speaker, found["We love this place"].speaker_kind) == ("a nurse", "anonymous")
    from quotetrack.extract.coref.index import _narration_between

    assert not _narration_between("A nurse said staff were tired. She said three had quit. ", 0, 56)
    assert _narration_between("A nurse said staff were tired. She laughed. ", 0, 44)


def test_a_people_s_adjective_names_its_places_body():
    """"the Kastrenian ministry" is "Kastrenia's Foreign Ministry", not the other country's ministry
    named since; a people's adjective is of the place its name opens on (of_place)."""
    from quotetrack.extract.coref.index import of_place

    text = "Kastrenia's Foreign Ministry said so. Velmora's Foreign Ministry denied it. The Kastrenian ministry later said."
    index = ArticleIndex(text)
    kastrenia = index.add("Kastrenia's Foreign Ministry", "organization", 0, 0)
    velmora = index.add("Velmora's Foreign Ministry", "organization", text.index("Velmora"), 1)
    at = text.index("The Kastrenian")
    assert index.by_description("ministry", ["Kastrenian"], at) is kastrenia
    assert index.by_description("ministry", ["Velmoran"], at) is velmora
    assert index.by_description("ministry", ["Italian"], at) is None
    assert of_place("canadian", "canada") and of_place("italian", "italy") and of_place("israeli", "israel")
    assert not of_place("iranian", "iraq") and not of_place("federal", "fed") and not of_place("canada", "canada")


def test_a_gendered_title_and_the_plain_one_are_one_office():
    """"the spokeswoman" is the article's "spokesperson", and "the spokesperson" its
    "spokeswoman" (data/same_offices.txt); "the spokesman" is no spokeswoman."""
    index = cast(("Hallie Brooks", 0, 0, {"role": "Nimbara's spokesperson"}))
    assert index.by_role("spokeswoman", [], 100).name == "Hallie Brooks"
    assert index.by_role("spokesman", [], 100).name == "Hallie Brooks"
    index = cast(("Hope Hale", 0, 0, {"role": "campaign spokeswoman"}))
    assert index.by_role("spokesperson", [], 100).name == "Hope Hale"
    assert index.by_role("spokesman", [], 100) is None


def test_a_nickname_in_quotation_marks_is_no_part_of_the_name():
    """'Constance "Connie" Ferris' is Constance Ferris, as the NER's name and as the fuller name
    of a bare "Ferris"."""
    from quotetrack.extract.coref.evidence import clean_name

    assert clean_name('Constance "Connie" Ferris') == "Constance Ferris"
    assert clean_name("William “Bill” Hale") == "William Hale"
    text = 'By 7 a.m., Constance "Connie" Ferris is on her second pot of coffee. Ferris said so.'
    assert ArticleIndex(text).fuller_name("Ferris", text.index("Ferris said")) == "Constance Ferris"
    # a quoted word that ends a sentence is no nickname
    text = 'Mayor Tom Ferris called Lopez "Dishonest." Ferris later said the remark was unfair.'
    assert ArticleIndex(text).fuller_name("Ferris", text.index("Ferris later")) == "Tom Ferris"
