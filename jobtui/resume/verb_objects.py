"""A colleague named as the object of a verb that takes a person, in some twenty languages.

"Mentored Aisha and Tomás", "Onboarded Kwabena", "Trained two juniors (Nkechi, Tunde)",
"Betreute die Werkstudentin Lena", "Formé Yanis", "Begeleidde stagiair Sanne", "Szkoliłem
Kacpra i Zuzannę", "Am mentorat-o pe Ioana": a verb of mentoring, training or handing over
work, up to three lower-case words (an article, a role: "the intern", "die Werkstudentin"),
then one capitalised word, perhaps a list of them. Verbs that take only people (mentor, coach,
shadow, "encadrer") let a word no list knows through when the text names it once; verbs that
take firms and products as often (support, hire, onboard, supervise), and German ones (German
capitalises every noun), need a known given name, a case form of one or a nickname.

Matching runs on the accent-folded text (names.fold).
"""

from __future__ import annotations

import re

from jobtui.resume.company import WORD, plausible, stems
from jobtui.resume.name_shapes import common_word, known, word_key
from jobtui.resume.names import NICKNAMES, fold, gazetteer

# Verbs (folded, past tense and -ing forms) whose object is a person, per language.
PEOPLE_VERBS = (
    r"mentored|mentoring|mentor(?:ed)?[ \t]+to|coached|coaching|tutored|tutoring|shadowed"

    r"|shadowing|trained[ \t]+up|upskilled|line-managed|line[ \t]+managed"
    r"|took[ \t]+over[ \t]+from|handed[ \t]+(?:\w+[ \t]+){0,3}?over[ \t]+to|covered[ \t]+for"
    r"|deputi[sz]ed[ \t]+for|stood[ \t]+in[ \t]+for"
    r"|encadre|encadree|encadrant|forme|formee|accompagne|accompagnee|coache|tutore|epaule"
    r"|remplace|remplacee|succede[ \t]+a|mentore|mentoree|capacite|entrene|acompane|guie"
    r"|reemplace|sucedi[ \t]+a|mentorei|treinei|orientei|supervisionei|acompanhei|formei"
    r"|capacitei|substitui|ho[ \t]+(?:formato|seguito|affiancato|supervisionato|guidato"
    r"|sostituito|coordinato)|begeleidde|coachte|trainde|verving|werkte[ \t]+\w+[ \t]+in"
    r"|szkolilem|szkolilam|mentorowalem|mentorowalam|wdrazalem|wdrazalam|nadzorowalem"
    r"|nadzorowalam|zastepowalem|zastepowalam|skolil[a]?|zaucoval[a]?|mentoroval[a]?"
    r"|koucoval[a]?|handledde|coachade|utbildade|introducerade|veiledet|veiledte|laerte[ \t]+opp"
    r"|oplaerte|coachede|ohjasin|perehdytin|koulutin|mentoroin|mentoraltam|betanitottam"
    r"|am[ \t]+(?:mentorat|format|coordonat|instruit|ghidat|inlocuit)(?:-[oi])?[ \t]+pe"
    r"|l-am[ \t]+(?:ajutat|format|ghidat)[ \t]+pe|membimbing|melatih|mementori|mendampingi"
    r"|menggantikan|tinuruan[ \t]+ko[ \t]+si|ginabayan[ \t]+ko[ \t]+si"
    r"|\u043e\u0431\u0443\u0447\u0430\u043b[\u0430]?|\u043d\u0430\u0441\u0442\u0430\u0432"
    r"\u043b\u044f\u043b[\u0430]?|\u043a\u0443\u0440\u0438\u0440\u043e\u0432\u0430\u043b"
    r"[\u0430]?|\u043d\u0430\u0432\u0447\u0430\u0432|\u043d\u0430\u0441\u0442\u0430\u0432"
    r"\u043b\u044f\u0432|\u043e\u0431\u0443\u0447\u0430\u0432\u0430\u0445|\u043c\u0435\u043d"
    r"\u0442\u043e\u0440\u0438\u0440\u0430\u0445|\u043c\u0435\u043d\u0442\u043e\u0440[ \t]+"
    r"\u0434\u043b\u044f"
    r"|\u03b5\u03ba\u03c0\u03b1\u03af\u03b4\u03b5\u03c5\u03c3\u03b1|\u03ba\u03b1\u03b8\u03bf"
    r"\u03b4\u03ae\u03b3\u03b7\u03c3\u03b1"
)
# Verbs whose object is a firm or a product as often as a person: a known name must follow.
# German capitalises its nouns ("betreute Großkunden"), so its verbs are here too.
OTHER_VERBS = (r"onboarded|onboarding|trained|training|hired|recruited|supported|helped"
               r"|assisted|guided|advised|welcomed|interviewed|thanked|mentioned|supervised"
               r"|supervising|supervise|supervisee|succeeded|replaced"
               r"|betreute|betreut|coachte|schulte|vertrat|begleitete|eingearbeitet")
# Between the verb and the name: up to three lower-case words ("the new intern", "die
# Werkstudentin", "two juniors") and an opening bracket.
_BETWEEN = (r"(?:[ \t]+(?:[a-z\u0430-\u045f\u03ac-\u03ce][\w'-]*))"
            # A German role noun after its article: "die Werkstudentin Lena".
            r"{0,3}?(?:[ \t]+(?:die|den|der|dem|meine[nm]?|unsere[nm]?|zwei|drei)[ \t]+"
            r"[A-Z][a-z]{3,})?[ \t]+\(?[ \t]*")
_AND = r"and|und|et|y|e|i|ir|ja|dan|en|og|och|a|oraz|si|\u0438|\u03ba\u03b1\u03b9"
_LIST = rf"(?:[ \t]*(?:,|&|\b(?:{_AND})\b)[ \t]*(?:{WORD}))"
OBJECT = re.compile(
    rf"(?<![\w-])(?i:(?P<people>{PEOPLE_VERBS})|(?P<other>{OTHER_VERBS}))"
    rf"{_BETWEEN}(?P<names>{WORD}{_LIST}{{0,4}})(?![\w'-]|[ \t]+[A-Z\u0400-\u042f\u0391-\u03a9])")


def object_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the colleagues named as the object of such a verb."""
    folded = fold(text)
    first_names, _ = gazetteer()
    found = []
    for match in OBJECT.finditer(folded):
        people_verb = bool(match.group("people"))
        for name in re.finditer(WORD, match.group("names")):
            word = name.group()
            if not plausible(word):
                break
            named = (known(word, first_names) or word_key(word) in NICKNAMES
                     or any(known(s, first_names) for s in stems(word)))
            unknown_ok = (people_verb and folded.count(word) == 1
                          and not (word.isascii() and common_word(word)))
            if not (named or unknown_ok):
                break
            start = match.start("names") + name.start()
            found.append((start, start + len(word), [word]))
    return found


# A given name with a possessive, then a lower-case noun: "Amara's team", "Thabo’s design".
POSSESSOR = re.compile(rf"(?<![\w'’.-])(?P<name>{WORD})['’]s?[ \t]+(?=[a-z])")


def possessor_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of known given names before a possessive ("Amara's team"); a
    surname or firm ("Dell's", "Kellogg's") and a word after another capitalised one are not."""
    folded = fold(text)
    first_names, last_names = gazetteer()
    found = []
    for match in POSSESSOR.finditer(folded):
        word = match.group("name")
        key = word_key(word)
        before = re.search(r"([A-Z][\w'-]*)[ \t]+$", folded[max(0, match.start() - 30):
                                                          match.start()])
        if (key in first_names and key not in last_names and plausible(word)
                and not common_word(word)
                # "Built Siobhan's": a verb before; "Ana Lima's": the end of a longer name.
                and not (before and not common_word(before.group(1)))):
            found.append((match.start("name"), match.end("name"), [word]))
    return found
