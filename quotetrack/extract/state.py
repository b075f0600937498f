"""The records one article's candidates carry through the stage: one QuoteState per candidate,
holding its span, its paragraph, what attribution found in the parse and the speaker resolved."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..records import AttributionKind
from ..text import QuoteSpan

if TYPE_CHECKING:
    from .attribution.attribute import Attribution
    from .coref.index import Entity
    from .frames import QuoteTokens


@dataclass
class Speaker:
    """A quote's speaker as resolved inside the article."""

    start: int | None = None  # article offsets of the speaker's words
    end: int | None = None
    words: str | None = None
    name: str | None = None
    kind: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    channel: str | None = None
    how: AttributionKind = AttributionKind.NONE
    #: the article's entity this speaker is, so that a later, fuller mention (a full name, a role)
    #: reaches every quote of theirs (see coref.resolver.finalize)
    entity: Entity | None = None
    #: article offsets of the name mention the speaker words were resolved to
    antecedent: tuple[int, int] | None = None

    @property
    def found(self) -> bool:
        """Whether anything was attributed: speaker words, or a name without words."""
        return self.start is not None or self.name is not None

    def inherited(self) -> Speaker:
        """The same speaker, for a quote that continues this one's quotation."""
        return replace(self, how=AttributionKind.INHERITED)


@dataclass
class QuoteState:
    """One candidate statement on its way through the stage."""

    span: QuoteSpan
    paragraph: int
    #: what the parse of its paragraph says (cue, speaker tokens); None before attribution
    attribution: Attribution | None = None
    #: where it sits in its paragraph's parse (frames.Frame.quote_tokens); None before attribution
    tokens: QuoteTokens | None = None
    speaker: Speaker = field(default_factory=Speaker)

    @property
    def start(self) -> int:
        """Article offset of the quoted words (as StatementState.start is of its clause)."""
        return self.span.start


@dataclass
class StatementState:
    """One indirect statement on its way through the stage: found with its attribution (the
    content clause of a reporting verb, candidates/indirect.py), then given its speaker."""

    start: int  # article offsets of the content clause
    end: int
    paragraph: int
    attribution: Attribution
    speaker: Speaker = field(default_factory=Speaker)
