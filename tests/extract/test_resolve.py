"""Speaker identity inside one article: names, surnames, titles, pronouns, nominals, roles."""

import pytest

from quotetrack import extract_text
from quotetrack.extract.candidates.filters import names_something
from quotetrack.text import QuoteSpan


def speakers_of(text, nlp):
    return {m.text.rstrip(",."): (m.speaker, m.speaker_kind, m.role) for m in extract_text(text, nlp)}


def stated_by(text, nlp):
    """Each indirect statement's speaker name."""
    return {m.text: m.speaker for m in extract_text(text, nlp) if m.kind == "indirect"}


def quoted_by(text, nlp):
    """Each quotation's (speaker, speaker kind), indirect statements left out."""
    return {m.text.rstrip(".,"): (m.speaker, m.speaker_kind) for m in extract_text(text, nlp) if m.kind != "indirect"}


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
        # a description of the person the article is about, even when the tagger calls its head a
        # proper noun ("mogul")
        ("Donald Trump spoke about television on Sunday.\n\n"
         '"The best show on the air is the one I was in," the billionaire media mogul told reporters.',
         "The best show on the air is the one I was in", ("Donald Trump", "person", None)),
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


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a form of address says who "she" and "he" are, whoever was named last
        ("Ms. Mary Smith met Mr. John Brown on Monday.\n\n"
         '"We will need more time," she said.\n\n"We have all the time we need," he said.',
         "We will need more time", "Mary Smith"),
        ("Ms. Mary Smith met Mr. John Brown on Monday.\n\n"
         '"We will need more time," she said.\n\n"We have all the time we need," he said.',
         "We have all the time we need", "John Brown"),
        # a profile: a woman named in full at the top, a man named in passing, then her quotes
        ("Susan Ward has run the bakery on Elm Street for thirty years.\n\n"
         "Ward said she started with one oven and a loan from her father.\n\n"
         "Her neighbour, Tom Becker, has watched the queue grow every winter.\n\n"
         '"I never planned to stay this long," she said.',
         "I never planned to stay this long", "Susan Ward"),
        # a role noun links to the person the article gave that role
        ("Springfield Mayor Joan Diaz opened the new bridge on Friday.\n\n"
         '"This bridge joins two halves of one city," the mayor said.',
         "This bridge joins two halves of one city", "Joan Diaz"),
        # any role the article gave a person, not only the titles of role_words.txt
        ("Maple Leafs rookie defenceman Jamie Olsen scored twice on Saturday.\n\n"
         '"I just tried to keep it simple," the rookie defenceman said.',
         "I just tried to keep it simple", "Jamie Olsen"),
        # an abbreviated title is the role written out
        ("Sen. Marco Rubio spoke in Miami on Tuesday.\n\n"
         '"We will keep fighting for this," the Florida senator said.',
         "We will keep fighting for this", "Marco Rubio"),
        # someone unnamed introduced so stays unnamed ("a waiter ... the waiter")
        ("Senator Ann Lee dined in Paris. A waiter brought the wrong wine.\n\n"
         '"Madame, this is the best we have," the waiter said.',
         "Madame, this is the best we have", "the waiter"),
        # a sentence word the tagger takes into a name is not part of it
        ('Perhaps Janet Yellen knew more. "We will see," Yellen said.', "We will see", "Janet Yellen"),
        # a possessor's document is the possessor's words, whatever the name of the document
        ('The Norlund Reserve Bank said it was "ready to act."\n\n'
         'The bank\'s quarterly Monetary Policy Report said "rates would rise."', "rates would rise", "Norlund Reserve Bank"),
        # the name set beside a role the NER took for a name; then "the spokeswoman" is the spokesperson
        ('Nimbara\'s spokesperson, Hallie Brooks, said the cuts were "painful."\n\n'
         "Grace Adeyemi, a recruiter, said she had been offered a chance.\n\n"
         'The spokeswoman said the jobs were "mostly here."', "mostly here", "Hallie Brooks"),
    ],
)
def test_speakers_by_name(nlp, text, quote, speaker):
    assert speakers_of(text, nlp)[quote][0] == speaker


def test_her_campaign_is_the_owners_organisation(nlp):
    text = ('Hillary Clinton spoke in Iowa on Monday.\n\n'
            '"We are confident about the caucuses," her campaign said in a statement.')
    assert speakers_of(text, nlp)["We are confident about the caucuses"][:2] == ("Clinton campaign", "organization")


def test_a_floating_quote_continues_its_speaker_across_narration(nlp):
    text = ('"We opened in 1990 with two tables," Maria Costa said.\n\n'
            "Costa moved to Lisbon from Porto as a teenager.\n\n"
            '"Everything I know, I learned in that kitchen."')
    found = {m.text: m for m in extract_text(text, nlp)}
    floating = found["Everything I know, I learned in that kitchen."]
    assert (floating.speaker, floating.attribution) == ("Maria Costa", "inherited")


def test_a_floating_quote_does_not_cross_narration_about_someone_else(nlp):
    text = ('"We opened in 1990 with two tables," Maria Costa said.\n\n'
            "Her rival, Pedro Alves, opened across the street in 1995.\n\n"
            '"Everything I know, I learned in that kitchen."')
    found = {m.text: m for m in extract_text(text, nlp)}
    assert found["Everything I know, I learned in that kitchen."].speaker is None


def test_the_audit_trail_names_the_mention_a_pronoun_was_resolved_to(nlp):
    text = 'Hamas spokesman Basem Naim spoke on Friday.\n\n"We hope for a breakthrough," he added.'
    (mention,) = extract_text(text, nlp)
    assert text[mention.speaker_antecedent_start : mention.speaker_antecedent_end] == "Basem Naim"
    assert text[mention.speaker_start : mention.speaker_end] == "he"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('She listed her favourites, naming "The Wire" and "Treme."', []),
        ('Said "Girls" creator Lena Dunham: "I am done with it."', ["I am done with it."]),
        ('The word "sumud", meaning "steadfastness", is everywhere here.', ["sumud"]),
        ('You might say "this is the end of it all."', []),
        ('He took a class called "Perception" in 2002.', []),
        # a title after the noun for what it names: the statement holds it, no quote of its own
        ('Lopez told reporters the song "Long Road Home" was about her father.',
         ['the song "Long Road Home" was about her father']),
        # titles in the writer's sentence inherit no speaker from the quotation before them
        ('"I wanted to make a dream," Maria Costa said. Her films include "Salt Water" and "Long Road."',
         ["I wanted to make a dream"]),
        # the quoted words, and the report of what was called so (an indirect row that holds them)
        ('Trump called the deal "a total disaster" on Monday.', ['the deal "a total disaster"', "a total disaster"]),
        # a title's words that begin with a digit say nothing of its case
        ('On "Harbour Road, 6am", her voice cracks and she leaves it in.', []),
        # whatever follows "titled", however long
        ('The study, titled "Wood Heat and Asthma in Rural Homes of the Western Provinces," was long.', []),
        ('Critics of the so-called "smart" meters met on Monday.', []),
        ('The bank\'s report, subtitled "Patience Is a Policy," said rates would rise.', ["rates would rise"]),
        # a title in what a document found is its title, not its words (the finding is a statement)
        ('A May report by the Harlow Office of Inspector General, "Funds Delayed: Grant Management at Harlow, '
         '2024-2025," found that the agency had paid one vendor twice.', ["the agency had paid one vendor twice"]),
        # ... not a person's Title Case words after a verb that documents share ("suggested")
        ('Reed suggested "A Better Deal for Every Harlow Family" as the slogan.', ["A Better Deal for Every Harlow Family"]),
        # ... and a short one is its words (a rating)
        ('A review by the Harbour Ledger found that his claim was "Mostly False."',
         ['his claim was "Mostly False."', "Mostly False."]),
        ('Ask a fan and you might hear something like "my phone already does that."', []),
        ('At most restaurants, when a server says "trust me," you should be worried.', []),
        # ... but what "you will" do is no imagined speech, nor is "entitled" before speech a title
        ('Reed warned that you will pay more: "This is a tax on every family."',
         ["you will pay more", "This is a tax on every family."]),
        ('Reed said taxpayers were entitled "to a full accounting of every dollar spent."',
         ['taxpayers were entitled "to a full accounting of every dollar spent."',
          "to a full accounting of every dollar spent."]),
    ],
)
def test_titles_glosses_and_imagined_speech_are_not_quotes(nlp, text, kept):
    assert [m.text for m in extract_text(text, nlp)] == kept


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"It was a fine year," said 2011 winemaker Anna Berg.', "winemaker"),
        ('"We will need time," said Qatar\'s Foreign Ministry spokesman Majed Al-Ansari.',
         "Qatar's Foreign Ministry spokesman"),
        # in an appositive, a year the NER did not tag
        ('"It was a fine year," Reed, the 2016 GOP presidential frontrunner in the state, said.',
         "GOP presidential frontrunner in the state"),
    ],
)
def test_roles_hold_no_year_or_place_list(nlp, text, role):
    (mention,) = extract_text(text, nlp)
    assert mention.role == role


def test_a_nominal_named_by_its_appositive(nlp):
    text = 'A top adviser, Ned Reed, said it plainly: "We will win Leeds."'
    (mention,) = extract_text(text, nlp)
    assert (mention.speaker, mention.role, mention.speaker_mention) == ("Ned Reed", "top adviser", "A top adviser")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It is a fine day," Wednesday Apple said in a statement.', ("Apple", "organization")),
        ('Finally Kevin Smith spoke. "It is over," Smith said.', ("Kevin Smith", "person")),
    ],
)
def test_names_hold_no_sentence_words(nlp, text, expected):
    (mention,) = extract_text(text, nlp)
    assert (mention.speaker, mention.speaker_kind) == expected


def test_a_place_is_not_a_person_of_that_first_name(nlp):
    text = ('Israeli Foreign Minister Israel Katz spoke on Sunday.\n\n'
            '"The talks will go on," Israel said in a statement.')
    (mention,) = extract_text(text, nlp)
    assert (mention.speaker, mention.speaker_kind) == ("Israel", "organization")


def test_an_outlet_is_no_person_of_the_first_name_before_its_masthead(nlp):
    """"The Washington Post" and "the Times" are outlets, though the first-name lexicon knows
    "Washington" and "York"."""
    text = ('The New York Times first reported the deal on Monday.\n\n'
            'The Times said the plan was "dead on arrival."\n\n'
            'The Washington Post called it "a long shot."')
    speakers = quoted_by(text, nlp)
    assert speakers["dead on arrival"] == ("New York Times", "organization")
    assert speakers["a long shot"] == ("Washington Post", "organization")


def test_a_person_whose_surname_is_a_masthead_stays_a_person(nlp):
    """"columnist Emily Post" is a person (a title before her name: the NER calls her an ORG);
    "the Post" beside her is still the outlet."""
    text = ('The etiquette columnist Emily Post wrote the book.\n\n"Manners matter," Post said.\n\n'
            'The Washington Post said the plan was "dead."\n\nThe Post said it was "late."')
    speakers = quoted_by(text, nlp)
    assert speakers["Manners matter"] == ("Emily Post", "person")
    assert speakers["late"] == ("Washington Post", "organization")


def test_the_state_and_party_of_a_person_named_before_is_that_person(nlp):
    """"the Vermont Republican" after "Sen. Ana Price": a description of her, not the party; the
    party's own name stays an organisation."""
    text = ('Sen. Ana Price spoke on Tuesday.\n\n'
            'In a letter, the Vermont Republican said the plan was "a joke."\n\n'
            'The Republican Party said it was "ready."')
    speakers = quoted_by(text, nlp)
    assert speakers["a joke"] == ("Ana Price", "person")
    assert speakers["ready"] == ("Republican Party", "organization")
    # a description of a party's member where two rivals are named: the one of that party (the
    # salience of the sentence's subject agrees here; _of_another_party is pinned in test_coref_index)
    text = ('Democrat Tom Reed faces Republican Sen. Ana Price in November.\n\n'
            'The Ohio Democrat said his rival was "out of touch."')
    assert quoted_by(text, nlp)["out of touch"] == ("Tom Reed", "person")


def test_a_description_joined_to_a_role_describes_the_person(nlp):
    """"The Liberal candidate and former county judge said": the role joined to the head
    ("judge") makes it a description of the person named before."""
    text = ('Ana Price spoke in Iowa on Sunday.\n\n'
            'The Liberal candidate and former county judge said the plan was "a mistake."')
    assert quoted_by(text, nlp) == {"a mistake": ("Ana Price", "person")}


def test_a_description_that_says_a_gender_is_no_one_of_the_other(nlp):
    """"The congresswoman" after "Rep. Ana Price" and a man who spoke since: her, though her role
    is "Rep." and the man is the latest subject."""
    text = ('"We were told nothing," said Rep. Ana Price, a Democrat from Ohio.\n\n'
            'Ned Marlo, the agency\'s head, said the reports sat in a queue.\n\n'
            'The congresswoman read the memo aloud: "Did you see this in 2022?"')
    assert quoted_by(text, nlp)["Did you see this in 2022?"] == ("Ana Price", "person")


def test_a_first_name_beside_a_noun_for_someone_names_the_speaker(nlp):
    """"Another evacuee, Marguerite, said ...": she speaks, and the "she" after her is hers, not the
    fire chief's named before."""
    text = ('Fire Chief Ana Price said the fire had grown overnight.\n\n'
            'Another evacuee, Marguerite, said she had watched the map all afternoon. '
            '"Every time it updates, the red gets closer," she said.')
    assert quoted_by(text, nlp)["Every time it updates, the red gets closer"] == ("Marguerite", "person")


def test_a_student_athletes_year_describes_the_player_given_it(nlp):
    """"Senior forward Lena Varga" (the tagger made "forward" an adverb) is "the senior" later, even
    where the tagger calls "senior" an adjective and a woman, a coach, spoke since."""
    text = ('Senior forward Lena Varga scored 22 points on Saturday.\n\n'
            'Coach Ned Marlo said the team had worked hard all year.\n\n'
            'Harlow coach Tessa Hart said her side had no answer.\n\n'
            'The senior, who is on track to graduate in May, said she had not decided whether to turn pro.')
    speakers = stated_by(text, nlp)
    assert speakers["she had not decided whether to turn pro"] == "Lena Varga"


def test_a_places_body_the_article_names_no_otherwise_is_named_as_written(nlp):
    """"Canada's foreign ministry said ...": that ministry (not the college named before, which is
    no ministry), and "the ministry" after it too."""
    text = ('Ned Reed taught at Cataraqui College for 20 years after he retired.\n\n'
            "Canada's foreign ministry said in a statement that Reed had served with grace. "
            'Flags will fly at half-mast on Friday, the ministry said.')
    speakers = stated_by(text, nlp)
    assert speakers["Reed had served with grace"] == "Canada's foreign ministry"
    assert speakers["Flags will fly at half-mast on Friday"] == "Canada's foreign ministry"


def test_a_role_of_an_organisation_named_after_it_is_that_person(nlp):
    """"A spokesman for the Federal Foreign Office, Jonas Brett, said": Brett (the parser hangs the
    name on the office)."""
    text = ('Germany sent no minister.\n\nA spokesman for the German Federal Foreign Office, Jonas Brett, said at a '
            'briefing in Berlin that Germany supports the plan.')
    (found,) = [m for m in extract_text(text, nlp) if m.kind == "indirect"]
    assert found.speaker == "Jonas Brett"


def test_an_organisation_that_speaks_in_a_which_clause_is_the_company_after_it(nlp):
    """"acquired by Low Tide Pictures, which said in a statement ..." then '"...," the company
    said': Low Tide Pictures, an organisation ("which"), whether or not the NER tagged it."""
    text = ('The film premiered in Toronto on Friday to a standing ovation.\n\n'
            'It has been acquired by Low Tide Pictures, which said in a statement that it planned a release in '
            'November.\n\n'
            '"It is the kind of film that audiences find by word of mouth," the company said.')
    speakers = {m.text.rstrip(","): (m.speaker, m.speaker_kind) for m in extract_text(text, nlp)}
    assert speakers["It is the kind of film that audiences find by word of mouth"] == ("Low Tide Pictures", "organization")
    assert speakers["it planned a release in November"] == ("Low Tide Pictures", "organization")


def test_her_party_is_the_party_the_text_names_as_hers(nlp):
    """"Ana Price's Prairie Renewal Party ... Her party said": that party, by its name; with no
    name given, "her campaign" stays the owner's ("Price campaign")."""
    text = ("Ana Price's Prairie Renewal Party won a majority on Monday.\n\n"
            'Price is expected to be sworn in soon. Her party said in a statement that a cabinet would be named '
            'within weeks. Her campaign said it had spent less than planned.')
    speakers = stated_by(text, nlp)
    assert speakers["a cabinet would be named within weeks"] == "Prairie Renewal Party"
    assert speakers["it had spent less than planned"] == "Price campaign"


def test_the_she_after_an_unnamed_woman_who_spoke_is_hers(nlp):
    """A woman the article never names says something at the end of one paragraph; the "she" of the
    quotation that opens the next is hers, not the chief's named before (a quotation is resolved
    before the indirect statement that names her speaker)."""
    text = ('Fire Chief Ana Price said the fire had doubled in size.\n\n'
            'A woman in her seventies, who drove out with a parrot, said it was her second evacuation.\n\n'
            '"Last time the house was fine," she said.')
    (quote,) = [m for m in extract_text(text, nlp) if m.kind == "direct"]
    assert (quote.speaker, quote.speaker_kind) == ("a woman in her seventies", "anonymous")


@pytest.mark.parametrize(
    ("unnamed", "speaker"),
    [
        ("A regular who has eaten there most Fridays, and who asked that her name not be used, said",
         "a regular"),
        ("Another engineer, who asked not to be named because she still works there, said", "another engineer"),
        ("Reed's sister, who spoke on condition of anonymity, said", "reed's sister"),
    ],
)
def test_the_she_after_someone_whose_name_is_withheld_is_theirs(nlp, unnamed, speaker):
    """Whatever noun the article calls them by, someone whose name it says it keeps back is who
    the "she" of the next paragraph's quotation stands for, not the woman named before."""
    text = (f'Chief executive Ana Reed said the cuts were needed.\n\n{unnamed} the cuts came without warning.'
            '\n\n"We found out from the news," she said.')
    (quote,) = [m for m in extract_text(text, nlp) if m.kind == "direct"]
    assert (quote.speaker.lower(), quote.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A woman who identified herself only as Maria said the line was long.", "Maria"),
        ("One shopper, who asked to be identified only by her first name, Denise, said the line was long.", "Denise"),
        ("A man who gave his name only as Birch said the line was long.", "Birch"),
        ("A man who would give only his first name, Birch, said the line was long.", "Birch"),
        ("A woman who identified herself as Catholic said the line was long.", None),  # what she is
        ("Its developer, who works under the name Grimsditch, said the line was long.", "Grimsditch"),
        ("A neighbour who goes by Birdie said the line was long.", "Birdie"),
        ("A man who gave his name to the police said the line was long.", None),  # none given here
    ],
)
def test_an_unnamed_speaker_is_the_name_they_gave(nlp, sentence, name):
    (found,) = [m for m in extract_text("Evacuees waited in Kelso.\n\n" + sentence, nlp) if m.kind == "indirect"]
    assert found.speaker == name if name else found.speaker_kind == "anonymous"


def test_a_capitalised_title_is_the_person_who_holds_it(nlp):
    """"the President" after "President Maria Lopez": her, not a person named "President"; "the
    King", a title nobody in the article holds, stays unnamed (not the last person named); "a top
    Maria Lopez adviser" is someone unnamed, not Lopez."""
    text = ('President Maria Lopez opened the meeting on Monday.\n\n'
            'The President said the plan was "a disaster."\n\n'
            'The King said the visit was "a joy."\n\n'
            '"She will win," a top Maria Lopez adviser said.')
    speakers = quoted_by(text, nlp)
    assert speakers["a disaster"] == ("Maria Lopez", "person")
    assert speakers["a joy"] == ("the King", "anonymous")
    assert speakers["She will win"] == ("a top Maria Lopez adviser", "anonymous")


def test_a_colon_introduction_speaks_by_the_cue_nearest_the_colon(nlp):
    """"The founders stressed X, as the Riverside Institute website explains:" introduces the
    website's words, not the founders'."""
    text = ("The founders stressed the age of the school, as the Riverside Institute website explains:\n\n"
            '"In the spring of 1972, some 40 students met in a church hall to found a new college."')
    (quote,) = [m for m in extract_text(text, nlp) if m.kind == "direct"]
    assert quote.speaker_mention == "the Riverside Institute website"
    assert quote.speaker == "Riverside Institute"


def test_someone_of_a_named_person_is_not_that_person(nlp):
    """"the senator's spokesman" is not the senator named before: with no name of their own they
    stay unnamed."""
    text = 'Senator Ana Price opened the hearing on Monday.\n\n"We will wait for the report," the senator\'s spokesman said.'
    (mention,) = extract_text(text, nlp)
    assert (mention.speaker, mention.speaker_kind) == ("the senator's spokesman", "anonymous")
    # a team's or a city's own person may be the one named before
    text = 'Ned Reed scored twice on Sunday.\n\n"We needed that one," the team\'s captain said.'
    (mention,) = extract_text(text, nlp)
    assert mention.speaker == "Ned Reed"


def test_an_office_named_by_its_holders_role_is_the_holders(nlp):
    """"The premier's office" after "The Nova Scotia premier, Tim Houston, ..." is Houston's
    office, as "the Houston campaign" is his campaign, and named as "his office" is."""
    text = ("The Nova Scotia premier, Tim Houston, visited the bakery last month.\n\n"
            'The premier\'s office said he "enjoyed every bite."')
    speakers = {m.speaker for m in extract_text(text, nlp)}
    assert speakers == {"Houston office"}


def test_an_indefinite_document_is_not_the_last_speakers(nlp):
    """"The statement noted" is the statement the last speaker issued; "court documents show"
    and "a new poll found" are nobody's the article named."""
    lead = '"We will add patrols," Mayor Ana Price said on Monday.\n\n'
    found = {m.text: m for m in extract_text(lead + "Court documents show the accused was on probation.", nlp)}
    assert found["the accused was on probation"].speaker == "Court documents"
    found = {m.text: m for m in extract_text(lead + "The statement noted the patrols would start in May.", nlp)}
    assert found["the patrols would start in May"].speaker == "Ana Price"
    # a statement someone issues speaks for them, definite or not (data/issued_statements.txt),
    # unless its own words say whose it is or how it came out
    found = {m.text: m for m in extract_text(lead + "A statement said patrols start in May.", nlp)}
    assert found["patrols start in May"].speaker == "Ana Price"
    found = {m.text: m for m in extract_text(lead + "A letter signed by 40 doctors said patrols start in May.", nlp)}
    assert found["patrols start in May"].speaker != "Ana Price"
    # ... and when they name someone the article names, it is theirs
    text = "Ned Reed spoke on Monday.\n\n" + lead + "An email sent out by Reed said patrols start in May."
    found = {m.text: m for m in extract_text(text, nlp)}
    assert found["patrols start in May"].speaker == "Ned Reed"
    # ... or that it was attributed to them
    text = ("Ned Reed spoke on Monday.\n\n" + lead + '"Patrols start in May," read the letter, which was '
            "attributed to Reed.")
    found = {m.text: m for m in extract_text(text, nlp)}
    assert found["Patrols start in May"].speaker == "Ned Reed"
    # ... not when it was so wrongly
    found = {m.text: m for m in extract_text(text.replace("was attributed", "was falsely attributed"), nlp)}
    assert found["Patrols start in May"].speaker == "Ana Price"  # the statement of the last speaker, as ever


def test_a_role_named_by_its_appositive_is_that_person_and_his_pronoun(nlp):
    """"The NDP's interim leader, Don Davies, said ...": the appositive names the speaker (the
    NER may call it an organisation), not the Conservative Leader named before, and the "he" of
    the next quote is Davies."""
    text = ("Conservative Leader Pierre Poilievre spoke first.\n\n"
            "The NDP's interim leader, Don Davies, said both parties were ignoring renters. "
            '"They talk past each other while rents go up," he said.')
    speakers = {m.text: m.speaker for m in extract_text(text, nlp)}
    assert speakers == {"both parties were ignoring renters": "Don Davies",
                        "They talk past each other while rents go up": "Don Davies"}


@pytest.mark.parametrize("title", ["Capt.", "Const.", "Sgt.", "Insp.", "Lt."])
def test_a_title_abbreviation_keeps_its_stop_and_the_name_after_it(nlp, title):
    """The tokenizer kept "Sen." whole but split "Capt." from its stop, and the speaker was
    "Army Capt"; titles of data/role_abbreviations.txt are one token."""
    assert nlp(f"{title} Ana Reed spoke.")[0].text == title
    (mention,) = extract_text(f'"We held the line," said Army {title} Ana Reed.', nlp)
    assert mention.speaker == "Ana Reed"


def test_words_after_an_unnamed_speaker_stay_that_speakers(nlp):
    """Issue 14: words an unnamed person says (a waiter, an engineer) belong to that person, not
    to the person named nearby."""
    text = ("Ana Price, the chief executive, wrote that the cuts were necessary.\n\n"
            '"People are in shock," said one engineer, who asked not to be named. "Nobody saw it coming," she said.')
    speakers = {m.text: (m.speaker, m.speaker_kind) for m in extract_text(text, nlp)}
    assert speakers["Nobody saw it coming"] == ("one engineer", "anonymous")


def test_a_document_of_a_possessor_the_tagger_missed_is_that_possessors():
    """"Price' email said ...": the tagger calls "Price" a common noun; the article names her, so
    the email is hers, not the last speaker's."""
    from quotetrack.extract.attribution.attribute import Attribution
    from quotetrack.extract.coref.index import ArticleIndex
    from quotetrack.extract.coref.resolver import resolve
    from quotetrack.extract.frames import Frame
    from quotetrack.records import AttributionKind

    from .test_attribution_rules import parse

    doc = parse("""
Price  3 poss  NOUN  NN  price
'      0 case  PART  POS '
latest 3 amod  ADJ   JJS late
email  4 nsubj NOUN  NN  email
said   4 ROOT  VERB  VBD say
so     4 advmod ADV  RB  so
.      4 punct PUNCT .   .
""")
    index = ArticleIndex("x" * 200 + doc.text)
    index.add("Ana Price", "person", 0, 0, subject=True)
    index.add("Ned Reed", "person", 50, 0, subject=True, speaker=True)
    frame = Frame(doc.text, [0], [200])
    speaker = resolve(doc, frame, 1, Attribution(AttributionKind.SYNTAX, "said", 4, 0, 4, 3), index)
    assert speaker.name == "Ana Price"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a possessive in a "who" clause about the person gives her gender, where her first
        # name says none; the last woman named before is not the "she"
        ('Erica Lopez spoke first.\n\nSandy Reed, who lost her daughter in the fire, said the city had failed '
         'them.\n\n"We were never told," she said.', "We were never told", "Sandy Reed"),
        # ... but it does not overrule a first name: "her family" is someone else's
        ('Daniel Okafor was killed in May.\n\nLawyer Michael Chen, who represents her family, said the hearing '
         'was set.\n\n"The family wants answers," he said.', "The family wants answers", "Michael Chen"),
        # a pronoun in a clause of time put first is the main clause's named subject
        ('Ned Reed spoke first.\n\nAfter she said the vote was "a clear mandate," Ana Price left the stage.',
         "a clear mandate", "Ana Price"),
        # ... not in a clause of cause, which may tell of someone else's act
        ('Forward Marc Dubois was traded on Monday.\n\nBecause he told reporters he felt "disrespected" by the '
         'offer, general manager Kyle Dubas said talks had ended.', "disrespected", "Marc Dubois"),
        # a quote that opens its paragraph keeps the cue of the sentence after it
        ('"This is a great day for Hamilton." Mayor Olivia Grant said the line would carry 20,000 riders a day.',
         "This is a great day for Hamilton.", "Olivia Grant"),
        # an answer after a title noun and a comma is no title
        ('Asked about the series, "Absolutely," captain Ned Moss said.', "Absolutely", "Ned Moss"),
        # a title the NER took for an organisation is the person the article gave it
        ('Premier Ada Fenwick spoke on Monday.\n\nOpposition Leader Ned Reed said the cap was too low.\n\n'
         '"Every province that tried it has fewer homes," the Premier said.', "Every province that tried it has fewer homes",
         "Ada Fenwick"),
        # a description the NER took for an organisation, of the person just named
        ('Lars Moss had waited 23 games for his first goal. When it came, the rookie defenceman said he '
         '"barely saw it go in."', "barely saw it go in.", "Lars Moss"),
        # an age: the person given it, though someone else was the subject since
        ('Ada Fenwick, 67, founded the club in 1995.\n\nHer coach, Ned Reed, drove the van.\n\n'
         'The 67-year-old said she has "never charged a child."', "never charged a child.", "Ada Fenwick"),
        # a description of someone named earlier in the paragraph, not the subject of the one before
        ('"We were tired," coach Ned Reed said.\n\nFor Lars Moss, the goal was his 300th. The veteran winger '
         'said it "meant less than the win."', "meant less than the win.", "Lars Moss"),
        # a group noun: the organisation whose name holds it, not the one named last
        ('Northway University cut its offer on Monday.\n\nThe Northway Academic Workers Union voted to strike.\n\n'
         'In a statement, the university said it was "disappointed" by the vote.', "disappointed", "Northway University"),
        # an organisation named beside the noun for it
        ('The show ran for 20 years, according to the broadcaster Meridian Television.\n\n'
         '"It was a gift," the broadcaster said.', "It was a gift", "Meridian Television"),
        # "However, a senior official ..." introduces someone unnamed, whom "the official" is
        ('Ana Price spoke first.\n\nHowever, a senior official disagreed.\n\n"It will never pass," the official said.',
         "It will never pass", "the official"),
        # an age on an institution is no person's
        ('Ned Reed spoke first.\n\n"We endure," the 150-year-old institution said.', "We endure",
         "the 150-year-old institution"),
        # "the state" is not the State Department named before
        ('The State Department spoke first.\n\nOhio sued on Monday.\n\n"We will win," the state said.',
         "We will win", "Ohio"),
        # a group noun whose words name its owner takes no antecedent: it is that owner's
        ('The Lopez Institute published a study.\n\n"It is wrong," the Harbour team said.', "It is wrong",
         "Harbour team"),
        # the answer after "Asked ..., Reed paused.", not the words of whoever spoke before
        ('Ana Reed runs the kitchen.\n\n"We open at five," a server said.\n\nAsked what she wants diners to feel, '
         'Reed paused for a long moment.\n\n"Full. That is the first thing."', "Full. That is the first thing.", "Ana Reed"),
        # a paragraph that is a quotation after one that reports someone's words goes on in them,
        # not in the words of whoever was quoted before
        ('"We are not ready," Mayor Tom Briggs said.\n\nCouncillor Anna Reed said the vote would be close.\n\n'
         '"We owe residents a real answer on the numbers."', "We owe residents a real answer on the numbers.",
         "Anna Reed"),
        # a place's ministry is that place's, not the organisation the article was about before
        ("Velmoran Army says it fired in self-defence\n\nThe Velmoran Army said its units returned fire.\n\n"
         "Kestria's foreign ministry said on Wednesday that the shelling had killed 40 people.",
         "the shelling had killed 40 people", "Kestria's foreign ministry"),
        # a first name alone the NER took for an organisation, a "she" the subject of the next sentence
        ('THORNBURY — Every morning at 6:15, Amira packs two lunches: one for her son, Yusuf, and one for '
         'herself. Then she takes the No. 14 bus to work.\n\n"Back home I was a pharmacist," she said.',
         "Back home I was a pharmacist", "Amira"),
        # a profession the article gave the person it is about, by "be"
        ("Ada Moss, 61, has been the town's librarian since 1999.\n\nThe board voted to close the branch. "
         "The librarian said she would retire.", "she would retire", "Ada Moss"),
        # sports pages' descriptions: "the striker"
        ('Joel Okereke headed the opener.\n\n"It is a horrible feeling," the striker said.', "It is a horrible feeling",
         "Joel Okereke"),
        # an office a title owns: the one the article named with that title in its name
        ("Roads were closed, according to the Harlow County Sheriff's Office.\n\nDeputies were directing "
         "traffic downtown, the sheriff's office said.", "Deputies were directing traffic downtown",
         "Harlow County Sheriff's Office"),
        # ... also when the parser hangs the report on its clause ("If anything, X argued, ...")
        ('"We are not ready," Mayor Tom Briggs said.\n\nIf anything, Anna Reed argued in her email, the delay '
         'is a good sign.\n\n"It gives us time to fix the numbers."', "It gives us time to fix the numbers.",
         "Anna Reed"),
        # ... or the description of the one asked
        ('"We win together," Ned Reed said.\n\nRhea Price, 29, runs ultras.\n\nAsked what a win would mean, the '
         '29-year-old took a long time to answer.\n\n"It would not change me."', "It would not change me.", "Rhea Price"),
        # a description the tokenizer split at a hyphen
        ('The visitors led through a header from captain Rory Reed.\n\n"We dropped too deep," the centre-back said.',
         "We dropped too deep", "Rory Reed"),
        # a title the article gave someone paragraphs before, in a paragraph with no quotation
        ('Chief Ana Reed says the water has been unsafe for six years.\n\nThe plant was built in 1997.\n\n'
         'It breaks down every month.\n\nRepairs cost the band $40,000 last year.\n\nKieran Moss, a spokesperson '
         'for the department, said work would begin in spring.\n\n"They told us 2023," the chief said.',
         "They told us 2023", "Ana Reed"),
        # one of a group, named beside it
        ('One of the landowners, Ned Reed, 71, said he "never expected to see his name in a ruling."',
         "never expected to see his name in a ruling.", "Ned Reed"),
        # a role set beside a name ("Price, a stage actor,") introduces no one unnamed
        ('Ana Price, a stage actor, plays the lead.\n\nIn an interview, the actor said she based the role on '
         'her "nosy grandmother."', "nosy grandmother.", "Ana Price"),
        # an age the NER tagged as a date reads the paragraph before, where the goalie is the subject
        ('HARBORVIEW — Ned Reed made 41 saves, Rory Moss scored 2:17 into overtime and the Harborview Sentinels '
         'beat the Lynx 2-1 on Saturday night.\n\nReed was at his best in the third period, when the Lynx outshot '
         'Harborview 17-4.\n\n“Honestly, I did not see half of them,” the 24-year-old said.',
         "Honestly, I did not see half of them", "Ned Reed"),
        # a name right before a verb the parser left without a subject
        ('Gov. Ana Price said search teams had pulled 140 people from flooded homes.\n\n“Stay where you are,” '
         'Price said.\n\nAt a shelter in a middle school gym in nearby Lindell Springs, retired nurse Gloria Amsel, '
         '74, sat on a cot with her cat in a carrier at her feet.\n\n“They told us it was a strong storm,” she said.',
         "They told us it was a strong storm", "Gloria Amsel"),
        # a name the parser cut ("Torsten" a verb) before its appositive, for a cue without subject
        ('Torsten Ebbe, an analyst at Northlight Games Research, said that figure would be a success for most '
         'mid-sized studios.', "that figure would be a success for most mid-sized studios", "Torsten Ebbe"),
        # a title written out another way ("Justice ... the judge") and, as the subject before a
        # quotation, the "she" that follows it, not the prosecutor quoted before
        ('“This was no lapse,” Justice Ana Reed said as she gave her decision.\n\nProsecutor Maria Lund had asked '
         'for five years.\n\n“Every dollar was a child’s,” Lund told the court.\n\nThe judge said she accepted '
         'that his remorse was genuine.\n\n“Addiction can explain behaviour,” she said.',
         "Addiction can explain behaviour", "Ana Reed"),
        # a company named where it is based, then called "the company" by its full name
        ('The Vessry Bay-based company Lumenvale Systems said on Tuesday its new chip was faster.\n\n'
         'Lumenvale said sales had doubled.\n\nThe company said it expects to be profitable by 2027.',
         "it expects to be profitable by 2027", "Lumenvale Systems"),
        # a restaurant named beside the chef is no person for her "she"
        # and a surname the NER took for a place ("Castellvi said" as a GPE) is hers
        ('KETTLEWICK — The first thing you notice in Oriane Castellvi’s kitchen is the quiet. There is no shouting '
         'at Brine, the 34-seat restaurant she opened on the harbour front three years ago.\n\n“I spent too many '
         'years in kitchens where people screamed at each other,” Castellvi said on a grey Tuesday morning.\n\n'
         'The menu at Brine changes daily. Castellvi buys directly from four skippers.\n\n'
         '“The sea decides,” she said.', "The sea decides", "Oriane Castellvi"),
        # a pronoun is not whom its own cue names as the listener
        ('Host Ned Reed interviewed candidate Dan Lopez on Wednesday.\n\nReed asked Lopez what the new bridge '
         'would cost.\n\n“I think $40 million is a fair price,” he told Reed.', "I think $40 million is a fair price",
         "Dan Lopez"),
        # a place before "-based" says where the company is, not whose
        ('Brightwater Corp. launched a phone.\n\nThe Kestrel Valley-based company said sales were up.',
         "sales were up", "Brightwater Corp"),
        # a first name the NER took for a place, written in full in a paragraph before
        ('The rally drew a crowd.\n\nAt the back stood Tobin Marsh, 39, and his daughter.\n\n'
         '“We came to hear the plan for the bridge,” Tobin said.', "We came to hear the plan for the bridge",
         "Tobin Marsh"),
        # "Justice Minister" is no judge
        ('Judge Ned Cole heard the case on Monday. Justice Minister Ana Reed attended the hearing.\n\n'
         '“The law is clear,” the judge said.', "The law is clear", "Ned Cole"),
        # "the school" may be the university
        ('Students at Northway University protested the fees on Monday.\n\nThe school said the increase was '
         'needed to pay for repairs.', "the increase was needed to pay for repairs", "Northway University"),
        # a document from "the company" is the company's
        ('Greyfield Logistics opened the hub in May, and Ana Reed runs it.\n\n“We are busy,” Reed said.\n\n'
         'A press release from the company said the hub would stay open through the strike.',
         "the hub would stay open through the strike", "Greyfield Logistics"),
        # an organisation named beside the noun for its kind, and what the text called it before
        ('The utility Gulfshore Power & Light said it had 6,000 workers ready.', "it had 6,000 workers ready",
         "Gulfshore Power & Light"),
        ('Quillfire Interactive, the studio behind the hit game, laid off 140 people on Monday. It was bought by '
         'publisher Marrowgate Entertainment in 2023.\n\n"Today we said goodbye to friends," the studio said.',
         "Today we said goodbye to friends", "Quillfire Interactive"),
        # a party member the article never names, among others: each is anonymous
        ('"She trails badly," said an Iowa Democrat.\n\n"It is hers to lose," said a Nevada Democrat.',
         "She trails badly", "an Iowa Democrat"),
        # ... and the "she" of the same paragraph is that unnamed Democrat
        ('"It is over," said an Iowa Democrat. "She trails badly," she said.', "She trails badly",
         "an Iowa Democrat"),
        # a pronoun as the object of "quoted ... as saying"
        ('President Ned Marlo met his cabinet on Thursday. The state news agency quoted him as saying that the '
         'river was "not a matter for negotiation."', "not a matter for negotiation.", "Ned Marlo"),
        # a government whose people's adjective says whose it is; a description of a ministry named later
        ('The Estremian government has said the works are routine repairs.', "the works are routine repairs",
         "Estremian government"),
        ('Valdoria recalled its ambassador on Thursday, the foreign ministry announced.\n\nLater, an official at '
         'the Ministry of Foreign Affairs said talks would go on.', "Valdoria recalled its ambassador on Thursday",
         "Ministry of Foreign Affairs"),
        # a weather service's advisory, quoted in the paragraph after the one that names it
        ('The Regional Weather Service said in its 11 a.m. advisory that the storm was drifting north.\n\n'
         '"This is now a rain event," the advisory said.', "This is now a rain event", "Regional Weather Service"),
        # an obituary: the woman it is about, whose first name the lexicon leaves alone, is the "she"
        # of what she once said, not her daughter quoted first
        ('TORVIK — Ilse Marrow, a potter whose bowls were prized across the north long before anyone collected '
         'them, has died. She was 91.\n\nHer daughter, Susan Marrow-Kent, said her mother died at home.\n\n'
         '"She worked until the end," Marrow-Kent said.\n\nBorn in Bergen in 1934, Marrow came to Torvik in 1960. '
         'That winter she built her first kiln.\n\n"Clay forgives nothing," she told a reporter in 1999.',
         "Clay forgives nothing", "Ilse Marrow"),
        # a vox pop named by a first name alone, whose "her" in the clause about her says she is the "she"
        ('Fire Chief Ana Reed said the fire was out.\n\n"We were lucky," Reed said.\n\nShelby, a line cook '
         'who asked that her surname be left out, stood in the ash of her house.\n\n"This was my '
         'grandmother\'s," she said.', "This was my grandmother's", "Shelby"),
        # a business the NER takes for a person, then "the company"
        ('Dr. Ana Reed said the recall was wide.\n\nIn a statement, Halvorsen Pharma said it had recalled the '
         'pills. The company said the fault was a solvent.', "the fault was a solvent", "Halvorsen Pharma"),
        # a record label and a choir named beside the noun for them, or before it
        ('Ferrer will tour in May. Her label, Greyline Records, said the tour would visit small rooms only.',
         "the tour would visit small rooms only", "Greyline Records"),
        ('The Westerley Community Choir was her life.\n\nThe choir said it would sing at her memorial.',
         "it would sing at her memorial", "Westerley Community Choir"),
        # someone unnamed who speaks in a clause of his sentence is the "he" of the quotation after
        ('Mayor Ned Cole opened the meeting.\n\nOne elderly man drew laughter when he told councillors '
         'he had swum there for decades.\n\n"Fix the pool," he said, and sat down.', "Fix the pool",
         "one elderly man"),
        # someone in a vox pop by an everyday occupation is the "he" of the quotation after
        ('Ana Reed won the seat.\n\nJordan Okafor, a pollster, said turnout rose.\n\nAt a school in Ostbury, '
         'a retired bus driver told a reporter he had voted Renewal for years. "Not this time," he said.',
         "Not this time", "a retired bus driver"),
        # "the employer" of a labour story is the company
        ('Brightwater Terminals locked out 1,100 members of the Coastal Dockworkers\' Union on July 6.\n\n'
         'The union said talks had failed.\n\n'
         'The employer said the lockout was a response to slowdowns.', "the lockout was a response to slowdowns",
         "Brightwater Terminals"),
        # an office an unnamed person owns is no organisation the article named
        ('The Greyhaven Chamber of Commerce said the lockout cost millions.\n\nThe federal mediator\'s office said '
         'it remained in contact with both parties.', "it remained in contact with both parties", None),
        # words that name something are no quotation for the next to continue
        ('"My daughter chose that campus," Graham Reed said, holding up a photo of the woodlot, which students '
         'call "the Back Forty." "You are ending it."', "You are ending it.", "Graham Reed"),
        # a description takes the gender of its own report: a woman, not the man who spoke last
        ('Ana Reed has played 14 seasons for the club.\n\nNed Marlo, the general manager, said the roster was '
         'set.\n\nThe veteran said she would stay for one more year.', "she would stay for one more year", "Ana Reed"),
        # "the statement", a paragraph after the body that issued it, is that body's, not the last speaker's
        ('The Ministry of Foreign Affairs hosted the talks.\n\n"We will not sign," said Ana Price, the Estrian '
         'minister.\n\nThe ministry said in a written statement on Thursday that it had paid its share.\n\n'
         '"We remain a reliable partner," the statement said.', "We remain a reliable partner",
         "Ministry of Foreign Affairs"),
        # "the premier-designate": the person the article made premier-elect, not nobody
        ("Ana Price's Prairie Renewal Party won a majority on Monday.\n\nNed Marlo, the outgoing premier, "
         "conceded.\n\nThe premier-designate said she would freeze hydro rates for two years.",
         "she would freeze hydro rates for two years", "Ana Price"),
        # "the country's electoral commission": the commission named after it, not a country
        ("Ecuador's election will go to a runoff, the country's electoral commission said Monday.\n\n"
         'The Superior Electoral Commission said turnout was high.', "Ecuador's election will go to a runoff",
         "Superior Electoral Commission"),
        # a first name most of whose bearers are men, and the "She" of the next sentence says otherwise
        ('Ngozi Adeyemi, the chief executive, said the app had grown.\n\nJordan Achterberg, a paramedic who '
         'shares a house with three others, has used the app since its beta. She said the reminders had saved '
         'two friendships.', "the reminders had saved two friendships", "Jordan Achterberg"),
        # a headline gives the age "the 19-year-old" stands for
        ('Devereaux, 19, stuns Varga to win the final\n\nAnouk Devereaux beat Ilse Varga in three sets on Sunday.\n\n'
         '"I was tired," Varga said.\n\nThe 19-year-old said she planned to sleep for a week.',
         "she planned to sleep for a week", "Anouk Devereaux"),
        # a trio is a band, whatever its name sounds like
        ('On Saturday night the folk trio Kestrel Lane played to a packed tent. The band said the song was '
         'written for the festival.', "the song was written for the festival", "Kestrel Lane"),
        # a report named by its kind of author after a participle
        ('A report published last month by the analyst firm Brightline Research estimated that rents would rise.\n\n'
         '"Rents are high," said Ana Reed, a tenant.\n\nThe report warned that the market is crowded.',
         "the market is crowded", "Brightline Research"),
        # a court filing speaks for whoever filed it, never for the company it accuses
        ('Owners filed a class action this week accusing Calderwood of a faulty update.\n\nThe complaint, filed '
         'on Tuesday, alleges that Calderwood Systems knew the update had failed.',
         "Calderwood Systems knew the update had failed", "the complaint"),
        ('Ana Reed sued the party in federal court on Friday.\n\n"We were shut out," said Ned Marlo, a voter.\n\n'
         'The complaint alleged that the party had failed to protect its data.', "the party had failed to protect its data",
         "Ana Reed"),
        # a name that opens a quotation is a product's, not the company's longer name
        ('Mossbank raised $14 million on Tuesday.\n\nRoommate Mode launches today, the company said. The basic '
         'app is free, and "Mossbank Plus" costs £2.99 a month.', "Roommate Mode launches today", "Mossbank"),
        # "the fire service" by its description, not the last service named
        ('In its 7 a.m. update, the Merrow State Fire Service said the blaze had grown.\n\nKai Nakamura, a '
         'meteorologist with the Regional Weather Service, said winds would rise.\n\nThe fire service said it '
         'would release new figures at 7 p.m.', "it would release new figures at 7 p.m.", "Merrow State Fire Service"),
        # a name opening a sentence the parser found no subject in
        ('Eleni Papadakis, 34, is taking over the shop from her father.\n\nHyacinth Bell, 81, said she had '
         'brought her shoes in nine times.\n\nEleni plans a few changes. She said she would start taking bookings '
         'online.', "she would start taking bookings online", "Eleni Papadakis"),
        # one "said he" of someone else does not make a Karin a man
        ('Lucía Ferreyra, the Crown counsel, said the ruling was under review.\n\nKarin Brandvold, who held a '
         'photograph of her son, said only that he had been careful on his bike. "Always," she said.',
         "Always", "Karin Brandvold"),
        # someone named by first name alone, whom the NER missed, is the "he" of the quotation after
        ('Kenji Arakawa, a meteorologist, said the rain would stop.\n\nMarek, who has lived on Tanner Street for '
         '22 years, said he had moved his furniture upstairs.\n\n"By midnight it was on the third step," he said.',
         "By midnight it was on the third step", "Marek"),
        # an unnamed volunteer the paragraph is about is the "she" of its quotation
        ('Robin, who asked that her surname not be used, said the council had been warned.\n\nAt the school, a '
         'volunteer who declined to give her name was ladling soup. "Forms come later," she said.',
         "Forms come later", "a volunteer"),
        # "it" in a clause inside one whose subject is the company's "which"
        ('The Environmental Assessment Service said Andeva Lithium must submit more data.\n\nThe decision is a '
         'setback for Andeva, which had hoped to begin work on a project it says would produce 40,000 tonnes a year.',
         "would produce 40,000 tonnes a year", "Andeva Lithium"),
        # "who" after the noun beside a name is the name's
        ('Delphine Arsenault, a retired pharmacist who said she had come twice in two days, told me about the '
         'reservoir.', "she had come twice in two days", "Delphine Arsenault"),
        # a description the text used of one person before: "the rookie"
        ('Jalen Okoro had not made a 3-pointer all night. Then, with 4.1 seconds left, the rookie pulled up '
         'and buried one.\n\nCoach Dale Whitaker said the play was designed for him.\n\n'
         'The rookie said he planned to call his mother.', "he planned to call his mother", "Jalen Okoro"),
        # "a Democrat" set beside a name is no one who speaks: the statement is the governor's
        ('Republican leaders sued Gov. Elaine Marsh on Monday.\n\nMarsh, a Democrat in her second term, defended '
         'the veto in a statement released an hour later. The statement said the formula would have cost rural '
         'districts $180 million.', "the formula would have cost rural districts $180 million", "Elaine Marsh"),
        # the label a record company's name says it is
        ('Her album is out Friday on Fernwood Records.\n\n"I got tired of whispering," Dunne said.\n\n'
         'The label said she would tour Europe in September.', "she would tour Europe in September", "Fernwood Records"),
    # records a paper reviewed are not the paper's words; a report an institute published is its
    ('Lumera denied wrongdoing.\n\nCompany records reviewed by the Courier show that the finance chief wrote to '
     'the board in February.', "the finance chief wrote to the board in February",
     "Company records reviewed by the Courier"),
    ('A report published by the Harlow Institute found that rents rose.', "rents rose", "Harlow Institute"),
    # a relative the article named: "Her father" near his daughter, though another woman spoke last
    ('By the end of overtime, Sami Haddad had lost his voice after his daughter, Noor Haddad, scored.\n\n'
     'Coach Beatrix Oyelaran said her team had played well.\n\nThe puck will be presented to Noor Haddad '
     'on Tuesday. Her father said it would go on the mantel.', "it would go on the mantel", "Sami Haddad"),
    # a statement an organisation issued by its kind ("In a statement ..., the bank said"), though
    # someone else spoke since
    ("Rate cut\n\nThe National Bank of Harlow cut its rate on Thursday. Governor Ana Reed said there was no "
     "hurry.\n\nIn a statement released alongside the decision, the bank said the vote was 6-1.\n\n"
     '"Pressures remain," Reed told reporters.\n\n"Inflation will return to target," the statement said.',
     "Inflation will return to target", "National Bank of Harlow"),
    # ... past a date's commas and two words of kind, and not a bank named in passing
    ("Rate cut\n\nThe National Bank of Harlow cut its rate on Thursday, days after Meridian Bank raised its own. "
     "Governor Ana Reed said there was no hurry.\n\nIn a statement released on Thursday, June 5, the central bank "
     'said the vote was 6-1.\n\n"Pressures remain," Reed told reporters.\n\n"Inflation will return to target," '
     "the statement said.", "Inflation will return to target", "National Bank of Harlow"),
    # a unit the article never names is nobody named
    ("Marine dies in crash\n\nA Marine died in a training crash on Monday.\n\nThe unit said in a statement that "
     "Reed was a dedicated Marine.", "Reed was a dedicated Marine", "the unit"),
    # an unnamed woman's next quotation, though a named man spoke in between
    ("Long waits\n\nCouncillor Ana Reed defended the clinic on Monday.\n\nA woman waiting in line, who did not "
     'want to give her name, said the wait was too long. "We waited for hours," Tom Hale said. "It was '
     'unacceptable," she said.', "It was unacceptable", "a woman waiting in line"),
    # an organisation called by the word its name ends in ("the trust"; not "the unit", most often
    # a military or hospital unit the article never names)
    ("Maternity unit failings\n\nThe hospital is run by the Castlebridge Hospitals Trust.\n\n"
     "The trust said the unit was now safe.", "the unit was now safe", "Castlebridge Hospitals Trust"),
    # a book is its author's, not the words of the last organisation named
    ("Nurse recalls the mayor's injury\n\nTessa Lund wrote a memoir of her decades on the ward.\n\n"
     "She sent the mayor to Harlow General Hospital for an X-ray.\n\n"
     '"He was back at his desk within days," the book said.', "He was back at his desk within days", "Tessa Lund"),
    # a court's ruling is the court's, not the words of the party who spoke last
    ('Court blocks voter purge\n\nThe Court of Appeals ruled against the state on Friday.\n\n"We will '
     'appeal," Secretary of State Ned Husted said.\n\n"A state cannot purge voters for not voting," said the ruling.',
     "A state cannot purge voters for not voting", "Court of Appeals"),
    # an age with a noun that says a gender: the woman described, not the man named in between
    ("Reed plan leaves out fathers\n\nAna Reed, the governor's eldest daughter, spoke about the plan on "
     "Monday.\n\nShe said Tom Reed had written it, and when pressed on why it leaves out dads, the "
     '41-year-old mother of two replied, "It is meant to help mothers."', "It is meant to help mothers.", "Ana Reed"),
    ],
)
def test_speakers_of_invented_news(nlp, text, quote, speaker):
    found = {m.text: m for m in extract_text(text, nlp)}
    assert found[quote].speaker == speaker


def test_a_description_someone_owns_is_not_the_one_the_article_gave_it(nlp):
    """"her developer" is someone of hers, not the developer the article named."""
    text = ('Ned Marlo, a developer, ran the project.\n\nIn 1990, Ana Reed said, her developer told her he '
            'had cancelled the whole order.')
    found = {m.text: m for m in extract_text(text, nlp)}
    assert found["he had cancelled the whole order"].speaker_kind == "anonymous"


def test_a_report_by_several_leads_in_no_one_speaker(nlp):
    text = ('"We are not ready," Mayor Tom Briggs said.\n\nAnna Reed and Ola Moss said the vote would be '
            'close.\n\n"We owe residents a real answer on the numbers."')
    found = {m.text: m for m in extract_text(text, nlp)}
    assert found["We owe residents a real answer on the numbers."].speaker is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title set beside the noun for what it names, after a comma
        ('Her new album, "Quiet Harbour Lights", is out on Friday.', True),
        ('The closing track, "Lantern, Lantern", is for her brother.', True),
        # ... but one word there may be an answer, and a report's or study's may be too
        ('Asked about the series, "Absolutely," Moss said.', False),
        ('Asked about the report, "Deeply Flawed," Reed said.', False),
        # a title of a list, standing as its paragraph
        ('4. "Night Shift at the Lighthouse"\n\nIt is short.', True),
        # ... not a floating quotation, which ends on its stop
        ('"Never Again."\n\nIt is short.', False),
        ('Moss, known in the room as "Grandpa," scored twice.', True),
        # what a place's people call someone or something
        ('It takes an hour on a highway that locals call "the long road" in winter.', True),
        # a habit of naming, by anyone, and what a kind of people call something
        ('The middle episodes sag under what some critics have taken to calling "prestige drag" here.', True),
        ('Some investors have taken to calling the drug "the lottery ticket" after the fall.', True),
        ('Mayor Ana Reed has taken to calling the budget "a betrayal of every family in this town."', False),
        ('It is what Democrats call "a shameful abdication of duty" in the ad.', False),
        ('The town sits on what forecasters call the "dirty side" of the storm.', True),
        ('The plan is what Reed calls "a disaster for the town" in her letter.', False),  # her words
        ('Students knew her as "the Moss Lady" for decades.', True),
        ('The release, headlined "Trial Meets Primary Endpoint" and issued early, quoted Reed.', True),
        # a document's title or heading, a menu's name for a dish, what staff call a room
        ('The report, which carried the title "Condition Assessment and Options" on its cover, cost more.', True),
        ('The notice, headed "Important Update Regarding Our Plant" in bold, went up on Monday.', True),
        ('The best dish, listed on the menu as "the Fisherman\'s Apology", is mackerel.', True),
        ('They met in the lunchroom that workers call "the fishbowl" on the second floor.', True),
        ('Workers call the conditions "inhumane and dangerous" in the letter.', False),  # their judgement
        ('Reed headed "back to the drawing board," she said.', False),  # lower case: her words
        ('The river, whose name means "threshold" in both languages, floods often.', True),
        ('Reed, whom fans have taken to calling "Mr. Fourth Quarter," scored 30.', True),
        ('Everyone calls her "Teddy," including the menu.', True),
        # ... not what a named person calls something, which is speech
        ('Reed calls it "a betrayal of the town," and she means it.', False),
        ("Today the People's Herald calls it \"the jewel\" of the coast.", False),
        ('Ana Reed, treasurer of the old campaign, called "a street fight."', False),
        # a lowercase name after "called" as a participle, glosses, a song performed
        ('The dish, called "brodetta" in the island dialect, is a soup.', True),
        ('The restaurant takes its name from rame, which is Italian for "copper".', True),
        ('The name translates, not very appetisingly, as "cooked water."', True),
        ('The band played "Lanterns," the closing track.', True),
        ('The band played "for the people who stayed," Moss said.', False),
        # a work in Title Case after its maker's possessive
        ('Ned Reed, whose own "The Salt Roads" covered it, calls it "a small miracle."', True),
        ('Asked about her new role, "Absolutely Thrilled," Reed said.', False),  # an answer after a comma
        # a slogan in Title Case
        ('She campaigned under the slogan "A Province That Works," and won.', True),
        ('Fans booed the return of the old slogan, "Keep Harlow Moving Forward."', True),
        ('Asked about the new slogan, "Absolutely," Marlo said.', False),  # a one-word answer after a comma
        # a nickname, a song's line, a page of a site
        ('Strikers circled the building they have nicknamed "the Vault," banging on pots.', True),
        ('She ended up in what fans had started calling the "mud pit."', True),
        ('As the chorus, "we will be home by the morning," faded, the rain stopped.', True),
        ('The list is posted on its "Recalls and Alerts" page.', True),
        ('"We will be home by the morning," she said as the rain stopped.', False),
        ('The 35-year-old, whom teammates call "the Lighthouse," said she guessed.', True),
        ('She may back Reed, whom she called "the least honest man in the race," or nobody.', False),
        ('a firm, which builds for campaigns what it calls "emotive" maps of voters.', False),  # its own term
        ('The inquiry, which Reed calls "a hunt for witches," goes on.', False),  # a person's words
        ('His colleagues are calling it "a betrayal of the voters."', False),
        ('Ana Reed added to the chorus: "We need answers now."', False),  # a chorus of voices
        # a nickname given to something named between, a name after "known ... as" or that a group
        # calls something, that may open on a lower-case "the"
        ('Newspapers nicknamed that meeting "the cold lunch," after the two ministers ate apart.', True),
        ('The site, a strip of old engine sheds, is known locally as "the Sidings."', True),
        ('Locals have called the shaft "the Old Lady" for as long as anyone can remember.', True),
        # a title or a community's own name for something, and what it means
        ('The frog is described in a paper published under the title "A new whistling treefrog".', True),
        ('The Tapiri have their own name for the frog, "kuruti", which means rain-caller.', True),
        ('The word kuruti, which means roughly "the one who calls the rain", is old.', True),
        # a name in Title Case a relative clause goes on about
        ('The update brings "Quiet Nudges", which remind a flatmate privately of a debt.', True),
        # ... but not words a cue right before gives someone, nor a group's words after "called"
        ('She shouted "Get Out Now," which drew cheers from the back.', False),
        ('Fans booed after coach Ned Marlo called the referee "a disgrace to the sport."', False),
        # a work after a year's possessive
        ('The hushed folk of 2019\'s "Paper Weather" is in the rear-view mirror.', True),
        # ... not a speaker's phrase that does the same, in lower case
        ('Reed called the deal "a total disgrace," which it was not.', False),
    ],
)
def test_what_names_something_on_the_raw_text(text, title):
    # unit-level: in a whole article, the paragraphs around give these quotations a speaker to lose
    opening = text.index('"')
    closing = text.index('"', opening + 1)
    assert names_something(text, QuoteSpan(opening + 1, closing, opening, closing), 0) is title


def test_an_organisation_called_by_the_first_word_of_its_name_is_no_person(nlp):
    """"Vantor has said ..." after "Vantor Nickel Ltd." in a paragraph never parsed: an
    organisation, named as the text names it there."""
    text = ('The mine is run by Vantor Nickel Ltd. of Sudbury.\n\nThe inquiry heard from six miners.\n\n'
            'Vantor has said the rockfall was caused by an unmapped fault.')
    (found,) = [m for m in extract_text(text, nlp) if m.text == "the rockfall was caused by an unmapped fault"]
    assert (found.speaker, found.speaker_kind) == ("Vantor", "organization")
    # ... also when the NER calls the word a person, as long as no person is named so
    text = ('Fuel spill in the estuary\n\nThe pipeline, which carries fuel from the terminal to tanks inland, is '
            'operated by Bramwell Energy.\n\nBramwell said in a later statement that the pipeline "met all '
            'applicable inspection requirements".')
    assert {(m.speaker, m.speaker_kind) for m in extract_text(text, nlp)} == {("Bramwell", "organization")}
    # ... not when its own report says "she": a person of that surname
    text = ("Network grows\n\nThe Soros Open Society network funds groups in 120 countries.\n\n"
            "Soros said in an interview that she was proud of the work.")
    assert {m.speaker_kind for m in extract_text(text, nlp)} == {"person"}


def test_a_lone_untagged_word_that_speaks_is_an_organisation(nlp):
    """"Coldframe said ..." with no first name, title or fuller name anywhere: news names a person
    in full, so this is an organisation; "Mr. Coldframe said" is a man."""
    found = {m.text: m for m in extract_text('Coldframe said the first update would ship in May.', nlp)}
    assert found["the first update would ship in May"].speaker_kind == "organization"
    found = {m.text: m for m in extract_text('Mr. Coldframe said the first update would ship in May.', nlp)}
    assert found["the first update would ship in May"].speaker_kind == "person"
    # a "she" after it says a person
    found = {m.text: m for m in extract_text('“We will keep going,” Okafor said after the meeting. She thanked the '
                                             'volunteers.', nlp)}
    assert found["We will keep going"].speaker_kind == "person"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # a possessive pronoun says whose account or page it is, not the platform named beside it
        ('Nadia Kovac spoke to supporters on Tuesday in Leeds.\n\n"Vote early and vote often," her Twitter '
         "account said later.", "Vote early and vote often", "Nadia Kovac"),
        ('Nadia Kovac spoke to supporters on Tuesday in Leeds.\n\nHer Facebook page said the rally was "the '
         'biggest yet."', "the biggest yet", "Nadia Kovac"),
        ('Tom Reed spoke on Tuesday.\n\n"We will win," his campaign website said.', "We will win", "Tom Reed"),
    ],
)
def test_a_thing_of_his_or_hers_speaks_for_its_owner(nlp, text, quote, expected):
    assert quoted_by(text, nlp)[quote][0] == expected


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # a document posted on someone's site speaks for the site's owner
        ("The Harlow Party met in Leeds on Monday.\n\nA document on the Harlow Party's website says the "
         'ballots are "recognized under state law."', "recognized under state law", "Harlow Party"),
        ('Nadia Kovac spoke on Tuesday in Leeds.\n\nA post on her blog said the rally was "the biggest yet."',
         "the biggest yet", "Nadia Kovac"),
        # ... not a document merely about a site
        ("The Harlow Party met in Leeds on Monday.\n\nA report on the party's website traffic found it "
         '"growing fast."', "growing fast", "a report on the party's website traffic"),
    ],
)
def test_a_document_on_a_site_speaks_for_the_sites_owner(nlp, text, quote, expected):
    assert quoted_by(text, nlp)[quote][0] == expected


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # someone's unnamed spokesperson is not the chief executive named before
        ("Gregor Maltby, the authority's chief executive, wrote in a statement that the fine was fair.\n\n"
         "Calden Water's spokesperson said the company accepted the findings.\n\n"
         '"We are sorry," the spokesperson added.', "We are sorry", ("the spokesperson", "anonymous")),
        # ... but one the text names after the noun is that person
        ("Gregor Maltby, the authority's chief executive, wrote in a statement that the fine was fair.\n\n"
         "Calden Water's spokesperson, Ines Marr, said the company accepted the findings.\n\n"
         '"We are sorry," the spokesperson added.', "We are sorry", ("Ines Marr", "person")),
    ],
)
def test_someones_unnamed_spokesperson_stays_unnamed(nlp, text, quote, expected):
    assert quoted_by(text, nlp)[quote] == expected


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # "he added" after someone unnamed is that someone, not the man named before
        ("Tom Hale, the transport minister, visited the site.\n\nA spokesman for the ministry said the work "
         'would finish in May. "We are on schedule," he added.', "We are on schedule",
         ("a spokesman for the ministry", "anonymous")),
        # a report on someone's statement is not posted on it
        ("Tom Hale spoke on Monday.\n\nA report on Hale's statement said it was \"hollow and evasive.\"",
         "hollow and evasive", ("a report on Hale's statement", "anonymous")),
        # someone's captain described so is the person named, not someone unnamed
        ("Ana Reed, who is the club's captain, said the team had earned the win.\n\n"
         '"We never gave up," the captain said.', "We never gave up", ("Ana Reed", "person")),
        ("Hanna Lindqvist, the Council of Northern States' special envoy, said she would travel on Friday.\n\n"
         '"I am asking both sides for calm," the envoy said.', "I am asking both sides for calm",
         ("Hanna Lindqvist", "person")),
        # a passive's agent is no description of someone named ("was confirmed by the company's spokesman")
        ("The fire was confirmed by the company's spokesman on Monday.\n\nTom Hale, the site manager, arrived "
         'at noon.\n\n"We are investigating the cause," the spokesman said.', "We are investigating the cause",
         ("the spokesman", "anonymous")),
        # a paragraph that opens on "He" but quotes someone naming him: not his
        ("Tom Hale will retire next year, he told reporters.\n\nHe hired Piotr Ames as his assistant in 2019. "
         '"Tom gave me a chance nobody else would," he said.', "Tom gave me a chance nobody else would",
         ("Piotr Ames", "person")),
    ],
)
def test_review_negatives(nlp, text, quote, expected):
    assert quoted_by(text, nlp)[quote] == expected


def test_a_father_who_just_spoke_keeps_his_surname_when_he_says_she(nlp):
    """"Hale said ... / His daughter, Mia Hale, ... / Hale said she was recovering": the father,
    who just spoke, though "she" is his daughter's pronoun."""
    text = ('Tom Hale was driving the car.\n\n"I saw it too late," Hale said.\n\nHis daughter, Mia Hale, 9, broke '
            "her arm in the crash.\n\nHale said she was recovering well.")
    assert stated_by(text, nlp)["she was recovering well"] == "Tom Hale"


def test_my_relative_in_narration_is_the_one_the_writer_named(nlp):
    """A first-person text's "my father" (outside quotation marks: the writer's) is whom it named
    "My father, Tomas Oduya,", a "my mother" likewise; a "my father" the text never names stays
    unnamed, as does one of another letter on a letters page."""
    text = ("My father, Tomas Oduya, kept two books. My mother, Elsbeth Oduya, was less patient.\n\n"
            "“He tells the captain where the rocks are,” my father said.\n\n“Write your book,” my mother said.")
    speakers = {m.text: m.speaker for m in extract_text(text, nlp)}
    assert speakers == {"He tells the captain where the rocks are": "Tomas Oduya", "Write your book": "Elsbeth Oduya"}
    alone = "My aunt kept two books.\n\n“He tells the captain where the rocks are,” my father said."
    assert [(m.speaker, m.speaker_kind) for m in extract_text(alone, nlp)] == [("my father", "anonymous")]
    # a letters page: each letter's "my" is its own writer's
    letters = ("To the Editor:\n\nMy father, Tomas Oduya, served on the lifeboats.\n\nAna Reed, Leeds\n\n"
               'To the Editor:\n\n"Never trust the sea," my father told me.\n\nTom Hale, York')
    assert [(m.speaker, m.speaker_kind) for m in extract_text(letters, nlp)] == [("my father", "anonymous")]


def test_a_capitalised_group_noun_alone_is_the_organisation_named_so(nlp):
    """"The Board said": the "Coastal Lights Board" the article named, not a person whose "full
    name" that is (a "he" after it in the paragraph notwithstanding)."""
    text = ("The Coastal Lights Board runs the station, which Mr. Pardew inspects.\n\n"
            "The Board said the log was late. “It is late,” he said.")
    found = {m.text: m for m in extract_text(text, nlp)}
    assert (found["the log was late"].speaker, found["the log was late"].speaker_kind) == ("Coastal Lights Board", "organization")


# Prosecutors relied on Solberg's account, in which he said he slept.
ACCOUNT_IN_WHICH = """
Prosecutors 1 nsubj PROPN NNS prosecutor
relied      1 ROOT  VERB  VBD rely
on          1 prep  ADP   IN  on
Solberg     5 poss  PROPN NNP Solberg B-PERSON
's          3 case  PART  POS 's
account     2 pobj  NOUN  NN  account
,           5 punct PUNCT ,   ,
in          10 prep ADP   IN  in
which       7 pobj  PRON  WDT which
he          10 nsubj PRON PRP he
said        5 relcl VERB  VBD say
he          12 nsubj PRON PRP he
slept       10 ccomp VERB VBD sleep
.           1 punct PUNCT .   .
"""


@pytest.mark.parametrize(("rows", "expected"), [
    (ACCOUNT_IN_WHICH, "Marek Solberg"),
    # the parser hung the clause on the sentence's subject: the account before it all the same
    (ACCOUNT_IN_WHICH.replace("said        5 relcl", "said        0 relcl"), "Marek Solberg"),
    # a clause on someone's relative, not on what they said: not theirs
    (ACCOUNT_IN_WHICH.replace("account     2 pobj  NOUN  NN  account", "brother     2 pobj  NOUN  NN  brother"), None),
    # an interview is an occasion of speech too (with whom: test_the_one_interviewed_speaks_in_an_interview)
    (ACCOUNT_IN_WHICH.replace("account     2 pobj  NOUN  NN  account\n", "interview   2 pobj  NOUN  NN  interview\n"),
     "Marek Solberg"),
    # no "which": "Solberg's account, he said, ..." is no clause on the account
    (ACCOUNT_IN_WHICH.replace("which       7 pobj  PRON  WDT which", "that        7 pobj  PRON  DT  that"), None),
])
def test_he_who_speaks_in_someones_account_is_its_owner(rows, expected):
    """"Solberg's account to investigators, in which he said ...": the "he" is Solberg, the owner
    of the account (or letter, interview: data/speech_occasions.txt) the clause is on."""
    from quotetrack.extract.coref.index import ArticleIndex
    from quotetrack.extract.coref.resolver import _owner_speaking_in

    from .test_attribution_rules import parse

    doc = parse(rows)
    index = ArticleIndex(doc.text)
    index.add("Marek Solberg", "person", 0, 0)
    found = _owner_speaking_in(doc[9], index)
    assert (found.name if found else None) == expected


def test_one_of_two_documents_authors_speaks_for_neither(nlp):
    """"According to a complaint filed by the Harbour Commission, ...": the commission's words;
    "a complaint filed by the Harbour Commission and a complaint by Vermont" are not the
    commission's alone (the words stay the speaker's, unnamed); "a letter and a memo from Reed"
    are Reed's."""
    lead = "The Harbour Commission sued the firm.\n\n"
    one = extract_text(lead + 'According to a complaint filed by the Harbour Commission, the firm "looted" the fund.', nlp)
    assert {m.speaker for m in one} == {"Harbour Commission"}
    two = extract_text(lead + "According to a complaint filed by the Harbour Commission and a complaint by Vermont, "
                       'the firm "looted" the fund.', nlp)
    assert "Harbour Commission" not in {m.speaker for m in two}
    # ... whatever the second says of its own ("a separate complaint filed in Vermont")
    two = extract_text(lead + "According to a complaint filed by the Harbour Commission and a separate complaint filed "
                       'in Vermont, the firm "looted" the fund.', nlp)
    assert "Harbour Commission" not in {m.speaker for m in two}
    # ... but two documents of one author are that author's
    text = "Ned Reed chairs the board.\n\n" + 'According to a letter and a memo from Reed, the plan was "dead on arrival."'
    assert {m.speaker for m in extract_text(text, nlp)} == {"Ned Reed"}


def test_the_one_interviewed_speaks_in_an_interview(nlp):
    """"Reed's interview with the BBC, in which he called ...": Reed, interviewed by an outlet;
    "Hale's interview with Ned Reed, in which he called ...": Reed, the one interviewed."""
    text = ('Inquiry chairman Tom Hale published his report on Friday.\n\nIn Ned Reed\'s interview with the BBC on '
            'Sunday, in which he called the report "a whitewash," he also apologised.')
    assert {m.speaker for m in extract_text(text, nlp)} == {"Ned Reed"}
    text = ('Ned Reed chairs the inquiry.\n\nIn Tom Hale\'s interview with Ned Reed, in which he called the inquiry '
            '"a witch hunt," the mood was tense.')
    assert {m.speaker for m in extract_text(text, nlp)} == {"Ned Reed"}
    # "with him": whom the pronoun stands for, not the interviewer
    text = ("Ned Reed spent Monday at his golf club.\n\nViewers tuned in to Tom Hale's interview with him, in which "
            'he said the vote was "rigged."')
    assert "Tom Hale" not in {m.speaker for m in extract_text(text, nlp)}



def test_someones_lawyer_is_the_lawyer_the_article_named(nlp):
    """"Oakley's lawyer said" is the one lawyer the article named ("Defence lawyer Raymond
    Oduya"); not one whose role names someone else ("a lawyer for Hale" is not Oakley's), and
    with no such title named, the words stay someone unnamed's."""
    story = ("{lead}\n\nThe judge sentenced Ned Oakley to two years.\n\n"
             "Oakley's lawyer said outside court that his client would not appeal.")

    def speaker(lead: str) -> str | None:
        found = {m.text: m for m in extract_text(story.format(lead=lead), nlp)}
        return found["his client would not appeal"].speaker

    assert speaker("Defence lawyer Raymond Oduya argued for a conditional sentence.") == "Raymond Oduya"
    assert speaker("Tom Hale testified on Monday. Ana Price, a lawyer for Hale, argued for a conditional sentence.") \
        == "Oakley's lawyer"
    assert speaker("The Crown argued for a conditional sentence.") == "Oakley's lawyer"
