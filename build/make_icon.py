"""Draw the SquadDesk icon (a red-over-blue badge with 执) into resources/icons/.

Run from anywhere: `python build/make_icon.py`. Writes squaddesk.png (256 px) and
squaddesk.ico (16-256 px) with Pillow and the bundled CJK font; the results are committed,
so a build does not need to run this.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT_DIR = ROOT / "resources" / "icons"
SIZE = 256
SCALE = 4  # draw large, then downsample for smooth edges
RED = (200, 16, 46, 255)
BLUE = (0, 61, 165, 255)
GOLD = (255, 209, 0, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw_badge(size: int = SIZE) -> Image.Image:
    """The badge at `size` pixels: gold ring, red upper and blue lower half, white 执."""
    big = size * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    margin = big // 32
    box = (margin, margin, big - margin, big - margin)
    draw.ellipse(box, fill=GOLD)
    ring = big // 16
    inner = (margin + ring, margin + ring, big - margin - ring, big - margin - ring)
    draw.pieslice(inner, 180, 360, fill=RED)
    draw.pieslice(inner, 0, 180, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(big * 0.56))
    draw.text((big / 2, big / 2), "执", font=font, fill=(255, 255, 255, 255), anchor="mm",
              stroke_width=big // 96, stroke_fill=(40, 40, 40, 255))
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    badge = draw_badge()
    png = OUT_DIR / "squaddesk.png"
    ico = OUT_DIR / "squaddesk.ico"
    badge.save(png, optimize=True)
    badge.save(ico, sizes=ICO_SIZES)
    print(f"wrote {png} and {ico}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
