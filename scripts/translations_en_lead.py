"""English for service messages added while features were merged (scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    "SHA-256": "SHA-256",
    "跳过的标签位数须在 0 到 {n} 之间。": "Labels to skip must be between 0 and {n}.",
    "请至少选择一件装备再打印标签。": "Select at least one item before printing labels.",
    "每页标签列数须为 1–20、行数须为 1–40。": "A label sheet needs 1–20 columns and 1–40 rows.",
    "标签尺寸 {w}×{h} 毫米太小，至少需要 30×15 毫米才能印出可扫描的二维码和编号。": (
        "Labels of {w}×{h} mm are too small: at least 30×15 mm are needed for a scannable QR "
        "code and the tag."
    ),
    "标签边距和间距不能为负数。": "Label margins and gaps cannot be negative.",
    "{cols}×{rows} 个 {w}×{h} 毫米的标签放不进 {pw}×{ph} 毫米的纸张，请检查标签纸规格和边距。": (
        "{cols}×{rows} labels of {w}×{h} mm do not fit on {pw}×{ph} mm paper; check the label "
        "stock and margins."
    ),
    "盘点“{title}”尚未结束，结束盘点后才能打印对账报告。": (
        "Stock-take “{title}” is still open; close it before printing the reconciliation report."
    ),
    "数据库由更新版本的 SquadDesk 写入（数据库版本 {revision}），本程序无法打开，请升级 SquadDesk。": (
        "This database was written by a newer SquadDesk (database version {revision}); this "
        "program cannot open it. Please update SquadDesk."
    ),
    "升级数据库前的备份失败，数据库未升级：{detail}": (
        "The backup before upgrading the database failed; the database was not upgraded: {detail}"
    ),
    "县局服务器拒绝了请求（HTTP {status}）：{message}": (
        "The county server refused the request (HTTP {status}): {message}"
    ),
    "本机没有可用的安全凭据存储（系统钥匙串，当前：{backend}）。与县局同步需要把设备令牌保存在其中：Windows 凭据管理器、macOS 钥匙串，或 Linux 的 Secret Service（如 GNOME Keyring、KWallet）。本程序不会以明文保存令牌。": (
        "This computer has no usable secure credential store (current: {backend}). Syncing with "
        "the county keeps the device token there: Windows Credential Manager, macOS Keychain or "
        "the Linux Secret Service (GNOME Keyring, KWallet). SquadDesk never stores the token in "
        "plain text."
    ),
    "县局服务器地址无效：{url}（应为 https://…）": "Invalid county server address: {url} (expected https://…)",
    "县局服务器须使用 HTTPS（地址 {url} 不是 https://）。": (
        "The county server must use HTTPS ({url} is not https://)."
    ),
    "县局拒绝了本机的设备令牌（{message}），请管理员重新登记。": (
        "The county refused this computer's device token ({message}); an administrator must "
        "enrol it again."
    ),
    "数据库尚未初始化，无法同步。": "The database is not set up yet; nothing to sync.",
    "本机尚未登记到县局：请管理员在“同步”页输入县局地址和登记码。": (
        "This computer is not enrolled with the county: an administrator enters the county "
        "address and enrolment code on the Sync page."
    ),
    "系统钥匙串中没有本机的设备令牌，请管理员重新登记。": (
        "The system keyring holds no device token for this computer; an administrator must "
        "enrol it again."
    ),
    "请先完成初始化，再登记到县局。": "Finish the first-run set-up before enrolling with the county.",
    "县局返回的乡镇与本机数据库不一致，登记未完成。": (
        "The county answered for a different township than this database; enrolment not done."
    ),
    "设备令牌无法写入系统钥匙串：{detail}": "The device token could not be saved in the system keyring: {detail}",
    "无法从系统钥匙串读取设备令牌：{detail}": "The device token could not be read from the system keyring: {detail}",
    "县局 CA 证书文件不存在：{path}": "County CA certificate file not found: {path}",
    "县局的确认与所发批次不符，稍后自动重试。": (
        "The county's acknowledgement does not match the batch sent; retrying later."
    ),
    "县局的数据页与游标不符，稍后自动重试。": "The county's page does not match the cursor; retrying later.",
    "无法连接县局服务器（{detail}），稍后自动重试。": (
        "Cannot reach the county server ({detail}); retrying later."
    ),
    "县局服务器的回答无法解析，稍后自动重试。": "The county server's answer could not be read; retrying later.",
    "调查终结": "Investigation concluded",
    "申请听证": "Hearing requested",
    "执行": "Execution",
}

EN.update(
    {
        "文书": "Documents",
        "文号": "Number",
        "预览/打印…": "Preview / print…",
        "签发…": "Issue…",
        "生成卷宗…": "Build archive…",
        "未签发（预览为草稿）": "Not issued (previews as a draft)",
        "请先选择一种文书。": "Select a document type first.",
        "已签发：{number}": "Issued: {number}",
    }
)

EN.update(
    {
        "领用装备：{name}": "Equipment held: {name}",
        "领用装备(&Q)": "E&quipment held",
        "领用日期": "Checked out",
        "当前未领用装备。": "Holds no equipment at present.",
        "首轮全员轮训（期限 {deadline}）：按期完成 {on_time} 人，逾期完成 {late} 人，尚未参训 {untrained} 人。": (
            "First full rotation (deadline {deadline}): {on_time} on time, {late} late, "
            "{untrained} not yet trained."
        ),
    }
)

EN.update(
    {
        "设置首轮全员轮训期限…": "Set the first full rotation deadline…",
        "首轮全员轮训期限": "First full rotation deadline",
        "首轮全员轮训期限已设为 {date}。": "The first full rotation deadline is now {date}.",
    }
)

EN.update(
    {
        "收到部门意见": "Department opinion received",
        "听证通知送达": "Hearing notice served",
        "收到结果反馈": "Result feedback received",
    }
)

# The case timeline names past actions; the same Chinese words are buttons elsewhere.
CONTEXT_OVERRIDES: dict[tuple[str, str], str] = {
    ("CaseDetailDialog", "征求部门意见"): "Department opinion requested",
    ("CaseDetailDialog", "安排听证"): "Hearing scheduled",
}
