"""A birth or origin label's whole value is personal, however the label is written.

Labels come combined ("Geburtsdatum, -ort:", "Date and place of birth", "Lieu et date de
naissance"), aligned by spaces instead of a colon ("Data nașterii          23.11.1990,
Bistrița"), abbreviated ("Geb.-Datum"), in any of many languages. Rather than list every label,
a label is any short run of words at a line's start holding a birth stem (geburt, naiss, nacim,
nasc, urodz, naroz, születés, doğum, рожд, народж, γένν, syntym, dzimš, gimim, födelse, lahir,
sinh ...) or an origin word (home town, L.G.A., domicile, nearest station); what follows it to
the end of its segment goes: the date and the place together.
"""

from __future__ import annotations

import re

from jobtui.resume.names import fold

# Birth stems (folded, lower case), each the start of a word of the label.
_STEMS = (
    r"birth|born\b|geburt|geb\.|geboren|geboorte|naiss|nacim|nacid|nac\.|nasc|nast(?:er|ere)|naix"
    r"|nacem"
    r"|urodz|roden"
    r"|rojen|rojst|naroz|narod(?:en|il)|szulet|dogum|syntym|sunni|dzims|dzim\.|gimim|gimes"
    r"|fodelse|fodsel|fodd|fodt|faeding|lahir|sinh\b(?![ \t]+vien)|lindj|lindur|kuzaliwa"
    r"|kapanganakan|breithe|geni\b|рожд|родил|народж|народил|нарадж|рођ|роден|раѓ|раждан"
    r"|γενν|γένν|לידה|נולד|ميلاد|ولادة|الازدياد|ازدياد|تولد|जन्म"
)
# Origin labels: where the candidate is from, by another name.
_ORIGIN = (r"home[ \t]*town|native[ \t]+place|place[ \t]+of[ \t]+origin|l\.?g\.?a\.?(?![\w])"
           r"|local[ \t]+government(?:[ \t]+area)?|heimatort|herkunft|que[ \t]+quan"
           r"|nguyen[ \t]+quan|nearest[ \t]+(?:train[ \t]+)?station|最寄り?駅")
STEM = re.compile(rf"(?<![\w])(?i:{_STEMS}|{_ORIGIN})")
# A label: the start of a line up to a colon or a wide gap ("Geburtsdatum, -ort:", "Data
# nașterii     "), no digit in it; its value runs to the end of its segment.
# A label opens a line or a segment after a bar ("ת.ז. 032847162 | נולדה: 11.02.1991").
LABEL = re.compile(
    r"(?:^|(?<=[|·•]))[ \t]*(?P<label>[^\W\d_][^\d\n:：\t|]{0,45}?)"
    r"(?:[ \t]*[:：][ \t]*|[ \t]{2,}|\t[ \t]*)"
    r"(?P<value>[^\s|·•;][^|·•;\n\t]*?)(?=[ \t]*(?:[|·•;\n\t]|[ \t]{3}|[ \t][–—-][ \t]|$))",
    re.MULTILINE)
# A label alone on its line, its value on the next (a table read row by row, a sidebar).
ALONE = re.compile(r"^[ \t]*(?P<label>[^\W\d_][^\d\n:：\t|]{0,40}?)[ \t]*[:：]?[ \t]*\n"
                   r"(?=[ \t]*(?P<value>[^\s|·•;][^|·•;\n\t]{0,60}?)[ \t]*$)", re.MULTILINE)
# After the year only a place may follow, behind a comma or "in" ("07.11.1990, Grieskirchen",
# "14. März 1988 in Lübeck", "(age 36)"): a two-column PDF runs the other column's words on.
_PLACE = r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}"
AFTER_YEAR = re.compile(
    rf"(?:[ \t]*\([^)\n]{{0,20}}\))?(?:[ \t]*(?:,|(?i:in|a|à|en|te|v|ve|w|u|din|em|i))[ \t]*"
    rf"(?:(?i:le|the)[ \t]+)?{_PLACE}(?:[ \t]*,[ \t]*{_PLACE})?(?:[ \t]*\([^)\n]{{0,20}}\))?)?")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[-./][ \t]?\d{1,2}[-./][ \t]?\d{1,2}\.?)?(?!\d)")
# An English "domicile" (South Asia) is the home district: a value without a number is one.
DOMICILE = re.compile(r"^[ \t]*(?i:domicile)[ \t]*(?:[:：][ \t]*|[ \t]{2,})"
                      r"(?P<value>[^\W\d_][^\d|·•;\n\t]*?)[ \t]*$", re.MULTILINE)


def birth_label_spans(text: str) -> list[tuple[int, int, str]]:
    """The whole value after every birth or origin label of ``text``."""
    folded = fold(text)
    spans = []
    for match in LABEL.finditer(folded):
        label = match.group("label")
        if len(label.split()) > 5 or not STEM.search(label):
            continue
        value = match.group("value")
        start, end, kind = _value_span(match.start("value"), value)
        # "Nascimento: 22/03/1993 – Montes Claros/MG": the place after a dash.
        place = DASH_PLACE.match(folded, end) if kind == "DATE_OF_BIRTH" else None
        spans.append((start, place.end() if place else end, kind))
    spans += [(m.start("value"), m.end("value"), "ADDRESS") for m in DOMICILE.finditer(folded)]
    for match in ALONE.finditer(folded):
        label, value = match.group("label"), match.group("value")
        if (len(label.split()) <= 5 and STEM.search(label)
                and (re.search(r"\d", value) or len(value.split()) <= 3)):
            spans.append(_value_span(match.start("value"), value))
    return spans


DASH_PLACE = re.compile(r"[ \t]+[–—-][ \t]+[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}(?:/[A-Z]{2})?"
                        r"(?=[ \t]*(?:[|·•;\n]|$))", re.MULTILINE)
# A month and year ("04/2013") or a year range: work history a two-column PDF put beside it.
WORK_DATE = re.compile(r"[ \t]*(?:(?<![\d./])\d{1,2}/(?:19|20)\d\d(?!\d)|(?:19|20)\d\d[ \t]*[–—-])")


def _value_span(start: int, value: str) -> tuple[int, int, str]:
    """The birth data of a value at ``start``: a date (with its place) or a place alone."""
    value = value[:_trimmed(value)]
    return start, start + len(value), "DATE_OF_BIRTH" if re.search(r"\d", value) else "ADDRESS"


def _trimmed(value: str) -> int:
    """How much of a birth value is the birth data: up to the year and the place after it."""
    work = WORK_DATE.search(value)
    value = value[:work.start()] if work and work.start() else value
    year = YEAR.search(value)
    if not year or YEAR.search(value, year.end()):
        return len(value)
    return AFTER_YEAR.match(value, year.end()).end()


# A preposition before a town, in the languages that inflect town names: "v Kroměříži",
# "w Krakowie", "в Житомирі", "din Bistrița", "Kaune" after "gimęs".
_IN = r"v|ve|w|we|u|z|ze|iz|iš|is|в|у|з|із|из|во|у|din|la|în|in"


def birth_places(text: str) -> set[str]:
    """The place part of every birth label's value ("9. 7. 1992, Kroměříž" -> "Kroměříž")."""
    places = set()
    for start, end, _ in birth_label_spans(text):
        tail = re.split(r",|[ \t](?:in|v|w|à|a|en|te)[ \t]", text[start:end])[-1].strip(" .()")
        if tail and not re.search(r"\d", tail):
            places.add(tail)
    return places


def inflected_spans(text: str, places: set[str]) -> list[tuple[int, int, str]]:
    """A birthplace named again with a case ending after a preposition ("gymnázium v
    Kroměříži" for Kroměříž): the stem and up to four letters of ending."""
    folded = fold(text)
    spans = []
    for place in places:
        word = fold(place).split()[-1] if place.split() else ""
        if len(word) < 5 or not word[0].isupper():
            continue
        stem = word[:-2] if len(word) >= 7 else word[:-1]
        pattern = re.compile(rf"(?<![\w])(?:{_IN})[ \t]+({re.escape(stem)}\w{{0,4}})(?![\w-])")
        spans += [(m.start(1), m.end(1), "ADDRESS") for m in pattern.finditer(folded)]
    return spans
