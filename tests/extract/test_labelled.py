"""Statements after a speaker's name and a colon, without quotation marks: a headline "Ana Reed:
..." and the turns of a transcript an article reprints."""

from __future__ import annotations

from collections import Counter

import pytest

from quotetrack import extract_text
from quotetrack.extract.attribution.transcript import labelled_speaker
from quotetrack.extract.candidates.labelled import labelled_statements
from quotetrack.extract.coref.index import ArticleIndex
from quotetrack.text import find_quotes, paragraph_spans

TEXT = (
    "Ana Reed: The Budget Is Not Balanced, And We Will Fix It\n\n"
    "Mayor Ana Reed spoke to council on Monday.\n\n"
    "HOST: Where does the budget stand at this point?\n\n"
    "REED: I think the whole council needs to work together on it.\n\n"
    "LOPEZ: Yes.\n\n"
    "Q: What did you do on Monday night then?\n\n"
    "Moss: Now or never.\n\n"
    'Moss: "We will see."\n\n'
    "UPDATE: This story has been updated with more detail.\n"
)


def labelled(text: str):
    return labelled_statements(text, paragraph_spans(text), find_quotes(text))


def test_labelled_paragraphs_on_the_raw_text():
    """The words after a short name and a colon: not a quotation of its own (the colon attributes
    it as a quote), not after an interview's "Q:", not a subheading of a few words ("Moss: Now or
    never.") nor a headline that asks."""
    found = [(TEXT[f.name_start : f.name_end], TEXT[f.start : f.end], f.headline) for f in labelled(TEXT)]
    assert found == [
        ("Ana Reed", "The Budget Is Not Balanced, And We Will Fix It", True),
        ("HOST", "Where does the budget stand at this point?", False),
        ("REED", "I think the whole council needs to work together on it.", False),
        ("UPDATE", "This story has been updated with more detail.", False),
    ]
    assert labelled("Ana Reed: Reformer or Career Politician?\n\nAna Reed ran.\n") == []


def speakers_of(text: str) -> list[bool]:
    """Whether each labelled paragraph of ``text`` gets a speaker, with an index of no one."""
    found = labelled(text)
    tags = Counter(text[f.name_start : f.name_end] for f in found)
    return [labelled_speaker(text, f, tags, ArticleIndex(text)) is not None for f in found]


def test_a_label_is_a_speaker_only_when_the_article_says_so():
    """A headline's name must be named in the body, a turn's tag be someone the article names or
    tag more than one turn: not "UPDATE", not a host the article never names."""
    index = ArticleIndex(TEXT)
    index.add("Ana Reed", "person", TEXT.index("Ana Reed spoke"), 1)
    found = labelled(TEXT)
    tags = Counter(TEXT[f.name_start : f.name_end] for f in found)
    names = [(sp.name, sp.how.value) if (sp := labelled_speaker(TEXT, f, tags, index)) else None for f in found]
    assert names == [("Ana Reed", "colon"), None, ("Ana Reed", "transcript"), None]
    # a dialogue, two tags that each open more than one turn, though the article names no one so;
    # not one label opening two paragraphs ("READ MORE:") nor section heads ("Raptors:", "Celtics:")
    text = ("The interview\n\nHOST: Where were you on Monday night?\n\nGUEST: I was at home all night.\n\n"
            "HOST: Can anyone say that you were there?\n\nGUEST: My sister was there with me.\n")
    assert speakers_of(text) == [True, True, True, True]
    text = ("Reed wins the vote\n\nREAD MORE: Council votes down the budget again\n\n"
            "READ MORE: What the new budget means for you\n\nRaptors: At the Chicago Bulls on Friday night.\n\n"
            "Celtics: Host the Miami Heat on Wednesday night.\n\nReed: 12 points, eight rebounds and four assists.\n")
    assert speakers_of(text) == [False, False, False, False]


def test_labelled_statements_are_indirect_rows(nlp):
    rows = {m.text: (m.kind, m.speaker, m.attribution) for m in extract_text(TEXT, nlp)}
    assert rows["The Budget Is Not Balanced, And We Will Fix It"] == ("indirect", "Ana Reed", "colon")
    assert rows["I think the whole council needs to work together on it."] == ("indirect", "Ana Reed", "transcript")
    assert "Where does the budget stand at this point?" not in rows
    assert "This story has been updated with more detail." not in rows


def test_a_place_or_a_series_title_is_no_label_of_a_speaker():
    """"Iowa:" over a list of names, "The Latest:" over a news summary: not speakers, though the
    article names Iowa (a place that never speaks) and writes "Latest" again."""
    text = ("The Latest: Reed wins the vote in a landslide\n\nThe Latest results came from Iowa on Monday.\n\n"
            "Iowa: Ana Reed, Ned Moss, Dan Lopez and Rhea Price voted.\n")
    index = ArticleIndex(text)
    index.add("Iowa", "organization", text.index("Iowa on"), 1)
    found = labelled(text)
    tags = Counter(text[f.name_start : f.name_end] for f in found)
    assert [text[f.name_start : f.name_end] for f in found] == ["The Latest", "Iowa"]
    assert [labelled_speaker(text, f, tags, index) for f in found] == [None, None]


INTERVIEW = (
    "Library to close after 96 years\n\n"
    "Councillor Ned Price voted against the closure.\n\n"
    "Ada Moss, 61, has been the town's librarian since 1999. She spoke to the Courier after the vote.\n\n"
    "Q: How did you hear about the decision?\n\n"
    "A: The same way everybody else did.\n\n"
    "And I was sitting in the third row, too.\n\n"
    "Q: What will you miss most?\n\n"
    "A: The regulars.\n\n"
    "The library closes on June 30.\n"
)


def test_an_interviews_answers_are_the_words_of_the_one_it_introduced():
    """"Q: ... / A: ...": the answers (and a paragraph an answer runs on to before the next
    question) are statements; the questions, the outlet's, are not; the paragraph after the last
    question's answer is the writer's again."""
    found = [(INTERVIEW[f.start : f.end], f.first_question_at) for f in labelled(INTERVIEW)]
    asked = INTERVIEW.index("Q: How")
    assert found == [("The same way everybody else did.", asked), ("And I was sitting in the third row, too.", asked),
                     ("The regulars.", asked)]


def test_the_one_who_answers_is_named_by_the_headline_or_right_before_the_questions(nlp):
    mentions = {m.text: m for m in extract_text(INTERVIEW, nlp)}
    assert {mentions[t].speaker for t in ("The same way everybody else did.", "The regulars.")} == {"Ada Moss"}
    assert mentions["The regulars."].speaker_mention == "A"
    # a person a headline that announces an interview names answers, whoever the paragraph
    # before the questions names; a headline that announces none does not decide
    reporter = INTERVIEW.replace("Ada Moss, 61, has been the town's librarian since 1999. She spoke to the Courier",
                                 "Courier reporter Lou Reed spoke with Ada Moss, the town's librarian since 1999,")
    for headline, speaker in (("Q&A with Ned Price, councillor", "Ned Price"), ("Ada Moss closes the library", "Ada Moss")):
        mentions = {m.text: m for m in extract_text(reporter.replace("Library to close after 96 years", headline), nlp)}
        assert mentions["The regulars."].speaker == speaker
    # without questions, "A:" opens no answer
    plain = "Ada Moss spoke on Monday.\n\nA: The same way everybody else did.\n"
    assert not labelled(plain)


@pytest.mark.parametrize(("introduction", "speaker"), [
    ("Courier reporter Lou Reed spoke with Ada Moss, the town's librarian since 1999,", "Ada Moss"),
    ("Courier reporter Lou Reed sat down with Ada Moss, the town's librarian since 1999,", "Ada Moss"),
    # the one interviewed may speak with the writer: a journalist after it is the one met
    ("Ada Moss, the town's librarian since 1999, spoke with Courier reporter Lou Reed", "Ada Moss"),
])
def test_the_one_who_answers_is_the_one_the_writer_met(nlp, introduction, speaker):
    """"Staff writer Lou Reed sat down with Ada Moss": the one met answers, not the writer named
    first."""
    text = INTERVIEW.replace("Ada Moss, 61, has been the town's librarian since 1999. She spoke to the Courier",
                             introduction)
    mentions = {m.text: m for m in extract_text(text, nlp)}
    assert mentions["The regulars."].speaker == speaker


def test_what_an_interview_answer_is_not():
    """An initial opens no answer ("A. J. Styles"), and a paragraph between two questions that is
    the writer's narration (no first person) is no answer run on."""
    text = INTERVIEW.replace("A: The regulars.", "A. J. Styles will headline on Saturday.")
    assert "J. Styles will headline on Saturday." not in [text[f.start : f.end] for f in labelled(text)]
    text = INTERVIEW.replace("And I was sitting in the third row, too.", "Councillor Ned Price voted against it.")
    assert "Councillor Ned Price voted against it." not in [text[f.start : f.end] for f in labelled(text)]


def test_an_interview_with_named_turns_runs_on_and_its_i_is_the_one_answering(nlp):
    """"Q: ... / Moss: ..." is an interview too: a first-person paragraph after a turn goes on in
    it, and the "I" of a report inside a turn ("I said that about the last one") is the one
    whose turn it is."""
    text = ("Ada Moss on floods and her new novel\n\n"
            "We spoke with the novelist Ada Moss by phone from her home.\n\n"
            "Q: The book opens with a flood. Was that the plan?\n\n"
            "Moss: No. The first draft ended with a wedding, and nobody liked it.\n\n"
            "That doorframe is the whole novel, really. I write about the people who stay.\n\n"
            "Q: Is this your last river novel?\n\n"
            "Moss: I said that the last one would be my last, too. Ask me in five years.\n")
    mentions = {m.text: m for m in extract_text(text, nlp)}
    assert mentions["That doorframe is the whole novel, really. I write about the people who stay."].speaker == "Ada Moss"
    assert mentions["the last one would be my last, too"].speaker == "Ada Moss"


@pytest.mark.parametrize(("paragraph", "met"), [
    ("Staff writer Lou Reed sat down with Ada Moss after the vote.", "Ada Moss"),
    ("Courier reporter Lou Reed spoke with Ada Moss after the vote.", "Ada Moss"),
    # the one interviewed spoke with the journalist, or someone else's title: no rule
    ("Ada Moss spoke with senior writer Lou Reed after the vote.", None),
    ("Ada Moss, a former news anchor, talked with Lou Reed after the vote.", None),
])
def test_the_one_a_journalist_met_as_plain_data(paragraph, met):
    """The meeting rule on an index built by hand (no model): the person named after a
    journalist's title, name and meeting verb."""
    from quotetrack.extract.attribution.transcript import _met_by_the_interviewer

    index = ArticleIndex(paragraph, [(0, len(paragraph))])
    for name in ("Lou Reed", "Ada Moss"):
        index.add(name, "person", paragraph.index(name), 0)
    found = _met_by_the_interviewer(0, index)
    assert (found.name if found else None) == met
