"""The candidate's name line written in another script, found through the e-mail address.

"رزان خالد الخصاونة" above "razan.khasawneh@yahoo.com", "ОСТАП ІГОРОВИЧ ГНАТЮК" beside
"ostap.hnatiuk@ukr.net": the header rules read capital letters, which Arabic, Hebrew and
Persian do not have, and compare folded Latin words, which Cyrillic or Georgian are not. Here
each word is spelled in Latin letters (anyascii, plus the Slavic spellings of names.py) and
compared with the e-mail's pieces by its consonants, since abjads write few vowels and
romanisations differ in them ("rzn" is "razan", "gnatyuk" is "hnatiuk").
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from jobtui.resume.scripts import TITLES

# Brackets and quotes around a nickname on the name line: "יונתן (יוני) אברהמי".
_NICKNAME = re.compile(r"[(\"“«]\s*([^()\"“”«»]{1,20}?)\s*[)\"”»]")
# Letters that romanisations use for one sound: Ukrainian "h" is Russian "g", Arabic "ج" is "j"
# or (in Egypt) "g", "q" is often "k", "z" is "s". "v", "w" and "y" count as vowels: Hebrew
# "ו" and "י" write "o", "u" and "i".
_SAME_SOUND = str.maketrans({"g": "h", "j": "h", "q": "k", "c": "k", "z": "s"})
# What parts a header line into the name and what stands beside it.
SEGMENTS = re.compile(r"[ \t][|/•·][ \t]|\t|[ \t]{3,}")
# A field label before the name: "Име:", "ФИО:", "الاسم:".
_LABEL = re.compile(r"^[^:：\d]{1,30}[:：][ \t]*(?=\S)")
# The Arabic and Hebrew article, written joined to a family name and left out of e-mails.
_ARTICLE = ("ال", "אל")


def script_name(lines: list[str], tokens: set[str]) -> str | None:
    """The first of ``lines`` written in a script other than Latin whose words spell two of
    the e-mail's or file name's ``tokens``, nicknames in brackets included; or None."""
    skeletons = {_skeleton(form) for t in tokens if len(t) >= 3 for form in _french_forms(t)
                 if _skeleton(form)}
    if not skeletons:
        return None
    for line in lines:
        for segment in SEGMENTS.split(line):  # "آرش کریمی‌نژاد | Arash Kariminejad"
            name = _matching(segment.strip(), skeletons)
            if name:
                return name
    return None


def latin_spellings(pieces: list[str], names: list[str]) -> set[str]:
    """The Latin ``pieces`` (of a file path) that spell a word of ``names`` written in another
    script: "Dimitrov" for "Димитров", "Zhumabayeva" for "Жумабаева"."""
    # Each half of a word joined by a zero-width non-joiner, and the whole word ("کاظمی‌نیا" is
    # "Kazeminia", "نجیب‌الله" is "Najibullah").
    words = [piece for name in names for word in re.split(r"[\s-]+", name)
             for piece in {word.replace("\u200c", ""), *word.split("\u200c")}]
    skeletons = {_skeleton(form) for word in words if _foreign_word(word) for form in _forms(word)}
    return {piece for piece in pieces if len(piece) >= 3 and _skeleton(piece)
            and (len(_skeleton(piece)) >= 2 or len(piece) >= 4)  # "Yael" is "יעל"
            and any(_skeleton(form) == s or _one_apart(_skeleton(form), s) for s in skeletons
                    for form in _french_forms(piece))}


def _french_forms(piece: str) -> list[str]:
    """``piece`` and, as French spells Levantine names, its "ch" read as "sh": "Michel" is
    "ميشال"."""
    return [piece, piece.lower().replace("ch", "sh")] if "ch" in piece.lower() else [piece]


def _matching(line: str, skeletons: set[str]) -> str | None:
    line = _LABEL.sub("", line)  # "Име: Георги Петров Димитров"
    nicknames = [n.strip() for n in _NICKNAME.findall(line)]
    words = [w for w in _NICKNAME.sub(" ", line).split() if w.strip("()[]")]  # '("גילי")'
    while len(words) > 2 and words[0] in TITLES:  # a title is no name word
        words = words[1:]
    if not 2 <= len(words) <= 5 or not all(_foreign_word(w) for w in words):
        return None
    nickname_words = [w for n in nicknames for w in n.split() if _foreign_word(w)]
    # A double surname's halves are spelled apart: "خوري-عازار" is "khoury" and "azar".
    every = [piece for w in [*words, *nickname_words] for piece in w.split("-") if piece]
    forms = [_forms(w) for w in every]
    matched = {i for i, word_forms in enumerate(forms)
               if any(_spells(form, skeletons) for form in word_forms)}
    # Two words an e-mail writes as one: "أبو جودة" is "aboujaoude".
    matched |= {j for i in range(len(every) - 1) for j in (i, i + 1)
                if any(_spells(a + b, skeletons, opening=False)
                       for a in forms[i] for b in forms[i + 1])}
    # One long surname spelled in full will do on a short line: "Алексей (Алёша) Шимановский"
    # over "a.shimanovsky@tut.by".
    long_one = len(matched) == 1 and len(words) <= 3 and any(
        len(_skeleton(form)) >= 5 and _skeleton(form) in skeletons
        for i in matched for form in forms[i])
    if len(matched) < 2 and not long_one:
        return None
    return " ".join([*words, *nickname_words])


def _foreign_word(word: str) -> bool:
    """A word of letters (and marks) none of which is Latin: "الخصاونة", "ГНАТЮК"."""
    return len(word) >= 2 and all(
        unicodedata.category(c)[0] in "LM" and "LATIN" not in unicodedata.name(c, "")
        for c in word.replace("-", "").replace("\u200c", ""))


def _forms(word: str) -> list[str]:
    """Latin spellings of ``word``: anyascii's, the Slavic ones, and without an Arabic or
    Hebrew article ("الخصاونة" is "khasawneh" in an e-mail)."""
    from jobtui.resume.names import transliterations

    bare = [word[len(a):] for a in _ARTICLE if word.startswith(a) and len(word) > len(a) + 2]
    # The Arabic feminine ending "ة" is often left out of a Latin spelling ("jaoude").
    bare += [w[:-1] for w in (word, *bare) if w.endswith("ة")]
    if word.endswith("ה") and len(word) > 2:
        bare.append(word[:-1])  # Hebrew's silent final "ה": "נועה" is "noa"
    forms = [anyascii(w) for w in (word, *bare)]
    if "ב" in word:  # Hebrew "ב" is "b" as often as "v": "גרינברג" is "Greenberg"
        forms += [form.replace("v", "b") for form in forms]
    return forms + sorted(transliterations(word.lower()))


def _spells(form: str, skeletons: set[str], opening: bool = True) -> bool:
    """``form`` spells an e-mail piece: the same consonants (one may differ in a word of four
    or more: Persian "ض" is "z", anyascii writes "d"), or a piece holding half of them or more
    that opens it ("hossein" in "حسین‌زاده", written "hsynzdh"); two words run together
    (``opening`` False) must hold a piece of four consonants or more."""
    skeleton = _skeleton(form)
    if not skeleton:
        return False
    return any(skeleton == s or _one_apart(skeleton, s)
               or len(s) >= (2 if opening else 4) and skeleton.startswith(s)
               and len(s) * 2 >= len(skeleton) for s in skeletons)


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _skeleton(word: str) -> str:
    """The consonants of a Latin spelling, one letter per sound: "khasawneh" -> "khsnh"."""
    # Persian "ژ" is "zh" in anyascii and "j" in e-mails ("Kariminejad"); "ظ" and "ذ" are
    # "dh" in anyascii and "z" in Persian e-mails ("Kazemipour"); German "th" is "t" and its
    # "s" is Hebrew "ז" ("Rosenthal", "רוזנטל").
    # "kh" and "ch" are Hebrew "ח" and Arabic "خ" ("Nachmias", "נחמיאס").
    letters = (re.sub(r"[^a-z]", "", word.lower()).replace("zh", "j").replace("dh", "z")
               .replace("th", "t").replace("kh", "h").replace("ch", "h").translate(_SAME_SOUND))
    consonants = re.sub(r"[aeiouyvw]", "", letters)
    return re.sub(r"(.)\1+", r"\1", consonants)
