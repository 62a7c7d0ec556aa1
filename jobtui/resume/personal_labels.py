"""Personal-data labels of a resume, one table per concept, in the languages resumes come in.

A birth date, a birthplace or a home town is given after a label ("Dzimšanas datums:",
"Sünnikoht:", "Място на раждане:", "Kraj rojstva:"), and a label's language is all that tells
two resumes apart: the value has one shape everywhere. So each concept is a table of labels
per language (accent-folded and lower case, as names.fold writes them: "Dzimšanas" ->
"dzimsanas"; Cyrillic, Greek, Hebrew and Arabic stay as they are) and one mechanism reads
"label: value" for all of them. birthplace.py and recognizers.py use the tables.
"""

from __future__ import annotations

import re

from jobtui.resume.letters import UPPER
from jobtui.resume.names import fold

# Labels of a birth date, by language (folded). English, German, French, Spanish, Portuguese,
# Italian and Dutch labels live in recognizers.DOB_LABEL with their abbreviations.
BIRTH_DATE_LABELS = {
    "lv": ("dzimsanas datums", "dzim\\. ?dat\\.", "dzimis", "dzimusi"),
    "lt": ("gimimo data", "gimes", "gimusi"),
    "et": ("sunniaeg", "sunnikuupaev", "sundinud"),
    "fi": ("syntymaaika", "syntymapaiva", "syntynyt"),
    "sv": ("fodelsedatum", "fodelsedag", "fodd"),
    "no-da": ("fodselsdato", "fodselsdag", "fodt"),
    "is": ("faedingardagur", "fadingardagur", "faeddur", "faedd", "fadd(?:ur)?"),
    "sl": ("datum rojstva", "rojen", "rojena"),
    "hr-bs-sr": ("datum rodenja", "roden", "rodena", "датум рођења", "рођен", "рођена"),
    "mk": ("датум на раѓање", "роден", "родена"),
    "bg": ("дата на раждане", "роден", "родена"),
    "ru-uk-be": ("дата рождения", "дата народження", "дата нараджэння", "родился", "родилась",
                 "народився", "народилася"),
    "cs-sk": ("datum narozeni", "datum narodenia", "narozen[ay]?", "narodeny", "narodena"),
    "pl": ("data urodzenia", "urodzon[ay]"),
    "hu": ("szuletesi (?:ido|datum)", "szuletett"),
    "ro-md": ("data nasterii", "data de nastere", "nascut[a]? (?:la|pe)"),
    "sq": ("data e lindjes", "datelindja", "ditelindja", "i lindur", "e lindur"),
    "el": ("ημερομηνια γεννησης", "ημερομηνία γέννησης", "ημ\\. ?γεννησης", "ημ\\. ?γέννησης"),
    "tr-az": ("dogum tarihi", "dogum tarixi", "d\\. ?tarihi"),
    "uz-mn-tg": ("tug['ʻ’]?ilgan (?:yili|sana|sanasi|kuni)", "туг['ʻ’]?илган (?:йили|сана)",
              "санаи таваллуд", "соли таваллуд",
              "төрсөн он, ?сар, ?өдөр", "төрсөн огноо", "төрсөн он"),
    "ca-gl-eu": ("data de naixement", "data de nacemento", "jaiotze data"),
    "ga-cy-mt": ("data breithe", "dyddiad geni", "data tat-twelid"),
    "id-ms": ("tanggal lahir", "tgl\\.? lahir", "tarikh lahir"),
    "tl": ("petsa ng kapanganakan", "kaarawan"),
    "vi": ("ngay sinh", "ngay thang nam sinh", "sinh ngay"),
    "sw": ("tarehe ya kuzaliwa",),
    "hi-ur": ("janm tithi", "janam tithi", "janm tarikh", "tareekh-e-paidaish", "जन्म तिथि",
              "تاریخ پیدائش"),
    "he": ("תאריך לידה", "שנת לידה"),
    "ar-fa": ("تاريخ الميلاد", "تاريخ الولادة", "تاریخ تولد", "tarikh al-milad", "سال تولد",
              "التولد", "مواليد", "بەرواری لەدایکبوون"),
    "th": ("วันเกิด", "วัน เดือน ปีเกิด"),
}

# Labels of a birthplace, by language (folded).
BIRTH_PLACE_LABELS = {
    "en": ("place of birth", "birth ?place", "city of birth", "town of birth", "born in"),
    "fr-es-pt-it-ca-gl": ("lieu de naissance", "ville de naissance", "lugar de nacimiento",
                          "ciudad de nacimiento", "local de nascimento", "naturalidade",
                          "luogo di nascita", "lloc de naixement", "lugar de nacemento"),
    "de-nl": ("geburtsort", "geboorteplaats", "geboren in"),
    "lv": ("dzimsanas vieta",),
    "lt": ("gimimo vieta",),
    "et": ("sunnikoht",),
    "fi": ("syntymapaikka", "syntymakoti"),
    "sv-no-da-is": ("fodelseort", "fodelseplats", "fodested", "fodeby", "faedingarstadur",
                    "fadingarstadur"),
    "sl": ("kraj rojstva",),
    "hr-bs-sr": ("mjesto rodenja", "mesto rodenja", "место рођења"),
    "mk": ("место на раѓање",),
    "bg": ("място на раждане",),
    "ru-uk-be": ("место рождения", "mesto rozhdeniya", "місце народження", "месца нараджэння"),
    "cs-sk-pl": ("misto narozeni", "miesto narodenia", "miejsce urodzenia"),
    "hu": ("szuletesi hely",),
    "ro-md": ("locul nasterii", "loc(?:ul)? de nastere"),
    "sq": ("vendlindja", "vendi i lindjes"),
    "el": ("τοπος γεννησης", "τόπος γέννησης"),
    "tr-az": ("dogum yeri",),
    "uz-mn-tg": ("tug['ʻ’]?ilgan joyi", "туг['ʻ’]?илган жойи", "төрсөн газар",
                 "ҷои таваллуд", "зодгоҳ"),
    "id-ms": ("tempat lahir",),
    "tl": ("lugar ng kapanganakan", "lugar ng kapanganakan"),
    "vi": ("noi sinh",),
    "sw": ("mahali pa kuzaliwa",),
    "hi-ur": ("janm sthan", "janmasthan", "जन्म स्थान", "جائے پیدائش"),
    "he": ("מקום לידה", "ארץ לידה"),
    "ar-fa": ("مكان الميلاد", "مكان الولادة", "محل الولادة", "محل الميلاد", "مسقط الرأس",
              "محل تولد", "زادگاه", "شوێنی لەدایکبوون",
              # where the ID was issued: the home town on Iranian and Afghan CVs
              "محل صدور", "محل صدور تذکره"),
    "th": ("สถานที่เกิด",),
}

# Labels of a home town, a place of origin or a native village (folded).
HOME_TOWN_LABELS = {
    "en": ("home ?town", "place of origin", "native place", "native town", "native village",
           "home village", "state of origin", "lga of origin", "home district", "home county",
           "county of origin", "l\\.g\\.a\\.?", "lga"),
    "de-fr-es-pt-it-nl": ("heimatort", "heimatstadt", "lieu d'origine", "ville d'origine",
                          "ciudad natal", "pueblo natal", "lugar de origen", "cidade natal",
                          "terra natal", "citta natale", "paese d'origine", "geboortestad",
                          "geboortedorp", "woonplaats van herkomst"),
    "pl-cs-sk": ("miasto rodzinne", "rodzinne miasto", "rodne mesto", "rodiste"),
    "lv-lt-et": ("dzimta pilseta", "gimtasis miestas", "kodukoht"),
    "tr": ("memleket", "nufusa kayitli oldugu yer", "nufus kayit yeri"),
    "hr-sl-sr-bg-ru": ("rodni grad", "rojstni kraj", "родно място", "родной город",
                       "родне місто"),
    "ro-hu-el": ("localitatea de origine", "szulovaros", "τοπος καταγωγης"),
    "vi-id-ms-tl": ("que quan", "nguyen quan", "kampung halaman", "daerah asal", "asal",
                    "bayang pinagmulan"),
}


def alternatives(table: dict[str, tuple[str, ...]]) -> str:
    """One regex alternation of every label in ``table``, longest first; a space in a label is
    any run of blanks, " ?" an optional one."""
    labels = sorted({label for group in table.values() for label in group}, key=len,
                    reverse=True)
    return "|".join(re.sub(r" \??", lambda m: r"[ \t]*" if m.group() == " ?" else r"[ \t]+",
                           label) for label in labels)


# A label, a colon (or a wide gap in a two-column table), then the value up to its segment's end.
_COLON = r"[ \t]*(?:\([^)\n]{0,15}\))?(?:[ \t]*[:：][ \t]*|[ \t]{2,}(?=\S))"
_VALUE = r"(?P<pii>[^\s|·•;][^|·•;\n\t]*?)(?=[ \t]*(?:[|·•;\n\t]|[ \t]{2}|$))"
# A settlement word before a place: BG "гр.", "с.", RU "г.", UK "м.", "смт", ID "Kota"/"Kab.",
# VN "TP.", PL "m.", "wieś", "City of".
SETTLEMENT = (r"(?:(?:гр|с|г|м|смт|пгт|сел|шаҳри|ш|деҳаи|ноҳияи|кота|kab|kota|tp|thanh pho|city of"
              r"|municipality of"
              r"|town of|mun|miasto|wies)\.?[ \t]*)?")
# A place name in any script: a capital of Latin (folded), Cyrillic or Greek, then letters.
# Arabic and Hebrew have no capitals: any word of theirs may be a place ("إربد").
PLACE_WORD = rf"(?:[{UPPER}]|[\u0590-\u05ff\u0600-\u06ff])[\w'’.]*(?:-[\w'’]+)*"
# One blank between a place's words: a wide gap ends the value ("Enugu State     L.G.A.: …").
PLACE_RUN = (rf"{PLACE_WORD}(?:[ \t](?:(?:am|an[ \t]der|im|de|del|da|do|dos|das|di|du|des|la"
             rf"|le|sur|upon|on|ob|nad|pod|na|pri|u|v|i)[ \t])?{PLACE_WORD}){{0,3}}"
             r"(?:[ \t]*\([A-Z]{1,3}\))?")
PLACE = rf"(?P<pii>{SETTLEMENT}{PLACE_RUN}(?:,[ \t]*{PLACE_RUN})?)"

# A birth date's value ends at a comma after its year too: the place after it ("14. března
# 1990, Jihlava") is read by the birthplace rules.
_DATE_VALUE = (r"(?P<pii>[^\s|·•;][^|·•;\n\t]*?)(?=[ \t]*(?:[|·•;\n\t]|[ \t]{2}|$)"
               r"|(?<=\d{4}),|(?<=\d{4}[ \t]г\.),)")
BIRTH_DATE = re.compile(
    rf"(?<![\w])(?i:{alternatives(BIRTH_DATE_LABELS)}){_COLON}{_DATE_VALUE}", re.MULTILINE)
BIRTH_PLACE = re.compile(
    rf"(?<![\w])(?i:{alternatives(BIRTH_PLACE_LABELS)}|{alternatives(HOME_TOWN_LABELS)})"
    rf"{_COLON}{PLACE}")


# Where an ID card was issued, after its number: "C.C. 1.036.645.218 de Envigado", "DNI
# 45872316 expedido en Arequipa", "CI 4.512.377 de La Paz". It tells the home town.
ISSUE_PLACE = re.compile(
    r"(?<![\w])(?i:c\.[ \t]?c\.|c\.[ \t]?i\.|cc|ci|dni|c[ée]dula(?:[ \t]+de[ \t]+ciudadan[ií]a)?"
    r"|t\.[ \t]?i\.)[ \t]*(?:(?i:no|n[º°o])\.?[ \t]*)?:?[ \t]*\d[\d.,-]{5,16}\d[ \t]+"
    rf"(?i:de|del|expedid[ao][ \t]+en|de[ \t]+la[ \t]+ciudad[ \t]+de)[ \t]+{PLACE}")


def label_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) of birth dates, birthplaces and home towns given after a label in
    any of the tables' languages. A birth date's value must hold a digit."""
    folded = fold(text)
    spans = [(m.start("pii"), m.end("pii"), "DATE_OF_BIRTH") for m in BIRTH_DATE.finditer(folded)
             if re.search(r"\d", m.group("pii"))]
    spans += [(m.start("pii"), m.end("pii"), "ADDRESS")
              for pattern in (BIRTH_PLACE, ISSUE_PLACE) for m in pattern.finditer(folded)]
    return spans
