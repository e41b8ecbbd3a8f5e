"""Sample data for the demo store, tests and benchmarks: a 行政处罚决定书, a 送达回证 and a
demo seal image (clearly marked 样章: a real seal is imported by the administrator).

Drawing the demo seal uses Pillow, which ReportLab depends on.
"""

from __future__ import annotations

import io
import math
from datetime import date
from functools import lru_cache

from app.documents.decision import (
    Authority,
    DecisionData,
    DiscretionApplied,
    Party,
    PartyKind,
    Payment,
    Penalty,
    Remedies,
    ServedDocument,
    ServiceReceiptData,
)

SAMPLE_TOWNSHIP_CODE = "330703101"

SAMPLE_AUTHORITY = Authority(
    township_code=SAMPLE_TOWNSHIP_CODE,
    name="孝顺镇人民政府",
    squad="孝顺镇综合行政执法队",
)


def sample_decision(number: str | None = "孝顺镇综执罚决字〔2026〕第12号") -> DecisionData:
    """A realistic citizen case: unapproved posting of advertisements on street facilities."""
    return DecisionData(
        authority=SAMPLE_AUTHORITY,
        number=number,
        date=date(2026, 11, 23),
        party=Party(
            kind=PartyKind.PERSON,
            name="张某某",
            gender="男",
            id_number="330703199001010018",
            address="浙江省金华市金东区孝顺镇中柔村128号",
            phone="13800000000",
        ),
        cause="未经批准在城市设施上张贴宣传品",
        filed_on=date(2026, 10, 9),
        facts=(
            "2026年10月8日9时许，本机关执法人员在孝顺镇振兴路与车站路交叉口巡查时发现，"
            "当事人在路口的电力箱、路灯杆等城市设施上张贴“疏通下水道”小广告共计26张，"
            "张贴前未经市容环境卫生主管部门批准。执法人员当场责令当事人停止违法行为并"
            "清除所张贴的宣传品，当事人于当日清除完毕。"
        ),
        evidence=(
            "现场检查（勘验）笔录1份，证明违法行为发生的时间、地点及现场情况",
            "询问笔录1份，证明当事人对违法事实的陈述",
            "现场照片6张、执法记录仪视频1段，证明张贴宣传品的位置和数量",
            "当事人身份证复印件1份，证明当事人的身份情况",
        ),
        item_code="330217193000",
        legal_basis="《城市市容和环境卫生管理条例》第十七条第二款",
        penalty_basis="《城市市容和环境卫生管理条例》第三十四条第（二）项",
        discretion=DiscretionApplied(
            benchmark_name="金华市综合行政执法事项行政处罚裁量基准",
            benchmark_version="2025版",
            tier="general",
            reasons=(
                "当事人张贴宣传品数量为26张，超过轻微情形规定的10张，但能够配合调查，"
                "并在责令改正后及时清除，未造成其他不良后果，符合一般情形的适用条件，"
                "故在该情形的罚款幅度内予以处罚。"
            ),
        ),
        penalty=Penalty(warning=True, fine_fen=20000),
        payment=Payment(
            bank="中国农业银行金华金东支行",
            account_name="金华市金东区财政局非税收入汇缴结算户",
            account_no="19620101040012345",
        ),
        remedies=Remedies(review_body="金华市金东区人民政府", court="金华市金东区人民法院"),
        notice_number="孝顺镇综执罚告字〔2026〕第10号",
        notice_date=date(2026, 11, 2),
    )


def sample_service_receipt(
    decision_number: str = "孝顺镇综执罚决字〔2026〕第12号",
) -> ServiceReceiptData:
    return ServiceReceiptData(
        authority=SAMPLE_AUTHORITY,
        number=None,
        date=date(2026, 11, 23),
        documents=(ServedDocument("行政处罚决定书", decision_number),),
        recipient="张某某",
        place="浙江省金华市金东区孝顺镇中柔村128号",
        method="直接送达",
        servers=("王某（执法证号：33070300123）", "李某（执法证号：33070300456）"),
    )


@lru_cache(maxsize=4)
def demo_seal_png(text: str = "金华市金东区孝顺镇人民政府", size: int = 480) -> bytes:
    """A red round seal (ring, star, text along the upper arc, 样章 below) as an RGBA PNG
    with a transparent background — for the demo store, tests and benchmarks only."""
    from PIL import Image, ImageDraw, ImageFont

    from app.documents.fonts import FONT_RESOURCE, FONT_SUBFONT_INDEX
    from app.resources import resource_path

    red = (205, 20, 20, 255)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = size / 2
    ring = size * 0.035
    draw.ellipse(
        (ring / 2, ring / 2, size - ring / 2, size - ring / 2), outline=red, width=int(ring)
    )
    # five-pointed star in the centre
    r_out, r_in = size * 0.16, size * 0.16 * 0.382
    pts = []
    for k in range(10):
        r = r_out if k % 2 == 0 else r_in
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    draw.polygon(pts, fill=red)
    font_path = str(resource_path(FONT_RESOURCE))
    glyph = int(size * 0.095)
    font = ImageFont.truetype(font_path, glyph, index=FONT_SUBFONT_INDEX)
    n = len(text)
    span = math.radians(250)
    radius = c - ring - glyph * 0.8
    for i, ch in enumerate(text):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (glyph * 2, glyph * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((glyph, glyph), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x = c + radius * math.cos(angle) - glyph
        y = c + radius * math.sin(angle) - glyph
        img.alpha_composite(tile, (round(x), round(y)))
    small = ImageFont.truetype(font_path, int(size * 0.075), index=FONT_SUBFONT_INDEX)
    draw.text((c, c + size * 0.27), "样　章", font=small, fill=red, anchor="mm")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
