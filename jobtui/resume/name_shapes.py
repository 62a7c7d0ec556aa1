"""What a single word or a short run looks like: a given name, a surname, a technology, an
organisation word, a romanised East Asian name. people.py and cued.py decide with these.

All tests take accent-folded words (names.fold) and use ASCII classes.
"""

from __future__ import annotations

import re

from jobtui.resume.cues import KOREAN_GIVEN, ROMAJI_NAME
from jobtui.resume.names import NOT_NAMES, ORG_WORDS, PLACES, TECH

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
# Turkish, Greek, Indian, Spanish): "Senanayake", "Kovalenko", "Popescu", "Gómez"; Czech
# "-ovou" is "-ová" after "s" ("s Petrou Koudelkovou").
SURNAME_ENDING = re.compile(
    r"(?:nayake|singhe|wardena|wardene|ratne|sekara|sekera|tunga|enko|chuk|czuk|ski|ska|sky"
    r"|skaya|ovich|evich|ovic|evic|escu|eanu|oglu|idis|poulos|opoulou|akis|wala|vala|kar"
    r"|appa|ez|ova|ovou|eva|ov|ev|shvili|adze|yan|ian|yev|dottir|sson)$"
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
    "distinction", "merit", "name",
}
# A single capitalised word after a cue: letters only, a capital then lower case ("Deepika"),
# so "AWS", "GraphQL", "iOS", "Node.js" are never taken for a given name.
GIVEN_NAME_SHAPE = re.compile(r"[A-Z][a-z]{2,14}(?:-[A-Z][a-z]{2,14})?")




def word_key(word: str) -> str:
    """The lookup form of a word: lower case, without a trailing full stop."""
    return word.lower().rstrip(".")


# Countries in their own languages, which firms put after their name ("Thales Nederland",
# "Allianz Italia", "Siemens Deutschland"): never a surname after a given name.
COUNTRIES = {
    "nederland", "deutschland", "italia", "espana", "belgie", "belgique", "polska", "brasil",
    "schweiz", "suisse", "svizzera", "osterreich", "sverige", "norge", "danmark", "suomi",
    "turkiye", "romania", "ellada", "magyarorszag", "cesko", "slovensko", "hrvatska", "srbija",
    "nigeria", "pakistan", "argentina", "mexico", "colombia", "chile", "peru", "portugal",
    "france", "ireland", "iberia", "nordic", "benelux", "canada", "australia", "japan", "korea",
}


# Endings of organisation words in German, Dutch and Nordic compounds and their folded forms
# ("Porsche Informatik", "Johannes Kepler Universität", "Bosch Fahrzeugtechnik").
ORG_ENDING = re.compile(r"(?:informatik|technik|systeme|werke?|gruppe|logistik|elektronik"
                        r"|universit(?:at|eit|e|y|a)|hochschule|fabrik)$")


def blocked(word: str) -> bool:
    """The word is an organisation word, a technology, a place or a country, never a name."""
    key = word_key(word)
    return (key in ORG_WORDS or key in TECH or key in PLACES or key in COUNTRIES
            or bool(ORG_ENDING.search(key)))


def known(word: str, names: frozenset[str]) -> bool:
    """``word`` is in ``names``, or its first part is ("Jean-François", "Anne-Marie")."""
    key = word_key(word).rstrip("'")
    return key in names or ("-" in key and key.split("-")[0] in names)


def has_org_word(words: list[str], first_names, last_names) -> bool:
    """The run holds an organisation word that is not a surname beside a first name: "Sarah
    Hall" and "Park Ji-hoon" are people, "Hall of Fame" and "Park Avenue" are not."""
    for word in words:
        if word_key(word) not in ORG_WORDS and not ORG_ENDING.search(word_key(word)):
            continue
        if not (len(words) <= 3 and word_key(word) in last_names
                and any(o is not word and known(o, first_names) and word_key(o) not in ORG_WORDS
                        or SYLLABLE.fullmatch(o) and "-" in o for o in words)):
            return True
    return False

def lone_given_name(word: str) -> bool:
    """After a strong cue ("worked closely with Deepika", "Referee: Dawit"), one name-shaped
    word that is no technology, place, organisation or ordinary word is a person."""
    return (bool(GIVEN_NAME_SHAPE.fullmatch(word) or KOREAN_GIVEN.fullmatch(word))
            and not blocked(word)
            and word_key(word) not in NOT_NAMES and word_key(word) not in NOT_A_PERSON)

def east_asian_given(word: str) -> bool:
    """A romanised East Asian given name no list knows: "Haoran", "Daisuke", "Ji-woo"."""
    return (bool(pinyin_given(word) and len(PINYIN_NAME.findall(word)) == 1
                 and re.fullmatch(rf"(?i:(?:{_PINYIN}){{2,3}})", word)
                 or ROMAJI_NAME.fullmatch(word) or KOREAN_GIVEN.fullmatch(word))
            and not blocked(word))


def pinyin_given(word: str) -> bool:
    """A given name of two or three pinyin syllables ("Xiaowen", "Minghui"), capitalised."""
    return (word[:1].isupper() and word[1:].islower() and 5 <= len(word) <= 9
            and bool(PINYIN_NAME.fullmatch(word)) and not blocked(word))



def common_word(word: str) -> bool:
    """An everyday English word: a single token of the bundled cl100k vocabulary ("Sales",
    "Responsible", "Kubernetes"), where a name no list knows takes several ("Ekene", "Lwazi")."""
    from jobtui.resume.tokens import encoding

    return len(encoding().encode(" " + word, disallowed_special=())) == 1
