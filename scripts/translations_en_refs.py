"""English for the county documents applied by sync (certificate statuses, township keys)
(scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    "县局执法证状态数据格式不正确：{detail}": (
        "The county's certificate status data is malformed: {detail}"
    ),
}
