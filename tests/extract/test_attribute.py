"""Attribution patterns news uses: sentence -> (quote, speaker words, cue), on real parses
(en_core_web_sm 3.8.0, the pinned model)."""

import pytest

from quotetrack import extract_text


def found(text, nlp):
    return {m.text.rstrip(",."): m for m in extract_text(text, nlp)}


@pytest.mark.parametrize(
    ("text", "quote", "speaker_words", "cue"),
    [
        # subject and verb after the quote, and inverted
        ('"We will need time for this," Ansari said at a news conference.', "We will need time for this", "Ansari", "said"),
        ('"No breakthrough has been achieved so far," said another Palestinian official.',
         "No breakthrough has been achieved so far", "another Palestinian official", "said"),
        ('"It is fine," said Tulsa police Chief Chuck Jordan on Monday.', "It is fine",
         "Tulsa police Chief Chuck Jordan", "said"),
        # subject and verb before the quote, with "that"
        ('Hamas announced in a statement on Friday that "indirect negotiations will resume today."',
         "indirect negotiations will resume today", "Hamas", "announced"),
        # a partial quote inside its sentence
        ('Kirby stated that the White House is "actively working" to broker a deal.', "actively working",
         "Kirby", "stated"),
        # a quotation that ends its sentence mid-way through the writer's words is not given the
        # cue of the next sentence
        ('Lopez attacked Reed, calling him, of all things, "a tired old hand." Reed said in March '
         "that Lopez was a fraud.", "a tired old hand", "Lopez", "calling"),
        # according to
        ('According to Naim, the proposed deal "aims to achieve a ceasefire."', "aims to achieve a ceasefire",
         "Naim", "according to"),
        # colon introduction
        ('The movement explained: "This round will focus on the agreement."',
         "This round will focus on the agreement", "The movement", "explained"),
        # passive
        ('A senior official was quoted as saying "we are at an impasse on almost all the issues."',
         "we are at an impasse on almost all the issues", "A senior official", "saying"),
        # the headline form 'Quote': Speaker (single quotes, apostrophe inside)
        ("Israel 'utterly failed to break Gaza's will': Hamas", "utterly failed to break Gaza's will", "Hamas", ":"),
        # a signed comment
        ("“Trump scares me, and I am not alone in that.” ― Jacklyn Ashley", "Trump scares me, and I am not alone in that",
         "Jacklyn Ashley", "―"),
        # a question mark ends the parser's sentence but not the attribution
        ('"Does anybody know what the platform of the party is?" Graham asked.',
         "Does anybody know what the platform of the party is?", "Graham", "asked"),
        # a verb the cue list does not know, in the attribution slot
        ('"If they were serious, they would have gone to the bill," Toomey fumed on Tuesday.',
         "If they were serious, they would have gone to the bill", "Toomey", "fumed"),
        # a participle after a comma belongs to the main clause
        ("Gowdy's office slammed a lawsuit filed by a fired staffer, calling it \"meritless\" on Monday.",
         "meritless", "Gowdy's office", "calling"),
        # a dateline is never the speaker
        ('TALLAHASSEE — Rep. Gwen Graham on Friday praised Clinton as a "work horse, not a show horse."',
         "work horse, not a show horse", "Rep. Gwen Graham", "praised"),
        # the tagger reads "notes" as a noun; the slot after the quote says it is the cue
        ('"Look at the statement Mr. Trump put out after the attack," Conway notes.',
         "Look at the statement Mr. Trump put out after the attack", "Conway", "notes"),
        # a clause goes on after the cue
        ("“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
         "Go back to Univision", "Trump", "barked"),
        # an inverted cue opening a colon introduction; the cue is not part of the name
        ("Continued Stone: “So I think it’s a very real problem in this election.”",
         "So I think it’s a very real problem in this election", "Stone", "Continued"),
        ('Added the senator: "We will not stop until the bill passes."',
         "We will not stop until the bill passes", "the senator", "Added"),
    ],
)
def test_speaker_words_and_cue(nlp, text, quote, speaker_words, cue):
    mention = found(text, nlp)[quote.rstrip(",.")]
    assert mention.speaker_mention == speaker_words
    assert mention.cue == cue
    assert text[mention.speaker_start : mention.speaker_end] == speaker_words


def test_channel(nlp):
    mentions = found('"We hope for a breakthrough in the coming days," Naim told AFP.\n\n'
                     '"There is no deal yet," a US official stated to Axios.', nlp)
    assert mentions["We hope for a breakthrough in the coming days"].channel == "AFP"
    assert mentions["There is no deal yet"].channel == "Axios"


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    text = ('"Indirect negotiations will resume today, Friday, in Doha," Hamas announced.\n\n'
            'The statement noted that the talks would "focus on ensuring the agreement leads to a ceasefire."')
    mention = found(text, nlp)["focus on ensuring the agreement leads to a ceasefire"]
    assert (mention.speaker_mention, mention.speaker) == ("The statement", "Hamas")


def test_floating_quotes_keep_their_speaker(nlp):
    text = ('"A museum alone will not alleviate poverty in every inner city," Obama said. '
            '"It will not eliminate gun violence from all our neighborhoods."\n\n'
            '"It is a place to tell the truth about our history."')
    mentions = found(text, nlp)
    assert {mentions[q].speaker for q in mentions} == {"Obama"}
    assert {mentions[q].attribution for q in mentions} == {"adjacent", "inherited"}


def test_a_quote_in_a_sentence_without_a_cue_continues_the_paragraphs_speaker(nlp):
    text = ('"The plan will cut costs," Maria Lopez said on Monday. It is, in her view, '
            '"the most careful budget in a decade."\n\n'
            'Nobody disputed it. That makes it "a settled question."')
    mentions = found(text, nlp)
    assert mentions["the most careful budget in a decade"].speaker == "Maria Lopez"
    assert mentions["the most careful budget in a decade"].attribution == "inherited"
    # no attributed quote earlier in its own paragraph: nobody's
    assert mentions["a settled question"].speaker is None


def test_colon_introduction_closing_the_previous_paragraph(nlp):
    text = 'Caddell continued:\n\n"The health issue overall is very much a partisan issue, but not only that."'
    mention = found(text, nlp)["The health issue overall is very much a partisan issue, but not only that"]
    assert mention.speaker == "Caddell"


@pytest.mark.parametrize(
    ("text", "quote", "speaker_words", "speaker"),
    [
        ('Hamas spokesman Basem Naim spoke on Friday.\n\n"We hope that the days ahead bring a deal," he added.',
         "We hope that the days ahead bring a deal", "he", "Basem Naim"),
        ("Hamas made the remarks in a statement on Tuesday.\n\n"
         '"The illusion of liberating prisoners by force has been shattered," it said.',
         "The illusion of liberating prisoners by force has been shattered", "it", "Hamas"),
        ('Hamas said talks would resume.\n\nThe Palestinian resistance group said Israel\'s "relentless attempts" failed.',
         "relentless attempts", "The Palestinian resistance group", "Hamas"),
    ],
)
def test_pronouns_and_nominals_resolve(nlp, text, quote, speaker_words, speaker):
    mention = found(text, nlp)[quote]
    assert (mention.speaker_mention, mention.speaker) == (speaker_words, speaker)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The band played its hit \"Girls, Girls, Girls\" on the night.", None),  # a title: not a quotation
        ('She appeared on "Fox News Sunday" after the debate.', None),
        ("The plan drew 'serious concerns' in the region.", None),  # single-quoted scare quote
        # a scare quote after "so-called" (PolNeAR train: 1 of 5 annotated as a quotation)
        ('The so-called "alt-right" grew online in the last years.', None),
        # the show someone spoke on, after the network's possessive
        ('"We will win," Pence said on CNN\'s "State of the Union."', "We will win"),
        ('In an interview on Fox News’s “Fox and Friends,” he laughed.', None),
        # a pronoun talked about as a word
        ('Nobody voted for her simply because "she" is a "he."', None),
        # a transcript's stage direction
        ('"(CROSSTALK.)"\n\n"[Applause]"', None),
        # attribute values of markup are not quotations
        ('<tweet pic="pic.twitter.com/x" author="carlquintanilla" tweet-date="March 4, 2016">Polls are out.</tweet>',
         None),
        # a single-quoted subheading between paragraphs
        ("\"Coal is dying,\" he said.\n\n'Coal Isn't the Villain.'\n\nIt was raining.", "Coal is dying"),
    ],
)
def test_quoted_words_nobody_says(nlp, text, quote):
    mentions = found(text, nlp)
    if quote is None:
        assert mentions == {}
    elif quote == "alt-right":
        assert mentions[quote].speaker is None and mentions[quote].speaker_start is None
    else:
        assert list(mentions) == [quote]  # the real quotation only


def test_transcript_turns_are_their_speakers_quotes(nlp):
    text = ("On “Fox News Sunday,” Gov. Mike Pence said the tweet was only “to mock” Hillary Clinton.\n\n"
            "Partial transcript as follows:\n\n"
            '"WALLACE: Will Gennifer Flowers be at the debate?\n\n'
            '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n'
            '"But the truth is that Donald Trump has a unique way of communicating.\n\n'
            '"WALLACE: Governor, I want to try to get one more question in.')
    mentions = found(text, nlp)
    said = {m.text.split()[0].rstrip(","): (m.speaker, m.speaker_mention, m.attribution) for m in mentions.values()}
    assert said["Will"] == ("Wallace", "WALLACE", "transcript")  # two turns: a dialogue, not a label
    assert said["Gennifer"] == ("Mike Pence", "PENCE", "transcript")
    assert said["But"][0] == "Mike Pence"  # the turn goes on in the next paragraph
    assert said["Governor"][0] == "Wallace"
    for m in mentions.values():
        assert text[m.start : m.end] == m.text and not m.text.startswith(("WALLACE", "PENCE"))


def test_a_capitalised_label_is_not_a_transcript_speaker(nlp):
    text = 'The clip was played.\n\n"VIDEO: They all told me it was a video when they knew it was not."'
    (mention,) = found(text, nlp).values()
    assert (mention.attribution, mention.speaker, mention.speaker_mention) == ("none", None, None)


def test_a_clause_word_is_not_a_speaker(nlp):
    # the parser makes the relative "that" the subject of "says": the letter, not a speaker
    text = ("He released a letter from his doctor Friday afternoon that says he has “extraordinarily good "
            "health” for a 63-year-old.")
    mention = found(text, nlp)["extraordinarily good health"]
    assert (mention.speaker_mention, mention.speaker, mention.attribution) == (None, None, "none")


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ('"We will need time for this," Ansari said.', "We will need time for this", "direct"),
        ('Kirby stressed that "Hamas is the obstacle" to an agreement.', "Hamas is the obstacle", "partial"),
        ('Qatar expressed optimism that "momentum" would return.', "momentum", "partial"),
        ('Hamas announced that "indirect negotiations will resume today, Friday."',
         "indirect negotiations will resume today, Friday", "direct"),
        # a lowercase quotation after a comma: words of the writer's sentence, unless a cue stands
        # between it and the quotation before (the rest of an interrupted quotation)
        ('The mayor met the council, calling it, in her words, "a broken body of people."',
         "a broken body of people", "partial"),
        ('"We played hard," said coach Ned Reed of the Oilers, "and nobody quit tonight."',
         "and nobody quit tonight", "direct"),
        ('"We will get through this," Dr. Ana Reed said, "and we will do it together."',
         "and we will do it together", "direct"),
        ('Reed called the penalty "a joke" and said the referees, "frankly, were out of their depth."',
         "frankly, were out of their depth", "partial"),
    ],
)
def test_direct_or_partial(nlp, text, quote, kind):
    assert found(text, nlp)[quote].kind == kind


def test_multi_paragraph_quotation_shares_its_speaker(nlp):
    text = ('"The health issue is very much a partisan issue.\n\n'
            '"Rasmussen has a similar question with similar numbers," said Caddell.')
    mentions = found(text, nlp)
    assert {m.speaker for m in mentions.values()} == {"Caddell"}
    assert len(mentions) == 2


def test_an_unclosed_mark_does_not_cost_the_rest_of_the_article(nlp):
    text = ('He said "this runs on without an end\n\n'
            '"We will win," Trump said.')
    mentions = found(text, nlp)
    assert mentions["We will win"].speaker == "Trump"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"We will win for our people," Hamas said.', "We will win for our people"),  # the joining comma goes
        ('"We will win." Hamas said so.', "We will win."),  # a full stop is the speaker's
        ('"Are we there?" she asked.', "Are we there?"),
        ('He said "this runs on,\n\nand on.', "this runs on,"),  # unclosed: nothing joins it
    ],
)
def test_quote_text_leaves_out_the_comma_that_joins_it_to_its_attribution(nlp, text, quote):
    mention = extract_text(text, nlp)[0]
    assert mention.text == quote
    assert text[mention.start : mention.end] == quote


@pytest.mark.parametrize(
    ("paragraph", "text_starts"),
    [
        ("TALLAHASSEE — Rep. Gwen Graham spoke.", "Rep. Gwen Graham"),
        ("WASHINGTON (Reuters) - The talks went on.", "The talks"),
        # in title case, only with its news agency in parentheses
        ("Washington (AFP) – Democrat Ana Price has lashed out at Reed.", "Democrat Ana Price"),
        ("New York (AP) — The mayor spoke.", "The mayor"),
        ("Ana Price (D-Ore.) — the senator from Oregon — spoke.", "Ana Price"),
        ("Ana Price (Labour) – who chairs the committee – spoke.", "Ana Price"),  # no news agency
        ("Tesla (TSLA) – the carmaker – said so.", "Tesla"),
        ("Washington — the capital — was quiet.", "Washington"),
    ],
)
def test_a_dateline_is_left_out_of_the_paragraph(paragraph, text_starts):
    from quotetrack.extract.frames import dateline_end

    assert paragraph[dateline_end(paragraph, 0, len(paragraph)) :].startswith(text_starts)
