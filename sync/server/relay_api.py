"""The relay routes (issue 19): device keys and changes carried by another member."""


import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, ConfigDict, Field

from ruraldesk.domain.records import COLLECTIONS
from sync.protocol.wire import CHANGE_ID_RE, GROUP_RE, MAX_BATCH, MAX_RESOLVES, MEMBER_RE, OPS

from .app import UUID_PATTERN, GroupPath, _errors, _json_values, _StrictRoute, _strict_seq, _text_meta, bearer
from .relay import Relay
from .service import Caller
from .http import bearer_token, on_success

_AUTH = (401, 422)
_GROUP_PATH = re.compile(r"^/v1/groups/([a-z0-9][a-z0-9_-]{0,39})/changes$")


DEVICE_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"


class DeviceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    device: Annotated[str, Field(pattern=DEVICE_PATTERN)]
    public_key: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{43}$",
                                     description="the raw 32-byte Ed25519 public key, base64url without padding")]


class DeviceOut(BaseModel):
    member: str
    device: str
    public_key: str
    created_at: str


class EnvelopeIn(BaseModel):
    """A relayed change (sync/relay/envelope.py); `sig` signs the canonical JSON of the rest."""

    model_config = ConfigDict(extra="forbid")
    v: Literal[1]
    group: Annotated[str, Field(pattern=GROUP_RE.pattern)]
    author: Annotated[str, Field(pattern=MEMBER_RE.pattern)]
    device: Annotated[str, Field(pattern=DEVICE_PATTERN)]
    change_id: Annotated[str, Field(min_length=1, max_length=64, pattern=CHANGE_ID_RE.pattern)]
    record_id: Annotated[str, Field(pattern=UUID_PATTERN)]
    collection: Literal[tuple(COLLECTIONS)]  # type: ignore[valid-type]
    op: Literal[OPS]  # type: ignore[valid-type]
    fields: _json_values
    previous: _json_values
    base_seq: _strict_seq
    at: _text_meta
    by: _text_meta = ""
    resolves: Annotated[list[Annotated[str, Field(pattern=CHANGE_ID_RE.pattern)]],
                        Field(max_length=MAX_RESOLVES)] = Field(default_factory=list)
    sig: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{86}$", description="Ed25519, base64url, no padding")]


class RelayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    envelopes: Annotated[list[EnvelopeIn], Field(max_length=MAX_BATCH)]


def install(app: FastAPI, service) -> None:
    relay = Relay(service)
    app.state.relay = relay

    def member(group: GroupPath,
               creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> Caller:
        return service.authenticate(group, creds.credentials if creds else None)

    Who = Annotated[Caller, Depends(member)]
    r = APIRouter(route_class=_StrictRoute, tags=["relay"])

    @r.post("/v1/groups/{group}/devices", response_model=DeviceOut, responses=_errors(*_AUTH, 409),
            summary="Register this member's device key (Ed25519, base64url); the same key again is a no-op")
    def register(who: Who, body: DeviceIn):
        return JSONResponse(relay.register_device(who, body.device, body.public_key))

    @r.get("/v1/groups/{group}/devices", response_model=list[DeviceOut], responses=_errors(*_AUTH),
           summary="Every registered device key of the group (to check relayed changes offline)")
    def devices(who: Who):
        return JSONResponse(relay.devices(who.group_id))

    @r.post("/v1/groups/{group}/relay", responses=_errors(*_AUTH),
            summary="Changes of other members, signed by their devices: each is applied under its author")
    def relayed(who: Who, body: RelayIn):
        return JSONResponse({"results": relay.relay(who, [e.model_dump() for e in body.envelopes])})

    app.include_router(r)
    app.add_middleware(NoteDeviceKeys, relay=relay)


DEVICE_HEADER = b"ruraldesk-device-key"


class NoteDeviceKeys:
    """Pure ASGI: a sync request may carry `RuralDesk-Device-Key: <device> <public key>`;
    after a 2xx answer the key is registered for the token's member, as POST .../devices
    would. So a replica's key reaches the server with its first ordinary sync, at no extra
    request. Each (token, device) is handled once per process, before the answer goes out;
    a refusal (another key under that device id) is logged, never the request's problem."""

    def __init__(self, app, relay: Relay):
        self.app, self.relay = app, relay
        self.done: set[tuple[str, str, str]] = set()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        header = next((v for k, v in scope.get("headers", ()) if k == DEVICE_HEADER), None)
        match = _GROUP_PATH.match(scope.get("path", "")) if header else None
        if match is None:
            return await self.app(scope, receive, send)
        token = bearer_token(scope)
        parts = header.decode("latin-1").split()
        if not token or len(parts) != 2:
            return await self.app(scope, receive, send)

        async def register() -> None:
            key = (match.group(1), token, parts[0])
            if key not in self.done:
                self.done.add(key)
                from anyio import to_thread

                await to_thread.run_sync(self._register, match.group(1), token, parts[0], parts[1])

        # before the answer: a replica that has its answer may tell another to fetch the keys
        return await self.app(scope, receive, on_success(send, register, before_answer=True))

    def _register(self, group: str, token: str, device: str, public_key: str) -> None:
        import logging

        try:
            self.relay.register_device(self.relay.service.authenticate(group, token), device, public_key)
        except Exception as exc:  # noqa: BLE001 - the sync itself succeeded all the same
            logging.getLogger("ruraldesk.server").info("device key of %s not registered: %s", group, exc)
