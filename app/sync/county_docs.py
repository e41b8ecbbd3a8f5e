"""County documents beyond the reference tables, and this township's public key going up.

- `send_own_key`: this township's 一案一码 public key (never the private key) to the county
  (`PUT /api/v1/keys`) whenever it is not the one last acknowledged: after enrolment and on
  each sync, so a new key reaches the county at the next sync. The county answers by
  publishing the `township_keys` document again.
- `apply_document`: `township_keys` into the key store the verifier uses
  (app.services.public_keys) and `certificate_status` into the staff register
  (app.services.certificate_status); each only when newer than what was applied.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx

from app.context import SYSTEM_ACTOR, AppContext
from app.errors import DomainError
from app.sync.protocol import PublicKeyAck, PublicKeyUpload, key_id_for

if TYPE_CHECKING:
    from app.sync.client import CountyConnection

log = logging.getLogger("squaddesk.sync")

KEY_SENT = "sync.public_key_sent"  # "<township code>:<key id>" the county acknowledged
KEY_ERROR = "sync.public_key_error"  # why the county refused the key (empty: none)
KINDS = ("township_keys", "certificate_status")


def own_public_key(ctx: AppContext, township_id: str) -> tuple[str, bytes] | None:
    """(QR township code, raw public key) of this township's signing key; None when there is
    no key yet (it is made when the first decision is issued) or no secure keyring."""
    from app.documents import keys
    from app.services import case_documents

    try:
        public = keys.export_public_key(township_id)
        code = case_documents.township_code(ctx)
    except DomainError:
        return None
    return code, public


def send_own_key(ctx: AppContext, conn: CountyConnection) -> PublicKeyAck | None:
    """Upload this township's public key unless the county already acknowledged it. A key the
    county refuses (its code used by another township) is noted in KEY_ERROR and does not
    stop the sync; transport errors propagate like any sync request."""
    from app.services import public_keys
    from app.sync.client import SyncError, _get, _set, _write

    own = own_public_key(ctx, conn.township_id)
    if own is None:
        return None
    code, public = own
    marker = f"{code}:{key_id_for(public)}"
    with ctx.db.read_session() as s:
        if _get(s, KEY_SENT) == marker:
            return None
    public_keys.remember_own_key(ctx, SYSTEM_ACTOR, code, public)
    body = PublicKeyUpload(township_code=code, public_key=public.hex(), key_id=key_id_for(public))
    try:
        ack = PublicKeyAck.model_validate(conn.request("PUT", "/keys", body=body.model_dump(mode="json")))
    except SyncError as exc:
        if exc.retryable or exc.params.get("status") not in (409, 422):
            raise
        log.warning("county refused the public key: %s", exc)
        with _write(ctx) as s:
            _set(s, KEY_ERROR, str(exc))
        return None
    with _write(ctx) as s:
        _set(s, KEY_SENT, marker)
        _set(s, KEY_ERROR, "")
    return ack


def send_key_after_enrolment(ctx: AppContext, *, http: httpx.Client | None = None) -> None:
    """Right after enrolment: send the key if there is one; a failure only waits for the next
    sync (which sends it again)."""
    from app.sync.client import open_connection

    conn = None
    try:
        conn = open_connection(ctx, http=http)
        send_own_key(ctx, conn)
    except DomainError as exc:
        log.warning("public key not sent at enrolment: %s", exc)
    finally:
        if http is None and conn is not None:
            conn.http.close()


def apply_document(ctx: AppContext, kind: str, version: int, payload: dict[str, Any]) -> str:
    """Apply one county document of KINDS; answers a one-line note for the sync report.
    Raises DomainError when the document is malformed."""
    if kind == "township_keys":
        from app.services import public_keys

        n = public_keys.apply_county_keys(ctx, SYSTEM_ACTOR, payload, version)
        return f"township_keys: {n} 个乡镇的公钥" if n else "township_keys: 已是最新"
    if kind == "certificate_status":
        from app.services import certificate_status

        report = certificate_status.apply_certificate_status(ctx, SYSTEM_ACTOR, payload)
        if report.skipped_old:
            return "certificate_status: 已是最新"
        return (
            f"certificate_status: 第 {report.version} 版，变更 {len(report.applied)}，"
            f"未变 {report.unchanged}，本乡镇无此证号 {len(report.unknown)}，未能执行 {len(report.refused)}"
        )
    raise ValueError(kind)
