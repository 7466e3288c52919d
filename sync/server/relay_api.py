"""The relay routes (issue 19): device keys and changes carried by another member."""


from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, ConfigDict, Field

from .app import GroupPath, _errors, _StrictRoute, bearer
from .relay import Relay
from .service import Caller

_AUTH = (401, 422)


class DeviceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    device: str = Field(min_length=1, max_length=64)
    public_key: str = Field(min_length=43, max_length=44)


class DeviceOut(BaseModel):
    member: str
    device: str
    public_key: str
    created_at: str


class RelayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    envelopes: list[dict[str, Any]] = Field(max_length=1000)


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
        return JSONResponse({"results": relay.relay(who, body.envelopes)})

    app.include_router(r)
