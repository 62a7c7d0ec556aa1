"""The candidate's name as the file name gives it ("Curriculo_Joao_Vitor_Penteado.pdf").

A header the rules cannot read (a sidebar of contacts first, a name in an unusual place)
leaves the name in the stored file path and in every later mention. The file name is a second
witness: a line of the resume holding two or more of its words as a name is the candidate's.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from jobtui.resume.header import LOWER_PARTICLES, PARTICLES
from jobtui.resume.name_shapes import common_word
from jobtui.resume.names import FIRMS, ORG_WORDS, PLACES, TECH, fold, gazetteer

LINES_TO_CHECK = 40
# Words joined in camel case: "HojaDeVida_JuanCamiloRestrepo" is Juan, Camilo, Restrepo.
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A word, or the Dutch particle "'t" ("Lieke van 't Westeinde").
_WORD = re.compile(r"['’]t\b|[^\W\d_][^\W\d_'’-]*")
# A nickname in quotes or brackets right after the name: (Xiaoyu CHEN, "Yuki").
_NICKNAME = re.compile(r"[ \t]*,?[ \t]*[\"“'(]([^\W\d_]+)[\"”')]")


def name_from_file(text: str, file_name: str) -> str | None:
    """The name in ``text`` spelt by the words of ``file_name`` (accents ignored), or None.

    In a run of capitalised words and particles (a comma ends it: "Fatima Haddad, BSN, RN"),
    the words from the first to the last one the file name holds are taken (with a second
    surname or nickname between them: "João Vítor dos Santos Penteado", and a quoted nickname
    after them: 'Xiaoyu CHEN, "Yuki"') when two or more match, one is a known first name or
    surname, and none is a technology, an organisation word or a place and they are no firm
    named after people ("Python_Developer_CV", "CV_Morgan_Stanley" name nobody).
    """
    stem = fold(CAMEL_CASE.sub("_", PurePath(file_name).stem)).lower()
    wanted = {w for w in re.split(r"[^a-z]+", stem) if len(w) >= 2}
    if len(wanted) < 2:
        return None
    first_names, last_names = gazetteer()
    for line in text.splitlines()[:LINES_TO_CHECK]:
        for run in _runs(line):
            keys = [fold(w.group()).lower() for w in run]
            # A particle alone spells no name ("van" in "CV_Lieke_van_t_Westeinde").
            hits = [i for i, key in enumerate(keys) if key in wanted and key not in PARTICLES]
            if len(hits) < 2:
                continue
            run, keys = run[hits[0]:hits[-1] + 1], keys[hits[0]:hits[-1] + 1]
            if any(k in TECH or k in ORG_WORDS or k in PLACES for k in keys) or _firm(keys):
                continue  # "CV_Morgan_Stanley_2024.pdf": the employer applied to
            # Names no list knows count when none of their words is an everyday word: the
            # file name and the resume spelling the same rare words is evidence enough.
            if any(k in first_names or k in last_names for k in keys) or all(
                    not (common_word(k) or common_word(k.capitalize()))
                    for k in keys if k in wanted and k not in PARTICLES):
                nickname = _NICKNAME.match(line, run[-1].end())
                words = [w.group() for w in run]
                return " ".join([*words, *(nickname.groups() if nickname else ())])
    return None


def _runs(line: str) -> list[list[re.Match[str]]]:
    """The runs of capitalised words and particles in ``line``; a comma or any other word ends
    a run ("Fatima Haddad, BSN, RN" -> "Fatima Haddad", "BSN", "RN")."""
    runs: list[list[re.Match[str]]] = [[]]
    previous_end = 0
    for word in _WORD.finditer(line):
        key = fold(word.group()).lower()
        name_like = word.group()[0].isupper() or key in PARTICLES or key in LOWER_PARTICLES
        if not name_like or "," in line[previous_end:word.start()]:
            runs.append([])
        if name_like:
            runs[-1].append(word)
        previous_end = word.end()
    return [run for run in runs if run]


def _firm(keys: list[str]) -> bool:
    """The words are (part of) a firm named after people ("Morgan Stanley", "Goldman Sachs")."""
    words = " ".join(keys)
    return any(words in fold(firm).lower() for firm in FIRMS)


# A name in Han or Hangul, 2-4 characters, as a file-name part ("Resume_Peggy_Lin_林佩蓉").
_CJK_PART = re.compile(r"(?<=[_\- .])[\u3400-\u9fff\uac00-\ud7af]{2,4}(?=[_\- .])")


def cjk_beside_name(path: str, names: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Spans of a CJK-script part of the file name right beside a part found as the user's
    name: the same name in the other script ("이력서_정수빈_JUNG_Subin.pdf" once "JUNG" and
    "Subin" are found takes "정수빈", not "이력서")."""
    name_start = max(path.rfind("/"), path.rfind("\\")) + 1
    spans = []
    for part in _CJK_PART.finditer(path, name_start):
        if any(start == part.end() + 1 or end + 1 == part.start() for start, end in names
               if start >= name_start):
            spans.append((part.start(), part.end(), "PERSON"))
    return spans
