"""Public-disclosure copies mask a citizen's personal data."""

from __future__ import annotations

import dataclasses

from app.documents.decision import Party, PartyKind, render_decision
from app.documents.redaction import (
    DISCLOSURE_NOTE,
    mask_address,
    mask_id_number,
    mask_name,
    mask_phone,
    redact_decision,
)
from app.documents.sample import sample_decision
from tests.documents.conftest import pdf_text


def test_masks() -> None:
    assert mask_name("张三丰") == "张**"
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳娜娜") == "欧阳**"
    assert mask_name("欧阳") == "欧*"
    assert mask_id_number("330703199001010018") == "330703********0018"
    assert mask_phone("13800001234") == "138****1234"
    assert mask_phone("0579-82123456") == "********3456"
    assert mask_address("浙江省金华市金东区孝顺镇中柔村128号") == "浙江省金华市金东区孝顺镇**"
    assert mask_address("金华市婺城区城东街道八一北街1号") == "金华市婺城区城东街道**"


def test_disclosure_copy_of_a_citizen_decision() -> None:
    base = sample_decision()
    data = dataclasses.replace(base, facts=base.facts + "经询问，张某某承认上述事实。")
    redacted = redact_decision(data)
    text = pdf_text(render_decision(redacted).pdf).replace(" ", "").replace("\n", "")
    for secret in ("张某某", "19900101", "13800000000", "中柔村128号"):
        assert secret not in text, secret
    for shown in ("当事人：张**", "330703********0018", "138****0000", "孝顺镇**", DISCLOSURE_NOTE):
        assert shown in text, shown
    assert "贰佰元整" in text and base.number in text  # the decision itself stays


def test_organisation_data_stays_public() -> None:
    org = Party(
        kind=PartyKind.ORGANISATION,
        name="金华市某某餐饮管理有限公司",
        uscc="91330703MA2HXXXX0Y",
        legal_representative="李某",
        address="金华市金东区孝顺镇振兴路88号",
        phone="13900001111",
    )
    redacted = redact_decision(dataclasses.replace(sample_decision(), party=org))
    assert redacted.party.name == org.name and redacted.party.uscc == org.uscc
    assert redacted.party.legal_representative == "李某"
    assert redacted.party.phone == "139****1111"
