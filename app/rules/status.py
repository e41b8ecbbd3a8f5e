"""A case's workflow status and its label: light to load (the start-up's 工作台 counts cases
by status before the workflow's guards are needed). app.rules.workflow re-exports both."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Workflow statuses; the codes are the command line's STATUS values."""

    RECEIVED = "received"  # 受案
    FILED = "filed"  # 立案
    INVESTIGATING = "investigating"  # 调查取证
    REVIEWING = "reviewing"  # 法制审核
    NOTIFIED = "notified"  # 事先告知
    HEARING = "hearing"  # 听证
    DECIDED = "decided"  # 决定
    SERVED = "served"  # 送达
    EXECUTING = "executing"  # 执行
    CLOSED = "closed"  # 结案
    ARCHIVED = "archived"  # 归档
    TRANSFERRED = "transferred"  # 移送


STATUS_LABELS: dict[Status, str] = {
    Status.RECEIVED: "受案",
    Status.FILED: "已立案",
    Status.INVESTIGATING: "调查取证",
    Status.REVIEWING: "法制审核",
    Status.NOTIFIED: "已告知",
    Status.HEARING: "听证",
    Status.DECIDED: "已决定",
    Status.SERVED: "已送达",
    Status.EXECUTING: "执行中",
    Status.CLOSED: "已结案",
    Status.ARCHIVED: "已归档",
    Status.TRANSFERRED: "已移送",
}
