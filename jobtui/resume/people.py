"""Other people's names in running text, found by rules (no model).

A capitalised run is a person when a cue precedes it ("reported to", "mentored by", "Referee:",
"Dr.", a dash after a quotation) or when it starts with a known first name (the Faker gazetteer,
see names.py) and goes on with a plausible surname. Runs that hold an organisation or title word,
start with a technology or a place, or belong to a firm named after people ("Morgan Stanley")
are not people. Names no list knows are found by position and shape: one name-shaped word after
a strong cue ("worked closely with Deepika") or a role in running text ("with product owner
Michał"), a name joined by "and" to a found person, words before "said"/"and I" or a role
apposition, pinyin given names beside a common Chinese surname. Once a person is found, the other
mentions of their surname go too, unless the mention is part of such a firm ("Kevin Morgan" does
not take "Morgan Stanley" with him). What a word looks like is name_shapes.py; what a cue lets
through is cued.py.

Matching runs on the accent-folded text (same length, so offsets hold) with ASCII classes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobtui.resume.cities import CITIES
from jobtui.resume.company import company_spans
from jobtui.resume.cued import (
    acting,
    cued,
    joined_before,
    joined_starts,
    named_after_role,
    place_named_colleague,
    rare_run,
    rare_run_in_slot,
    role_then_name,
    weakly_cued,
)
from jobtui.resume.cues import (
    ACTS,
    ADDRESS_SUFFIX,
    APPOSITION,
    BEFORE_POSTPOSITION,
    BY_CUE,
    CLAUSE_POSTPOSITION,
    CUE,
    FROM_UNIT,
    HONORIFIC_WORD,
    NAME_RUN,
    ROLE_CUE,
    RUNNING_ROLE,
    SIGNATURE,
    WEAK_CUE,
    places_named,
)
from jobtui.resume.cyrillic_people import cyrillic_people
from jobtui.resume.declined import YEAR_AFTER, declined_spans, latin_declined_spans
from jobtui.resume.family import family_names
from jobtui.resume.header import LOWER_PARTICLES, PARTICLES
from jobtui.resume.kept_institutions import eponym_spans
from jobtui.resume.lone_names import lone_name_spans
from jobtui.resume.mail_names import emailed_people
from jobtui.resume.name_forms import ROLE_HEADS, named_shapes, namesake_firm_on_line
from jobtui.resume.name_lists import (
    honorific_spans,
    list_spans,
    quoted_nicknames,
    suffixed_given_names,
)
from jobtui.resume.name_shapes import (
    EAST_ASIAN_SURNAMES,
    NOT_A_PERSON,
    SURNAME_ENDING,
    SYLLABLE,
    blocked,
    common_word,
    has_org_word,
    known,
    pinyin_given,
    word_key,
)
from jobtui.resume.names import FIRMS, NOT_NAMES, ORG_WORDS, PLACES, fold, gazetteer
from jobtui.resume.nicknames import stated_nicknames
from jobtui.resume.referees import referee_names
from jobtui.resume.relations import (
    KIN_CUE,
    SPEAKS,
    hangul_people,
    listed_starts,
    lone_actor,
    nicknamed,
    wrapped_surnames,
)
from jobtui.resume.scripts import script_people
from jobtui.resume.verb_objects import object_spans, possessor_spans

# Institutions whose Latin name opens with a given name: "Alma Mater Studiorum" (Bologna).
INSTITUTIONS = ("Alma Mater Studiorum", "Alma Mater")


@lru_cache(maxsize=1)
def _firm_pattern() -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(f)) for f in (*FIRMS, *INSTITUTIONS)), key=len,
                          reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


def firm_spans(text: str) -> list[tuple[int, int]]:
    """Where firms and schools named after people are mentioned ("Goldman Sachs")."""
    return [m.span() for m in _firm_pattern().finditer(fold(text))]


def _unnamed_city(word: str, first_names, last_names) -> bool:
    """A city no name list knows ("Bancolombia S.A. – Medellín"): never a person on its own.
    Cities that are names too ("Sofia", "Lima", "Rosario") are left to the other rules."""
    key = word_key(fold(word)).strip("'’")
    return key in CITIES and key not in first_names and key not in last_names


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every other person's name in ``text``, surname mentions included."""
    folded = fold(text)
    firms = firm_spans(text)
    multiword_firms = [(s, e) for s, e in firms if " " in folded[s:e].strip()]
    multiword_firms += eponym_spans(text)  # "Rīgas Stradiņa universitāte": a school
    first_names, last_names = gazetteer()
    found: list[tuple[int, int, list[str]]] = []

    cued_starts = {m.end() for m in CUE.finditer(folded)}
    running_starts = {m.end() for m in (*RUNNING_ROLE.finditer(folded),
                                        *KIN_CUE.finditer(folded))}
    cued_starts |= {m.end() for m in SIGNATURE.finditer(folded)
                    if re.match(rf"{NAME_RUN.pattern}[ \t]*(?:,|$)", folded[m.end():],
                                re.MULTILINE)}
    weak_starts = {m.end() for m in (*WEAK_CUE.finditer(folded), *BY_CUE.finditer(folded))}
    role_starts = {m.end() for m in ROLE_CUE.finditer(folded)}
    places = places_named(folded)
    # Where a name joined or listed after a found person would start; kept up to date as
    # people are found (recomputing them per run was quadratic in a long publication list).
    joined_at: set[int] = set()
    listed_at: set[int] = set()
    after_comma: set[int] = set()  # a list of full names goes on with names no list knows
    for match in NAME_RUN.finditer(folded):
        starts = [match.start() + m.start() for m in re.finditer(r"\S+", match.group())]
        words = match.group().split()
        # A middle initial ("Rehema A. Kiwelu") lies inside the span but is no name word.
        kept = [i for i, w in enumerate(words) if not re.fullmatch(r"[A-Z]\.", w)]
        words, starts = [words[i] for i in kept], [starts[i] for i in kept]
        if len(words) > 1 and words[0].lower() in OPENING_PREPOSITIONS:
            # "En Sevilla, a 28 de noviembre de 2026": a preposition opens the line, not a name.
            words, starts = words[1:], starts[1:]
        cut = _article_after_surname(words, first_names)
        words, starts = words[:cut], starts[:cut]
        offset, person = 0, []
        inner = [i for i in range(1, len(words))
                 if starts[i] in cued_starts | weak_starts | role_starts | running_starts]
        if inner:
            # "Alongside Bartek", "Thanks to Bogdan": the capitalised cue opens the sentence.
            words, starts = words[inner[-1]:], starts[inner[-1]:]
        # "BA Lê Đức Thắng", "PM Tanaka Yui": a role's acronym opens the run too.
        titled = [i for i, w in enumerate(words[:-2])
                  if word_key(w) in ROLE_HEADS or i == 0 and w in ROLE_ACRONYMS]
        if titled:
            # "report to Maintenance Superintendent Craig Dunstan": the title is no name.
            words, starts = words[titled[-1] + 1:], starts[titled[-1] + 1:]
        if starts[0] in joined_at:
            # "with Hamid Rezaei and Farzaneh": a lone word is the second person; a longer run
            # needs a known given name ("with Lee Soo-jin and Naver Pay partners" is a firm).
            (cued_starts if len(words) == 1 else weak_starts).add(starts[0])
        elif len(words) == 1 and starts[0] in listed_at:
            weak_starts.add(starts[0])  # "with Nikos, Vasilis and ...": a known given name
        if len(words) > 1 and HONORIFIC_WORD.fullmatch(words[0]):
            # "Ato Dawit Alemu": the honorific is a cue, the name follows it.
            cued_starts.add(starts[1])
            words, starts = words[1:], starts[1:]
        match_start = starts[0]
        if match_start in cued_starts:
            person = cued(words, first_names, last_names) or place_named_colleague(
                words, first_names, folded, starts[-1] + len(words[-1]))
        elif match_start in running_starts:
            person = named_after_role(words, first_names, last_names)
        elif match_start in role_starts and len(words) >= 2:
            person = cued(words, first_names, last_names)
        elif match_start in weak_starts:
            person = weakly_cued(words, first_names, last_names)
        if not person:
            offset, person = _from_gazetteer(words, first_names, last_names)
            if person and " ".join(person) in places:
                person = []  # "Hà Nội" after "apps in Hà Nội": a city, not Ms Hà Nội
        if not person:
            offset, person = _surname_first(words, first_names, last_names)
        after = starts[-1] + len(words[-1])
        if not person and (APPOSITION.match(folded, after) or ACTS.match(folded, after)
                           and (word_key(words[-1]) in last_names
                                or SURNAME_ENDING.search(word_key(words[-1])))):
            person = acting(words, first_names, last_names)
        if not person and len(words) == 1 and SPEAKS.match(folded, after):
            person = lone_actor(words, first_names)  # "Bilal and I shipped the feature store"
        if (not person and len(words) == 1 and match_start in weak_starts
                and FROM_UNIT.match(folded, after)):
            person = named_after_role(words, first_names, last_names)  # "with Emeka of IT"
        if not person and len(words) == 1 and APPOSITION.match(folded, after):
            # "Ekene, our CTO, ...": one name-shaped word that is no everyday word.
            person = named_after_role(words, first_names, last_names)
        if not person and rare_run(words) and (
                match_start in joined_at | listed_at
                or match_start in after_comma and LIST_MEMBER_END.match(folded, after)):
            person = words  # "(Hegudis Daso, Kamatom Kigek)": the next one in the list
        if not person:
            person = rare_run_in_slot(words, folded, match_start)
        if not person and len(words) > 3 and words[1] in PARTICLES and common_word(words[0]):
            # "Relevant de Lavim Padrar-Helam, vice-présidente": a verb, "de", then the name
            offset, person = 2, rare_run_in_slot(words[2:], folded, starts[2])
        if not person:
            continue
        # The person is a stretch of the run's words: from ``offset``, ``len(person)`` long.
        start = starts[offset]
        end = starts[offset + len(person) - 1] + len(person[-1])
        if any(s < end and start < e for s, e in multiword_firms):
            continue
        if len(person) == 1 and any((s, e) == (start, end) for s, e in firms):
            continue
        if len(person) == 1 and _possessive_firm(folded, end):
            continue  # "Dr. Reddy's Laboratories", "McDonald's Corporation": a firm
        if folded[max(0, start - 4):start].lower() == "the " and match_start not in role_starts:
            continue  # "thermal mapping with the Kaye Validator": a thing, not a person
        if len(person) >= 2 and namesake_firm_on_line(folded, start, person[-1]):
            continue  # "Sophie Schulte | … | Bernhard Schulte Shipmanagement": a ship
        if LEGAL_FORM.match(folded, end):
            continue  # "Carl Zeiss AG", "Ernst Leitz GmbH": a firm named after its founder
        if len(person) == 1 and YEAR_AFTER.match(folded, end):
            continue  # "Июнь 2011 г. – Август 2015 г.": a month, though also a given name
        joined = AMPERSAND.match(folded, end)
        if joined and len(person) >= 2 and not known(joined.group(1), first_names):
            continue  # "Harmony Email & Collaboration", "Marks & Spencer": a product or firm
        found.append((start, end, person))
        joined_at |= joined_starts(found[-1:], folded)
        listed_at |= listed_starts(found[-1:], folded)
        in_list = folded[max(0, start - 3):start].rstrip(" \t").endswith("(") or (
            start in after_comma)
        if in_list and (comma := LIST_GOES_ON.match(folded, end)):
            after_comma.add(comma.end())
    found += [(m.start(1), m.end(1), [m.group(1)]) for m in ADDRESS_SUFFIX.finditer(folded)
              if not blocked(m.group(1))]
    found += [(m.start(1), m.end(1), [m.group(1)]) for m in BEFORE_POSTPOSITION.finditer(folded)
              if known(m.group(1), first_names) and not blocked(m.group(1))]
    found += [(m.start(1), m.end(1), [m.group(1)]) for m in CLAUSE_POSTPOSITION.finditer(folded)
              if named_after_role([m.group(1)], first_names, last_names)]
    found += role_then_name(folded, first_names, last_names)
    found += joined_before(found, folded, cued_starts | weak_starts | role_starts, first_names)
    found += hangul_people(text)
    found += [(s, e, words) for s, e, words in lone_name_spans(text)
              if not any(fs <= s and e <= fe for fs, fe in firms)]
    found += nicknamed(folded, first_names)
    found += stated_nicknames(text) + script_people(text) + object_spans(text)
    found += possessor_spans(text)
    found += [(s, e, words) for s, e, words in company_spans(text)
              if not any(fs <= s and e <= fe for fs, fe in firms)]
    found += wrapped_surnames(found, folded, last_names)
    found += declined_spans(text) + latin_declined_spans(text) + honorific_spans(text)
    found += cyrillic_people(text) + family_names(folded)
    found += suffixed_given_names(text) + _after_particle(folded, first_names, last_names)
    found += list_spans(text, [(s, e) for s, e, _ in found])
    found += quoted_nicknames(text, [(s, e) for s, e, _ in found])
    found += named_shapes(text, found)
    found += referee_names(text) + emailed_people(text)
    found = [(s, e, person) for s, e, person in found
             if not (len(person) == 1 and _unnamed_city(person[0], first_names, last_names))
             # "Belo Horizonte" is a city, whatever its words are
             and not (len(person) > 1 and word_key(" ".join(person)) in CITIES)
             and not _street_named(folded, s, e)]

    spans = [(s, e) for s, e, _ in found]
    # A full name found once is the same person wherever it recurs ("- Пламен Георгиев" under
    # a quotation, then "Пламен Георгиев, тел. ..." among the referees).
    for full in {" ".join(person) for _, _, person in found if len(person) > 1}:
        spaced = r"[ \t]+".join(map(re.escape, full.split()))
        spans += [m.span() for m in re.finditer(rf"(?<![\w@.'-]){spaced}(?![\w@-])", folded)
                  if not LEGAL_FORM.match(folded, m.end())]  # "... Plantation Berhad": a firm
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
                        if any(word_key(w) in ORG_WORDS for w in m.group().split())]
        for mention in pattern.finditer(folded):
            if not any(s <= mention.start() and mention.end() <= e and (s, e) != mention.span()
                       for s, e in [*firms, *institutions, *multiword_firms]):
                spans.append(mention.span())
    return list(dict.fromkeys(spans))  # several rules may find the same name


# A street or town named after someone: "Rua Manuel Pinto de Azevedo", "ул. „Илиян Вежди“ 16",
# "Avenida Pedro de Valdivia", "Vila Nova de Famalicão", "Ciudad Juárez" (folded text, so the
# Cyrillic stays as written).
# Abbreviations need their dot: "Al Mansour" is a family name, "al. Jerozolimskie" a street.
_STREET = (r"(?<![\w])(?:(?i:rua|rue|avenida|calle|carrer|viale|piazza|corso|largo|praca"
           r"|travessa|estrada|alameda|boulevard|ulica|aleja|strasse|улица|вулиця|булевард"
           r"|булевар|ulitsa|vila|villa|ciudad|cidade)(?![\w])|(?i:av|avda|ul|al|str|bd|blvd|ул|бул|пр|просп|вул)\.)"
           r"[ \t]*[„\"«“]?")
# The street word, perhaps a given name after it, then the span's start.
STREET_BEFORE = re.compile(rf"{_STREET}[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+)?$")
STREET_OPENS = re.compile(rf"{_STREET}[ \t]*(?=[^\W\d_])")
# A street type after a name, then a house number: "Søren Frichs Vej 39", "Otto-Hahn-Weg 4".
_STREET_TYPE = (r"(?i:vej|gade|alle|road|street|strasse|gatan|vagen|weg|straat|laan|avenue|lane"
                r"|drive|close|crescent|boulevard)")
STREET_AFTER = re.compile(rf"[ \t-]*{_STREET_TYPE}[ \t]+\d")
STREET_ENDING = re.compile(rf"[ \t-]{_STREET_TYPE}$")  # the run took the street type in
HOUSE_NUMBER = re.compile(r"[ \t]+\d")


def _street_named(folded: str, start: int, end: int) -> bool:
    """The name at ``start``..``end`` is a street's or a town's ("Rua Manuel Pinto de Azevedo")."""
    return bool(STREET_OPENS.match(folded, start)
                or STREET_BEFORE.search(folded, max(0, start - 40), start)
                or STREET_AFTER.match(folded, end)
                or STREET_ENDING.search(folded, start, end) and HOUSE_NUMBER.match(folded, end))


# Family names written first that are words too ("Le", "Do", "Ho", "Vo"): one before given-name
# syllables is a Vietnamese family name.
_FAMILY_FIRST = EAST_ASIAN_SURNAMES | {"le", "do", "ho", "vo", "vu", "ly", "bui", "ngo", "phan"}
# Roles written as acronyms, which may open a run before a name ("BA Lê Đức Thắng").
ROLE_ACRONYMS = {"BA", "PM", "PO", "QA", "HR", "TL", "EM", "DBA", "SA", "SRE", "CTO", "CEO",
                 "CFO", "COO", "CIO", "CISO", "VP", "SVP", "EVP", "GM", "MD", "UX", "UI"}
UNTIL_NOW = re.compile(r"(?i:till|until)[ \t]+(?i:date|now|present|today)")
# Prepositions that open a sentence or a signature line in capitals.
OPENING_PREPOSITIONS = {"en", "em", "a", "por", "para", "desde", "dans", "pour", "avec", "par",
                        "sur", "nel", "nella", "per"}


# A comma after a found person in brackets, then perhaps the next person of the list; that
# one is followed by the list's next comma or "and", or its closing bracket ("(Hegudis Daso,
# Kamatom Kigek)"). Outside brackets a role or an employer follows a comma ("Silvia
# Marchetti, Direttrice Tecnica").
LIST_GOES_ON = re.compile(r",[ \t]*")
LIST_MEMBER_END = re.compile(r"[ \t]*(?:,|\)|[ \t](?:and|y|e|et|und|i|og|och|ja|&)[ \t])")
# A company's legal form right after a name: the name is the firm's ("Carl Zeiss AG").
LEGAL_FORM = re.compile(r"[ \t]+(?:AG|GmbH|SE|KG|KGaA|OHG|Inc|Ltd|LLC|LLP|plc|PLC|SA|S\.A"
                        r"|SAS|SARL|BV|B\.V|NV|N\.V|SpA|S\.p\.A|Srl|S\.r\.l|Oy|Oyj|AB|ASA|A/S"
                        r"|Pty|Ltda|Sp\.[ \t]*z[ \t]*o\.o|Kft|Zrt|Nyrt|s\.r\.o|a\.s|Ab"
                        r"|Berhad|Bhd|Tbk)(?![\w-])"
                        r"|[ \t]*&[ \t]*(?:Co|Cie|Sons|Söhne|Sohne|Partners|Associates|Asociados"
                        r"|Associados|Associes|Hijos|Filhos|Fils|Συνεργατες)\b"
                        r"|[ \t]+(?:Α\.Ε\.|Ε\.Π\.Ε\.|Ι\.Κ\.Ε\.)")


# "& Collaboration" after a run: the run names a product or a firm, unless a given name follows.
AMPERSAND = re.compile(r"[ \t]*&[ \t]*([A-Z][\w-]*)")


# A lone name, a possessive, then a capitalised organisation word: the name is a firm's
# ("Anna Nowak's Group" is still a person's research group).
_POSSESSIVE_ORG = re.compile(r"'s?[ \t]+([A-Z][a-z]+)")


def _possessive_firm(folded: str, end: int) -> bool:
    """The name ending at ``end`` names a firm ("Dr. Reddy's Laboratories"); lower case after
    the possessive is the person's own ("Pieter Bakker's team")."""
    following = _POSSESSIVE_ORG.match(folded, end)
    return bool(following) and word_key(following.group(1)) in ORG_WORDS


# Particles that are also German articles: inside a name only after a given name or another
# particle ("Maria das Dores", "van der Linden"), not after a surname ("mit Finn Schulz das
# Design-System gebaut").
ARTICLES = {"das", "der", "den", "dem"}


# A German or Dutch noun, "von"/"van", then a full name: "Masterarbeit von Jonas Kretzschmar",
# "Team van Sanne Visser". The particle is "of/by", not part of the name (a name run of four
# words would end mid-name). Romance "de" is left out: "la oficina de Benito Juárez" is a place.
_AFTER_PARTICLE = re.compile(
    r"(?<![\w'-])([^\W\d_][\w'-]*)[ \t]+(?:von|van)[ \t]+"
    r"([A-Z][a-z'-]+)[ \t]+([A-Z][\w'-]+)(?![\w@-]|[ \t]+[A-Z0-9])")  # "Carlos Slim Foundation"


def _after_particle(folded: str, first_names, last_names) -> list[tuple[int, int, list[str]]]:
    found = []
    for match in _AFTER_PARTICLE.finditer(folded):
        before, given, surname = match.group(1, 2, 3)
        if (word_key(before) in first_names or word_key(before) in last_names
                or not known(given, first_names) or blocked(given) or blocked(surname)
                or word_key(given) in PLACES or word_key(surname) in PLACES
                or has_org_word([given, surname], first_names, last_names)):
            continue  # "Maria de Lourdes Silva" is one name
        found.append((match.start(2), match.end(3), [given, surname]))
    return found


def _article_after_surname(words: list[str], first_names) -> int:
    """How many of ``words`` to keep: up to an article that follows a surname."""
    for index in range(1, len(words)):
        before = words[index - 1]
        if (words[index] in ARTICLES and before.lower() not in PARTICLES
                and not known(before, first_names)):
            return index
    return len(words)


def _from_gazetteer(words: list[str], first_names, last_names) -> tuple[int, list[str]]:
    """(index, person) for a run holding a known first name followed by a surname."""
    if has_org_word(words, first_names, last_names) or word_key(words[0]) in PLACES:
        return 0, []  # "San Luis Potosí", "Santa Clara": a place, whatever follows
    if UNTIL_NOW.fullmatch(" ".join(words)):
        return 0, []  # "Jul 2019 - Till Date": Indian English for "to the present"
    if (len(words) >= 3 and word_key(words[-1]) not in last_names | first_names
            and common_word(words[-1])):
        return 0, []  # "Parker Solar Probe": a run ending in an everyday noun is a thing
    for index, word in enumerate(words[:-1]):
        key = word_key(word)
        if index and word_key(words[index - 1]) in PLACES:
            continue  # "San Luis Potosí", "Port Elizabeth", "Santa Maria": a place
        if known(word, first_names) and key not in NOT_NAMES and (
                not blocked(word) or _tech_named(word, words[index + 1], first_names, last_names)):
            person = [word]
            for following in words[index + 1:]:
                if (blocked(following) and word_key(following) not in last_names
                        or following.isupper() and len(following) > 1
                        or word_key(following) in NOT_A_PERSON):  # "Nick Name:", "Grace Help"
                    break
                person.append(following)
            while person and person[-1].lower() in PARTICLES:
                person.pop()
            if (index == 1 and len(person) >= 2 and word_key(words[0]) in _FAMILY_FIRST
                    and all(SYLLABLE.fullmatch(w) for w in person)):
                return 0, [words[0], *person]  # "Lê Đức Thắng": the family name comes first
            if len(person) >= 2:
                return index, person
    return 0, []


# Technologies named like people, that people are named too: "Hana Girma", "Julia Roberts".
_GIVEN_LIKE_TECH = {"ada", "aurora", "cassandra", "crystal", "hana", "hudson", "hugo", "idris",
                    "isabelle", "ivy", "jasmine", "julia", "luigi", "miranda", "pascal", "ruby",
                    "travis"}


def _tech_named(word: str, following: str, first_names, last_names) -> bool:
    """A given name that is also a technology ("Hana", "Julia") before another known name that
    is nothing else: "Hana Girma", "Julia Roberts" are people, "SAP HANA Studio" is not."""
    return (word_key(word) in _GIVEN_LIKE_TECH and not word.isupper()
            and (known(following, first_names) or known(following, last_names))
            and not blocked(following) and not common_word(following.lower()))


def _surname_first(words: list[str], first_names, last_names) -> tuple[int, list[str]]:
    """(0, person) for a family name written first: a known surname that is no first name,
    then a first name ("Takahashi Kenji", "Toth Balazs"), or a common East Asian surname
    then given-name syllables ("Nguyen Thu Trang", "Park Ji-hoon")."""
    if not 2 <= len(words) <= 4 or any(blocked(w) and word_key(w) not in last_names
                                       for w in words):
        return 0, []
    head, rest = word_key(words[0]), words[1:]
    if head in EAST_ASIAN_SURNAMES and all(SYLLABLE.fullmatch(w) or pinyin_given(w)
                                           for w in rest):
        return 0, words
    if (len(words) == 2 and word_key(words[1]) in EAST_ASIAN_SURNAMES and pinyin_given(words[0])
            and not blocked(words[1])):
        return 0, words  # "Xiaowen Tang": a two-syllable pinyin given name, then the surname
    if (head in last_names and head not in first_names and head not in NOT_NAMES
            and len(rest) == 1 and known(rest[0], first_names)
            and word_key(rest[0]) not in NOT_NAMES and not blocked(rest[0])):
        return 0, words
    return 0, []

def _surname_parts(person: list[str], first_names, last_names) -> set[str]:
    """The surname's spellings to remove elsewhere: "de Vries-Bakker" -> Vries-Bakker, Vries,
    Bakker (and with its particles); never the first name, never a particle alone. A surname
    written first ("Takahashi Kenji") is the first word."""
    head = word_key(person[0])
    surname_first = (head in EAST_ASIAN_SURNAMES and len(person) > 1
                     or head in last_names and head not in first_names)
    rest = person[:1] if surname_first else person[1:]
    while len(rest) > 1 and known(rest[0], first_names) and rest[0].lower() not in PARTICLES:
        rest = rest[1:]  # "José Luis Ramírez", "Mehmet Can Öztürk": a second given name
    parts = {" ".join(rest)}
    for word in rest:
        if word.lower() in PARTICLES or word in LOWER_PARTICLES:
            continue
        parts.add(word)
        parts.update(p for p in re.split(r"[-']", word) if len(p) >= 3)
    return {p for p in parts
            if len(p) >= 2 and p.lower() not in PARTICLES and p not in LOWER_PARTICLES}
