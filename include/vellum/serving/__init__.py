"""The KServe predictor: one committed index version served as a RAG model.

Modules, one job each:

- ``model``          the ``kserve.Model``: load an index version, retrieve, answer (v1 and v2)
- ``questions``      turn v1 / v2 / OpenAI request bodies into validated :class:`Question` objects
- ``batcher``        micro-batch concurrent requests onto one worker call per stage (embed; score + search)
- ``answer``         extractive answers with citations (the default, no LLM)
- ``prompt``         the prompt a generative backend gets: numbered passages with document/page
- ``llm_backend``    OpenAI-compatible and Ollama chat clients (httpx, timeouts, 502/504 errors)
- ``openai_routes``  ``POST /v1/chat/completions`` (JSON and SSE) on KServe's FastAPI app
- ``middleware``     request ids, one structured log line and request metrics per HTTP request
- ``metrics``        the Prometheus series Vellum adds to KServe's ``/metrics``
- ``__main__``       ``python -m vellum.serving``: arguments, wiring, background load
"""

from vellum.serving.model import RagModel, ServingSettings
from vellum.serving.questions import Question

__all__ = ["Question", "RagModel", "ServingSettings"]
