"""Names written in Thai, Devanagari, Bengali, Arabic and Hebrew script, found by the title
or label before them (those scripts have no capital letters to mark a name), and Chinese given
names after "colleague" ("同事浩然、佳怡").

Thai writes the title glued to the given name and a space before the surname: "นางสาวพิมพ์ชนก
ศรีสุวรรณ" (Miss Pimchanok Srisuwan), and a nickname after "ชื่อเล่น" ("nickname"). Hindi, Bengali,
Arabic and Hebrew put a title word before the name ("श्रीमती", "শ্রী", "السيدة", "גב'"). Once found,
every other mention of those words goes too.
"""

from __future__ import annotations

import re

_THAI = "\u0e01-\u0e4e"
# Thai titles, longest first (Miss, Mrs, Mr, boy, girl, Khun, Dr, Assoc./Asst. Prof.).
THAI_TITLE = r"นางสาว|น\.ส\.|นาง|นาย|ด\.ช\.|ด\.ญ\.|คุณ|ดร\.|รศ\.|ผศ\.|ศ\."
# Words a Thai title opens that are no name: employer, prime minister, nurse, model, ...
THAI_NOT_NAMES = ("จ้าง", "ก", "กรัฐมนตรี", "พยาบาล", "แบบ", "หน้า", "ทหาร", "ช่าง", "ทุน",
                  "ประกัน", "ธนาคาร", "ความ")
THAI_NAME = re.compile(
    rf"(?<![{_THAI}])(?:{THAI_TITLE})[ \t]?(?P<given>[{_THAI}]{{2,20}})"
    rf"(?:[ \t]+(?P<surname>[{_THAI}]{{3,25}}))?")
THAI_NICKNAME = re.compile(rf"(?:ชื่อเล่น|ชื่อเล่นว่า)[ \t]*[:：]?[ \t]*(?P<nick>[{_THAI}]{{1,12}})")
# Title words before a name in Devanagari (Hindi, Marathi, Nepali), Bengali, Arabic and Hebrew.
_TITLE_WORDS = ("श्रीमती", "श्री", "सुश्री", "कुमारी", "डॉ.", "डॉ", "श्रीमान", "শ্রীমতী", "শ্রী",
                "জনাব", "মোঃ", "ডঃ", "ডা.", "السيدة", "السيد", "الأستاذة", "الأستاذ",
                "الدكتورة", "الدكتور", "المهندسة", "المهندس", "د.", "أ.", "מר", "גב'", "גברת",
                "ד\"ר", "ד״ר", "פרופ'", "עו\"ד",
                # Persian: doctor, Mr, Ms; Arabic "م." (engineer); Kurdish "کاک" (Mr), "مامۆستا"
                # (teacher).
                "دکتر", "آقای", "خانم", "م.", "کاک", "مامۆستا",
                # Dari: respected (Mr/Ms), doctor; Persian: sir, madam.
                "محترم", "محترمه", "داکتر", "جناب", "سرکار")
# "Engineer" and "professor" are job titles too ("مهندس برمجيات", software engineer): before
# a name only when a known given name follows ("مهندس کاوه صدری").
_JOB_TITLE_WORDS = ("مهندس", "مهندسة", "استاد", "أستاذ", "انجنیر", "انجینیر")  # Dari engineer
# Every title word, for a name line that opens with one ("مهندس مهسا کاظمی‌پور").
TITLES = frozenset((*_TITLE_WORDS, *_JOB_TITLE_WORDS))
# Letters only: Arabic script's comma, semicolon and question mark are no part of a name; the
# zero-width non-joiner is ("حسین‌زاده").
_SCRIPT_WORD = (r"[\u0900-\u097f\u0980-\u09ff\u0600-\u060b\u060d-\u061a\u061c-\u061e"
                r"\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0590-\u05ff\u200c]{2,20}")
# Little words that end a name: Arabic "in, from, on, to, with", Persian "from, in, to, with",
# Hebrew "of, with", Kurdish "in, to, with, for".
_NOT_NAME = r"(?:في|من|على|إلى|عن|مع|از|در|به|با|که|را|של|עם|את|لە|بە|لەگەڵ|بۆ)(?![\w])"
# A title, then a name of up to three words ("د. منى عبد الرحيم"; "مهندس کاوه صدری").
# "عبد الرحيم" (Abd al-Rahim) is one name in two words.
_NAME_WORD = rf"(?:عبد[ \t]+)?{_SCRIPT_WORD}"
# "son of": "م. فيصل بن ناصر الزهراني", "د. عائشة محمد بن حريز".
_SON_OF = r"(?:بن|بنت|ابن)[ \t]+"
# A second title may follow the first ("خانم مهندس الهام شریعتمداری", Ms Engineer Elham): it is
# no name word, or every "engineer" of the text would go with the name.
_ANY_TITLE = "|".join(map(re.escape, sorted(TITLES, key=len, reverse=True)))
_NAME_AFTER = (rf"(?:(?:{_ANY_TITLE})[ \t]+)?"
               rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_SON_OF}{_NAME_WORD})?"
               rf"(?:[ \t]+(?:{_SON_OF})?(?!{_NOT_NAME}){_NAME_WORD}){{0,2}})")
TITLED = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, _TITLE_WORDS))})[ \t]+{_NAME_AFTER}")
JOB_TITLED = re.compile(rf"(?<![\w])(?:{'|'.join(_JOB_TITLE_WORDS)})[ \t]+{_NAME_AFTER}")


# Chinese and Japanese given names after "colleague"/"teammate"/"partner", without a family
# name ("同事浩然、佳怡"): the list must end at a bracket, a space or punctuation, so "同事关系良好"
# ("good relations with colleagues") names nobody.
_HAN = r"[\u4e00-\u9fff]{2,3}"
# A verb of working together may follow the list ("与同事李明、张婷合作完成"); a manager's
# field names one ("直属上级：陈建国（数据总监）").
CJK_PEERS = re.compile(rf"(?:同事|同僚|队友|隊友|组员|組員|搭档|搭檔|伙伴|夥伴|同学|同學|导师|導師"
                       rf"|直属上级|直屬上級|直属领导|直接上级|汇报对象|主管|证明人|證明人|推荐人)"
                       rf"[:：]?[ \t]*(?P<list>{_HAN}(?:[、，,和与與及][ \t]*{_HAN})*)"
                       r"(?=[)）(（\s,.;，。；]|合作|一起|共同|$)")


# Scripts without capital letters: a name there is found by the gazetteer (names.py keeps
# Faker's names in these scripts) beside a "with" word, or as a known given name followed by a
# known surname.
_CASELESS = ("\u0590-\u05ff\u0600-\u06ff\u0900-\u0b7f\u0b80-\u0bff\u0d80-\u0dff"
             "\u0e00-\u0e7f\u10d0-\u10ff\u0531-\u0587")
_CASELESS_WORD = rf"[{_CASELESS}]{{2,20}}"
# "with" before the name: Arabic "مع", "برفقة", "بالتعاون مع"; Hebrew "עם", "יחד עם", "בשיתוף עם";
# Persian "با", "همراه با", "به سرپرستی" (led by); "my colleague", "supervised by".
WITH_BEFORE = re.compile(rf"(?<![\w])(?:بالتعاون[ \t]+مع|برفقة|مع|زميلتي|زميلي|بإشراف"
                         r"|تحت[ \t]+إشراف|יחד[ \t]+עם|בשיתוף[ \t]+עם|ו?עם|בהנחיית|همراه[ \t]+با"
                         r"|به[ \t]+همراه|به[ \t]+سرپرستی|با|همکارم)"
                         r"(?:[ \t]+(?:زميلتي|زميلي|الزميلة|الزميل|همکارم))?"
                         # a role may stand between: "مع المخرج الفني سامي فرنجية"
                         r"(?:[ \t]+ال[\u0620-\u064a]{2,}){0,2}"
                         rf"[ \t]+(?P<name>{_CASELESS_WORD})")
# An Arabic family name after a given name: with the article ("تركي القحطاني") or with the
# ending of a family or place adjective ("سامي فرنجية").
FAMILY_AFTER = re.compile(r"[ \t]+(ال[\u0620-\u064a]{3,}|[\u0620-\u064a]{2,}(?:ية|ي))(?![\w])")
# A Hebrew, Arabic or Persian family name after a given name found beside "with": the next
# word, when a clause boundary follows it ("עם אורי ויסברג על מערכת", with Uri Weisberg on a
# system; "مع ليلى منصور في المشروع"); "منصور" has no article or ending to mark it.
_LITTLE = (r"על|עם|ועם|את|של|אל|מול|לפי|כדי|גם|וגם|כי|אשר|במסגרת|לצורך|בנושא"
           r"|في|من|على|إلى|عن|مع|ومع|لدى|خلال|ضمن|حول|در|با|به|از|برای|که|را|روی")
FAMILY_BEFORE_BOUNDARY = re.compile(
    rf"[ \t]+(?!(?:{_LITTLE})(?![\w]))([\u05d0-\u05ea\u0620-\u064a\u067e-\u06cc]"
    rf"[\u05d0-\u05ea\u0620-\u064a\u067e-\u06cc\u200c'\"]{{1,15}})(?![\w])"
    rf"(?=[ \t]*(?:[,.;:()\n–—،؛-]|$)|[ \t]+(?:{_LITTLE})(?![\w]))")
# "and" written joined to the next name ("ורונית", "وليلى").
AND_NAME = re.compile(r"[ \t]*[،,]?[ \t]+[וو]([\u05d0-\u05ea\u0620-\u064a\u067e-\u06cc]{2,20})"
                      r"(?![\w])")
# "with" after the name: Hindi/Marathi/Nepali "के साथ", "सोबत", "सँग"; Bengali "এর সাথে";
# Gujarati "સાથે"; Tamil "உடன்"; Armenian "հետ" (after the genitive "-ի"); Georgian "ერთად"
# (after "-თან").
WITH_AFTER = re.compile(rf"(?P<name>{_CASELESS_WORD}?)(?:-?ի|ს?თან|-?এর|ের|র)?"
                        r"[ \t]+(?:के[ \t]+साथ|की[ \t]+साथ|सोबत|सँग|সাথে|সঙ্গে|এর[ \t]+সাথে"
                        r"|સાથે|ની[ \t]+સાથે|உடன்|հետ|ერთად)(?![\w])")
# Thai writes "with" glued to the name: "กับสมชาย", "ร่วมกับคุณสมหญิง".
THAI_WITH = re.compile(rf"(?:ร่วมกับ|กับ)(?:คุณ)?(?P<rest>[{_THAI}]{{2,20}})")


# A quotation's signature in Arabic, Persian or Hebrew: the line under the quote opens with a
# dash, then the name up to a dash or comma and the role ("— جوزيف طربيه – مدير المالية").
SIGNED = re.compile(rf"^[ \t]*[—–-][ \t]*(?P<name>{_SCRIPT_WORD}(?:[ \t]+{_SCRIPT_WORD}){{1,3}})"
                    r"[ \t]*(?:[–—،,-]|$)", re.MULTILINE)
QUOTE_END = re.compile(r"[\"”»″“«]\.?[ \t]*$")
# The signature on the quotation's own line: '"… איתי." — עדי פרלמוטר, VP R&D'. The quotation
# ends a sentence and a comma or the line's end follows the name ("«…» – مجله …، ۱۳۹۶" is a
# paper and its journal).
SIGNED_INLINE = re.compile(rf"[.!?…][\"”»″“«][ \t]*[—–-][ \t]*(?P<name>{_SCRIPT_WORD}"
                           rf"(?:[ \t]+{_SCRIPT_WORD}){{1,3}})[ \t]*(?:[،,]|$)", re.MULTILINE)


# A relative's name in its field: a parent's (Persian "نام پدر:", Arabic "اسم الأب:", Dari "ولد:",
# son of, Hebrew "שם האב:"), a spouse's (Arabic "الزوج:", Persian "همسر:", Hebrew "בן זוג:") and
# the children's, as a list (Arabic "الأبناء: سالم، نورة", Persian "فرزندان:", Hebrew "ילדים:").
RELATIVE = re.compile(rf"(?<![\w])(?:نام[ \t]+(?:پدر|مادر|همسر)|اسم[ \t]+(?:الأب|الاب|الأم|الام"
                    rf"|الوالد|الوالدة|الزوج|الزوجة)|ولد|ولدیت|שם[ \t]+(?:האב|האם)|الزوج|الزوجة"
                    rf"|الأبناء|الابناء|الأولاد|الاولاد|الأطفال|همسر|فرزندان|فرزند|בן[ \t]+זוג"
                    rf"|בת[ \t]+זוג|בעל|אישה|ילדים)[ \t]*[:：][ \t]*"
                    rf"(?P<name>{_NAME_WORD}(?:(?:[ \t]*[،,][ \t]*|[ \t]+){_NAME_WORD}){{0,4}})")


# A manager's or supervisor's field: "المدير المباشر: ليلى حسن", "مدیر مستقیم: نرگس احمدی",
# "מנהל ישיר: דני כהן" (a title may open the value).
MANAGER = re.compile(rf"(?<![\w])(?:المدير[ \t]+المباشر|المديرة[ \t]+المباشرة|المشرف|المشرفة"
                     rf"|مدیر[ \t]+مستقیم|سرپرست(?:[ \t]+مستقیم)?|מנהל[ \t]+ישיר|מנהלת[ \t]+ישירה"
                     # "my colleague (in the team):"
                     rf"|(?:زميلي|زميلتي)(?:[ \t]+في[ \t]+الفريق)?|همکارم|עמית(?:ה)?[ \t]+לצוות"
                     rf"|מנהל)[ \t]*[:：][ \t]*{_NAME_AFTER}")


def _signatures(text: str) -> list[tuple[int, int, list[str]]]:
    found = []
    for match in SIGNED.finditer(text):
        before = text[:match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if QUOTE_END.search(before):
            found.append((match.start("name"), match.end("name"), match.group("name").split()))
    found += [(m.start("name"), m.end("name"), m.group("name").split())
              for m in SIGNED_INLINE.finditer(text)]
    return found


# Arabic words that open a two-word name: servant of, father of, son of, daughter of, family of.
ARABIC_JOINERS = frozenset({"عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل"})
# A firm or school named after its founder: "(عثمان أحمد عثمان وشركاه)" (and partners, and
# sons, and brothers) or "مدرسة جمال عبد الناصر" (school, university, company, hospital ...).
NAMED_FIRM_AFTER = re.compile(r"(?:[ \t]+[\u0600-\u06ff]+)?[ \t]+(?:وشركاه|وشركاؤه|وأولاده|واولاده"
                              r"|وإخوانه|واخوانه)(?![\w])")
NAMED_FIRM_BEFORE = re.compile(r"(?:شركة|مؤسسة|مجموعة|مدرسة|جامعة|كلية|مستشفى|مصنع|مركز|معهد"
                               r"|مكتب)[ \t]+$")


def _gazetteer_people(text: str) -> list[tuple[int, int, list[str]]]:
    """Names in scripts without capitals that the gazetteer knows, beside a "with" word or as
    a given name and a surname."""
    from jobtui.resume.names import gazetteer

    first_names, last_names = gazetteer()
    found = []
    for match in (*WITH_BEFORE.finditer(text), *WITH_AFTER.finditer(text)):
        if match.group("name").lower() in first_names:
            words, end = _with_family(text, match.group("name"), match.end("name"))
            found.append((match.start("name"), end, words))
    for match in THAI_WITH.finditer(text):
        rest = match.group("rest")
        # The longest known given name the glued run opens with.
        name = next((rest[:n] for n in range(len(rest), 1, -1) if rest[:n] in first_names), "")
        if name:
            found.append((match.start("rest"), match.start("rest") + len(name), [name]))
    pairs = re.compile(rf"(?<![\w])({_CASELESS_WORD})[ \t]+({_CASELESS_WORD})(?![\w])")
    for match in pairs.finditer(text):
        if (match.group(1).lower() in first_names and match.group(2).lower() in last_names
                and not NAMED_FIRM_AFTER.match(text, match.end())
                and not NAMED_FIRM_BEFORE.search(text, max(0, match.start() - 12),
                                                 match.start())):
            found.append((match.start(), match.end(), [match.group(1), match.group(2)]))
    # "עם יוסי כהן ורונית אזולאי": "and" joined to a known given name after a found person.
    for _, end, _ in list(found):
        while (joined := AND_NAME.match(text, end)) and joined.group(1) in first_names:
            words, end = _with_family(text, joined.group(1), joined.end())
            found.append((joined.start(1), end, words))
    return found


def _with_family(text: str, given: str, end: int) -> tuple[list[str], int]:
    """The given name ending at ``end`` with the family name after it, if one follows."""
    family = FAMILY_AFTER.match(text, end) or FAMILY_BEFORE_BOUNDARY.match(text, end)
    return ([given, family.group(1)], family.end()) if family else ([given], end)


def script_people(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the names in these scripts and of their other mentions."""
    from jobtui.resume.names import gazetteer

    words: set[str] = set()
    found = []
    for match in THAI_NAME.finditer(text):
        given = match.group("given")
        if given.startswith(THAI_NOT_NAMES):
            continue
        found.append((match.start(), match.end(), [match.group()]))
        words |= {w for w in (given, match.group("surname")) if w}
    words |= {m.group("nick") for m in THAI_NICKNAME.finditer(text)}
    for match in CJK_PEERS.finditer(text):
        for name in re.finditer(_HAN, match.group("list")):
            start = match.start("list") + name.start()
            found.append((start, start + len(name.group()), [name.group()]))
    first_names = gazetteer()[0]
    titled = [*TITLED.finditer(text), *(m for m in JOB_TITLED.finditer(text)
                                        if m.group("name").split()[0] in first_names)]
    for match in titled:
        found.append((match.start("name"), match.end("name"), match.group("name").split()))
        words |= set(match.group("name").split())
    gazetteer_found = _gazetteer_people(text) + _signatures(text)
    # A relative's name stays in its field: "محمد" elsewhere is in firms and schools' names.
    found += [(m.start("name"), m.end("name"), m.group("name").split())
              for pattern in (RELATIVE, MANAGER) for m in pattern.finditer(text)]
    found += gazetteer_found
    words |= {w for _, _, person in gazetteer_found for w in person}
    for word in words - ARABIC_JOINERS:
        pattern = re.compile(rf"(?<![\w]){re.escape(word)}" if _is_thai(word)
                             else rf"(?<![\w]){_prefix(word)}{re.escape(word)}(?![\w])")
        found += [(m.start(), m.end(), [word]) for m in pattern.finditer(text)]
    return found


def _prefix(word: str) -> str:
    """Arabic and Hebrew write "and", "with", "to" joined to the next word: "وسامر" (and
    Samer), "ומיכל" (and Michal), "לדני" (to Dani)."""
    if re.match(r"[\u0600-\u06ff]", word):
        return r"(?:[وبلف])?"
    if re.match(r"[\u0590-\u05ff]", word):
        return r"(?:[ובלהשמ])?"
    return ""


def _is_thai(word: str) -> bool:
    """Thai has no spaces between words: a name may run into the next word."""
    return bool(re.match(rf"[{_THAI}]", word))
