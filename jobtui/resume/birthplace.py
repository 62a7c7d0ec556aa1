"""Where the candidate comes from, and their age, in many languages.

A home town narrows a person down as a birth date does. Resumes give it after a label ("Quê
quán: Kiến An, Hải Phòng", "Home town: Tralee"), in one value with the birth date
("Geburtsdatum/-ort: 3. Februar 1988 in Braunschweig"), after "born in" or "Geboren:"
("Born in Stornoway", "Geboren: 12 maart 1990 te Almelo"), or after an origin phrase
("originaire de Sainte-Croix (VD)", "grew up in Tromsø"), after the birth date in prose ("Né le
2 avril 1990 à Quimper") or under its own label ("Geboorteplaats: Delft"). The rating never
needs it, and national origin must not sway a fit score. Labels and verbs are matched on
accent-folded text (names.fold), so one spelling covers the accented ones.
"""

from __future__ import annotations

import re

from jobtui.resume.birth_labels import birth_label_spans
from jobtui.resume.names import fold
from jobtui.resume.personal_labels import PLACE as ANY_SCRIPT_PLACE
from jobtui.resume.personal_labels import label_spans

# Labels whose value is a home town, or a birth date together with the birthplace (folded,
# lower case): "Quê quán" (VN home town), "Geburtsdatum/-ort", "Doğum Yeri ve Tarihi",
# "Születési hely, idő".
_LABELS = (
    "home ?town", "place of origin", "native place", "heimatort", "que quan", "nguyen quan",
    "geburtsdatum ?(?:/|und) ?-?ort", "geburtsort ?(?:/|und) ?-?datum",
    "date ?(?:and|&|/) ?place of birth", "place ?(?:and|&|/) ?date of birth",
    "date et lieu de naissance", "lugar y fecha de nacimiento", "fecha y lugar de nacimiento",
    "local e data de nascimento", "data e local de nascimento", "luogo e data di nascita",
    "data e luogo di nascita", "geboortedatum ?(?:/|en) ?-?plaats",
    "data i miejsce urodzenia", "data si locul nasterii", "dogum yeri ve tarihi",
    "dogum tarihi ve yeri", "szuletesi (?:hely ?, ?ido|hely es ido|ido ?, ?hely)",
    "tempat ?(?:,|/|dan)? ?tanggal lahir", "ngay ?(?:va|,) ?noi sinh",
    "تاريخ ?و ?مكان (?:الولادة|الميلاد)", "مكان ?و ?تاريخ (?:الولادة|الميلاد)",
    "تاریخ ?و ?محل تولد", "תאריך ומקום לידה",
)
# Labels naming the birthplace alone ("Place of birth: Delft", "Geboorteplaats").
_PLACE_LABELS = (
    "place of birth", "birth ?place", "city of birth", "lieu de naissance", "ville de naissance",
    "lugar de nacimiento", "ciudad de nacimiento", "local de nascimento", "naturalidade",
    "luogo di nascita", "geboorteplaats", "geburtsort", "miejsce urodzenia", "misto narozeni",
    "miesto narodenia", "locul nasterii", "dogum yeri", "szuletesi hely",
    "noi sinh", "fodested", "fodelseort", "syntymapaikka", "mjesto rodenja",
    "mesto rozhdeniya",
)


def _alternatives(labels: tuple[str, ...]) -> str:
    """One regex alternation; a space in a label is any run of blanks, " ?" an optional one."""
    return "|".join(re.sub(r" \??", lambda m: r"[ \t]*" if m.group() == " ?" else r"[ \t]+", label)
                    for label in labels)


_COLON = r"[ \t]*(?:\([^)\n]{0,15}\))?[ \t]*[:：][ \t]*"
# A value runs to the end of its segment: a bar, a middle dot, a semicolon, a wide gap.
_VALUE = r"(?P<pii>[^\s|·•;][^|·•;\n\t]*?)(?=[ \t]*(?:[|·•;\n\t]|[ \t]{2}|$))"
LABELLED = re.compile(rf"(?<![\w])(?i:{_alternatives(_LABELS)}){_COLON}{_VALUE}", re.MULTILINE)

# A place name: capitalised words, hyphens and joining particles ("Clermont-Ferrand",
# "Sainte-Croix (VD)", "Frankfurt am Main", "Stratford-upon-Avon"), then at most one more
# such run after a comma ("Kiến An, Hải Phòng").
_PLACE_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
_PLACE_RUN = (rf"{_PLACE_WORD}(?:[ \t]+(?:(?:am|an[ \t]+der|im|de|del|da|do|dos|das|di|du|des"
              rf"|la|le|sur|upon|on|ob|nad|pod)[ \t]+)?{_PLACE_WORD}){{0,3}}"
              r"(?:[ \t]*\([A-Z]{1,3}\))?")
PLACE = rf"(?P<pii>{_PLACE_RUN}(?:,[ \t]*{_PLACE_RUN})?)"
# A birthplace label's value is a place, not the rest of the line: a two-column PDF can run
# "Geburtsort: Lüneburg" into the other column's "04/2013 – 09/2019".
PLACE_LABELLED = re.compile(rf"(?<![\w])(?i:{_alternatives(_PLACE_LABELS)}){_COLON}{PLACE}")
# "born" in many languages (folded), then up to 40 characters (the date), then "in"/"à"/"te".
_BORN = (r"born|n[eé]e?(?=[ \t]+(?:le\b|a[ \t]+[A-Z]))|geboren|geb\.|nacid[oa]|nascid[oa]"
         r"|urodzon[ya]"
         r"|urodzil(?:em|am)|narozen[aý]?|narodil(?:a)?[ \t]+jsem[ \t]+se|nascut[a]?|szulettem"
         r"|dogdum|fodd|fodt|syntynyt|fadd(?:ur)?|faedd(?:ur)?|sundinud|dzimis|dzimusi|gimes"
         r"|gimusi|roden[a]?|rodjen[a]?")
_AT = r"in|at|a|te|en|em|w|we|v|ve|din|i|u"
# "Born in Stornoway", "Geboren: 12 maart 1990 te Almelo", "Né le 2 avril 1990 à Quimper":
# what stands between the verb and "in"/"à" must end in a number (the date), so "born to lead
# at Google" keeps its employer.
# The place may wrap to the next line after the date ("Fædd 27. júní 1988" / "á Akureyri").
BORN_AT = re.compile(rf"(?<![\w])(?i:{_BORN})(?:[ \t]*:)?(?:[ \t]+[^|·•;\n:]{{0,40}}?\d\.?)?"
                     rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?i:{_AT})[ \t]+{PLACE}")
# "Fecha de nacimiento: 9 de enero de 1988 | Lugar: Bahía Blanca" (or " – Lugar:"): a bare
# "place" label on the birth date's line (folded).
PLACE_AFTER_BIRTH = re.compile(
    r"(?i:fecha[ \t]+de[ \t]+nacimiento|data[ \t]+de[ \t]+nascimento|date[ \t]+de[ \t]+naissance"
    r"|geburtsdatum|date[ \t]+of[ \t]+birth|data[ \t]+di[ \t]+nascita)[^\n]*?"
    r"(?:[|·;,]|[ \t][–—-][ \t])[ \t]*"
    r"(?i:lugar|local|lieu|ort|place|luogo)[ \t]*:[ \t]*(?P<pii>[^|·;\n]*[^|·;\n \t])")
# "Дата и място на раждане: 07.11.1992 г., гр. Хасково", "Date and place of birth: 3 May 1990,
# Split": one label for both, the place after the date and a comma or "in"/"à" (folded).
DATE_AND_PLACE = re.compile(
    r"(?<![\w])(?i:date[ \t]+(?:and|&)[ \t]+place[ \t]+of[ \t]+birth"
    r"|дата[ \t]+и[ \t]+място[ \t]+на[ \t]+раждане|дата[ \t]+и[ \t]+место[ \t]+рождения"
    r"|data[ \t]+e[ \t]+luogo[ \t]+di[ \t]+nascita|fecha[ \t]+y[ \t]+lugar[ \t]+de[ \t]+nacimiento"
    r"|data[ \t]+e[ \t]+local[ \t]+de[ \t]+nascimento|date[ \t]+et[ \t]+lieu[ \t]+de[ \t]+naissance"
    r"|datum[ \t]+i[ \t]+m(?:j)?esto[ \t]+rodenja|data[ \t]+i[ \t]+miejsce[ \t]+urodzenia"
    r"|datum[ \t]+en[ \t]+plaats[ \t]+van[ \t]+geboorte|geburtsdatum[ \t]+und[ \t]+-?ort"
    r"|data[ \t]+si[ \t]+locul[ \t]+nasterii)"
    r"[ \t]*:?[^\n]{0,30}?\d\.?(?:[ \t]*(?:г|r|god)\.)?"
    rf"(?:[ \t]*,|[ \t]+(?:a|in|en|em|u|в|w|te|din))[ \t]*{ANY_SCRIPT_PLACE}")
# "Born 12 February 1990, Rakvere": the place after the year and a comma.
BORN_COMMA = re.compile(rf"(?<![\w])(?i:{_BORN})(?:[ \t]*:)?[ \t]+[^|·•;\n:]{{0,30}}?"
                        rf"(?:19|20)\d\d,[ \t]*{PLACE}")
# "Родился 5 августа 1990 г. в г. Бердске", "народилася у м. Дрогобичі": born, then "in".
BORN_CYRILLIC = re.compile(
    r"(?<![\w])(?i:родил(?:ся|ась)|народи(?:вся|лася)|нарадзі(?:ўся|лася)|роден[аи]?|рођен[аи]?"
    r"|родена)[^\n]{0,40}?[ \t](?:в|у|во|в[ \t]+город[еа]|у[ \t]+місті)[ \t]+"
    r"(?:(?:г|гр|с|пос|м|смт)\.[ \t]*)?"
    r"(?P<pii>[А-ЯЁІЇЄЎ][а-яёіїєў'’-]+(?:[ \t-][А-ЯЁІЇЄЎ][а-яёіїєў'’-]+)?)")
# An origin phrase, then the place: "originaire de Sainte-Croix", "grew up in Tromsø".
# Prose wraps: a phrase and its place may stand on two lines ("Born and bred in" / "Toowoomba").
_WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
ORIGIN = re.compile(rf"(?<![\w])(?i:originaire[ \t]+d[e']|originario[ \t]+de|originaria[ \t]+de"
                    r"|oriund[oa][ \t]+de|natural[ \t]+de|native[ \t]+of|originally[ \t]+from"
                    r"|hails?[ \t]+from|grew[ \t]+up[ \t]+in|raised[ \t]+in|aufgewachsen[ \t]+in"
                    r"|stamme[ \t]+aus|stammt[ \t]+aus|opgegroeid[ \t]+in|cresciut[oa][ \t]+a"
                    r"|cresci[ \t]+em|me[ \t]+crie[ \t]+en|j'ai[ \t]+grandi[ \t]+a"
                    # "born and bred in", "geboren en getogen in", "nacido y criado en" ...
                    r"|(?:born|bred)[ \t]+(?:and|&)[ \t]+(?:bred|raised)[ \t]+in"
                    r"|geboren[ \t]+(?:en|und)[ \t]+(?:getogen|aufgewachsen)[ \t]+in"
                    r"|nacid[oa][ \t]+y[ \t]+criad[oa][ \t]+en|crec[ií][ \t]+en"
                    r"|nat[oa][ \t]+e[ \t]+cresciut[oa][ \t]+a|originari[oa][ \t]+di"
                    r"|n[ée]e?[ \t]+et[ \t]+(?:elevee?|grandie?)[ \t]+a|nati(?:f|ve)[ \t]+d[e']"
                    r"|gebu?rtig(?:e[rn]?)?[ \t]+aus|komme[ \t]+aus|afkomstig[ \t]+uit"
                    r"|pochodz[eę][ \t]+z|wychowa(?:lem|lam)[ \t]+sie[ \t]+w|pochazim[ \t]+z"
                    r"|uppvuxen[ \t]+i|oppvokst[ \t]+i|opvokset[ \t]+i"
                    r"|originar[aă]?[ \t]+din|berasal[ \t]+dari|lumaki[ \t]+sa|taga-)"
                    rf"[ \t]*\n?[ \t]*{ANY_SCRIPT_PLACE}".replace(r"[ \t]+", _WRAP))
# "a proud Macon native", "a Leeds-born engineer", "Toowoomba local": the place before the word.
_NOT_NATIVE = (r"speakers?|speaking|language|level|proficiency|fluency|fluent|apps?|android"
               r"|ios|code|cloud|mobile|integration|support|english|french|german|spanish"
               r"|engineer|developer|architect|approach|platform|solutions?|stack|design|tools?"
               r"|services?|applications?|format|plants?|species|vegetation|forests?")
NATIVE_AFTER = re.compile(
    r"(?<![\w])(?i:a|an|the|proud|lifelong|true|born)[ \t]+(?:(?i:proud|lifelong|true)[ \t]+)?"
    rf"(?P<pii>{_PLACE_RUN}){_WRAP}(?i:native|local)(?![\w-])(?![ \t]+(?i:{_NOT_NATIVE})\b)"
    rf"|(?<![\w])(?P<born>{_PLACE_WORD})-(?i:born|bred|raised)(?![\w-])")

# An age: "34 ans", "34 years old", "aged 34", "Age: 34", "Alter: 34 Jahre". "10 ans
# d'expérience" is work history, so a bare "N ans"/"N años" must end its segment.
AGE = re.compile(
    r"(?<![\w])(?i:(?:(?:age|alter|edad|idade|eta|leeftijd|wiek|vek|yas|tuoi|eletkor|ika"
    r"|varsta|\u0432\u043e\u0437\u0440\u0430\u0441\u0442)[ \t]*:|aged)[ \t]*(?P<a>[1-9]\d)"
    r"(?:[ \t]+(?:years?(?:[ \t]+old)?|ans|anos|anos|anni|jahre|jaar|lat|let|yasinda"
    r"|tuoi|vuotta))?"
    r"|(?P<b>[1-9]\d)[ \t]+(?:years?[ \t]+old|yrs?[ \t]+old|jahre[ \t]+alt|jaar[ \t]+oud"
    r"|anos[ \t]+de[ \t]+idade|anni[ \t]+di[ \t]+eta|ans|anos|lat|yasinda|tuoi)"
    r"(?=[ \t]*(?:[|·•;)\n]|$)))(?![\w])", re.MULTILINE)

# When and where an ID card was issued ("CCCD: 031094012738 / Cấp ngày 14/08/2021", "Date of
# issue: 03.05.2019"): it dates the card as the number names it.
# A bare "Issued:" dates an identity document only on its line (a certificate's stays).
ID_WORDS = re.compile(r"(?i:\bid\b|passport|card|cccd|cmnd|licen[cs]e|identity)")


def _id_line(folded: str, at: int) -> bool:
    return bool(ID_WORDS.search(folded, folded.rfind("\n", 0, at) + 1, at))


ISSUED = re.compile(
    r"(?<![\w])(?i:cap[ \t]+ngay|ngay[ \t]+cap|noi[ \t]+cap|date[ \t]+of[ \t]+issue|issued[ \t]+on"
    r"|issued(?=[ \t]*:)"
    r"|issue[ \t]+date|data[ \t]+wydania|data[ \t]+(?:de[ \t]+)?emissao|fecha[ \t]+de"
    r"[ \t]+(?:expedicion|emision)|delivree?[ \t]+le|ausgestellt[ \t]+am|ausstellungsdatum"
    r"|data[ \t]+eliberarii|eliberat[aă]?[ \t]+la)[ \t]*:?[ \t]*"
    r"(?P<pii>\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?[ \t]+[A-Za-z]+\.?[ \t]+\d{4})")


def birthplace_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) of birthplaces, home towns, ages and ID issue dates in ``text``."""
    folded = fold(text)
    spans = []
    for match in LABELLED.finditer(folded):
        value = match.group("pii")
        entity = "DATE_OF_BIRTH" if re.search(r"\d", value) else "ADDRESS"
        spans.append((match.start("pii"), match.end("pii"), entity))
    spans += [(m.start("pii"), m.end("pii"), "ADDRESS")
              for pattern in (PLACE_LABELLED, BORN_AT, BORN_COMMA, BORN_CYRILLIC, ORIGIN,
                              PLACE_AFTER_BIRTH, DATE_AND_PLACE)
              for m in pattern.finditer(folded)]
    spans += [(m.start("pii"), m.end("pii"), "NATIONAL_ID") for m in ISSUED.finditer(folded)
              if not m.group().lower().startswith("issued:") or _id_line(folded, m.start())]
    for match in NATIVE_AFTER.finditer(folded):
        group = "pii" if match.group("pii") else "born"
        if not _language_word(match.group(group)):
            spans.append((match.start(group), match.end(group), "ADDRESS"))
    spans += label_spans(text) + birth_label_spans(text)
    for match in AGE.finditer(folded):
        group = "a" if match.group("a") else "b"
        if 15 <= int(match.group(group)) <= 80:
            spans.append((match.start(), match.end(), "DATE_OF_BIRTH"))
    return list(dict.fromkeys(spans))  # the label tables overlap the older lists


# Nationality and language words: "a Spanish native", "English-born" name no town.
_NATIONALITY = re.compile(r"(?i:[a-z]+(?:ish|ese|ian|ean|ic|ch|ani|i)|thai|arab|greek|swiss"
                          r"|welsh|scots|american|african|asian|european|native|cloud|digital)")


def _language_word(word: str) -> bool:
    """A nationality, language or technology word before "native" or "-born": no town."""
    from jobtui.resume.names import TECH

    plain = word.lower()
    return bool(_NATIONALITY.fullmatch(plain)) or plain in TECH or any(
        w in TECH for w in plain.split())
