"""Official seal images (印章): imported by an administrator, stored AES-GCM encrypted in the
store with the key only in the OS keyring, decrypted in memory for rendering only.

The plaintext PNG is never written to disk: it exists only in memory while a document is
rendered (and in the renderer's small in-process image cache).
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from app.context import Actor, AppContext
from app.documents import keys
from app.errors import DomainError, NotFound, ValidationError
from app.rules.roles import Permission
from local_db.ids import new_id
from local_db.models_documents import Seal

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SEAL_BYTES = 5 * 1024 * 1024
MIN_SIDE_PX = 100  # a 42 mm seal needs ≥ 100 px to print legibly
MAX_SIDE_PX = 4000
NONCE_BYTES = 12

# IHDR colour types: 4 grey + alpha, 6 RGB + alpha; 3 (palette) counts when a tRNS chunk
# gives it transparency.
ALPHA_COLOUR_TYPES = {4, 6}
PALETTE = 3


class SealOwnerKind(StrEnum):
    TOWNSHIP = "township"  # 镇街公章: cases the squad handles itself
    DEPARTMENT = "department"  # lead department's seal: joint-enforcement cases


SEAL_OWNER_LABELS = {SealOwnerKind.TOWNSHIP: "乡镇（街道）", SealOwnerKind.DEPARTMENT: "部门"}


@dataclass(frozen=True)
class SealInfo:
    """A seal's metadata (never its image)."""

    id: str
    owner_kind: SealOwnerKind
    owner_name: str
    sha256: str
    imported_at: datetime


@dataclass(frozen=True)
class PngInfo:
    width: int
    height: int
    bit_depth: int
    colour_type: int
    has_alpha: bool


def _bad_png(detail: str) -> ValidationError:
    return ValidationError(
        "png", "bad_png", "印章文件不是有效的 PNG 图片（{detail}）。", detail=detail
    )


def inspect_png(data: bytes) -> PngInfo:
    """Walk the PNG chunks (CRC-checked) and read IHDR; ValidationError if it is not a PNG."""
    if not data.startswith(PNG_SIGNATURE):
        raise _bad_png("文件头不符")
    pos = len(PNG_SIGNATURE)
    ihdr: tuple[int, int, int, int] | None = None
    has_trns = False
    seen_idat = False
    seen_iend = False
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        ctype = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise _bad_png("数据被截断")
        chunk = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : end])
        if zlib.crc32(ctype + chunk) & 0xFFFFFFFF != crc:
            raise _bad_png("校验和错误")
        if ihdr is None:
            if ctype != b"IHDR" or length != 13:
                raise _bad_png("缺少 IHDR")
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            ihdr = (width, height, depth, colour)
        elif ctype == b"tRNS":
            has_trns = True
        elif ctype == b"IDAT":
            seen_idat = True
        elif ctype == b"IEND":
            seen_iend = True
            break
        pos = end
    if ihdr is None or not seen_idat or not seen_iend:
        raise _bad_png("结构不完整")
    width, height, depth, colour = ihdr
    has_alpha = colour in ALPHA_COLOUR_TYPES or (colour == PALETTE and has_trns)
    return PngInfo(width, height, depth, colour, has_alpha)


def validate_seal_png(data: bytes) -> PngInfo:
    """A seal must be a PNG with transparency (so the text under it stays visible), of a size
    that prints well; ValidationError with a Chinese message otherwise."""
    if not data:
        raise ValidationError("png", "required", "请选择印章图片文件。")
    if len(data) > MAX_SEAL_BYTES:
        raise ValidationError(
            "png", "too_large", "印章图片不能超过 {mb} MB。", mb=MAX_SEAL_BYTES // (1024 * 1024)
        )
    info = inspect_png(data)
    if not info.has_alpha:
        raise ValidationError(
            "png",
            "no_alpha",
            "印章图片必须是带透明背景（Alpha 通道）的 PNG，否则会遮住日期和文字。"
            "请用图片软件去除白色背景后另存为 PNG。",
        )
    if not (MIN_SIDE_PX <= info.width <= MAX_SIDE_PX and MIN_SIDE_PX <= info.height <= MAX_SIDE_PX):
        raise ValidationError(
            "png",
            "bad_size",
            "印章图片尺寸应在 {lo}–{hi} 像素之间（当前 {w}×{h}）。",
            lo=MIN_SIDE_PX,
            hi=MAX_SIDE_PX,
            w=info.width,
            h=info.height,
        )
    try:  # the renderer must be able to decode it (Pillow, through ReportLab)
        from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

        ImageReader(io.BytesIO(data)).getRGBData()
    except Exception as exc:
        raise _bad_png("无法解码") from exc
    return info


def _aad(seal_id: str, township_id: str) -> bytes:
    # binds the ciphertext to its row: swapping encrypted blobs between rows fails to decrypt
    return f"squaddesk-seal:{seal_id}:{township_id}".encode()


def _info(s: Seal) -> SealInfo:
    return SealInfo(s.id, SealOwnerKind(s.owner_kind), s.owner_name, s.sha256, s.imported_at)


def import_seal(
    ctx: AppContext,
    actor: Actor,
    png_bytes: bytes,
    owner_kind: SealOwnerKind | str,
    owner_name: str,
) -> SealInfo:
    """Store a seal image encrypted (administrators; audited). The key is created in the OS
    keyring on first import; an insecure keyring backend is refused (DocumentKeyError)."""
    actor.require(Permission.MANAGE_SETTINGS)
    try:
        kind = SealOwnerKind(owner_kind)
    except ValueError as exc:
        raise ValidationError("owner_kind", "bad_owner_kind", "印章所属类型无效。") from exc
    owner_name = (owner_name or "").strip()
    if not owner_name:
        raise ValidationError("owner_name", "required", "请填写{label}。", label="印章所属单位")
    if len(owner_name) > 128:
        raise ValidationError(
            "owner_name", "too_long", "{label}不能超过 {n} 个字。", label="印章所属单位", n=128
        )
    validate_seal_png(png_bytes)
    keys.require_secure_keyring()
    with ctx.uow(actor) as uow:
        township_id = uow.township_id
        if township_id is None:
            raise DomainError("no_township", "尚未完成初始设置，无法导入印章。")
        key = keys.seal_key(township_id, create=True)
        seal_id = new_id()
        nonce = os.urandom(NONCE_BYTES)
        digest = hashlib.sha256(png_bytes).hexdigest()
        row = Seal(
            id=seal_id,
            township_id=township_id,
            owner_kind=kind.value,
            owner_name=owner_name,
            encrypted_png=AESGCM(key).encrypt(nonce, png_bytes, _aad(seal_id, township_id)),
            nonce=nonce,
            sha256=digest,
            imported_at=uow.now,
        )
        uow.save(row, is_new=True)
        uow.record(
            "seal.import",
            "seal",
            seal_id,
            {
                "owner_kind": kind.value,
                "owner_name": owner_name,
                "sha256": digest,
                "size": len(png_bytes),
            },
        )
        uow.commit()
        return _info(row)


def list_seals(ctx: AppContext, *, owner_kind: SealOwnerKind | None = None) -> list[SealInfo]:
    """Seals in use (not retired), newest first."""
    with ctx.db.read_session() as s:
        q = select(Seal).where(Seal.deleted.is_(False))
        if owner_kind is not None:
            q = q.where(Seal.owner_kind == owner_kind.value)
        return [_info(r) for r in s.scalars(q.order_by(Seal.imported_at.desc(), Seal.id.desc()))]


def retire_seal(ctx: AppContext, actor: Actor, seal_id: str, reason: str) -> None:
    """Stop using a seal (administrators; audited). Documents already sealed keep their PDF."""
    actor.require(Permission.MANAGE_SETTINGS)
    with ctx.uow(actor) as uow:
        row = uow.session.get(Seal, seal_id)
        if row is None or row.deleted:
            raise NotFound("seal_not_found", "找不到该印章。")
        row.deleted = True
        uow.save(row, is_new=False)
        uow.record("seal.retire", "seal", seal_id, {"reason": reason, "sha256": row.sha256})
        uow.commit()


def decrypt_seal_row(row: Seal) -> bytes:
    """The plaintext PNG of a loaded Seal row (checks the AES-GCM tag and the sha256)."""
    key = keys.seal_key(row.township_id)
    try:
        png = AESGCM(key).decrypt(row.nonce, row.encrypted_png, _aad(row.id, row.township_id))
    except InvalidTag as exc:
        raise keys.DocumentKeyError(
            "seal_decrypt_failed",
            "印章无法解密：本机凭据存储中的印章密钥与该印章不匹配，或印章数据已被改动。",
        ) from exc
    if hashlib.sha256(png).hexdigest() != row.sha256:
        raise keys.DocumentKeyError("seal_corrupt", "印章数据校验失败，可能已被改动。")
    return png


def load_seal(ctx: AppContext, seal_id: str) -> bytes:
    """Decrypt a seal for rendering only (in memory; never write it to disk)."""
    with ctx.db.read_session() as s:
        row = s.get(Seal, seal_id)
        if row is None or row.deleted:
            raise NotFound("seal_not_found", "找不到该印章。")
        return decrypt_seal_row(row)
