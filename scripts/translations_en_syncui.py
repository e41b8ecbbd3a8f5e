"""English for the desktop side of county sync: the status bar, 立即同步, the 同步 page and
Settings → 县局连接 (ui/app_window.py, ui/pages/sync.py, ui/pages/settings_county.py,
app/rules/sync.py labels; scripts/update_translations)."""

from __future__ import annotations

EN: dict[str, str] = {
    # main window: menu and status bar
    "立即同步(&S)": "&Sync now",
    "本机尚未登记到县局，无法同步。": "This computer is not enrolled with the county; it cannot sync.",
    "正在同步，请稍候。": "A sync is running, please wait.",
    "同步中…（{phase} {done}/{total}）": "Syncing… ({phase} {done}/{total})",
    "上传": "Upload",
    "下载": "Download",
    "无法连接县局": "County unreachable",
    "设备令牌被拒绝": "Device token refused",
    "未登记": "Not enrolled",
    "需升级 SquadDesk": "Update SquadDesk",
    "钥匙串不可用": "Keyring unavailable",
    "县局回答有误": "Bad answer from the county",
    "同步失败": "Sync failed",
    "未连接县局": "Not connected to the county",
    "本机尚未登记到县局，数据只保存在本机。": "This computer is not enrolled with the county; the data stays on this computer.",
    "同步中…": "Syncing…",
    "无": "None",
    "待上传 {n}": "{n} to upload",
    "县局：{url}": "County: {url}",
    "同步出错：{error}": "Sync error: {error}",
    "{at} 同步失败：{message}": "{at} sync failed: {message}",
    "自动同步已停止，请处理后手动同步。": "Automatic sync has stopped; fix the problem, then sync by hand.",
    "{s} 秒后自动重试。": "Retrying automatically in {s} s.",
    "待核对 {n}": "{n} to review",
    # sync page
    "开始时间": "Started",
    "结束时间": "Finished",
    "触发": "Trigger",
    "结果": "Result",
    "冲突": "Conflicts",
    "错误信息": "Error",
    "数据表": "Table",
    "记录": "Record",
    "冲突（未采用的版本）": "Conflict (version not used)",
    "县局拒收": "Refused by the county",
    "等待附件": "Awaiting attachment",
    "立即同步": "Sync now",
    "重试": "Retry",
    "再次同步所选的（或最近一次）失败的同步": "Run the selected (or the latest) failed sync again",
    "同步记录": "Sync history",
    "待核对的冲突与拒收记录": "Conflicts and refused records to review",
    "未采用的版本和县局拒收的记录保存在本机，供核对；此处只读。": (
        "Versions not used and records the county refused are kept on this computer for review;"
        " read-only here."
    ),
    "同步": "Sync",
    "正在取消…": "Cancelling…",
    "{phase} {done}/{total} 行": "{phase} {done}/{total} rows",
    "同步已取消；已上传并被县局确认的数据不受影响。": (
        "Sync cancelled; what the county already acknowledged stays done."
    ),
    "已登记到县局：{url}（{name}，设备 {device}）": "Enrolled with the county: {url} ({name}, device {device})",
    "本机尚未登记到县局：请管理员在“设置 → 县局连接”中输入县局地址和登记码。": (
        "This computer is not enrolled with the county: an administrator enters the county address"
        " and an enrolment code in Settings → County connection."
    ),
    "待上传：{n} 行；上次成功同步：{at}；待核对：{c} 条": "To upload: {n} rows; last successful sync: {at}; to review: {c}",
    "自动同步已停止：请处理上面的错误后点“立即同步”或“重试”。": (
        "Automatic sync has stopped: fix the error above, then press Sync now or Retry."
    ),
    "连续失败 {n} 次，{after}后自动重试。": "{n} failures in a row; retrying automatically in {after}.",
    "{after}后自动同步。": "Next automatic sync in {after}.",
    "{m} 分 {s} 秒": "{m} min {s} s",
    "{m} 分钟": "{m} min",
    "{s} 秒": "{s} s",
    # labels (app/rules/sync.py)
    "进行中": "Running",
    "成功": "Succeeded",
    "失败": "Failed",
    "已取消": "Cancelled",
    "启动时": "At start",
    "定时": "Timer",
    "自动重试": "Automatic retry",
    "登记后": "After enrolment",
    "命令行": "Command line",
    # Settings → 县局连接
    "县局连接": "County connection",
    "https://县局服务器地址": "https://county-server-address",
    "可不填；县局使用自建证书时选择其 CA 证书（.pem）": (
        "Optional; when the county uses its own certificate, choose its CA certificate (.pem)"
    ),
    "选择…": "Choose…",
    "县局管理员提供的一次性登记码": "The one-time enrolment code from the county administrator",
    "登记本机": "Enrol this computer",
    "登记后，设备令牌只保存在系统钥匙串中；本机会在启动时和每隔几分钟自动与县局同步。": (
        "After enrolment the device token is kept only in the system keyring; this computer syncs"
        " with the county at start and every few minutes."
    ),
    "县局服务器地址": "County server address",
    "县局 CA 证书": "County CA certificate",
    "登记码": "Enrolment code",
    "本机已登记到县局（{name}，设备 {device}）。重新登记需要新的登记码。": (
        "This computer is enrolled with the county ({name}, device {device}). Enrolling again needs"
        " a new code."
    ),
    "县局服务器地址无效：请填写完整地址，如 https://county.example.cn": (
        "The county server address is not valid: enter the full address, e.g."
        " https://county.example.cn"
    ),
    "县局服务器必须使用 https:// 地址（只有本机测试地址 127.0.0.1 / localhost 可用 http）。": (
        "The county server must use an https:// address (only the local test addresses 127.0.0.1 /"
        " localhost may use http)."
    ),
    "登记码无效、已使用或已过期：请向县局管理员申请新的登记码。": (
        "The enrolment code is invalid, used or expired: ask the county administrator for a new one."
    ),
    "本机没有可用的系统钥匙串（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service），设备令牌无法安全保存，登记未进行，登记码未被使用。": (
        "This computer has no usable system keyring (Windows Credential Manager, macOS Keychain or"
        " a Linux Secret Service), so the device token cannot be kept safely; nothing was enrolled"
        " and the code was not spent."
    ),
    "无法连接县局服务器：请检查地址、网络和防火墙后再试。": (
        "Cannot reach the county server: check the address, the network and the firewall, then try"
        " again."
    ),
    "登记失败：{detail}": "Enrolment failed: {detail}",
    "请填写县局服务器地址。": "Please enter the county server address.",
    "请填写登记码。": "Please enter the enrolment code.",
    "已登记到县局：{name}（{code}），设备 {device}。": "Enrolled with the county: {name} ({code}), device {device}.",
    "选择县局 CA 证书": "Choose the county CA certificate",
    "PEM 证书 (*.pem *.crt);;所有文件 (*)": "PEM certificates (*.pem *.crt);;All files (*)",
    # service messages
    "同步记录不存在（可能已被清理）。": "The sync record does not exist (it may have been pruned).",
    "同步时发生内部错误（{type}），稍后自动重试。": "An internal error occurred while syncing ({type}); retrying later.",
}
