"""English for the county file upload's messages (app/sync/files.py; scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    "县局未确认文件已完整收到，稍后自动重试。": (
        "The county did not confirm that the whole file arrived; retrying automatically later."
    ),
    "证据文件在上传过程中发生变化：{sha}": "An evidence file changed while it was being uploaded: {sha}",
}
