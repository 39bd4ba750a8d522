"""Anthropic's Message Batches API for the fake server: create, poll, results, partial failure, expiry.

A batch created with ``POST /v1/messages/batches`` stays ``in_progress`` until the test calls
``finish()``; each request's outcome is then decided by ``outcome(custom_id, params)``:
``"succeeded"`` (the answer is ``server.default``'s reply to the request, so placeholders echo
back), ``"errored"`` or ``"expired"``. ``expire()`` ends a batch with every request expired, as
when the provider's 24 hours run out.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from typing import Any

_BATCH_PATH = "/v1/messages/batches"


def _succeeded(custom_id: str, params: dict[str, Any]) -> str:
    return "succeeded"


class FakeBatches:
    def __init__(self, server: Any) -> None:
        self.server = server
        self.jobs: dict[str, dict[str, Any]] = {}
        self.outcome: Callable[[str, dict[str, Any]], str] = _succeeded
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ scripting
    def finish(self, batch_id: str | None = None) -> None:
        self._end(batch_id, expired=False)

    def expire(self, batch_id: str | None = None) -> None:
        self._end(batch_id, expired=True)

    def _end(self, batch_id: str | None, *, expired: bool) -> None:
        from tests.helpers.fake_llm import RecordedRequest

        with self._lock:
            jobs = [self.jobs[batch_id]] if batch_id else [j for j in self.jobs.values() if j["status"] != "ended"]
        for job in jobs:
            results = []
            for item in job["requests"]:
                kind = "expired" if expired else self.outcome(item["custom_id"], item["params"])
                result: dict[str, Any] = {"type": kind}
                if kind == "succeeded":
                    body = item["params"]
                    request = RecordedRequest("POST", "/v1/messages", {}, body, json.dumps(body).encode())
                    reply = self.server.default(request)
                    result["message"] = {
                        "id": "msg_" + uuid.uuid4().hex[:24], "type": "message", "role": "assistant",
                        "model": body.get("model", "fake-model"), "content": [{"type": "text", "text": reply.text}],
                        "stop_reason": reply.stop_reason, "stop_sequence": None,
                        "usage": {"input_tokens": max(1, len(request.user_text()) // 4),
                                  "output_tokens": max(1, len(reply.text) // 4)}}
                elif kind == "errored":
                    result["error"] = {"type": "error", "error": {"type": "invalid_request_error",
                                                                  "message": "The request could not be processed."}}
                results.append({"custom_id": item["custom_id"], "result": result})
            with self._lock:
                job["results"], job["status"] = results, "ended"

    # ------------------------------------------------------------------ HTTP
    def _object(self, job: dict[str, Any]) -> dict[str, Any]:
        counts = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
        if job["status"] == "ended":
            for item in job["results"]:
                counts[item["result"]["type"]] += 1
        else:
            counts["processing"] = len(job["requests"])
        ended = job["status"] == "ended"
        return {"id": job["id"], "type": "message_batch", "processing_status": job["status"],
                "request_counts": counts, "created_at": "2026-01-05T10:00:00Z",
                "expires_at": "2026-01-06T10:00:00Z", "ended_at": "2026-01-05T11:00:00Z" if ended else None,
                "archived_at": None, "cancel_initiated_at": None,
                "results_url": f"{self.server.url}{_BATCH_PATH}/{job['id']}/results" if ended else None}

    def handle(self, handler: Any, request: Any) -> bool:
        """Answer ``request`` when it is a batch call; False leaves it to the messages endpoints."""
        path = request.path.split("?", 1)[0].rstrip("/")
        if not path.startswith(_BATCH_PATH):
            return False
        with self.server._lock:
            self.server.requests.append(request)
        if request.method == "POST" and path == _BATCH_PATH:
            job = {"id": "msgbatch_" + uuid.uuid4().hex[:20], "status": "in_progress",
                   "requests": list(request.body.get("requests", [])), "results": []}
            with self._lock:
                self.jobs[job["id"]] = job
            handler._json(200, self._object(job))
            return True
        parts = path[len(_BATCH_PATH) + 1:].split("/")
        job = self.jobs.get(parts[0])
        if job is None:
            handler._json(404, {"type": "error", "error": {"type": "not_found_error", "message": "no such batch"}})
        elif len(parts) == 1:
            handler._json(200, self._object(job))
        else:
            data = "".join(json.dumps(line) + "\n" for line in job["results"]).encode()
            handler.send_response(200)
            handler.send_header("content-type", "application/binary")
            handler.send_header("content-length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        return True


class FakeOpenAIBatches:
    """OpenAI's Batch API: ``POST /v1/files`` (the JSONL of requests), ``POST /v1/batches``,
    ``GET /v1/batches/{id}``, ``GET /v1/files/{id}/content``. Scripted like ``FakeBatches``:
    ``finish()`` with ``outcome(custom_id, body)``, or ``expire()``."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.jobs: dict[str, dict[str, Any]] = {}
        self.outcome: Callable[[str, dict[str, Any]], str] = _succeeded
        self._lock = threading.Lock()

    def finish(self) -> None:
        self._end(expired=False)

    def expire(self) -> None:
        self._end(expired=True)

    def _end(self, *, expired: bool) -> None:
        from tests.helpers.fake_llm import RecordedRequest

        for job in [j for j in self.jobs.values() if j["status"] == "in_progress"]:
            output, errors = [], []
            for item in job["requests"]:
                kind = "expired" if expired else self.outcome(item["custom_id"], item["body"])
                if kind == "succeeded":
                    body = item["body"]
                    reply = self.server.default(RecordedRequest("POST", "/v1/chat/completions", {}, body,
                                                                json.dumps(body).encode()))
                    completion = {"id": "chatcmpl-" + uuid.uuid4().hex[:20], "object": "chat.completion",
                                  "created": 1767607200, "model": body.get("model", "fake-model"),
                                  "choices": [{"index": 0, "finish_reason": "stop",
                                               "message": {"role": "assistant", "content": reply.text}}],
                                  "usage": {"prompt_tokens": 40, "completion_tokens": max(1, len(reply.text) // 4),
                                            "total_tokens": 40 + max(1, len(reply.text) // 4)}}
                    output.append({"id": "batch_req_" + uuid.uuid4().hex[:12], "custom_id": item["custom_id"],
                                   "response": {"status_code": 200, "body": completion}, "error": None})
                else:
                    code = "batch_expired" if kind == "expired" else "invalid_request"
                    errors.append({"id": "batch_req_" + uuid.uuid4().hex[:12], "custom_id": item["custom_id"],
                                   "response": None, "error": {"code": code, "message": "Not processed."}})
            with self._lock:
                for name, lines in (("output_file_id", output), ("error_file_id", errors)):
                    if lines:
                        file_id = "file-" + uuid.uuid4().hex[:20]
                        self.files[file_id] = "".join(json.dumps(line) + "\n" for line in lines).encode()
                        job[name] = file_id
                job["status"] = "expired" if expired else "completed"
                job["counts"] = {"total": len(job["requests"]), "completed": len(output), "failed": len(errors)}

    def _object(self, job: dict[str, Any]) -> dict[str, Any]:
        return {"id": job["id"], "object": "batch", "endpoint": "/v1/chat/completions", "errors": None,
                "input_file_id": job["input_file_id"], "completion_window": "24h", "status": job["status"],
                "output_file_id": job.get("output_file_id"), "error_file_id": job.get("error_file_id"),
                "created_at": 1767607200, "request_counts": job["counts"], "metadata": None}

    def handle(self, handler: Any, request: Any) -> bool:
        path = request.path.split("?", 1)[0].rstrip("/")
        if not path.startswith(("/v1/files", "/v1/batches")):
            return False
        with self.server._lock:
            self.server.requests.append(request)
        if request.method == "POST" and path == "/v1/files":
            file_id = "file-" + uuid.uuid4().hex[:20]
            self.files[file_id] = request.raw
            handler._json(200, {"id": file_id, "object": "file", "bytes": len(request.raw), "created_at": 1767607200,
                                "filename": "batch.jsonl", "purpose": "batch", "status": "processed"})
        elif request.method == "POST" and path == "/v1/batches":
            requests = []
            for line in self.files.get(request.body.get("input_file_id", ""), b"").decode("utf-8", "replace").splitlines():
                try:
                    item = json.loads(line)
                except ValueError:
                    continue  # the multipart headers around the JSONL
                if isinstance(item, dict) and "custom_id" in item:
                    requests.append(item)
            job = {"id": "batch_" + uuid.uuid4().hex[:20], "status": "in_progress", "requests": requests,
                   "input_file_id": request.body.get("input_file_id"),
                   "counts": {"total": len(requests), "completed": 0, "failed": 0}}
            with self._lock:
                self.jobs[job["id"]] = job
            handler._json(200, self._object(job))
        elif path.startswith("/v1/batches/") and path.split("/")[3] in self.jobs:
            handler._json(200, self._object(self.jobs[path.split("/")[3]]))
        elif path.startswith("/v1/files/") and path.endswith("/content") and path.split("/")[3] in self.files:
            data = self.files[path.split("/")[3]]
            handler.send_response(200)
            handler.send_header("content-type", "application/octet-stream")
            handler.send_header("content-length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        else:
            handler._json(404, {"error": {"message": f"no route {path}", "type": "invalid_request_error"}})
        return True
