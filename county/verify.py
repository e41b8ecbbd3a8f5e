"""The public 一案一码 verification page of the county (no login): anyone who scans a
decision's QR code can check that a township issued it and that it was not altered.

    GET /verify?d=<QR text>          HTML page in Chinese
    GET /api/v1/verify?d=<QR text>   JSON (VerifyResult)

The signature is checked against every public key the township ever sent to the county
(current and past, county.db.TownshipKey). The answer names only the document: validity,
type, number, township and date; never parties, amounts or any other personal data.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.documents.qr import MAX_TEXT, VerdictStatus, verify_payload
from app.documents.types import DOC_TYPES
from county import service

router = APIRouter()

QR_QUERY = Query(
    max_length=4 * MAX_TEXT, description="the text of the 一案一码 (SD1.<payload>.<signature>)"
)

MESSAGES: dict[VerdictStatus, str] = {
    VerdictStatus.VALID: "真实有效：该文书由下列乡镇签发，二维码内容未被改动。",
    VerdictStatus.TAMPERED: "验证失败：二维码内容与签名不符，可能被篡改或伪造。",
    VerdictStatus.UNKNOWN_TOWNSHIP: "无法验证：县局没有该乡镇的公钥。",
    VerdictStatus.MALFORMED: "不是有效的一案一码。",
}


class VerifyResult(BaseModel):
    """The county's check of one 一案一码 (only a valid one's fields are vouched for)."""

    valid: bool
    status: Literal["valid", "tampered", "unknown_township", "malformed"]
    message: str = Field(description="the verdict in Chinese")
    document_type: str | None = Field(None, description="e.g. 行政处罚决定书")
    number: str | None = None
    township_code: str | None = None
    township_name: str | None = None
    date: dt.date | None = None


def document_type(number: str) -> str | None:
    """The document's title from the 字 of its number (孝顺镇综执罚决字〔2026〕第12号 →
    行政处罚决定书)."""
    for info in sorted(DOC_TYPES.values(), key=lambda i: -len(i.word)):
        if f"{info.word}字〔" in number:
            return info.title
    return None


def check(s: Session, text: str) -> VerifyResult:
    """Verify a QR text against the county's stored township keys."""
    verdict = verify_payload(text, {})
    name: str | None = None
    if verdict.status is VerdictStatus.UNKNOWN_TOWNSHIP and verdict.fields is not None:
        code = verdict.fields.township_code
        name, keys = service.keys_for_code(s, code)
        for key in keys:
            verdict = verify_payload(text, {code: key})
            if verdict.ok:
                break
    f = verdict.fields
    shown = f is not None and verdict.status is not VerdictStatus.MALFORMED
    return VerifyResult(
        valid=verdict.ok,
        status=verdict.status.value,  # type: ignore[arg-type]
        message=MESSAGES[verdict.status],
        document_type=document_type(f.number) if shown and f else None,
        number=f.number if shown and f else None,
        township_code=f.township_code if shown and f else None,
        township_name=name if shown else None,
        date=f.date if shown and f else None,
    )


def _check(request: Request, d: str) -> VerifyResult:
    with Session(request.app.state.engine) as s:
        return check(s, d)


@router.get("/api/v1/verify", response_model=VerifyResult, tags=["verify"])
def verify_json(request: Request, d: Annotated[str, QR_QUERY] = "") -> VerifyResult:
    """Check a 一案一码 (no login): valid or not, and which document it names."""
    return _check(request, d)


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>一案一码 文书核验</title>
<style>
body {{ font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif;
       max-width: 36em; margin: 2em auto; padding: 0 1em; color: #222; }}
.verdict {{ padding: 1em; border-radius: 6px; font-size: 1.15em; }}
.ok {{ background: #e6f4ea; border: 1px solid #2e7d32; }}
.bad {{ background: #fdecea; border: 1px solid #c62828; }}
th {{ text-align: left; padding-right: 1em; font-weight: normal; color: #555; }}
td, th {{ padding: .3em 0; }}
.note {{ color: #777; font-size: .9em; margin-top: 2em; }}
</style></head><body>
<h1>一案一码 文书核验</h1>
<div class="verdict {css}" id="verdict">{message}</div>
{table}
<p class="note">本页由县综合行政执法局提供，仅核验文书的签发乡镇、文书编号和日期，不显示当事人等个人信息。</p>
</body></html>
"""


def render_page(result: VerifyResult) -> str:
    """The HTML page of a result (every value escaped)."""
    rows = [
        ("核验结果", "有效" if result.valid else "无效"),
        ("文书类型", result.document_type),
        ("文书编号", result.number),
        ("签发乡镇", result.township_name or result.township_code),
        ("文书日期", f"{result.date.year}年{result.date.month}月{result.date.day}日" if result.date else None),
    ]
    table = "<table>" + "".join(
        f"<tr><th>{label}</th><td>{html.escape(value)}</td></tr>" for label, value in rows if value
    ) + "</table>"
    return _PAGE.format(
        css="ok" if result.valid else "bad", message=html.escape(result.message), table=table
    )


@router.get("/verify", response_class=HTMLResponse, tags=["verify"])
def verify_page(request: Request, d: str = "") -> HTMLResponse:
    """The public verification page (Chinese HTML, no login)."""
    return HTMLResponse(render_page(_check(request, d)))
