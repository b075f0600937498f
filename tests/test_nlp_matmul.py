"""load_model has the pipeline multiply matrices with numpy's BLAS instead of BLIS (quotetrack/nlp.py):
the same annotations, one BLAS thread while the stage parses."""

from __future__ import annotations

TEXTS = [
    "Hamas said on Thursday that the talks would resume, a Qatari official told AFP.",
    "\"We will not back down,\" Mayor Ana Ruiz of Springfield said in a statement on Monday.",
    "According to the report, the city council approved the budget in March.",
]


def _annotations(docs):
    return [[(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc] for doc in docs]


def test_the_pipeline_multiplies_with_numpy(nlp):
    from thinc.api import NumpyOps

    nodes = [node for _, component in nlp.pipeline if hasattr(getattr(component, "model", None), "walk")
             for node in component.model.walk()]
    numpy_nodes = [node for node in nodes if type(node.ops) is NumpyOps]
    assert numpy_nodes and all(not node.ops.use_blis for node in numpy_nodes)


def test_numpy_matmul_gives_blis_annotations(nlp):
    import spacy

    from quotetrack.nlp import resolve_model_name, split_quote_marks

    stock = spacy.load(resolve_model_name())  # BLIS, as spaCy loads it
    split_quote_marks(stock)
    assert any(node.ops.use_blis for node in stock.get_pipe("ner").model.walk())
    assert _annotations(nlp.pipe(TEXTS)) == _annotations(stock.pipe(TEXTS))


def test_one_blas_thread_while_parsing():
    import numpy  # noqa: F401  (loads the BLAS library the limit is about)
    from threadpoolctl import threadpool_info

    from quotetrack.nlp import one_blas_thread

    def blas():
        return [lib for lib in threadpool_info() if lib["user_api"] == "blas"]

    assert blas(), "numpy's BLAS is loaded"
    with one_blas_thread():
        assert all(lib["num_threads"] == 1 for lib in blas())
