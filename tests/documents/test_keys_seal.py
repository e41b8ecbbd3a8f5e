"""Keys in the OS keyring only, and seals stored encrypted at rest."""

from __future__ import annotations

import sqlite3
import struct
import zlib

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.context import Actor, AppContext
from app.documents import keys, seal
from app.errors import PermissionDenied, ValidationError
from app.services import audit
from app.services import documents as docs


class InsecureKeyring(KeyringBackend):
    """Stands for fail.Keyring / a plaintext store: priority below 1."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a secret was written to an insecure keyring")

    def delete_password(self, service: str, username: str) -> None:
        pass


def _png(colour_type: int, *, size: int = 120) -> bytes:
    """A minimal valid PNG of the colour type (0 grey, 2 RGB, 4 grey+alpha, 6 RGBA)."""
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    raw = b"".join(b"\x00" + b"\x80" * (size * channels) for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", size, size, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_insecure_keyring_backend_is_refused_with_a_chinese_message(
    ctx: AppContext, admin: Actor, seal_png: bytes
) -> None:
    keyring.set_keyring(InsecureKeyring())
    with pytest.raises(keys.DocumentKeyError) as info:
        keys.require_secure_keyring()
    message = str(info.value)
    assert info.value.code == "insecure_keyring"
    assert "安全凭据存储" in message and "不会以明文保存" in message
    assert "一案一码签名密钥" in message and "电子印章" in message
    assert "InsecureKeyring" in message
    with pytest.raises(keys.DocumentKeyError):
        seal.import_seal(ctx, admin, seal_png, "township", "孝顺镇人民政府")
    with pytest.raises(keys.DocumentKeyError):
        docs.create_signing_key(ctx, admin)
    with pytest.raises(keys.DocumentKeyError):
        keys.ensure_signing_key("t-1")
    assert seal.list_seals(ctx) == []


def test_signing_key_lives_in_the_keyring(ctx: AppContext, admin: Actor, memory_keyring) -> None:
    public = docs.create_signing_key(ctx, admin)
    assert len(public) == 32
    township_id = admin.township_id
    stored = memory_keyring.store[("SquadDesk", f"sign-key:{township_id}")]
    assert stored and public.hex() not in stored
    assert docs.township_public_key(ctx) == public
    assert keys.public_key_bytes(keys.load_signing_key(township_id)) == public
    with pytest.raises(keys.DocumentKeyError):  # no silent overwrite
        docs.create_signing_key(ctx, admin)
    entries = audit.list_entries(ctx, admin, audit.AuditFilter(action_prefix="document.signing"))
    assert entries and entries[0].change["public_key"] == public.hex()


def test_signing_key_needs_an_administrator(ctx: AppContext, leader: Actor) -> None:
    with pytest.raises(PermissionDenied):
        docs.create_signing_key(ctx, leader)


def test_no_signing_key_yet_is_a_clear_error() -> None:
    with pytest.raises(keys.DocumentKeyError) as info:
        keys.load_signing_key("nobody")
    assert "签名密钥" in str(info.value)


def test_seal_is_stored_encrypted(
    ctx: AppContext, admin: Actor, seal_png: bytes, memory_keyring
) -> None:
    info = seal.import_seal(ctx, admin, seal_png, "township", "孝顺镇人民政府")
    assert info.owner_name == "孝顺镇人民政府"
    assert ("SquadDesk", f"seal-key:{admin.township_id}") in memory_keyring.store
    assert seal.load_seal(ctx, info.id) == seal_png
    assert [s.id for s in seal.list_seals(ctx)] == [info.id]
    ctx.db.dispose()
    con = sqlite3.connect(ctx.db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = con.execute("SELECT encrypted_png FROM seal").fetchone()[0]
    con.close()
    raw = ctx.db_path.read_bytes()
    # neither the PNG nor any 64-byte piece of its compressed pixel data is in the file
    assert seal_png not in raw
    for start in range(100, len(seal_png) - 64, len(seal_png) // 20):
        assert seal_png[start : start + 64] not in raw
    assert b"IHDR" not in stored and stored != seal_png
    # outbox carries a reference, never the blob
    con = sqlite3.connect(ctx.db_path)
    payload = con.execute("SELECT payload FROM sync_outbox WHERE entity='seal'").fetchone()[0]
    con.close()
    assert '"encrypted_png":{"sha256"' in payload
    entries = audit.list_entries(ctx, admin, audit.AuditFilter(action_prefix="seal."))
    assert entries[0].action == "seal.import" and entries[0].user_name == "admin"
    assert audit.verify(ctx).ok


def test_seal_with_the_wrong_key_does_not_decrypt(
    ctx: AppContext, admin: Actor, seal_png: bytes, memory_keyring
) -> None:
    info = seal.import_seal(ctx, admin, seal_png, "township", "孝顺镇人民政府")
    memory_keyring.store[("SquadDesk", f"seal-key:{admin.township_id}")] = (
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY="  # 32 other bytes
    )
    with pytest.raises(keys.DocumentKeyError) as err:
        seal.load_seal(ctx, info.id)
    assert err.value.code == "seal_decrypt_failed"


def test_non_admin_cannot_import_a_seal(
    ctx: AppContext, leader: Actor, clerk: Actor, seal_png: bytes
) -> None:
    for actor in (leader, clerk):
        with pytest.raises(PermissionDenied):
            seal.import_seal(ctx, actor, seal_png, "township", "孝顺镇人民政府")
    assert seal.list_seals(ctx) == []


@pytest.mark.parametrize("colour_type", [0, 2])
def test_png_without_alpha_is_refused(ctx: AppContext, admin: Actor, colour_type: int) -> None:
    with pytest.raises(ValidationError) as info:
        seal.import_seal(ctx, admin, _png(colour_type), "township", "孝顺镇人民政府")
    assert info.value.code == "no_alpha" and "透明" in str(info.value)


def test_png_checks(ctx: AppContext, admin: Actor) -> None:
    assert seal.inspect_png(_png(6)).has_alpha
    assert seal.inspect_png(_png(4)).has_alpha
    for bad in (b"", b"GIF89a....", _png(6)[:-8], _png(6)[:40] + b"\x00" + _png(6)[41:]):
        with pytest.raises(ValidationError):
            seal.validate_seal_png(bad)
    with pytest.raises(ValidationError) as info:
        seal.validate_seal_png(_png(6, size=40))
    assert info.value.code == "bad_size"
    with pytest.raises(ValidationError):
        seal.import_seal(ctx, admin, _png(6), "nobody", "x")
    with pytest.raises(ValidationError):
        seal.import_seal(ctx, admin, _png(6), "department", "  ")
    ok = seal.import_seal(ctx, admin, _png(6), "department", "金东区市场监督管理局")
    assert ok.owner_kind is seal.SealOwnerKind.DEPARTMENT


def test_retired_seal_cannot_be_loaded(ctx: AppContext, admin: Actor, seal_png: bytes) -> None:
    info = seal.import_seal(ctx, admin, seal_png, "township", "孝顺镇人民政府")
    seal.retire_seal(ctx, admin, info.id, "换发新印章")
    assert seal.list_seals(ctx) == []
    from app.errors import NotFound

    with pytest.raises(NotFound):
        seal.load_seal(ctx, info.id)
