"""The HTTP JSON API (FastAPI). The routes are thin: sync.server.service does the work.

Every error is `{"error": "<code>", "message": "<plain sentence>"}` with a 4xx
for anything the client did wrong; a 500 only for a real bug (and it is logged).
Request bodies are parsed strictly and every value in them passes sync.protocol.values
before a route sees it; the OpenAPI description states the same limits (`_openapi`).
"""


import bz2
import gc
import gzip
import json
import logging
import os
import re
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import MalformedRangeHeader, RangeNotSatisfiable
from starlette.convertors import Convertor, register_url_convertor
from starlette.routing import Match

from ruraldesk.domain import geo
from ruraldesk.domain.records import COLLECTIONS
from sync.protocol import (MAX_BATCH, MAX_PULL_LIMIT, OPS, PROTOCOL_VERSION, REPLICA_HEADER, ProtocolError,
                           decode_push_request, parse_cursor, parse_replica)
from sync.protocol import values
from sync.protocol.wire import (BZIP2, CHANGE_ID_RE, CURSOR_RE, DEFAULT_PULL_LIMIT, GROUP_RE, MAX_RESOLVES,
                                MAX_TEXT_META, SHA256_RE, accepts)

from .blobs import BlobStore, WrongOffset
from .config import Settings
from .db import Database
from .http import CODES, ProtocolHeader, RequestBody, ServerTiming, error
from .service import Caller, Forbidden, ServiceError, Service

log = logging.getLogger("ruraldesk.server")

#: response gzip: on a 500-record pull page level 6 is within 0.3 % of level 9's size at
#: three quarters of its CPU, and beats 1-5 end to end on a 3G or 2G link (each % of bytes
#: there costs more than the CPU saved); `bench_server.py --gzip` measures it
GZIP_LEVEL = 6
#: pull pages smaller than this go gzipped even to a client that accepts bzip2
BZIP2_MIN = 2048
#: bodies smaller than this go as they are (the gzip middleware's minimum_size)
GZIP_MIN = 500
#: `RuralDesk-Compression: fast` on a pull: gzip at level 1 (a client on a quick link)
COMPRESSION_HEADER = "ruraldesk-compression"
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


# -- strict JSON bodies ----------------------------------------------------------------
class _StrictRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            try:
                self._json = values.loads(await self.body())
            except ProtocolError as exc:
                # FastAPI passes an HTTPException through; anything else becomes a vague 400
                raise HTTPException(400, str(exc)) from None
        return self._json


class _StrictRoute(APIRoute):
    """Every route parses its JSON body with `values.loads` (Python's json would take NaN,
    Infinity, duplicate keys and lone surrogates)."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def strict(request: Request):
            return await handler(_StrictRequest(request.scope, request.receive))

        return strict


def _ascii_int(value: Any) -> Any:
    # int("١٢") is 12 and pydantic takes " 12", "+1", "1_0", "12.0": a number in a URL is
    # ASCII digits, nothing else
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{1,9}", value):
        raise ValueError("must be a whole number written with the digits 0-9")
    return value


def _coded(data: bytes, coding: str) -> Response:
    """A JSON answer compressed here, in `coding`, rather than by the gzip middleware."""
    return Response(data, media_type="application/json",
                    headers={"Content-Encoding": coding, "Vary": "Accept-Encoding"})


# -- request models (for validation and the OpenAPI description) --------------------------
def _whole_number(value: Any) -> Any:
    # JSON Schema's "integer" is any number without a fraction (5.0 too); not "5", not true
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("must be a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("must be a whole number")
        return int(value)
    return value


_strict_seq = Annotated[int, Field(ge=0, le=values.MAX_NUMBER), BeforeValidator(_whole_number)]
_text_meta = Annotated[str, Field(max_length=MAX_TEXT_META, json_schema_extra={"pattern": values.TEXT_PATTERN})]
# `fields` and `previous`: the JSON-Schema of what values.check_value lets through (see _openapi)
_values_schema = {"additionalProperties": {"$ref": f"#/components/schemas/JSONValue{values.MAX_VALUE_DEPTH - 1}"},
                  "maxProperties": values.MAX_ITEMS,
                  "propertyNames": {"maxLength": values.MAX_KEY, "pattern": values.TEXT_PATTERN}}
_json_values = Annotated[dict[str, Any], Field(json_schema_extra=_values_schema)]


class ChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    change_id: Annotated[str, Field(min_length=1, max_length=64, pattern=CHANGE_ID_RE.pattern)]
    record_id: Annotated[str, Field(pattern=UUID_PATTERN)]
    collection: Literal[tuple(COLLECTIONS)]  # type: ignore[valid-type]
    op: Literal[OPS]  # type: ignore[valid-type]
    fields: _json_values = Field(default_factory=dict)
    previous: _json_values = Field(default_factory=dict)
    base_seq: _strict_seq = 0
    at: _text_meta = ""
    by: _text_meta = ""
    resolves: Annotated[list[Annotated[str, Field(pattern=CHANGE_ID_RE.pattern)]],
                        Field(max_length=MAX_RESOLVES)] = Field(default_factory=list)


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    protocol: Literal[1] = 1
    changes: Annotated[list[ChangeIn], Field(max_length=MAX_BATCH)]


class MissingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: Annotated[list[Annotated[str, Field(pattern=SHA256_RE.pattern)]], Field(max_length=1000)]


class ResultOut(BaseModel):
    change_id: str
    status: Literal["applied", "merged", "conflict", "rejected"]
    seq: int | None
    reason: str | None
    conflicts: list[str]
    echo: bool = Field(description="the server's record is now exactly the client's (its base plus the "
                                   "pushed values as sent): no need to pull it back")
    created_at: str | None = Field(None, description="the record's server stamps after this change "
                                                     "(with a seq, except for an erasure)")
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None


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


class MissingOut(BaseModel):
    missing: list[str]


class HealthOut(BaseModel):
    status: str
    protocol: int


def _errors(*statuses: int, **headers: dict) -> dict[int | str, dict[str, Any]]:
    """The error answers an operation can give; every one is ErrorOut. The edge ones (a broken
    request, a slow or oversized body, a bad Content-Encoding, an oversized head) can come
    from any operation."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in sorted({400, 408, 413, 415, 431, *statuses}):
        out[status] = {"model": ErrorOut, "description": CODES[status]}
    if 401 in out:
        out[401]["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}, "required": True}}
    for status, h in headers.items():
        out[int(status[1:])]["headers"] = h
    return out


_OFFSET = {"Upload-Offset": {"schema": {"type": "integer", "minimum": 0}, "required": True,
                             "description": "bytes of the upload the server has"}}
_AUTH = (401, 422)
_CURSOR_OR_EMPTY = CURSOR_RE.pattern.replace("{1,", "{0,")
GroupPath = Annotated[str, Path(pattern=GROUP_RE.pattern, description="the group id")]
RecordPath = Annotated[str, Path(pattern=UUID_PATTERN, description="the record id (a UUID)")]
ShaPath = Annotated[str, Path(pattern=SHA256_RE.pattern, description="lower-case hex sha256")]
# stated here, checked by parse_replica (400) alone, like the cursor. `str`, not `str | None`:
# a string or nothing, never a JSON null; "format: uuid", not a pattern: schemathesis's
# coverage phase fills a header's pattern with "0" and calls that valid
ReplicaHeader = Annotated[str, Header(
    alias=REPLICA_HEADER, json_schema_extra={"format": "uuid", "minLength": 36, "maxLength": 36},
    description="the replica's id (a UUID): a push marks what it stored as sent for this replica, "
                "a pull leaves those records out (they still move the cursor)")]


class _ShaConvertor(Convertor):
    """Routes /blobs/{sha256} only for a sha256, so /blobs/missing with another method is a
    405 of that endpoint, not a bad sha256 of this one."""

    regex = SHA256_RE.pattern.strip("^$")

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("sha256", _ShaConvertor())
bearer = HTTPBearer(auto_error=False, description="a member's token (ruraldesk-server token issue)")


class BlobResponse(FileResponse):
    """A FileResponse whose Range refusals use our JSON error format, not text/plain."""

    async def __call__(self, scope, receive, send):
        headers = Headers(scope=scope)
        http_range, if_range = headers.get("range"), headers.get("if-range")
        if http_range is not None and (if_range is None or self._should_use_range(if_range)):
            size = self.stat_result.st_size
            try:
                self._parse_range_header(http_range, size)
            except MalformedRangeHeader as exc:
                return await error(400, f"the Range header is malformed ({exc.content})")(scope, receive, send)
            except RangeNotSatisfiable:
                response = error(416, f"the range is outside the attachment ({size} bytes)")
                response.headers["Content-Range"] = f"bytes */{size}"
                return await response(scope, receive, send)
        return await super().__call__(scope, receive, send)


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    _private_dir(settings.data_dir)
    db = db or Database(settings.db_url)
    _private_dir(settings.blob_dir)
    blobs = BlobStore(settings.blob_dir, settings.max_blob)
    service = Service(db, blobs)
    app = FastAPI(title="RuralDesk group repository", version=f"{PROTOCOL_VERSION}.0", lifespan=_lifespan,
                  description="The shared group repository of RuralDesk replicas. "
                              "See docs/sync-protocol.md.")
    app.router.route_class = _StrictRoute
    app.state.service, app.state.blobs, app.state.db, app.state.settings = service, blobs, db, settings
    app.add_middleware(RequestBody, limit=settings.max_body, timeout=settings.body_timeout)
    app.add_middleware(ProtocolHeader)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN, compresslevel=GZIP_LEVEL)
    app.add_middleware(ServerTiming)

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
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = "there is no such endpoint"
        response = error(exc.status_code, message)
        if exc.status_code == 405:
            allowed = _allowed_methods(app, request.scope)
            response = error(405, f"this endpoint accepts {', '.join(allowed)}, not {request.method}")
            # RFC 9110: a 405 lists what the resource does accept
            response.headers["Allow"] = ", ".join(allowed)
        return response

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
    @app.get("/v1/health", tags=["meta"], response_model=HealthOut, responses=_errors())
    def health():
        return JSONResponse({"status": "ok", "protocol": PROTOCOL_VERSION})

    @app.get("/v1/groups/{group}/me", response_model=MeOut, responses=_errors(*_AUTH), tags=["groups"])
    def me(who: Who):
        return JSONResponse({"group": who.group_id, "member": who.member_id, "role": who.role,
                             "seq": service.group_seq(who.group_id)})

    @app.get("/v1/groups/{group}/changes", response_model=PullOut, responses=_errors(*_AUTH), tags=["sync"],
             summary="Pull: the latest state of records changed since a cursor, conflicts, erasures",
             description="The page is gzipped for `Accept-Encoding: gzip`; a client on a slow link may "
                         "send `Accept-Encoding: bzip2, gzip` and gets a page of 2 KB or more with "
                         "`Content-Encoding: bzip2` (about half of gzip's bytes); one on a quick link "
                         "may send `RuralDesk-Compression: fast` for gzip at its quickest level "
                         "(docs/sync-protocol.md, \"Compression\").")
    def pull(request: Request, who: Who,
             since: Annotated[str, Query(description="a cursor this server gave out",
                                         # stated here, checked by parse_cursor (400) alone
                                         json_schema_extra={"pattern": _CURSOR_OR_EMPTY})] = "",
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT), BeforeValidator(_ascii_int)]
             = DEFAULT_PULL_LIMIT,
             replica: ReplicaHeader = None):
        body = service.pull_body(who.group_id, parse_cursor(since), limit, parse_replica(replica))
        accept_encoding = request.headers.get("accept-encoding")
        # the gzip middleware leaves a body that has its coding alone (docs/sync-protocol.md,
        # "Compression"): bzip2 for clients on a slow link; gzip level 1 for those on a link
        # quicker than level 6 is (1.7 ms to 4.4 ms a 280 KB page)
        if len(body) >= BZIP2_MIN and accepts(accept_encoding, BZIP2):
            return _coded(bz2.compress(body, 9), BZIP2)
        if (len(body) >= GZIP_MIN and request.headers.get(COMPRESSION_HEADER, "").strip().lower() == "fast"
                and accepts(accept_encoding, "gzip")):
            return _coded(gzip.compress(body, 1), "gzip")
        return Response(body, media_type="application/json")

    @app.post("/v1/groups/{group}/changes", response_model=PushOut, responses=_errors(*_AUTH, 403),
              tags=["sync"], summary="Push a batch of changes; one result per change, retries are applied once")
    def push(who: Writer, body: PushIn, replica: ReplicaHeader = None):
        replica = parse_replica(replica)
        changes = decode_push_request(body.model_dump(), checked=True)  # by _StrictRequest
        results, last = service.push(who, changes, replica)
        return JSONResponse({"results": [r.to_json() for r in results], "cursor": str(last)})

    @app.get("/v1/groups/{group}/records/{record_id}", response_model=RecordOut,
             responses=_errors(*_AUTH, 404), tags=["sync"])
    def get_record(who: Who, record_id: RecordPath):
        return JSONResponse(service.record(who.group_id, record_id).to_json())

    @app.post("/v1/groups/{group}/records/{record_id}/erase", response_model=EraseOut,
              responses=_errors(*_AUTH, 403, 404), tags=["sync"],
              summary="Erase a record (GDPR): coordinators only")
    def erase(who: Who, record_id: RecordPath):
        if not who.is_coordinator:
            raise Forbidden("only a coordinator can erase a record")
        seq = service.erase(who.group_id, record_id, who.member_id)
        return JSONResponse({"record_id": record_id, "seq": seq})

    @app.post("/v1/groups/{group}/blobs/missing", response_model=MissingOut, responses=_errors(*_AUTH),
              tags=["attachments"], summary="Which of these attachments the server does not have yet")
    def missing(who: Who, body: MissingIn):
        return JSONResponse({"missing": blobs.missing(who.group_id, body.sha256)})

    @app.head("/v1/groups/{group}/blobs/{sha256:sha256}", tags=["attachments"],
              responses={200: {"description": "the server has the whole attachment",
                               "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                   "format": "binary"}}},
                               "headers": {"Content-Length": {"schema": {"type": "integer", "minimum": 0},
                                                              "required": True}}},
                         **_errors(*_AUTH, 404, _404={"Upload-Offset": {**_OFFSET["Upload-Offset"],
                                                                        "required": False}})},
              summary="200 + Content-Length if the server has it; else 404 + Upload-Offset")
    def blob_head(who: Who, sha256: ShaPath):
        state = blobs.state(who.group_id, sha256)
        if state.complete:
            return Response(status_code=200, media_type="application/octet-stream",
                            headers={"Content-Length": str(state.size), "Accept-Ranges": "bytes"})
        response = error(404, "this attachment is not (completely) on the server")
        response.headers["Upload-Offset"] = str(state.received)
        return response

    _bytes = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}

    @app.get("/v1/groups/{group}/blobs/{sha256:sha256}", tags=["attachments"], summary="Download; honours Range",
             response_class=BlobResponse,
             responses={200: {"description": "the attachment", "content": _bytes},
                        206: {"description": "the requested range", "content": _bytes,
                              "headers": {"Content-Range": {"schema": {"type": "string"}, "required": True}}},
                        **_errors(*_AUTH, 404, 416, _416={"Content-Range": {"schema": {"type": "string"},
                                                                            "required": True}})})
    def blob_get(who: Who, sha256: ShaPath):
        path = blobs.path(who.group_id, sha256)
        try:
            stat = path.stat()
        except FileNotFoundError:
            stat = None
        if stat is None or not path.is_file():
            raise_not_found("this attachment is not on the server")
        return BlobResponse(path, media_type="application/octet-stream", stat_result=stat)

    @app.put("/v1/groups/{group}/blobs/{sha256:sha256}", tags=["attachments"], response_model=UploadOut,
             status_code=201,
             responses={200: {"model": UploadOut, "description": "a chunk was stored; the upload is not "
                                                                 "complete yet (or was already complete)"},
                        201: {"description": "the last byte arrived and the sha256 matched"},
                        # 404: a sha256 that is not 64 lower-case hex digits names no endpoint
                        **_errors(*_AUTH, 403, 404, 409, _409=_OFFSET)},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
             summary="Upload (a chunk of) an attachment; Content-Range: bytes first-last/total")
    async def blob_put(request: Request, sha256: ShaPath, group: GroupPath,
                       creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None):
        who = await run_in_threadpool(service.authenticate, group, creds.credentials if creds else None)
        if not who.can_write:
            raise Forbidden("a reader cannot upload attachments")
        body = await request.body()
        had = await run_in_threadpool(blobs.has, who.group_id, sha256)
        state = await run_in_threadpool(blobs.put, who.group_id, sha256, body,
                                        request.headers.get("content-range"))
        return JSONResponse(state.to_json(), status_code=201 if state.complete and not had else 200)

    from .admin_api import install  # the coordinator's desk (issue 16)

    install(app, service, settings)
    from .relay_api import install as install_relay  # hand-overs without the server (issue 19)

    install_relay(app, service)
    app.openapi = lambda: _openapi(app)
    return app


#: threads running the routes (anyio's default is 40). One process writes SQLite one push at a
#: time, and every thread takes the GIL: 40 of them made the push holding the write lock
#: wait for the CPU behind 39 others
WORKER_THREADS = int(os.environ.get("RURALDESK_SERVER_THREADS", "8"))


@asynccontextmanager
async def _lifespan(_app: FastAPI):
    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    yield


def _allowed_methods(app: FastAPI, scope) -> list[str]:
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches({**scope, "method": "\0"})   # a method no route has: path only
        if match is not Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return sorted(methods)


def _private_dir(path) -> None:
    """Where group data lives: readable by the server's own user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        path.chmod(0o700)
    except OSError:  # not ours (a shared mount): leave it as its owner set it
        pass


def _value_schemas() -> dict[str, Any]:
    """JSONValue<n>: a JSON value with at most n more levels of lists/objects, as
    values.check_value allows (strings without NUL or lone surrogates, bounded numbers)."""
    text = {"type": "string", "maxLength": values.MAX_STRING, "pattern": values.TEXT_PATTERN}
    number = {"type": "number", "minimum": -values.MAX_NUMBER, "maximum": values.MAX_NUMBER}
    scalar = [text, number, {"type": "boolean"}, {"type": "null"}]
    out = {"JSONValue0": {"anyOf": scalar}}
    for n in range(1, values.MAX_VALUE_DEPTH):
        inner = {"$ref": f"#/components/schemas/JSONValue{n - 1}"}
        out[f"JSONValue{n}"] = {"anyOf": [*scalar,
                                          {"type": "array", "maxItems": values.MAX_ITEMS, "items": inner},
                                          {"type": "object", "maxProperties": values.MAX_ITEMS,
                                           "propertyNames": {"maxLength": values.MAX_KEY,
                                                             "pattern": values.TEXT_PATTERN},
                                           "additionalProperties": inner}]}
    return out


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes)
        schema.setdefault("components", {}).setdefault("schemas", {}).update(_value_schemas())
        # FastAPI adds its own 422 (HTTPValidationError); ours is ErrorOut like every error
        for item in schema.get("paths", {}).values():
            for op in item.values():
                r422 = op.get("responses", {}).get("422")
                if r422:
                    r422["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
        schema["components"]["schemas"].pop("HTTPValidationError", None)
        schema["components"]["schemas"].pop("ValidationError", None)
        app.openapi_schema = schema
    return app.openapi_schema


def raise_not_found(message: str):
    from .service import NotFound

    raise NotFound(message)


def app_from_env() -> FastAPI:
    """For `uvicorn --factory sync.server.app:app_from_env` (several workers)."""
    app = create_app(Settings.load())
    settle_heap()
    return app


def settle_heap() -> None:
    """Before serving: load what validation would load at the first push, then take every
    object alive now out of the garbage collector's rounds (gc.freeze). They live as long as
    the process, and each full collection walked them all: ~50 ms of one push batch in eight,
    and the first push also paid for the tables."""
    geo.preload()
    gc.collect()
    gc.freeze()


__all__ = ["create_app", "app_from_env", "error", "json", "re"]
