"""What the parsed paragraphs tell about the article's people and organisations: the names the
NER finds (outside quotations), with the role and affiliation written around them, recorded in
the ArticleIndex before any speaker is resolved."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..frames import Frame
from ..syntax import NOMINAL_SUBJECTS, ORG_LABELS, PERSON_LABELS, token_range
from . import roles
from .index import ArticleIndex


def index_entities(docs: dict[int, Doc], frames: dict[int, Frame], index: ArticleIndex) -> None:
    """Record the people and organisations the parsed paragraphs name (outside their quotes).

    People first, so that a surname the NER mislabels as an organisation elsewhere ("Ansari"
    said) is recognised as that person.
    """
    found = []
    for p, doc in docs.items():
        frame = frames[p]
        quoted = {i for (s, e) in frame.placeholders for i in range(*token_range(doc, s, e))}
        for ent in doc.ents:
            if ent.label_ not in PERSON_LABELS + ORG_LABELS or ent.start in quoted or ent.root.is_quote:
                continue
            if ent.label_ == "NORP" and ent.root.pos_ != "PROPN":
                continue  # "Israeli" as an adjective is not a speaker
            name_rng = roles.name_tokens(ent, ent.root) or (ent.start, ent.end)
            name = clean_name(doc[name_rng[0] : name_rng[1]].text)
            if not re.search(r"[A-Za-z]", name):
                continue
            found.append((ent.label_ in PERSON_LABELS, p, doc, frame, ent, name_rng, name))
    for is_person, p, doc, frame, ent, name_rng, name in sorted(found, key=lambda f: not f[0]):
        kind = "person" if is_person or index.match(name, "person") else "organization"
        role = affiliation = None
        if kind == "person":
            np_start = min(ent.root.left_edge.i, ent.start)
            role = roles.role_before(doc[np_start : ent.end], name_rng[0]) or roles.appositive_role(ent.root)
            affiliation = roles.affiliation_in(doc[np_start : name_rng[0]]) if role else None
        offset = frame.to_article(doc[name_rng[0]].idx)
        index.add(name, kind, offset, p, role=role, affiliation=affiliation,
                  subject=ent.root.dep_ in NOMINAL_SUBJECTS)


def clean_name(name: str) -> str:
    """A name without a leading "the", a possessive or edge punctuation."""
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    return re.sub(r"^(?:the|The)\s+", "", name).strip(" ,.")
