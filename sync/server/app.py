"""The HTTP JSON API (FastAPI). The routes are thin: sync.server.service does the work.

Every error is `{"error": "<code>", "message": "<plain sentence>"}` with a 4xx
for anything the client did wrong; a 500 only for a real bug (and it is logged).
"""


import json
import logging
import re
import zlib
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from ruraldesk.domain.records import COLLECTIONS
from sync.protocol import (MAX_BATCH, MAX_PULL_LIMIT, OPS, PROTOCOL_HEADER, PROTOCOL_VERSION,
                           ProtocolError, decode_push_request, parse_cursor)
from sync.protocol.wire import CHANGE_ID_RE, DEFAULT_PULL_LIMIT

from .blobs import SHA_RE, BlobStore, WrongOffset
from .config import Settings
from .db import Database
from .service import Caller, Forbidden, ServiceError, Service

log = logging.getLogger("ruraldesk.server")

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "conflict", 411: "length_required", 413: "too_large",
         415: "unsupported_media_type", 416: "bad_range", 422: "invalid", 429: "too_many_requests"}


def error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": CODES.get(status, "error" if status < 500 else "internal"),
                         "message": message, **extra}, status_code=status)


# -- request bodies: size limit and gzip, before anything reads them ---------------------
class RequestBody:
    """Reads the whole body (at most `limit` bytes, after gunzip too), so routes see a plain
    body and an oversized or broken one never reaches them."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit()):
            return await error(400, "Content-Length is not a number")(scope, receive, send)
        if length is not None and int(length) > self.limit:
            return await error(413, f"the body is larger than this server accepts ({self.limit} bytes)")(
                scope, receive, send)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip", ""):
            return await error(415, f"Content-Encoding {encoding!r} is not supported (use gzip)")(
                scope, receive, send)
        if scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE") and length in (None, "0") \
                and "transfer-encoding" not in headers:
            return await self.app(scope, receive, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await error(413, f"the body is larger than this server accepts ({self.limit} bytes)")(
                    scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if encoding == "gzip" and body:
            try:
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                plain = d.decompress(body, self.limit + 1)
                if len(plain) > self.limit or d.unconsumed_tail:
                    return await error(413, f"the body, uncompressed, is larger than this server accepts "
                                            f"({self.limit} bytes)")(scope, receive, send)
                if not d.eof:
                    raise zlib.error("truncated")
            except zlib.error:
                return await error(400, "the body is not valid gzip data")(scope, receive, send)
            body = plain
        scope = dict(scope)
        raw = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length",
                                                                 b"transfer-encoding")]
        raw.append((b"content-length", str(len(body)).encode()))
        scope["headers"] = raw
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


class ProtocolHeader:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def wrapped(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
            await send(message)

        return await self.app(scope, receive, wrapped)


# -- request models (for validation and the OpenAPI description) --------------------------
_strict_seq = Annotated[int, Field(strict=True, ge=0, le=2 ** 62)]


class ChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    change_id: Annotated[str, Field(min_length=1, max_length=64, pattern=CHANGE_ID_RE.pattern)]
    record_id: Annotated[str, Field(pattern=UUID_PATTERN)]
    collection: Literal[tuple(COLLECTIONS)]  # type: ignore[valid-type]
    op: Literal[OPS]  # type: ignore[valid-type]
    fields: dict[str, Any] = Field(default_factory=dict)
    previous: dict[str, Any] = Field(default_factory=dict)
    base_seq: _strict_seq = 0
    at: Annotated[str, Field(max_length=200)] = ""
    by: Annotated[str, Field(max_length=200)] = ""
    resolves: Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=100)] = \
        Field(default_factory=list)


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    protocol: Literal[1] = 1
    changes: Annotated[list[ChangeIn], Field(max_length=MAX_BATCH)]


class MissingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: Annotated[list[Annotated[str, Field(pattern=SHA_RE.pattern)]], Field(max_length=1000)]


class ResultOut(BaseModel):
    change_id: str
    status: Literal["applied", "merged", "conflict", "rejected"]
    seq: int | None
    reason: str | None
    conflicts: list[str]


class PushOut(BaseModel):
    results: list[ResultOut]
    cursor: str


class RecordOut(BaseModel):
    id: str
    collection: str
    fields: dict[str, Any]
    deleted: bool
    seq: int
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


class ConflictOut(BaseModel):
    id: str
    record_id: str
    collection: str
    field: str | None
    status: Literal["open", "resolved"]
    seq: int
    created_at: str
    data: dict[str, Any]


class PullOut(BaseModel):
    records: list[RecordOut]
    conflicts: list[ConflictOut]
    erasures: list[str]
    cursor: str
    more: bool
    remaining: int | None = None


class ErrorOut(BaseModel):
    error: str
    message: str


class MeOut(BaseModel):
    group: str
    member: str
    role: str
    seq: int


class EraseOut(BaseModel):
    record_id: str
    seq: int


class UploadOut(BaseModel):
    sha256: str
    received: int
    size: int | None
    complete: bool


ERRORS = {s: {"model": ErrorOut} for s in (400, 401, 403, 404, 413, 422)}
GroupPath = Annotated[str, Path(min_length=1, max_length=100, description="the group id")]
ShaPath = Annotated[str, Path(min_length=1, max_length=100, description="lower-case hex sha256")]
bearer = HTTPBearer(auto_error=False, description="a member's token (ruraldesk-server token issue)")


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    db = db or Database(settings.db_url)
    service = Service(db)
    blobs = BlobStore(settings.blob_dir, settings.max_blob)
    app = FastAPI(title="RuralDesk group repository", version=f"{PROTOCOL_VERSION}.0",
                  description="The shared group repository of RuralDesk replicas. "
                              "See docs/sync-protocol.md.")
    app.state.service, app.state.blobs, app.state.db, app.state.settings = service, blobs, db, settings
    app.add_middleware(RequestBody, limit=settings.max_body)
    app.add_middleware(ProtocolHeader)
    app.add_middleware(GZipMiddleware, minimum_size=500)

    # -- errors ---------------------------------------------------------------------------
    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError):
        extra = {"expected_offset": exc.expected} if isinstance(exc, WrongOffset) else {}
        headers = {"Upload-Offset": str(exc.expected)} if isinstance(exc, WrongOffset) else None
        response = error(exc.status, exc.message, **extra)
        if headers:
            response.headers.update(headers)
        if exc.status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(ProtocolError)
    async def _protocol_error(_request: Request, exc: ProtocolError):
        return error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError):
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error(400, "the body is not valid JSON")
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": str(e.get("msg", ""))}
                   for e in errors[:20]]
        first = details[0] if details else {"where": "request", "message": "invalid"}
        if any(e.get("type") == "missing" and tuple(e.get("loc", ())) == ("body",) for e in errors):
            return error(400, "this request needs a JSON body")
        if any(tuple(e.get("loc", ())) == ("body",) for e in errors):
            return error(400, "the body must be a JSON object (Content-Type: application/json)")
        return error(422, f"{first['where']}: {first['message']}", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = "there is no such endpoint"
        if exc.status_code == 405:
            message = "this endpoint does not accept that method"
        return error(exc.status_code, message)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):  # a real bug: log it, say little
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error(500, "the server failed on this request; it has been logged")

    # -- auth -----------------------------------------------------------------------------
    def caller(group: GroupPath,
               creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> Caller:
        return service.authenticate(group, creds.credentials if creds else None)

    def writer(who: Annotated[Caller, Depends(caller)]) -> Caller:
        if not who.can_write:
            raise Forbidden("a reader cannot change anything in this group")
        return who

    Who = Annotated[Caller, Depends(caller)]
    Writer = Annotated[Caller, Depends(writer)]

    # -- routes ---------------------------------------------------------------------------
    @app.get("/v1/health", tags=["meta"])
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    @app.get("/v1/groups/{group}/me", response_model=MeOut, responses=ERRORS, tags=["groups"])
    def me(who: Who):
        return JSONResponse({"group": who.group_id, "member": who.member_id, "role": who.role,
                             "seq": service.group_seq(who.group_id)})

    @app.get("/v1/groups/{group}/changes", response_model=PullOut, responses=ERRORS, tags=["sync"],
             summary="Pull: the latest state of records changed since a cursor, conflicts, erasures")
    def pull(who: Who, since: Annotated[str | None, Query(max_length=20)] = None,
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT):
        page = service.pull(who.group_id, parse_cursor(since), limit)
        return JSONResponse(page.to_json())

    @app.post("/v1/groups/{group}/changes", response_model=PushOut, responses=ERRORS, tags=["sync"],
              summary="Push a batch of changes; one result per change, retries are applied once")
    def push(who: Writer, body: PushIn):
        changes = decode_push_request(body.model_dump())
        results, last = service.push(who, changes)
        return JSONResponse({"results": [r.to_json() for r in results], "cursor": str(last)})

    @app.get("/v1/groups/{group}/records/{record_id}", response_model=RecordOut, responses=ERRORS,
             tags=["sync"])
    def get_record(who: Who, record_id: Annotated[str, Path(max_length=100)]):
        return JSONResponse(service.record(who.group_id, record_id).to_json())

    @app.post("/v1/groups/{group}/records/{record_id}/erase", response_model=EraseOut, responses=ERRORS,
              tags=["sync"], summary="Erase a record (GDPR): coordinators only")
    def erase(who: Who, record_id: Annotated[str, Path(max_length=100)]):
        if not who.is_coordinator:
            raise Forbidden("only a coordinator can erase a record")
        seq = service.erase(who.group_id, record_id, who.member_id)
        return JSONResponse({"record_id": record_id, "seq": seq})

    @app.post("/v1/groups/{group}/blobs/missing", responses=ERRORS, tags=["attachments"],
              summary="Which of these attachments the server does not have yet")
    def missing(who: Who, body: MissingIn) -> dict[str, list[str]]:
        return {"missing": blobs.missing(who.group_id, body.sha256)}

    def _sha(sha256: str) -> str:
        if not SHA_RE.match(sha256):
            raise ServiceError("an attachment is named by its sha256: 64 lower-case hex digits")
        return sha256

    @app.head("/v1/groups/{group}/blobs/{sha256}", tags=["attachments"], responses=ERRORS,
              summary="200 + Content-Length if the server has it; else 404 + Upload-Offset")
    def blob_head(who: Who, sha256: ShaPath):
        state = blobs.state(who.group_id, _sha(sha256))
        if state.complete:
            return Response(status_code=200, headers={"Content-Length": str(state.size),
                                                      "Accept-Ranges": "bytes"})
        return Response(status_code=404, headers={"Upload-Offset": str(state.received)})

    @app.get("/v1/groups/{group}/blobs/{sha256}", tags=["attachments"], responses=ERRORS,
             summary="Download; honours Range", response_class=FileResponse)
    def blob_get(who: Who, sha256: ShaPath):
        path = blobs.path(who.group_id, _sha(sha256))
        if not path.is_file():
            raise_not_found("this attachment is not on the server")
        return FileResponse(path, media_type="application/octet-stream")

    @app.put("/v1/groups/{group}/blobs/{sha256}", tags=["attachments"], response_model=UploadOut,
             responses={**ERRORS, 409: {"model": ErrorOut}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
             summary="Upload (a chunk of) an attachment; Content-Range: bytes first-last/total")
    async def blob_put(request: Request, sha256: ShaPath, group: GroupPath,
                       creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None):
        who = await run_in_threadpool(service.authenticate, group, creds.credentials if creds else None)
        if not who.can_write:
            raise Forbidden("a reader cannot upload attachments")
        sha = _sha(sha256)
        body = await request.body()
        state = await run_in_threadpool(blobs.put, who.group_id, sha, body,
                                        request.headers.get("content-range"))
        return JSONResponse(state.to_json(), status_code=201 if state.complete else 200)

    return app


def raise_not_found(message: str):
    from .service import NotFound

    raise NotFound(message)


def app_from_env() -> FastAPI:
    """For `uvicorn --factory sync.server.app:app_from_env` (several workers)."""
    return create_app(Settings.load())


__all__ = ["create_app", "app_from_env", "error", "json", "re"]
