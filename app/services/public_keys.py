"""Township public keys for checking 一案一码 offline: this township's own key (remembered when
it signs) and the keys the county distributes (imported from its JSON file or by sync later).

Stored in the LocalSetting "documents.public_keys" as JSON {township_code: {"key": hex of the
raw 32-byte Ed25519 key, "name": township name, "source": "own" | "county"}}. Only public
keys: nothing secret is kept here. A county file looks like
{"keys": [{"township_code": "330703101", "name": "孝顺镇", "public_key": "<hex or base64>"}]}.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.context import Actor, AppContext
from app.documents.qr import Verdict, verify_payload
from app.errors import ValidationError
from app.rules.roles import Permission
from local_db.models import LocalSetting

SETTING = "documents.public_keys"


@dataclass(frozen=True)
class KnownKey:
    township_code: str
    name: str
    key: bytes
    source: str  # own | county


def _load(ctx: AppContext) -> dict[str, dict[str, str]]:
    with ctx.db.read_session() as s:
        raw = s.scalar(select(LocalSetting.value).where(LocalSetting.key == SETTING))
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def known_keys(ctx: AppContext) -> list[KnownKey]:
    """Every public key this store can verify with, by township code."""
    out = []
    for code, entry in sorted(_load(ctx).items()):
        try:
            key = bytes.fromhex(entry["key"])
        except (KeyError, ValueError, TypeError):
            continue
        if len(key) == 32:
            out.append(KnownKey(code, str(entry.get("name", "")), key,
                                str(entry.get("source", "county"))))
    return out


def key_map(ctx: AppContext) -> dict[str, bytes]:
    return {k.township_code: k.key for k in known_keys(ctx)}


def _save(ctx: AppContext, actor: Actor, data: dict[str, dict[str, str]], change: dict[str, Any]) -> None:
    with ctx.uow(actor) as uow:
        row = uow.session.get(LocalSetting, SETTING)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if row is None:
            uow.session.add(LocalSetting(key=SETTING, value=text))
        else:
            row.value = text
        uow.record("document.public_keys", "local_setting", None, change)
        uow.commit()


def remember_own_key(ctx: AppContext, actor: Actor, code: str, key: bytes) -> None:
    """Keep this township's own public key (no write when already known)."""
    data = _load(ctx)
    entry = data.get(code)
    if entry and entry.get("key") == key.hex():
        return
    data[code] = {"key": key.hex(), "name": "本乡镇", "source": "own"}
    _save(ctx, actor, data, {"township_code": code, "public_key": key.hex(), "source": "own"})


def _decode_key(text: str) -> bytes:
    text = text.strip()
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        try:
            raw = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_"
                                   if ("-" in text or "_" in text) else None, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
    if len(raw) != 32:
        raise ValidationError("public_key", "bad_public_key",
                              "公钥格式不正确（应为32字节的 Ed25519 公钥）：{key}", key=text[:20])
    return raw


def import_county_keys(ctx: AppContext, actor: Actor, doc: Mapping[str, Any]) -> int:
    """Add or replace township keys from the county's file; returns how many were imported.
    This township's own key is never replaced by an imported one."""
    actor.require(Permission.MANAGE_SETTINGS)
    entries = doc.get("keys")
    if not isinstance(entries, list):
        raise ValidationError("keys", "bad_key_file", "公钥文件格式不正确：缺少 keys 列表。")
    data = _load(ctx)
    n = 0
    for e in entries:
        if not isinstance(e, dict) or not str(e.get("township_code", "")).strip():
            raise ValidationError("keys", "bad_key_file", "公钥文件格式不正确：缺少乡镇代码。")
        code = str(e["township_code"]).strip()
        key = _decode_key(str(e.get("public_key", "")))
        if data.get(code, {}).get("source") == "own":
            continue
        data[code] = {"key": key.hex(), "name": str(e.get("name", "")), "source": "county"}
        n += 1
    _save(ctx, actor, data, {"imported": n, "codes": sorted(str(e.get("township_code"))
                                                          for e in entries)})
    return n


def verify_qr(ctx: AppContext, text: str) -> Verdict:
    """Check a scanned 一案一码 offline against the known public keys."""
    return verify_payload(text, key_map(ctx))


def verdict_lines(verdict: Verdict) -> list[str]:
    """The verdict in Chinese, with what the code says (vouched for only when valid)."""
    lines = [verdict.label]
    f = verdict.fields
    if f is not None:
        from app.documents.layout import chinese_date
        from app.documents.numerals import yuan_figures

        lines += [
            f"乡镇代码：{f.township_code}",
            f"文书编号：{f.number}",
            f"文书日期：{chinese_date(f.date)}",
            f"执法事项：{f.item_code}",
            f"裁量情形：{f.tier or '—'}",
            f"罚款金额：{yuan_figures(f.amount_fen)} 元",
            f"内容摘要：{f.content_sha256[:16]}…",
        ]
    return lines
