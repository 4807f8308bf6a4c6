"""Score a RAG predictor on a small labelled question set: retrieval hit@k / MRR and answer checks.

This is the rollout gate: a new index version is promoted only if its predictor scores at least
as required on the eval set (``python -m vellum.evaluation --url ... --require hit@5=0.8``).
"""

from vellum.evaluation.dataset import EvalQuestion, load_questions, parse_questions
from vellum.evaluation.runner import evaluate, http_predictor, score_url
from vellum.evaluation.scoring import Report, answer_contains, citation_rank, gate, score

__all__ = [
    "EvalQuestion",
    "Report",
    "answer_contains",
    "citation_rank",
    "evaluate",
    "gate",
    "http_predictor",
    "load_questions",
    "parse_questions",
    "score",
    "score_url",
]
