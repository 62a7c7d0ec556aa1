"""People named in Cyrillic text by the shape of East Slavic and Central Asian names, with no
name list: a patronymic, initials, or "with" and a name in the instrumental case.

Russian, Ukrainian, Belarusian, Kazakh and Kyrgyz resumes name referees in full with the
father's name ("Токтаров Ержан Болатович", "Осмонов Нурлан Жээнбекович"), sign quotations with
initials ("— И. В. Лосев", "Б.Дорж") and name colleagues after "with" in the instrumental case
("вместе с Ромой Шевчуком", "Са Браниславом Ђорђевићем"). Kazakh and Kyrgyz given names are
missing from every name list, so these shapes are what finds them. Each name found this way
also gives its nominative ("Шевчуком" -> "Шевчук"), whose other case forms case_endings.py
then finds.
"""

from __future__ import annotations

import re

_UP = "А-ЯЁІЇЄҐЂЈЉЊЋЏЎҚҒҮҰӨҺӘҲӮҶӢ"
_LOW = "а-яёіїєґђјљњћџўқғүұөһәҳӯҷӣ"
_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
# East Slavic patronymics, and the Central Asian "son of"/"daughter of" words after the
# father's name ("Болатұлы", "Жээнбек уулу").
_PATRONYMIC = (rf"[{_UP}][{_LOW}]+(?:ович|евич|ьевич|ьич|овна|евна|ьевна|ична|инична|ұлы|улы"
               rf"|авіч|евіч|аўна|еўна|ічна|ович|івна|ївна"
               rf"|қызы|кызы)(?![{_LOW}])|[{_UP}][{_LOW}]+[ \t]+(?:уулу|кызы|улы|қызы|оглы|гызы)"
               rf"(?![{_LOW}])")
# "Токтаров Ержан Болатович", "Ержан Болатович Токтаров", "Игорь Валентинович".
FULL_NAME = re.compile(rf"(?<![\w])(?:({_WORD})[ \t]+)?({_WORD})[ \t]+({_PATRONYMIC})"
                       rf"(?:[ \t]+({_WORD})(?![ \t]+{_WORD}))?")
# One or two initials, then a surname: "И. В. Лосев", "Е.Б. Токтаров", "Б.Дорж".
INITIALS = re.compile(rf"(?<![\w.])(?:[{_UP}]\.[ \t]?){{1,2}}({_WORD})(?![\w])")
# "Named after": "МГУ им. М. В. Ломоносова", "университет имени первого Президента России
# Б. Н. Ельцина", "ЛНУ імені І. Франка": the initials open an institution's namesake.
NAMED_AFTER = re.compile(r"(?<![\w])(?:им\.|имени|імені|ім\.|імя|на[ \t]+името[ \t]+на|ба[ \t]+номи"
                         r"|номидаги)")
# "with" in Russian, Ukrainian, Belarusian, Serbian, Bulgarian, Macedonian, and what may stand
# between it and the name ("с коллегой", "з колегою", "са ментором").
_WITH = (r"(?<![\w])(?:[Сс]о?|[Сс]а|[Зз]|[Іі]з|[Зз]і|[Зз]ь|[Сс]ъс)[ \t]+"
         r"(?:(?:коллег(?:ой|ами)|колег(?:ою|ами|ом|ом)|калег(?:ам|амі)|колегиницом|колегом"
         r"|ментором|наставником|руководителем|керівником)[ \t]+)?")
_INSTRUMENTAL = "ом|ем|ём|ой|ей|ою|ею|ым|им|ью|ићем|ићом|ім|ай|яй|ам"
# Two capitalised words in the instrumental after "with": a given name and a surname.
# The surname may wrap to the next line ("разам з Сяргеем" / "Лісоўскім").
# A woman's "-ић" and a Ukrainian "-ко" surname do not decline: "са Јеленом Ђорђевић",
# "із QA Мар'яною Стецько" (a role in Latin capitals may stand before the name).
WITH_PAIR = re.compile(rf"{_WITH}(?:[A-Z]{{2,5}}[ \t]+)?([{_UP}][{_LOW}'’ʼ]+(?:{_INSTRUMENTAL}))"
                       rf"[ \t]*\n?[ \t]*([{_UP}][{_LOW}]+(?:{_INSTRUMENTAL}|ић|ко))(?![\w])")
# Words after which a name stands in the genitive or dative: "под руководством Ержана
# Абдрахманова", "в т.ч. Дарьи Кулешовой", "отчитывался Павлу Дронову", "звітував Ігорю
# Пасічнику"; up to three lower-case words (a role) may come between.
_CASE_CUE = (r"(?<![\w])(?i:под[ \t]+руководством|під[ \t]+керівництвом|пад[ \t]+кіраўніцтвам"
             r"|под[ \t]+началом|в[ \t]+т\.[ \t]?ч\.|в[ \t]+том[ \t]+числе|у[ \t]+тому[ \t]+числі"
             r"|включая|зокрема|отчитывал(?:ся|ась)|подчинял(?:ся|ась)|звітува(?:в|ла)"
             r"|підпорядковува(?:вся|лася)|перед|совместно[ \t]+с|спільно[ \t]+з|обучил[аи]?"
             # a manager's field: "Подчинение: директор по персоналу Ерлан Садыков"
             r"|подчинение:|руководитель:|непосредственный[ \t]+руководитель:|керівник:"
             r"|наставник:|ментор:"
             # Mongolian "worked together:", "direct management:"
             r"|хамтран[ \t]+ажилласан:|шууд[ \t]+удирдлага:)"
             rf"[ \t]+(?:[{_LOW}]+[ \t]+){{0,3}}")
# An academic degree or title before a given name and a surname: "к.ф.-м.н. Инна Лазарева",
# "проф. Иван Петров", "доц. д-р Валентина Ганчева".
TITLED_PAIR = re.compile(rf"(?<![\w])(?:(?:[кд]\.(?:[а-яё]+\.-?)+н\.|проф\.|доц\.|акад\.|д-р"
                         rf"|др\.?)[ \t]+)+([{_UP}][{_LOW}]+)[ \t]+({_WORD})(?![\w])")
CUED_PAIR = re.compile(rf"{_CASE_CUE}([{_UP}][{_LOW}]+)[ \t]+({_WORD})(?![\w])")
# A surname's ending in those cases, so "включая Яндекс Маркет" names no one.
_SURNAME_CASE = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ою|ої|ій)?|(?:ск|цк)(?:ий|ая|ого"
                           r"|ому|ой|ою|ій|ої)|(?:ник|чук|юк|ук|як)(?:а|у|ом)?|(?:ич|вич|ић)(?:а|у|ем)?"
                           r"|енко|ян(?:а|у)?|дзе|швили|ийн|ын)$")  # Mongolian father's name
# Words that take these shapes but name no one: months, places, firms.
# Mongolian names: the father's name in the genitive, then the given name, which may carry a
# case ending ("Дамдины Оюунчимэг", "Ганзоригийн Тэмүүлэнтэй хамтран"); not inside a longer
# capitalised run ("Монгол Улсын Их Сургууль" is a university).
MONGOLIAN_PAIR = re.compile(rf"(?<![{_UP}{_LOW}][ \t])(?<![\w])"
                            rf"([{_UP}][{_LOW}]+(?:ийн|гийн|ын|ны|ний))[ \t]+"
                            rf"([{_UP}][{_LOW}]{{3,}})(?![\w])(?![ \t]+[{_UP}])")
MONGOLIAN = re.compile("[өүӨҮ]")
_NOT_NAMES = {"Москвой", "Киевом", "Минском", "Алматы", "Астаной", "Газпромом", "Сбером"}
# Instrumental, genitive and dative endings and the nominative endings they may come from.
_NOMINATIVE = (("ићем", "ић"), ("ићом", "ић"), ("ой", "а"), ("ою", "а"), ("ей", "я"),
               ("ею", "я"), ("ым", ""), ("им", "ий"), ("ом", ""), ("ем", "ь"), ("ем", ""),
               ("ём", "ь"), ("ью", "ь"), ("ім", "і"), ("ім", "ій"), ("ай", "а"), ("ам", ""),
               ("ьи", "ья"), ("ии", "ия"), ("и", "а"), ("а", ""), ("у", ""), ("у", "а"),
               ("ю", ""), ("ю", "я"),
               ("ю", "ь"), ("е", "а"), ("і", "а"), ("ого", "ий"), ("ому", "ий"))


def cyrillic_people(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the people these shapes name in ``text``."""
    found = []
    bases: set[str] = set()
    for match in FULL_NAME.finditer(text):
        before, given, patronymic, after = match.groups()
        # Given name first, then the surname (before or after them), then the patronymic:
        # the order people.py reads a surname from, to remove its other mentions.
        words = [given, *(w for w in (before, after) if w), *patronymic.split()]
        if not set(words) & _NOT_NAMES:
            found.append((match.start(), match.end(), words))
            bases.add(given)  # "— Асель Тулегенова" elsewhere: the given name alone goes too
    for match in INITIALS.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.group(1) not in _NOT_NAMES and not NAMED_AFTER.search(
                text, max(line_start, match.start() - 60), match.start()):
            found.append((match.start(1), match.end(1), [match.group(1)]))
            if MONGOLIAN.search(text):
                bases.add(match.group(1))  # "Д. Оюунчимэг": Mongolians go by the given name
    if MONGOLIAN.search(text):
        for match in MONGOLIAN_PAIR.finditer(text):
            found.append((match.start(1), match.end(2), [match.group(2), match.group(1)]))
            bases.update(match.groups())
    for match in WITH_PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        if {given, surname} & _NOT_NAMES:
            continue
        found.append((match.start(1), match.end(2), [given, surname]))
        bases.update(nominatives(given) + nominatives(surname))
    for match in TITLED_PAIR.finditer(text):
        if not {match.group(1), match.group(2)} & _NOT_NAMES:
            found.append((match.start(1), match.end(2), [match.group(1), match.group(2)]))
    for match in CUED_PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        # the surname may come first: "в т.ч. Сафину Лейлу"
        if (_SURNAME_CASE.search(surname) or _SURNAME_CASE.search(given)) and not {
                given, surname} & _NOT_NAMES:
            found.append((match.start(1), match.end(2), [given, surname]))
            bases.update(nominatives(given) + nominatives(surname))
    # "Шевчук отвечал за бэкенд" after "с Ромой Шевчуком": the nominative goes too.
    for base in bases - _NOT_NAMES:
        found += [(m.start(), m.end(), [base])
                  for m in re.finditer(rf"(?<![\w]){re.escape(base)}(?![\w])", text)]
    return found


def nominatives(word: str) -> list[str]:
    """The nominatives an instrumental form may come from: "Шевчуком" -> "Шевчук",
    "Ромой" -> "Рома", "Алесем" -> "Алесь", "Алес"."""
    return [word[: -len(ending)] + base for ending, base in _NOMINATIVE
            if word.endswith(ending) and len(word) - len(ending) >= 3]
