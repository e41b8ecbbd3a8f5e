"""Township secrets kept only in the OS keyring: the Ed25519 signing key of 一案一码 and the
AES key that encrypts seal images at rest.

Service "SquadDesk"; usernames f"sign-key:{township_id}" and f"seal-key:{township_id}".
A keyring backend below priority 1 (keyring's "not recommended", e.g. fail.Keyring without a
D-Bus session, or keyrings.alt's plaintext store) is refused with DocumentKeyError: these
secrets never fall back to a plaintext file (PLATFORM.md "keyring").
"""

from __future__ import annotations

import base64
import os
import threading

import keyring
import keyring.errors
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import DomainError

KEYRING_SERVICE = "SquadDesk"
MIN_BACKEND_PRIORITY = 1
SEAL_KEY_BYTES = 32  # AES-256-GCM

_lock = threading.Lock()  # get-or-create must not race within one process


class DocumentKeyError(DomainError):
    """The OS keyring cannot hold (or does not hold) a document secret."""


def sign_key_name(township_id: str) -> str:
    return f"sign-key:{township_id}"


def seal_key_name(township_id: str) -> str:
    return f"seal-key:{township_id}"


def _backend_label(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def require_secure_keyring() -> None:
    """Raise DocumentKeyError unless the active keyring backend is a secure OS store."""
    backend = keyring.get_keyring()
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001 - a backend whose priority cannot be read is not usable
        priority = 0.0
    if priority < MIN_BACKEND_PRIORITY:
        raise DocumentKeyError(
            "insecure_keyring",
            "本机没有可用的安全凭据存储（当前后端：{backend}）。"
            "一案一码签名密钥和电子印章加密密钥只能保存在操作系统的凭据管理器中"
            "（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service），不会以明文保存。"
            "在此之前无法签发带二维码的文书、加盖电子印章或导入印章，文书只能以草稿形式打印。"
            "请在已登录桌面会话、具备安全凭据存储的电脑上使用这些功能。",
            backend=_backend_label(backend),
        )


def _get_secret(name: str) -> str | None:
    require_secure_keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise DocumentKeyError(
            "keyring_read_failed",
            "无法从系统凭据存储读取文书密钥（{detail}）。",
            detail=str(exc),
        ) from exc


def _set_secret(name: str, value: str) -> None:
    require_secure_keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise DocumentKeyError(
            "keyring_write_failed",
            "无法把文书密钥保存到系统凭据存储（{detail}）。",
            detail=str(exc),
        ) from exc


# --- signing key (一案一码) --------------------------------------------------------------


def _raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32-byte Ed25519 public key (what the county publishes per township)."""
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_signing_key(township_id: str) -> Ed25519PrivateKey:
    """The township's signing key from the keyring; DocumentKeyError when there is none."""
    text = _get_secret(sign_key_name(township_id))
    if not text:
        raise DocumentKeyError(
            "no_signing_key",
            "本乡镇尚未生成一案一码签名密钥，请由管理员在“设置”中生成。",
        )
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text, validate=True))
    except ValueError as exc:
        raise DocumentKeyError(
            "bad_signing_key", "系统凭据存储中的一案一码签名密钥已损坏，请由管理员重新生成。"
        ) from exc


def generate_signing_key(township_id: str, *, replace: bool = False) -> bytes:
    """Create the township's Ed25519 key in the keyring; returns the raw public key.

    Refuses to overwrite an existing key unless `replace` (a replaced key invalidates the QR
    codes it signed unless the county keeps publishing the old public key).
    """
    with _lock:
        if not replace and _get_secret(sign_key_name(township_id)):
            raise DocumentKeyError(
                "signing_key_exists", "本乡镇已有一案一码签名密钥，不能重复生成。"
            )
        key = Ed25519PrivateKey.generate()
        _set_secret(sign_key_name(township_id), base64.b64encode(_raw_private(key)).decode())
        return public_key_bytes(key)


def ensure_signing_key(township_id: str) -> Ed25519PrivateKey:
    """The township's signing key, generated on first use."""
    with _lock:
        text = _get_secret(sign_key_name(township_id))
        if not text:
            key = Ed25519PrivateKey.generate()
            _set_secret(sign_key_name(township_id), base64.b64encode(_raw_private(key)).decode())
            return key
    return load_signing_key(township_id)


def export_public_key(township_id: str) -> bytes:
    """The raw 32-byte public key of the township's signing key (for the county to publish)."""
    return public_key_bytes(load_signing_key(township_id))


# --- seal encryption key -----------------------------------------------------------------


def seal_key(township_id: str, *, create: bool = False) -> bytes:
    """The AES-256 key encrypting this township's seal images (created when `create`)."""
    with _lock:
        text = _get_secret(seal_key_name(township_id))
        if text:
            try:
                key = base64.b64decode(text, validate=True)
            except ValueError:
                key = b""
            if len(key) != SEAL_KEY_BYTES:
                raise DocumentKeyError(
                    "bad_seal_key", "系统凭据存储中的印章加密密钥已损坏，印章无法解密。"
                )
            return key
        if not create:
            raise DocumentKeyError(
                "no_seal_key",
                "本机的系统凭据存储中没有印章加密密钥，印章无法解密。请由管理员重新导入印章。",
            )
        key = os.urandom(SEAL_KEY_BYTES)
        _set_secret(seal_key_name(township_id), base64.b64encode(key).decode())
        return key
