"""English for the case detail's request buttons under the 期限 tab (ui/pages/case_requests.py)
and the messages of app/services/case_requests.py (scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    # -- buttons and forms ------------------------------------------------------------------------
    "征求部门意见…": "Request department opinion…",
    "登记部门意见…": "Record department opinion…",
    "安排听证…": "Schedule hearing…",
    "登记听证通知送达…": "Record hearing notice served…",
    "登记结果反馈…": "Record feedback…",
    "征求部门意见": "Request a department's opinion",
    "登记部门意见": "Record the department's opinion",
    "安排听证": "Schedule the hearing",
    "登记听证通知送达": "Record the hearing notice as served",
    "登记结果反馈": "Record the department's feedback",
    "部门": "Department",
    "征求事项": "Subject",
    "征求日期": "Requested on",
    "部门应在 5 个工作日内书面答复。": "The department answers in writing within 5 working days.",
    "收到日期": "Received on",
    "意见摘要": "Opinion summary",
    "听证日期": "Hearing date",
    "听证通知须在举行听证的 7 个工作日前送达当事人。":
        "The hearing notice must reach the party 7 working days before the hearing.",
    "送达日期": "Served on",
    "反馈内容": "Feedback",
    "没有待反馈的移送。": "No transfer is awaiting feedback.",
    # -- service messages (DomainError templates) -------------------------------------------------
    "案件已结案，不能再登记。": "The case is closed; nothing more can be recorded.",
    "没有待登记的{label}期限。": "There is no open {label} deadline to record.",
    "{label}不能晚于今天。": "{label} cannot be later than today.",
    "{label}不能早于 {start}。": "{label} cannot be earlier than {start}.",
    "听证通知须在举行听证的{n}个工作日前送达当事人：{notice}发出通知，听证最早可安排在 {day}。":
        "The hearing notice must reach the party {n} working days before the hearing: with the "
        "notice sent on {notice}, the earliest hearing date is {day}.",
    "当事人尚未申请听证，不能安排听证。":
        "The party has not asked for a hearing; no hearing can be scheduled.",
    "听证通知最迟应于 {due} 送达，请重新安排听证日期。":
        "The hearing notice had to be served by {due}; please schedule a new hearing date.",
}
