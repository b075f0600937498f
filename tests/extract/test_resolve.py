"""Speaker identity inside one article: names, surnames, titles, pronouns, nominals, roles."""

import pytest

from quotetrack import extract_text


def speakers_of(text, nlp):
    return {m.text.rstrip(",."): (m.speaker, m.speaker_kind, m.role) for m in extract_text(text, nlp)}


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # a surname after the full name
        ("Qatar's Foreign Ministry spokesman Majed Al-Ansari spoke in Doha.\n\n"
         '"We will need time for this," Ansari said.',
         "We will need time for this", ("Majed Al-Ansari", "person", "Qatar's Foreign Ministry spokesman")),
        # a surname before the full name, which stands in a paragraph without quotes
        ('"We will need time for this," Ansari said.\n\nThe talks went on.\n\n'
         "Majed Al-Ansari is the ministry's spokesman.",
         "We will need time for this", ("Majed Al-Ansari", "person", None)),
        # a title before the name, then a role-only mention
        ("US President Donald Trump met Netanyahu on Monday.\n\n"
         '"I think things are going along very well," the US president told reporters.',
         "I think things are going along very well", ("Donald Trump", "person", "US President")),
        # a pronoun
        ("Hamas spokesman Basem Naim spoke on Friday.\n\n"
         '"We hope that the coming days will bring a breakthrough," he added.',
         "We hope that the coming days will bring a breakthrough", ("Basem Naim", "person", "Hamas spokesman")),
        # an appositive role
        ('"We hope for a real breakthrough," said Basem Naim, a Hamas spokesman.',
         "We hope for a real breakthrough", ("Basem Naim", "person", "Hamas spokesman")),
        # a nominal pointing back to an organisation
        ("Hamas announced that talks would resume.\n\n"
         '"This round will focus on the agreement," the movement said.',
         "This round will focus on the agreement", ("Hamas", "organization", None)),
        # an anonymous source keeps its description
        ('"There is no deal yet," a US official told Axios.', "There is no deal yet",
         ("a US official", "anonymous", None)),
    ],
)
def test_who_is_the_speaker(nlp, text, quote, expected):
    assert speakers_of(text, nlp)[quote] == expected


def test_two_people_with_one_surname_stay_apart(nlp):
    text = ('"We must win this," Hillary Clinton said on Monday.\n\n'
            '"She will win it," Bill Clinton said later.')
    found = speakers_of(text, nlp)
    assert found["We must win this"][0] == "Hillary Clinton"
    assert found["She will win it"][0] == "Bill Clinton"


def test_every_mention_carries_the_role_given_anywhere(nlp):
    text = ('"The talks are moving," Naim told AFP on Friday.\n\n'
            'Hamas spokesman Basem Naim added: "We are flexible and serious about this."')
    found = speakers_of(text, nlp)
    assert found["The talks are moving"] == ("Basem Naim", "person", "Hamas spokesman")
    assert found["We are flexible and serious about this"] == ("Basem Naim", "person", "Hamas spokesman")
