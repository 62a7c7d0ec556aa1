"""National IDs, passports and messenger handles from many countries.

Presidio ships checksummed recognizers for some IDs (PESEL, Aadhaar/Verhoeff, Spanish DNI/NIE
letters) and pattern ones for others (PAN, UK NI number); they are used as they are. What it
lacks is added here: the Dutch BSN (11-proof), the Brazilian CPF (two check digits), any ID after
a label in many languages, labelled passport numbers, and messenger handles.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult

from jobtui.resume.recognizers import RegexRecognizer

# Presidio's own national-ID recognizers (presidio-analyzer 2.2.366): entity -> class name.
PRESIDIO_IDS = {
    "PL_PESEL": "PlPeselRecognizer",  # checksum
    "IN_AADHAAR": "InAadhaarRecognizer",  # Verhoeff checksum
    "IN_PAN": "InPanRecognizer",  # pattern (PAN has no public checksum)
    "ES_NIF": "EsNifRecognizer",  # control letter
    "ES_NIE": "EsNieRecognizer",  # control letter
    "UK_NINO": "UkNinoRecognizer",  # pattern
    "IT_FISCAL_CODE": "ItFiscalCodeRecognizer",  # control character
}
NATIONAL_ID_ENTITIES = {"NATIONAL_ID", *PRESIDIO_IDS}

ID_LABELS = (
    r"BSN|burgerservicenummer|sofi(?:nummer)?|PESEL|NIP|Aadhaa?r|PAN|UAN|NIN|BVN"
    r"|NI[ \t]*(?:number|no\.?)|National[ \t]+Insurance(?:[ \t]+(?:number|no\.?))?|NINO"
    r"|SSN|SIN|TFN|DNI|NIE|NIF|CPF|RG|CURP|RFC|RUT|CUIL|CUIT|Codice[ \t]+fiscale"
    r"|Steuer-?ID|Steueridentifikationsnummer|Sozialversicherungsnummer"
    r"|Personalausweis(?:nummer|-Nr\.?)?|ID[ \t]*(?:card[ \t]*)?(?:number|no\.?|#)"
    r"|National[ \t]+ID(?:[ \t]+(?:number|no\.?))?|Identity[ \t]+(?:card|number)"
    r"|Emirates[ \t]+ID|Iqama|CNIC|NRIC|HKID|Personnummer|INSEE|PPSN?(?:[ \t]+(?:number|no\.?))?"
    r"|Medicare(?:[ \t]+(?:number|no\.?))?"
    r"|Num[ée]ro[ \t]+de[ \t]+s[ée]curit[ée][ \t]+sociale"
    # TR, RO, ID, PH, KE, ET, IR, HU, UA/RU, JP, KR, CA/QC, VN, GR, CZ, FI, NO, HR, RS, BG ...
    # Short labels that are also words ("NAS 12TB") count only before a colon.
    r"|(?:T\.?C\.?[ \t]+)?Kimlik(?:[ \t]+No\.?)?|CNP|KTP|NPWP|SSS(?:[ \t]+No\.?)?"
    r"|(?:NIK|TIN|NAS|AFM|OIB|NUI)(?=[ \t]*:)"
    r"|PhilSys(?:[ \t]+(?:ID|No\.?|PSN))?|UMID|KRA[ \t]+PIN|TPIN|Fayda(?:[ \t]+(?:FIN|FAN|ID))?"
    r"|National[ \t]+Code|Melli[ \t]+Code|Kart-?e[ \t]+Melli|TAJ(?:[ \t]+sz[áa]m)?"
    r"|Ad[óo]azonos[íi]t[óo](?:[ \t]+jel)?|Szem[ée]lyi[ \t]+igazolv[áa]ny(?:[ \t]+sz[áa]m)?"
    r"|РНОКПП|ІПН|ИНН|СНИЛС|My[ \t]+Number|Kojin[ \t]+Bango|RRN|Resident[ \t]+Registration"
    r"(?:[ \t]+(?:number|no\.?))?|RAMQ|NIR|AMKA|ΑΦΜ|ΑΜΚΑ|CCCD|CMND|MyKad"
    r"|Rodn[ée][ \t]+[čc][íi]slo|Henkil[öo]tunnus|HETU|F[øo]dselsnummer|JMBG|EGN|ЕГН|IDNP"
    r"|C[ée]dula(?:[ \t]+de[ \t]+ciudadan[íi]a|[ \t]+[a-zñ]+[oa](?=[ \t]*:))?|C\.C\.|C\.I\.|NIDA"
    r"|Ghana[ \t]+Card|Omang|Pasaporte[ \t]+[a-zñ]+[oa](?=[ \t]*:)"
    r"|SIN[ \t]+(?:number|no\.?)"
    # PT citizen card, an ID card before a colon ("ID card: AK 482917").
    r"|Cart[ãa]o[ \t]+de[ \t]+Cidad[ãa]o|(?:ID|Identity)[ \t]+card(?=[ \t]*:)"
    # PH health and housing funds, professional licences, memberships ("(ISC)2 member no.").
    r"|PhilHealth(?:[ \t]+(?:ID|No\.?|number))?|Pag-?IBIG(?:[ \t]+(?:MID|ID|No\.?|number))?"
    r"|HDMF(?:[ \t]+No\.?)?|PRC(?:[ \t]+(?:License|Licence|ID))?(?:[ \t]+(?:No\.?|number))?"
    r"|(?:licen[cs]e|member(?:ship)?|registration)[ \t]+(?:no\.|number|#)"
    # The Swiss social security number, which always starts with 756: "N° AVS : 756.3812...".
    r"|(?:AHV|AVS)(?:-?(?:Nr|No|Nummer)\.?)?(?=[ \t]*[:.]?[ \t]*756)"
    # More countries' IDs and registers by their local names: MA/DZ/TN "CIN"/"CNIE", FR "CNI",
    # PE "CIP", SV "DUI", MX "INE", CO "NUIP", BE "NISS", DK "CPR", BD "NID", LK "NIC", MM "NRC",
    # QA "QID", NZ "IRD" (short words: only before a colon or a number word), IS "kennitala",
    # LV "personas kods", LT "asmens kodas", EE "isikukood", SI "EMŠO", RS/BA "matični broj",
    # HR "osobni broj", BG "ЛНЧ", IL "Teudat Zehut", KW "Civil ID", KE "Huduma", GH "SSNIT",
    # the social security funds of MA/TN ("N° CNSS"), DZ "CNAS" and TN's civil servants "CNRPS".
    r"|(?:CIN|CNIE|CNI|CIP|DUI|INE|NUIP|NISS|CPR|NID|NIC|NRC|QID|IRD|CNSS|CNAS|CNRPS)"
    r"(?=[ \t]*(?:N\.?[º°o]\.?[ \t]*)?[:#]|[ \t]+(?:N\.?[º°o]|No|Nr)\.?[ \t]*\d)"
    r"|Carte[ \t]+(?:d'identit[ée]|nationale)(?:[ \t]+nationale)?|Rijksregisternummer"
    r"|(?:N[°º]|Num[ée]ro)[ \t]+d['’]identification(?:[ \t]+nationale?)?|Identifiant[ \t]+national"
    r"|Num[ée]ro[ \t]+national|Kennitala|Personas[ \t]+kods|Asmens[ \t]+kodas|Isikukood"
    r"|EM[ŠS]O|ЕМБГ|Mati[čc]ni[ \t]+broj|Li[čc]ni[ \t]+broj|Osobni[ \t]+broj|ЛНЧ"
    r"|Documento[ \t]+(?:Nacional[ \t]+)?de[ \t]+Identidad|Carn[ée]t?[ \t]+de[ \t]+"
    r"(?:identidad|extranjer[íi]a)|Tarjeta[ \t]+de[ \t]+identidad|Colegiatura"
    r"|Teudat[ \t]+Zehut|Civil[ \t]+ID|Huduma(?:[ \t]+Namba)?|SSNIT(?:[ \t]+No\.?)?"
    r"|Voter(?:'s)?[ \t]+ID|Citizen[ \t]+ID|Citizenship[ \t]+(?:Certificate[ \t]+)?(?:No\.?|Number)"
    r"|Thai[ \t]+ID|TCKN|Nomor[ \t]+Induk[ \t]+Kependudukan"
    r"|IC[ \t]+No\.?|No\.?[ \t]+(?:KTP|IC|NIK|K/P)|K/P|Osobn[ií][ \t]+(?:č[ií]slo|broj)"
    r"|Personal[ \t]+(?:ID|code|number|No\.?)|Tax[ \t]+(?:ID|number|code)|Steuernummer"
    # Armenia's social card; Peru's taxpayer number (a person's starts with 10 and the DNI).
    r"|Social[ \t]+card(?:[ \t]+(?:No\.?|number))?|RUC(?=[ \t]*:?[ \t]*1\d{10}(?!\d))"
    r"|N[úu]mero[ \t]+de[ \t]+identifica[çc][ãa]o|Public[ \t]+service[ \t]+number"
    # Arabic, Hebrew and Persian: national number, identity card number, residence permit.
    r"|الرقم[ \t]+(?:الوطني|القومي|الشخصي)"
    r"|رقم[ \t]+(?:الهوية|البطاقة|بطاقة|الإقامة|الاقامة|خلاصة|العضوية|عضوية|القيد|التسجيل)"
    r"(?:[ \t]+[\u0600-\u06ff]+){0,3}(?=[ \t]*:)|بطاقة[ \t]+الهوية|الهوية[ \t]+الوطنية"
    r"|السجل[ \t]+المدني|ژمارەی[ \t]+کارتی(?:[ \t]+[\u0600-\u06ff]+)?(?=[ \t]*:)"
    r"|ת\.ז\.?|ת\"ז|תעודת[ \t]+זהות|מס(?:פר|')[ \t]+(?:ת\.ז\.?|זהות)"
    r"|[کك]د[ \t]+مل[یي]|شماره[ \t]+(?:مل[یي]|شناسنامه)|کارت[ \t]+مل[یي]"
    # The Afghan tazkira (identity card), paper or electronic.
    r"|(?:نمبر|شماره)[ \t]+تذکره(?:[ \t]+[\u0600-\u06ff]+)?(?=[ \t]*:)|تذکره(?=[ \t]*:)"
    r"|(?:نمبر|شماره)[ \t]+پاسپورت(?=[ \t]*:)"
    # Uzbek personal number, Mongolian register number, Danish CPR with its "-nr.".
    r"|JShShIR|PINFL|ЖШШИР|Регистрийн[ \t]+дугаар|CPR-?nr\.?|РМА|ИНН|СНИЛС|УНЗР"
    # Kazakhstan's individual identification number.
    r"|IIN|ИИН|ЖСН"
    r"|Асабісты[ \t]+нумар|Личный[ \t]+номер|Идентификационный[ \t]+номер|Идент\.[ \t]*№"
    # The UAE family book; a Lebanese civil register's place and number.
    r"|Family[ \t]+Book(?:[ \t]+(?:No\.?|Number))?|Khulasat(?:[ \t]+(?:al[ \t]+)?Qaid)?"
    r"|محل[ \t]+ورقم[ \t]+السجل|رقم[ \t]+السجل"
    # An Australian sole trader's business number is their own.
    r"|ABN(?=[ \t]*:?[ \t]*\d)"
    # Azerbaijan's identity card and personal code; the Greek identity card.
    r"|Şəxsiyyət[ \t]+vəsiqəsi|FİN(?:[ \t]+kod(?:u)?)?|Αρ\.?[ \t]*Δελτίου[ \t]+Ταυτότητας"
    r"|Α\.Δ\.Τ\.?|ΑΔΤ|SNILS|INN(?=[ \t]*:?[ \t]*\d{10,12}(?!\d))"
    # Uruguay's civic credential.
    r"|Credencial[ \t]+c[íi]vica|C[ée]dula[ \t]+profesional|Tarjeta[ \t]+profesional"
    # Mexico's social security number (IMSS).
    r"|NSS(?=[ \t]*:?[ \t]*\d{11}(?!\d))"
)
# The value: upper-case letters and digits with at least one digit, in up to six groups
# ("JT 48 72 91 B", "529.982.247-25"); it never runs into the next word.
# Arabic-Indic and Persian digits count ("کد ملی: ۰۰۸۷۳۴۵۲۱۸").
_VALUE = (r"(?P<pii>(?=[A-Z0-9\u0391-\u03a9\u0410-\u042f\u0401\u04e8\u04ae\u0660-\u0669"
          r"\u06f0-\u06f9 ./-]*\d)"
          r"[A-Z0-9\u0391-\u03a9\u0410-\u042f\u0401\u04e8\u04ae\u0660-\u0669\u06f0-\u06f9]+"
          r"(?:[ ./-](?:[A-Z]{0,2}\d[A-Z0-9]*|[A-Z]{1,2})){0,5})(?![\w])")
# "Aadhaar No.:", "CNIC No:", "n.º": a number word between the label and its value.
_NUMBER_WORD = r"(?i:(?:no|nr|n\.?[º°o]|num|number)\.?[ \t]*)?"
LABELLED_ID = re.compile(
    rf"(?<![\w])(?i:{ID_LABELS})[ \t]*(?:\([^)\n]{{0,20}}\))?[ \t]*{_NUMBER_WORD}[:#.\-]?[ \t]*"
    rf"{_VALUE}"
)
# A Lebanese civil register's number and place: "Registre n° 214 Zahlé", "N° de registre : 87
# (Baabda)".
CIVIL_REGISTER = re.compile(
    r"(?<![\w])(?i:registre(?:[ \t]+(?:d['’]état[ \t]+)?civil)?[ \t]*(?:n[°º]|no)\.?"
    r"|(?:n[°º]|no|num[ée]ro)\.?[ \t]+d[eu][ \t]+registre(?:[ \t]+civil)?"
    r"|civil[ \t]+regist(?:er|ry)[ \t]+(?:no\.?|number))[ \t]*:?[ \t]*"
    r"(?P<pii>\d{1,6}(?:[ \t]*[-–,/]?[ \t]*\(?[A-ZÀ-Ý][a-zà-ÿ'-]+\)?){0,2})"
)
# A Romanian identity card: "CI: seria CJ nr. 482193" (the series letters and the number).
ID_SERIES = re.compile(r"(?<![\w])(?i:seria)[ \t]+(?:[A-Z]{2}[ \t]*(?i:nr\.?|num[aă]rul)?"
                       r"[ \t]*\d{6,7})(?!\w)")
LABELLED_PASSPORT = re.compile(
    r"(?<![\w])(?i:passport|reisepass|pasaporte|passeport|paszport|passaporto|passaporte"
    r"|paspoort|paspor|pasaport|pasaportë|passi|pasošs|pasas|útlevél|cestovn[íi][ \t]+pas"
    r"|putovnica|паспорт|паспорта|διαβατήριο|hộ[ \t]+chiếu|ho[ \t]+chieu|דרכון"
    r"|جواز[ \t]+السفر|pasipoti|шиноснома(?:и[ \t]+хориҷӣ)?|загранпаспорт"
    # A seafarer's book and a foreign passport (UA/RU): "Посвідчення особи моряка".
    r"|посвідчення[ \t]+особи[ \t]+моряка|мореходная[ \t]+книжка|закордонний[ \t]+паспорт"
    r"|заграничный[ \t]+паспорт|seaman'?s[ \t]+book)"
    r"(?:[ \t]*\([^)\n]{0,20}\))?"  # "Passport (RF):"
    r"(?i:[ \t]*(?:no\.?|nr\.?|number|num\.?|#|n[º°o]\.?|-nr\.?))?[ \t]*[:#.\-]?"
    # Series letters may stand apart, in Latin or Cyrillic: "FK 402913", "АВ 583021"; a
    # Russian passport's series is two pairs of digits: "40 11 583926".
    r"[ \t]*(?P<pii>[A-ZА-ЯІЇЄ]{1,3}[ \t]\d{6,9}|\d{2}[ \t]?\d{2}[ \t]\d{6}"
    r"|(?=[A-Z0-9]*\d)[A-Z0-9]{6,10})(?![\w])"
)
MESSENGER = re.compile(
    r"(?<![\w])(?i:telegram|skype|wechat|weixin|whatsapp|signal|viber|line|discord|threema"
    r"|matrix|wire|kakaotalk|qq|تلگرام|تيليجرام|تلغرام|واتساپ|واتساب|טלגרם|וואטסאפ)"
    r"(?i:[ \t]*(?:id|handle|name))?[ \t]*:[ \t]*"
    r"(?P<pii>[@+\w][\w.:@+\-]*[\w])"
)
BSN_LABEL = re.compile(r"(?i:\b(?:bsn|burgerservicenummer|sofi|citizen service number))")


def _bsn_ok(digits: str) -> bool:
    """The Dutch 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11."""
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return digits[0] != "0" and (total - int(digits[8])) % 11 == 0


def _cpf_ok(digits: str) -> bool:
    """The Brazilian CPF's two check digits (and not eleven equal digits)."""
    if len(set(digits)) == 1:
        return False
    numbers = [int(d) for d in digits]
    for size in (9, 10):
        total = sum(n * w for n, w in zip(numbers[:size], range(size + 1, 1, -1), strict=True))
        if (total * 10 % 11) % 10 != numbers[size]:
            return False
    return True


class ChecksumRecognizer(LocalRecognizer):
    """A number shape whose check digits must be right (and, if given, a label on its line)."""

    def __init__(self, pattern: str, check, name: str, label: re.Pattern[str] | None = None):
        self.pattern = re.compile(pattern)
        self.check = check
        self.label = label
        super().__init__(supported_entities=["NATIONAL_ID"], name=name, supported_language="en")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """Every match whose digits pass the check."""
        results = []
        for match in self.pattern.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            line_start = text.rfind("\n", 0, match.start()) + 1
            if self.label and not self.label.search(text[line_start:match.start()]):
                continue
            if self.check(digits):
                results.append(RecognizerResult("NATIONAL_ID", match.start(), match.end(), 1.0))
        return results


def international_recognizers() -> list[LocalRecognizer]:
    """Presidio's national-ID recognizers plus jobtui's checksummed and labelled ones."""
    from presidio_analyzer import predefined_recognizers

    from jobtui.resume.national_ids import CheckedIdRecognizer

    recognizers: list[LocalRecognizer] = [
        getattr(predefined_recognizers, name)(supported_language="en")
        for name in PRESIDIO_IDS.values()
    ]
    recognizers += [
        ChecksumRecognizer(r"(?<![\d.-])\d{9}(?![\d.-])", _bsn_ok, "jobtui BSN", BSN_LABEL),
        ChecksumRecognizer(r"(?<![\d.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d.-])", _cpf_ok,
                           "jobtui CPF"),
        RegexRecognizer("NATIONAL_ID", [LABELLED_ID, ID_SERIES, CIVIL_REGISTER],
                        "jobtui labelled ID"),
        RegexRecognizer("PASSPORT", [LABELLED_PASSPORT], "jobtui labelled passport"),
        RegexRecognizer("MESSENGER", [MESSENGER], "jobtui messenger handle"),
        CheckedIdRecognizer(),
    ]
    return recognizers


__all__ = ["NATIONAL_ID_ENTITIES", "international_recognizers"]
