"""Discretion benchmarks (裁量基准, "智能裁量"): tiers with conditions and fine ranges, the
suggestion from the facts entered, the reasons required outside the range, and 首违不罚.

Benchmarks are versioned reference data (resources/reference/, updated by the county);
the version in force on the date of the act is the one applied.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Tier(StrEnum):
    """Severity tiers, mildest first."""

    MINOR = "minor"  # 轻微
    GENERAL = "general"  # 一般
    SERIOUS = "serious"  # 较重
    SEVERE = "severe"  # 严重


TIER_LABELS: dict[Tier, str] = {
    Tier.MINOR: "轻微",
    Tier.GENERAL: "一般",
    Tier.SERIOUS: "较重",
    Tier.SEVERE: "严重",
}
TIER_ORDER = [Tier.MINOR, Tier.GENERAL, Tier.SERIOUS, Tier.SEVERE]

_OPS = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


@dataclass(frozen=True)
class Condition:
    """One clause over a fact, e.g. area_m2 > 50."""

    fact: str
    op: str
    value: Any

    def holds(self, facts: Mapping[str, Any]) -> bool:
        """False when the fact is missing or the comparison fails."""
        if self.fact not in facts or facts[self.fact] is None:
            return False
        try:
            return bool(_OPS[self.op](facts[self.fact], self.value))
        except TypeError:
            return False


@dataclass(frozen=True)
class TierRule:
    """A tier of one item's benchmark: the conditions (all must hold) and the fine range."""

    tier: Tier
    description: str
    conditions: tuple[Condition, ...]
    min_fen: int
    max_fen: int
    warning_allowed: bool = False
    no_penalty: bool = False  # 首违不罚 / 轻微不罚: 不予行政处罚


@dataclass(frozen=True)
class Benchmark:
    """One version of an item's benchmark."""

    item_code: str
    version: str
    effective_from: date
    tiers: tuple[TierRule, ...]
    first_offence_exempt: bool = False  # the item is on the 首违不罚 list
    facts: tuple[str, ...] = field(default=())  # facts the form asks for

    def tier_rule(self, tier: Tier) -> TierRule | None:
        """The rule of `tier`, if this benchmark has one."""
        return next((t for t in self.tiers if t.tier is tier), None)


def benchmark_in_force(versions: Sequence[Benchmark], act_date: date) -> Benchmark | None:
    """The version whose effective_from is the latest one not after `act_date`."""
    candidates = [b for b in versions if b.effective_from <= act_date]
    return max(candidates, key=lambda b: b.effective_from, default=None)


@dataclass(frozen=True)
class Suggestion:
    """The suggested tier and fine range, and whether 首违不罚 applies."""

    tier: Tier
    min_fen: int
    max_fen: int
    no_penalty: bool
    matched: tuple[Condition, ...]


def first_offence_applies(bm: Benchmark, facts: Mapping[str, Any]) -> bool:
    """首违不罚 (APL art. 33): listed item, first violation, minor harm, corrected in time."""
    return (
        bm.first_offence_exempt
        and facts.get("first_offence") is True
        and facts.get("corrected") is True
        and facts.get("harm", "minor") in ("none", "minor")
    )


def suggest(bm: Benchmark, facts: Mapping[str, Any]) -> Suggestion:
    """The most severe tier whose conditions all hold (a tier without conditions matches as a
    fallback only); 首违不罚 overrides with the mildest, no-penalty outcome."""
    if first_offence_applies(bm, facts):
        mild = bm.tier_rule(Tier.MINOR) or bm.tiers[0]
        return Suggestion(mild.tier, 0, 0, True, ())
    by_severity = sorted(bm.tiers, key=lambda t: TIER_ORDER.index(t.tier), reverse=True)
    for rule in by_severity:
        if rule.conditions and all(c.holds(facts) for c in rule.conditions):
            return Suggestion(rule.tier, rule.min_fen, rule.max_fen, rule.no_penalty, rule.conditions)
    fallback = bm.tier_rule(Tier.GENERAL) or by_severity[-1]
    return Suggestion(fallback.tier, fallback.min_fen, fallback.max_fen, fallback.no_penalty, ())


def needs_reasons(bm: Benchmark, tier: Tier, fine_fen: int) -> bool:
    """A fine outside the chosen tier's range needs written reasons (说理)."""
    rule = bm.tier_rule(tier)
    if rule is None:
        return True
    return not (rule.min_fen <= fine_fen <= rule.max_fen)
