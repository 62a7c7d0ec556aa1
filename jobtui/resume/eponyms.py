"""Institutions, prizes and scholarships named after a person: the name is theirs and stays.

"Rīgas Stradiņa universitāte", "Tartu Ülikooli Jakob Hurda nimeline stipendium", "Софийски
университет „Св. Климент Охридски“", "Stypendium im. Ignacego Łukasiewicza", "Premio «Enrico
Fermi»": the person in them is a fact about the candidate's education, not a colleague.
Three shapes, in many languages: a name before a lower-case institution noun (languages that
write "universitāte" small), a name after or before a "named after" phrase, and a quoted name
right after an institution noun.

Matching runs on the accent-folded text (names.fold), so Latin words are written unaccented.
"""

from __future__ import annotations

import re

from jobtui.resume.names import fold

# Institution and prize nouns (folded, lower case; Cyrillic and Greek in their script).
INSTITUTION_NOUNS = frozenset({
    "university", "universitat", "universiteit", "universite", "universidad", "universidade",
    "universita", "universitate", "universitatea", "universitet", "universiteti", "univerzita",
    "univerzitet", "univerza", "uniwersytet", "universitetas", "ulikool", "ulikooli",
    "yliopisto", "egyetem", "universiti", "universitas", "unibersidad", "college", "kolledz",
    "koledz", "kolegija", "akademija", "akademia", "akademie", "academy", "academie",
    "academia", "akadeemia", "instituut", "institutas", "instituts", "institute", "institut",
    "instituto", "istituto", "school", "skola", "mokykla", "kool", "koulu", "lukio", "liceum",
    "liceo", "lycee", "gimnazija", "gymnasium", "gimnazjum", "gimnazium", "fakultate",
    "fakultet", "fakulteta", "hospital", "slimnica", "haigla", "ligonine", "bolnica",
    "scholarship", "stipendium", "stipendija", "stipendiju", "stipendia", "stypendium",
    "stipendie", "stipendiat", "beca", "bolsa", "borsa", "bourse", "apurahasto", "osztondij",
    "prize", "award", "medal", "preis", "premio", "prix", "prijs", "nagroda", "nagrada",
    "dij", "palkinto", "auhind", "preemia", "balva", "premija", "premia", "cena", "odlikovanje",
    "foundation", "fondation", "fundacion", "fundacao", "fondazione", "stiftung", "fundacja",
    "fonds", "fond", "fund", "sihtasutus", "saatio", "nadace", "museum", "museo", "musee",
    "muzejs", "muuseum", "library", "biblioteka", "raamatukogu", "theatre", "theater", "teatro",
    "teatris", "teater", "hall", "lecture", "lectureship", "chair", "professorship",
    "университет",
    "університет",
    "универзитет",
    "институт",
    "академия",
    "училище",
    "гимназия",
    "лицей",
    "школа",
    "колеж",
    "стипендия",
    "стипендија",
    "стипендія",
    "награда",
    "премия",
    "премія",
    "фондация",
    "фонд",
    "болница",
    "больница",
    "библиотека",
    "πανεπιστημιο",
    "βραβειο",
    "υποτροφια",
    "ιδρυμα",
})
_UP = "A-Z\u0400-\u042f\u0386-\u038f\u0391-\u03a9"
_LO = "a-z\u0430-\u045f\u0491\u0454\u0456\u0457\u03ac-\u03ce"
# A capitalised word or an abbreviated title ("Sv.", "Св.", "St.", "Dr."), in any of the scripts.
_WORD = rf"[{_UP}](?:[{_LO}'-]+\.?|[{_LO}]?\.)"
_RUN = rf"{_WORD}(?:[ \t]+(?:(?:de|da|di|van|von|la|le|del|dos)[ \t]+)?{_WORD}){{0,4}}"
# "named after" phrases before the name (folded): EN, DE, FR, ES, PT, IT, NL, PL, CS/SK, HR/SR,
# RU/UK/BG, LT.
_BEFORE = (r"named[ \t]+(?:after|for)|in[ \t]+(?:honou?r|memory)[ \t]+of|benannt[ \t]+nach"
           r"|en[ \t]+l'honneur[ \t]+de|en[ \t]+(?:honor|memoria)[ \t]+(?:a|de)"
           r"|em[ \t]+homenagem[ \t]+a|in[ \t]+(?:onore|memoria)[ \t]+di|intitolat[oa][ \t]+a"
           r"|vernoemd[ \t]+naar|imienia|im\.|pojmenovan[aáeyoy]?[ \t]+po|nazvan[aoi]?[ \t]+po"
           r"|имени|им\.|імені"
           r"|\u0456\u043c\.|\u043d\u0430[ \t]+\u0438\u043c\u0435\u0442\u043e[ \t]+\u043d\u0430")
# "named after" phrases after the name (folded): ET "nimeline", LV "vārdā", LT "vardo",
# HU "nevét viselő", FI "-n nimikko", EN "Memorial".
_AFTER = (r"nimeline|nimelise|nimelisel|nimeliseks|varda|vardo|vardu|nevet[ \t]+viselo"
          r"|nimikko|memorial|gedachtnis|gedenk")
BEFORE = re.compile(rf"(?<![\w])(?i:{_BEFORE})[ \t]+(?P<run>{_RUN})")
AFTER = re.compile(rf"(?P<run>{_RUN})[ \t]+(?i:{_AFTER})(?![\w])")
QUOTED = re.compile(r"(?P<quote>„[^“”\"\n]{2,80}[“”\"]|“[^”\n]{2,80}”|«[^»\n]{2,80}»"
                    r"|\"[^\"\n]{2,80}\"|‚[^‘’\n]{2,80}[‘’])")
# A capitalised run before a lower-case institution noun ("Rīgas Stradiņa universitāte").
BEFORE_NOUN = re.compile(rf"(?P<run>{_RUN})[ \t]+(?P<noun>[{_LO}]+)")


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """Where the names inside institutions, prizes and scholarships named after people are."""
    folded = fold(text)
    spans = [m.span("run") for pattern in (BEFORE, AFTER) for m in pattern.finditer(folded)]
    for match in QUOTED.finditer(folded):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        before = re.search(r"([^\W\d_]+)[ \t]+(?:([^\W\d_]+)[ \t]+)?$",
                           folded[max(line_start, match.start() - 40):match.start()])
        if before and any(w and w.lower() in INSTITUTION_NOUNS for w in before.groups()):
            spans.append(match.span("quote"))
    spans += [m.span("run") for m in BEFORE_NOUN.finditer(folded)
              if m.group("noun") in INSTITUTION_NOUNS]
    return spans


def inside_eponym(start: int, end: int, eponyms: list[tuple[int, int]]) -> bool:
    """The span lies within an institution or prize named after a person."""
    return any(s <= start and end <= e for s, e in eponyms)
