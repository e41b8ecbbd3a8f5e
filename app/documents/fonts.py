"""The bundled CJK font, registered with ReportLab once per process.

Only TrueType outlines can be embedded by ReportLab (PLATFORM.md "PDFs with Chinese"); the
bundled WenQuanYi Micro Hei collection (face 0) is embedded as a subset in every document, so
printed documents never depend on the reader's fonts.
"""

from __future__ import annotations

import threading

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from app.errors import DomainError
from app.resources import resource_path

FONT_RESOURCE = "fonts/wqy-microhei.ttc"
FONT_NAME = "SquadDeskCJK"  # the one font name every document layout uses
FONT_SUBFONT_INDEX = 0  # face 0 of the collection: "WenQuanYi Micro Hei" (proportional)

_lock = threading.Lock()
_registered = False


class FontMissing(DomainError):
    """The bundled font file is missing or unreadable: no document can be printed."""


def register_fonts() -> str:
    """Register the bundled CJK font with ReportLab (idempotent, thread-safe); its name.

    Raises FontMissing (Chinese message) when resources/fonts/wqy-microhei.ttc is absent or
    cannot be read as a TrueType font.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if _registered:
            return FONT_NAME
        path = resource_path(FONT_RESOURCE)
        if not path.is_file():
            raise FontMissing(
                "font_missing",
                "找不到文书字体文件 {path}。没有内嵌中文字体就无法生成执法文书，"
                "请重新安装 SquadDesk 或联系管理员恢复该文件。",
                path=str(path),
            )
        try:
            font = TTFont(FONT_NAME, str(path), subfontIndex=FONT_SUBFONT_INDEX)
        except Exception as exc:
            raise FontMissing(
                "font_unreadable",
                "文书字体文件 {path} 无法读取（{detail}）。请重新安装 SquadDesk 或联系管理员。",
                path=str(path),
                detail=str(exc),
            ) from exc
        pdfmetrics.registerFont(font)
        # Binary (Flate only) streams instead of ASCII85 text: smaller files, and ReportLab's
        # pure-Python ASCII85 encoder is most of the time spent on seal and QR images.
        # SquadDesk is the only ReportLab user in its process.
        rl_config.useA85 = 0
        _registered = True
        return FONT_NAME
