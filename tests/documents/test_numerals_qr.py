"""Capital numerals and the 一案一码 payload: signing, verification, tampering."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.documents.keys import public_key_bytes
from app.documents.numerals import chinese_count, yuan_capitals, yuan_figures
from app.documents.qr import (
    QRFields,
    VerdictStatus,
    decode_payload,
    encode_payload,
    qr_png,
    qr_version,
    sign_payload,
    verify_payload,
)


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (20000, "贰佰元整"),
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (105, "壹元零伍分"),
        (150, "壹元伍角整"),
        (1000, "壹拾元整"),
        (100500, "壹仟零伍元整"),
        (1000100, "壹万零壹元整"),
        (1001000, "壹万零壹拾元整"),
        (300000, "叁仟元整"),
        (5000000, "伍万元整"),
        (10001000, "壹拾万零壹拾元整"),
        (100010000, "壹佰万零壹佰元整"),
        (123456789, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        (10000000000, "壹亿元整"),
    ],
)
def test_yuan_capitals(fen: int, text: str) -> None:
    assert yuan_capitals(fen) == text


def test_figures_and_counts() -> None:
    assert yuan_figures(20000) == "200.00"
    assert yuan_figures(123456789) == "1,234,567.89"
    assert [chinese_count(n) for n in (3, 10, 15, 60, 100, 105)] == [
        "三",
        "十",
        "十五",
        "六十",
        "一百",
        "一百零五",
    ]
    with pytest.raises(ValueError):
        yuan_capitals(-1)


FIELDS = QRFields(
    township_code="330703101",
    number="孝顺镇综执罚决字〔2026〕第12号",
    date=date(2026, 11, 23),
    item_code="330217193000",
    tier="general",
    amount_fen=20000,
    content_sha256="9f" * 32,
)


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(b"\x07" * 32)


def test_sign_and_verify_round_trip(key: Ed25519PrivateKey) -> None:
    text = sign_payload(key, FIELDS)
    assert text.startswith("SD1.") and len(text) < 300
    assert all(c.isalnum() or c in "._-" for c in text)  # URL-safe
    assert sign_payload(key, FIELDS) == text  # deterministic
    verdict = verify_payload(text, {"330703101": public_key_bytes(key)})
    assert verdict.status is VerdictStatus.VALID and verdict.ok
    assert verdict.fields == FIELDS
    assert qr_version(text) <= 13  # ≤ 69 modules: ≥ 0.36 mm a module at 25 mm
    assert qr_png(text).startswith(b"\x89PNG")


def _replace_payload(text: str, payload: bytes) -> str:
    prefix, _, sig = text.split(".")
    body = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
    return f"{prefix}.{body}.{sig}"


def test_one_changed_character_in_the_fields_is_tampered(key: Ed25519PrivateKey) -> None:
    keys = {"330703101": public_key_bytes(key)}
    text = sign_payload(key, FIELDS)
    payload = encode_payload(FIELDS)
    for old, new in (
        (b"20000", b"20001"),
        ("第12号".encode(), "第13号".encode()),
        (b"general", b"minor__"),
    ):
        forged = _replace_payload(text, payload.replace(old, new, 1))
        verdict = verify_payload(forged, keys)
        assert verdict.status is VerdictStatus.TAMPERED, old
        assert verdict.fields is not None and not verdict.ok


def test_signed_by_another_key_is_tampered(key: Ed25519PrivateKey) -> None:
    other = Ed25519PrivateKey.from_private_bytes(b"\x08" * 32)
    text = sign_payload(other, FIELDS)
    verdict = verify_payload(text, {"330703101": public_key_bytes(key)})
    assert verdict.status is VerdictStatus.TAMPERED


def test_unknown_township(key: Ed25519PrivateKey) -> None:
    text = sign_payload(key, FIELDS)
    verdict = verify_payload(text, {"330703102": public_key_bytes(key)})
    assert verdict.status is VerdictStatus.UNKNOWN_TOWNSHIP
    assert verdict.fields is not None and verdict.fields.township_code == "330703101"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "SD1.abc",
        "SD2.AAAA.AAAA",
        "SD1.!!!.AAAA",
        "SD1." + "A" * 700 + ".AA",
        "https://example.invalid/?q=1",
    ],
)
def test_malformed(text: str, key: Ed25519PrivateKey) -> None:
    assert verify_payload(text, {"330703101": public_key_bytes(key)}).status is (
        VerdictStatus.MALFORMED
    )


def test_truncated_signature_and_bad_payload_are_malformed(key: Ed25519PrivateKey) -> None:
    keys = {"330703101": public_key_bytes(key)}
    text = sign_payload(key, FIELDS)
    assert verify_payload(text[:-4], keys).status is VerdictStatus.MALFORMED
    bad = _replace_payload(text, b"only|three|fields")
    assert verify_payload(bad, keys).status is VerdictStatus.MALFORMED


def test_payload_rejects_separator_in_fields() -> None:
    from dataclasses import replace

    with pytest.raises(ValueError):
        encode_payload(replace(FIELDS, item_code="a|b"))
    with pytest.raises(ValueError):
        encode_payload(replace(FIELDS, content_sha256="xyz"))
    assert decode_payload(encode_payload(FIELDS)) == FIELDS
