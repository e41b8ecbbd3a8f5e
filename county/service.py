"""County use cases: townships and enrolment codes, enrolment, push, pull, status, files,
publishing reference data. Each function works in the session it is given (the caller commits); every
query is scoped to the township of the authenticated device.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import orjson
from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.sync.protocol import (
    COUNTY_ENTITIES,
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    REFERENCE_KINDS,
    SYNC_COLUMNS,
    TOWNSHIP_ENTITIES,
    UPGRADE_MESSAGE,
    MAX_FILE_BYTES,
    AuditEntry,
    AuditVerdict,
    EnrolRequest,
    EnrolResponse,
    FeedRow,
    PublicKeyAck,
    PublicKeyUpload,
    FileStatus,
    PullPage,
    PushAck,
    PushBatch,
    RowChange,
    RowConflict,
    StatusResponse,
    batch_content_hash,
    canonical_json,
    key_id_for,
    wins,
)
from county.db import (
    FEED_SEQ,
    AppliedBatch,
    AuditCopy,
    AuditState,
    CountyFile,
    CountyFileChunk,
    CountyReference,
    Device,
    EnrolmentCode,
    ReceivedConflict,
    ReceivedRow,
    Township,
    TownshipKey,
    utcnow,
)

GENESIS_HASH = "0" * 64
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_TTL = timedelta(hours=72)
_TOWNSHIP_ENTITIES = frozenset(TOWNSHIP_ENTITIES)
_REF_LOCK = (2, 0)


class ApiError(Exception):
    """An answer other than success: HTTP status, stable code, Chinese message, details."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class Caller:
    """The authenticated device and its township (every query is scoped by it)."""

    device_id: str
    township_pk: int
    township_id: str
    township_code: str
    township_name: str


def sha256_hex(value: str) -> str:
    """sha256 of UTF-8 text, hex."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def check_schema(version: int | None) -> None:
    """426 unless the client speaks this protocol version."""
    if version != PROTOCOL_VERSION:
        raise ApiError(
            426,
            "upgrade_required",
            UPGRADE_MESSAGE.format(client=version, server=PROTOCOL_VERSION),
            {"client": version, "server": PROTOCOL_VERSION},
        )


# --- administration -----------------------------------------------------------------------


def create_township(s: Session, name: str, code: str) -> Township:
    """A new township (its township_id is bound by the first enrolment)."""
    code = code.strip()
    if not code or not name.strip():
        raise ApiError(422, "bad_township", "乡镇名称和代码不能为空。")
    if s.scalar(select(Township.pk).where(Township.code == code)) is not None:
        raise ApiError(409, "township_exists", f"乡镇代码 {code} 已存在。")
    t = Township(code=code, name=name.strip())
    s.add(t)
    s.flush()
    return t


def normalise_code(code: str) -> str:
    """Enrolment codes compare without dashes, spaces or case."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_enrolment_code(
    s: Session, township_code: str, *, ttl: timedelta = CODE_TTL, now: datetime | None = None
) -> tuple[str, datetime]:
    """A one-time enrolment code for the township (only its hash is stored) and its expiry."""
    t = s.scalar(select(Township).where(Township.code == township_code))
    if t is None:
        raise ApiError(404, "no_township", f"没有代码为 {township_code} 的乡镇。")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    expires = (now or utcnow()) + ttl
    s.add(EnrolmentCode(code_sha256=sha256_hex(raw), township_pk=t.pk, expires_at=expires))
    s.flush()
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}", expires


def publish_reference(s: Session, kind: str, doc: Any) -> bool:
    """Publish a county-owned document (whole document per kind); False when unchanged."""
    if kind not in REFERENCE_KINDS:
        raise ApiError(422, "bad_kind", f"未知的参考数据类型：{kind}")
    if not isinstance(doc, dict):
        raise ApiError(422, "bad_document", "参考数据须为 JSON 对象。")
    _ref_lock(s)
    entity = f"ref:{kind}"
    row = s.scalar(
        select(CountyReference).where(CountyReference.entity == entity, CountyReference.row_id == kind)
    )
    if row is None:
        s.add(CountyReference(entity=entity, row_id=kind, version=1, payload=doc))
    elif row.payload == doc:
        return False
    else:
        row.version += 1
        row.payload = doc
        row.server_seq = FEED_SEQ.next_value()
        row.published_at = utcnow()
    s.flush()
    return True


# --- auth and enrolment -------------------------------------------------------------------


def authenticate(s: Session, token: str | None) -> Caller:
    """The caller of a bearer token; 401 for a missing, unknown or revoked one."""
    if not token:
        raise ApiError(401, "unauthorized", "缺少设备令牌，请先在本机登记（注册）到县局。")
    row = s.execute(
        select(Device, Township)
        .join(Township, Township.pk == Device.township_pk)
        .where(Device.token_sha256 == sha256_hex(token))
    ).first()
    if row is None or row[0].revoked or row[1].township_id is None:
        raise ApiError(401, "unauthorized", "设备令牌无效或已停用，请重新登记。")
    device, township = row
    assert township.township_id is not None
    return Caller(device.id, township.pk, township.township_id, township.code, township.name)


def enrol(s: Session, req: EnrolRequest, *, now: datetime | None = None) -> EnrolResponse:
    """Spend a one-time code: register the device, bind the township id on first use."""
    check_schema(req.schema_version)
    now = now or utcnow()
    code = s.scalar(
        select(EnrolmentCode)
        .where(EnrolmentCode.code_sha256 == sha256_hex(normalise_code(req.code)))
        .with_for_update()
    )
    if code is None or code.used_at is not None or code.expires_at <= now:
        raise ApiError(403, "bad_enrolment_code", "登记码无效、已使用或已过期，请向县局管理员重新申请。")
    township = s.get(Township, code.township_pk, with_for_update=True)
    assert township is not None
    if township.township_id is None:
        if req.township_id is None:
            raise ApiError(422, "township_id_required", "首次登记须提供本机数据库的乡镇标识。")
        if s.scalar(select(Township.pk).where(Township.township_id == req.township_id)):
            raise ApiError(409, "township_id_taken", "该乡镇数据库已登记到县局的另一个乡镇。")
        township.township_id = req.township_id
    elif req.township_id is not None and req.township_id != township.township_id:
        raise ApiError(
            409,
            "township_mismatch",
            f"本机数据库不属于{township.name}（县局已登记的是另一份乡镇数据库）。",
        )
    token = secrets.token_urlsafe(32)
    device = Device(
        id=str(uuid.uuid4()), township_pk=township.pk, name=req.device_name, token_sha256=sha256_hex(token)
    )
    s.add(device)
    code.used_at = now
    code.used_by_device = device.id
    s.flush()
    return EnrolResponse(
        township_id=township.township_id,
        township_code=township.code,
        township_name=township.name,
        device_id=device.id,
        token=token,
    )


# --- push ---------------------------------------------------------------------------------


def _row_problem(r: RowChange) -> str | None:
    """Why a pushed row is malformed (None: fine). Township scope is checked separately."""
    if r.entity not in _TOWNSHIP_ENTITIES:
        if r.entity in COUNTY_ENTITIES:
            return f"{r.entity} 由县局维护，乡镇不能上传"
        return f"未知的数据类型 {r.entity}"
    missing = [c for c in SYNC_COLUMNS if c not in r.payload]
    if missing:
        return f"缺少同步字段 {', '.join(missing)}"
    if r.payload.get("id") != r.row_id:
        return "payload.id 与 row_id 不一致"
    if r.payload.get("version") != r.version:
        return "payload.version 与 version 不一致"
    if not isinstance(r.payload.get("deleted"), bool):
        return "deleted 须为 true/false"
    if (r.op == "delete") != r.payload["deleted"]:
        return "op 与 deleted 不一致"
    if not isinstance(r.payload.get("updated_at"), str):
        return "updated_at 须为 ISO 时间文本"
    return None


def _lock_township(s: Session, township_id: str, *, shared: bool = False) -> None:
    fn = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    s.execute(text(f"SELECT {fn}(1, hashtext(:t))"), {"t": township_id})


def _audit_state(s: Session, township_id: str, device_id: str) -> AuditState:
    state = s.get(AuditState, (township_id, device_id), with_for_update=True)
    if state is None:
        state = AuditState(
            township_id=township_id, device_id=device_id, last_seq=0, last_hash=GENESIS_HASH,
            entries=0, ok=True,
        )
        s.add(state)
    return state


def _entry_hash(prev_hash: str, e: AuditEntry) -> str:
    """The township's own hash of an entry (local_db.audit.entry_hash on a plain row: no ORM
    object per entry)."""
    return _checked_entry(prev_hash, e)[1]


def _exact_entry(prev_hash: str, e: AuditEntry, at: datetime) -> tuple[str, str]:
    from local_db.audit import entry_hash

    change_json = canonical_json(e.change)
    row = SimpleNamespace(
        seq=e.seq,
        at=at,
        user_id=e.user_id,
        user_name=e.user_name,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        change_json=change_json,
    )
    return change_json, entry_hash(prev_hash, row)  # type: ignore[arg-type]


def _checked_entry(prev_hash: str, e: AuditEntry) -> tuple[str, str]:
    """(the entry's change as canonical JSON text, the township's hash of the entry).

    Fast path: the hashed body (local_db.audit.entry_hash: sha256 of prev_hash + the
    canonical JSON of the entry) written by orjson with sorted keys, one pass; its bytes
    are canonical_json's except for rare spellings (some floats, integers beyond 64 bits).
    Only a hash that does not match the entry's is computed again the exact way, so a
    spelling difference can never be taken for tampering."""
    at = datetime.fromisoformat(e.at)
    if at.tzinfo is None:
        raise ValueError("audit time without zone")
    try:
        change = orjson.dumps(e.change, option=orjson.OPT_SORT_KEYS)
        body = orjson.dumps(
            {
                "seq": e.seq,
                "at": at.isoformat(),
                "user_id": e.user_id,
                "user_name": e.user_name,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "change": orjson.Fragment(change),
            },
            option=orjson.OPT_SORT_KEYS,
        )
    except TypeError:  # orjson.JSONEncodeError
        return _exact_entry(prev_hash, e, at)
    actual = hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()
    if actual == e.hash:
        return change.decode("utf-8"), actual
    return _exact_entry(prev_hash, e, at)


_AUDIT_COLUMNS = (
    "township_id", "device_id", "seq", "at", "user_id", "user_name", "action", "entity",
    "entity_id", "change_json", "prev_hash", "hash",
)
_RECEIVED_COLUMNS = (
    "township_id", "entity", "row_id", "version", "op", "deleted", "updated_at", "payload",
    "device_id", "batch_id", "received_at",
)


def _json_text(value: Any) -> str:
    """JSON text of a payload for COPY into a jsonb column (PostgreSQL normalises it)."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError: e.g. an integer beyond 64 bits
        return json.dumps(value, ensure_ascii=False)


def _copy_rows(s: Session, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    """COPY rows into a temporary table shaped like `table` (dropped at commit), in the
    session's transaction; answers the temporary table's name. One round trip per batch
    instead of one statement per row."""
    tmp = f"_push_{table}"
    s.execute(text(_temp_table_sql(table, tmp, columns)))
    raw = s.connection().connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {tmp} (ord, {', '.join(columns)}) FROM STDIN") as cp:
        for i, row in enumerate(rows):
            cp.write_row((i, *row))
    return tmp


def _temp_table_sql(table: str, tmp: str, columns: tuple[str, ...]) -> str:
    return (
        f"CREATE TEMP TABLE IF NOT EXISTS {tmp} ON COMMIT DROP AS "
        f"SELECT 0 AS ord, {', '.join(columns)} FROM {table} WITH NO DATA"
    )


def _copy_direct(s: Session, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """COPY rows straight into `table` (in order): only where no row can conflict."""
    raw = s.connection().connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
        for row in rows:
            cp.write_row(row)


def _receive_audit(
    s: Session, township_id: str, device_id: str, entries: list[AuditEntry]
) -> AuditVerdict:
    """Append the entries to the county's copy of this device's chain, verifying it; the
    first break is kept."""
    state = _audit_state(s, township_id, device_id)
    ok, bad_seq, reason = state.ok, state.bad_seq, state.reason
    last_seq, last_hash, count = state.last_seq, state.last_hash, state.entries

    def breaks(seq: int, why: str) -> None:
        nonlocal ok, bad_seq, reason
        if ok:
            ok, bad_seq, reason = False, seq, why

    new: list[tuple[Any, ...]] = []
    resent = [e.seq for e in entries if e.seq <= last_seq]
    stored: dict[int, str] = {}
    if resent:
        stored = dict(
            s.execute(
                select(AuditCopy.seq, AuditCopy.hash).where(
                    AuditCopy.township_id == township_id,
                    AuditCopy.device_id == device_id,
                    AuditCopy.seq.in_(resent),
                )
            ).all()
        )
    first_new = last_seq
    for e in sorted(entries, key=lambda x: x.seq):
        if e.seq <= last_seq:
            if stored.get(e.seq, e.hash) != e.hash:
                breaks(e.seq, f"第 {e.seq} 条审计记录与县局已收到的不同（记录被改写）")
            continue
        change_json: str | None = None
        if e.seq != last_seq + 1:
            breaks(last_seq + 1, f"审计记录缺失：缺少第 {last_seq + 1} 条（收到第 {e.seq} 条）")
        elif e.prev_hash != last_hash:
            breaks(e.seq, f"第 {e.seq} 条审计记录与前一条的链接断开")
        else:
            try:
                change_json, actual = _checked_entry(last_hash, e)
            except (ValueError, TypeError) as exc:
                breaks(e.seq, f"第 {e.seq} 条审计记录无法读取：{exc}")
            else:
                if actual != e.hash:
                    breaks(e.seq, f"第 {e.seq} 条审计记录内容与其哈希不符（记录被篡改）")
        new.append(
            (
                township_id, device_id, e.seq, e.at, e.user_id, e.user_name, e.action, e.entity,
                e.entity_id, canonical_json(e.change) if change_json is None else change_json,
                e.prev_hash, e.hash,
            )
        )
        last_seq, last_hash, count = e.seq, e.hash, count + 1
    if new:
        # entries above the chain's last seq are never held (both change in one transaction,
        # under the state's row lock): COPY them straight in; the INSERT … ON CONFLICT through a
        # temporary table only if something unexpected is there
        held_above = s.execute(
            select(AuditCopy.seq)
            .where(
                AuditCopy.township_id == township_id,
                AuditCopy.device_id == device_id,
                AuditCopy.seq > first_new,
            )
            .limit(1)
        ).first()
        if held_above is None:
            _copy_direct(s, "audit_copy", _AUDIT_COLUMNS, new)
        else:
            tmp = _copy_rows(s, "audit_copy", _AUDIT_COLUMNS, new)
            cols = ", ".join(_AUDIT_COLUMNS)
            s.execute(
                text(f"INSERT INTO audit_copy ({cols}) SELECT {cols} FROM {tmp} ORDER BY ord ON CONFLICT DO NOTHING")
            )
    state.ok, state.bad_seq, state.reason = ok, bad_seq, reason
    state.last_seq, state.last_hash, state.entries = last_seq, last_hash, count
    state.checked_at = utcnow()
    return _verdict(state)


def _verdict(state: AuditState | None) -> AuditVerdict:
    if state is None:
        return AuditVerdict(ok=True, entries=0, last_seq=0)
    return AuditVerdict(
        ok=state.ok,
        entries=state.entries,
        last_seq=state.last_seq,
        bad_seq=state.bad_seq,
        reason=state.reason,
    )


_HELD_SQL = text(
    """
    SELECT r.entity, r.row_id, r.version, r.updated_at, r.device_id, r.payload
      FROM unnest(CAST(:entities AS text[]), CAST(:row_ids AS text[])) AS k(entity, row_id)
      JOIN received_row r ON r.township_id = :tid AND r.entity = k.entity AND r.row_id = k.row_id
    """
)


@dataclass
class _Held:
    version: int
    updated_at: str
    device: str
    payload: dict[str, Any]


def apply_push(s: Session, caller: Caller, batch: PushBatch) -> PushAck:
    """Apply one batch in the session's transaction, idempotently (see PushBatch)."""
    check_schema(batch.schema_version)
    if batch.township_id != caller.township_id:
        raise ApiError(403, "forbidden_township", "设备令牌不属于该乡镇，拒绝上传。")
    if batch.device_id != caller.device_id:
        raise ApiError(403, "forbidden_device", "批次的设备标识与设备令牌不符。")
    foreign = [r for r in batch.rows if r.payload.get("township_id") != caller.township_id]
    if foreign:
        raise ApiError(
            403,
            "forbidden_township",
            "批次中含有其他乡镇的数据，整批拒收。",
            {"rows": [{"seq": r.seq, "row_id": r.row_id} for r in foreign[:20]]},
        )
    bad = [(r, p) for r in batch.rows if (p := _row_problem(r)) is not None]
    if bad:
        raise ApiError(
            422,
            "invalid_rows",
            f"批次中有 {len(bad)} 行格式不正确，整批拒收，未作任何更改。",
            {"rows": [{"seq": r.seq, "entity": r.entity, "row_id": r.row_id, "reason": p} for r, p in bad[:100]]},
        )
    tid = caller.township_id
    _lock_township(s, tid)
    content = batch_content_hash(batch)
    prev = s.scalar(
        select(AppliedBatch).where(AppliedBatch.township_id == tid, AppliedBatch.batch_id == batch.batch_id)
    )
    if prev is not None:
        if prev.content_sha256 != content:
            raise ApiError(409, "batch_id_reused", "同一批次号的内容不同，拒收。")
        return PushAck.model_validate({**prev.ack, "duplicate": True})

    held: dict[tuple[str, str], _Held] = {}
    keys = list({(r.entity, r.row_id) for r in batch.rows})
    if keys:
        # a join on the unnested keys: index lookups on uq_received_row_key (a row-value IN
        # list made the planner scan the township's rows for every batch)
        for entity, row_id, version, updated_at, device, payload in s.execute(
            _HELD_SQL,
            {"tid": tid, "entities": [k[0] for k in keys], "row_ids": [k[1] for k in keys]},
        ):
            held[(entity, row_id)] = _Held(version, updated_at, device, payload)
    held_before = bool(held)

    dev = caller.device_id
    changed: dict[tuple[str, str], RowChange] = {}
    lost_chain: set[tuple[str, str]] = set()
    conflicts: list[RowConflict] = []
    losers: list[dict[str, Any]] = []
    applied = unchanged = 0
    for r in batch.rows:
        key = (r.entity, r.row_id)
        cur = held.get(key)
        upd = str(r.payload["updated_at"])
        if cur is not None and cur.version == r.version and cur.payload == r.payload:
            unchanged += 1
            continue
        if cur is None or wins(r.version, upd, dev, cur.version, cur.updated_at, cur.device):
            if cur is not None and cur.device != dev and (cur.version >= r.version or key in lost_chain):
                # a concurrent version of another device loses: kept, never dropped
                losers.append(_loser(tid, key, cur.version, cur.device, cur.payload, r.version, dev))
            held[key] = _Held(r.version, upd, dev, r.payload)
            changed[key] = r
            applied += 1
        else:
            lost_chain.add(key)
            losers.append(_loser(tid, key, r.version, dev, r.payload, cur.version, cur.device))
            conflicts.append(
                RowConflict(
                    seq=r.seq,
                    entity=r.entity,
                    row_id=r.row_id,
                    version=r.version,
                    winner_version=cur.version,
                    reason="县局已有该记录的较新版本（另一台设备修改），本机版本已保留待核对",
                )
            )
    if changed:
        now = utcnow()
        records = [
            (
                tid, r.entity, r.row_id, r.version, r.op, bool(r.payload["deleted"]),
                str(r.payload["updated_at"]), _json_text(r.payload), dev, batch.batch_id, now,
            )
            for r in changed.values()
        ]
        if not held_before:
            # none of the batch's rows is held (a first push): nothing to update, and no other
            # transaction inserts this township's rows (the township lock), so COPY straight in
            _copy_direct(s, "received_row", _RECEIVED_COLUMNS, records)
        else:
            tmp = _copy_rows(s, "received_row", _RECEIVED_COLUMNS, records)
            cols = ", ".join(_RECEIVED_COLUMNS)
            updated = ", ".join(f"{c} = excluded.{c}" for c in _RECEIVED_COLUMNS[3:])
            s.execute(
                text(
                    f"INSERT INTO received_row ({cols}) SELECT {cols} FROM {tmp} ORDER BY ord "
                    f"ON CONFLICT ON CONSTRAINT uq_received_row_key DO UPDATE SET {updated}, "
                    f"server_seq = nextval('feed_seq')"
                )
            )
    if losers:
        s.execute(pg_insert(ReceivedConflict), losers)
    verdict = _receive_audit(s, tid, dev, batch.audit_entries)
    ack = PushAck(
        batch_id=batch.batch_id,
        last_seq=max((r.seq for r in batch.rows), default=0),
        last_audit_seq=max((e.seq for e in batch.audit_entries), default=0),
        applied=applied,
        unchanged=unchanged,
        conflicts=conflicts,
        audit=verdict,
        duplicate=False,
    )
    s.add(
        AppliedBatch(
            township_id=tid,
            batch_id=batch.batch_id,
            device_id=dev,
            content_sha256=content,
            ack=ack.model_dump(mode="json"),
            rows=len(batch.rows),
        )
    )
    s.flush()
    return ack


def _loser(
    tid: str,
    key: tuple[str, str],
    version: int,
    device: str,
    payload: dict[str, Any],
    winner_version: int,
    winner_device: str,
) -> dict[str, Any]:
    return {
        "township_id": tid,
        "entity": key[0],
        "row_id": key[1],
        "losing_version": version,
        "losing_device": device,
        "losing_payload": payload,
        "winner_version": winner_version,
        "winner_device": winner_device,
        "at": utcnow(),
    }


# --- pull and status ----------------------------------------------------------------------

_FEED_SQL = text(
    """
    SELECT seq, entity, row_id, version, op, payload, origin FROM (
      (SELECT server_seq AS seq, entity, row_id, version, op, payload, device_id AS origin
         FROM received_row
        WHERE township_id = :tid AND server_seq > :cursor AND device_id <> :dev
        ORDER BY server_seq LIMIT :n)
      UNION ALL
      (SELECT server_seq AS seq, entity, row_id, version, 'upsert' AS op, payload, NULL AS origin
         FROM county_reference
        WHERE server_seq > :cursor
        ORDER BY server_seq LIMIT :n)
    ) AS feed ORDER BY seq LIMIT :n
    """
)


def pull(s: Session, caller: Caller, cursor: int, limit: int) -> PullPage:
    """The change feed after `cursor`: county documents and own-township rows written by other
    devices, in server order."""
    if cursor < 0 or not 1 <= limit <= MAX_PULL_LIMIT:
        raise ApiError(422, "bad_cursor", "cursor 须 ≥ 0，limit 须在 1–1000 之间。")
    # Shared locks: wait for in-flight writers of this feed, so no seq is skipped.
    _lock_township(s, caller.township_id, shared=True)
    s.execute(text("SELECT pg_advisory_xact_lock_shared(:a, :b)"), {"a": _REF_LOCK[0], "b": _REF_LOCK[1]})
    rows = s.execute(
        _FEED_SQL, {"tid": caller.township_id, "cursor": cursor, "dev": caller.device_id, "n": limit + 1}
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    feed = [
        FeedRow(
            seq=seq,
            entity=entity,
            row_id=row_id,
            version=version,
            op=op,
            payload=payload if not isinstance(payload, str) else json.loads(payload),
            origin_device=origin,
        )
        for seq, entity, row_id, version, op, payload, origin in rows
    ]
    return PullPage(
        cursor=cursor, next_cursor=feed[-1].seq if feed else cursor, has_more=has_more, rows=feed
    )


def status(s: Session, caller: Caller) -> StatusResponse:
    """What the county holds for the caller's township."""
    tid = caller.township_id
    held = s.scalar(select(func.count()).select_from(ReceivedRow).where(ReceivedRow.township_id == tid))
    head_rows = s.scalar(select(func.max(ReceivedRow.server_seq)).where(ReceivedRow.township_id == tid))
    head_ref = s.scalar(select(func.max(CountyReference.server_seq)))
    last = s.scalar(select(func.max(AppliedBatch.applied_at)).where(AppliedBatch.township_id == tid))
    return StatusResponse(
        township_id=tid,
        township_code=caller.township_code,
        township_name=caller.township_name,
        device_id=caller.device_id,
        rows_held=int(held or 0),
        feed_head=max(int(head_rows or 0), int(head_ref or 0)),
        last_batch_at=last.isoformat() if last else None,
        audit=_verdict(s.get(AuditState, (tid, caller.device_id))),
    )


def touch_device(s: Session, caller: Caller) -> None:
    """Remember when the device was last seen."""
    dev = s.get(Device, caller.device_id)
    if dev is not None:
        dev.last_seen_at = utcnow()


# --- township public keys (up) and the township_keys document (down) ----------------------


def _ref_lock(s: Session) -> None:
    s.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": _REF_LOCK[0], "b": _REF_LOCK[1]})


def reference_version(s: Session, kind: str) -> int:
    """The published version of a county document (0: never published)."""
    return int(
        s.scalar(
            select(CountyReference.version).where(
                CountyReference.entity == f"ref:{kind}", CountyReference.row_id == kind
            )
        )
        or 0
    )


def township_keys_document(s: Session) -> dict[str, Any]:
    """Every township's current and past 一案一码 public keys (the `township_keys` document;
    the shape `squaddesk-admin public-keys --import` reads)."""
    rows = s.execute(
        select(TownshipKey, Township.name)
        .join(Township, Township.pk == TownshipKey.township_pk)
        .order_by(TownshipKey.township_code, TownshipKey.received_at, TownshipKey.key_id)
    ).all()
    return {
        "keys": [
            {
                "township_code": k.township_code,
                "name": name,
                "public_key": k.public_key,
                "key_id": k.key_id,
                "current": k.retired_at is None,
                "since": k.received_at.astimezone(UTC).isoformat(),
                "retired": k.retired_at.astimezone(UTC).isoformat() if k.retired_at else None,
            }
            for k, name in rows
        ]
    }


def upload_key(s: Session, caller: Caller, req: PublicKeyUpload) -> PublicKeyAck:
    """Take the caller's township public key (scoped to its own township) and, when it is
    new, retire the previous one and publish the township_keys document again."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = bytes.fromhex(req.public_key)
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise ApiError(422, "bad_public_key", "公钥不是有效的 Ed25519 公钥，未作任何更改。") from exc
    kid = key_id_for(raw)
    if req.key_id is not None and req.key_id != kid:
        raise ApiError(422, "key_id_mismatch", "key_id 与公钥不符，未作任何更改。", {"expected": kid})
    _ref_lock(s)
    taken = s.scalar(
        select(Township.name)
        .join(TownshipKey, TownshipKey.township_pk == Township.pk)
        .where(
            Township.pk != caller.township_pk,
            (TownshipKey.township_code == req.township_code) | (TownshipKey.public_key == req.public_key),
        )
        .limit(1)
    )
    if taken is not None:
        raise ApiError(
            409,
            "township_code_taken",
            f"乡镇代码 {req.township_code} 或该公钥已由{taken}使用，拒收。",
        )
    mine = list(s.scalars(select(TownshipKey).where(TownshipKey.township_pk == caller.township_pk)))
    same = next((k for k in mine if k.key_id == kid and k.township_code == req.township_code), None)
    changed = same is None or same.retired_at is not None
    if changed:
        now = utcnow()
        for k in mine:
            if k.retired_at is None and k is not same:
                k.retired_at = now
        if same is None:
            s.add(
                TownshipKey(
                    township_pk=caller.township_pk,
                    township_code=req.township_code,
                    key_id=kid,
                    public_key=req.public_key,
                    device_id=caller.device_id,
                    received_at=now,
                )
            )
        else:
            same.retired_at = None
            same.device_id = caller.device_id
        s.flush()
    published = publish_reference(s, "township_keys", township_keys_document(s))
    return PublicKeyAck(
        township_code=req.township_code,
        key_id=kid,
        current=True,
        published=published,
        keys_version=reference_version(s, "township_keys"),
    )


def keys_for_code(s: Session, township_code: str) -> tuple[str | None, list[bytes]]:
    """The township name and every public key (current first) published under a QR code."""
    rows = s.execute(
        select(TownshipKey.public_key, Township.name)
        .join(Township, Township.pk == TownshipKey.township_pk)
        .where(TownshipKey.township_code == township_code)
        .order_by(TownshipKey.retired_at.is_not(None), TownshipKey.received_at.desc())
    ).all()
    if not rows:
        return None, []
    return rows[0][1], [bytes.fromhex(k) for k, _ in rows]


# --- certificate statuses (down) ----------------------------------------------------------

CERTIFICATE_STATUSES = ("有效", "暂扣", "注销", "吊销")
_STATUS_ALIASES = {
    "valid": "有效",
    "suspended": "暂扣",
    "cancelled": "注销",
    "canceled": "注销",
    "revoked": "吊销",
}


@dataclass(frozen=True)
class CertificateStatusEntry:
    """One row of the county's certificate register: number → status, valid-until, date."""

    number: str
    status: str
    valid_until: date | None
    on: date | None


def certificate_entry(
    number: Any, status: Any, valid_until: Any = None, on: Any = None, *, where: str = ""
) -> CertificateStatusEntry:
    """A validated entry (ApiError 422 naming `where` otherwise)."""

    def bad(msg: str) -> ApiError:
        return ApiError(422, "bad_certificate_status", f"{where}{msg}")

    def day(value: Any, label: str) -> date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip().replace("/", "-")[:10])
        except ValueError:
            raise bad(f"{label}不是有效日期：{value}") from None

    num = str(number or "").strip()
    if not num or len(num) > 64:
        raise bad("执法证号为空或过长。")
    st = str(status or "").strip()
    st = _STATUS_ALIASES.get(st.lower(), st)
    if st not in CERTIFICATE_STATUSES:
        raise bad(f"未知的执法证状态：{status}（应为 {'、'.join(CERTIFICATE_STATUSES)}）")
    return CertificateStatusEntry(num, st, day(valid_until, "有效期至"), day(on, "状态日期"))


def publish_certificate_status(
    s: Session, entries: list[CertificateStatusEntry], *, replace: bool = False, today: date | None = None
) -> tuple[bool, int]:
    """Merge the entries into the published certificate_status document (or replace it
    whole) and publish a new version; (changed, version)."""
    _ref_lock(s)
    row = s.scalar(
        select(CountyReference).where(
            CountyReference.entity == "ref:certificate_status", CountyReference.row_id == "certificate_status"
        )
    )
    current: dict[str, Any] = dict(row.payload) if row is not None else {}
    certs: dict[str, Any] = {} if replace else dict(current.get("certificates") or {})
    today = today or utcnow().date()
    for e in entries:
        certs[e.number] = {
            "status": e.status,
            "valid_until": e.valid_until.isoformat() if e.valid_until else None,
            "date": (e.on or today).isoformat(),
        }
    if row is not None and certs == current.get("certificates"):
        return False, int(current.get("version") or 0)
    version = int(current.get("version") or 0) + 1
    doc = {"version": version, "date": today.isoformat(), "certificates": certs}
    publish_reference(s, "certificate_status", doc)
    return True, version


def reference_payload(s: Session, kind: str) -> dict[str, Any] | None:
    """The published document of a kind (None: never published)."""
    payload = s.scalar(
        select(CountyReference.payload).where(
            CountyReference.entity == f"ref:{kind}", CountyReference.row_id == kind
        )
    )
    return dict(payload) if isinstance(payload, dict) else None
# --- files --------------------------------------------------------------------------------


def _file_status(sha256: str, f: CountyFile | None) -> FileStatus:
    if f is None:
        return FileStatus(sha256=sha256, size=None, received=0, complete=False)
    return FileStatus(sha256=sha256, size=f.size, received=f.received, complete=f.complete)


def _own_file(s: Session, caller: Caller, sha256: str, *, lock: bool = False) -> CountyFile | None:
    """The caller's township's file with this hash (never another township's)."""
    q = select(CountyFile).where(CountyFile.township_id == caller.township_id, CountyFile.sha256 == sha256)
    return s.scalar(q.with_for_update() if lock else q)


def file_status(s: Session, caller: Caller, sha256: str) -> FileStatus:
    """How much of the file the county holds for the caller's township."""
    return _file_status(sha256, _own_file(s, caller, sha256))


def _file_sha256(s: Session, file_id: int) -> str:
    """sha256 of the whole file, computed inside PostgreSQL (no copy of the bytes to Python;
    the aggregate holds one file, at most MAX_FILE_BYTES, well under the 1 GB value limit)."""
    digest = s.scalar(
        text(
            "SELECT sha256(coalesce(string_agg(data, ''::bytea ORDER BY byte_offset), ''::bytea))"
            " FROM county_file_chunk WHERE file_id = :f"
        ),
        {"f": file_id},
    )
    return bytes(digest).hex()


def put_file_chunk(
    s: Session, caller: Caller, sha256: str, offset: int, size: int, data: bytes
) -> FileStatus | ApiError:
    """Append a chunk at `offset` of the caller's file (declared total `size`). On the last
    chunk the whole file's sha256 is checked: it is marked complete, or everything received
    is discarded and an ApiError(422, "hash_mismatch") is *returned*, so the caller commits the
    discard before answering it. Other refusals are raised (nothing changes)."""
    if size > MAX_FILE_BYTES:
        raise ApiError(
            413, "file_too_large", f"文件过大（{size} 字节），县局最多接收 {MAX_FILE_BYTES} 字节。",
            {"size": size, "max": MAX_FILE_BYTES},
        )
    f = _own_file(s, caller, sha256, lock=True)
    if f is None:
        s.execute(
            pg_insert(CountyFile)
            .values(
                township_id=caller.township_id, sha256=sha256, size=size, received=0, complete=False,
                device_id=caller.device_id, created_at=utcnow(),
            )
            .on_conflict_do_nothing(constraint="uq_county_file_key")
        )
        f = _own_file(s, caller, sha256, lock=True)
        assert f is not None
    if f.complete:
        return _file_status(sha256, f)  # already verified: a resent chunk changes nothing
    if f.size != size:
        raise ApiError(
            409, "size_mismatch", f"文件大小与已开始的上传不符（已声明 {f.size} 字节）。",
            {"received": f.received, "size": f.size},
        )
    if offset != f.received:
        raise ApiError(
            409, "offset_mismatch", f"上传位置不符：县局已收到 {f.received} 字节，应从该处继续。",
            {"received": f.received, "size": f.size},
        )
    if offset + len(data) > size:
        raise ApiError(422, "chunk_beyond_size", "数据块超出声明的文件大小，未作任何更改。",
                       {"received": f.received, "size": f.size})
    if not data and offset != size:
        raise ApiError(422, "empty_chunk", "数据块为空，未作任何更改。", {"received": f.received, "size": f.size})
    if data:
        s.add(CountyFileChunk(file_id=f.id, byte_offset=offset, data=data))
        f.received = offset + len(data)
    s.flush()
    if f.received == f.size:
        if _file_sha256(s, f.id) != sha256:
            s.execute(delete(CountyFileChunk).where(CountyFileChunk.file_id == f.id))
            s.delete(f)
            s.flush()
            return ApiError(
                422, "hash_mismatch", "文件内容与其 sha256 不符，县局已丢弃收到的数据，请重新上传。",
                {"received": 0, "size": None},
            )
        f.complete = True
        f.completed_at = utcnow()
        s.flush()
    return _file_status(sha256, f)
