"""Account rules: password strength, hashing (scrypt) and login lockout."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import timedelta

from app.errors import ValidationError

MAX_FAILED_LOGINS = 5
LOCKOUT_PERIOD = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32


def hash_password(password: str) -> str:
    """scrypt with a per-user random salt, stored as scrypt$n$r$p$salt$hash (base64)."""
    salt = os.urandom(_SALT_BYTES)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=_KEY_BYTES
    )
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of `password` against a stored scrypt hash."""
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(key_b64)
        key = hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(key, expected)


def check_password(password: str, field: str = "password") -> None:
    """Raise ValidationError (Chinese message) unless `password` is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            field, "password_too_short", "密码至少需要 {n} 位。", n=MIN_PASSWORD_LENGTH
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            field, "password_too_long", "密码不能超过 {n} 位。", n=MAX_PASSWORD_LENGTH
        )
    if password.isdigit() or password.isalpha():
        raise ValidationError(field, "password_too_simple", "密码须同时包含字母和数字（或符号）。")
