"""The candidate's own name, read from the top of the resume.

Handles what real headers look like: a "Name:" label, particles (van der, de la, bin, al-),
hyphenated and double surnames, a nickname in brackets or quotes, an ALL-CAPS surname first,
a name split over two lines (common in PDFs), and credentials after the first comma
("Fatima Haddad, BSN, RN": the degrees are not part of the name and must survive).
"""

from __future__ import annotations

import re

from jobtui.resume.names import ORG_WORDS

NOT_NAME_LINES = {
    "resume", "résumé", "curriculum vitae", "cv", "summary", "profile", "contact",
    "contact information", "objective", "experience", "lebenslauf", "curriculo", "currículo",
    "curriculum", "personal details", "personal information",
}
# A resume's title in the languages CVs are written in, opening a line ("SƠ YẾU LÝ LỊCH -
# CV", "ŽIVOTOPIS", "Özgeçmiş"): that line is the title, not the name.
RESUME_TITLE = re.compile(
    r"(?<![\w])(?i:cv|resume|résumé|curriculum|lebenslauf|currículo|curriculo|hoja de vida"
    r"|sơ yếu lý lịch|lý lịch|životopis|zivotopis|życiorys|zyciorys|önéletrajz|özgeçmiş"
    r"|ozgecmis|ferilskrá|ansioluettelo|elulookirjeldus|gyvenimo aprašymas|dzīves gājums"
    r"|cv-?ul|resumé|резюме|автобиография|βιογραφικό|riwayat hidup|daftar riwayat"
    r"|rirekisho|履歴書|이력서|简历|個人簡歷|тарҷумаи ҳол|ma'lumotnoma|маълумотнома"
    r"|السيرة الذاتية|سيرة ذاتية|קורות חיים|رزومه|زندگی‌نامه)(?![\w])")
# Words of a title or heading line, never of a name: such a line is not taken for the name
# (removing "Senior Software Engineer" everywhere would gut the resume).
NOT_NAME_WORDS = {
    "engineer", "developer", "manager", "senior", "junior", "lead", "principal", "staff",
    "software", "data", "scientist", "analyst", "designer", "consultant", "director",
    "architect", "administrator", "specialist", "intern", "head", "officer", "product",
    "project", "program", "technical", "full", "stack", "frontend", "backend", "web",
    "resume", "résumé", "curriculum", "vitae", "summary", "experience", "education",
    "skills", "profile", "contact", "information", "professional", "career", "objective",
    "the", "and", "of", "for", "at", "in", "with", "nurse", "teacher", "qa", "automation",
    # Headings of a personal-details block in other languages ("PERSÖNLICHE DATEN").
    "persönliche", "daten", "angaben", "personal", "details", "datos", "personales", "dati",
    "personali", "informazioni", "données", "personnelles", "renseignements", "personnels",
    "coordonnées", "contacto", "kontakt", "osobní", "údaje", "dane", "osobowe", "gegevens",
    # "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ", "РЕЗЮМЕ", "ÖZGEÇMİŞ", "ŽIVOTOPIS": a resume's title, no name.
    "βιογραφικό", "βιογραφικο", "σημείωμα", "σημειωμα", "προσωπικά", "στοιχεία", "резюме",
    "автобиография", "біографія", "особисті", "дані", "личные", "данные", "özgeçmiş",
    "ozgecmis", "životopis", "zivotopis", "życiorys", "zyciorys", "önéletrajz", "onelertajz",
    "cv", "europass", "modelo", "template", "formato", "vorlage", "muster",
    # Philippine address words: "Brgy. San Isidro, Cainta" in a sidebar is no name.
    "brgy", "barangay", "blk", "purok", "sitio", "subd",
    # Mongolian "personal information", "introduction" (a CV's title).
    "хувийн", "мэдээлэл", "танилцуулга",
    # Slavic "personal information", "contacts" ("ЛИЧНА ИНФОРМАЦИЯ", "ОСОБИСТА ІНФОРМАЦІЯ").
    "лична", "личная", "личне", "лични", "особиста", "информация", "информације",
    "інформація", "информации", "подаци", "данни", "сведения", "контакты", "контакти",
    "контакт", "европейски", "формат", "опыт", "работы", "образование", "навыки", "досвід",
    "роботи", "освіта", "навички", "аналитик", "аналітик", "разработчик", "розробник",
    "инженер", "інженер", "менеджер", "бухгалтер", "дизайнер", "программист", "програміст",
}
CREDENTIALS = {
    "phd", "md", "mba", "msc", "bsc", "ms", "ma", "ba", "bs", "cpa", "pe", "pmp", "cfa", "rn",
    "jr", "sr", "ii", "iii", "iv", "esq", "bsn", "msn", "dds", "llm", "meng", "beng", "dipl",
    # Post-nominals written after a name without a comma ("Ailsa Drummond BEng (Hons) MIMechE").
    "hons", "honours", "ceng", "ieng", "peng", "cpeng", "rpeq", "mimeche", "mice", "miet",
    "mieaust", "fieaust", "mrics", "frics", "riba", "fca", "aca", "acca", "fcca", "cima", "cgma",
    "mrcp", "frcp", "mrcs", "frcs", "mbbs", "mbchb", "bds", "dvm", "pharmd", "mphil", "dphil",
    "llb", "bcom", "mcom", "bba", "btech", "mtech", "barch", "march", "bed", "edd", "mpa",
    "mph", "cissp", "cisa", "cism", "ccna", "ccnp", "frm", "caia", "cma", "cia", "cfp", "sphr",
    "phr", "leed", "ap", "pgdip", "pgcert", "fhea", "mcipd", "chartered", "licsw", "lcsw",
}
TITLES = {"dr", "prof", "mr", "mrs", "ms", "mx", "mme", "mlle", "herr", "frau", "sr", "sra",
          "dra", "ing", "eng", "dipl-ing", "mag", "med", "dent", "vet", "rer", "nat", "phil",
          "habil", "mgr", "bc", "mudr", "judr", "rndr", "phdr", "engr", "doutor", "doutora",
          "dott", "dottssa", "dottoressa",
          # Bulgarian, Serbian, Macedonian, Russian, Ukrainian: engineer, doctor, professor.
          "инж", "д-р", "др", "доц", "проф", "мр", "арх", "дипл"}
# "Md."/"Mohd." open many South Asian and Malay names ("Md. Rafiqul Islam"): an abbreviated
# given name, not the MD degree; it is left out of the name like a title.
GIVEN_ABBREVIATIONS = {"Md.", "Md", "Mohd.", "Mohd", "Muhd.", "Muhd", "Mhd."}
# Lower-case words that belong inside a name: "Maarten van der Linden", "Khalid bin Saeed".
PARTICLES = {
    "van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
    "le", "von", "zu", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "y", "e",
    "af", "av", "dela", "delos", "los", "las", "degli", "dei", "vom", "zum", "zur", "ap",
    "'t", "’t", "te",  # Māori "Te" opens a family name: "Aroha Te Whatu"
    # Turkic patronymic words: "Aysel Rafig qizi Huseynli", "Timur Bakytbek uulu".
    "qizi", "qızı", "kızı", "oglu", "oğlu", "ogly", "kyzy", "uulu", "ugli", "o'g'li",
}
# Particles that are also given names ("Ben", "Abu"): they join a name only in lower case.
# Malaysian "a/l" and "a/p" (son and daughter of) and "bt"/"bte" (binti) join a given name to
# the father's: "Gopal Krishnan a/l Muniandy", "Siti Aminah bt Osman".
LOWER_PARTICLES = {"ben", "abu", "a/l", "a/p", "bt", "bte"}
INITIAL = re.compile(r"[^\W\d_]\.")
NAME_LABEL = re.compile(
    r"^\s*(?:(?:full\s+)?(?:name|nombre(?: y apellidos?)?|apellidos? y nombres?"
    r"|nombres? y apellidos?|nom(?: et prénom| complet)?|naam"
    r"|imię i nazwisko|nome(?: e cognome| completo)?|cognome e nome|ad[ıi]? soyad[ıi]?"
    r"|nume(?: și prenume| si prenume)?|prenume și nume|họ và tên|họ tên|vorname und name"
    r"|name, vorname|姓名|氏名|名前|이름|성명|ім'я|имя|име|фио|jméno|meno|név|navn|namn|nimi"
    # Greek, Ukrainian/Russian/Bulgarian, South Slavic, Baltic, Indonesian/Malay full-name labels.
    r"|ονοματεπώνυμο|ονοματεπωνυμο|όνομα|ονομα|піб|прізвище,? ім'я(?:,? по батькові)?"
    r"|фамилия,? имя(?:,? отчество)?|име и фамилия|ime i prezime|ime in priimek"
    r"|vardas,? pavardė|vārds,? uzvārds|nama(?: lengkap)?|isim soyisim"
    r"|familiyasi,? ismi(?:,? otasining ismi)?|ф\.и\.о\.|ному насаб|насаб ва ном|поўнае імя"
    r"|полное имя|повне ім'я"
    # Arabic (full, four-part, three-part name), Hebrew, Persian, Kurdish.
    r"|ال[اإ]سم(?: الكامل| الرباعي(?: واللقب)?| الثلاثي(?: واللقب)?| واللقب)?|שם(?: מלא)?"
    r"|نام(?: و نام خانوادگی)?|ناو(?:ی تەواو)?)\s*[:：]"
    # A CJK label needs no colon: "氏名　森本 彩花" (a rirekisho form).
    r"|(?:姓名|氏名|名前|이름|성명)[ \t\u3000]*(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
    r"|(?:cv|resume|résumé|curriculum\s+vitae|lebenslauf|currículo)\s*(?::|[-–—|]"
    r"|\s(?:of|de|von|van|di|da)\s))\s*",
    re.IGNORECASE)
# A nickname or the name in another script, in brackets or quotes: "(Sherry)", "(Olena
# Kovalenko)", "\"TINA\"".
# The nickname may be introduced: "(dite « Mina »)", "(known as Tolu)", "(genannt Hansi)".
NICKNAME = re.compile(
    r"\s*[(\"“”„'‘«]{1,2}\s*(?:(?i:dite?|known[ \t]+as|a\.?k\.?a\.?|genannt|llamad[oa]|alias)"
    r"\s+[«\"“„']?\s*)?"
    r"([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})\s*[)\"”“'’»]{1,2}\s*"
)
# A name given in two labelled lines: "Surname: NWACHUKWU" and "Other Names: Chiamaka Adaeze".
SURNAME_LABEL = re.compile(
    r"^\s*(?:surname|last name|family name|apellidos|nazwisko|achternaam|nachname"
    r"|nom de famille|sobrenome|cognome|name|nom|ургийн овог|овог|familiyasi|фамилия"
    r"|прізвище|презиме|النسب|اللقب|الاسم العائلي|اسم العائلة|نام خانوادگی|שם משפחה)"
    r"\s*[:：]\s*", re.IGNORECASE)
GIVEN_LABEL = re.compile(
    r"^\s*(?:other names?|first names?|given names?|forenames?|nombres?|imiona?|imię"
    r"|voornamen|voornaam|vorname|prénoms?|prenom|nome|нэр|ismi|имя|ім'я|име"
    r"|الاسم الشخصي|الاسم|نام|שם פרטי)\s*[:：]\s*",
    re.IGNORECASE)
# The father's name, labelled ("Эцэг/эхийн нэр: Батсүх", "Otasining ismi: Baxtiyor").
FATHER_LABEL = re.compile(r"^\s*(?:эцэг/эхийн нэр|эцгийн нэр|otasining ismi|отчество"
                          r"|по батькові|father'?s name)\s*[:：]\s*", re.IGNORECASE)
# A patronymic alone on the line under the name, as a header may set it in capitals.
PATRONYMIC_LINE = re.compile(r"[А-ЯЁІЇЄҐA-Z][а-яёіїєґa-z]*(?:ович|евич|овна|евна|ична|ovich|evich"
                             r"|ovna|evna|ivna|ovych|ulı|uly)", re.IGNORECASE)
PATRONYMIC_WORD = re.compile(rf"(?<![\w]){PATRONYMIC_LINE.pattern}(?![\w])", re.IGNORECASE)
SIDEBAR_HEADING = re.compile(r"(?:[A-Z]{3,}\s+){1,3}(?=[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:：])")
SIDEBAR_WORD = re.compile(r"^(?:CONTACTS?|CONTACT DETAILS|KONTAKT|KONTAKTE|CONTACTO|CONTATO"
                          r"|COORDONNÉES|КОНТАКТЫ|КОНТАКТИ|КОНТАКТ)[ \t]+(?=\S)")
MARRIED = re.compile(r"[ \t]+(?:épouse|epouse|ép\.|ep\.|née|nee|verh\.|wife[ \t]+of)[ \t]+"
                     r"([A-ZÀ-Þ][\w'’-]+)")
SEPARATOR = re.compile(r"\s+[|•·–—]\s+|\s+-\s+|\t|\s{3,}")


def header_name(text: str, lines_to_check: int = 4) -> str | None:
    """The name at the top of a resume, nickname included ("ZHANG Xiaoling Sherry"), or None.

    A "Name:" line among the first 25 lines wins; otherwise the first of the first few lines
    made of 2 to 5 name words (a lone first name followed by a lone surname line counts)."""
    lines = [_cleaned(raw) for raw in text.splitlines()]
    lines = [line for line in lines if line]
    # "Name: Brandt" and "Vorname: Jonas" on their own lines, perhaps under a sidebar.
    split = _split_name(lines[:30])
    if split:
        return split
    for line in lines[:25]:  # a sidebar of contacts may come first (two-column layouts)
        # A two-column PDF row puts the sidebar's heading first: "CONTACTS Name: Faith Onyango".
        line = line[len(m.group()):] if (m := SIDEBAR_HEADING.match(line)) else line
        label = NAME_LABEL.match(line)
        if label:
            rest = line[label.end():]
            name = _cjk_name(rest) or _name_of(rest, labelled=True) or _caseless_name(rest)
            if name:
                return name
    checked = 0
    for index, line in enumerate(lines):
        if line.lower().rstrip(":") in NOT_NAME_LINES or RESUME_TITLE.match(line):
            continue
        checked += 1
        if checked > lines_to_check:
            break
        # A two-column PDF row may put the sidebar's heading first: "CONTACT GIORGI BERIDZE".
        line = SIDEBAR_WORD.sub("", line)
        name = _name_of(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if name and _given_names_only(line) and _continuation(following):
            return f"{name} {following}"  # "João Pedro" / "Albuquerque Nascimento" (a PDF)
        after = lines[index + 2] if index + 2 < len(lines) else ""
        if (name and not any(w.isupper() for w in line.split()) and _caps_surname_line(following)
                and CONTACT_LIKE.search(after) and not _used_as_place(text, following)):
            return f"{name} {following}"  # "Ifeanyi Chibuzor" / "EZEUDU": the surname set apart
        if name and PATRONYMIC_LINE.fullmatch(following):
            return f"{name} {following}"  # "АСАНОВ БАКЫТ" / "ТЕМИРБЕКОВИЧ"
        if name:
            return name
        if (_one_word_name(line) and (following_name := _name_of(following))
                and PATRONYMIC_WORD.search(following_name)):
            return f"{line} {following_name}"  # "КОВАЛЕВИЧ" / "Дмитрий Олегович"
        if _one_word_name(line) and _one_word_name(following):
            return f"{line} {following}"  # "Henrike" / "Schäfer" on two lines
    return None


def _split_name(lines: list[str]) -> str | None:
    """Given names and surname from their own labelled lines, or None when either is missing."""
    parts = {}
    for line in lines:
        for key, label in (("surname", SURNAME_LABEL), ("given", GIVEN_LABEL),
                           ("father", FATHER_LABEL)):
            match = label.match(line)
            words = SEPARATOR.split(line[match.end():])[0].split() if match else []
            if words and all(_name_word(w) or w.lower() in PARTICLES or CASELESS_WORD.fullmatch(w)
                             for w in words):
                parts.setdefault(key, " ".join(words))
    if "surname" not in parts or "given" not in parts:
        return None
    return " ".join(parts[key] for key in ("given", "father", "surname") if key in parts)


# A name in Han characters, Hangul or kana: 2-4 characters, family and given name perhaps
# spaced ("森下 健太", "陈晓雨", "박하은").
CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
CJK_NAME = re.compile(rf"{CJK}{{1,3}}(?:[ \u3000]{CJK}{{1,3}})?(?!{CJK})")


def _cjk_name(rest: str) -> str | None:
    """A labelled name written in an East Asian script, with its kana reading and romanised
    form in brackets or after a slash: "陈晓雨 (Xiaoyu CHEN, "Yuki")" gives every part."""
    rest = rest.strip()
    match = CJK_NAME.match(rest)
    if not match or len(match.group().replace(" ", "")) < 2:
        return None
    extra = re.findall(r"[^\W\d_][\w'’-]*", rest[match.end():].split("|")[0])
    words = [w for w in extra if w[0].isupper() or re.match(CJK, w)]
    return " ".join([match.group(), *words[:6]])


# A word of a script without capitals (Arabic, Hebrew, Persian, Georgian, Indic ...).
CASELESS_WORD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u10d0-\u10ff"
                           r"\u200c]{2,}")


def _caseless_name(rest: str) -> str | None:
    """A labelled name in a script without capitals: two to six words of it, up to the first
    separator ("الاسم الرباعي واللقب: حيدر عبد الأمير جبار حسون الساعدي")."""
    words = SEPARATOR.split(rest.strip())[0].split()
    if 2 <= len(words) <= 6 and all(CASELESS_WORD.fullmatch(w) for w in words):
        return " ".join(words)
    return None


# A form of address in brackets after a name: "(Mrs.)", "(Dr)", "(Engr.)".
FORM_OF_ADDRESS = re.compile(r"[ \t]*\((?:Mrs|Mr|Ms|Miss|Mx|Dr|Engr|Barr|Chief|Prof)\.?\)")


def _cleaned(raw: str) -> str:
    """A header line without markup, empty brackets and stray separators: a PDF font that
    lacks CJK glyphs turns "氏名：森下 健太 / Kenta MORISHITA" into " / Kenta MORISHITA" and
    "PARK Ha-eun (박하은)" into "PARK Ha-eun ()"."""
    line = re.sub(r"[(（][\s,]*[)）]", "", raw)
    line = FORM_OF_ADDRESS.sub("", line)  # "OKONKWO, Chidinma Adaeze (Mrs.)"
    line = line.strip().strip("#*_ ").strip().strip("/|:：· ")
    if re.fullmatch(r"\([^()]+\)", line):
        line = line[1:-1]  # ' (Xiaoyu CHEN, "Yuki")': the romanised name alone in brackets
    return line.strip()


def _name_of(line: str, labelled: bool = False) -> str | None:
    """The name a header line holds, or None when it is not a name line."""
    line = SEPARATOR.split(line)[0]
    # 'JEONG So-yeon (정소연) / "Sophie" Jeong': a slash gives another form of the name.
    line = re.sub(r"[ \t]+/[ \t]+(?=[\"“«(]?[^\W\d_])", " ", line)
    # "KOUASSI Affoué Marie-Laure épouse YAO": the married name is a name word too.
    line = MARRIED.sub(r" \1", line)
    # "Lin, Yu-Ting (Tina)  林郁婷": the name in Han characters or Hangul stands beside it.
    beside = re.findall(rf"{CJK}+", line) if re.search(r"[A-Za-z]", line) else []
    line = re.sub(rf"[ \t]*[(\[]?{CJK}+[)\]]?", "", line) if beside else line
    surname, _, given = line.partition(",")
    # 'OKONKWO, Chinedu Emmanuel ("Ned")': a nickname may follow the given names.
    given_words, surname_words = NICKNAME.sub(" ", given).split(), surname.split()
    # "GALLARDO DE LA FUENTE, María Rocío": particles inside a surname in capitals
    surname_words = [w for i, w in enumerate(surname_words)
                     if i == 0 or not (surname.isupper() and w.lower() in PARTICLES)]
    if ((len(surname_words) == 1 or 2 <= len(surname_words) <= 3 and surname.isupper())
            and all(_name_word(w) for w in surname_words) and 1 <= len(given_words) <= 3
            and all(_name_word(w) for w in given_words)
            and not any(_plain(w) in CREDENTIALS | NOT_NAME_WORDS | _places()
                        for w in [*surname_words, *given_words])
            and (labelled or surname.isupper() or _known_first_name(given_words)
                 or _plain(surname.strip()) in _east_asian_surnames())):
        line = f"{surname} {given}"  # "ADEBAYO-OKONKWO, Oluwaseun Temitope": surname first
    line = line.split(",")[0]  # "Jane Doe, PhD": credentials after the comma are not the name
    line = before_credentials(line)
    nicknames = NICKNAME.findall(line)
    line = NICKNAME.sub(" ", line)
    words = [w for w in line.split() if w.replace(".", "").lower() not in TITLES]
    if len(words) >= 3 and words[0] in {"DI", "DI.", "Mag.a"} and not words[1].isupper():
        words = words[1:]  # "DI Theresa Wallner-Pichler": an Austrian degree, not "Di" Benedetto
    if len(words) >= 3 and words[0] in GIVEN_ABBREVIATIONS:
        words = words[1:]  # "Md. Rafiqul Islam": the rest is the name
    elif (words and _plain(words[0]) in CREDENTIALS and not _known_first_name(words[1:])
            and len(words) < 4):
        return None  # "B.S. Computer Science": a degree line ("Md. Tanvir Hasan Rahman" is not)
    words = [w for w in words if _plain(w) not in CREDENTIALS]
    # Particles do not count: "María del Carmen (Mamen) Cuadrado de la Fuente" has four names.
    counted = [w for w in words if w.lower() not in PARTICLES]
    if not 2 <= len(counted) <= 6 or not all(_name_word(w) or w.lower() in PARTICLES
                                           or w in LOWER_PARTICLES for w in words):
        return None
    if words[0].isupper() and words[0].lower() in PARTICLES and _caps_surname_block(words):
        pass  # "LE GOFF Yannick", "VAN DER BERG Jan": an upper-case surname opens the name
    elif ({words[0].lower(), words[-1].lower()} & PARTICLES
          or {words[0], words[-1]} & LOWER_PARTICLES):
        return None
    # "PARK Ha-eun (박하은)": an upper-case family name first, then a hyphenated or
    # other-script given name, is a name even when the family name is also a word ("Park").
    # "Park Ji-hoon (박지훈)", "Jihoon Park": a common Korean or Chinese family name that is
    # also a word, beside a hyphenated or other-script given name.
    east_asian = (len(words) >= 2 and (not words[1].isupper() or "-" in words[1])
                  and (words[0].isupper() or _plain(words[0]) in _east_asian_surnames())
                  and ("-" in words[1] or any(re.search(CJK, n) for n in [*nicknames, *beside])))
    if any(_plain(w) in NOT_NAME_WORDS
           or _plain(w) in ORG_WORDS and len(_plain(w)) > 2 and not (east_asian and w == words[0])
           for w in words if not INITIAL.fullmatch(w)):
        return None  # an initial ("W. A. Dilani Perera") is no organisation word
    if _city(" ".join(words)):
        return None  # "Saint Petersburg, Russia" at the top of a sidebar: where, not who
    return " ".join([*words, *nicknames, *beside])


def _city(words: str) -> bool:
    from jobtui.resume.cities import CITIES
    from jobtui.resume.names import fold

    return fold(words).lower().replace("-", " ") in CITIES


def _east_asian_surnames() -> set[str]:
    from jobtui.resume.name_shapes import EAST_ASIAN_SURNAMES  # it imports this module

    return EAST_ASIAN_SURNAMES


def before_credentials(line: str) -> str:
    """``line`` up to the first credential after two or more words: "Liam O'Sullivan  BEng
    (Civil) (Hons), RPEQ" is "Liam O'Sullivan" (a bracket after a degree is no nickname)."""
    words = list(re.finditer(r"\S+", line))
    for word in words[2:]:
        if _plain(word.group().strip("()[]")) in CREDENTIALS:
            return line[:word.start()].rstrip()
    return line


def _known_first_name(words: list[str]) -> bool:
    from jobtui.resume.names import fold, gazetteer

    return bool(words) and fold(words[0]).lower() in gazetteer()[0]


def _places() -> frozenset[str]:
    from jobtui.resume.names import PLACES

    return frozenset(PLACES)


def _given_names_only(line: str) -> bool:
    """Every word of ``line`` is a known first name (no surname yet: "João Pedro")."""
    from jobtui.resume.names import fold, gazetteer

    words = line.split()
    return bool(words) and all(fold(w).lower() in gazetteer()[0] for w in words)


def _continuation(line: str) -> bool:
    """A line of one to three name words and nothing else: the rest of a split name."""
    from jobtui.resume.names import PLACES, TECH

    words = line.split()
    return (1 <= len(words) <= 3 and all(_name_word(w) and "." not in w for w in words)
            and not any(_plain(w) in NOT_NAME_WORDS | ORG_WORDS | CREDENTIALS | PLACES | TECH
                        for w in words)
            and line.lower() not in NOT_NAME_LINES and line.lower() not in PLACES)


# A contact line (an address, a phone, an e-mail): what follows a surname set on its own line;
# a heading ("PROFIEL") is followed by prose instead.
CONTACT_LIKE = re.compile(r"@|\d{3}|[|·•]|\d.*,|,.*\d")


def _caps_surname_block(words: list[str]) -> bool:
    """``words`` open with upper-case particles and an upper-case surname, then go on with a
    capitalised given name: "LE GOFF Yannick", "DE LA CRUZ María José"."""
    index = 0
    while index < len(words) and words[index].isupper() and words[index].lower() in PARTICLES:
        index += 1
    rest = words[index:]
    return (len(rest) >= 2 and rest[0].isupper() and len(rest[0]) > 1
            and any(not w.isupper() for w in rest[1:]))


def _caps_surname_line(line: str) -> bool:
    """One or two upper-case name words alone on a line, no heading, title, place or country:
    the surname a designer set on its own line under the given names."""
    from jobtui.resume.sections import SECTION_HEADINGS

    words = line.split()
    return (1 <= len(words) <= 2 and line.isupper() and _continuation(line.title())
            and line.lower() not in SECTION_HEADINGS
            and all(len(w) > 2 for w in words) and not any(_plain(w) in JOB_WORDS for w in words)
            and not _country(line))


# Job titles that a header may show in capitals under the name ("ACCOUNTANT"): never a surname.
JOB_WORDS = {
    "accountant", "auditor", "lawyer", "attorney", "paralegal", "pharmacist", "physician",
    "surgeon", "dentist", "midwife", "therapist", "technician", "electrician", "mechanic",
    "plumber", "carpenter", "welder", "driver", "pilot", "chef", "cook", "baker", "barista",
    "waiter", "cashier", "clerk", "secretary", "receptionist", "writer", "editor", "journalist",
    "translator", "interpreter", "researcher", "economist", "statistician", "actuary",
    "recruiter", "coordinator", "supervisor", "strategist", "marketer", "programmer", "tester",
    "photographer", "illustrator", "animator", "artist", "musician", "tutor", "trainer",
    "coach", "advisor", "adviser", "banker", "trader", "broker", "underwriter", "surveyor",
    "planner", "buyer", "seller", "agent", "representative", "executive", "graduate",
    "student", "volunteer", "freelancer", "contractor", "ingenieur", "ingeniero", "ingegnere",
    "engenheiro", "entwickler", "desarrollador", "developpeur", "programista", "inzynier",
}


def _used_as_place(text: str, line: str) -> bool:
    """The resume names ``line`` as a place elsewhere ("Thales, Brest", "based in Brest"): a
    city under the name, not a surname."""
    words = r"[ \t]+".join(re.escape(w) for w in line.title().split())
    return bool(re.search(rf"(?:,|\b(?:in|at|near|à|en|em|im|in der|w|we|a))[ \t]+{words}\b",
                          text))


def _country(line: str) -> bool:
    """``line`` names a country (Faker's English country list): "NIGERIA", "SOUTH AFRICA"."""
    from faker.providers.address.en_US import Provider

    return line.strip().lower() in {c.lower() for c in Provider.countries}


def _one_word_name(line: str) -> bool:
    from jobtui.resume.names import TECH

    return (" " not in line and _name_word(line) and _plain(line) not in NOT_NAME_WORDS
            and _plain(line) not in TECH  # "SKILLS" / "Python" / "Referenser": no name
            and line.lower() not in NOT_NAME_LINES and len(line) >= 2)


def _plain(word: str) -> str:
    return word.replace(".", "").strip(",").lower()


def _name_word(word: str) -> bool:
    core = word.rstrip(",")
    return bool(re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_])|\.$)*", core)) and (
        core[0].isupper()
    )
