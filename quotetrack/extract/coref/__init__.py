"""Who the speaker's words refer to, by name, inside one article.

index.py     the article's people and organisations and where each is seen (plain data, no spaCy)
evidence.py  what the parse says about them (names, roles) before any speaker is resolved
roles.py     a mention split into name, role and affiliation
resolver.py  speaker words ("he", "the mayor", "Ansari") to an entity; it also names the context
             paragraphs it reads, so that the stage parses exactly those
"""
