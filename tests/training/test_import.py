"""Importing attendance lists (xlsx): header detection, preview statuses by row number, and
all-or-nothing commits that leave the store unchanged when refused."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, PermissionDenied, ValidationError
from app.rules.training import OrganiserLevel, TrainingCategory, TrainingMode
from app.services import training
from app.services.training_import import (
    ColumnField,
    ImportOptions,
    RowStatus,
    commit_import,
    preview_import,
)
from local_db.models import AuditLog

from .conftest import Squad, add_officer, counts


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "学习记录"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def statuses(preview: object) -> dict[int, RowStatus]:
    return {r.row_number: r.status for r in preview.rows}  # type: ignore[attr-defined]


def test_a_clean_platform_export_imports_every_row(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "export.xlsx",
        [
            ["浙江省行政执法人员网络学习平台 学习记录导出"],
            [],
            ["序号", "学员姓名", "执法证号", "课程名称", "学习时长（分钟）", "完成时间"],
            [1, "李娜", "MEM001", "行政处罚法解读", 90, datetime(2026, 3, 5, 10, 22)],
            [2, "王 强", None, "行政处罚法解读", 45, "2026/3/6"],
            [3, "陈静", "", "执法文书写作", "1小时20分", "2026年4月1日 08:00"],
            [4, "张队长", "lead001", "执法文书写作", "01:30:00", date(2026, 4, 2)],
            [5, "李娜", None, "行政处罚法解读", 60.5, "2025-12-20"],
            [6, "王强", None, "执法文书写作", time(0, 45), 46113],  # Excel serial: 2026-04-01
        ],
    )
    preview = preview_import(ctx, admin, path)
    assert preview.header_row == 3 and preview.sheet == "学习记录"
    assert preview.columns[ColumnField.NAME] == "学员姓名"
    assert preview.bad_rows == (), preview.report()
    seconds = {r.row_number: r.credited_seconds for r in preview.rows}
    assert seconds == {4: 5400, 5: 2700, 6: 4800, 7: 5400, 8: 3630, 9: 2700}
    assert [(t.title, t.year, t.rows) for t in preview.trainings] == [
        ("行政处罚法解读", 2026, 2),
        ("执法文书写作", 2026, 3),
        ("行政处罚法解读", 2025, 1),
    ]
    before = counts(ctx)
    result = commit_import(ctx, admin, preview)
    after = counts(ctx)
    assert (result.trainings_created, result.attendances, result.skipped_rows) == (3, 6, 0)
    assert (after.events - before.events, after.attendances - before.attendances) == (3, 6)
    assert after.audit - before.audit == 1  # one audited change

    events = {e.title: e for e in training.list_events(ctx, admin, 2026)}
    law = events["行政处罚法解读"]
    assert (law.start_date, law.end_date, law.mode, law.concentrated) == (
        date(2026, 3, 5),
        date(2026, 3, 6),
        TrainingMode.ONLINE,
        False,
    )
    assert law.organiser_level is OrganiserLevel.SUPERIOR and law.default_credit_seconds is None
    credit = {
        a.staff_name: a.credited_seconds for a in training.event_attendance(ctx, admin, law.id)
    }
    assert credit == {"李娜": 5400, "王强": 2700}
    assert [e.title for e in training.list_events(ctx, admin, 2025)] == ["行政处罚法解读"]

    # The same file again: every row is already recorded, nothing to import.
    again = preview_import(ctx, admin, path)
    assert set(statuses(again).values()) == {RowStatus.ALREADY_RECORDED}
    with pytest.raises(DomainError) as err:
        commit_import(ctx, admin, again, accept_bad_rows=True)
    assert err.value.code == "nothing_to_import"
    assert counts(ctx) == after


def _malformed(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "malformed.xlsx",
        [
            ["某学习平台导出"],
            [" 姓 名 ", "课程", "学时", "完成日期"],
            ["李娜", "课程A", 1.5, date(2026, 3, 1)],  # row 3: ok
            ["王强", "课程A", "约一小时", date(2026, 3, 1)],  # 4: text in 学时
            ["查无此人", "课程A", 1, date(2026, 3, 1)],  # 5
            ["李娜", "课程A", 2, date(2026, 3, 2)],  # 6: duplicate of row 3
            ["陈静", "课程A", 1, None],  # 7: no date
            [None, None, None, None],  # 8: empty, skipped
            ["王伟", "课程A", 1, date(2026, 3, 1)],  # 9: two 王伟 in the register
            ["陈静", "课程B", 1, "明天"],  # 10: not a date
            ["张队长", "课程B", None, date(2026, 3, 1)],  # 11: no 学时
            ["陈静", None, 1, date(2026, 3, 1)],  # 12: no course
            ["王强", "课程B", -2, "2026-13-01"],  # 13: negative 学时 and a bad date
        ],
    )


def test_bad_rows_are_reported_by_row_number_and_nothing_is_written_until_accepted(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    add_officer(ctx, admin, "王伟", cert="W1")
    add_officer(ctx, admin, "王伟", cert="W2")
    before = counts(ctx)
    preview = preview_import(ctx, admin, _malformed(tmp_path))
    assert counts(ctx) == before  # the preview writes nothing
    assert statuses(preview) == {
        3: RowStatus.OK,
        4: RowStatus.BAD_DURATION,
        5: RowStatus.UNKNOWN_PERSON,
        6: RowStatus.DUPLICATE,
        7: RowStatus.MISSING_DATE,
        9: RowStatus.AMBIGUOUS_NAME,
        10: RowStatus.BAD_DATE,
        11: RowStatus.BAD_DURATION,
        12: RowStatus.MISSING_COURSE,
        13: RowStatus.BAD_DURATION,
    }
    reasons = {r.row_number: r.reason for r in preview.bad_rows}
    assert "约一小时" in reasons[4]
    assert "查无此人" in reasons[5]
    assert "第 3 行" in reasons[6]
    assert "2 位“王伟”" in reasons[9]
    assert "2026-13-01" in reasons[13] and "-2" in reasons[13]  # both problems listed
    report = preview.report()
    assert report.splitlines()[0].startswith("第 4 行：学时/时长无法识别")
    assert len(report.splitlines()) == 9

    with pytest.raises(DomainError) as err:
        commit_import(ctx, admin, preview)
    assert err.value.code == "bad_rows_not_accepted"
    assert "9 行" in err.value.message
    assert counts(ctx) == before

    result = commit_import(ctx, admin, preview, accept_bad_rows=True)
    assert (result.trainings_created, result.attendances, result.skipped_rows) == (1, 1, 9)
    after = counts(ctx)
    assert (after.events, after.attendances, after.audit) == (
        before.events + 1,
        before.attendances + 1,
        before.audit + 1,
    )
    with ctx.db.read_session() as s:
        entry = s.scalars(select(AuditLog).order_by(AuditLog.seq.desc()).limit(1)).one()
    change = json.loads(entry.change_json)
    assert entry.action == "training.import"
    assert [r["row"] for r in change["rows_skipped"]] == [4, 5, 6, 7, 9, 10, 11, 12, 13]
    assert change["file"] == "malformed.xlsx" and len(change["sha256"]) == 64


def test_a_file_without_the_needed_headers_is_refused_whole(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "no_course.xlsx",
        [["姓名", "学习时长", "完成时间"], ["李娜", 90, date(2026, 3, 1)]],
    )
    before = counts(ctx)
    with pytest.raises(ValidationError) as err:
        preview_import(ctx, admin, path)
    assert (err.value.field, err.value.code) == ("file", "missing_header")
    assert "课程名称" in err.value.message
    assert counts(ctx) == before

    blank = write_xlsx(tmp_path / "blank.xlsx", [["随便写点什么"], [1, 2, 3]])
    with pytest.raises(ValidationError) as err:
        preview_import(ctx, admin, blank)
    assert err.value.code == "missing_header"


def test_a_file_that_is_not_xlsx_is_refused(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("姓名,课程名称\n李娜,课程A\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        preview_import(ctx, admin, path)
    assert err.value.code == "bad_file"
    with pytest.raises(ValidationError) as err:
        preview_import(ctx, admin, tmp_path / "missing.xlsx")
    assert err.value.code == "unreadable"


def test_certificate_numbers_settle_same_names(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    add_officer(ctx, admin, "王伟", cert="浙杭执W1")
    second = add_officer(ctx, admin, "王伟", cert="浙杭执W2")
    path = write_xlsx(
        tmp_path / "certs.xlsx",
        [
            ["姓名", "执法证件号", "课程名称", "获得学时", "完成时间"],
            ["王伟", "浙杭执 w2", "课程A", "2学时", "2026-05-01"],
            ["王伟", "浙杭执W9", "课程A", 2, "2026-05-01"],
            ["李娜", "MEM999", "课程A", 2, "2026-05-01"],
        ],
    )
    preview = preview_import(ctx, admin, path)
    assert statuses(preview) == {
        2: RowStatus.OK,
        3: RowStatus.AMBIGUOUS_NAME,
        4: RowStatus.UNKNOWN_PERSON,
    }
    assert preview.rows[0].staff_id == second
    assert "不符" in preview.rows[2].reason


def test_duration_units_from_the_header_and_options_for_new_trainings(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "seconds.xlsx",
        [
            ["姓名", "身份证号", "培训名称", "学习时长(秒)", "完成时间", "课程类别"],
            ["李娜", "330100199001011234", "执法记录仪使用", 2700, "20260601", "执法技能"],
            ["王强", None, "执法记录仪使用", 100 * 2700 + 1, "20260601", "执法技能"],
        ],
    )
    options = ImportOptions(
        organiser_level=OrganiserLevel.COUNTY, category=TrainingCategory.BUSINESS
    )
    preview = preview_import(ctx, admin, path, options)
    assert preview.rows[0].credited_seconds == 2700 and preview.rows[0].units_text == "1.0"
    assert preview.rows[1].status is RowStatus.BAD_DURATION  # over 100 学时 in one row
    assert "疑为录入错误" in preview.rows[1].reason
    assert preview.trainings[0].category is TrainingCategory.SKILLS  # from the file
    assert any("身份证号" in n for n in preview.notes)
    commit_import(ctx, admin, preview, accept_bad_rows=True)
    (event,) = training.list_events(ctx, admin, 2026)
    assert (event.organiser_level, event.category) == (
        OrganiserLevel.COUNTY,
        TrainingCategory.SKILLS,
    )


def test_rows_go_to_an_existing_training_of_the_same_title_and_year(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    existing = training.record_event(
        ctx,
        admin,
        training.EventInput(
            "课程A",
            OrganiserLevel.SUPERIOR,
            TrainingCategory.PUBLIC_LAW,
            TrainingMode.ONLINE,
            date(2026, 2, 1),
            date(2026, 6, 30),
            stated_units="3",
        ),
        [squad.members[1]],
    )
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [["姓名", "课程名称", "学时", "完成时间"], ["李娜", "课程A", 3, "2026-03-01"]],
    )
    preview = preview_import(ctx, admin, path)
    assert preview.trainings[0].event_id == existing.id
    result = commit_import(ctx, admin, preview)
    assert (result.trainings_created, result.trainings_reused) == (0, 1)
    assert training.get_event(ctx, admin, existing.id).attendee_count == 2


def test_a_store_change_between_preview_and_commit_writes_nothing(
    ctx: AppContext, admin: Actor, squad: Squad, tmp_path: Path
) -> None:
    existing = training.record_event(
        ctx,
        admin,
        training.EventInput(
            "课程A",
            OrganiserLevel.SUPERIOR,
            TrainingCategory.PUBLIC_LAW,
            TrainingMode.ONLINE,
            date(2026, 2, 1),
            stated_units="3",
        ),
        [],
    )
    path = write_xlsx(
        tmp_path / "race.xlsx",
        [
            ["姓名", "课程名称", "学时", "完成时间"],
            ["陈静", "课程新", 2, "2026-03-01"],  # would create a training …
            ["李娜", "课程A", 3, "2026-03-01"],  # … and add to the existing one
        ],
    )
    preview = preview_import(ctx, admin, path)
    assert not preview.bad_rows
    training.add_attendees(ctx, admin, existing.id, [squad.members[0]])  # someone else was faster
    before = counts(ctx)
    with pytest.raises(DomainError) as err:
        commit_import(ctx, admin, preview)
    assert err.value.code == "store_changed"
    assert counts(ctx) == before  # not even the new training of the first row
    assert [e.title for e in training.list_events(ctx, admin, 2026)] == ["课程A"]


def test_import_needs_the_staff_permission(
    ctx: AppContext, officer_actor: Actor, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["姓名", "课程名称", "学时", "完成时间"]])
    with pytest.raises(PermissionDenied):
        preview_import(ctx, officer_actor, path)
