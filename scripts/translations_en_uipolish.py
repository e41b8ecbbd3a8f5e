"""English for the UI polish: backup settings, keyboard shortcuts, strings found by the
translation walk (tests/ui/test_translation_walk.py)."""

from __future__ import annotations

EN: dict[str, str] = {
    # 设置 → 备份 and app/services/backup.py
    "备份": "Backup",
    "备份文件夹的完整路径": "Full path of the backup folder",
    "选择…": "Choose…",
    "默认位置": "Default location",
    "数据库所在文件夹中的 backups 文件夹": "The backups folder next to the database",
    " 份": " copies",
    "自动备份在计划到期后程序首次启动时进行；超过保留份数时删除最早的备份。建议选择另一块硬盘或 U 盘上的文件夹。": (
        "The automatic backup runs at the first start after it falls due; beyond the number to "
        "keep, the oldest backups are deleted. A folder on another disk or a USB stick is best."
    ),
    "保存备份设置": "Save backup settings",
    "备份文件夹": "Backup folder",
    "自动备份": "Automatic backup",
    "保留份数": "Copies to keep",
    "选择备份文件夹": "Choose the backup folder",
    "每天": "Daily",
    "每周": "Weekly",
    "仅手动": "Manual only",
    "数据库每天首次启动时自动备份一次": "The database is backed up automatically at the first start of each day",
    "数据库每周自动备份一次": "The database is backed up automatically once a week",
    "不自动备份，请定期手动备份": "No automatic backups: back up by hand regularly",
    "{plan}，最多保留 {keep} 份（可在“设置 → 备份”中修改）。备份保存在：": (
        "{plan}; at most {keep} copies are kept (change this under Settings → Backup). "
        "Backups are saved in:"
    ),
    "每周自动备份": "Weekly automatic backup",
    "备份文件夹不存在：{path}": "The backup folder does not exist: {path}",
    "所选路径不是文件夹：{path}": "The chosen path is not a folder: {path}",
    "备份文件夹无法写入：{path}（{detail}）": "The backup folder cannot be written to: {path} ({detail})",
    "请选择备份文件夹。": "Choose a backup folder.",
    "备份文件夹须为完整路径：{path}": "The backup folder must be a full path: {path}",
    "未知的备份计划：{value}": "Unknown backup schedule: {value}",
    "保留份数须在 1 到 {max} 之间。": "The number of copies to keep must be between 1 and {max}.",
    # audit filter groups
    "执法文书": "Enforcement documents",
    "印章": "Seals",
    "培训与考核": "Training and assessment",
    "参考数据": "Reference data",
    "（空）": "(empty)",
    # keyboard shortcuts (ui/shortcuts.py)
    "键盘快捷键": "Keyboard shortcuts",
    "键盘快捷键(&K)…": "&Keyboard shortcuts…",
    "按键": "Keys",
    "作用": "Action",
    "新建简易程序案件（当场处罚）": "New summary case (on-the-spot penalty)",
    "案件页：简易程序案件": "Cases page: summary case",
    "搜索：跳到当前页的搜索框": "Search: go to the search box of the current page",
    "打印正在预览的文书": "Print the document being previewed",
    "立即与县局同步": "Sync with the county now",
    "对话框：保存（确定）": "Dialogs: save (OK)",
    "简易程序表单：保存并新建下一件": "Summary case form: save and start the next one",
    "对话框：取消并关闭": "Dialogs: cancel and close",
    "下一个 / 上一个输入项": "Next / previous field",
    "显示本快捷键列表": "Show this list of shortcuts",
    "退出程序": "Quit SquadDesk",
    "在表单中按 Tab 依次经过各输入项；按钮上带下划线的字母可与 Alt 同按。": (
        "In forms, Tab moves through the fields in order; press Alt with a button's underlined "
        "letter to use it."
    ),
    "打印（Ctrl+P）": "Print (Ctrl+P)",
}
