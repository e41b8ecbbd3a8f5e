"""English for the training page, the bulk entry dialog, the import preview and the
培训登记卡 (scripts/update_translations merges it with the other translations_en*.py)."""

from __future__ import annotations

EN: dict[str, str] = {
    # app/rules/training.py LIGHT_LABELS (context "Labels")
    "进度正常": "On track",
    "进度落后": "Behind",
    "难以完成": "Will miss",
    # ui/pages/training.py
    "培训": "Training",
    "达标": "Met",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "全部（计入 60 学时的类别）": "All (types counted towards the 60 hours)",
    "新增培训(&N)": "&New training",
    "导入(&I)…": "&Import…",
    "导出(&X)": "E&xport",
    "培训登记卡(&K)": "Training record &card",
    "年度培训情况报告…": "Annual training report…",
    "学习活动台账…": "Training activity ledger…",
    "队伍管理台账…": "Squad management ledger…",
    "标记年度报告已报送县里": "Mark the annual report as sent to the county",
    "辅助人员 {aux} 人 ≤ 在编执法队员 {sworn} 人，符合规定。": (
        "Auxiliaries {aux} ≤ sworn officers {sworn}: within the rule."
    ),
    "辅助人员 {aux} 人多于在编执法队员 {sworn} 人，不符合规定！": (
        "Auxiliaries {aux} outnumber sworn officers {sworn}: against the rule!"
    ),
    "正在导出…": "Exporting…",
    "导出年度培训情况报告": "Export the annual training report",
    "导出学习活动台账": "Export the training activity ledger",
    "导出队伍管理台账": "Export the squad management ledger",
    "已标记年度培训情况报告已报送。": "The annual training report is marked as sent.",
    "本类别学时": "Hours of this type",
    "每月尚需": "Needed / month",
    "天数": "Days",
    "职务要求": "Role requirements",
    "计入 60 学时的公共法律知识、业务知识、执法技能学时": (
        "Hours of legal knowledge, business knowledge and enforcement skills, "
        "counted towards the 60"
    ),
    "距年底每月还需的学时": "Hours still needed per month until the year end",
    "年度": "Year",
    "在编执法队员 {n} 人：已满 60 学时 {done} 人；进度正常 {g} 人，落后 {y} 人，"
    "难以完成 {r} 人。本年培训 {events} 次；本单位组织：{own}。": (
        "Sworn officers: {n}; {done} have 60 hours; {g} on track, {y} behind, "
        "{r} will miss. Trainings this year: {events}; organised by the squad: {own}."
    ),
    "执法证已过期：{names}": "Certificates expired: {names}",
    "执法证 30 天内到期：{names}": "Certificates expiring within 30 days: {names}",
    "执法证 60 天内到期：{names}": "Certificates expiring within 60 days: {names}",
    '<span style="color:{g}">■</span> 进度正常\u3000<span style="color:{y}">■</span> 进度落后'
    '\u3000<span style="color:{r}">■</span> 难以完成\u3000<span style="color:#c62828">┆</span> '
    "60 学时": (
        '<span style="color:{g}">■</span> On track  <span style="color:{y}">■</span> Behind  '
        '<span style="color:{r}">■</span> Will miss  <span style="color:#c62828">┆</span> '
        "60 hours"
    ),
    " 等 {n} 人": " ({n} in all)",
    "已导出：{path}": "Exported: {path}",
    "导出失败：{error}": "Export failed: {error}",
    "{year}年度培训情况报告.xlsx": "Annual training report {year}.xlsx",
    "{year}年学习活动台账.xlsx": "Training activity ledger {year}.xlsx",
    "{year}年队伍管理台账.xlsx": "Squad management ledger {year}.xlsx",
    "{year} 年": "{year}",
    "{year} 年计入 60 学时的学时（每人）": "{year}: hours counted towards the 60 (per officer)",
    "{year} 年“{category}”学时（每人）": "{year}: hours of “{category}” (per officer)",
    "{kind} {n}/{need}": "{kind} {n}/{need}",
    "{name}（{years} 年）": "{name} ({years})",
    "已登记“{title}”，{n} 人参训。": "Recorded “{title}” with {n} attendees.",
    "{year} 年度培训情况须于 {due} 前报送县里（还剩 {days} 天）。"
    "可在“导出”中生成年度培训情况报告。": (
        "The {year} training report is due at the county by {due} ({days} days left). "
        "Create it under “Export”."
    ),
    "{name}（{day}）": "{name} ({day})",
    "连续两年考核不合格，应按程序退出执法队伍：{names}": (
        "Failed the annual assessment two years running, to leave enforcement by procedure: {names}"
    ),
    "{year} 年度培训情况报告已过报送期限（{due}），尚未标记报送。": (
        "The {year} training report was due by {due} and is not marked as sent."
    ),
    "全部类别 {total} 学时": "All types: {total} hours",
    "上级（含县）组织 {sup} 次，本单位组织 {own} 次": (
        "Organised by superiors (incl. county): {sup}; by the squad: {own}"
    ),
    # ui/pages/training_entry.py
    "输入姓名筛选，回车勾选唯一匹配": "Type a name to filter; Enter ticks a single match",
    "全选当前筛选(&A)": "Tick &all shown",
    "清空选择": "Clear ticks",
    "空格键勾选/取消当前行；Ctrl+Enter 保存。": (
        "Space ticks or unticks the current row; Ctrl+Enter saves."
    ),
    "新增培训": "New training",
    "例如：行政处罚法专题培训": "e.g. Administrative Penalty Law seminar",
    "留空按起止日期计算": "Empty: from the dates",
    "如 3 或 1.5": "e.g. 3 or 1.5",
    "未注明学时时填写": "When no hours are stated",
    "培训名称(&T)": "&Title",
    "组织层级": "Organised by",
    "培训类别": "Training type",
    "培训形式": "Form",
    "起止日期": "Dates",
    "每人学时": "Hours each",
    "保存(Ctrl+Enter)": "Save (Ctrl+Enter)",
    "参训人员": "Attendees",
    "或时长（分钟）": "or duration (minutes)",
    "至": "to",
    "学时或时长无法识别": "The hours or duration cannot be read",
    "请填写学时，或填写时长（45 分钟折 1 学时）": (
        "Enter the hours, or a duration (45 minutes = 1 hour)"
    ),
    "请至少勾选一名参训人员。": "Tick at least one attendee.",
    "已选 {n} 人": "{n} ticked",
    "保存 {n} 人(Ctrl+Enter)": "Save {n} (Ctrl+Enter)",
    "{name}（辅助）": "{name} (auxiliary)",
    "每人计 {units} 学时": "{units} hours each",
    "每人计 {units} 学时（45 分钟折 1 学时）": "{units} hours each (45 minutes = 1 hour)",
    # ui/pages/training_card.py
    "{name} {have}/{need} 学时": "{name} {have}/{need} hours",
    "年度已结束": "Year over",
    "{name} {have}/{need} 天": "{name} {have}/{need} days",
    "{name} {have}/{need} 次": "{name} {have}/{need}",
    "本年度尚无培训记录。": "No training recorded this year.",
    "备注（可不填）": "Note (optional)",
    "录入考核结果(&R)": "&Record result",
    "年度考核": "Annual assessment",
    "集中": "Centralised",
    "组织": "Organiser",
    "形式": "Form",
    "培训名称": "Training",
    "考核结果": "Result",
    "计入 60 学时的 {counted} / {need} 学时（全部类别 {total} 学时）；"
    "集中培训 {conc} 次，共 {days} 天": (
        "{counted} / {need} hours counted towards the 60 (all types {total}); "
        "{conc} centralised trainings, {days} days"
    ),
    "辅助执法人员不适用执法队员的年度培训要求。": (
        "The sworn officers' yearly training requirements do not apply to auxiliaries."
    ),
    "{number}，{status}，有效期至 {expires}": "{number}, {status}, valid until {expires}",
    "培训登记卡：{name}（{year} 年）": "Training record card: {name} ({year})",
    "{name} · {kind} · {position}": "{name} · {kind} · {position}",
    "（{alert}）": " ({alert})",
    "已录入 {year} 年考核结果：{result}": "Recorded the {year} assessment: {result}",
    "{light}；此后每月尚需 {needed} 学时": "{light}; {needed} hours a month still needed",
    "{years} 年连续考核不合格：应按程序退出执法队伍。": (
        "Failed the assessment in {years}: to leave enforcement by procedure."
    ),
    "该类别不计入 60 学时": "This type does not count towards the 60 hours",
    "{units}（不计入）": "{units} (not counted)",
    # ui/pages/training_import.py
    "选择学习平台导出的学习记录": "Choose the learning platform's attendance export",
    "导入": "Import",
    "正在读取文件…": "Reading the file…",
    "文件无法读取，未导入任何数据。": "The file cannot be read; nothing was imported.",
    "行号": "Row",
    "登记为": "Recorded as",
    "人次": "Attendances",
    "新建培训登记为：组织层级": "New trainings: organised by",
    "类别（文件未注明时）": "Type (when the file has none)",
    "已导入 {n} 条培训记录（新建培训 {created} 个，沿用 {reused} 个），跳过 {skipped} 行。": (
        "Imported {n} attendances ({created} new trainings, {reused} existing); "
        "skipped {skipped} rows."
    ),
    "导入培训记录：{name}": "Import training records: {name}",
    "工作表“{sheet}”，表头在第 {header} 行；共 {total} 行：可导入 {good} 行，无法导入 {bad} 行。": (
        "Sheet “{sheet}”, header in row {header}; {total} rows: {good} can be imported, "
        "{bad} cannot."
    ),
    "无法导入（{n}）": "Cannot import ({n})",
    "可导入（{n}）": "Can import ({n})",
    "将登记的培训（{n}）": "Trainings to record ({n})",
    "我已核对上面 {bad} 行无法导入的原因，只导入其余 {good} 行": (
        "I have checked why the {bad} rows above cannot be imported; import the other {good}"
    ),
    "新建培训": "New training",
    "已有培训": "Existing training",
    "导入 {n} 行": "Import {n} rows",
}
