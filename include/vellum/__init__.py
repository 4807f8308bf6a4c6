"""Vellum core library: documents -> chunks -> embeddings -> versioned index -> answers.

Nothing in this package imports Airflow, KFP or KServe at module level: it is shared by the
three role environments (see DESIGN.md) and each role adds its own framework on top.
"""

__version__ = "0.1.0"
