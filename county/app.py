"""The county sync server's HTTP API (FastAPI): enrol, push, pull, status, files.

`create_app(database_url)` builds the app on a PostgreSQL database. Bearer-token auth on
every endpoint except enrolment, the public 一案一码 check (county.verify: /verify,
/api/v1/verify) and the OpenAPI spec (/openapi.json, /docs). Request bodies
may be gzip-compressed (Content-Encoding: gzip); responses are gzipped when large.
"""


import gzip
import logging
import zlib
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from app.sync.protocol import (
    API_PREFIX,
    MAX_FILE_BYTES,
    MAX_FILE_CHUNK_BYTES,
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    PublicKeyAck,
    PublicKeyUpload,
    FileStatus,
    PullPage,
    PushAck,
    PushBatch,
    StatusResponse,
)
from county import service, verify
from county.db import make_engine
from county.migrate import upgrade as upgrade_schema
from county.service import ApiError, Caller
from county.web import create_router as create_web_router

log = logging.getLogger("squaddesk.county")

MAX_BODY_BYTES = 64 * 1024 * 1024  # after decompression

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _error(status: int, code: str, message: str, detail: Any = None) -> JSONResponse:
    body = ErrorBody(error=code, message=message, detail=jsonable_encoder(detail))
    return JSONResponse(status_code=status, content=body.model_dump(mode="json"))


class GzipRequestBody:
    """ASGI middleware: inflate `Content-Encoding: gzip` request bodies (size-capped); refuse
    other encodings and bodies above MAX_BODY_BYTES."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        encoding = headers.get(b"content-encoding", b"").decode("latin-1").strip().lower()
        if encoding in ("", "identity"):
            await self.app(scope, receive, send)
            return

        async def reply(status: int, code: str, message: str) -> None:
            await _error(status, code, message)(scope, receive, send)

        if encoding != "gzip":
            await reply(415, "unsupported_encoding", f"不支持的请求压缩方式：{encoding}")
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                await reply(413, "body_too_large", "请求体过大。")
                return
            chunks.append(chunk)
            more = bool(message.get("more_body"))
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflater.decompress(b"".join(chunks), MAX_BODY_BYTES + 1)
            if len(body) > MAX_BODY_BYTES or inflater.unconsumed_tail:
                await reply(413, "body_too_large", "请求体解压后过大。")
                return
        except (zlib.error, EOFError, gzip.BadGzipFile):
            await reply(400, "bad_gzip", "请求体不是有效的 gzip 数据。")
            return
        new_headers = [
            (k, v)
            for k, v in scope["headers"]
            if k not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode())]
        scope = dict(scope, headers=new_headers)
        sent = False

        async def inflated() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, inflated, send)


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": desc}
    for code, desc in {
        400: "bad request body",
        401: "missing, unknown or revoked device token",
        403: "the token's township may not do this",
        409: "conflicting state",
        413: "body too large",
        415: "unsupported content encoding",
        422: "malformed request (nothing changed)",
        426: "client schema version not supported (请升级 SquadDesk)",
        500: "server error",
    }.items()
}

SHA256_PATH = PathParam(pattern=r"^[0-9a-f]{64}$", description="sha256 of the whole file, lower-case hex")
CHUNK_BODY = {
    "requestBody": {
        "required": True,
        "description": f"the bytes at `offset` (at most {MAX_FILE_CHUNK_BYTES} per request)",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}

# The push body is parsed from the raw bytes by pydantic's own JSON parser (no json.loads
# into Python objects first, then validation: that doubled the server's CPU on large
# batches). The spec still describes it: PushBatch's schema, its parts in components.
PUSH_SCHEMAS = PushBatch.model_json_schema(ref_template="#/components/schemas/{model}")
PUSH_BODY = {
    "requestBody": {
        "required": True,
        "description": "one batch of outbox rows and audit entries (may be gzip-compressed)",
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{PushBatch.__name__}"}}
        },
    }
}


def parse_push_batch(body: bytes) -> PushBatch:
    """The push body as a PushBatch; a malformed one is a RequestValidationError (422 with
    the reason and where, as for every other body)."""
    try:
        return PushBatch.model_validate_json(body)
    except PydanticValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e.get("loc", ()))} for e in exc.errors(include_url=False)]
        ) from None


def _with_push_schemas(app: FastAPI) -> None:
    """Add PushBatch and the models it refers to to the spec's components."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        spec = generate()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        top = {k: v for k, v in PUSH_SCHEMAS.items() if k != "$defs"}
        for name, schema in {**PUSH_SCHEMAS.get("$defs", {}), PushBatch.__name__: top}.items():
            schemas.setdefault(name, schema)
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


async def _read_chunk(request: Request) -> bytes:
    """The request body, refused beyond MAX_FILE_CHUNK_BYTES."""
    buf = bytearray()
    try:
        async for part in request.stream():
            buf += part
            if len(buf) > MAX_FILE_CHUNK_BYTES:
                raise ApiError(413, "chunk_too_large", f"数据块过大：每次最多 {MAX_FILE_CHUNK_BYTES} 字节。")
    except ClientDisconnect:
        raise ApiError(400, "client_disconnected", "上传中断，未作任何更改。") from None
    return bytes(buf)


bearer = HTTPBearer(auto_error=False, description="device token from /api/v1/enrol")


def create_app(database_url: str | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The county API on `database_url` (or an existing engine); first upgrades the database to
    the newest county migration (county.migrate)."""
    if engine is None:
        if database_url is None:
            raise ValueError("database_url or engine required")
        engine = make_engine(database_url)
    upgrade_schema(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)

    app = FastAPI(
        title="SquadDesk county sync API",
        version=f"{PROTOCOL_VERSION}",
        description="乡镇综合执法队工作台 县局同步服务。协议版本见 X-SquadDesk-Schema。",
    )
    app.state.engine = engine
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(GzipRequestBody)

    @contextmanager
    def transaction() -> Iterator[Session]:
        with sessions() as s, s.begin():
            yield s

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in exc.errors()[:50]
        ]
        first = errors[0] if errors else {"loc": [], "msg": ""}
        where = ".".join(str(p) for p in first["loc"])
        return _error(
            422, "invalid_request", f"请求格式不正确（{where}：{first['msg']}），未作任何更改。", errors
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return _error(500, "server_error", "县局服务器内部错误，请稍后重试。")

    def schema_version(
        version: Annotated[int, Header(alias=SCHEMA_HEADER, description="client protocol version")],
    ) -> int:
        service.check_schema(version)
        return version

    def caller(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        _v: Annotated[int, Depends(schema_version)],
    ) -> Caller:
        with transaction() as s:
            c = service.authenticate(s, creds.credentials if creds else None)
            service.touch_device(s, c)
            return c

    @app.post(f"{API_PREFIX}/enrol", response_model=EnrolResponse, responses=ERRORS)
    def enrol(req: EnrolRequest, _v: Annotated[int, Depends(schema_version)]) -> EnrolResponse:
        """Spend a one-time enrolment code; answers the device token (shown once)."""
        with transaction() as s:
            return service.enrol(s, req)

    def _apply_push(who: Caller, body: bytes) -> PushAck:
        batch = parse_push_batch(body)
        with transaction() as s:
            return service.apply_push(s, who, batch)

    @app.post(f"{API_PREFIX}/push", response_model=PushAck, responses=ERRORS, openapi_extra=PUSH_BODY)
    async def push(request: Request, who: Annotated[Caller, Depends(caller)]) -> PushAck:
        """Apply one batch (a PushBatch, application/json) in one transaction; a resent
        batch answers its first ack."""
        try:
            body = await request.body()
        except ClientDisconnect:
            raise ApiError(400, "client_disconnected", "上传中断，未作任何更改。") from None
        return await run_in_threadpool(_apply_push, who, body)

    @app.get(f"{API_PREFIX}/pull", response_model=PullPage, responses=ERRORS)
    def pull(
        who: Annotated[Caller, Depends(caller)],
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
    ) -> PullPage:
        """County documents and own-township rows of other devices after `cursor`."""
        with transaction() as s:
            return service.pull(s, who, cursor, limit)

    @app.put(f"{API_PREFIX}/keys", response_model=PublicKeyAck, responses=ERRORS)
    def put_key(req: PublicKeyUpload, who: Annotated[Caller, Depends(caller)]) -> PublicKeyAck:
        """This township's 一案一码 public key (never a private key); a new key retires the
        previous one and republishes the township_keys document."""
        with transaction() as s:
            return service.upload_key(s, who, req)

    @app.get(f"{API_PREFIX}/status", response_model=StatusResponse, responses=ERRORS)
    def status(who: Annotated[Caller, Depends(caller)]) -> StatusResponse:
        """What the county holds for the caller's township, and its audit-chain verdict."""
        with transaction() as s:
            return service.status(s, who)

    @app.get(f"{API_PREFIX}/files/{{sha256}}", response_model=FileStatus, responses=ERRORS)
    def get_file(
        sha256: Annotated[str, SHA256_PATH], who: Annotated[Caller, Depends(caller)]
    ) -> FileStatus:
        """How much of a file the county holds for the caller's township (resume from
        `received`). Unknown and other townships' files are answered alike."""
        with transaction() as s:
            return service.file_status(s, who, sha256)

    def _put(who: Caller, sha256: str, offset: int, size: int, data: bytes) -> FileStatus:
        with transaction() as s:
            outcome = service.put_file_chunk(s, who, sha256, offset, size, data)
        if isinstance(outcome, ApiError):
            raise outcome  # hash_mismatch: raised after the discard was committed
        return outcome

    @app.put(
        f"{API_PREFIX}/files/{{sha256}}",
        response_model=FileStatus,
        responses=ERRORS,
        openapi_extra=CHUNK_BODY,
    )
    async def put_file(
        request: Request,
        sha256: Annotated[str, SHA256_PATH],
        who: Annotated[Caller, Depends(caller)],
        offset: Annotated[int, Query(ge=0, le=MAX_FILE_BYTES, description="where the chunk goes")],
        size: Annotated[int, Query(ge=0, description="total size of the whole file")],
    ) -> FileStatus:
        """Append a chunk (application/octet-stream) at `offset`; 409 with the received size
        when the offset is not where the county stands, 413 beyond the size limit. The last
        chunk completes the file after its sha256 is checked, or discards it (422
        hash_mismatch)."""
        if size > MAX_FILE_BYTES:
            raise ApiError(
                413, "file_too_large", f"文件过大（{size} 字节），县局最多接收 {MAX_FILE_BYTES} 字节。",
                {"size": size, "max": MAX_FILE_BYTES},
            )
        data = await _read_chunk(request)
        return await run_in_threadpool(_put, who, sha256, offset, size, data)

    app.include_router(create_web_router(engine))  # county admin web pages (county/web.py)
    app.include_router(verify.router)
    _with_push_schemas(app)
    return app
