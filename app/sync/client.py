"""The township side of county sync: enrolment, push of the outbox, pull of the change feed.

- `enrol` spends a one-time code; the device token goes only into the OS keyring.
- `push_pending` sends the outbox in seq order, PUSH_BATCH_ROWS rows per batch with a
  content-derived batch id (a resend after a cut connection is the same batch), plus the
  audit entries the county has not acknowledged; outbox rows are deleted only after the ack.
- `pull` applies feed pages, each in one local transaction together with the new cursor.
  Pulled rows never enter the outbox. Two devices editing one row: the higher version wins,
  ties by (updated_at, device); the losing version is kept in sync_conflict.
- `sync_now` = push, upload files (app.sync.files), pull; recorded in sync_run (the sync
  page's history).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import socket
import ssl
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import keyring
import orjson
import keyring.errors
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import LargeBinary, String, delete, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.errors import DomainError
from app.rules.roles import Permission
from app.sync import county_docs
from app.sync.protocol import (
    API_PREFIX,
    PROTOCOL_VERSION,
    PUSH_BATCH_AUDIT,
    PUSH_BATCH_ROWS,
    SCHEMA_HEADER,
    TOWNSHIP_ENTITIES,
    AuditEntry,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    FeedRow,
    PullPage,
    PushAck,
    StatusResponse,
    canonical_json,
    wins,
)
from local_db.models import AuditLog, Base, LocalSetting, SyncOutbox
from local_db.models_sync import SyncConflict
from local_db.uow import row_payload

KEYRING_SERVICE = "SquadDesk"
KEY_URL = "sync.county_url"
KEY_CA = "sync.ca_file"
KEY_DEVICE = "sync.device_id"
KEY_TOWNSHIP_NAME = "sync.township_name"
KEY_CURSOR = "sync.cursor"
KEY_AUDIT_ACKED = "sync.audit_acked_seq"
KEY_LAST_SUCCESS = "sync.last_success"
KEY_LAST_ERROR = "sync.last_error"
REF_SETTING_PREFIX = "county_ref:"
PULL_PAGE = 500
GZIP_LEVEL = 3  # request bodies: most of level 6's saving at a fraction of its time
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


class SyncError(DomainError):
    """Sync could not finish; `retryable` tells the worker whether backing off makes sense."""

    def __init__(self, code: str, template: str, *, retryable: bool = False, **params: Any) -> None:
        super().__init__(code, template, **params)
        self.retryable = retryable


class SyncCancelled(SyncError):
    """The user cancelled a long sync; what was acknowledged so far stays done."""

    def __init__(self) -> None:
        super().__init__("sync_cancelled", "同步已取消；已完成的部分不受影响。")


def token_username(township_id: str) -> str:
    """The keyring username the device token is stored under."""
    return f"county-token:{township_id}"


def require_secure_keyring() -> None:
    """Refuse keyring backends below priority 1 (fail/plaintext/null): the token must live
    in the OS credential store, never in a file."""
    backend = keyring.get_keyring()
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001 — a backend whose priority check fails is not usable
        priority = 0.0
    if priority < 1:
        raise SyncError(
            "keyring_unavailable",
            "本机没有可用的安全凭据存储（系统钥匙串，当前：{backend}）。与县局同步需要把设备令牌"
            "保存在其中：Windows 凭据管理器、macOS 钥匙串，或 Linux 的 Secret Service"
            "（如 GNOME Keyring、KWallet）。本程序不会以明文保存令牌。",
            backend=type(backend).__name__,
        )


def _store_token(township_id: str, token: str) -> None:
    require_secure_keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, token_username(township_id), token)
    except keyring.errors.KeyringError as exc:
        raise SyncError(
            "keyring_failed", "设备令牌无法写入系统钥匙串：{detail}", detail=str(exc)
        ) from exc


def load_token(township_id: str) -> str | None:
    """The device token from the keyring (None when the device is not enrolled)."""
    require_secure_keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, token_username(township_id))
    except keyring.errors.KeyringError as exc:
        raise SyncError(
            "keyring_failed", "无法从系统钥匙串读取设备令牌：{detail}", detail=str(exc)
        ) from exc


# --- local settings -----------------------------------------------------------------------


def _get(s: Session, key: str) -> str | None:
    return s.scalar(select(LocalSetting.value).where(LocalSetting.key == key))


def _set(s: Session, key: str, value: str) -> None:
    row = s.get(LocalSetting, key)
    if row is None:
        s.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def _settings(ctx: AppContext, *keys: str) -> dict[str, str | None]:
    with ctx.db.read_session() as s:
        return {k: _get(s, k) for k in keys}


@contextmanager
def _write(ctx: AppContext) -> Iterator[Session]:
    """A bare write transaction (sync bookkeeping: no outbox, no audit by itself)."""
    with ctx.db.write_session() as s:
        s.begin()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise


# --- HTTP ---------------------------------------------------------------------------------


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncError("bad_county_url", "县局服务器地址无效：{url}（应为 https://…）", url=url)
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise SyncError(
            "insecure_county_url", "县局服务器须使用 HTTPS（地址 {url} 不是 https://）。", url=url
        )
    return url.rstrip("/")


def make_http_client(url: str, *, ca_file: str | None = None, timeout: float = 30.0) -> httpx.Client:
    """An HTTP client for the county: certificate verification always on, the county's CA
    file added when configured."""
    verify: ssl.SSLContext | bool = True
    if ca_file:
        if not Path(ca_file).is_file():
            raise SyncError("ca_file_missing", "县局 CA 证书文件不存在：{path}", path=ca_file)
        verify = ssl.create_default_context(cafile=ca_file)
    return httpx.Client(
        base_url=_check_url(url), verify=verify, timeout=httpx.Timeout(timeout, connect=10.0)
    )


class CountyConnection:
    """Requests to the county with the device token, schema header and gzip bodies."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        township_id: str,
        device_id: str,
        token: str | None,
    ) -> None:
        self.http = http
        self.township_id = township_id
        self.device_id = device_id
        self.token = token
        self.bytes_sent = 0  # request bodies as sent (gzip)
        self.bytes_raw = 0  # the same bodies before compression
        self.bytes_received = 0

    def _headers(self) -> dict[str, str]:
        h = {SCHEMA_HEADER: str(PROTOCOL_VERSION), "Accept-Encoding": "gzip"}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        return h

    def request(
        self, method: str, path: str, *, body: Any = None, params: dict[str, Any] | None = None
    ) -> Any:
        """One request; answers the decoded JSON or raises SyncError."""
        headers = self._headers()
        content = None
        if body is not None:
            # orjson: fast, and stored JSON text goes in as is (orjson.Fragment, see _next_batch)
            raw = orjson.dumps(body)
            content = gzip.compress(raw, compresslevel=GZIP_LEVEL)
            headers["Content-Type"] = "application/json"
            headers["Content-Encoding"] = "gzip"
            self.bytes_sent += len(content)
            self.bytes_raw += len(raw)
        try:
            resp = self.http.request(
                method, f"{API_PREFIX}{path}", content=content, params=params, headers=headers
            )
            data = resp.content  # read fully inside the try: a cut mid-body is a transport error
        except (OSError, httpx.TransportError) as exc:
            raise SyncError(
                "county_unreachable",
                "无法连接县局服务器（{detail}），稍后自动重试。",
                retryable=True,
                detail=type(exc).__name__,
            ) from exc
        self.bytes_received += resp.num_bytes_downloaded
        if resp.status_code == 200:
            try:
                return json.loads(data)
            except ValueError as exc:
                raise SyncError(
                    "county_bad_answer", "县局服务器的回答无法解析，稍后自动重试。", retryable=True
                ) from exc
        raise _error_from(resp.status_code, data)


def _error_from(status: int, data: bytes) -> SyncError:
    try:
        err = ErrorBody.model_validate_json(data)
        message, code, detail = err.message, err.error, err.detail
    except (PydanticValidationError, ValueError):
        message, code, detail = f"HTTP {status}", "http_error", None
    if status == 426:
        return SyncError("upgrade_required", "{message}", message=message)
    if status == 401:
        return SyncError(
            "county_unauthorized", "县局拒绝了本机的设备令牌（{message}），请管理员重新登记。", message=message
        )
    e = SyncError(
        f"county_{code}",
        "县局服务器拒绝了请求（HTTP {status}）：{message}",
        retryable=status >= 500 or status in (408, 429),
        status=status,
        message=message,
    )
    e.params["detail"] = detail
    return e


def open_connection(ctx: AppContext, *, http: httpx.Client | None = None) -> CountyConnection:
    """A connection with this store's enrolment (URL and device from local settings, token
    from the keyring)."""
    township_id = ctx.township_id()
    if township_id is None:
        raise SyncError("not_initialized", "数据库尚未初始化，无法同步。")
    st = _settings(ctx, KEY_URL, KEY_DEVICE, KEY_CA)
    url, device_id = st[KEY_URL], st[KEY_DEVICE]
    if not url or not device_id:
        raise SyncError("not_enrolled", "本机尚未登记到县局：请管理员在“同步”页输入县局地址和登记码。")
    token = load_token(township_id)
    if not token:
        raise SyncError("not_enrolled", "系统钥匙串中没有本机的设备令牌，请管理员重新登记。")
    if http is None:
        http = make_http_client(url, ca_file=st[KEY_CA])
    return CountyConnection(http, township_id=township_id, device_id=device_id, token=token)


# --- enrolment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolResult:
    """What enrolment tells the administrator (never the token)."""

    township_name: str
    township_code: str
    device_id: str


def enrol(
    ctx: AppContext,
    actor: Actor,
    url: str,
    code: str,
    *,
    device_name: str | None = None,
    ca_file: str | None = None,
    http: httpx.Client | None = None,
) -> EnrolResult:
    """Enrol this device with the county using a one-time code; the token goes to the keyring
    only. The keyring is checked before the code is spent."""
    actor.require(Permission.MANAGE_SETTINGS)
    require_secure_keyring()
    township_id = ctx.township_id()
    if township_id is None:
        raise SyncError("not_initialized", "请先完成初始化，再登记到县局。")
    url = _check_url(url.strip())
    own = make_http_client(url, ca_file=ca_file) if http is None else None
    conn = CountyConnection(own or http, township_id=township_id, device_id="", token=None)  # type: ignore[arg-type]
    req = EnrolRequest(
        schema_version=PROTOCOL_VERSION,
        code=code.strip(),
        device_name=(device_name or socket.gethostname() or "SquadDesk")[:128],
        township_id=township_id,
    )
    try:
        body = conn.request("POST", "/enrol", body=req.model_dump(mode="json"))
    finally:
        if own is not None:
            own.close()
    resp = EnrolResponse.model_validate(body)
    if resp.township_id != township_id:
        raise SyncError("township_mismatch", "县局返回的乡镇与本机数据库不一致，登记未完成。")
    _store_token(township_id, resp.token)
    with ctx.uow(actor) as uow:
        s = uow.session
        _set(s, KEY_URL, url)
        _set(s, KEY_DEVICE, resp.device_id)
        _set(s, KEY_TOWNSHIP_NAME, resp.township_name)
        if ca_file:
            _set(s, KEY_CA, ca_file)
        # a new device id: the county has no audit copy and no feed position for it yet
        _set(s, KEY_CURSOR, "0")
        _set(s, KEY_AUDIT_ACKED, "0")
        uow.record(
            "sync.enrol",
            "township",
            township_id,
            {"county_url": url, "device_id": resp.device_id, "township_code": resp.township_code},
        )
        _set(s, county_docs.KEY_SENT, "")  # a new enrolment: send the public key again
        uow.commit()
    county_docs.send_key_after_enrolment(ctx, http=http)
    return EnrolResult(resp.township_name, resp.township_code, resp.device_id)


# --- conflicts ----------------------------------------------------------------------------


def _keep_loser(
    s: Session,
    *,
    kind: str,
    entity: str,
    row_id: str,
    version: int,
    payload: Any,
    winner_version: int | None,
    reason: str,
    now: datetime,
) -> bool:
    """Keep a losing or refused version (once); True when it was new."""
    text = payload if isinstance(payload, str) else canonical_json(payload)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    exists = s.scalar(
        select(SyncConflict.id).where(
            SyncConflict.entity == entity,
            SyncConflict.row_id == row_id,
            SyncConflict.losing_version == version,
            SyncConflict.payload_sha256 == sha,
        )
    )
    if exists:
        return False
    s.add(
        SyncConflict(
            kind=kind,
            entity=entity,
            row_id=row_id,
            losing_version=version,
            losing_payload=text,
            payload_sha256=sha,
            winner_version=winner_version,
            reason=reason,
            detected_at=now,
        )
    )
    return True


# --- push ---------------------------------------------------------------------------------


@dataclass
class PushResult:
    """What a push moved."""

    batches: int = 0
    rows: int = 0
    audit_entries: int = 0
    conflicts: int = 0
    rejected: int = 0
    duplicates: int = 0


def pending_count(ctx: AppContext) -> int:
    """Outbox rows not yet acknowledged by the county."""
    with ctx.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def _audit_entry(row: AuditLog) -> AuditEntry:
    """An audit log row as the protocol's AuditEntry (what _next_batch sends, as a model)."""
    return AuditEntry(
        seq=row.seq,
        at=row.at.isoformat(),
        user_id=row.user_id,
        user_name=row.user_name,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        change=json.loads(row.change_json),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


@dataclass(frozen=True)
class _Queued:
    """An outbox row as sent; `payload` is its JSON text (local-only columns left out)."""

    seq: int
    entity: str
    row_id: str
    version: int
    op: str
    payload: str


@dataclass(frozen=True)
class _Batch:
    """A push batch ready to send: the request body (outbox payloads and audit changes go in
    as their stored JSON text, not re-parsed) and what it holds."""

    batch_id: str
    body: dict[str, Any]
    rows: list[_Queued]
    audit_entries: int
    last_audit_seq: int
    after_seq: int = 0  # it holds outbox rows after this seq
    after_audit: int = 0  # and audit entries after this seq

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The body as plain JSON data (a PushBatch's model_dump)."""
        return orjson.loads(orjson.dumps(self.body))  # type: ignore[no-any-return]


def _batch_id(township_id: str, device_id: str, rows: list[_Queued], audit_hashes: list[str]) -> str:
    """The content-derived batch id: the same rows and audit entries give the same id (a
    resend), different content a different one (outbox seqs may be reused after deletion)."""
    h = hashlib.sha256(f"{township_id}\x1f{device_id}\x1e".encode())
    for r in rows:
        h.update(f"{r.seq}\x1f{r.entity}\x1f{r.row_id}\x1f{r.version}\x1f{r.op}\x1f{r.payload}\x1e".encode())
    for a in audit_hashes:
        h.update(f"{a}\x1e".encode())
    return h.hexdigest()[:32]


def _next_batch(
    ctx: AppContext, conn: CountyConnection, *, after_seq: int = 0, after_audit: int | None = None
) -> tuple[_Batch, dict[int, _Queued]] | None:
    """The next batch (and its rows by outbox seq): outbox rows after `after_seq`, audit entries after `after_audit` (default:
    the last one the county acknowledged). Read as plain columns, no ORM objects."""
    with ctx.db.read_session() as s:
        acked = int(_get(s, KEY_AUDIT_ACKED) or 0) if after_audit is None else after_audit
        outbox = s.execute(
            select(
                SyncOutbox.seq, SyncOutbox.entity, SyncOutbox.row_id, SyncOutbox.version,
                SyncOutbox.op, SyncOutbox.payload,
            )
            .where(SyncOutbox.seq > after_seq)
            .order_by(SyncOutbox.seq)
            .limit(PUSH_BATCH_ROWS)
        ).all()
        audit = s.execute(
            select(
                AuditLog.seq, AuditLog.at, AuditLog.user_id, AuditLog.user_name, AuditLog.action,
                AuditLog.entity, AuditLog.entity_id, AuditLog.change_json, AuditLog.prev_hash,
                AuditLog.hash,
            )
            .where(AuditLog.seq > acked)
            .order_by(AuditLog.seq)
            .limit(PUSH_BATCH_AUDIT)
        ).all()
    if not outbox and not audit:
        return None
    local_only = {e: _local_only(e) for e in {o.entity for o in outbox}}
    rows: list[_Queued] = []
    for seq, entity, row_id, version, op, payload in outbox:
        if local_only[entity]:
            payload = canonical_json(_shared(entity, json.loads(payload)))
        rows.append(_Queued(seq, entity, row_id, version, "delete" if op == "delete" else "upsert", payload))
    batch_id = _batch_id(conn.township_id, conn.device_id, rows, [a.hash for a in audit])
    body = {
        "schema_version": PROTOCOL_VERSION,
        "batch_id": batch_id,
        "township_id": conn.township_id,
        "device_id": conn.device_id,
        "rows": [
            {
                "seq": r.seq,
                "entity": r.entity,
                "row_id": r.row_id,
                "version": r.version,
                "op": r.op,
                "payload": orjson.Fragment(r.payload),
            }
            for r in rows
        ],
        "audit_entries": [
            {
                "seq": a.seq,
                "at": a.at.isoformat(),
                "user_id": a.user_id,
                "user_name": a.user_name,
                "action": a.action,
                "entity": a.entity,
                "entity_id": a.entity_id,
                "change": orjson.Fragment(a.change_json),
                "prev_hash": a.prev_hash,
                "hash": a.hash,
            }
            for a in audit
        ],
    }
    batch = _Batch(batch_id, body, rows, len(audit), audit[-1].seq if audit else 0, after_seq, acked)
    return batch, {r.seq: r for r in rows}


def _park_unsendable(ctx: AppContext, township_id: str) -> int:
    """Move outbox rows the county cannot take (another township's rows, unknown entities)
    into sync_conflict as "rejected", so the rest of the queue keeps flowing."""
    unsendable = (
        select(SyncOutbox)
        .where(
            SyncOutbox.entity.not_in(TOWNSHIP_ENTITIES)
            | (func.json_extract(SyncOutbox.payload, "$.township_id") != township_id)
        )
        .order_by(SyncOutbox.seq)
    )
    with ctx.db.read_session() as s:
        if s.scalar(unsendable.with_only_columns(SyncOutbox.seq).limit(1)) is None:
            return 0
    with _write(ctx) as s:
        parked = 0
        now = ctx.clock.now()
        for o in s.scalars(unsendable):
            reason = (
                f"{o.entity} 不在同步范围内" if o.entity not in TOWNSHIP_ENTITIES else "不属于本乡镇的数据不上传"
            )
            _keep_loser(
                s, kind="rejected", entity=o.entity, row_id=o.row_id, version=o.version,
                payload=o.payload, winner_version=None, reason=reason, now=now,
            )
            s.delete(o)
            parked += 1
        return parked


def push_pending(
    ctx: AppContext,
    conn: CountyConnection,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    result: PushResult | None = None,
) -> PushResult:
    """Push the whole outbox (and unacknowledged audit entries) batch by batch; `result`
    (when given) is filled as batches are acknowledged, so a failed or cancelled push still
    tells what went.

    One batch at a time is at the county (batches are applied in order: the audit chain
    has no gaps), but this side does not idle meanwhile: the next batch is read and built
    while one is in flight, and an ack is recorded while the next batch is in flight."""
    result = PushResult() if result is None else result
    result.rejected += _park_unsendable(ctx, conn.township_id)
    total = pending_count(ctx)
    sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="squaddesk-push")
    in_flight: Future[Any] | None = None

    def send(batch: _Batch) -> Future[Any]:
        return sender.submit(conn.request, "POST", "/push", body=batch.body)

    try:
        if cancel is not None and cancel():
            raise SyncCancelled()
        current = _next_batch(ctx, conn)
        if current is not None:
            in_flight = send(current[0])
        while current is not None and in_flight is not None:
            batch, by_seq = current
            # the batch after this one, read while this one is at the county
            following = _next_batch(
                ctx, conn, after_seq=max(by_seq, default=batch.after_seq),
                after_audit=batch.last_audit_seq or batch.after_audit,
            )
            try:
                answer = in_flight.result()
            except SyncError as exc:
                in_flight = None
                rows = (exc.params.get("detail") or {}) if exc.code == "county_invalid_rows" else {}
                bad = [r for r in rows.get("rows", []) if isinstance(r, dict) and r.get("seq") in by_seq]
                if not bad:
                    raise
                with _write(ctx) as s:  # park the refused rows; the rest goes in the next batch
                    for r in bad:
                        row = by_seq[r["seq"]]
                        _keep_loser(
                            s, kind="rejected", entity=row.entity, row_id=row.row_id, version=row.version,
                            payload=row.payload, winner_version=None, reason=str(r.get("reason")),
                            now=ctx.clock.now(),
                        )
                    s.execute(delete(SyncOutbox).where(SyncOutbox.seq.in_([r["seq"] for r in bad])))
                result.rejected += len(bad)
                current = _next_batch(ctx, conn)
                if current is not None:
                    in_flight = send(current[0])
                continue
            in_flight = None
            ack = PushAck.model_validate(answer)
            if ack.batch_id != batch.batch_id:
                raise SyncError("county_bad_answer", "县局的确认与所发批次不符，稍后自动重试。", retryable=True)
            stop = cancel is not None and cancel()
            if following is not None and not stop:
                in_flight = send(following[0])  # at the county while this ack is recorded
            _record_ack(ctx, ack, by_seq)
            result.batches += 1
            result.rows += len(batch.rows)
            result.audit_entries += batch.audit_entries
            result.conflicts += len(ack.conflicts)
            result.rejected += len(ack.rejected)
            result.duplicates += int(ack.duplicate)
            if progress is not None:
                progress("上传", result.rows, max(total, result.rows))
            if stop and following is not None:
                raise SyncCancelled()
            current = following
        return result
    finally:
        if in_flight is not None:  # failed while a batch was at the county: let it finish
            try:
                in_flight.result()
            except Exception:  # noqa: BLE001 - the first failure is the one reported
                pass
        sender.shutdown(wait=True)


def _record_ack(ctx: AppContext, ack: PushAck, by_seq: dict[int, _Queued]) -> None:
    """The county's ack in the store: conflicts and refusals kept, sent rows out of the
    outbox, the audit entries it holds marked."""
    with _write(ctx) as s:
        now = ctx.clock.now()
        for c in ack.conflicts:
            lost = by_seq.get(c.seq)
            if lost is not None:
                _keep_loser(
                    s, kind="conflict", entity=lost.entity, row_id=lost.row_id, version=lost.version,
                    payload=lost.payload, winner_version=c.winner_version, reason=c.reason, now=now,
                )
        for rej in ack.rejected:
            refused = by_seq.get(rej.seq)
            if refused is not None:
                _keep_loser(
                    s, kind="rejected", entity=refused.entity, row_id=refused.row_id,
                    version=refused.version, payload=refused.payload, winner_version=None,
                    reason=rej.reason, now=now,
                )
        if by_seq:
            s.execute(delete(SyncOutbox).where(SyncOutbox.seq.in_(list(by_seq))))
        if ack.last_audit_seq:
            acked = int(_get(s, KEY_AUDIT_ACKED) or 0)
            _set(s, KEY_AUDIT_ACKED, str(max(acked, ack.last_audit_seq)))


# --- pull ---------------------------------------------------------------------------------


def _models() -> dict[str, type[Any]]:
    return {str(getattr(m.local_table, "name", "")): m.class_ for m in Base.registry.mappers}


def _local_only(entity: str) -> frozenset[str]:
    model = _models().get(entity)
    return frozenset(getattr(model, "__local_only_columns__", frozenset()))


def _shared(entity: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload without the model's local-only columns (secrets, login state): they never
    leave this computer and a pull never overwrites them."""
    local = _local_only(entity)
    return {k: v for k, v in payload.items() if k not in local} if local else payload


def _binary_keys(model: type[Any]) -> set[str]:
    return {a.key for a in inspect(model).column_attrs if isinstance(a.columns[0].type, LargeBinary)}


def _unfillable(model: type[Any], values: dict[str, Any]) -> list[str]:
    """Required binary columns a pulled new row cannot fill (they come as attachments)."""
    return sorted(
        k for k in _binary_keys(model) if not inspect(model).columns[k].nullable and k not in values
    )


def _with_local_defaults(model: type[Any], values: dict[str, Any]) -> dict[str, Any]:
    """A new row from another device: local-only NOT NULL columns get a safe local value
    (a password hash "!" that matches no password: the user sets one on this computer)."""
    out = dict(values)
    for col in inspect(model).columns:
        if col.key in out or col.nullable or col.default is not None or col.server_default is not None:
            continue
        if col.key in getattr(model, "__local_only_columns__", ()):
            out[col.key] = "!" if isinstance(col.type, String) else 0
    return out


def _from_wire(model: type[Any], payload: dict[str, Any]) -> dict[str, Any]:
    """Payload values as attribute values (ISO text back to dates and aware datetimes);
    binary columns (sent as {"sha256", "size"} references) are left out."""
    out: dict[str, Any] = {}
    binary = _binary_keys(model)
    for attr in inspect(model).column_attrs:
        if attr.key not in payload or attr.key in binary:
            continue
        value = payload[attr.key]
        if isinstance(value, str):
            col_type = attr.columns[0].type
            if isinstance(col_type, TypeDecorator):
                col_type = col_type.impl_instance
            try:
                py = col_type.python_type
            except NotImplementedError:
                py = str
            if py is datetime:
                value = datetime.fromisoformat(value)
            elif py is date:
                value = date.fromisoformat(value)
        out[attr.key] = value
    return out


@dataclass
class PullResult:
    """What a pull brought."""

    pages: int = 0
    rows: int = 0
    applied: int = 0
    conflicts: int = 0
    reference_kinds: list[str] = field(default_factory=list)
    reference_refused: list[str] = field(default_factory=list)
    reference_notes: list[str] = field(default_factory=list)


def _apply_reference(ctx: AppContext, row: FeedRow, result: PullResult) -> None:
    """County documents: catalog, benchmarks and holidays through reference_data (only a newer
    version is loaded); other kinds kept as local settings for their features."""
    from app.services import reference_data
    from app.sync import county_docs

    kind = row.entity.split(":", 1)[1]
    if kind in (*reference_data.KINDS, *county_docs.KINDS) and isinstance(row.payload, dict):
        try:
            if kind in county_docs.KINDS:
                result.reference_notes.append(county_docs.apply_document(ctx, kind, row.version, row.payload))
            else:
                reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, kind, row.payload)
        except DomainError as exc:
            if exc.code != "reference_not_newer":
                result.reference_refused.append(f"{kind}: {exc}")
                with _write(ctx) as s:
                    _keep_loser(
                        s, kind="rejected", entity=row.entity, row_id=row.row_id, version=row.version,
                        payload=row.payload, winner_version=None, reason=str(exc), now=ctx.clock.now(),
                    )
            return
        result.reference_kinds.append(kind)
        return
    with _write(ctx) as s:
        _set(s, f"{REF_SETTING_PREFIX}{kind}", canonical_json(row.payload))
    result.reference_kinds.append(kind)


def _apply_rows(
    s: Session, ctx: AppContext, rows: list[FeedRow], township_id: str, my_device: str, result: PullResult
) -> int:
    """Apply own-township rows of other devices; answers how many changed the store."""
    models = _models()
    ids = [r.row_id for r in rows]
    pending: set[tuple[str, str]] = {
        (e, i)
        for e, i in s.execute(
            select(SyncOutbox.entity, SyncOutbox.row_id).where(SyncOutbox.row_id.in_(ids))
        ).all()
    }
    now = ctx.clock.now()
    changed = 0
    for r in rows:
        model = models.get(r.entity)
        if model is None or r.entity not in TOWNSHIP_ENTITIES or not isinstance(r.payload, dict):
            continue
        if r.payload.get("township_id") != township_id:
            continue  # never another township's rows (the county does not send them)
        local = s.get(model, r.row_id)
        incoming_upd = str(r.payload.get("updated_at", ""))
        origin = r.origin_device or ""
        values = _from_wire(model, _shared(r.entity, r.payload))
        if local is None:
            missing = _unfillable(model, values)
            if missing:
                # a binary column (seal image, issued PDF) travels as an attachment by hash:
                # keep the row until its attachment can be fetched (not built yet)
                _keep_loser(
                    s, kind="awaiting_attachment", entity=r.entity, row_id=r.row_id,
                    version=r.version, payload=r.payload, winner_version=None, now=now,
                    reason=f"等待附件（{', '.join(missing)}）下载后再写入",
                )
                continue
            s.add(model(**_with_local_defaults(model, values)))
            changed += 1
            continue
        mine = row_payload(local)
        if canonical_json(mine) == canonical_json(_shared(r.entity, r.payload)):
            continue
        key = (r.entity, r.row_id)
        incoming_wins = wins(
            r.version, incoming_upd, origin, local.version, str(mine.get("updated_at", "")), my_device
        )
        if key in pending:
            if incoming_wins:
                _keep_loser(
                    s, kind="conflict", entity=r.entity, row_id=r.row_id, version=local.version,
                    payload=mine, winner_version=r.version, now=now,
                    reason="另一台设备的较新版本已采用，本机未上传的修改保留待核对",
                )
                s.execute(
                    delete(SyncOutbox).where(SyncOutbox.entity == r.entity, SyncOutbox.row_id == r.row_id)
                )
            else:
                _keep_loser(
                    s, kind="conflict", entity=r.entity, row_id=r.row_id, version=r.version,
                    payload=r.payload, winner_version=local.version, now=now,
                    reason="本机版本较新，另一台设备的版本保留待核对",
                )
                result.conflicts += 1
                continue
            result.conflicts += 1
        elif r.version < local.version:
            continue  # stale feed entry; the county holds ours
        elif r.version == local.version:
            _keep_loser(
                s, kind="conflict", entity=r.entity, row_id=r.row_id, version=local.version,
                payload=mine, winner_version=r.version, now=now,
                reason="县局采用了另一台设备的同版本修改，本机版本保留待核对",
            )
            result.conflicts += 1
        for k, v in values.items():
            setattr(local, k, v)
        changed += 1
    return changed


def pull(
    ctx: AppContext,
    conn: CountyConnection,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    result: PullResult | None = None,
) -> PullResult:
    """Pull the change feed from the stored cursor to its end, one transaction per page;
    `result` (when given) is filled page by page."""
    from local_db import audit

    result = PullResult() if result is None else result
    with ctx.db.read_session() as s:
        cursor = int(_get(s, KEY_CURSOR) or 0)
    while True:
        if cancel is not None and cancel():
            raise SyncCancelled()
        page = PullPage.model_validate(
            conn.request("GET", "/pull", params={"cursor": cursor, "limit": PULL_PAGE})
        )
        if page.cursor != cursor or page.next_cursor < cursor:
            raise SyncError("county_bad_answer", "县局的数据页与游标不符，稍后自动重试。", retryable=True)
        refs = [r for r in page.rows if r.entity.startswith("ref:")]
        rows = [r for r in page.rows if not r.entity.startswith("ref:")]
        for r in refs:  # each in its own transaction (reference_data's unit of work)
            _apply_reference(ctx, r, result)
        # FK checks off while applying: the feed orders rows by their last change, so a
        # child may arrive a page before its parent; the parent comes later in the same pull.
        with ctx.db.write_engine.connect() as conn_sql:
            raw = conn_sql.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with Session(bind=conn_sql, expire_on_commit=False) as s:
                    s.begin()
                    changed = _apply_rows(s, ctx, rows, conn.township_id, conn.device_id, result)
                    _set(s, KEY_CURSOR, str(page.next_cursor))
                    if changed:
                        s.flush()
                        audit.append(
                            s, at=ctx.clock.now(), user_id=None, user_name="sync", action="sync.pull",
                            entity="sync_outbox", entity_id=None,
                            change={"rows": changed, "cursor": page.next_cursor},
                        )
                    s.commit()
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
        result.pages += 1
        result.rows += len(page.rows)
        result.applied += changed
        cursor = page.next_cursor
        if progress is not None:
            progress("下载", result.rows, result.rows + (PULL_PAGE if page.has_more else 0))
        if not page.has_more:
            return result


# --- one sync -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncReport:
    """One finished sync."""

    push: PushResult
    pull: PullResult
    pending_after: int
    files: Any = None  # app.sync.files.FilesResult


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    enrolled: bool
    county_url: str | None
    last_success: str | None
    last_error: str | None
    pending: int
    open_conflicts: int


def sync_status(ctx: AppContext) -> SyncStatus:
    """Enrolment, last success, last error, pending and unresolved conflicts."""
    st = _settings(ctx, KEY_URL, KEY_DEVICE, KEY_LAST_SUCCESS, KEY_LAST_ERROR)
    with ctx.db.read_session() as s:
        conflicts = int(
            s.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
            or 0
        )
    return SyncStatus(
        enrolled=bool(st[KEY_URL] and st[KEY_DEVICE]),
        county_url=st[KEY_URL],
        last_success=st[KEY_LAST_SUCCESS],
        last_error=st[KEY_LAST_ERROR],
        pending=pending_count(ctx),
        open_conflicts=conflicts,
    )


def _error_detail(exc: BaseException) -> str:
    """The technical side of a failure (the status bar's tooltip): code and parameters."""
    if isinstance(exc, DomainError):
        params = ", ".join(f"{k}={v}" for k, v in exc.params.items() if v not in (None, ""))
        return f"{exc.code}" + (f" ({params})" if params else "")
    return f"{type(exc).__name__}: {exc}"


def sync_now(
    ctx: AppContext,
    *,
    trigger: str = "manual",
    http: httpx.Client | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> SyncReport:
    """Push, then pull; every attempt is recorded in sync_run (app.sync.runs: outcome ok,
    error or cancelled, the counts moved so far) and in the last success / last error
    settings. A cancelled sync keeps what was acknowledged and is not an error."""
    from app.rules.sync import SyncOutcome
    from app.sync import runs

    run_id = runs.start_run(ctx, trigger)
    pushed, pulled = PushResult(), PullResult()
    conn: CountyConnection | None = None

    def counts() -> dict[str, int]:
        return {
            "pushed": pushed.rows,
            "pulled": pulled.rows,
            "conflicts": pushed.conflicts + pulled.conflicts,
        }

    try:
        conn = open_connection(ctx, http=http)
        push_pending(ctx, conn, progress=progress, cancel=cancel, result=pushed)
        from app.sync.files import upload_files  # files.py builds on this module

        uploaded = upload_files(ctx, conn, progress=progress, cancel=cancel)
        county_docs.send_own_key(ctx, conn)  # before the pull: it brings the township_keys back
        pull(ctx, conn, progress=progress, cancel=cancel, result=pulled)
    except SyncCancelled as exc:
        runs.finish_run(
            ctx, run_id, SyncOutcome.CANCELLED, error=str(exc), error_code=exc.code, **counts()
        )
        raise
    except Exception as exc:
        if isinstance(exc, DomainError):
            message, code = str(exc), exc.code
            retryable = bool(getattr(exc, "retryable", False))
        else:  # a fault of this program: recorded, then raised to the caller's crash handling
            message, code, retryable = f"同步时发生内部错误（{type(exc).__name__}），稍后自动重试。", "internal", True
        stamp = ctx.clock.now().isoformat()
        runs.finish_run(
            ctx, run_id, SyncOutcome.ERROR, error=message, error_code=code,
            error_detail=_error_detail(exc), retryable=retryable,
            extra=lambda s: _set(s, KEY_LAST_ERROR, f"{stamp} {message}"), **counts(),
        )
        raise
    finally:
        if http is None and conn is not None:
            conn.http.close()  # a client this call opened

    def success(s: Session) -> None:
        _set(s, KEY_LAST_SUCCESS, ctx.clock.now().isoformat())
        _set(s, KEY_LAST_ERROR, "")

    runs.finish_run(ctx, run_id, SyncOutcome.OK, extra=success, **counts())
    return SyncReport(pushed, pulled, pending_count(ctx), uploaded)


def county_status(ctx: AppContext, *, http: httpx.Client | None = None) -> StatusResponse:
    """The county's view of this township (rows held, audit-chain verdict)."""
    conn = open_connection(ctx, http=http)
    try:
        return StatusResponse.model_validate(conn.request("GET", "/status"))
    finally:
        if http is None:
            conn.http.close()
