"""The sync wire protocol shared by the township client (app/sync) and the county server
(county/): request and response bodies, the schema version, the synced entities and the
canonical hashing both sides agree on.

JSON over HTTPS. Every request carries the client's schema version in the
`X-SquadDesk-Schema` header (push and enrol bodies carry it too); the county answers another
version with 426 and a Chinese "请升级 SquadDesk" message. Errors are `ErrorBody`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
"""Bumped on any incompatible change of these bodies or of the entities' payloads."""

SCHEMA_HEADER = "X-SquadDesk-Schema"
API_PREFIX = "/api/v1"

MAX_PUSH_ROWS = 5000
MAX_PUSH_AUDIT = 5000
MAX_PULL_LIMIT = 1000
PUSH_BATCH_ROWS = 2000  # what the client sends per batch (benchmarks/sync_push.py)
PUSH_BATCH_AUDIT = 2000

# Files (evidence, issued PDFs): uploaded by sha256 in chunks, resumable.
FILE_CHUNK_BYTES = 1 << 20  # what the client sends per PUT
MAX_FILE_CHUNK_BYTES = 8 << 20  # the largest chunk the county takes
MAX_FILE_BYTES = 200 * 1000 * 1000  # the largest file the county takes (413 beyond)

# Township-owned synced tables (every one has the SyncMixin columns). The township writes
# them, pushes them, and pulls its own rows changed by its other devices.
TOWNSHIP_ENTITIES: tuple[str, ...] = (
    "township",
    "user_account",
    "staff_member",
    "certificate_action",
    "enforcement_case",
    "case_party",
    "case_item",
    "case_handler",
    "case_step",
    "case_pause",
    "case_extension",
    "case_deadline",
    "evidence",
    "case_transfer",
    "joint_action",
    "joint_action_case",
    "seal",
    "issued_document",
    "equipment_item",
    "equipment_movement",
    "maintenance_schedule",
    "maintenance_record",
    "stocktake_session",
    "stocktake_scan",
    "seized_good",
    "seized_good_movement",
    "training_event",
    "training_attendance",
    "annual_assessment",
)

# County-owned data, published by the county and only pulled by townships. Entity names on
# the wire are "ref:<kind>"; one row per kind holding the whole versioned document.
REFERENCE_KINDS: tuple[str, ...] = (
    "catalog",  # 执法事项目录
    "benchmarks",  # 裁量基准
    "holidays",  # 法定节假日及调休
    "equipment_standard",  # 装备配备标准
    "certificate_status",  # 执法证状态 (county-issued; `squaddesk-county certificate-status`)
    "township_keys",  # every township's Ed25519 public keys for QR checks (on each key upload)
)
COUNTY_ENTITIES: tuple[str, ...] = tuple(f"ref:{k}" for k in REFERENCE_KINDS)

# Local tables that mirror county reference data (filled from the "ref:*" documents); they
# carry SyncMixin but are never pushed.
LOCAL_REFERENCE_TABLES: frozenset[str] = frozenset(
    {"ref_catalog_item", "ref_benchmark", "ref_holiday", "ref_version"}
)

SYNC_COLUMNS = ("id", "township_id", "version", "updated_at", "updated_by", "deleted")

_HEX64 = r"^[0-9a-f]{64}$"
_ID = r"^[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}$"


def canonical_json(obj: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text (the same form local_db.audit hashes)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RowChange(_Body):
    """One outbox entry: a synced row's full state after a change."""

    seq: int = Field(ge=1, le=2**62, description="the client's outbox sequence number")
    entity: str = Field(min_length=1, max_length=64)
    row_id: str = Field(pattern=_ID)
    version: int = Field(ge=1, le=2**31)
    op: Literal["upsert", "delete"]
    payload: dict[str, Any] = Field(description="every column of the row, dates as ISO text")


class AuditEntry(_Body):
    """One entry of the township's hash-chained audit log (全过程记录)."""

    seq: int = Field(ge=1, le=2**62)
    at: str = Field(min_length=10, max_length=40, description="ISO time, UTC")
    user_id: str | None = Field(default=None, max_length=64)
    user_name: str | None = Field(default=None, max_length=64)
    action: str = Field(min_length=1, max_length=64)
    entity: str = Field(min_length=1, max_length=64)
    entity_id: str | None = Field(default=None, max_length=64)
    change: Any = Field(description="the change as recorded (JSON)")
    prev_hash: str = Field(pattern=_HEX64)
    hash: str = Field(pattern=_HEX64)


class PushBatch(_Body):
    """Up to MAX_PUSH_ROWS outbox rows and MAX_PUSH_AUDIT audit entries, applied by the county
    in one transaction. `batch_id` is derived from the content (`batch_id_for`), so a batch
    resent after a cut connection has the same id and is not applied twice."""

    schema_version: int
    batch_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    township_id: str = Field(pattern=_ID)
    device_id: str = Field(pattern=_ID)
    rows: list[RowChange] = Field(default_factory=list, max_length=MAX_PUSH_ROWS)
    audit_entries: list[AuditEntry] = Field(default_factory=list, max_length=MAX_PUSH_AUDIT)


class RowRejection(_Body):
    """A row the county refused (validation or a rule); the client parks it with the reason."""

    seq: int
    entity: str
    row_id: str
    reason: str


class RowConflict(_Body):
    """A pushed row that lost to the county's newer version of the same row; the client keeps
    its losing version in sync_conflict for review."""

    seq: int
    entity: str
    row_id: str
    version: int
    winner_version: int
    reason: str


class AuditVerdict(_Body):
    """The county's check of the township's audit chain as received so far."""

    ok: bool
    entries: int = Field(description="entries held by the county")
    last_seq: int
    bad_seq: int | None = None
    reason: str | None = None


class PushAck(_Body):
    """The county's answer to a push: the last outbox seq it applied, what it did."""

    batch_id: str
    last_seq: int = Field(description="highest outbox seq of the batch (0: no rows)")
    last_audit_seq: int = Field(description="highest audit seq of the batch (0: none)")
    applied: int
    unchanged: int
    rejected: list[RowRejection] = Field(default_factory=list)
    conflicts: list[RowConflict] = Field(default_factory=list)
    audit: AuditVerdict
    duplicate: bool = Field(False, description="true when this batch had been applied before")


class FeedRow(_Body):
    """One row of the change feed: county-owned reference data or a row of the caller's own
    township last written by another device."""

    seq: int = Field(description="server sequence (the cursor)")
    entity: str
    row_id: str
    version: int
    op: Literal["upsert", "delete"]
    payload: Any
    origin_device: str | None = Field(None, description="device that wrote it (None: county)")


class PullPage(_Body):
    """A page of the change feed after `cursor`; pull again from `next_cursor` while
    `has_more`."""

    cursor: int
    next_cursor: int
    has_more: bool
    rows: list[FeedRow]


class EnrolRequest(_Body):
    """Enrol this device with a one-time code the county administrator handed out."""

    schema_version: int
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(min_length=1, max_length=128)
    township_id: str | None = Field(
        None, pattern=_ID, description="the township id of the enrolling store (binds it)"
    )


class EnrolResponse(_Body):
    """The device's token (shown once; the client keeps it only in the OS keyring)."""

    township_id: str
    township_code: str
    township_name: str
    device_id: str
    token: str


class StatusResponse(_Body):
    """What the county holds for the caller's township."""

    township_id: str
    township_code: str
    township_name: str
    device_id: str
    rows_held: int
    feed_head: int
    last_batch_at: str | None
    audit: AuditVerdict


KEY_CODE_PATTERN = r"^[^|\s]{1,32}$"


class PublicKeyUpload(_Body):
    """This township's 一案一码 public key (`PUT /api/v1/keys`): never a private key. The
    county keeps every key a township ever used, so codes signed before a key change still
    verify, and publishes them all as the `township_keys` document."""

    township_code: str = Field(
        pattern=KEY_CODE_PATTERN,
        description="the township code printed in the 一案一码 (行政区划代码 or document prefix)",
    )
    public_key: str = Field(pattern=r"^[0-9a-f]{64}$", description="raw 32-byte Ed25519 public key, hex")
    key_id: str | None = Field(
        None, pattern=r"^[0-9a-f]{16}$", description="optional; must equal key_id_for(public_key)"
    )


class PublicKeyAck(_Body):
    """The county's answer to a key upload."""

    township_code: str
    key_id: str
    current: bool = Field(description="the key is now the township's current key")
    published: bool = Field(description="the township_keys document changed (a new version)")
    keys_version: int = Field(description="version of the township_keys document")


def key_id_for(public_key: bytes) -> str:
    """A key's id: the first 16 hex digits of the sha256 of the raw public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


class FileStatus(_Body):
    """What the county holds of one file of the caller's township (`GET /files/{sha256}`,
    and the answer to every chunk). A file another township uploaded, or none at all, is
    answered alike: size None, received 0."""

    sha256: str = Field(pattern=_HEX64)
    size: int | None = Field(None, description="declared total size (None: nothing held)")
    received: int = Field(ge=0, description="bytes held; the next chunk goes at this offset")
    complete: bool = Field(description="all bytes held and the sha256 verified")


class ErrorBody(_Body):
    """Every error answer: a stable code, a Chinese message, optional details."""

    error: str
    message: str
    detail: Any = None


def batch_id_for(
    township_id: str, device_id: str, rows: list[RowChange], audit_entries: list[AuditEntry]
) -> str:
    """The content-derived batch id: the same rows and audit entries give the same id (a
    resend), different content a different one (outbox seqs may be reused after deletion)."""
    body = {
        "t": township_id,
        "d": device_id,
        "r": [r.model_dump(mode="json") for r in rows],
        "a": [a.hash for a in audit_entries],
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()[:32]


def _plain(model: BaseModel, exclude: str = "") -> dict[str, Any]:
    """A model's fields as a dict, values as they are (what model_dump(mode="json") gives
    for bodies parsed from JSON, without its copying: about a second less per 60,000 rows)."""
    return {k: getattr(model, k) for k in type(model).model_fields if k != exclude}


def batch_content_hash(batch: PushBatch) -> str:
    """sha256 of the batch without its id (the county refuses one id with two contents): its
    sorted-key compact JSON through orjson (the bytes of canonical_json except for some float
    spellings, e.g. 1e-7; several times faster), canonical_json for what orjson cannot encode
    (integers beyond 64 bits)."""
    body = _plain(batch, exclude="batch_id")
    body["rows"] = [_plain(r) for r in batch.rows]
    body["audit_entries"] = [_plain(a) for a in batch.audit_entries]
    try:
        data = orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        data = canonical_json(body).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def wins(
    a_version: int, a_updated_at: str, a_device: str, b_version: int, b_updated_at: str, b_device: str
) -> bool:
    """Whether version a beats version b of one row: higher version, ties by (updated_at,
    device) — the same answer on both sides."""
    return (a_version, a_updated_at, a_device) > (b_version, b_updated_at, b_device)


UPGRADE_MESSAGE = (
    "本机 SquadDesk 的同步协议版本（{client}）与县局服务器（{server}）不一致，请升级 SquadDesk 后再同步。"
)
