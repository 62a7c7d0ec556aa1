"""The Japanese resume form (履歴書, rirekisho) and the people a Japanese resume names.

Its header is a form, not a name line: a kana reading of the name (ふりがな), the name (氏名),
the birth date in Western and era years (平成6年8月3日), the postcode (〒158-0094) and the
address (現住所). Other people appear as a name with an honorific or title after it
("中村さん", "鈴木 雅人 課長") or a role label before it ("上司: 鈴木 雅人"), and their
romanised form in brackets beside it ("(Masato Suzuki, Section Manager)"), which survives
alone in a PDF whose font lacks the CJK glyphs.
"""

from __future__ import annotations

import re

from jobtui.resume.header import CJK

KANA = r"[\u3041-\u309f\u30a0-\u30ff]"
# "ふりがな　もりもと あやか": the reading of the name, in kana.
READING = re.compile(rf"(?:ふりがな|フリガナ|よみがな)[ \t\u3000:：]*"
                     rf"(?P<pii>{KANA}+(?:[ \t\u3000]+{KANA}+)*)")
# A CJK year-month-day, Western or era year: "1994年8月3日", "平成6年8月3日", "令和元年".
CJK_DATE = (r"(?:(?:明治|大正|昭和|平成|令和)[ \t]*(?:\d{1,2}|元)|(?:19|20)\d\d)[ \t]*年"
            r"[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日")
BIRTH_LABEL = re.compile(r"生年月日|出生日期|생년월일|(?i:\b(?:date\s+of\s+birth|born|d\.o\.b\.?))")
# Every date on a birth line: the era form beside the Western one is the same birth date.
ANY_DATE = re.compile(
    rf"{CJK_DATE}|\d{{1,2}}[ \t]+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)[ \t]+(?:19|20)\d\d"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d")
# "〒158-0094": the postal mark makes any 3+4 digits a postcode.
POSTCODE = re.compile(r"〒[ \t\u3000]*(?P<pii>\d{3}-?\d{4})")
# The address after its label or after the postcode, to the end of the line.
ADDRESS = re.compile(r"(?:(?:現住所|住所|連絡先|居住地)[ \t\u3000:：]*"
                     r"(?:〒[ \t\u3000]*\d{3}-?\d{4})?|〒[ \t\u3000]*\d{3}-?\d{4})"
                     r"[ \t\u3000]*(?P<pii>[^\n]*\S)")
# A block address: "玉川3丁目14-5" (chōme, then block and house).
CHOME = re.compile(rf"{CJK}{{1,6}}[ \t]*\d{{1,2}}[ \t]*丁目[ \t]*\d{{1,4}}"
                   r"(?:[-－]\d{1,4}){0,2}")
# A Japanese name before an honorific: a kana one attaches to it ("中村さん"), a title stands
# apart ("鈴木 雅人 課長"); a title joined to a word is a job title ("営業部長", "准教授").
HAN = r"[\u3400-\u9fff]"
# A particle may stand before it ("上司の佐藤一郎さん"), and a full name runs together.
NAMED = re.compile(
    rf"(?<![\u30a0-\u30ff\u3400-\u9fff])(?P<pii>{HAN}{{2,4}}(?:[ \t\u3000]{HAN}{{1,3}})?)"
    rf"(?:(?:さん|様|さま|君|くん)|[ \t\u3000]+(?:先生|教授|准教授|講師|部長|課長|係長|社長|室長"
    rf"|主任|博士))")
# A role label before a Japanese name: "上司: 鈴木 雅人", "推薦者：高橋 典子".
ROLE_LABEL = re.compile(
    rf"(?:上司|推薦者|メンター|指導教員|指導教官)[ \t\u3000]*[:：][ \t\u3000]*"
    rf"(?P<pii>{HAN}{{2,3}}(?:[ \t\u3000]{HAN}{{1,3}})?)(?!{HAN})")
# The romanised form in brackets after it: "(Masato Suzuki, Section Manager)",
# "(Prof. Noriko Takahashi)", "(Nakamura-san)".
ROMANISED = re.compile(
    r"[ \t\u3000]*[(（][ \t]*(?:(?:Prof|Dr|Mr|Mrs|Ms)\.?[ \t]+)?"
    r"(?P<pii>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})(?=-san|-sama|-sensei|[ \t]*[,)）])")
# A labelled romanised name beside an emptied CJK one in a PDF: ":   (Masato Suzuki, Section
# Manager)" — a bracketed name followed by a role.
ROLE_AFTER = re.compile(
    r"(?:(?<=:)|(?<=：))[ \t\u3000]*[(（][ \t]*(?P<pii>[A-Z][a-z]+[ \t][A-Z][a-z]+)[ \t]*,[ \t]*"
    r"(?:[A-Z][a-z]+[ \t])?(?:Manager|Director|Engineer|Lead|Professor|Head|Chief|President)")


def japanese_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of the rirekisho's personal fields and of the people a Japanese resume names."""
    spans = [(m.start("pii"), m.end("pii"), "PERSON") for m in READING.finditer(text)]
    spans += [(m.start("pii"), m.end("pii"), "POSTAL_CODE") for m in POSTCODE.finditer(text)]
    spans += [(m.start("pii"), m.end("pii"), "ADDRESS") for m in ADDRESS.finditer(text)]
    spans += [(m.start(), m.end(), "ADDRESS") for m in CHOME.finditer(text)]
    spans += [(m.start("pii"), m.end("pii"), "PERSON") for m in ROLE_AFTER.finditer(text)
              if not _common_words(m.group("pii"))]
    for match in [*NAMED.finditer(text), *ROLE_LABEL.finditer(text)]:
        spans.append((match.start("pii"), match.end("pii"), "PERSON"))
        romanised = ROMANISED.match(text, match.end())
        if romanised:
            spans.append((romanised.start("pii"), romanised.end("pii"), "PERSON"))
    offset = 0
    for line in text.splitlines(keepends=True):
        if BIRTH_LABEL.search(line):
            spans += [(offset + m.start(), offset + m.end(), "DATE_OF_BIRTH")
                      for m in ANY_DATE.finditer(line)]
        offset += len(line)
    return spans


def _common_words(phrase: str) -> bool:
    """``phrase`` holds a word of organisations, roles or technology: "(Data Engineering, Lead
    ...)" is no person."""
    from jobtui.resume.header import NOT_NAME_WORDS
    from jobtui.resume.names import ORG_WORDS, PLACES, TECH, fold

    words = fold(phrase).lower().split()
    return any(w in ORG_WORDS or w in TECH or w in NOT_NAME_WORDS or w in PLACES for w in words)
