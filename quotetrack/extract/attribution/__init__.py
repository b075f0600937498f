"""Who a candidate is attributed to, in the words of the text: the cue and the speaker's words.

attribute.py reads the candidate's own sentence (cue verbs, "according to", colon introductions,
headlines); transcript.py gives interview turns their speaker; floating.py gives a quote with no
cue of its own the speaker of the quotation it continues. Naming the speaker is coref/'s job.
"""
