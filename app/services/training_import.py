"""Importing attendance lists (xlsx) exported by online learning platforms.

Two steps: `preview_import` reads the file (nothing is written) and gives every data row a
status with a Chinese reason; `commit_import` writes all good rows in one transaction, or
nothing, and refuses while the file has bad rows the user has not accepted
(`accept_bad_rows=True` after showing the report).

Columns are found by their header names, tolerant to spaces, full-width brackets and common
variants (姓名 / 学员姓名, 课程名称 / 培训名称, 学习时长(分钟) / 学时, 完成时间 / 完成日期 …);
the header may sit below a title row. People are matched by name in the staff register, and by
执法证号 where the file has one (it settles two people of the same name). Each course becomes
one training per calendar year of completion (an existing training of the same title and
year is reused); every row keeps its own credit (学时, else its duration: 45 min = 1 学时).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.rules.roles import Permission
from app.rules.training import (
    CATEGORY_LABELS,
    SECONDS_PER_MINUTE,
    SECONDS_PER_UNIT,
    OrganiserLevel,
    TrainingCategory,
    TrainingMode,
    default_days_tenths,
    format_units,
)
from app.services.training import attach_attendee
from local_db.models import StaffMember
from local_db.models_training import TrainingAttendance, TrainingEvent

HEADER_SCAN_ROWS = 20  # the header must be among the first 20 rows
MAX_DATA_ROWS = 20_000
MAX_ROW_SECONDS = 100 * SECONDS_PER_UNIT  # one row above 100 学时 is a typing error
MAX_TITLE = 200


class ColumnField(StrEnum):
    """What a column of the export holds."""

    NAME = "name"
    CERT_NUMBER = "cert_number"
    ID_NUMBER = "id_number"  # recognised but not used: the register keeps no ID numbers
    COURSE = "course"
    DURATION = "duration"
    UNITS = "units"
    DATE = "date"
    CATEGORY = "category"


COLUMN_LABELS: dict[ColumnField, str] = {
    ColumnField.NAME: "姓名",
    ColumnField.CERT_NUMBER: "执法证号",
    ColumnField.ID_NUMBER: "身份证号",
    ColumnField.COURSE: "课程名称",
    ColumnField.DURATION: "学习时长（分钟）",
    ColumnField.UNITS: "学时",
    ColumnField.DATE: "完成时间",
    ColumnField.CATEGORY: "课程类别",
}

HEADER_ALIASES: dict[ColumnField, tuple[str, ...]] = {
    ColumnField.NAME: ("姓名", "学员姓名", "人员姓名", "用户姓名", "真实姓名", "学员", "名字"),
    ColumnField.CERT_NUMBER: (
        "执法证号",
        "执法证件号",
        "执法证件号码",
        "执法证编号",
        "证件号",
        "证件号码",
        "证号",
        "工号",
    ),
    ColumnField.ID_NUMBER: ("身份证号", "身份证号码", "身份证"),
    ColumnField.COURSE: (
        "课程名称",
        "课程",
        "课程名",
        "课程标题",
        "培训名称",
        "培训课程",
        "培训项目",
        "培训班名称",
        "学习内容",
        "项目名称",
    ),
    ColumnField.DURATION: ("学习时长", "时长", "观看时长", "培训时长", "学习用时", "有效时长"),
    ColumnField.UNITS: ("学时", "获得学时", "学时数", "获得学时数", "认定学时", "课程学时"),
    ColumnField.DATE: (
        "完成时间",
        "完成日期",
        "学习完成时间",
        "结业时间",
        "结业日期",
        "培训日期",
        "学习日期",
        "学习时间",
        "日期",
    ),
    ColumnField.CATEGORY: ("课程类别", "类别", "课程分类", "培训类别", "分类"),
}
REQUIRED_FIELDS = (ColumnField.NAME, ColumnField.COURSE, ColumnField.DATE)


class RowStatus(StrEnum):
    """What the import makes of one data row."""

    OK = "ok"
    MISSING_NAME = "missing_name"
    UNKNOWN_PERSON = "unknown_person"
    AMBIGUOUS_NAME = "ambiguous_name"
    MISSING_COURSE = "missing_course"
    BAD_DURATION = "bad_duration"
    MISSING_DATE = "missing_date"
    BAD_DATE = "bad_date"
    DUPLICATE = "duplicate"  # the same person and course twice in the file
    ALREADY_RECORDED = "already_recorded"  # already on that training in the store


ROW_STATUS_LABELS: dict[RowStatus, str] = {
    RowStatus.OK: "可导入",
    RowStatus.MISSING_NAME: "缺少姓名",
    RowStatus.UNKNOWN_PERSON: "查无此人",
    RowStatus.AMBIGUOUS_NAME: "重名无法区分",
    RowStatus.MISSING_COURSE: "缺少课程名称",
    RowStatus.BAD_DURATION: "学时/时长无法识别",
    RowStatus.MISSING_DATE: "缺少完成时间",
    RowStatus.BAD_DATE: "完成时间无法识别",
    RowStatus.DUPLICATE: "重复行",
    RowStatus.ALREADY_RECORDED: "已登记过",
}


@dataclass(frozen=True)
class ImportOptions:
    """How trainings the import creates are classified (the file rarely says)."""

    organiser_level: OrganiserLevel = OrganiserLevel.SUPERIOR
    category: TrainingCategory = TrainingCategory.PUBLIC_LAW  # when the file has no 类别
    mode: TrainingMode = TrainingMode.ONLINE
    concentrated: bool = False


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file as read, with its status and (when bad) the Chinese reason."""

    row_number: int  # as Excel shows it
    name: str
    cert_number: str
    course: str
    credited_seconds: int | None
    completed_on: date | None
    category: TrainingCategory | None
    status: RowStatus
    reason: str
    staff_id: str | None

    @property
    def ok(self) -> bool:
        return self.status is RowStatus.OK

    @property
    def units_text(self) -> str:
        return "" if self.credited_seconds is None else format_units(self.credited_seconds)


@dataclass(frozen=True)
class PlannedTraining:
    """A training the good rows go to: an existing one (event_id) or one to create."""

    title: str
    year: int
    category: TrainingCategory
    start_date: date
    end_date: date
    event_id: str | None
    rows: int


@dataclass(frozen=True)
class ImportPreview:
    """What `commit_import` would write, and every row it could not read."""

    file_name: str
    sha256: str
    sheet: str
    header_row: int
    columns: dict[ColumnField, str]  # field → header text as found
    options: ImportOptions
    rows: tuple[ImportRow, ...]
    trainings: tuple[PlannedTraining, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def ok_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def bad_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    def report(self) -> str:
        """The bad-row report as Chinese text, one line per row."""
        lines = [
            f"第 {r.row_number} 行：{ROW_STATUS_LABELS[r.status]}——{r.reason}"
            for r in self.bad_rows
        ]
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    """What the import wrote."""

    trainings_created: int
    trainings_reused: int
    attendances: int
    skipped_rows: int


# --- reading -------------------------------------------------------------------------------


def _norm(text: object) -> str:
    """Header/name form for comparison: NFKC (full-width → half-width), no spaces, lower."""
    s = unicodedata.normalize("NFKC", "" if text is None else str(text))
    return re.sub(r"\s+", "", s).lower()


def _header_key(text: object) -> tuple[str, str]:
    """(base, unit) of a header cell.

    "学习时长（分钟）" → ("学习时长", "分钟"); "*姓名:" → ("姓名", "").
    """
    s = _norm(text).strip("*:：")
    unit = ""
    m = re.search(r"[(\[](.*?)[)\]]", s)
    if m:
        unit = m.group(1)
        s = (s[: m.start()] + s[m.end() :]).strip("*:：")
    return s, unit


_ALIAS_INDEX: dict[str, ColumnField] = {
    _norm(alias): f for f, aliases in HEADER_ALIASES.items() for alias in aliases
}


def _match_header(
    cells: Sequence[object],
) -> tuple[dict[ColumnField, int], dict[ColumnField, str], str]:
    """Columns found in one row: field → index, field → header text, and the duration's unit."""
    found: dict[ColumnField, int] = {}
    texts: dict[ColumnField, str] = {}
    duration_unit = ""
    for i, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        base, unit = _header_key(cell)
        f = _ALIAS_INDEX.get(base)
        if f is None and base.startswith("学习时长"):
            f = ColumnField.DURATION
        if f is None or f in found:
            continue
        found[f] = i
        texts[f] = str(cell).strip()
        if f is ColumnField.DURATION:
            duration_unit = unit
    return found, texts, duration_unit


def _missing(found: dict[ColumnField, int]) -> list[ColumnField]:
    missing = [f for f in REQUIRED_FIELDS if f not in found]
    if ColumnField.DURATION not in found and ColumnField.UNITS not in found:
        missing.append(ColumnField.DURATION)
    return missing


_UNIT_SECONDS = {
    "秒": 1,
    "s": 1,
    "分钟": 60,
    "分": 60,
    "min": 60,
    "小时": 3600,
    "时": 3600,
    "h": 3600,
}


def _round_seconds(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _parse_duration(value: object, unit: str) -> int | None:
    """Seconds of a 学习时长 cell: a number (in the header's unit, default minutes), a time
    (01:20:00), or text such as "1小时20分钟"; None when unreadable or not positive."""
    if value is None or value == "":
        return None
    seconds: int | None
    if isinstance(value, bool):
        return None
    if isinstance(value, timedelta):
        seconds = round(value.total_seconds())
    elif isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
    elif isinstance(value, datetime):
        return None
    elif isinstance(value, (int, float)):
        per = _UNIT_SECONDS.get(unit, SECONDS_PER_MINUTE)
        try:
            seconds = _round_seconds(Decimal(str(value)) * per)
        except InvalidOperation:
            return None
    else:
        seconds = _parse_duration_text(unicodedata.normalize("NFKC", str(value)).strip(), unit)
    if seconds is None or seconds <= 0:
        return None
    return seconds


def _parse_duration_text(text: str, unit: str) -> int | None:
    text = re.sub(r"\s+", "", text)
    m = re.fullmatch(r"(\d+):(\d{1,2})(?::(\d{1,2}))?", text)
    if m:
        h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        return h * 3600 + mi * 60 + s
    m = re.fullmatch(
        r"(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|min))?(?:(\d+)(?:秒|s))?",
        text,
    )
    if m and any(m.groups()):
        hours, minutes, secs = (Decimal(g or 0) for g in m.groups())
        return _round_seconds(hours * 3600 + minutes * 60 + secs)
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    return _round_seconds(number * _UNIT_SECONDS.get(unit, SECONDS_PER_MINUTE))


def _parse_units(value: object) -> int | None:
    """Seconds of a 学时 cell ("1.5", 1.5, "1.5学时"); None when unreadable or not positive."""
    if value is None or value == "" or isinstance(value, (bool, datetime, date, time)):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("学时").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite() or number <= 0:
        return None
    return _round_seconds(number * SECONDS_PER_UNIT)


def _parse_date(value: object) -> date | None:
    """A completion date from a date cell, an Excel serial number or text; None if unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if 20000 <= value <= 80000:  # an Excel serial day number (1954 … 2119)
            return date(1899, 12, 30) + timedelta(days=int(value))
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", text)
    if not m:
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _cell(row: Sequence[object], index: int | None) -> object:
    if index is None or index >= len(row):
        return None
    return row[index]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


@dataclass
class _Parsed:
    row_number: int
    name: str
    cert_number: str
    course: str
    credited_seconds: int | None
    completed_on: date | None
    category: TrainingCategory | None
    staff_id: str | None
    problems: list[tuple[RowStatus, str]]

    def key(self) -> tuple[str, str, int]:
        assert self.staff_id is not None and self.completed_on is not None
        return self.staff_id, self.course, self.completed_on.year

    def to_row(self) -> ImportRow:
        status = self.problems[0][0] if self.problems else RowStatus.OK
        return ImportRow(
            self.row_number,
            self.name,
            self.cert_number,
            self.course,
            self.credited_seconds,
            self.completed_on,
            self.category,
            status,
            "；".join(r for _, r in self.problems),
            None if self.problems else self.staff_id,
        )


@dataclass
class _Sheet:
    title: str
    header_row: int
    columns: dict[ColumnField, int]
    texts: dict[ColumnField, str]
    duration_unit: str
    rows: list[tuple[int, tuple[object, ...]]]


def _read_sheet(path: Path) -> _Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # Platform exports often lack default styles or carry extensions openpyxl does not
            # know; both only concern formatting, never the values read here.
            warnings.simplefilter("ignore", UserWarning)
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(
            "file",
            "bad_file",
            "无法读取文件“{name}”：不是有效的 xlsx 文件（{detail}）。",
            name=path.name,
            detail=type(exc).__name__,
        ) from exc
    try:
        best: tuple[int, list[ColumnField]] | None = None
        for ws in wb.worksheets:
            ws.reset_dimensions()  # exports often carry a wrong <dimension>; read every row
            rows = ws.iter_rows(values_only=True)
            for number, row in enumerate(rows, start=1):
                if number > HEADER_SCAN_ROWS:
                    break
                found, texts, unit = _match_header(row)
                missing = _missing(found)
                if not missing:
                    data: list[tuple[int, tuple[object, ...]]] = []
                    for n, r in enumerate(rows, start=number + 1):
                        if any(v is not None and str(v).strip() for v in r):
                            data.append((n, tuple(r)))
                            if len(data) > MAX_DATA_ROWS:
                                raise ValidationError(
                                    "file",
                                    "too_many_rows",
                                    "文件超过 {n} 行，请分批导入。",
                                    n=MAX_DATA_ROWS,
                                )
                    return _Sheet(str(ws.title), number, found, texts, unit, data)
                if found and (best is None or len(missing) < len(best[1])):
                    best = (len(found), missing)
        missing_names = "、".join(
            COLUMN_LABELS[f] if f is not ColumnField.DURATION else "学习时长（分钟）或学时"
            for f in (best[1] if best else _missing({}))
        )
        raise ValidationError(
            "file",
            "missing_header",
            "文件“{name}”前 {rows} 行中找不到表头：缺少“{missing}”列。",
            name=path.name,
            rows=HEADER_SCAN_ROWS,
            missing=missing_names,
        )
    finally:
        wb.close()


# --- matching ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    cert: str


def _register(ctx: AppContext) -> dict[str, list[_Person]]:
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(StaffMember.id, StaffMember.name, StaffMember.cert_number).where(
                StaffMember.deleted.is_(False)
            )
        ).all()
    by_name: dict[str, list[_Person]] = {}
    for sid, name, cert in rows:
        by_name.setdefault(_norm(name), []).append(_Person(sid, name, _norm(cert).upper()))
    return by_name


def _match_person(
    by_name: dict[str, list[_Person]], name: str, cert: str
) -> tuple[str | None, RowStatus | None, str]:
    candidates = by_name.get(_norm(name), [])
    cert_key = _norm(cert).upper()
    if not candidates:
        return None, RowStatus.UNKNOWN_PERSON, f"人员名册中没有“{name}”"
    if cert_key:
        same = [p for p in candidates if p.cert == cert_key]
        if len(same) == 1:
            return same[0].id, None, ""
        if len(candidates) == 1 and candidates[0].cert:
            return (
                None,
                RowStatus.UNKNOWN_PERSON,
                (f"执法证号“{cert}”与名册中“{name}”的执法证号不符"),
            )
        if len(candidates) == 1:
            return candidates[0].id, None, ""
        return (
            None,
            RowStatus.AMBIGUOUS_NAME,
            (f"名册中有 {len(candidates)} 位“{name}”，执法证号“{cert}”与其中任何一位都不符"),
        )
    if len(candidates) == 1:
        return candidates[0].id, None, ""
    return (
        None,
        RowStatus.AMBIGUOUS_NAME,
        (f"名册中有 {len(candidates)} 位“{name}”，请在表中填写执法证号以区分"),
    )


def _category_of(text: str) -> TrainingCategory | None:
    key = _norm(text)
    for category, label in CATEGORY_LABELS.items():
        if key == _norm(label) or key == category.value:
            return category
    return None


def _existing_events(
    ctx: AppContext, titles: Iterable[str]
) -> dict[tuple[str, int], TrainingEvent]:
    wanted = sorted(set(titles))
    out: dict[tuple[str, int], TrainingEvent] = {}
    with ctx.db.read_session() as s:
        for i in range(0, len(wanted), 500):
            for e in s.scalars(
                select(TrainingEvent)
                .where(
                    TrainingEvent.deleted.is_(False), TrainingEvent.title.in_(wanted[i : i + 500])
                )
                .order_by(TrainingEvent.start_date, TrainingEvent.id)
            ):
                out.setdefault((e.title, e.start_date.year), e)
    return out


def _attended(ctx: AppContext, event_ids: Sequence[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    with ctx.db.read_session() as s:
        for i in range(0, len(event_ids), 500):
            out.update(
                (eid, sid)
                for eid, sid in s.execute(
                    select(TrainingAttendance.event_id, TrainingAttendance.staff_id).where(
                        TrainingAttendance.event_id.in_(list(event_ids[i : i + 500])),
                        TrainingAttendance.deleted.is_(False),
                    )
                )
            )
    return out


# --- preview and commit --------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError as exc:
        raise ValidationError(
            "file", "unreadable", "无法打开文件“{name}”：{detail}", name=path.name, detail=str(exc)
        ) from exc
    return h.hexdigest()


def preview_import(
    ctx: AppContext, actor: Actor, path: Path, options: ImportOptions | None = None
) -> ImportPreview:
    """Read an attendance export and say, row by row, what would be imported (writes nothing)."""
    actor.require(Permission.MANAGE_TRAINING)
    options = options or ImportOptions()
    path = Path(path)
    digest = _sha256(path)
    sheet = _read_sheet(path)
    cols = sheet.columns
    by_name = _register(ctx)
    today = ctx.clock.today()

    parsed: list[_Parsed] = []
    for number, row in sheet.rows:
        name = _text(_cell(row, cols.get(ColumnField.NAME)))
        cert = _text(_cell(row, cols.get(ColumnField.CERT_NUMBER)))
        course = re.sub(r"\s+", " ", _text(_cell(row, cols.get(ColumnField.COURSE))))
        units_cell = _cell(row, cols.get(ColumnField.UNITS))
        duration_cell = _cell(row, cols.get(ColumnField.DURATION))
        date_cell = _cell(row, cols.get(ColumnField.DATE))
        category_text = _text(_cell(row, cols.get(ColumnField.CATEGORY)))
        problems: list[tuple[RowStatus, str]] = []
        if not name:
            problems.append((RowStatus.MISSING_NAME, "姓名为空"))
        if not course:
            problems.append((RowStatus.MISSING_COURSE, "课程名称为空"))
        elif len(course) > MAX_TITLE:
            problems.append((RowStatus.MISSING_COURSE, f"课程名称超过 {MAX_TITLE} 个字"))
        seconds: int | None = None
        if units_cell not in (None, ""):
            seconds = _parse_units(units_cell)
            if seconds is None:
                problems.append(
                    (RowStatus.BAD_DURATION, f"学时“{_text(units_cell)}”不是大于 0 的数字")
                )
        elif duration_cell not in (None, ""):
            seconds = _parse_duration(duration_cell, sheet.duration_unit)
            if seconds is None:
                problems.append(
                    (RowStatus.BAD_DURATION, f"学习时长“{_text(duration_cell)}”不是大于 0 的时长")
                )
        else:
            problems.append((RowStatus.BAD_DURATION, "学时和学习时长都为空"))
        if seconds is not None and seconds > MAX_ROW_SECONDS:
            problems.append(
                (
                    RowStatus.BAD_DURATION,
                    (
                        f"单行 {format_units(seconds)} 学时，"
                        f"超过 {format_units(MAX_ROW_SECONDS)} 学时，疑为录入错误"
                    ),
                )
            )
            seconds = None
        completed: date | None = None
        if date_cell in (None, ""):
            problems.append((RowStatus.MISSING_DATE, "完成时间为空"))
        else:
            completed = _parse_date(date_cell)
            if completed is None:
                problems.append((RowStatus.BAD_DATE, f"完成时间“{_text(date_cell)}”无法识别为日期"))
            elif completed > today:
                problems.append((RowStatus.BAD_DATE, f"完成时间 {completed.isoformat()} 晚于今天"))
                completed = None
        staff_id: str | None = None
        if name:
            staff_id, status, reason = _match_person(by_name, name, cert)
            if status is not None:
                problems.append((status, reason))
        category = _category_of(category_text) if category_text else None
        parsed.append(
            _Parsed(number, name, cert, course, seconds, completed, category, staff_id, problems)
        )

    # Duplicates in the file, then rows already on the training in the store.
    seen: dict[tuple[str, str, int], int] = {}
    for p in parsed:
        if p.problems:
            continue
        key = p.key()
        if key in seen:
            p.problems.append(
                (RowStatus.DUPLICATE, f"与第 {seen[key]} 行重复（同一人、同一课程、同一年度）")
            )
        else:
            seen[key] = p.row_number
    existing = _existing_events(ctx, (p.course for p in parsed if not p.problems))
    attended = _attended(ctx, [e.id for e in existing.values()])
    for p in parsed:
        if p.problems:
            continue
        staff_id, course, year = p.key()
        event = existing.get((course, year))
        if event is not None and (event.id, staff_id) in attended:
            p.problems.append(
                (RowStatus.ALREADY_RECORDED, f"已登记参加 {year} 年的“{event.title}”，不重复导入")
            )

    rows = tuple(p.to_row() for p in parsed)
    trainings = _plan(rows, existing, options)
    notes: list[str] = []
    if ColumnField.ID_NUMBER in cols and ColumnField.CERT_NUMBER not in cols:
        notes.append("文件中的身份证号未用于匹配（人员名册不登记身份证号），按姓名匹配。")
    if ColumnField.CATEGORY not in cols:
        notes.append(f"文件中没有课程类别，新建的培训按“{CATEGORY_LABELS[options.category]}”登记。")
    texts = {f: sheet.texts[f] for f in cols}
    return ImportPreview(
        path.name,
        digest,
        sheet.title,
        sheet.header_row,
        texts,
        options,
        rows,
        trainings,
        tuple(notes),
    )


def _plan(
    rows: Sequence[ImportRow],
    existing: dict[tuple[str, int], TrainingEvent],
    options: ImportOptions,
) -> tuple[PlannedTraining, ...]:
    groups: dict[tuple[str, int], list[ImportRow]] = {}
    for r in rows:
        if r.ok:
            assert r.completed_on is not None
            groups.setdefault((r.course, r.completed_on.year), []).append(r)
    out = []
    for (title, year), members in groups.items():
        event = existing.get((title, year))
        dates = [r.completed_on for r in members if r.completed_on is not None]
        category = next((r.category for r in members if r.category is not None), options.category)
        if event is not None:
            out.append(
                PlannedTraining(
                    title,
                    year,
                    TrainingCategory(event.category),
                    event.start_date,
                    event.end_date,
                    event.id,
                    len(members),
                )
            )
        else:
            out.append(
                PlannedTraining(title, year, category, min(dates), max(dates), None, len(members))
            )
    return tuple(out)


def commit_import(
    ctx: AppContext, actor: Actor, preview: ImportPreview, *, accept_bad_rows: bool = False
) -> ImportResult:
    """Write every good row of `preview` in one transaction (all or nothing).

    Refuses when the file has bad rows and the user has not accepted the report, when no row
    is good, and when the store changed since the preview in a way that touches these rows.
    """
    actor.require(Permission.MANAGE_TRAINING)
    good = preview.ok_rows
    bad = preview.bad_rows
    if not good:
        raise DomainError("nothing_to_import", "文件中没有可导入的记录，未导入任何数据。")
    if bad and not accept_bad_rows:
        raise DomainError(
            "bad_rows_not_accepted",
            "有 {bad} 行无法导入（见报告）。请确认后再导入其余 {good} 行；未导入任何数据。",
            bad=len(bad),
            good=len(good),
        )
    stale = DomainError(
        "store_changed", "预览之后人员或培训记录已有变动，请重新预览后再导入；未导入任何数据。"
    )
    options = preview.options
    by_group: dict[tuple[str, int], list[ImportRow]] = {}
    for r in good:
        assert r.completed_on is not None and r.credited_seconds is not None
        by_group.setdefault((r.course, r.completed_on.year), []).append(r)
    created = reused = written = 0
    event_ids: list[str] = []
    with ctx.uow(actor) as uow:
        s = uow.session
        staff_ids = sorted({r.staff_id for r in good if r.staff_id})
        alive = set(
            s.scalars(
                select(StaffMember.id).where(
                    StaffMember.id.in_(staff_ids), StaffMember.deleted.is_(False)
                )
            )
        )
        if alive != set(staff_ids):
            raise stale
        for plan in preview.trainings:
            members = by_group.get((plan.title, plan.year), [])
            if plan.event_id is not None:
                event = s.get(TrainingEvent, plan.event_id)
                if event is None or event.deleted:
                    raise stale
                reused += 1
            else:
                clash = s.scalar(
                    select(TrainingEvent.id).where(
                        TrainingEvent.deleted.is_(False),
                        TrainingEvent.title == plan.title,
                        TrainingEvent.start_date.between(
                            date(plan.year, 1, 1), date(plan.year, 12, 31)
                        ),
                    )
                )
                if clash is not None:
                    raise stale
                event = TrainingEvent(
                    title=plan.title,
                    organiser_level=options.organiser_level.value,
                    category=plan.category.value,
                    mode=options.mode.value,
                    start_date=plan.start_date,
                    end_date=plan.end_date,
                    days_tenths=default_days_tenths(options.mode, plan.start_date, plan.end_date),
                    stated_units_tenths=None,
                    duration_minutes=None,
                    concentrated=options.concentrated,
                    note=f"由“{preview.file_name}”导入",
                    deleted=False,
                )
                uow.save(event, is_new=True)
                created += 1
            event_ids.append(event.id)
            existing = {
                a.staff_id: a
                for a in s.scalars(
                    select(TrainingAttendance).where(TrainingAttendance.event_id == event.id)
                )
            }
            for r in members:
                assert r.staff_id is not None and r.credited_seconds is not None
                row = existing.get(r.staff_id)
                if row is not None and not row.deleted:
                    raise stale
                attach_attendee(
                    uow,
                    event,
                    r.staff_id,
                    r.credited_seconds,
                    custom=True,
                    existing=row,
                    note=f"导入：{preview.file_name} 第 {r.row_number} 行",
                )
                written += 1
        uow.record(
            "training.import",
            "training_event",
            None,
            {
                "file": preview.file_name,
                "sha256": preview.sha256,
                "trainings_created": created,
                "trainings_reused": reused,
                "event_ids": event_ids,
                "rows_imported": written,
                "rows_skipped": [
                    {"row": r.row_number, "status": r.status.value, "reason": r.reason} for r in bad
                ],
            },
        )
        uow.commit()
    return ImportResult(created, reused, written, len(bad))
