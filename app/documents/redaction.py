"""Public-disclosure copies (行政执法公示): personal data of a citizen party masked.

DOMAIN.md "三项制度": names to surname + *, ID numbers, phones and addresses masked. An
organisation's name, credit code and legal representative are public registration data and
stay; its phone is masked. The party's name is also masked wherever the free text (facts,
evidence, reasons, statement) repeats it.
"""

from __future__ import annotations

import dataclasses
import re

from app.documents.decision import DecisionData, Party, PartyKind

# Two-character surnames common enough to matter (百家姓 复姓 in use today).
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
        "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "独孤", "澹台", "公冶",
        "太史", "申屠", "闻人", "濮阳", "万俟", "呼延", "拓跋", "百里", "东郭", "北堂", "单于",
    }
)  # fmt: skip
ADDRESS_KEEP_UNTIL = ("街道", "镇", "乡")
DISCLOSURE_NOTE = "本文书为公示文本，已依法隐去当事人的个人信息。"


def mask_name(name: str) -> str:
    """张三丰 → 张**, 欧阳娜娜 → 欧阳**, 张某某 → 张**."""
    name = name.strip()
    if not name:
        return name
    keep = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return name[:keep] + "*" * max(1, len(name) - keep)


def mask_id_number(value: str) -> str:
    """Keep the region code (6) and the last 4: the date of birth disappears."""
    value = value.strip()
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    """13800001234 → 138****1234; other numbers keep only the last 4 digits."""
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_address(value: str) -> str:
    """Keep the address down to the township (镇/乡/街道) and mask the rest."""
    value = value.strip()
    if not value:
        return value
    cut = -1
    for marker in ADDRESS_KEEP_UNTIL:
        pos = value.find(marker)
        if pos >= 0 and (cut < 0 or pos + len(marker) < cut):
            cut = pos + len(marker)
    if cut < 0:
        cut = min(6, len(value) // 2)
    return value[:cut] + "**" if cut < len(value) else value


def redact_party(p: Party) -> Party:
    if p.kind is PartyKind.ORGANISATION:
        return dataclasses.replace(p, phone=mask_phone(p.phone) if p.phone else "")
    return dataclasses.replace(
        p,
        name=mask_name(p.name),
        id_number=mask_id_number(p.id_number) if p.id_number else "",
        address=mask_address(p.address) if p.address else "",
        phone=mask_phone(p.phone) if p.phone else "",
    )


def redact_decision(data: DecisionData) -> DecisionData:
    """The public-disclosure version of a decision's data."""
    party = redact_party(data.party)
    replacements: list[tuple[str, str]] = []
    if data.party.kind is PartyKind.PERSON:
        for original, masked in (
            (data.party.name, party.name),
            (data.party.id_number, party.id_number),
            (data.party.phone, party.phone),
            (data.party.address, party.address),
        ):
            if original:
                replacements.append((original, masked))

    def scrub(text: str) -> str:
        for original, masked in replacements:
            text = text.replace(original, masked)
        return text

    return dataclasses.replace(
        data,
        party=party,
        facts=scrub(data.facts),
        evidence=tuple(scrub(e) for e in data.evidence),
        statement=scrub(data.statement),
        discretion=dataclasses.replace(data.discretion, reasons=scrub(data.discretion.reasons)),
        copies_note=DISCLOSURE_NOTE,
    )
