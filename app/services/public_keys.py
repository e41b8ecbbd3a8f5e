"""Township public keys for checking 一案一码 offline: this township's own key (remembered when
it signs) and the keys the county distributes (imported from its JSON file, or the
`township_keys` document that sync brings: `apply_county_keys`).

Stored in the LocalSetting "documents.public_keys" as JSON {township_code: {"key": hex of the
raw 32-byte Ed25519 key, "name": township name, "source": "own" | "county", "past": [hex of
earlier keys of that code]}}; past keys still verify the codes they signed. Only public
keys: nothing secret is kept here. A county file (and the township_keys document) looks like
{"keys": [{"township_code": "330703101", "name": "孝顺镇", "public_key": "<hex or base64>",
"current": true}]} ("current" optional: false marks a past key of that code).
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
from app.documents.qr import Verdict, VerdictStatus, verify_payload
from app.errors import ValidationError
from app.rules.roles import Permission
from local_db.models import LocalSetting

SETTING = "documents.public_keys"
VERSION_SETTING = "documents.public_keys_county_version"


@dataclass(frozen=True)
class KnownKey:
    township_code: str
    name: str
    key: bytes
    source: str  # own | county


def _load(ctx: AppContext) -> dict[str, dict[str, Any]]:
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


def _put_setting(uow: Any, key: str, text: str) -> None:
    row = uow.session.get(LocalSetting, key)
    if row is None:
        uow.session.add(LocalSetting(key=key, value=text))
    else:
        row.value = text


def _save(
    ctx: AppContext,
    actor: Actor,
    data: dict[str, Any],
    change: dict[str, Any],
    *,
    county_version: int | None = None,
) -> None:
    with ctx.uow(actor) as uow:
        _put_setting(uow, SETTING, json.dumps(data, ensure_ascii=False, sort_keys=True))
        if county_version is not None:
            _put_setting(uow, VERSION_SETTING, str(county_version))
        uow.record("document.public_keys", "local_setting", None, change)
        uow.commit()


def _past(entry: Mapping[str, Any]) -> list[str]:
    past = entry.get("past")
    return [str(k) for k in past] if isinstance(past, list) else []


def _with_past(past: list[str], *keys: str, current: str) -> list[str]:
    """`past` plus `keys`, without duplicates or the current key, in first-seen order."""
    out: list[str] = []
    for k in [*past, *keys]:
        if k and k != current and k not in out:
            out.append(k)
    return out


def remember_own_key(ctx: AppContext, actor: Actor, code: str, key: bytes) -> None:
    """Keep this township's own public key (no write when already known); a replaced own key
    stays as a past key, so the codes it signed still verify here."""
    data = _load(ctx)
    entry = data.get(code) or {}
    if entry.get("key") == key.hex() and entry.get("source") == "own":
        return
    past = _with_past(_past(entry), str(entry.get("key", "")), current=key.hex())
    data[code] = {"key": key.hex(), "name": "本乡镇", "source": "own", "past": past}
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
        old = data.get(code) or {}
        if e.get("current") is False and old.get("key"):  # a past key of that code
            data[code] = dict(old, past=_with_past(_past(old), key.hex(), current=str(old["key"])))
            continue
        past = _with_past(_past(old), str(old.get("key", "")), current=key.hex())
        data[code] = {"key": key.hex(), "name": str(e.get("name", "")), "source": "county", "past": past}
        n += 1
    _save(ctx, actor, data, {"imported": n, "codes": sorted(str(e.get("township_code"))
                                                          for e in entries)})
    return n


def county_keys_version(ctx: AppContext) -> int:
    """The version of the county's township_keys document applied here (0: none)."""
    with ctx.db.read_session() as s:
        raw = s.scalar(select(LocalSetting.value).where(LocalSetting.key == VERSION_SETTING))
    try:
        return int(raw or 0)
    except ValueError:
        return 0


def apply_county_keys(ctx: AppContext, actor: Actor, doc: Mapping[str, Any], version: int) -> int:
    """Apply the county's township_keys document (sync; only a newer version): every code's
    current key and its past keys. This township's own current key is never replaced (the
    county's keys for its code are kept as past keys). Returns the codes updated (0 when
    the document is not newer)."""
    if version <= county_keys_version(ctx):
        return 0
    entries = doc.get("keys")
    if not isinstance(entries, list):
        raise ValidationError("keys", "bad_key_file", "公钥文件格式不正确：缺少 keys 列表。")
    by_code: dict[str, dict[str, Any]] = {}
    for e in entries:
        if not isinstance(e, dict) or not str(e.get("township_code", "")).strip():
            raise ValidationError("keys", "bad_key_file", "公钥文件格式不正确：缺少乡镇代码。")
        code = str(e["township_code"]).strip()
        key = _decode_key(str(e.get("public_key", ""))).hex()
        slot = by_code.setdefault(code, {"name": "", "current": "", "all": []})
        slot["all"].append(key)
        if e.get("current", True) is not False:
            slot["current"] = key
            slot["name"] = str(e.get("name", "")) or slot["name"]
        elif not slot["name"]:
            slot["name"] = str(e.get("name", ""))
    data = _load(ctx)
    for code, slot in by_code.items():
        entry = data.get(code) or {}
        if entry.get("source") == "own":
            own = str(entry["key"])
            data[code] = dict(entry, past=_with_past(_past(entry), *slot["all"], current=own))
            continue
        current = slot["current"] or slot["all"][-1]
        past = _with_past(_past(entry), str(entry.get("key", "")), *slot["all"], current=current)
        data[code] = {"key": current, "name": slot["name"], "source": "county", "past": past}
    _save(
        ctx, actor, data, {"county_version": version, "codes": sorted(by_code)}, county_version=version
    )
    return len(by_code)


def verify_qr(ctx: AppContext, text: str) -> Verdict:
    """Check a scanned 一案一码 offline against the known public keys (a code signed with a
    township's earlier key still verifies)."""
    verdict = verify_payload(text, key_map(ctx))
    if verdict.status is VerdictStatus.TAMPERED and verdict.fields is not None:
        code = verdict.fields.township_code
        for past in _past(_load(ctx).get(code) or {}):
            try:
                raw = bytes.fromhex(past)
            except ValueError:
                continue
            again = verify_payload(text, {code: raw})
            if again.ok:
                return again
    return verdict


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
