"""Arabic, Hebrew and Persian lines of a PDF back in reading order.

A PDF draws text left to right as it appears on the page: a right-to-left line comes out of
the page's layout with its letters reversed ("ةنواصخلا" for "الخصاونة") and, on a line that
mixes scripts, its runs swapped. pypdf's plain mode reverses right-to-left runs itself but
scrambles mixed lines ("2017 – 2021 | Wix" loses its order), so the layout text is turned back
here, line by line, the way the Unicode bidirectional algorithm laid it out: the line reversed
as a whole when it reads right to left, then every left-to-right run (Latin words, numbers)
turned back again. Brackets drawn mirrored are mirrored back.
"""

from __future__ import annotations

import re

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
RTL_LETTER = re.compile(f"[{_RTL}]")
# Letters of left-to-right scripts (Latin, Greek, Cyrillic) and the left-to-right mark.
_LTR = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u200e"
# Within a right-to-left line a number keeps its own order, and so does a Latin run with what
# sits between its words and the number right after it ("Power BI Data Analyst", "IELTS
# 7.5"). Reversed, such a run ends with its first letter; a "|" or bullet sets a number apart
# ("052-734-1186 | yoni@…" are two runs).
_LTR_RUN = re.compile(rf"(?:\d[^{_RTL}|•·\n]*)?[{_LTR}](?:[^{_RTL}\n]*[{_LTR}])?"
                      rf"|\d+(?:[/.,:\-]\d+)*")
_RTL_RUN = re.compile(rf"[{_RTL}](?:[^{_LTR}\d\n]*[{_RTL}])?")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def has_rtl(text: str) -> bool:
    """``text`` holds right-to-left letters."""
    return bool(RTL_LETTER.search(text))


def reading_order(visual: str) -> str:
    """Page text in visual order (pypdf's layout mode) with its right-to-left lines in
    reading order; the page's main direction decides lines that could read either way."""
    rtl_page = len(RTL_LETTER.findall(visual)) >= len(re.findall(f"[{_LTR}]", visual))
    return "\n".join(_line_in_order(line.strip(), rtl_page) for line in visual.splitlines())


def _line_in_order(line: str, rtl_page: bool) -> str:
    strong = re.findall(f"[{_RTL}{_LTR}]", line)
    if not strong or not has_rtl(line):
        return line
    # A right-to-left line starts (reading) at its right end: the last letter drawn.
    first, last = RTL_LETTER.match(strong[0]), RTL_LETTER.match(strong[-1])
    if (first and last) or (last and rtl_page):
        reversed_line = line[::-1].translate(_MIRRORED)
        return _LTR_RUN.sub(lambda m: m.group()[::-1].translate(_MIRRORED), reversed_line)
    return _RTL_RUN.sub(lambda m: m.group()[::-1].translate(_MIRRORED), line)
