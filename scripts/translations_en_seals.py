"""English for 印章管理 on the settings page and the seal notes of the case detail's 文书 tab
(scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    # -- settings page: 印章管理 ---------------------------------------------------------------
    "印章管理": "Seals",
    "本镇": "Township",
    "部门": "Department",
    "所属": "Owner type",
    "单位名称": "Owner name",
    "导入时间": "Imported at",
    "SHA-256": "SHA-256",
    "尚未导入印章。未导入印章时，文书签发后不加盖印章。": (
        "No seal imported yet. Until one is, documents are issued without a seal."
    ),
    "印章上的单位全称，如：孝顺镇人民政府": (
        "The full name of the unit on the seal, e.g. 孝顺镇人民政府"
    ),
    "请选择带透明背景的 PNG 图片。部门印章用于联合执法案件，单位名称须与联合执法行动的牵头部门名称一致。": (
        "Choose a PNG image with a transparent background. Department seals are used for "
        "joint-enforcement cases; the owner name must match the lead department of the joint "
        "action exactly."
    ),
    "导入印章…": "Import seal…",
    "停用": "Disable",
    "选择印章图片": "Choose the seal image",
    "PNG 图片 (*.png);;所有文件 (*)": "PNG images (*.png);;All files (*)",
    "停用印章": "Disable seal",
    "停用“{owner}”的印章。已加盖该印章的文书不受影响。停用原因：": (
        "Disable the seal of \u201c{owner}\u201d. Documents already sealed with it are not "
        "affected. Reason:"
    ),
    "无法读取文件：{detail}": "Cannot read the file: {detail}",
    "已导入印章：{owner}（SHA-256 {sha}）": "Seal imported: {owner} (SHA-256 {sha})",
    "请先在列表中选择一枚印章。": "Select a seal in the list first.",
    "已停用印章：{owner}": "Seal disabled: {owner}",
    # -- case detail: seal notes after 已签发 --------------------------------------------------
    "（未加盖印章：当前用户无权加盖印章）": " (not sealed: the current user may not apply seals)",
    "（未加盖印章：尚未导入本镇印章）": " (not sealed: no township seal has been imported yet)",
    "（已加盖联合执法牵头部门印章：{owner}）": (
        " (sealed with the joint action's lead department seal: {owner})"
    ),
    "（已加盖本镇印章：{owner}；联合执法牵头部门“{lead}”的印章尚未导入）": (
        " (sealed with the township seal: {owner}; the seal of the joint action's lead "
        "department \u201c{lead}\u201d has not been imported)"
    ),
    "（已加盖本镇印章：{owner}）": " (sealed with the township seal: {owner})",
}
