"""Equipment (装备) rules: item statuses and transitions, asset-tag format, due-soon windows,
overdue returns, and the compliance maths against the county standard (DOMAIN.md, 003).

Every equipment number lives here once; the standard table itself is reference data
(resources/reference/equipment_standard.json) read by `load_standard`.

Compliance rounding: "≥ 80 % of the officer count" means held ≥ 0.8 × officers, so the
required count is ceil(0.8 × officers), computed in integers as ceil(permille × n / 1000):
10 officers → 8, 11 officers → 9 (8.8 rounds up), 0 officers → 0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # the first page's reading process does without pathlib
    from pathlib import Path


class ItemStatus(StrEnum):
    """Status of one equipment item; codes are stored, labels are shown."""

    IN_STORE = "in_store"  # 在库
    CHECKED_OUT = "checked_out"  # 领用
    REPAIR = "repair"  # 维修
    RETIRED = "retired"  # 报废
    LOST = "lost"  # 遗失


STATUS_LABELS: dict[ItemStatus, str] = {
    ItemStatus.IN_STORE: "在库",
    ItemStatus.CHECKED_OUT: "领用",
    ItemStatus.REPAIR: "维修",
    ItemStatus.RETIRED: "报废",
    ItemStatus.LOST: "遗失",
}

# Allowed status changes. CHECKED_OUT is entered only by a check-out and left by a return
# (→ IN_STORE) or a loss; RETIRED is final; a lost item that turns up goes back IN_STORE.
TRANSITIONS: dict[ItemStatus, frozenset[ItemStatus]] = {
    ItemStatus.IN_STORE: frozenset(
        {ItemStatus.CHECKED_OUT, ItemStatus.REPAIR, ItemStatus.RETIRED, ItemStatus.LOST}
    ),
    ItemStatus.CHECKED_OUT: frozenset({ItemStatus.IN_STORE, ItemStatus.LOST}),
    ItemStatus.REPAIR: frozenset({ItemStatus.IN_STORE, ItemStatus.RETIRED, ItemStatus.LOST}),
    ItemStatus.LOST: frozenset({ItemStatus.IN_STORE, ItemStatus.RETIRED}),
    ItemStatus.RETIRED: frozenset(),
}

# Items the squad still holds for the compliance count (repair counts: it comes back).
HELD_STATUSES: frozenset[ItemStatus] = frozenset(
    {ItemStatus.IN_STORE, ItemStatus.CHECKED_OUT, ItemStatus.REPAIR}
)


def may_change_status(current: ItemStatus, to: ItemStatus) -> bool:
    """Whether `current` → `to` is an allowed status change."""
    return to in TRANSITIONS[current]


def checkout_refusal(status: ItemStatus) -> str | None:
    """Why an item in `status` cannot be checked out (a code), or None when it can."""
    if status is ItemStatus.IN_STORE:
        return None
    return {
        ItemStatus.CHECKED_OUT: "already_checked_out",
        ItemStatus.REPAIR: "in_repair",
        ItemStatus.RETIRED: "retired",
        ItemStatus.LOST: "lost",
    }[status]


# --- asset tags ---------------------------------------------------------------------------

TAG_KIND = "ZB"  # 装备
TAG_SEQ_DIGITS = 5
DEFAULT_TOWNSHIP_CODE = "XZ"  # used until the township's short code is set
_TOWNSHIP_CODE_RE = re.compile(r"^[A-Z]{2,6}$")
_TAG_RE = re.compile(r"^([A-Z]{2,6})-ZB-(\d{4})-(\d{5})$")


def valid_township_code(code: str) -> bool:
    """A township short code is 2–6 capital letters (pinyin initials, e.g. 孝顺镇 → XS)."""
    return bool(_TOWNSHIP_CODE_RE.match(code))


def tag_prefix(township_code: str, year: int) -> str:
    """The part of a tag before the sequence number: "XS-ZB-2026-"."""
    return f"{township_code}-{TAG_KIND}-{year:04d}-"


def format_tag(township_code: str, year: int, seq: int) -> str:
    """Asset tag: township code, "ZB", year of registration, 5-digit sequence per year."""
    if not 1 <= seq < 10**TAG_SEQ_DIGITS:
        raise ValueError(f"asset tag sequence out of range: {seq}")
    return f"{tag_prefix(township_code, year)}{seq:0{TAG_SEQ_DIGITS}d}"


def parse_tag(tag: str) -> tuple[str, int, int] | None:
    """(township code, year, sequence) of a well-formed tag, else None."""
    m = _TAG_RE.match(tag)
    if not m:
        return None
    return m.group(1), int(m.group(2)), int(m.group(3))


_SCAN_JUNK = re.compile(r"\s+")
_DASHES = str.maketrans({"_": "-", "\u2014": "-", "\u2013": "-", "\u2212": "-"})


def normalize_scanned_tag(text: str) -> str:
    """What a USB scanner or a person typed, as a stored tag: blanks dropped, capitals,
    full-width characters from a Chinese input method folded to ASCII (NFKC), dashes unified."""
    folded = unicodedata.normalize("NFKC", text or "")
    return _SCAN_JUNK.sub("", folded).translate(_DASHES).upper()


# --- loans, maintenance ---------------------------------------------------------------------


def is_overdue(due_back: date | None, returned: bool, today: date) -> bool:
    """A loan is overdue when it is not returned and its due-back date is before today.

    Loans without a due-back date (long-term 配发 of personal kit) are never overdue.
    """
    return not returned and due_back is not None and due_back < today


class MaintenanceKind(StrEnum):
    """Kinds of maintenance schedule/record."""

    INSPECTION = "inspection"  # 车辆年检
    INSURANCE = "insurance"  # 车辆保险
    BATTERY = "battery"  # 电池更换
    SERVICE = "service"  # 保养/检修


MAINTENANCE_LABELS: dict[MaintenanceKind, str] = {
    MaintenanceKind.INSPECTION: "年检",
    MaintenanceKind.INSURANCE: "保险",
    MaintenanceKind.BATTERY: "电池更换",
    MaintenanceKind.SERVICE: "保养检修",
}

# How many days ahead a schedule counts as "due soon" *(config)*.
DUE_SOON_DAYS: dict[MaintenanceKind, int] = {
    MaintenanceKind.INSPECTION: 30,
    MaintenanceKind.INSURANCE: 30,
    MaintenanceKind.BATTERY: 14,
    MaintenanceKind.SERVICE: 14,
}


class DueState(StrEnum):
    """Where a maintenance due date stands today."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    LATER = "later"


def due_state(kind: MaintenanceKind, due_on: date, today: date) -> DueState:
    """Overdue when the date has passed, due soon within the kind's window, else later."""
    if due_on < today:
        return DueState.OVERDUE
    if due_on <= today + timedelta(days=DUE_SOON_DAYS[kind]):
        return DueState.DUE_SOON
    return DueState.LATER


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's end (Jan 31 + 1 → Feb 28/29)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


# --- the standard and the compliance maths -------------------------------------------------


class HeadGroup(StrEnum):
    """Whom a per-person rule counts."""

    OFFICER = "officer"  # active sworn officers (在编执法队员)
    CLERK = "clerk"  # clerks (内勤) not already counted as officers
    AUXILIARY = "auxiliary"  # active auxiliaries
    AUX_LEADER = "aux_leader"  # auxiliary team leader and deputy
    ALL_STAFF = "all_staff"  # officers + auxiliaries + clerks
    OFFICE = "office"  # offices (rooms), for printer and phone


class Headcount(NamedTuple):
    """The counts the standard is measured against."""

    officers: int
    clerks: int
    auxiliaries: int
    aux_leaders: int
    offices: int = 1

    def of(self, group: HeadGroup) -> int:
        """How many people (or offices) `group` counts."""
        return {
            HeadGroup.OFFICER: self.officers,
            HeadGroup.CLERK: self.clerks,
            HeadGroup.AUXILIARY: self.auxiliaries,
            HeadGroup.AUX_LEADER: self.aux_leaders,
            HeadGroup.ALL_STAFF: self.officers + self.clerks + self.auxiliaries,
            HeadGroup.OFFICE: self.offices,
        }[group]


class RuleKind(StrEnum):
    """Kinds of minimum in the standard."""

    FIXED = "fixed"  # at least `min`
    PER_OFFICER = "per_officer"  # `per` × officers
    PER_OFFICER_RATIO = "per_officer_ratio"  # ceil(ratio_permille × officers / 1000)
    PER_PERSON = "per_person"  # `per` × sum of the listed groups
    PRESENT = "present"  # at least one
    NONE = "none"  # a category outside the standard


class StandardRule(NamedTuple):
    """One category's minimum."""

    kind: RuleKind
    min: int = 0
    per: int = 1
    ratio_permille: int = 1000
    groups: tuple[HeadGroup, ...] = ()

    def describe(self) -> str:
        """The rule in words, for reports."""
        group_names = {
            HeadGroup.OFFICER: "执法队员",
            HeadGroup.CLERK: "内勤",
            HeadGroup.AUXILIARY: "辅助执法人员",
            HeadGroup.AUX_LEADER: "辅助队伍正副队长",
            HeadGroup.ALL_STAFF: "全体人员",
            HeadGroup.OFFICE: "办公室",
        }
        if self.kind is RuleKind.FIXED:
            return f"不少于 {self.min}"
        if self.kind is RuleKind.PER_OFFICER:
            return f"每名执法队员 {self.per}"
        if self.kind is RuleKind.PER_OFFICER_RATIO:
            pct = self.ratio_permille / 10
            return f"不少于执法队员人数的 {pct:g}%"
        if self.kind is RuleKind.PER_PERSON:
            who = "、".join(group_names[g] for g in self.groups)
            return f"每{who} {self.per}"
        if self.kind is RuleKind.PRESENT:
            return "配备"
        return "—"


class StandardCategory(NamedTuple):
    """A category of the standard (or an extra category with no minimum)."""

    code: str
    name: str
    group: str
    rule: StandardRule
    consumable: bool


class EquipmentStandard(NamedTuple):
    """The county's equipment standard: versioned reference data."""

    version: str
    issued_by: str
    categories: tuple[StandardCategory, ...]

    def category(self, code: str) -> StandardCategory | None:
        """The category with this code, or None."""
        for c in self.categories:
            if c.code == code:
                return c
        return None

    def by_name_or_code(self, text: str) -> StandardCategory | None:
        """A category by its code or its Chinese name (for imported ledgers)."""
        text = text.strip()
        for c in self.categories:
            if text in (c.code, c.name):
                return c
        return None


def required_count(rule: StandardRule, heads: Headcount) -> int:
    """The minimum number of items `rule` asks for, given the headcount (the one place)."""
    if rule.kind is RuleKind.FIXED:
        return rule.min
    if rule.kind is RuleKind.PER_OFFICER:
        return rule.per * heads.officers
    if rule.kind is RuleKind.PER_OFFICER_RATIO:
        # ceil(permille × n / 1000) in integers: "≥ 80 %" of 11 officers is 9, not 8.
        return -(-rule.ratio_permille * heads.officers // 1000)
    if rule.kind is RuleKind.PER_PERSON:
        return rule.per * sum(heads.of(g) for g in rule.groups)
    if rule.kind is RuleKind.PRESENT:
        return 1
    return 0


def meets(rule: StandardRule, held: int, heads: Headcount) -> bool:
    """Whether `held` items satisfy `rule`."""
    return held >= required_count(rule, heads)


def _rule(data: Mapping[str, Any]) -> StandardRule:
    kind = RuleKind(data["kind"])
    groups = tuple(HeadGroup(g) for g in data.get("groups", ()))
    if kind is RuleKind.PER_PERSON and not groups:
        raise ValueError("per_person rule without groups")
    rule = StandardRule(
        kind=kind,
        min=int(data.get("min", 0)),
        per=int(data.get("per", 1)),
        ratio_permille=int(data.get("ratio_permille", 1000)),
        groups=groups,
    )
    if rule.min < 0 or rule.per < 0 or not 0 <= rule.ratio_permille <= 100_000:
        raise ValueError(f"bad numbers in rule {data!r}")
    return rule


def parse_standard(data: Mapping[str, Any]) -> EquipmentStandard:
    """Build the standard from its JSON form; raises ValueError on malformed data."""
    try:
        cats = tuple(
            StandardCategory(
                code=str(c["code"]),
                name=str(c["name"]),
                group=str(c["group"]),
                rule=_rule(c["rule"]),
                consumable=bool(c.get("consumable", False)),
            )
            for c in data["categories"]
        )
        std = EquipmentStandard(str(data["version"]), str(data["issued_by"]), cats)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed equipment standard: {exc}") from exc
    codes = [c.code for c in cats]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate category codes in the equipment standard")
    return std


STANDARD_RESOURCE = "reference/equipment_standard.json"


def load_standard(path: Path | None = None) -> EquipmentStandard:
    """The standard shipped in resources/ (or the file at `path`, e.g. a county update)."""
    if path is None:
        from app.resources import resource_path

        path = resource_path(STANDARD_RESOURCE)
    import json  # here: the start-up's reads do without

    return parse_standard(json.loads(path.read_text(encoding="utf-8")))
