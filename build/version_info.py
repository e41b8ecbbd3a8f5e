"""Windows version resource for the packaged executables, from pyproject's version."""

from __future__ import annotations

import sys

COMPANY = "SquadDesk"
DESCRIPTION = "乡镇综合执法队工作台 SquadDesk"
COPYRIGHT = "SquadDesk"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0); non-numeric parts (e.g. "1.2.0rc1") keep their leading digits."""
    parts: list[int] = []
    for piece in version.split(".")[:4]:
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        parts.append(int(digits or 0))
    while len(parts) < 4:
        parts.append(0)
    return parts[0], parts[1], parts[2], parts[3]


def version_info(version: str, internal_name: str):  # type: ignore[no-untyped-def]
    """A PyInstaller VSVersionInfo for one executable; None when not building on Windows
    (the resource exists only in .exe files, and PyInstaller's version module needs pefile,
    which it installs on Windows only)."""
    if sys.platform != "win32":
        return None
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, OS=0x40004, fileType=0x1),
        kids=[
            StringFileInfo(
                [
                    # 0804 = Chinese (PRC), 04B0 = Unicode (1200).
                    StringTable(
                        "080404B0",
                        [
                            StringStruct("CompanyName", COMPANY),
                            StringStruct("FileDescription", DESCRIPTION),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", internal_name),
                            StringStruct("LegalCopyright", COPYRIGHT),
                            StringStruct("OriginalFilename", f"{internal_name}.exe"),
                            StringStruct("ProductName", "SquadDesk"),
                            StringStruct("ProductVersion", version),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0804, 1200])]),
        ],
    )
