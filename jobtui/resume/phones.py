"""Phone numbers written the national way, without a country code: "655 201 834" (Spain),
"612 34 56 78", "98102 33871" (India), "912 34 567" (Norway), "(11) 98765-4321" (Brazil).

Presidio's phone recognizer reads numbers by the rules of a few regions; a national number of
another country (no "+34", no trunk "0") is no number to it. Such a number is found by what
stands before it instead: a phone label in one of many languages ("Tel.", "Móvil", "Handy",
"Tlf", "Puh", "M:") or a phone symbol. A bare number alone in a contact-block segment is
handled with the other contact-block rules (postal.py).
"""

from __future__ import annotations

import re

from jobtui.resume.names import fold

# Labels are matched on accent-folded text: "Teléfono" -> "Telefono", "Móvil" -> "Movil".
_LABELS = (
    r"phones?|telephones?|tel|telefon|telefonos?|telefones?|telf|tfno|fono|mobile?|mobil|movil"
    r"|cell(?:phone|ulare)?|cel|celular|handy|gsm|mob|tlf|tlfn|puh(?:elin)?|matkapuhelin|whatsapp"
    r"|telemovel|movel|tm|numero|nr[ \t]+tel|tel\.?[ \t]+kom|komorka|mobiltelefon"
    r"|contact(?:[ \t]+(?:no|number))|ph|telephone[ \t]+portable|portable|numer[ \t]+telefonu"
    r"|cislo|telefonszam|cep[ \t]+tel(?:efonu)?"
    # Landlines, and phone labels of more languages (folded): ES/PT/FR "fijo"/"fixo"/"fixe",
    # DE "Festnetz", NL "vast", LV "tālr.", LT "telefonas", ID/MS "telp"/"HP", VI "ĐT",
    # Slavic, Greek, Hebrew, Arabic, Thai, Swahili.
    r"|fijo|fixo|fixe|landline|festnetz|vast|telefoon|mobiel|talr|mob[ \t]+talr|telefonas"
    r"|telefoni|puhelin|mobiili|simi|farsimi|telp|tlp|no\.?[ \t]+(?:hp|telp)|nomor[ \t]+hp"
    r"|h/p|hp|dt|sdt|dien[ \t]+thoai|di[ \t]+dong|mobitel|mobilni|kucni|telefono[ \t]+fisso"
    r"|телефон|тел|моб|мобилен|мобилни|мобільний|τηλ(?:εφωνο)?|τηλέφωνο|κινητο|κινητό"
    # Landline words: EL "Σταθερό", RU/UK "домашний"/"домашній", CS "pevná linka", HU
    # "vezetékes", TR "sabit"/"ev", PL "stacjonarny", FI "kotipuhelin", SV/NO "hemtelefon".
    r"|σταθερο|σταθερό|домашний|домашній|стационарный|стаціонарний|pevna[ \t]+linka"
    r"|vezetekes|sabit|ev[ \t]+tel|is[ \t]+tel|stacjonarny|kotipuhelin|hemtelefon|fasttelefon"
    r"|טלפון|נייד|هاتف|جوال|موبايل|โทร|simu|namba[ \t]+ya[ \t]+simu"
    # Arabic with the article ("الهاتف الجوال", "الخلوي"), Persian, Kurdish.
    r"|الهاتف(?:[ \t]+(?:الجوال|المحمول|النقال))?|الجوال|الخلوي|المحمول|موبايل|تلفن(?:[ \t]+همراه)?"
    r"|مۆبایل|ژمارەی[ \t]+مۆبایل"
    # Icelandic "s." (sími) before a number; Mongolian "утас".
    r"|s(?=\.[ \t]*\d{3})|утас"
)
# A kind after the label: "Teléfono fijo:", "Tel. (home)", "Phone (mobile)".
_KINDS = (r"fijo|fixo|fixe|movil|celular|mobile?|home|work|office|private|privat|casa"
          r"|domicile|fisso|cellulare|personal|particular|stacionarni|kucni")
PHONE_LABEL = re.compile(
    rf"(?<![\w@./-])(?:(?i:{_LABELS})\.?(?:[ \t]*/[ \t]*[^\W\d_]+\.?)?"  # "Tel/Fax"
    r"(?:[ \t]*\((?i:mobile?|home|work|cell|m|h|w)\))?"
    rf"(?:[ \t]+(?i:{_KINDS})\.?)?"
    r"(?:[ \t]*(?i:no|nr|number|num|n[o°º])\.?)?[ \t]*[:.#-]?"
    r"|[MTPH][ \t]*:|[\u260e\u260f\u2706\U0001f4de\U0001f4f1\U0001f4f2])"
    # A second number after " / " or a dash: "(+237) 677 45 21 38 / 699 18 63 04",
    # "+216 98 417 305 – 71 752 964", "+256 772 486 031 | 0701 930 225 (WhatsApp)".
    r"[ \t]*\u200e?(?P<phone>\(?\+?\d[\d \t().\-/]{5,20}\d"
    r"(?:[ \t]+[/–—|][ \t]+\(?\+?\d[\d \t().\-]{5,20}\d)?)(?![\d])"
)
# "09/2014 – 02/2019", "2013 - 2019": a date range, never a phone.
_DATES = re.compile(r"(?:\d{1,2}[/.-])?(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:\d{1,2}[/.-])?"
                    r"(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}")

# A month and year glued after a number by a two-column PDF: not part of the phone.
_TRAILING_DATE = re.compile(r"[ \t]+\d{1,2}[/.](?:19|20)\d{2}\b.*$|[ \t]+(?:19|20)\d{2}\b.*$")


# A number right after an e-mail address on its line: a referee's or contact's phone
# ("tomislav@example.hr, 01/6129-000").
AFTER_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[,|;·•/–-][ \t]*"
                         r"(?P<phone>\(?\+?\d[\d \t().\-/]{5,18}\d)(?![\d])")
# Or right before it: "UNICEF – 0700 281 934 – farzana.noori@example.org".
BEFORE_EMAIL = re.compile(r"(?<![\w.,/-])(?P<phone>\(?\+?\d[\d \t().\-/]{5,18}\d)[ \t]*[,|;·•/–—-]"
                          r"[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def phone_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "PHONE_NUMBER") of every number after a phone label or symbol, or right
    before or after an e-mail address."""
    spans = [(m.start("phone"), m.end("phone"), "PHONE_NUMBER")
             for pattern in (AFTER_EMAIL, BEFORE_EMAIL) for m in pattern.finditer(text)
             if 7 <= len(re.sub(r"\D", "", m.group("phone"))) <= 15
             and not _DATES.fullmatch(m.group("phone").strip())]
    for match in PHONE_LABEL.finditer(fold(text)):
        number = match.group("phone").rstrip(" \t(").strip()
        second = re.search(r"[ \t]+[/–—|][ \t]+", number)  # "5512-3078 / 2433-9156": two
        if second and len(re.sub(r"\D", "", number)) > 15:
            rest = number[second.end():]
            at = match.start("phone") + number.index(rest)
            if 7 <= len(re.sub(r"\D", "", rest)) <= 15 and not _DATES.fullmatch(rest.strip()):
                spans.append((at, at + len(rest), "PHONE_NUMBER"))
            number = number[:second.start()]
        bracket = re.search(r"[ \t]+\(", number)
        if bracket and len(re.sub(r"\D", "", number[:bracket.start()])) >= 7:
            number = number[:bracket.start()]  # "+47 913 45 682 (913 45 682)": a repeat
        if len(re.sub(r"\D", "", number)) > 15:
            number = _TRAILING_DATE.sub("", number)  # "0176 4829 3317 10/2019 – heute" (a PDF)
        digits = re.sub(r"\D", "", number)
        # Seven digits (a local number) only after a colon: "GSM 900 1800" is a band plan.
        shortest = 7 if ":" in match.group()[:match.start("phone") - match.start()] else 8
        if shortest <= len(digits) <= 15 and not _DATES.fullmatch(number.strip("()")):
            start = match.start("phone")
            spans.append((start, start + len(number), "PHONE_NUMBER"))
            # a second number after a comma: "Утас: 9911-4827, 8808-3915"
            more = AFTER_COMMA.match(text, start + len(number))
            if more and 7 <= len(re.sub(r"\D", "", more.group(1))) <= 15:
                spans.append((more.start(1), more.end(1), "PHONE_NUMBER"))
    return spans


AFTER_COMMA = re.compile(r",[ \t]*(\+?\(?\d[\d \t().\-]{5,18}\d)(?![\d])")


def national_number(segment: str) -> bool:
    """``segment`` is nothing but a phone number of 8 to 13 digits in any national shape
    ("655 201 834", "(11) 98765-4321", "0321-7654321"), not a date or a date range."""
    digits = re.sub(r"\D", "", segment)
    return (bool(re.fullmatch(r"\(?\+?\d[\d \t().\-/]{6,20}\d", segment))
            and 8 <= len(digits) <= 13 and not _DATES.fullmatch(segment))


# A number written with spaces, dashes, dots or brackets, with or without a "+".
_NUMBER = re.compile(r"(?<![\w+.,/-])\+?\(?\d[\d \t().\-]{5,20}\d(?![\w/-]|[.,]\d)")

# A number alone in brackets, which _NUMBER may have swallowed into the number before it:
# "+47 913 45 682 (913 45 682)".
_BRACKETED = re.compile(r"(?<=\()\d[\d \t.\-]{5,18}\d(?=\))")


def _cores(number: str) -> set[str]:
    """The ways one phone number's digits are written: "+45 28 71 46 93" and "28714693",
    "+44 7700 900412" and "07700 900412" share a core (country code and trunk 0 dropped)."""
    digits = re.sub(r"\D", "", number).lstrip("0")
    return {digits[k:] for k in range(4) if len(digits) - k >= 7}


def repeated_phone_spans(text: str,
                         spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A phone number found once is the same number written another way elsewhere ("Ring
    gerne på 28714693" under "+45 28 71 46 93"): the label is on only one of them."""
    found = set()
    for start, end, kind in spans:
        if kind == "PHONE_NUMBER":
            found |= _cores(text[start:end])
    if not found:
        return []
    numbers = [*_NUMBER.finditer(text), *_BRACKETED.finditer(text)]
    return [(m.start(), m.end(), "PHONE_NUMBER") for m in numbers if _cores(m.group()) & found]
