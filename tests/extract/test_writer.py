"""Who writes "I": the author of a column, a letter or an excerpt, by the lines printed for it."""

import pytest

from quotetrack import extract_text
from quotetrack.extract.coref.index import ArticleIndex
from quotetrack.extract.coref.writer import first_person_writer
from quotetrack.text import paragraph_spans


def writer_of(text, needle):
    paragraphs = paragraph_spans(text)
    at = text.index(needle)
    p = max(i for i, (lo, _) in enumerate(paragraphs) if lo <= at)
    found = first_person_writer(text, paragraphs, p)
    return found and found[0]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # an author's line at the end, a footnote after it
        ("Why I left the party.\n\nI spent ten years in it.\n\nVera Lindqvist is a nurse in Kelso.\n\n"
         "Follow her on Twitter.", "I spent", "Vera Lindqvist"),
        # ... with a description between the name and the verb, a middle initial
        ("I have coached for years.\n\nTom B. Ames, a retired teacher, writes on school sport.",
         "I have", "Tom B. Ames"),
        # ... or the column's own line
        ("I learned to read there.\n\nVera Lindqvist's column appears every Tuesday.", "I learned", "Vera Lindqvist"),
        # letters: each signed after it, the nearest signature after the "I"
        ("LETTERS.\n\nI cannot understand the council.\n\nTom Ames.\n\nI agree with the mayor.\n\n"
         "June Patel, Dunmore.", "I agree", "June Patel"),
        ("LETTERS.\n\nI cannot understand the council.\n\nTom Ames.\n\nI agree with the mayor.\n\n"
         "June Patel, Dunmore.", "I cannot", "Tom Ames"),
        # a signature set off by a dash
        ("I was there in 1990.\n\n— Ruth Okafor, Leeds", "I was", "Ruth Okafor"),
        # a byline at the top
        ("A town in doubt.\n\nBy Ruth Okafor\n\nI drove into Kelso on a Monday.", "I drove", "Ruth Okafor"),
        # a book excerpt's note, at the top or at the end
        ("Salt Roads, Part 2.\n\nEditor's Note: The following is an excerpt from bestselling author Vera "
         "Lindqvist's new memoir, Salt Roads.\n\nI left Kelso at sixteen.", "I left", "Vera Lindqvist"),
        ("I left Kelso at sixteen.\n\nThe mill closed.\n\nAdapted from \"Salt Roads\" by Tom Ames. Used with "
         "permission.", "I left", "Tom Ames"),
        ("I left Kelso at sixteen.\n\nExcerpted from Vera Lindqvist's new memoir, Salt Roads.", "I left", "Vera Lindqvist"),
        # ... set off by a dash, in brackets, with a full stop in its title
        ("I left.\n\n— Adapted from \"Salt Roads\" by Tom Ames. Used with permission.", "I left", "Tom Ames"),
        ("I left.\n\n(Excerpted from \"Mr. Lincoln's Town\" by Tom Ames. Copyright 2026.)", "I left", "Tom Ames"),
        # ... only a note that says the text is one: not excerpts the writer read, a series adapted
        # from a novel, an excerpt of a speech
        ("This week I read the excerpts from Barack Obama's new memoir.\n\nI said it was history.\n\n"
         "Ruth Okafor is a history teacher in Leeds.", "I said", "Ruth Okafor"),
        ("Adapted from the novel by Stephen King, the new series opens on Friday. I said it was good.\n\n"
         "Ruth Okafor is a television critic in Leeds.", "I said", "Ruth Okafor"),
        ("Last week I read the excerpts from Barack Obama's new memoir.\n\nI said it was history.\n\n"
         "Ruth Okafor is a history teacher in Leeds.", "I said", "Ruth Okafor"),
        ("The new series, adapted from the novel by Stephen King, opens on Friday. I said it was good.\n\n"
         "Ruth Okafor is a television critic in Leeds.", "I said", "Ruth Okafor"),
        ("Ana Reed spoke.\n\nIn an excerpt from a speech given by Ana Reed in May, she was calm.\n\nI asked the clerk.",
         "I asked", None),
        # a signature after a form of address, with an initial
        ("I was there in 1990.\n\nDr. J. Patel, Leeds", "I was", "J. Patel"),
        # a byline before a news story's closing line about someone ("... is among the missing")
        ("A town in doubt.\n\nBy Ruth Okafor\n\nI drove into Kelso on a Monday.\n\n"
         "Tom Hale is among the 300 people still missing.", "I drove", "Ruth Okafor"),
        # no author printed: a paragraph of two capitalised words that are no person's name, a
        # last paragraph about someone that is no author's line
        ("I cannot understand the council.\n\nRead More.", "I cannot", None),
        ("I cannot understand the council.\n\nAssociated Press.", "I cannot", None),
        ("The council met.\n\nI asked the clerk.\n\nThe mayor, Ana Reed, left early.", "I asked", None),
        # a news story's last line about someone is no author's line
        ("The ferry sank.\n\nI am the captain, and I am sorry.\n\nAna Reed is leading the inquiry.", "I am", None),
        ("The ferry sank.\n\nI am the captain.\n\nTom Hale is among the 300 people still missing.", "I am", None),
        # a headline is no writer's name
        ("Will Kelso Survive: A Town in Doubt\n\nI drove into Kelso on a Monday.", "I drove", None),
        # a letter signed with a name the lexicon does not know names no one, not the next writer
        ("LETTERS.\n\nI cannot understand the council.\n\nOluwaseun Adeyemi, Dunmore\n\nI agree.\n\n"
         "June Patel, Kelso.", "I cannot", None),
        # a subheading or a line about someone is no signature, and leaves the byline its say
        ("By Ruth Okafor\n\nI spent ten years in the party.\n\nRising Costs\n\nThe party has changed.",
         "I spent", "Ruth Okafor"),
        ("By Ruth Okafor\n\nI spent ten years in the party.\n\nMr. Hale, too.\n\nThe party has changed.",
         "I spent", "Ruth Okafor"),
        # a letter's salutation is no text printed in full
        ("To the Editor:\n\nI cannot understand the council.\n\nVera Lindqvist, Kelso", "I cannot", "Vera Lindqvist"),
        # an interview's or a transcript's turn, and a text printed in full after a colon
        ("Ana Reed talked to Tom Hale.\n\nA: As I told the players, we start again.\n\n"
         "Ana Reed is a sports reporter.", "As I told", None),
        ("HALE: I never saw the money.\n\nANA REED", "I never", None),
        ("The club issued a statement. It read:\n\nI regret what I said.\n\nAna Reed is a sports reporter.",
         "I regret", None),
    ],
)
def test_first_person_writer(text, needle, expected):
    assert writer_of(text, needle) == expected


def test_an_i_inside_quotation_marks_is_the_one_quoted():
    text = 'I asked the mayor.\n\n"I will stay," she said.\n\nVera Lindqvist is a nurse.'
    index = ArticleIndex(text, paragraph_spans(text))
    assert index.writer(text.index("I will")) is None
    writer = index.writer(text.index("I asked"))
    assert writer.name == "Vera Lindqvist"
    assert writer not in index.entities  # a byline or an author's line is no antecedent of a later "she"


def test_a_columns_i_speaks_as_its_writer(nlp):
    text = ("Why I left the party.\n\nI spent ten years in the party. As I told my neighbours, "
            '"There is no going back."\n\nThe party has changed.\n\nVera Lindqvist is a nurse in Kelso.')
    quote = next(m for m in extract_text(text, nlp) if m.text.startswith("There is"))
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == ("Vera Lindqvist", "I")


def test_letters_speak_as_their_signatures(nlp):
    text = ('LETTERS.\n\nI cannot understand the council. As I wrote last year, "The bridge is unsafe."\n\n'
            'Tom Ames.\n\nThe mayor is right. I said it before: "Build the road."\n\nJune Patel, Dunmore.')
    assert {m.text.rstrip("."): m.speaker for m in extract_text(text, nlp)} == {
        "The bridge is unsafe": "Tom Ames", "Build the road": "June Patel"}
