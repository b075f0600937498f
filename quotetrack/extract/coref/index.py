"""Who is who inside one article: names, surnames, pronouns and nominals resolved to one entity.

An article names a person in full once ("Qatar's Foreign Ministry spokesman Majed Al-Ansari") and
then by surname ("Ansari"), pronoun ("he") or role ("the spokesman"). This module keeps the people
and organisations an article mentions, in reading order, and answers "who is this?" for a quote's
speaker words. It works on names and offsets, not on spaCy objects, so it is easy to test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import lexicon
from ...names import HONORIFICS, first_names_agree, name_parts, organisation_key, surname_key

_PREFIX_WORDS = "al-|Al-|el-|El-|bin |ibn |de |De |van |von |di |da |del "
# capitalised words that start sentences or name things rather than people
_NOT_NAMES = frozenset(
    "the a an in on at and but or for of to by with from as after before when while if said says "
    "according former late president house senate state new".split()
)

@dataclass
class Entity:
    """A person or organisation an article mentions."""

    name: str
    kind: str  # person | organization
    role: str | None = None
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)
    pronoun: str | None = None  # "he" or "she" once the article has used one for them

    def absorb(self, name: str, role: str | None, affiliation: str | None) -> None:
        self.aliases.add(name)
        if len(name_parts(name)) > len(name_parts(self.name)):
            self.name = name
        self.role = self.role or role
        self.affiliation = self.affiliation or affiliation


@dataclass
class Sighting:
    offset: int
    paragraph: int
    entity: Entity
    subject: bool = False  # the subject of its clause (a likely antecedent for "he")
    speaker: bool = False  # the speaker of a quote


class ArticleIndex:
    """The article's entities and where each is seen."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.sightings: list[Sighting] = []

    # -- building -------------------------------------------------------------------------------
    def add(self, name: str, kind: str, offset: int, paragraph: int, *, role: str | None = None,
            affiliation: str | None = None, subject: bool = False, speaker: bool = False) -> Entity:
        entity = self.match(name, kind, offset)
        if entity is None:
            entity = Entity(name, kind, role, affiliation, {name})
            self.entities.append(entity)
        else:
            entity.absorb(name, role, affiliation)
        self.see(entity, offset, paragraph, subject=subject, speaker=speaker)
        return entity

    def see(self, entity: Entity, offset: int, paragraph: int, *, subject: bool = False, speaker: bool = False) -> None:
        self.sightings.append(Sighting(offset, paragraph, entity, subject, speaker))
        self.sightings.sort(key=lambda s: s.offset)

    # -- lookups --------------------------------------------------------------------------------
    def match(self, name: str, kind: str, offset: int | None = None) -> Entity | None:
        """The entity a name refers to: same full name, or a surname/first name of one person."""
        if kind == "organization":
            key = organisation_key(name)
            return next((e for e in self.entities if e.kind == "organization" and
                         any(organisation_key(a) == key for a in e.aliases)), None)
        parts = name_parts(name)
        if not parts:
            return None
        people = [e for e in self.entities if e.kind == "person"]
        exact = [e for e in people if any(name_parts(a) == parts for a in e.aliases)]
        if exact:
            return exact[0]
        key = surname_key(name)
        if len(parts) == 1:
            # a bare surname (or first name) names the person most recently seen with it
            same = [e for e in people if surname_key(e.name) == key or name_parts(e.name)[:1] == parts]
        else:
            # a fuller name: same surname and first names that do not contradict
            same = [e for e in people if surname_key(e.name) == key and first_names_agree(name_parts(e.name), parts)]
        return self._most_recent(same, offset)

    def _most_recent(self, candidates: list[Entity], offset: int | None) -> Entity | None:
        if len(candidates) <= 1 or offset is None:
            return candidates[0] if candidates else None
        before = [s for s in self.sightings if s.entity in candidates and s.offset <= offset]
        if before:
            return before[-1].entity
        after = [s for s in self.sightings if s.entity in candidates]
        return after[0].entity if after else candidates[0]

    def fuller_name(self, name: str, offset: int) -> str | None:
        """A fuller form of a one-word name written anywhere in the article ("Majed Al-Ansari" for
        "Ansari"): the capitalised words right before it, without titles. The nearest occurrence
        before ``offset`` wins, else the first after; None when the article has none."""
        found: list[tuple[int, str]] = []
        for m in re.finditer(rf"((?:[A-Z][\w'’.-]*\s+){{1,3}})((?:{_PREFIX_WORDS})?{re.escape(name)})\b", self.text):
            words: list[str] = []
            for word in reversed(m.group(1).split()):
                if word.lower() in HONORIFICS or word.lower() in lexicon.role_words() or word.lower() in _NOT_NAMES \
                        or word.endswith(("'s", "’s", ".")) and len(word) > 3:
                    break
                words.insert(0, word)
            if words:
                found.append((m.start(2), " ".join([*words, m.group(2)])))
        if not found:
            return None
        before = [f for f in found if f[0] <= offset]
        return (before[-1] if before else found[0])[1]

    def antecedent(self, offset: int, paragraph: int, *, kind: str, pronoun: str | None = None,
                   lookback: int = 3) -> Entity | None:
        """What a pronoun or nominal at ``offset`` refers to: the latest subject or speaker of the
        right kind in this or the few paragraphs before, else the latest mention of that kind."""
        window = [s for s in self.sightings if s.offset < offset and paragraph - lookback <= s.paragraph <= paragraph
                  and (kind == "any" or s.entity.kind == kind)]
        if pronoun in ("he", "she"):
            other = "she" if pronoun == "he" else "he"
            window = [s for s in window if s.entity.pronoun != other]
        for pool in ([s for s in window if s.subject or s.speaker], window):
            if pool:
                return pool[-1].entity
        return None

    def by_role(self, head: str, words: list[str], offset: int) -> Entity | None:
        """"the US president" -> the person whose role has "president" (and "US", if given)."""
        head = head.lower()
        words = [w.lower() for w in words]
        scored = []
        for s in self.sightings:
            role = (s.entity.role or "").lower()
            if s.entity.kind != "person" or head not in role.split():
                continue
            overlap = sum(w in role for w in words)
            scored.append((overlap, s.offset <= offset, s.offset, s.entity))
        return max(scored, key=lambda x: x[:3])[3] if scored else None

    def statement_issuer(self, offset: int, paragraph: int) -> Entity | None:
        """"The statement noted": whoever spoke last before it (a statement speaks for its issuer)."""
        speakers = [s for s in self.sightings if s.offset < offset and s.speaker]
        if speakers:
            return speakers[-1].entity
        return self.antecedent(offset, paragraph, kind="organization", lookback=2)
