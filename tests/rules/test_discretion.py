"""Discretion benchmark suggestion, version in force, reasons outside the range, 首违不罚."""

from __future__ import annotations

from datetime import date

from app.rules.discretion import (
    Benchmark,
    Condition,
    Tier,
    TierRule,
    benchmark_in_force,
    needs_reasons,
    suggest,
)


def _bm(version: str, start: date, exempt: bool = True) -> Benchmark:
    return Benchmark(
        item_code="SR-001",
        version=version,
        effective_from=start,
        first_offence_exempt=exempt,
        tiers=(
            TierRule(Tier.MINOR, "面积≤5㎡且及时改正", (Condition("area_m2", "<=", 5),), 0, 5000, True),
            TierRule(Tier.GENERAL, "一般", (), 5000, 20000),
            TierRule(Tier.SERIOUS, "面积>20㎡", (Condition("area_m2", ">", 20),), 20000, 50000),
            TierRule(
                Tier.SEVERE,
                "面积>20㎡且拒不改正",
                (Condition("area_m2", ">", 20), Condition("refused", "==", True)),
                50000,
                100000,
            ),
        ),
    )


def test_most_severe_matching_tier_wins() -> None:
    bm = _bm("2025", date(2025, 1, 1))
    assert suggest(bm, {"area_m2": 30, "refused": True}).tier is Tier.SEVERE
    assert suggest(bm, {"area_m2": 30, "refused": False}).tier is Tier.SERIOUS
    assert suggest(bm, {"area_m2": 3}).tier is Tier.MINOR
    s = suggest(bm, {"area_m2": 10})
    assert (s.tier, s.min_fen, s.max_fen) == (Tier.GENERAL, 5000, 20000)
    assert suggest(bm, {}).tier is Tier.GENERAL


def test_first_offence_no_penalty_only_when_listed_and_corrected() -> None:
    facts = {"area_m2": 3, "first_offence": True, "corrected": True}
    assert suggest(_bm("2025", date(2025, 1, 1)), facts).no_penalty
    assert not suggest(_bm("2025", date(2025, 1, 1), exempt=False), facts).no_penalty
    assert not suggest(_bm("2025", date(2025, 1, 1)), {**facts, "corrected": False}).no_penalty
    assert not suggest(_bm("2025", date(2025, 1, 1)), {**facts, "harm": "serious"}).no_penalty


def test_reasons_needed_outside_range_only() -> None:
    bm = _bm("2025", date(2025, 1, 1))
    assert not needs_reasons(bm, Tier.GENERAL, 5000)
    assert not needs_reasons(bm, Tier.GENERAL, 20000)
    assert needs_reasons(bm, Tier.GENERAL, 20001)
    assert needs_reasons(bm, Tier.GENERAL, 4999)


def test_version_in_force_on_the_act_date() -> None:
    versions = [_bm("2024", date(2024, 3, 1)), _bm("2026", date(2026, 1, 1))]
    assert benchmark_in_force(versions, date(2025, 12, 31)).version == "2024"  # type: ignore[union-attr]
    assert benchmark_in_force(versions, date(2026, 1, 1)).version == "2026"  # type: ignore[union-attr]
    assert benchmark_in_force(versions, date(2024, 2, 29)) is None
