"""The demo year of training and the training-report benchmark (at a small size)."""

from __future__ import annotations

from app.context import AppContext
from app.services import demo, training, training_reports
from app.services.demo_training import PLANS, fill_training_demo


def test_demo_year_has_most_officers_on_track_and_some_below(empty_ctx: AppContext) -> None:
    admin = demo.fill_demo(empty_ctx, sworn=14, auxiliaries=6)
    summary = fill_training_demo(empty_ctx, admin, 2025)  # the test clock stands in 2026
    assert summary.trainings == len(PLANS) >= 38
    assert summary.attendances > 14 * 20
    assert summary.assessments == 14 * 2  # 2023 and 2024
    report = training_reports.annual_report(empty_ctx, admin, 2025)
    assert report.officers == 14
    assert report.officers // 2 < report.met_units < report.officers
    assert report.own.ok
    assert [len(f.years) for f in training.exit_flags(empty_ctx, admin)] == [2]

    # The current year stops at today (23 November in the test clock).
    this_year = fill_training_demo(empty_ctx, admin, 2026)
    events = training.list_events(empty_ctx, admin, 2026)
    assert this_year.trainings == len(events) < len(PLANS)
    assert max(e.end_date for e in events) <= empty_ctx.clock.today()
    assert this_year.assessments == 14  # 2025 only: 2024 is already there


def test_training_report_benchmark_runs_and_reports_json_figures() -> None:
    from benchmarks.__main__ import load

    bench = load("training_report")
    assert bench.name == "training-report"
    from benchmarks.training_report import run

    result = run(officers=30, trainings=6, runs=3, xlsx_runs=1)
    assert result["name"] == "training-report"
    assert result["attendances"] == 180
    assert isinstance(result["ms"], float) and result["ms"] > 0
    assert isinstance(result["xlsx_ms"], float)
    assert result["target_ms"] == 200.0
