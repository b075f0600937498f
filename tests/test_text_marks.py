"""Quote-mark pairing on raw text: a table of text -> the quoted strings found."""

import pytest

from quotetrack.text import find_quotes, paragraph_spans


def quoted(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no" to me.', ["no"]),
        ("“Curly quotes,” she said.", ["Curly quotes,"]),
        ('"A "B" C," he said.', ['A "B" C,']),  # a nested quote stays inside its outer quote
        ("“It’s ‘in their heads,’ he said,” she said.", ["It’s ‘in their heads,’ he said,"]),
        ("Israel 'utterly failed to break Gaza's will': Hamas", ["utterly failed to break Gaza's will"]),
        ("In the '90s, 'we won' he said.", ["we won"]),  # an elision is not an opening mark
        ("the 5'10\" player said \"hi\"", ["hi"]),  # feet and inches are not quotes
        ("Gaza's will and Israel's plan", []),  # apostrophes only
        ('"""', []),  # only marks
    ],
)
def test_quoted_strings(text, expected):
    assert quoted(text) == expected


def test_an_unclosed_mark_is_recovered_locally():
    text = 'He said "this runs to the end\n\nLater she said "fine" and left.'
    assert quoted(text) == ["this runs to the end", "fine"]
    first = find_quotes(text)[0]
    assert not first.closed


def test_open_each_paragraph_convention_links_the_parts():
    text = '"First paragraph of the speech.\n\n"Second paragraph," he said.\n\nNext "one".'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["First paragraph of the speech.", "Second paragraph,", "one"]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group
    assert quotes[2].group is None


def test_odd_number_of_marks_keeps_the_rest_of_the_article():
    text = 'A stray " mark here.\n\n"Fine," she said.'
    assert "Fine," in quoted(text)


def test_offsets_point_into_the_text():
    text = "\ufeffHe said: “Café au lait.”\n\n“Ça va,” she said."
    for q in find_quotes(text):
        assert text[q.open_at] in "“\"" and text[q.start : q.end].strip() == text[q.start : q.end]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("One.\nTwo.\nThree.", 3),  # one line, one paragraph
        ("One.\n\nTwo.", 2),
        # hard-wrapped: single newlines inside blank-line-separated paragraphs are soft wraps
        ("This is a long line that has been wrapped at a fixed width\nby the tool that saved it and goes on\n\n"
         "and the second paragraph is wrapped in the very same way too\nso it should be one paragraph.", 2),
    ],
)
def test_paragraphs(text, n):
    assert len(paragraph_spans(text)) == n


def test_a_police_rank_ends_no_sentence():
    """data/abbreviations.txt: "Const." and "Insp." are titles before a name, not sentence ends."""
    from quotetrack.text import sentence_bounds

    text = "Officers arrived at 2 a.m., Const. Dani Reed said. Insp. Ana Price agreed."
    assert sentence_bounds(text, text.index("Dani"), text.index("Dani") + 4) == (0, text.index(" Insp."))
    assert sentence_bounds(text, text.index("Ana"), text.index("Ana") + 3) == (text.index(" Insp."), len(text))
