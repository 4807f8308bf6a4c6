"""Request bodies -> validated questions, for all three protocols.

Every rule lives here so v1, v2 and the OpenAI route reject the same things with the same
message. A violation raises KServe's ``InvalidInput``, which KServe's app turns into
``400 {"error": "..."}``; nothing a client sends should reach the model as a 500.

Why 400 and not 413 for an over-long question: the limit is on one field's meaning (a question
longer than ``max_question_chars`` is not a question, and would be truncated by the embedder
anyway), not on the size of the HTTP body, which the sidecar in front already caps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kserve.errors import InvalidInput
from kserve.protocol.infer_type import InferRequest


@dataclass(frozen=True)
class Limits:
    max_question_chars: int = 4000
    default_top_k: int = 5
    max_top_k: int = 20
    #: questions per v1/v2 request; each one is retrieved and answered
    max_questions: int = 32
    max_documents: int = 100


@dataclass(frozen=True)
class Question:
    text: str
    top_k: int = 5
    #: restrict retrieval to these documents (doc ids or file names); ``None`` = all
    documents: tuple[str, ...] | None = None
    #: the collection the client means; a predictor serves one and refuses any other (400)
    collection: str | None = None


def _question_text(value: Any, where: str, limits: Limits) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{where} must be a string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        raise InvalidInput(f"{where} must not be empty")
    if len(text) > limits.max_question_chars:
        raise InvalidInput(f"{where} is {len(text)} characters; the limit is {limits.max_question_chars}")
    return text


def _top_k(value: Any, where: str, limits: Limits) -> int:
    if value is None:
        return limits.default_top_k
    # bool is an int subclass; `true` is not a count
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where} must be an integer, got {type(value).__name__}")
    if not 1 <= value <= limits.max_top_k:
        raise InvalidInput(f"{where} must be between 1 and {limits.max_top_k}, got {value}")
    return value


def _documents(value: Any, where: str, limits: Limits) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(d, str) and d for d in value):
        raise InvalidInput(f"{where} must be a list of document ids or file names")
    if len(value) > limits.max_documents:
        raise InvalidInput(f"{where} names {len(value)} documents; the limit is {limits.max_documents}")
    return tuple(value) or None


def _collection(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise InvalidInput(f"{where} must be a collection name")
    return value


def question_from_object(obj: dict, where: str, limits: Limits) -> Question:
    """``{"question": str, "top_k"?: int, "documents"?: [str], "collection"?: str}``."""
    if "question" not in obj:
        raise InvalidInput(f'{where} has no "question" field')
    return Question(
        text=_question_text(obj["question"], f"{where}.question", limits),
        top_k=_top_k(obj.get("top_k"), f"{where}.top_k", limits),
        documents=_documents(obj.get("documents"), f"{where}.documents", limits),
        collection=_collection(obj.get("collection"), f"{where}.collection"),
    )


def parse_v1(payload: Any, limits: Limits) -> list[Question]:
    """KServe v1: ``{"instances": [{"question": ...} | "text", ...]}`` or ``{"question": ...}``."""
    if not isinstance(payload, dict):
        raise InvalidInput("the request body must be a JSON object")
    if "instances" not in payload:
        if "question" in payload:
            return [question_from_object(payload, "body", limits)]
        raise InvalidInput('the request body needs "instances" (a list) or "question" (a string)')
    instances = payload["instances"]
    if not isinstance(instances, list) or not instances:
        raise InvalidInput('"instances" must be a non-empty list')
    if len(instances) > limits.max_questions:
        raise InvalidInput(f'"instances" has {len(instances)} items; the limit is {limits.max_questions}')
    out = []
    for i, item in enumerate(instances):
        where = f"instances[{i}]"
        if isinstance(item, str):
            out.append(Question(_question_text(item, where, limits), limits.default_top_k))
        elif isinstance(item, dict):
            out.append(question_from_object(item, where, limits))
        else:
            raise InvalidInput(f"{where} must be a question string or an object with a question")
    return out


def parse_v2(request: InferRequest, limits: Limits) -> list[Question]:
    """Open inference protocol: BYTES ``question`` [n], optional INT32 ``top_k`` [1|n],
    optional BYTES ``documents`` [m] (a filter applied to every question)."""
    by_name = {i.name: i for i in request.inputs}
    unknown = set(by_name) - {"question", "top_k", "documents"}
    if unknown:
        raise InvalidInput(f"unknown inputs {sorted(unknown)}; expected question, top_k, documents")
    if "question" not in by_name:
        raise InvalidInput('a BYTES input named "question" is required')
    questions = _bytes_list(by_name["question"], "question")
    if not questions:
        raise InvalidInput('input "question" is empty')
    if len(questions) > limits.max_questions:
        raise InvalidInput(f'input "question" has {len(questions)} items; the limit is {limits.max_questions}')
    top_ks: list[Any] = [None] * len(questions)
    if "top_k" in by_name:
        tk = by_name["top_k"]
        if tk.datatype not in ("INT32", "INT64"):
            raise InvalidInput(f'input "top_k" must be INT32, got {tk.datatype}')
        values = [int(v) for v in _flat(tk.data)]
        if len(values) == 1:
            top_ks = values * len(questions)
        elif len(values) == len(questions):
            top_ks = values
        else:
            raise InvalidInput('input "top_k" must have 1 value or one per question')
    documents = None
    if "documents" in by_name:
        documents = _documents(_bytes_list(by_name["documents"], "documents"), 'input "documents"', limits)
    return [
        Question(
            _question_text(q, f"question[{i}]", limits),
            _top_k(top_ks[i], f"top_k[{i}]", limits),
            documents,
        )
        for i, q in enumerate(questions)
    ]


def _flat(data: Any) -> list:
    if isinstance(data, list):
        return [x for item in data for x in _flat(item)]
    return [data]


def _bytes_list(infer_input, name: str) -> list[str]:
    if infer_input.datatype != "BYTES":
        raise InvalidInput(f'input "{name}" must be BYTES, got {infer_input.datatype}')
    out = []
    for item in _flat(infer_input.data):
        if isinstance(item, bytes):
            try:
                item = item.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidInput(f'input "{name}" is not UTF-8') from exc
        if not isinstance(item, str):
            raise InvalidInput(f'input "{name}" must hold strings')
        out.append(item)
    return out


def parse_chat(body: dict, limits: Limits) -> tuple[Question, bool]:
    """OpenAI chat completions -> (question from the last user message, stream?)."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidInput('"messages" must be a non-empty list')
    user_texts = [m.get("content") for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    if not user_texts:
        raise InvalidInput('"messages" has no message with role "user"')
    content = user_texts[-1]
    if isinstance(content, list):  # content parts: keep the text ones
        parts = [p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        content = "\n".join(p for p in parts if isinstance(p, str))
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise InvalidInput('"stream" must be true or false')
    question = Question(
        text=_question_text(content, "the last user message", limits),
        top_k=_top_k(body.get("top_k"), "top_k", limits),
        documents=_documents(body.get("documents"), "documents", limits),
        collection=_collection(body.get("collection"), "collection"),
    )
    return question, stream
