"""A realistic sample case (citizen, street stall) as `CaseDocData`, for tests, previews and
benchmarks of the case forms."""

from __future__ import annotations

import datetime as dt

from app.documents.decision import (
    DiscretionApplied,
    Party,
    PartyKind,
    Payment,
    Penalty,
    Remedies,
)
from app.documents.forms.data import (
    CaseDocData,
    EvidenceLine,
    ItemBasis,
    Officer,
    StepLine,
    TransferData,
)
from app.documents.sample import SAMPLE_AUTHORITY


def sample_case_data(*, organisation: bool = False) -> CaseDocData:
    party = (
        Party(PartyKind.ORGANISATION, "金华孝顺餐饮有限公司", uscc="91330703MA2HXXXX1Y",
              legal_representative="吴海燕", address="金华市金东区孝顺镇振兴路18号",
              phone="057982000000")
        if organisation
        else Party(PartyKind.PERSON, "吴建国", id_number="330703197001010013", gender="男",
                   address="浙江省金华市金东区孝顺镇浦口村振兴路18号", phone="13800001234")
    )
    return CaseDocData(
        authority=SAMPLE_AUTHORITY,
        case_number="孝顺镇综执立〔2026〕第1号",
        procedure="一般程序",
        source="巡查发现",
        source_detail="日常巡查",
        parties=(party,),
        items=(ItemBasis("SRHW-001", "擅自占用城市道路摆摊设点",
                         "《城市道路管理条例》第二十七条第（一）项",
                         "《城市道路管理条例》第四十二条",
                         "责令限期改正，可以处2万元以下的罚款"),),
        place="孝顺镇浦口村振兴路18号门前",
        act_at=dt.datetime(2026, 11, 20, 9, 30),
        discovered_on=dt.date(2026, 11, 20),
        registered_on=dt.date(2026, 11, 20),
        facts="当事人在店门外人行道上摆摊经营水果，占道面积约8平方米，影响行人通行。",
        handlers=(Officer("李娜", "浙执33070300123"), Officer("王强", "浙执33070300456")),
        reviewer=Officer("陈静", "浙执33070300789"),
        decider=Officer("张队长"),
        filed_on=dt.date(2026, 11, 23),
        investigation_report="当事人对违法事实供认不讳，经责令后已于当日自行撤离。",
        report_on=dt.date(2026, 11, 25),
        review_opinion="事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意承办人意见。",
        review_passed=True,
        review_on=dt.date(2026, 11, 26),
        discretion=DiscretionApplied("金华市综合行政执法事项行政处罚裁量基准", "2024.1", "general",
                                     "当事人占道面积约8平方米，属一般情形，能配合调查并及时改正，"
                                     "在该情形的幅度内从轻处罚。"),
        range_text="50元至200元",
        outcome="penalty",
        penalty=Penalty(fine_fen=10000),
        notice_on=dt.date(2026, 11, 27),
        notice_number="孝顺镇综执罚告字〔2026〕第1号",
        decided_on=dt.date(2026, 12, 7),
        decision_number="孝顺镇综执罚决字〔2026〕第1号",
        served_on=dt.date(2026, 12, 8),
        paid_fen=10000,
        paid_on=dt.date(2026, 12, 10),
        closed_on=dt.date(2026, 12, 11),
        evidence=(
            EvidenceLine("现场照片1.jpg", "照片", "2026年11月20日9时32分", "ab" * 32, 120_000),
            EvidenceLine("执法记录仪视频.mp4", "视频", "2026年11月20日9时31分", "cd" * 32, 9_000_000),
        ),
        transfer=TransferData("金华市金东区市场监督管理局", "当事人销售的水果疑似来源不明",
                              ("案件来源登记表", "现场照片2张")),
        steps=(
            StepLine(dt.date(2026, 11, 20), "受案登记", "李娜"),
            StepLine(dt.date(2026, 11, 23), "立案", "张队长"),
            StepLine(dt.date(2026, 12, 7), "作出决定", "张队长"),
            StepLine(dt.date(2026, 12, 11), "结案", "张队长"),
        ),
        payment=Payment("中国农业银行金华金东支行", "金华市金东区财政局非税收入汇缴结算户",
                        "19620101040012345"),
        remedies=Remedies("金华市金东区人民政府", "金华市金东区人民法院"),
        served_numbers=(("行政处罚决定书", "孝顺镇综执罚决字〔2026〕第1号"),),
    )
