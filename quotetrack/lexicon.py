"""Word lists from quotetrack/data/, read once. Edit the files, not this module."""

from __future__ import annotations

import functools
import hashlib
from importlib import resources


def lines(name: str) -> list[str]:
    """The lines of a data file (name with its suffix), without blank lines and # comments; a
    line keeps its inner whitespace (tab-separated files, patterns)."""
    text = resources.files("quotetrack").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\r\n") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _lines(name: str) -> list[str]:
    return [line.strip() for line in lines(name)]


@functools.cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list, lowercased (name without .txt)."""
    return frozenset(line.lower() for line in _lines(f"{name}.txt"))


@functools.cache
def table(name: str) -> dict[str, str]:
    """A tab-separated two-column list as a dict (name without .txt)."""
    return dict(line.split("\t", 1) for line in _lines(f"{name}.txt"))


def cue_verbs() -> frozenset[str]:
    return words("cue_verbs")


def indirect_cues() -> frozenset[str]:
    return words("indirect_cues")


def object_cues() -> dict[str, frozenset[str]]:
    """Lemma -> how its object is found (data/object_cues.txt): a preposition ("for" of "call
    for"), "" for the direct object (or an infinitive), "+dobj" for the direct object alone, "+named"
    for a direct object the verb names as something, "+speaker" when the verb's subject can speak."""
    return _lemma_hows("object_cues")


def mixed_cues() -> dict[str, frozenset[str]]:
    """Lemma -> how its object is found (data/mixed_cues.txt, as object_cues)."""
    return _lemma_hows("mixed_cues")


def speech_nouns() -> dict[str, frozenset[str]]:
    """Lemma -> how a noun of speech takes its content (data/speech_nouns.txt): "that" for a
    content clause, else a preposition ("criticism of")."""
    return _lemma_hows("speech_nouns")


@functools.cache
def _lemma_hows(name: str) -> dict[str, frozenset[str]]:
    """A list of "lemma [how]" lines as lemma -> its hows ("" where a line has none)."""
    found: dict[str, set[str]] = {}
    for line in _lines(f"{name}.txt"):
        lemma, *how = line.lower().split()
        found.setdefault(lemma, set()).add(how[0] if how else "")
    return {lemma: frozenset(hows) for lemma, hows in found.items()}


@functools.cache
def role_words() -> frozenset[str]:
    """Titles and role nouns, with their abbreviations ("AG", "Sen."): never part of a name."""
    return words("role_words") | frozenset(role_abbreviations())


def anonymous_heads() -> frozenset[str]:
    return words("anonymous_heads")


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns for one person: an unnamed source's ("official"), a description ("singer"), a
    gendered noun ("woman"), a title ("senator")."""
    return anonymous_heads() | descriptions() | frozenset(table("gendered_nouns")) | role_words()


@functools.cache
def group_nouns() -> frozenset[str]:
    """Nouns for an organisation or a group people run ("the ministry", "the band", "the trio")."""
    return words("group_nouns") | words("ensemble_nouns")


@functools.cache
def statement_nouns() -> frozenset[str]:
    """Documents that speak for whoever issued them, findings among them ("the analysis found")."""
    return words("statement_nouns") | words("report_nouns")


@functools.cache
def pronouns() -> dict[str, tuple[str, str | None]]:
    """Subject pronoun -> (kind of antecedent, gender or None)."""
    rows = (line.split("\t") for line in _lines("pronouns.txt"))
    return {word: (kind, None if gender == "-" else gender) for word, kind, gender in rows}


def role_abbreviations() -> dict[str, str]:
    """Abbreviated title -> the role word it stands for ("sen." -> "senator")."""
    return table("role_abbreviations")


def descriptions() -> frozenset[str]:
    return words("descriptions")


def honorifics() -> dict[str, str]:
    """Form of address -> the gender it says (m | f)."""
    return table("honorifics")


@functools.cache
def data_fingerprint() -> str:
    """Hash of every data file: part of the extraction cache key (a word added = re-extract)."""
    digest = hashlib.sha256()
    folder = resources.files("quotetrack").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
