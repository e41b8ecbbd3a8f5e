"""Reading the county's certificate register export (执法证状态) for
`squaddesk-county certificate-status --import FILE`: .xlsx, .csv (UTF-8, with or without BOM)
or .json.

Columns (first row, Chinese or English headers): 执法证号 / 证号 / number, 状态 / status
(有效、暂扣、注销、吊销), 有效期至 / valid_until (optional), 日期 / 状态日期 / date (optional).
JSON: a list of {"number", "status", "valid_until", "date"} objects, or
{"certificates": {number: {"status", "valid_until", "date"}}} (the published shape).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from county.service import ApiError, CertificateStatusEntry, certificate_entry

HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("执法证号", "证号", "证件号", "certificate_number", "number"),
    "status": ("状态", "执法证状态", "status"),
    "valid_until": ("有效期至", "有效期", "valid_until"),
    "date": ("日期", "状态日期", "date"),
}


def _columns(header: list[Any]) -> dict[str, int]:
    names = [str(h or "").strip().lower() for h in header]
    out: dict[str, int] = {}
    for key, aliases in HEADERS.items():
        for i, name in enumerate(names):
            if name in aliases:
                out[key] = i
                break
    missing = [HEADERS[k][0] for k in ("number", "status") if k not in out]
    if missing:
        raise ApiError(422, "bad_certificate_file", f"文件缺少列：{'、'.join(missing)}。")
    return out


def _from_table(rows: list[list[Any]]) -> list[CertificateStatusEntry]:
    if not rows:
        raise ApiError(422, "bad_certificate_file", "文件是空的。")
    cols = _columns(rows[0])
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(str(c or "").strip() for c in row):
            continue

        def cell(key: str, row: list[Any] = row) -> Any:
            i = cols.get(key)
            return row[i] if i is not None and i < len(row) else None

        out.append(
            certificate_entry(
                cell("number"), cell("status"), cell("valid_until"), cell("date"), where=f"第 {n} 行："
            )
        )
    return out


def read_certificate_file(path: Path) -> list[CertificateStatusEntry]:
    """The entries of an .xlsx, .csv or .json export (ApiError 422 with the row otherwise)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
        return _from_table(rows)
    if suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        return _from_table([list(r) for r in csv.reader(io.StringIO(text))])
    if suffix == ".json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and isinstance(doc.get("certificates"), dict):
            doc = [dict(v, number=k) for k, v in doc["certificates"].items() if isinstance(v, dict)]
        if not isinstance(doc, list):
            raise ApiError(422, "bad_certificate_file", "JSON 须为证书列表。")
        return [
            certificate_entry(
                e.get("number"), e.get("status"), e.get("valid_until"), e.get("date"),
                where=f"第 {i} 项：",
            )
            if isinstance(e, dict)
            else certificate_entry(None, None, where=f"第 {i} 项：")
            for i, e in enumerate(doc, start=1)
        ]
    raise ApiError(422, "bad_certificate_file", f"不支持的文件类型：{suffix}（可用 .xlsx、.csv、.json）")
