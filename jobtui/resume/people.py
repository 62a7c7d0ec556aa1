"""Other people's names in running text, found by rules (no model).

A capitalised run is a person when a cue precedes it ("reported to", "mentored by", "Referee:",
"Dr.", a dash after a quotation) or when it starts with a known first name (the Faker gazetteer,
see names.py) and goes on with a plausible surname. Runs that hold an organisation or title word,
start with a technology or a place, or belong to a firm named after people ("Morgan Stanley")
are not people. Names no list knows are found by position and shape: one name-shaped word after
a strong cue ("worked closely with Deepika"), a name joined by "and" to a found person, words
before "said"/"and I" or a role apposition, pinyin given names beside a common Chinese surname.
Once a person is found, the other mentions of their surname go too, unless the
mention is part of such a firm ("Kevin Morgan" does not take "Morgan Stanley" with him).

Matching runs on the accent-folded text (same length, so offsets hold) with ASCII classes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobtui.resume.cues import (
    ACTS,
    ADDRESS_SUFFIX,
    APPOSITION,
    BEFORE_JOINT,
    BEFORE_POSTPOSITION,
    BY_CUE,
    CUE,
    HONORIFIC_WORD,
    JOINT,
    KOREAN_GIVEN,
    NAME_RUN,
    ROLE_CUE,
    ROMAJI_NAME,
    SIGNATURE,
    WEAK_CUE,
    places_named,
)
from jobtui.resume.header import LOWER_PARTICLES, PARTICLES
from jobtui.resume.names import (
    FIRMS,
    NOT_NAMES,
    ORG_WORDS,
    PLACES,
    TECH,
    fold,
    gazetteer,
    polish_case_stems,
)

# Common East Asian surnames (Vietnamese, Chinese, Korean romanised), written first: a run
# starting with one and going on with short given-name syllables is a person ("Nguyen Thu
# Trang", "Park Ji-hoon"). Words that are also English ("Do", "He", "Song") are left out.
EAST_ASIAN_SURNAMES = {
    "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo",
    "duong", "ly", "dinh", "trinh", "truong", "luong", "dao", "doan", "lam", "trieu", "quach",
    "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "zhu", "guo",
    "lin", "luo", "gao", "zheng", "liang", "xie", "tang", "deng", "feng", "cheng", "cai",
    "peng", "yuan", "jiang", "wei", "xiao", "zeng", "qian", "kim", "lee", "park", "choi",
    "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "shin", "kwon", "hwang", "ahn",
    "yoo", "hong", "jeon", "bae", "baek", "ryu", "chung", "chang", "wong", "chan",
    "cheung", "leung", "ng", "tan", "goh", "teo", "ong",
}
# Family-name endings that mark a surname in many languages (Sinhala, Slavic, Romanian,
# Turkish, Greek, Indian, Spanish): "Senanayake", "Kovalenko", "Popescu", "Gómez".
SURNAME_ENDING = re.compile(
    r"(?:nayake|singhe|wardena|wardene|ratne|sekara|sekera|tunga|enko|chuk|czuk|ski|ska|sky"
    r"|skaya|ovich|evich|ovic|evic|escu|eanu|oglu|idis|poulos|opoulou|akis|wala|vala|kar"
    r"|appa|ez|ova|eva|ov|ev|shvili|adze|yan|ian|yev|dottir|sson)$"
)
SYLLABLE = re.compile(r"[A-Z][a-z]{1,5}(?:-[a-z]{2,5})?")
# A Mandarin given name in pinyin: one to three syllables run together ("Xiaowen", "Minghui",
# "Yuhang"), after a common surname or before one ("Tang Xiaowen", "Xiaowen Tang").
_PINYIN = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian"
           r"|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
PINYIN_NAME = re.compile(rf"(?i:(?:{_PINYIN}){{1,3}})")
# Capitalised words that open a clause after "with"/"Referee:" but name nobody.
NOT_A_PERSON = {
    "available", "upon", "request", "the", "various", "multiple", "several", "all", "both",
    "each", "other", "others", "local", "global", "external", "internal", "key", "cross",
    "their", "his", "her", "its", "this", "that", "these", "those", "a", "an", "some", "any",
    "many", "every", "colleagues", "clients", "customers", "partners", "stakeholders",
    "students", "peers", "everyone", "help", "support", "success", "ease", "honours", "honors",
    "distinction", "merit",
}
# A single capitalised word after a cue: letters only, a capital then lower case ("Deepika"),
# so "AWS", "GraphQL", "iOS", "Node.js" are never taken for a given name.
GIVEN_NAME_SHAPE = re.compile(r"[A-Z][a-z]{2,14}(?:-[A-Z][a-z]{2,14})?")
@lru_cache(maxsize=1)
def _firm_pattern() -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(f)) for f in FIRMS), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


def firm_spans(text: str) -> list[tuple[int, int]]:
    """Where firms and schools named after people are mentioned ("Goldman Sachs")."""
    return [m.span() for m in _firm_pattern().finditer(fold(text))]


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _blocked(word: str) -> bool:
    key = _key(word)
    return key in ORG_WORDS or key in TECH or key in PLACES


def _known(word: str, names: frozenset[str]) -> bool:
    """``word`` is in ``names``, or its first part is ("Jean-François", "Anne-Marie")."""
    key = _key(word).rstrip("'")
    return key in names or ("-" in key and key.split("-")[0] in names)


def _org_words(words: list[str], first_names, last_names) -> bool:
    """The run holds an organisation word that is not a surname beside a first name: "Sarah
    Hall" and "Park Ji-hoon" are people, "Hall of Fame" and "Park Avenue" are not."""
    for word in words:
        if _key(word) not in ORG_WORDS:
            continue
        if not (len(words) <= 3 and _key(word) in last_names
                and any(o is not word and _known(o, first_names) and _key(o) not in ORG_WORDS
                        or SYLLABLE.fullmatch(o) and "-" in o for o in words)):
            return True
    return False


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every other person's name in ``text``, surname mentions included."""
    folded = fold(text)
    firms = firm_spans(text)
    multiword_firms = [(s, e) for s, e in firms if " " in folded[s:e].strip()]
    first_names, last_names = gazetteer()
    found: list[tuple[int, int, list[str]]] = []

    cued_starts = {m.end() for m in CUE.finditer(folded)}
    cued_starts |= {m.end() for m in SIGNATURE.finditer(folded)
                    if re.match(rf"{NAME_RUN.pattern}[ \t]*(?:,|$)", folded[m.end():],
                                re.MULTILINE)}
    weak_starts = {m.end() for m in (*WEAK_CUE.finditer(folded), *BY_CUE.finditer(folded))}
    role_starts = {m.end() for m in ROLE_CUE.finditer(folded)}
    places = places_named(folded)
    for match in NAME_RUN.finditer(folded):
        starts = [match.start() + m.start() for m in re.finditer(r"\S+", match.group())]
        words = match.group().split()
        cut = _article_after_surname(words, first_names)
        words, starts = words[:cut], starts[:cut]
        offset, person = 0, []
        inner = [i for i in range(1, len(words))
                 if starts[i] in cued_starts | weak_starts | role_starts]
        if inner:
            # "Alongside Bartek", "Thanks to Bogdan": the capitalised cue opens the sentence.
            words, starts = words[inner[-1]:], starts[inner[-1]:]
        if starts[0] in joined_starts(found, folded):
            # "with Hamid Rezaei and Farzaneh": a lone word is the second person; a longer run
            # needs a known given name ("with Lee Soo-jin and Naver Pay partners" is a firm).
            (cued_starts if len(words) == 1 else weak_starts).add(starts[0])
        if len(words) > 1 and HONORIFIC_WORD.fullmatch(words[0]):
            # "Ato Dawit Alemu": the honorific is a cue, the name follows it.
            cued_starts.add(starts[1])
            words, starts = words[1:], starts[1:]
        match_start = starts[0]
        if match_start in cued_starts:
            person = _cued(words, first_names, last_names) or _place_named_colleague(
                words, first_names, folded, starts[-1] + len(words[-1]))
        elif match_start in role_starts and len(words) >= 2:
            person = _cued(words, first_names, last_names)
        elif match_start in weak_starts:
            person = _weakly_cued(words, first_names, last_names)
        if not person:
            offset, person = _from_gazetteer(words, first_names, last_names)
            if person and " ".join(person) in places:
                person = []  # "Hà Nội" after "apps in Hà Nội": a city, not Ms Hà Nội
        if not person:
            offset, person = _surname_first(words, first_names, last_names)
        after = starts[-1] + len(words[-1])
        if not person and (APPOSITION.match(folded, after) or ACTS.match(folded, after)
                           and (_key(words[-1]) in last_names
                                or SURNAME_ENDING.search(_key(words[-1])))):
            person = _acting(words, first_names, last_names)
        if not person:
            continue
        # The person is a stretch of the run's words: from ``offset``, ``len(person)`` long.
        start = starts[offset]
        end = starts[offset + len(person) - 1] + len(person[-1])
        if any(s < end and start < e for s, e in multiword_firms):
            continue
        if len(person) == 1 and any((s, e) == (start, end) for s, e in firms):
            continue
        found.append((start, end, person))
    found += [(m.start(1), m.end(1), [m.group(1)]) for m in ADDRESS_SUFFIX.finditer(folded)
              if not _blocked(m.group(1))]
    found += _joined_before(found, folded, cued_starts | weak_starts | role_starts)
    found += [(m.start(1), m.end(1), [m.group(1)]) for m in BEFORE_POSTPOSITION.finditer(folded)
              if _known(m.group(1), first_names) and not _blocked(m.group(1))]

    spans = [(s, e) for s, e, _ in found]
    surnames = {part for _, _, person in found if len(person) > 1
                for part in _surname_parts(person, first_names, last_names)}
    if surnames:
        pattern = re.compile(
            rf"(?<![\w@.'-])(?:{'|'.join(re.escape(s) for s in sorted(surnames, key=len))})"
            rf"(?![\w@'-])"
        )
        # A mention inside a capitalised run with an organisation word is an institution
        # named after someone ("Taras Shevchenko National University"), not the colleague.
        institutions = [m.span() for m in NAME_RUN.finditer(folded)
                        if any(_key(w) in ORG_WORDS for w in m.group().split())]
        for mention in pattern.finditer(folded):
            if not any(s <= mention.start() and mention.end() <= e and (s, e) != mention.span()
                       for s, e in [*firms, *institutions]):
                spans.append(mention.span())
    return spans


# Particles that are also German articles: inside a name only after a given name or another
# particle ("Maria das Dores", "van der Linden"), not after a surname ("mit Finn Schulz das
# Design-System gebaut").
ARTICLES = {"das", "der", "den", "dem"}


def _article_after_surname(words: list[str], first_names) -> int:
    """How many of ``words`` to keep: up to an article that follows a surname."""
    for index in range(1, len(words)):
        before = words[index - 1]
        if (words[index] in ARTICLES and before.lower() not in PARTICLES
                and not _known(before, first_names)):
            return index
    return len(words)


def joined_starts(found, folded: str) -> set[int]:
    """Where a name joined to a found person by "and"/"&" would start."""
    ends = set()
    for _, end, _ in found:
        joint = JOINT.match(folded, end)
        if joint:
            ends.add(joint.end())
    return ends


def _joined_before(found, folded: str, cued: set[int]) -> list[tuple[int, int, list[str]]]:
    """People joined by "and" before a found person, right after a cue: one name-shaped word
    that is no technology, place or ordinary word, whether or not a list knows it."""
    joined = []
    for start, _, person in found:
        line_start = folded.rfind("\n", 0, start) + 1
        match = BEFORE_JOINT.search(folded, line_start, start)
        if (match and match.start(1) in cued and len(person) > 1
                and _lone_given_name(match.group(1))):
            joined.append((match.start(1), match.end(1), [match.group(1)]))
    return joined


def _acting(words: list[str], first_names, last_names) -> list[str]:
    """Two or three name-shaped words before "said"/"and I"/", my manager" ("Oluwadamilare
    Adeyemi said"): a person unless a word is a technology, place or organisation word."""
    if not 2 <= len(words) <= 3 or not all(GIVEN_NAME_SHAPE.fullmatch(w) for w in words):
        return []
    if any(_blocked(w) or _key(w) in NOT_NAMES or _key(w) in NOT_A_PERSON for w in words):
        return []
    return _cued(words, first_names, last_names)


def _cued(words: list[str], first_names, last_names) -> list[str]:
    """The person after a cue: the run up to the first organisation word."""
    if _org_words(words, first_names, last_names):
        return []
    person = list(words)
    while person and person[-1].lower() in PARTICLES:
        person.pop()
    if not person or _key(person[0]) in TECH or _key(person[0]) in PLACES:
        return []
    if len(person) == 1 and not (_known(person[0], first_names) or _known(person[0], last_names)
                                 or _lone_given_name(person[0])):
        return []
    return person


def _place_named_colleague(words: list[str], first_names, folded: str, end: int) -> list[str]:
    """"Paired with Devon on the migration": a given name that is also a place, after a strong
    cue, before "on"/"for"/"to" and named nowhere else (a city recurs in the job lines)."""
    key = _key(words[0])
    return (words if len(words) == 1 and _known(words[0], first_names) and key in PLACES
            and key not in TECH | ORG_WORDS and folded.count(words[0]) == 1
            and re.match(r"[ \t]+(?:on|for|to|during)\b", folded[end:]) else [])


def _lone_given_name(word: str) -> bool:
    """After a strong cue ("worked closely with Deepika", "Referee: Dawit"), one name-shaped
    word that is no technology, place, organisation or ordinary word is a person."""
    return (bool(GIVEN_NAME_SHAPE.fullmatch(word) or KOREAN_GIVEN.fullmatch(word))
            and not _blocked(word)
            and _key(word) not in NOT_NAMES and _key(word) not in NOT_A_PERSON)


def _weakly_cued(words: list[str], first_names, last_names) -> list[str]:
    """After "with"/"con"/"avec" or a role without a colon: two to four name words starting
    with a known first name ("with Tamar Friedman"), or two ending in a family-name ending
    ("with Kavindu Senanayake"); never a technology, place or organisation ("with Monte
    Carlo", "with Microsoft Dynamics", "with Delta Lake")."""
    if not 1 <= len(words) <= 4 or any(_blocked(w) for w in words):
        return []
    head = _key(words[0])
    if len(words) == 1:
        # "launched group orders with Yasmin": a lone known given name is a colleague.
        return (words if (_known(words[0], first_names) and GIVEN_NAME_SHAPE.fullmatch(words[0])
                          or _east_asian_given(words[0])
                          or any(_known(s, first_names) for s in polish_case_stems(words[0])))
                and head not in NOT_NAMES and head not in NOT_A_PERSON else [])
    if not ((_known(words[0], first_names) and head not in NOT_NAMES)
            or len(words) == 2 and SURNAME_ENDING.search(_key(words[-1]))
            or len(words) == 2 and _key(words[-1]) in last_names
            and GIVEN_NAME_SHAPE.fullmatch(words[0]) and head not in NOT_A_PERSON
            and head not in NOT_NAMES and head not in first_names | last_names
            and GIVEN_NAME_SHAPE.fullmatch(words[1])
            # "avec Solenn Le Floch": a particle inside the run marks a family name.
            or len(words) >= 3 and any(w.lower() in PARTICLES for w in words[1:-1])
            and GIVEN_NAME_SHAPE.fullmatch(words[0]) and GIVEN_NAME_SHAPE.fullmatch(words[-1])
            and head not in NOT_A_PERSON and head not in NOT_NAMES):
        return []
    return _cued(words, first_names, last_names)


def _from_gazetteer(words: list[str], first_names, last_names) -> tuple[int, list[str]]:
    """(index, person) for a run holding a known first name followed by a surname."""
    if _org_words(words, first_names, last_names) or _key(words[0]) in PLACES:
        return 0, []  # "San Luis Potosí", "Santa Clara": a place, whatever follows
    for index, word in enumerate(words[:-1]):
        key = _key(word)
        if index and _key(words[index - 1]) in PLACES:
            continue  # "San Luis Potosí", "Port Elizabeth", "Santa Maria": a place
        if _known(word, first_names) and key not in NOT_NAMES and not _blocked(word):
            person = [word]
            for following in words[index + 1:]:
                if (_blocked(following) and _key(following) not in last_names
                        or following.isupper() and len(following) > 1):
                    break
                person.append(following)
            while person and person[-1].lower() in PARTICLES:
                person.pop()
            if len(person) >= 2:
                return index, person
    return 0, []


def _surname_first(words: list[str], first_names, last_names) -> tuple[int, list[str]]:
    """(0, person) for a family name written first: a known surname that is no first name,
    then a first name ("Takahashi Kenji", "Toth Balazs"), or a common East Asian surname
    then given-name syllables ("Nguyen Thu Trang", "Park Ji-hoon")."""
    if not 2 <= len(words) <= 4 or any(_blocked(w) and _key(w) not in last_names
                                       for w in words):
        return 0, []
    head, rest = _key(words[0]), words[1:]
    if head in EAST_ASIAN_SURNAMES and all(SYLLABLE.fullmatch(w) or _pinyin_given(w)
                                           for w in rest):
        return 0, words
    if (len(words) == 2 and _key(words[1]) in EAST_ASIAN_SURNAMES and _pinyin_given(words[0])
            and not _blocked(words[1])):
        return 0, words  # "Xiaowen Tang": a two-syllable pinyin given name, then the surname
    if (head in last_names and head not in first_names and head not in NOT_NAMES
            and len(rest) == 1 and _known(rest[0], first_names)
            and _key(rest[0]) not in NOT_NAMES and not _blocked(rest[0])):
        return 0, words
    return 0, []


def _east_asian_given(word: str) -> bool:
    """A romanised East Asian given name no list knows: "Haoran", "Daisuke", "Ji-woo"."""
    return (bool(_pinyin_given(word) and len(PINYIN_NAME.findall(word)) == 1
                 and re.fullmatch(rf"(?i:(?:{_PINYIN}){{2,3}})", word)
                 or ROMAJI_NAME.fullmatch(word) or KOREAN_GIVEN.fullmatch(word))
            and not _blocked(word))


def _pinyin_given(word: str) -> bool:
    """A given name of two or three pinyin syllables ("Xiaowen", "Minghui"), capitalised."""
    return (word[:1].isupper() and word[1:].islower() and 5 <= len(word) <= 9
            and bool(PINYIN_NAME.fullmatch(word)) and not _blocked(word))


def _surname_parts(person: list[str], first_names, last_names) -> set[str]:
    """The surname's spellings to remove elsewhere: "de Vries-Bakker" -> Vries-Bakker, Vries,
    Bakker (and with its particles); never the first name, never a particle alone. A surname
    written first ("Takahashi Kenji") is the first word."""
    surname_first = (_key(person[0]) in EAST_ASIAN_SURNAMES and len(person) > 1
                     or _key(person[0]) in last_names and _key(person[0]) not in first_names)
    rest = person[:1] if surname_first else person[1:]
    while len(rest) > 1 and _known(rest[0], first_names) and rest[0].lower() not in PARTICLES:
        rest = rest[1:]  # "José Luis Ramírez", "Mehmet Can Öztürk": a second given name
    parts = {" ".join(rest)}
    for word in rest:
        if word.lower() in PARTICLES or word in LOWER_PARTICLES:
            continue
        parts.add(word)
        parts.update(p for p in re.split(r"[-']", word) if len(p) >= 3)
    return {p for p in parts
            if len(p) >= 2 and p.lower() not in PARTICLES and p not in LOWER_PARTICLES}
