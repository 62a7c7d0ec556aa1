"""A home address in Arabic, Persian or Hebrew script without a label, found by its words.

"الرياض – حي الملقا – شارع الأمير محمد بن سعد – مبنى 4471 – الرمز البريدي 13524",
"بغداد – الكرادة – محلة 929 – زقاق 14 – دار 22": Arabic-script and Hebrew CVs write the
address as parts from the city down (or up), with no label and no capitals to tell a place by.
A line near the top with a street, building, district or postcode word is an address; each of
its parts goes except a city, which is a fact (the city is named again in the work history, or
is a city this module knows).
"""

from __future__ import annotations

import re

# Street, lane, building, floor, flat, district, quarter, postcode, P.O. box.
ADDRESS_WORDS = {
    # Arabic
    "حي", "شارع", "مبنى", "بناية", "عمارة", "الطابق", "طابق", "شقة", "محلة", "زقاق", "دار",
    "الرمز", "ص.ب", "ص.ب.", "منطقة", "مجمع", "فيلا", "طريق", "جادة", "حارة", "بلوك", "قطعة",
    "ضاحية", "الحي",
    # Persian and Dari
    "خیابان", "کوچه", "پلاک", "طبقه", "بلوار", "محله", "کدپستی", "کد", "ناحیه",
    "منطقه", "بن‌بست", "شهرک", "سرک", "خانه", "مجتمع",
    # Hebrew
    "רחוב", "רח'", "דירה", "קומה", "שכונת", "שכ'", "מיקוד", "ת.ד.", "ת.ד", "בניין",
}
# Cities that stay when they open or close such a line.
CITIES = {
    "الرياض", "جدة", "مكة", "المدينة", "الدمام", "الخبر", "الظهران", "الخرج", "بغداد", "البصرة",
    "الموصل", "أربيل", "النجف", "كربلاء", "عمّان", "عمان", "الزرقاء", "إربد", "بيروت", "طرابلس",
    "صيدا", "زحلة", "دمشق", "حلب", "حمص", "اللاذقية", "القاهرة", "الإسكندرية", "الجيزة", "دبي",
    "أبوظبي", "الشارقة", "العين", "الدوحة", "الكويت", "المنامة", "مسقط", "صلالة", "تونس", "صفاقس",
    "سوسة", "الجزائر", "وهران", "قسنطينة", "الرباط", "الدار البيضاء", "فاس", "مراكش", "طنجة",
    "القدس", "رام الله", "غزة", "نابلس", "الخليل", "طهران", "تهران", "مشهد", "اصفهان",
    "شیراز", "تبریز", "کرج", "قم", "اهواز", "کابل", "هرات", "مزارشریف", "قندهار",
    "لاهور", "کراچی", "تل אביב", "תל אביב", "תל־אביב", "ירושלים", "חיפה", "באר שבע",
    "רמת גן", "פתח תקווה", "הרצליה", "ראשון לציון", "נתניה", "חולון",
}
_SCRIPT = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]")
# Parts of the line: commas (the Arabic one too), bars and dashes (" - " too) part them.
_PART = re.compile(r"(?:(?![ \t]-[ \t])[^،,|–—])+")
# A line of work or study, not a home: an institution word, a year, an e-mail or a web link.
# Solar Hijri and Hijri years count too ("۱۳۹۷ تاکنون").
_NOT_HOME = re.compile(r"@|https?:|www\.|(?<!\d)(?:19|20|13|14)\d\d(?!\d)"
                       r"|(?:۱۳|۱۴|١٣|١٤|١٩|٢٠)[۰-۹٠-٩]{2}|تاکنون|حتى الآن|لحد الآن"
                       r"|جامعة|شركة|بنك|مصرف|دانشگاه|شرکت|בנק|חברת|אוניברסיט")
TOP_LINES = 40


def script_address_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "ADDRESS") of each part of such an address line in the first lines."""
    spans = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number < TOP_LINES and _SCRIPT.search(line) and not _NOT_HOME.search(line):
            spans += _address_parts(text, line, offset)
        offset += len(line) + 1
    return spans


def _address_parts(text: str, line: str, offset: int) -> list[tuple[int, int, str]]:
    if ":" in line or "：" in line:  # a labelled field is the labels' (home_lines.py)
        return []
    parts = [(m.start(), m.end()) for m in _PART.finditer(line)
             if m.group().strip(" \t-/")]
    words = [set(re.findall(r"\S+", line[s:e])) for s, e in parts]
    if len(parts) < 2 or not any(w & ADDRESS_WORDS for w in words):
        return []
    elsewhere = text[:offset] + text[offset + len(line):]
    spans = []
    for (start, end), part_words in zip(parts, words, strict=True):
        part = line[start:end].strip(" \t-/")
        if not part_words & ADDRESS_WORDS and not re.search(r"\d", part) and (
                part in CITIES or re.search(rf"(?<!\w){re.escape(part)}(?!\w)", elsewhere)):
            continue  # the city: named in the work history too
        lead = line[start:end].index(part)
        spans.append((offset + start + lead, offset + start + lead + len(part), "ADDRESS"))
    return spans
