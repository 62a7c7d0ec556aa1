"""People and street addresses written in Chinese, Japanese or Korean script.

The Latin-script rules cannot see them: a name after a cue ("Manager: 藤本 美咲"), the name in
another script beside a romanised one ("Wang Jianguo (王建国)"), and a street in a CJK address
("上海市徐汇区漕溪北路88号5栋1202室": the city stays, the street and flat go).
"""

from __future__ import annotations

import re

from jobtui.resume.cues import CUE
from jobtui.resume.header import CJK, CJK_NAME
from jobtui.resume.names import fold

# A bracketed name right after another: "(王建国)", "（Misaki Fujimoto）".
_BRACKETED = re.compile(rf"[ \t]*[(（][ \t]*({CJK_NAME.pattern}|[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)"
                        rf"{{1,2}})[ \t]*[)）]")
# A street and house number, flat and building: "漕溪北路88号5栋1202室", "中山路12号".
# The street's name holds no district suffix, so "上海市徐汇区" (city, district) stays.
# Taiwan writes 號/樓 and adds a section, lane and alley: "復興南路一段219巷8號3樓之2".
CJK_STREET = re.compile(
    r"(?:(?![市区區省县縣県都府町村镇鎮州])[\u3400-\u9fff]){1,6}(?:路|街|大道|巷|弄|胡同)"
    r"(?:[一二三四五六七八九十]+段)?(?:[ \t]*\d+[ \t]*[巷弄])*"
    r"[ \t]*\d+[ \t]*[号號](?:[ \t]*[\d一二三四五六七八九十]+"
    r"[ \t]*(?:栋|幢|号楼|楼|樓|单元|層|层|室|号|號|座)(?:之\d+)?)*"
)


def cjk_spans(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Spans of CJK-script people (after a cue, or in brackets beside a found person) and of
    CJK street addresses in ``text``."""
    folded = fold(text)
    spans: list[tuple[int, int, str]] = []
    starts = [m.end() for m in CUE.finditer(folded)]
    for start in starts:
        bracketed = _BRACKETED.match(text, start)
        if bracketed:  # "Manager: (Misaki Fujimoto)": the CJK form before it lost in a PDF
            spans.append((bracketed.start(1), bracketed.end(1), "PERSON"))
        name = CJK_NAME.match(text, start)
        if name and len(name.group().replace(" ", "")) >= 2:
            spans.append((name.start(), name.end(), "PERSON"))
            # "藤本 美咲 (Misaki Fujimoto)": the romanised form in brackets is the same person.
            bracketed = _BRACKETED.match(text, name.end())
            if bracketed:
                spans.append((bracketed.start(1), bracketed.end(1), "PERSON"))
    for _, end in people:
        bracketed = _BRACKETED.match(text, end)
        if bracketed and re.match(CJK, bracketed.group(1)):
            spans.append((bracketed.start(1), bracketed.end(1), "PERSON"))
    spans += [(m.start(), m.end(), "ADDRESS") for m in CJK_STREET.finditer(text)]
    return spans
