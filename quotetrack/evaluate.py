"""Scoring against PolNeAR-format gold (brat standoff attributions), as ../shared/polnear/NOTES.md defines it.

- Gold quote: each segment between a pair of double quotation marks (", “ ”) inside the Content spans
  of a primary-annotator attribution, without its marks, surrounding spaces and trailing , . ; :.
  Its gold speaker is the attribution's Source span(s).
- A prediction matches a gold quote leniently when their overlap is at least 30% of the gold span,
  strictly when it is at least 80% of both. Each gold quote (and each prediction) is matched once.
- A speaker is correct when the predicted speaker span overlaps a gold Source span, or when the
  gold Source is not a pronoun and the surname of the predicted speaker occurs in it.
- Reported: quote P/R/F1 (lenient and strict), speaker accuracy over lenient matches, and
  attributed P/R/F1 (a prediction counts only with a correct speaker; precision is over the
  predictions that name a speaker). Indirect rows are not quotes: the quote figures leave them out.
- All attributions (NOTES.md, GenderGapTracker's evaluation): every primary-annotator attribution
  with a Source and a Content, its span from the first Content character to the last, matched in
  text order to the best remaining prediction (overlap / gold length above 0.3, and 0.8); speaker
  match: the predicted speaker span overlaps a gold Source span.

PolNeAR: Newell, Margolin and Ruths, "An Attribution Relations Corpus for Political News", LREC 2018.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import names
from .errors import InputError
from .text import trim

PRONOUNS = frozenset("he she they it we i you him her them his its their our us".split())
_DOUBLE_MARKS = '"“”'
_STRIP_END = " \t\n\xa0,.;:"


@dataclass
class GoldQuote:
    start: int
    end: int
    sources: list[tuple[int, int]]  # every piece of every Source span
    source_text: str


@dataclass
class GoldAttribution:
    """One attribution with a Source and a Content, for the all-attributions metric."""

    start: int  # first Content character
    end: int  # one past the last
    sources: list[tuple[int, int]]


@dataclass
class GoldArticle:
    name: str
    text: str
    quotes: list[GoldQuote]
    publisher: str | None = None
    published: str | None = None
    #: Source spans resolved to names by hand (canonical/<split>.jsonl): spans -> name, None when
    #: the article never names the referent
    canonical: dict[tuple[tuple[int, int], ...], str | None] = field(default_factory=dict)
    #: every attribution with a Source and a Content, in text order
    attributions: list[GoldAttribution] = field(default_factory=list)


@dataclass
class Prediction:
    """The parts of a mention the metric looks at."""

    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    how: str | None = None  # the extractor's own account of how it found the speaker
    kind: str = "direct"  # direct | partial | indirect: only the first two are quotes
    cue: str | None = None

    @property
    def is_quote(self) -> bool:
        return self.kind != "indirect"

    @property
    def names_speaker(self) -> bool:
        return self.speaker_start is not None or bool(self.speaker)


# -- reading the corpus -----------------------------------------------------------------------------
def _parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, list[str]]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, offsets = parts[1].split(" ", 1)
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = (label, [(a, b) for a, b in pieces])
        elif line.startswith("E") and len(parts) >= 2:
            event: dict[str, list[str]] = defaultdict(list)
            for arg in parts[1].split():
                role, ref = arg.split(":", 1)
                event[re.sub(r"\d+$", "", role)].append(ref)
            events.append(event)
    return spans, events


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's bounds as the metric compares them: no surrounding space, no trailing , . ; :"""
    start, end = trim(text, start, end)
    while end > start and text[end - 1] in _STRIP_END:
        end -= 1
    return start, end


def gold_segments(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segments between paired double marks inside ``pieces`` (one attribution's Content).

    A mark after a space, an opening bracket or a line start (or “) opens; one after a word (or ”)
    closes. Marks opened inside an open quote nest. A mark that opens a new paragraph while a quote
    is open starts a new segment (quotes re-opened at each paragraph); an open quote at the end runs
    to the end of its line.
    """
    marks = sorted(i for a, b in pieces for i in range(a, b) if text[i] in _DOUBLE_MARKS)
    segments: list[tuple[int, int]] = []
    open_at: int | None = None
    depth = 0
    for i in marks:
        before = text[i - 1] if i > 0 else "\n"
        opener = text[i] == "“" or (text[i] == '"' and (before.isspace() or before in "([{—–-/"))
        if open_at is None:
            if opener:
                open_at, depth = i, 1
            continue
        if opener and "\n" in text[open_at:i] and depth == 1:
            segments.append((open_at + 1, text.index("\n", open_at)))
            open_at = i
        elif opener:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                segments.append((open_at + 1, i))
                open_at = None
    if open_at is not None:
        line_end = text.find("\n", open_at)
        end = max(b for _, b in pieces)
        segments.append((open_at + 1, min(end, line_end) if line_end != -1 else end))
    return [seg for seg in (_trim(text, a, b) for a, b in segments) if seg[1] > seg[0]]


def read_canonical(root: str | Path, split: str) -> dict[str, dict[tuple[tuple[int, int], ...], str | None]]:
    """``canonical/<split>.jsonl`` (pronoun and nominal Sources resolved to names by hand), by
    article and Source spans; empty when the split has none."""
    path = Path(root) / "canonical" / f"{split}.jsonl"
    found: dict[str, dict[tuple[tuple[int, int], ...], str | None]] = defaultdict(dict)
    if not path.is_file():
        return found
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            spans = tuple(sorted((int(a), int(b)) for a, b in row["speaker_spans"]))
            name = row["canonical"] if row.get("kind") != "unnamed" else None
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not a canonical-speaker line ({exc}); see polnear/NOTES.md for its fields") from None
        found[row["article_id"]][spans] = name
    return found


def read_polnear(root: str | Path, split: str = "dev") -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split with their gold quotes (first-listed annotator as gold)."""
    canonical = read_canonical(root, split)
    root = Path(root)
    data = root / "data" if (root / "data").is_dir() else root
    metadata = data / "metadata.tsv"
    if not metadata.is_file():
        raise InputError(f"{root}: no data/metadata.tsv; point --polnear at the PolNeAR folder (e.g. ../shared/polnear)")
    with open(metadata, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["compartment"] == split]
    if not rows:
        raise InputError(f"{metadata}: no articles in split {split!r}; the splits here are train and dev")
    for row in sorted(rows, key=lambda r: r["filename"]):
        name = row["filename"]
        text = (data / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        annotator = row["annotators"].split("|")[0]
        spans, events = _parse_ann(data / split / "attributions" / f"{name}_{annotator}.ann")
        quotes = []
        attributions = []
        for event in events:
            content = [piece for ref in event.get("Content", []) if ref in spans for piece in spans[ref][1]]
            sources = [piece for ref in event.get("Source", []) if ref in spans for piece in spans[ref][1]]
            source_text = " ".join(text[a:b] for a, b in sources)
            for start, end in gold_segments(text, content):
                quotes.append(GoldQuote(start, end, sources, source_text))
            if content and sources:
                attributions.append(GoldAttribution(min(a for a, _ in content), max(b for _, b in content), sources))
        yield GoldArticle(name, text, sorted(quotes, key=lambda q: q.start), row.get("publisher"),
                          row.get("publication_date"), canonical.get(name, {}),
                          sorted(attributions, key=lambda a: (a.start, a.end)))


# -- matching and scoring ---------------------------------------------------------------------------
def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[GoldQuote], predicted: list[tuple[int, int]], *, strict: bool) -> dict[int, int]:
    """gold index -> prediction index; the biggest overlaps are paired first, each side once."""
    candidates = []
    for gi, g in enumerate(gold):
        glen = g.end - g.start
        for pi, p in enumerate(predicted):
            ov = _overlap((g.start, g.end), p)
            plen = p[1] - p[0]
            ok = ov >= 0.8 * glen and ov >= 0.8 * plen if strict else ov >= 0.3 * glen
            if ov and ok:
                candidates.append((ov, -gi, -pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(candidates, reverse=True):
        if -gi not in pairs and -pi not in used:
            pairs[-gi] = -pi
            used.add(-pi)
    return pairs


def outermost(predictions: list[Prediction]) -> list[Prediction]:
    """The predictions that lie inside no other prediction (a partial quote inside the indirect
    clause that holds it is left out); of identical spans, the first."""
    kept = []
    for i, p in enumerate(predictions):
        if not any(o.start <= p.start and p.end <= o.end and ((o.start, o.end) != (p.start, p.end) or j < i)
                   for j, o in enumerate(predictions) if j != i):
            kept.append(p)
    return kept


def attributions(predictions: list[Prediction]) -> list[Prediction]:
    """The predictions as attributions, which is what the all-attributions metric counts: rows
    next to each other in the text that share one speaker mention and one cue are the Content
    pieces of one attribution ("...," he said. "..." is one statement in two quotations, and so
    is a quotation carried on in the paragraphs after it), scored as one span from the first
    piece to the last. Rows with no speaker mention stay alone."""
    joined: list[Prediction] = []
    for p in sorted(predictions, key=lambda p: (p.start, -p.end)):
        last = joined[-1] if joined else None
        if last is not None and p.speaker_start is not None and \
                (last.speaker_start, last.speaker_end, last.cue) == (p.speaker_start, p.speaker_end, p.cue):
            joined[-1] = replace(last, end=max(last.end, p.end))
        else:
            joined.append(p)
    return joined


def match_in_order(gold: list[GoldAttribution], predicted: list[Prediction], threshold: float) -> dict[int, int]:
    """gold index -> prediction index, GenderGapTracker's way: gold spans in text order each take
    the remaining prediction with the highest overlap / gold length, when above ``threshold``
    (the first of equals)."""
    remaining = list(range(len(predicted)))
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        best, best_score = None, threshold
        for pi in remaining:
            score = _overlap((g.start, g.end), (predicted[pi].start, predicted[pi].end)) / max(1, g.end - g.start)
            if score > best_score:
                best, best_score = pi, score
        if best is not None:
            pairs[gi] = best
            remaining.remove(best)
    return pairs


def speaker_overlaps(sources: list[tuple[int, int]], pred: Prediction) -> bool:
    """The predicted speaker's words overlap a gold Source span."""
    if pred.speaker_start is None or pred.speaker_end is None:
        return False
    return any(_overlap((a, b), (pred.speaker_start, pred.speaker_end)) for a, b in sources)


def speaker_correct(gold: GoldQuote, pred: Prediction) -> bool:
    if speaker_overlaps(gold.sources, pred):
        return True
    source = gold.source_text.strip().lower()
    if not source or source in PRONOUNS:
        return False
    return _surname_in(pred.speaker, source)


def _surname_in(speaker: str | None, source: str) -> bool:
    if not speaker:
        return False
    surname = names.surname(speaker).lower().strip(".,'’")  # "Walter Brook Jr.": Brook
    return bool(re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", source.lower()))


# what NOTES.md's canonical-name comparison leaves out of a name
_NAME_NOISE = frozenset("mr mrs ms dr sen rep gov president prime minister jr sr the of and al el".split())


def name_tokens(name: str) -> list[str]:
    """A name as NOTES.md compares names: lower case, no accents, no "'s", titles or particles."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"['’]s\b", "", plain)
    return [w for w in re.split(r"[^\w]+", plain) if w and w not in _NAME_NOISE]


def names_agree(predicted: str | None, gold: str) -> bool:
    """Same last word, and one name's words within the other's ("Trump" = "Donald J. Trump")."""
    if not predicted:
        return False
    mine, theirs = name_tokens(predicted), name_tokens(gold)
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False
    return set(mine) <= set(theirs) or set(theirs) <= set(mine)


def canonical_correct(article: GoldArticle, gold: GoldQuote, pred: Prediction) -> bool | None:
    """Whether the predicted speaker is the person or organisation the gold Source refers to; None
    when the article never names that referent (left out of the figure)."""
    spans = tuple(sorted(gold.sources))
    if spans in article.canonical:
        name = article.canonical[spans]
        return None if name is None else names_agree(pred.speaker, name)
    source = gold.source_text.strip()
    if not source or source.lower() in PRONOUNS:
        return None  # a pronoun nobody resolved by hand: cannot be scored
    return _surname_in(pred.speaker, source)


def _names_someone(source: str) -> bool:
    """A gold source with a capitalised word that is not its first word (a name, not "The ad")."""
    words = source.split()
    return len(words) >= 1 and any(w[:1].isupper() for w in words[1:]) or (
        len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in PRONOUNS)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


#: the all-attributions metric's thresholds on overlap / gold length (NOTES.md): lenient, strict
ATTRIBUTION_THRESHOLDS = (0.3, 0.8)


@dataclass
class AttributionCounts:
    """The all-attributions metric's counts over a split."""

    gold: int = 0
    predicted: int = 0  # predictions inside no other prediction
    #: threshold -> matched gold attributions, and those whose speaker overlaps a gold Source
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTION_THRESHOLDS, 0))
    speaker_match: dict[float, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTION_THRESHOLDS, 0))

    def figures(self) -> dict:
        return {"gold": self.gold, "predicted": self.predicted, **{
            str(t): {**_prf(self.matched[t], self.predicted, self.gold),
                     "speaker_match": round(self.speaker_match[t] / self.matched[t], 4) if self.matched[t] else 0.0}
            for t in ATTRIBUTION_THRESHOLDS}}


@dataclass
class EvalResult:
    split: str
    articles: int = 0
    abandoned: list[str] = field(default_factory=list)
    n_gold: int = 0
    n_pred: int = 0
    n_pred_with_speaker: int = 0
    lenient_matches: int = 0
    strict_matches: int = 0
    speaker_correct: int = 0
    errors: list[dict] = field(default_factory=list)
    #: matched quotes whose gold source names someone, and those whose predicted speaker has that
    #: name's surname: a proxy for canonical-name accuracy (PolNeAR has no canonical names)
    named_sources: int = 0
    named_correct: int = 0
    #: matched quotes whose gold Source refers to a named referent (canonical/<split>.jsonl for
    #: pronouns and nominals, the Source itself for names), and those given that name
    canonical_sources: int = 0
    canonical_correct: int = 0
    has_canonical: bool = False
    #: how the extractor found the speaker -> [lenient matches, correct speakers]
    by_how: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    #: the all-attributions metric, when asked for
    all_attributions: AttributionCounts | None = None

    def figures(self) -> dict:
        extra = {"all_attributions": self.all_attributions.figures()} if self.all_attributions else {}
        return {
            "split": self.split,
            "articles": self.articles,
            "abandoned": len(self.abandoned),
            "gold_quotes": self.n_gold,
            "predicted_quotes": self.n_pred,
            "quote_lenient": _prf(self.lenient_matches, self.n_pred, self.n_gold),
            "quote_strict": _prf(self.strict_matches, self.n_pred, self.n_gold),
            "speaker_accuracy": round(self.speaker_correct / self.lenient_matches, 4) if self.lenient_matches else 0.0,
            "speaker_name_accuracy": round(self.named_correct / self.named_sources, 4) if self.named_sources else 0.0,
            "canonical_speaker_accuracy": round(self.canonical_correct / self.canonical_sources, 4)
            if self.has_canonical and self.canonical_sources else None,
            "attributed": _prf(self.speaker_correct, self.n_pred_with_speaker, self.n_gold),
            "speaker_by_attribution": {how: {"matched": n, "correct": k} for how, (n, k) in sorted(self.by_how.items())},
            **extra,
        }


def score_article(result: EvalResult, article: GoldArticle, predictions: list[Prediction]) -> None:
    """Add one article's counts (and its mistakes, for error analysis) to ``result``: the quote
    figures over the quotes predicted, and the all-attributions figures over every prediction."""
    if result.all_attributions is not None:
        score_attributions(result.all_attributions, article, predictions, result.errors)
    predictions = [p for p in predictions if p.is_quote]
    text = article.text
    spans = [_trim(text, p.start, p.end) for p in predictions]
    lenient = match(article.quotes, spans, strict=False)
    strict = match(article.quotes, spans, strict=True)
    result.articles += 1
    result.has_canonical = result.has_canonical or bool(article.canonical)
    result.n_gold += len(article.quotes)
    result.n_pred += len(predictions)
    result.n_pred_with_speaker += sum(p.names_speaker for p in predictions)
    result.lenient_matches += len(lenient)
    result.strict_matches += len(strict)
    for gi, g in enumerate(article.quotes):
        pi = lenient.get(gi)
        ok = pi is not None and speaker_correct(g, predictions[pi])
        result.speaker_correct += ok
        if pi is not None and _names_someone(g.source_text):
            result.named_sources += 1
            result.named_correct += _surname_in(predictions[pi].speaker, g.source_text)
        named_right = canonical_correct(article, g, predictions[pi]) if pi is not None else None
        if named_right is not None:
            result.canonical_sources += 1
            result.canonical_correct += named_right
        if pi is not None:
            tally = result.by_how[predictions[pi].how or "?"]
            tally[0] += 1
            tally[1] += ok
        if ok and named_right is False and pi is not None:
            pred = predictions[pi]
            result.errors.append({
                "article": article.name, "type": "name", "quote": text[g.start : g.end][:200],
                "gold_source": g.source_text, "gold_name": article.canonical.get(tuple(sorted(g.sources))),
                "predicted_speaker": pred.speaker, "predicted_mention": _speaker_words(text, pred), "how": pred.how,
            })
        if not ok:
            missed = predictions[pi] if pi is not None else None
            result.errors.append({
                "article": article.name, "type": "missed" if missed is None else "speaker",
                "quote": text[g.start : g.end][:200], "gold_source": g.source_text,
                "predicted_speaker": missed.speaker if missed else None,
                "predicted_mention": _speaker_words(text, missed),
                "how": missed.how if missed else None,
            })
    for pi, p in enumerate(predictions):
        if pi not in lenient.values():
            result.errors.append({"article": article.name, "type": "spurious", "quote": text[p.start : p.end][:200],
                                  "predicted_speaker": p.speaker, "how": p.how})


def score_attributions(counts: AttributionCounts, article: GoldArticle, predictions: list[Prediction],
                       errors: list[dict]) -> None:
    """Add one article's all-attributions counts (and, for the lenient threshold, its misses,
    wrong speakers and spurious predictions) to ``counts``."""
    kept = outermost(attributions(predictions))
    gold = article.attributions
    counts.gold += len(gold)
    counts.predicted += len(kept)
    for threshold in ATTRIBUTION_THRESHOLDS:
        pairs = match_in_order(gold, kept, threshold)
        counts.matched[threshold] += len(pairs)
        counts.speaker_match[threshold] += sum(speaker_overlaps(gold[gi].sources, kept[pi]) for gi, pi in pairs.items())
        if threshold != ATTRIBUTION_THRESHOLDS[0]:
            continue
        text = article.text
        for gi, g in enumerate(gold):
            pred = kept[pairs[gi]] if gi in pairs else None
            if pred is None or not speaker_overlaps(g.sources, pred):
                errors.append({
                    "article": article.name, "type": "attribution-missed" if pred is None else "attribution-speaker",
                    "content": text[g.start : g.end][:300], "gold_source": " ".join(text[a:b] for a, b in g.sources),
                    "predicted": text[pred.start : pred.end][:300] if pred else None,
                    "predicted_mention": _speaker_words(text, pred), "kind": pred.kind if pred else None,
                })
        for pi in sorted(set(range(len(kept))) - set(pairs.values())):
            p = kept[pi]
            errors.append({"article": article.name, "type": "attribution-spurious", "predicted": text[p.start : p.end][:300],
                           "predicted_mention": _speaker_words(text, p), "kind": p.kind, "how": p.how})


def _speaker_words(text: str, pred: Prediction | None) -> str | None:
    """The words a prediction attributes its text to, for the error listings."""
    if pred is None or pred.speaker_start is None or pred.speaker_end is None:
        return None
    return text[pred.speaker_start : pred.speaker_end]


Predictor = Callable[[list[GoldArticle]], list["list[Prediction] | Exception"]]


def evaluate(root: str | Path, *, split: str = "dev", predict: Predictor, limit: int | None = None,
             batch_size: int = 32, all_attributions: bool = False) -> EvalResult:
    """Run ``predict`` on the split's articles, a batch at a time, and score them. An article
    whose prediction raised is abandoned (scored as predicting nothing); the others go on.
    ``all_attributions`` adds the all-attributions figures (direct, mixed and indirect speech)."""
    result = EvalResult(split, all_attributions=AttributionCounts() if all_attributions else None)
    articles = list(read_polnear(root, split))[:limit]
    for i in range(0, len(articles), batch_size):
        batch = articles[i : i + batch_size]
        for article, predictions in zip(batch, predict(batch)):
            if isinstance(predictions, Exception):
                result.abandoned.append(f"{article.name}: {type(predictions).__name__}: {predictions}")
                predictions = []
            score_article(result, article, predictions)
    return result


def quotetrack_predictor(model: str | None = None) -> Predictor:
    """quotetrack's own extraction as an eval predictor."""
    from .extract import extract_articles
    from .ingest import complete
    from .nlp import load_model
    from .records import Article

    nlp = load_model(model)

    def predict(batch: list[GoldArticle]) -> list[list[Prediction] | Exception]:
        # the same path as `quotetrack extract` on a text file: boilerplate and date line included
        results = extract_articles([complete(Article(article_id=a.name, text=a.text)) for a in batch], nlp)
        return [r if isinstance(r, Exception) else
                [Prediction(m.start, m.end, m.speaker, m.speaker_start, m.speaker_end, m.attribution, m.kind, m.cue)
                 for m in r]
                for r in results]

    return predict


def textacy_predictor(model: str | None = None) -> Predictor:
    """textacy's direct_quotations over the stock pipeline (no quotetrack tokenizer rules): the
    baseline NOTES.md reports. It raises on articles with an odd number of quote marks."""
    import spacy
    from textacy.extract import direct_quotations

    from .nlp import resolve_model_name

    nlp = spacy.load(resolve_model_name(model))

    def one(doc) -> list[Prediction]:
        out = []
        for quote in direct_quotations(doc):
            content = quote.content
            start = content[0].idx + (1 if content[0].is_quote else 0)
            last = content[-1]
            end = last.idx + (0 if last.is_quote else len(last.text))
            speaker = quote.speaker[0] if quote.speaker else None
            out.append(Prediction(
                start, end, " ".join(t.text for t in quote.speaker) if quote.speaker else None,
                speaker.idx if speaker is not None else None,
                quote.speaker[-1].idx + len(quote.speaker[-1].text) if speaker is not None else None,
                cue=" ".join(t.text for t in quote.cue) or None,
            ))
        return out

    def predict(batch: list[GoldArticle]) -> list[list[Prediction] | Exception]:
        results: list[list[Prediction] | Exception] = []
        for doc in nlp.pipe(a.text for a in batch):
            try:
                results.append(one(doc))
            except ValueError as exc:
                results.append(exc)
        return results

    return predict


def format_figures(figures: dict) -> str:
    """The figures as a short text table."""
    lines = [f"PolNeAR {figures['split']}: {figures['articles']} articles "
             f"({figures['abandoned']} abandoned), {figures['gold_quotes']} gold quotes, "
             f"{figures['predicted_quotes']} predicted"]
    for label, key in (("quote (lenient)", "quote_lenient"), ("quote (strict)", "quote_strict"),
                       ("attributed", "attributed")):
        f = figures[key]
        lines.append(f"  {label:16} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    lines.append(f"  {'speaker accuracy':16} {figures['speaker_accuracy']:.3f} (over lenient matches)")
    lines.append(f"  {'speaker name':16} {figures['speaker_name_accuracy']:.3f} (resolved name's surname in a "
                 f"named gold source)")
    if figures.get("canonical_speaker_accuracy") is not None:
        lines.append(f"  {'canonical name':16} {figures['canonical_speaker_accuracy']:.3f} (the referent's name, "
                     f"pronouns and nominals resolved by hand)")
    if "all_attributions" in figures:
        every = figures["all_attributions"]
        lines.append(f"All attributions (direct, mixed and indirect): {every['gold']} gold, {every['predicted']} predicted")
        for threshold in ATTRIBUTION_THRESHOLDS:
            f = every[str(threshold)]
            lines.append(f"  {'overlap > ' + str(threshold):16} P {f['precision']:.3f}  R {f['recall']:.3f}  "
                         f"F1 {f['f1']:.3f}  speaker match {f['speaker_match']:.3f}")
    return "\n".join(lines)


def write_errors(errors: Iterable[dict], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for error in errors:
            handle.write(json.dumps(error, ensure_ascii=False) + "\n")
