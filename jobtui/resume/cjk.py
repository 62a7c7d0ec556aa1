"""People and street addresses written in Chinese, Japanese or Korean script.

The Latin-script rules cannot see them: a name after a cue ("Manager: 藤本 美咲", "主管：陳志豪",
"팀장: 김도윤"), before an honorific ("黃淑芬 教授", "박서연 님") or beside "with ... together"
("與陳志豪一起"), the name in another script beside a romanised one ("Wang Jianguo (王建国)"),
and a street in a CJK address ("上海市徐汇区漕溪北路88号5栋1202室", "復興南路一段219巷8號3樓之2":
the city stays, the street and flat go).
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
# Taiwan writes the section, lane and floor too: "復興南路一段219巷8號3樓之2".
CJK_STREET = re.compile(
    r"(?:(?![市区區省县縣県都府町村镇鎮州])[\u3400-\u9fff]){1,6}(?:路|街|大道|巷|弄|胡同)"
    r"(?:[一二三四五六七八九十\d]+段)?(?:[ \t]*\d+[ \t]*(?:巷|弄|衖))*"
    r"[ \t]*\d+[ \t]*[号號](?:[ \t]*[\d一二三四五六七八九十]+"
    r"[ \t]*(?:栋|棟|幢|号楼|號樓|楼|樓|单元|單元|层|層|室|号|號|座|F))*(?:之\d+)?"
)
# Family names that open most Chinese and Korean names (traditional and simplified forms):
# a name after a CJK cue or before an honorific title must start with one.
CJK_SURNAMES = (
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许鄧邓韓韩"
    "馮冯曹彭曾蕭萧田董潘袁蔡蔣蒋余于杜葉叶程魏蘇苏呂吕丁任沈姚盧卢傅鍾钟姜崔譚谭陸陆范汪廖"
    "石金韋韦賈贾夏付方鄒邹熊白孟秦邱侯江尹薛閆闫段雷龍龙黎史陶賀贺毛郝顧顾龔龚邵萬万錢钱"
    "嚴严覃武戴莫孔向常湯汤康易喬乔賴赖文施洪辛柯莊庄游詹涂翁"
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_HAN_SURNAME = rf"[{CJK_SURNAMES[:CJK_SURNAMES.index('김')]}]"
_HAN_NAME = rf"{_HAN_SURNAME}[\u3400-\u9fff]{{1,2}}"
# A Korean name is three syllables; a last one of 자/가/사/들 ... makes a noun ("사용자", "전문가").
_HANGUL_NAME = (rf"[{CJK_SURNAMES[CJK_SURNAMES.index('김'):]}][\uac00-\ud7af]"
                r"(?![자가사들팀부실처단국청])[\uac00-\ud7af]")
_CJK_PERSON = re.compile(rf"{_HAN_NAME}|{_HANGUL_NAME}")
# A label naming a manager, mentor or referee: "主管：", "推薦人:", "팀장:", "추천인:".
CJK_CUE = re.compile(r"(?:主管|經理|经理|上司|導師|导师|指導教授|指导教授|推薦人|推荐人|證明人"
                     r"|证明人|聯絡人|联系人|팀장|매니저|상사|멘토|지도교수|추천인|담당자)"
                     r"[ \t]*[:：][ \t]*")
# A full name in running text beside "with ... together": "與陳志豪一起", "김도윤과 함께"
# (a two-character Chinese word there is a noun as often: "與金融合作").
CJK_TOGETHER = re.compile(
    rf"(?:與|与|跟|和|同)[ \t]*({_HAN_SURNAME}[\u3400-\u9fff]{{2}})[ \t]*(?:一起|一同|合作|共同)"
    rf"|(?<![\uac00-\ud7af])({_HANGUL_NAME})(?:와|과|이랑|랑)[ \t]+함께"
)
# A name before an honorific or title: "黃淑芬 教授", "박서연 님과", "이재훈 교수".
CJK_TITLED = re.compile(
    rf"(?<![\u3400-\u9fff\uac00-\ud7af])(?:({_HAN_NAME})[ \t]?(?:教授|老師|老师|先生|女士|小姐"
    rf"|博士|經理|经理|主管)|({_HANGUL_NAME})[ \t]?(?:님|씨|교수|박사|선생님|팀장님|대표님))"
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
    for cue in CJK_CUE.finditer(text):
        name = _CJK_PERSON.match(text, cue.end())
        if name:
            spans.append((name.start(), name.end(), "PERSON"))
    for titled in (*CJK_TITLED.finditer(text), *CJK_TOGETHER.finditer(text)):
        group = 1 if titled.group(1) else 2
        spans.append((titled.start(group), titled.end(group), "PERSON"))
    spans += [(m.start(), m.end(), "ADDRESS") for m in CJK_STREET.finditer(text)]
    return spans
