"""English for the start-up frame and the first-run demo build (scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    "正在打开数据库…": "Opening the database…",
    "执法事项目录中没有“{item}”。": "The enforcement catalog has no item “{item}”.",
    "正在生成演示数据库…": "Building the demo database…",
    "首次启动": "First start",
    "正在生成演示数据：{step}（{done}/{total}）": "Building demo data: {step} ({done}/{total})",
}
