"""Small read-only checks the UI calls before a service call (per-page wizard validation)."""

from __future__ import annotations

from app.rules.accounts import check_password
from app.services.setup import _clean, validate_username


def check_township_fields(name: str, squad_name: str, doc_prefix: str) -> None:
    """Raise ValidationError for the first bad township field (same rules as initialize)."""
    _clean(name, "township_name", "乡镇（街道）名称", 64)
    _clean(squad_name, "squad_name", "执法队名称", 128)
    _clean(doc_prefix, "doc_prefix", "文书编号前缀", 32)


def check_account_fields(username: str, display_name: str, password: str) -> None:
    """Raise ValidationError for a bad username, name or password (same rules as initialize)."""
    validate_username(username)
    _clean(display_name or username, "display_name", "姓名", 64)
    check_password(password)
