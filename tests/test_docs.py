"""The user manual and the README point at screenshots that exist, one per page in both languages."""

from __future__ import annotations

import re
import struct
from pathlib import Path

from ui.pages import ALL_PAGES, screenshot_name

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SHOTS = DOCS / "screenshots"
IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def _manuals() -> list[Path]:
    return [p for p in DOCS.glob("*.md") if "manual" in p.name.lower() or "手册" in p.name]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_there_is_one_chinese_manual_with_the_chapters_a_squad_needs() -> None:
    manuals = _manuals()
    assert len(manuals) == 1, manuals
    text = manuals[0].read_text(encoding="utf-8")
    for chapter in ("案件办理", "执法文书", "培训学时", "装备", "同步", "备份", "键盘"):
        assert chapter in text, chapter
    assert "60 学时" in text and "45 分钟" in text


def test_every_image_in_the_manual_and_readme_exists() -> None:
    docs = [*_manuals(), ROOT / "README.md"]
    links = [(d, link) for d in docs for link in IMAGE_LINK.findall(d.read_text(encoding="utf-8"))]
    assert len(links) >= 8
    for doc, link in links:
        target = (doc.parent / link).resolve()
        assert target.is_file(), f"{doc.name}: {link} is missing"


def test_every_page_has_a_1366x768_screenshot_in_both_languages() -> None:
    for spec in ALL_PAGES:
        for suffix in ("", "-en"):
            shot = SHOTS / f"{screenshot_name(spec)}{suffix}.png"
            assert shot.is_file(), f"{shot.name} missing: run scripts/screenshots [--lang en]"
            assert _png_size(shot) == (1366, 768), shot.name
