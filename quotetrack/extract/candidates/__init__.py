"""Where statements enter the stage: each module finds one kind of candidate on the raw text or
the parse (direct.py: quotation marks; indirect.py: the content clause of a reporting verb), and
filters.py drops the words nobody said."""
