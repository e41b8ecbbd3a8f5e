"""English for the document preview, printing, archive and 一案一码 verifier dialogs
(ui/documents_preview.py, ui/qr_verify_dialog.py) and the case-document service messages."""

from __future__ import annotations

EN: dict[str, str] = {
    "打印…": "Print…",
    "另存为…": "Save as…",
    "放大": "Zoom in",
    "缩小": "Zoom out",
    "适合宽度": "Fit width",
    "关闭": "Close",
    "共 {n} 页": "{n} pages",
    "本机缺少 QtPdf 组件，无法预览和打印；可以“另存为”后用 PDF 阅读器打开。":
        "QtPdf is not installed on this computer, so there is no preview or printing; "
        "use “Save as…” and open the file in a PDF reader.",
    "另存为 PDF": "Save as PDF",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
    "正在打印…": "Printing…",
    "取消": "Cancel",
    "打印": "Print",
    "无法启动打印机。": "The printer could not be started.",
    "{title}（草稿）": "{title} (draft)",
    "卷宗": "Case archive",
    "正在生成卷宗…": "Building the case archive…",
    "正在生成卷宗：{what}": "Building the case archive: {what}",
    "一案一码核验": "Verify a case QR code",
    "粘贴或扫描二维码内容（以 SD1. 开头）：": "Paste or scan the QR code text (starts with SD1.):",
    "核验": "Verify",
    # the four verdict labels (app.documents.qr) are in translations_en.py already
    # service messages (DomainError templates)
    "本案尚未签发{title}。": "{title} has not been issued for this case yet.",
    "找不到案件 {number}。": "Case {number} was not found.",
    "已取消生成卷宗。": "Building the case archive was cancelled.",
    "本案尚未签发处罚决定书，无法公示。":
        "No decision has been issued for this case, so there is nothing to disclose.",
    "公示清单只能保存为 .xlsx 或 .csv 文件。": "The disclosure list can only be saved as .xlsx or .csv.",
    "未知的文书设置：{key}。": "Unknown document setting: {key}.",
    "乡镇代码应为6–15位数字或字母（行政区划代码）。":
        "The township code must be 6–15 digits or letters (administrative division code).",
    "尚未完成初始设置，无法生成文书。": "Setup is not finished; documents cannot be produced.",
    "公钥格式不正确（应为32字节的 Ed25519 公钥）：{key}":
        "Malformed public key (expected a 32-byte Ed25519 key): {key}",
    "公钥文件格式不正确：缺少 keys 列表。": "Malformed key file: the “keys” list is missing.",
    "公钥文件格式不正确：缺少乡镇代码。": "Malformed key file: a township code is missing.",
}
