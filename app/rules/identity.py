"""Party identifiers: 居民身份证号码 (GB 11643-1999) and 统一社会信用代码 (GB 32100-2015),
with their check characters, and the masks used for public disclosure."""

from __future__ import annotations

from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def normalize_id_number(text: str) -> str:
    """Strip spaces and upper-case a trailing x."""
    return "".join(text.split()).upper()


def id_number_problem(text: str) -> str | None:
    """Why `text` is not a valid 18-digit ID number (Chinese), or None when valid."""
    n = normalize_id_number(text)
    if len(n) != 18:
        return "身份证号码应为 18 位。"
    if not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        return "身份证号码前 17 位应为数字，最后一位为数字或 X。"
    try:
        date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return "身份证号码中的出生日期无效。"
    if id_check_char(n[:17]) != n[17]:
        return "身份证号码校验位不正确，请核对。"
    return None


def is_valid_id_number(text: str) -> bool:
    """True for a well-formed ID number with a correct check character."""
    return id_number_problem(text) is None


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def normalize_uscc(text: str) -> str:
    """Strip spaces and upper-case."""
    return "".join(text.split()).upper()


def uscc_problem(text: str) -> str | None:
    """Why `text` is not a valid unified social credit code (Chinese), or None when valid."""
    n = normalize_uscc(text)
    if len(n) != 18:
        return "统一社会信用代码应为 18 位。"
    bad = [c for c in n if c not in USCC_ALPHABET]
    if bad:
        return "统一社会信用代码含有无效字符“{}”（不使用 I、O、Z、S、V）。".format(bad[0])
    if not n[2:8].isdigit():
        return "统一社会信用代码第 3–8 位应为行政区划代码（数字）。"
    if uscc_check_char(n[:17]) != n[17]:
        return "统一社会信用代码校验位不正确，请核对。"
    return None


def is_valid_uscc(text: str) -> bool:
    """True for a well-formed code with a correct check character."""
    return uscc_problem(text) is None
