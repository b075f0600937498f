"""Where statements enter the stage: each module finds one kind of candidate on the raw text or
the parse (direct.py: quotation marks), and filters.py drops the words nobody said."""
