"""The attribute ruler's matches found by table look-up instead of spaCy's Matcher.

The English pipelines' attribute_ruler (the tag map and a hundred-odd exceptions: POS, MORPH and
LEMMA by tag and word) spends most of its time in the Matcher, which tries every one of its
~180 patterns at every token: a tenth of the whole parse. Its patterns are plain ones (a tag, a
lowercase word, a dependency label, a set of them, a regular expression), so the patterns that
can start at a token are looked up by the token's tag, word and label, and only those are tried.
The matches are the Matcher's, in the ruler's order, and the ruler applies them itself: the
annotations are the same, token for token. A ruler with a pattern this does not know (an
operator, another attribute) keeps its Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.strings import get_string_id

#: the token attributes a pattern may test, the columns of Doc.to_array
_ATTRS = ["TAG", "LOWER", "DEP", "IS_SPACE", "ORTH"]
_COLUMN = {name: k for k, name in enumerate(_ATTRS)}
#: the attributes a pattern is filed under by its first token, most selective first
_KEYS = ("LOWER", "ORTH", "TAG", "DEP")

Test = Callable[[int], bool]


class _Token:
    """One token of a pattern: (column, test of that column's value) pairs."""

    def __init__(self, spec: dict, strings) -> None:
        self.tests: list[tuple[int, Test]] = []
        #: attribute -> the values a token must have (equality or IN), for filing
        self.values: dict[str, set[int]] = {}
        for name, value in spec.items():
            name = name.upper()
            if name not in _COLUMN:
                raise _Unsupported(name)
            self.tests.append((_COLUMN[name], self._test(name, value, strings)))

    def _test(self, name: str, value, strings) -> Test:
        if isinstance(value, bool):
            if name != "IS_SPACE":
                raise _Unsupported(name)
            flag = int(value)
            return lambda v: v == flag
        if name == "IS_SPACE":
            raise _Unsupported(name)
        if isinstance(value, str):
            wanted = get_string_id(value)
            self.values[name] = {wanted}
            return lambda v: v == wanted
        if not isinstance(value, dict) or len(value) != 1:
            raise _Unsupported(name)
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            members = frozenset(get_string_id(a) for a in arg)
            if op == "IN":
                self.values[name] = set(members)
                return lambda v: v in members
            return lambda v: v not in members
        if op == "REGEX" and isinstance(arg, str):
            pattern, cache = re.compile(arg), dict[int, bool]()

            def search(v: int) -> bool:
                found = cache.get(v)
                if found is None:
                    if len(cache) > 100_000:
                        cache.clear()
                    found = cache[v] = bool(pattern.search(strings[v]))
                return found
            return search
        raise _Unsupported(f"{name} {op}")

    def matches(self, row: tuple[int, ...]) -> bool:
        return all(test(row[column]) for column, test in self.tests)


class _Unsupported(Exception):
    pass


class RuleMatcher:
    """The matches of an AttributeRuler's patterns, as its ``match`` returns them."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        #: (ruler index, matcher key, the pattern's tokens) of every pattern
        self.patterns: list[tuple[int, int, list[_Token]]] = []
        self.filed: dict[str, dict[int, list[int]]] = {name: {} for name in _KEYS}
        self.always: list[int] = []
        self._starting: dict[tuple[int, ...], tuple[int, ...]] = {}
        for index, entry in enumerate(ruler.patterns):
            key = strings.add(str(index))
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
                    raise _Unsupported("pattern")
                tokens = [_Token(spec, strings) for spec in pattern]
                k = len(self.patterns)
                self.patterns.append((index, key, tokens))
                name = next((n for n in _KEYS if n in tokens[0].values), None)
                if name is None:
                    self.always.append(k)
                else:
                    for value in tokens[0].values[name]:
                        self.filed[name].setdefault(value, []).append(k)

    @classmethod
    def of(cls, ruler) -> RuleMatcher | None:
        """The matcher of ``ruler``'s patterns, or None when one of them is not a plain one."""
        try:
            return cls(ruler)
        except _Unsupported:
            return None

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        """(ruler index, matcher key, start, end) of every match, sorted as AttributeRuler.match
        sorts the Matcher's."""
        if not len(doc):
            return []
        rows = list(map(tuple, doc.to_array(_ATTRS).tolist()))
        n = len(rows)
        starting, patterns = self._starting, self.patterns
        found = []
        for i, row in enumerate(rows):
            here = starting.get(row)
            if here is None:
                here = self._starting_at(row)
            for k in here:
                index, key, tokens = patterns[k]
                end = i + len(tokens)
                if end <= n and all(t.matches(rows[i + j]) for j, t in enumerate(tokens[1:], 1)):
                    found.append((index, key, i, end))
        return sorted(set(found))

    def _starting_at(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The patterns whose first token matches a token of these attributes (remembered: the
        same words with the same tags and labels come back all the time)."""
        candidates = list(self.always)
        for name in _KEYS:
            candidates += self.filed[name].get(row[_COLUMN[name]], ())
        here = tuple(sorted(k for k in candidates if self.patterns[k][2][0].matches(row)))
        if len(self._starting) > 200_000:
            self._starting.clear()
        self._starting[row] = here
        return here


def speed_up_attribute_ruler(nlp) -> None:
    """Have the pipeline's attribute_ruler (if any) find its matches by RuleMatcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    matcher = RuleMatcher.of(ruler)
    if matcher is not None:
        ruler.match = matcher
