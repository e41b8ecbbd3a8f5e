"""English for the decision-clock actions on the case detail (pause, resume, extension) and the
联合执法 joint actions dialog (scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    # -- case detail: the 90-day decision clock ---------------------------------------------------
    "听证": "Hearing",
    "鉴定": "Appraisal",
    "公告": "Announcement",
    "中止": "Suspension",
    "中止计时…": "Pause clock…",
    "恢复计时…": "Resume clock…",
    "批准延期…": "Extend deadline…",
    "中止期限计时": "Pause the decision clock",
    "恢复期限计时": "Resume the decision clock",
    "延长办案期限": "Extend the decision deadline",
    "中止类型": "Pause type",
    "开始日期": "Start date",
    "原因": "Reason",
    "恢复日期": "Resume date",
    "当前到期日": "Current due date",
    "延期天数": "Extension",
    " 天": " days",
    "延期理由": "Reason for the extension",
    "没有正在进行的中止。": "No pause is running.",
    "计时中止（{kind}）：{start} 起，进行中；{reason}":
        "Clock paused ({kind}) since {start}, still running; {reason}",
    "计时中止（{kind}）：{start} 至 {end}，{n} 天；{reason}":
        "Clock paused ({kind}) {start} to {end}, {n} day(s); {reason}",
    "批准延期 {n} 天（{on}，{who}）：{reason}":
        "Extension of {n} day(s) approved ({on}, {who}): {reason}",
    # -- case list: joint actions -----------------------------------------------------------------
    "联合执法…": "Joint operations…",
    "联合执法": "Joint operations",
    "发起联合执法": "Start a joint operation",
    "发起联合执法…": "Start joint operation…",
    "登记后续立案": "Record a follow-up case",
    "登记后续立案…": "Record follow-up case…",
    "类型": "Type",
    "行动名称": "Operation name",
    "行动日期": "Operation date",
    "牵头单位": "Lead unit",
    "参加部门": "Participating departments",
    "行动方案": "Operation plan",
    "用“、”分隔，如：市场监管所、派出所":
        "Separate with “、” or commas, e.g. 市场监管所、派出所",
    "常规联合执法：按计划开展。": "Regular joint operation: carried out as planned.",
    "专项联合执法：须附行动方案，提前 {n} 日申请。":
        "Special joint operation: needs a plan and must be applied for {n} days ahead.",
    "应急联合执法：立即开展，登记即视为已报告。":
        "Emergency joint operation: starts at once; registering it counts as the report.",
    "请填写参加部门。": "Please enter the participating departments.",
    "立案部门": "Filing department",
    "案件编号": "Case number",
    "本队案件填写案件编号，可关联到案件详情":
        "For the squad's own cases enter the case number to link the case",
    "请填写案件编号。": "Please enter the case number.",
    "日期": "Date",
    "后续立案": "Follow-up cases",
    "本队案件": "Squad case",
    "是": "Yes",
    "关闭": "Close",
    "尚无联合执法行动。": "No joint operations yet.",
    "{kind}联合执法：{title}（{day}）": "{kind} joint operation: {title} ({day})",
    "申请时间：{at}": "Applied: {at}",
    "报告时间：{at}": "Reported: {at}",
    "行动方案：{plan}": "Plan: {plan}",
    "已保存。": "Saved.",
    "请先选择一次联合执法行动。": "Please select a joint operation first.",
}
