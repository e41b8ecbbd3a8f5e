"""Amounts in Chinese capital numerals (大写金额), as printed on penalty decisions.

Rules of 会计基础工作规范 art. 52: 元/角 endings take 整; an amount with 分 takes none; zeros
inside the number are read as one 零; 壹拾 is written in full.
"""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_GROUP_UNITS = ["", "万", "亿", "万亿"]


def _group(n: int) -> str:
    """0 < n < 10000 as capitals with 零 for inner zeros (no leading or trailing 零)."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        d = (n // 10**pos) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + _SMALL_UNITS[pos])
    return "".join(out)


def _integer(n: int) -> str:
    if n == 0:
        return ""
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or g < 1000):
            out.append("零")
        need_zero = False
        out.append(_group(g) + _GROUP_UNITS[idx])
    return "".join(out)


def yuan_capitals(fen: int) -> str:
    """e.g. 20000 → "贰佰元整", 100550 → "壹仟零伍元伍角整", 105 → "壹元零伍分"."""
    if fen < 0:
        raise ValueError("amount cannot be negative")
    yuan, rest = divmod(fen, 100)
    jiao, fen_d = divmod(rest, 10)
    if fen == 0:
        return "零元整"
    text = _integer(yuan)
    if yuan:
        text += "元"
    if jiao == 0 and fen_d == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen_d:
        text += DIGITS[fen_d] + "分"
    else:
        text += "整"
    return text


def yuan_figures(fen: int) -> str:
    """e.g. 20000 → "200.00", 123456789 → "1,234,567.89"."""
    yuan, rest = divmod(fen, 100)
    return f"{yuan:,}.{rest:02d}"


_LOWER = "零一二三四五六七八九"


def chinese_count(n: int) -> str:
    """Small counts in lower-case Chinese numerals as statutes write them: 15 → 十五,
    60 → 六十, 3 → 三, 100 → 一百 (0 ≤ n < 1000)."""
    if not 0 <= n < 1000:
        raise ValueError("only 0–999")
    if n < 10:
        return _LOWER[n]
    if n < 20:
        return "十" + (_LOWER[n % 10] if n % 10 else "")
    if n < 100:
        return _LOWER[n // 10] + "十" + (_LOWER[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    text = _LOWER[hundreds] + "百"
    if rest == 0:
        return text
    if rest < 10:
        return text + "零" + _LOWER[rest]
    return text + _LOWER[rest // 10] + "十" + (_LOWER[rest % 10] if rest % 10 else "")
