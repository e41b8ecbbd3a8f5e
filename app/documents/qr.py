"""一案一码: the signed QR code printed on decision documents (DOMAIN.md, DESIGN.md "Documents").

The code carries the township code, the document number, the date, the enforcement item code,
the discretion tier, the amount (fen) and the sha256 of the document's content (the canonical
JSON of the data the document was rendered from, not the PDF bytes, so the code can be printed
inside the PDF it vouches for), signed with the township's Ed25519 key. The county publishes
the public keys, so a verifier works offline.

Text form (URL-safe, ≈ 260 characters → QR version ≈ 12 at level M, fine at 25 mm):

    SD1.<base64url(payload)>.<base64url(signature)>

payload = UTF-8 of the fields joined by "|" in FIELD_ORDER, the date as YYYYMMDD and the
content hash as base64url of its 32 bytes; signature = Ed25519 over b"SD1." + payload.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import segno
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "SD1"
SEPARATOR = "|"
FIELD_COUNT = 7
SIGNATURE_BYTES = 64
MAX_TEXT = 600  # anything longer is not ours
QR_ERROR_LEVEL = "m"
# A fixed mask pattern: any of the eight is valid and decodes alike; choosing the "best" one
# makes segno score all eight (≈ 40 ms a code, most of a document's render time).
QR_MASK = 2

_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class QRFields:
    """What a 一案一码 says about a document."""

    township_code: str  # 行政区划代码 of the issuing township, e.g. "330782101"
    number: str  # document number, e.g. 孝顺镇综执罚决字〔2026〕第12号
    date: date  # date of the document
    item_code: str  # enforcement item (执法事项) code
    tier: str  # discretion tier code (app.rules.discretion.Tier), "" when none
    amount_fen: int  # fine in fen, 0 when none
    content_sha256: str  # hex sha256 of the document content's canonical JSON


class VerdictStatus(StrEnum):
    VALID = "valid"
    TAMPERED = "tampered"  # signature does not match the fields (or a different key signed)
    UNKNOWN_TOWNSHIP = "unknown_township"  # no published public key for its township code
    MALFORMED = "malformed"  # not a SquadDesk code at all, or damaged


VERDICT_LABELS: dict[VerdictStatus, str] = {
    VerdictStatus.VALID: "真实有效：二维码由发文乡镇签发，内容未被改动。",
    VerdictStatus.TAMPERED: "验证失败：二维码内容与签名不符，可能被篡改或伪造。",
    VerdictStatus.UNKNOWN_TOWNSHIP: "无法验证：没有该乡镇公布的公钥。",
    VerdictStatus.MALFORMED: "不是有效的一案一码。",
}


@dataclass(frozen=True)
class Verdict:
    """Result of checking a scanned code; `fields` is None when it could not be read.

    Only a VALID verdict's fields are vouched for by the township.
    """

    status: VerdictStatus
    fields: QRFields | None = None

    @property
    def ok(self) -> bool:
        return self.status is VerdictStatus.VALID

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.status]


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    """Strict base64url without padding: refuses characters outside the alphabet and
    non-canonical encodings (so one code has exactly one spelling)."""
    if not _B64URL.match(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64e(raw) != text:
        raise ValueError("non-canonical base64url")
    return raw


def _check_field(name: str, value: str) -> str:
    if SEPARATOR in value or "\n" in value or "\r" in value:
        raise ValueError(f"{name} may not contain {SEPARATOR!r} or line breaks: {value!r}")
    return value


def encode_payload(fields: QRFields) -> bytes:
    """The signed bytes' body: fields joined by "|" (UTF-8)."""
    try:
        digest = bytes.fromhex(fields.content_sha256)
    except ValueError as exc:
        raise ValueError("content_sha256 must be 64 hex digits") from exc
    if len(digest) != 32:
        raise ValueError("content_sha256 must be 64 hex digits")
    if fields.amount_fen < 0:
        raise ValueError("amount_fen cannot be negative")
    if not fields.township_code:
        raise ValueError("township_code is required")
    parts = [
        _check_field("township_code", fields.township_code),
        _check_field("number", fields.number),
        fields.date.strftime("%Y%m%d"),
        _check_field("item_code", fields.item_code),
        _check_field("tier", fields.tier),
        str(int(fields.amount_fen)),
        _b64e(digest),
    ]
    return SEPARATOR.join(parts).encode("utf-8")


def decode_payload(payload: bytes) -> QRFields:
    """Inverse of encode_payload; ValueError when the bytes are not a payload."""
    text = payload.decode("utf-8")
    parts = text.split(SEPARATOR)
    if len(parts) != FIELD_COUNT:
        raise ValueError("wrong field count")
    code, number, day, item, tier, amount, digest = parts
    if not code or not re.fullmatch(r"\d{8}", day) or not re.fullmatch(r"0|[1-9]\d{0,14}", amount):
        raise ValueError("bad field")
    raw = _b64d(digest)
    if len(raw) != 32:
        raise ValueError("bad content hash")
    return QRFields(
        township_code=code,
        number=number,
        date=date(int(day[:4]), int(day[4:6]), int(day[6:])),
        item_code=item,
        tier=tier,
        amount_fen=int(amount),
        content_sha256=raw.hex(),
    )


def _signed_message(payload: bytes) -> bytes:
    return PREFIX.encode("ascii") + b"." + payload


def sign_payload(private_key: Ed25519PrivateKey, fields: QRFields) -> str:
    """The QR text for `fields`, signed with the township's key (deterministic: Ed25519)."""
    payload = encode_payload(fields)
    signature = private_key.sign(_signed_message(payload))
    return f"{PREFIX}.{_b64e(payload)}.{_b64e(signature)}"


def verify_payload(text: str, public_keys: dict[str, bytes]) -> Verdict:
    """Check a scanned code against the published public keys {township_code: raw 32 bytes}."""
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        return Verdict(VerdictStatus.MALFORMED)
    parts = text.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return Verdict(VerdictStatus.MALFORMED)
    try:
        payload = _b64d(parts[1])
        signature = _b64d(parts[2])
        fields = decode_payload(payload)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        return Verdict(VerdictStatus.MALFORMED)
    if len(signature) != SIGNATURE_BYTES:
        return Verdict(VerdictStatus.MALFORMED, fields)
    raw_key = public_keys.get(fields.township_code)
    if raw_key is None:
        return Verdict(VerdictStatus.UNKNOWN_TOWNSHIP, fields)
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, _signed_message(payload))
    except (InvalidSignature, ValueError):
        return Verdict(VerdictStatus.TAMPERED, fields)
    return Verdict(VerdictStatus.VALID, fields)


QR_PNG_SCALE = 2  # pixels a module: the PDF scales the image to 25 mm; segno's pure-Python
# PNG writer costs ≈ 3 ms at scale 2 but ≈ 10 ms at 4, and 2 keeps edges sharp in viewers
# that smooth upscaled images


def qr_png(text: str, *, scale: int = QR_PNG_SCALE) -> bytes:
    """The QR code of `text` as a PNG in memory (black on white, no quiet zone: the page
    layout leaves the white margin around it)."""
    code = segno.make(text, error=QR_ERROR_LEVEL, micro=False, mask=QR_MASK)
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=scale, border=0)
    return buf.getvalue()


def qr_version(text: str) -> int:
    """The QR symbol version segno picks for `text` (for checks and the benchmark)."""
    return int(segno.make(text, error=QR_ERROR_LEVEL, micro=False, mask=QR_MASK).version)
