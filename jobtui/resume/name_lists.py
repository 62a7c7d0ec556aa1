"""People named together: lists of given names, and names before an honorific.

- A coordinated list ("Joana, Tiago e Beatriz", "τη Δέσποινα και τον Στέλιο", "Deniz ve
  Ozan'a") with one member already found as a person: every other one-word member that is no
  technology, firm, place or everyday word is a person too.
- A list right after a plural people noun ("two juniors, Shir and Idan", "Stajyerlerimiz Deniz
  ve Ozan'a", "mes stagiaires Léa et Hugo"): its members are people.
- A name before an honorific written after it ("Burak Bey'in", "Selin Hanım", "Sharma ji",
  "Ishiguro-san"), and the given name written before that surname elsewhere ("with Daisuke
  Ishiguro").

Matching runs on the accent-folded text (names.fold): same length, so offsets hold.
"""

from __future__ import annotations

import re
from functools import cache

from jobtui.resume.cues import NAME_WORD
from jobtui.resume.name_shapes import blocked, common_word, known
from jobtui.resume.names import FIRMS, fold, gazetteer

# "and" in ~40 languages (folded): en, de, fr, es, pt/it, pl/hr/ca/sl, sv, no/da, fi/et, hu,
# cs/sk, ro, tr, uz/az, id/ms, ga, cy, eu, lv, lt, sq, uk, ru/bg/sr/mk, el. Not the ones that
# are also "at"/"in"/"on" elsewhere (Tagalog "at", Dutch "en", Swahili "na").
AND = (r"&|and|und|et|y|e|i|och|og|ja|es|a|si|ve|ile|va|dan|agus|ac|eta|un|ir|dhe"
       r"|и|і|й|та|και|kai")
# Articles some languages put before a given name: Greek, Portuguese, Catalan, Italian dialect.
ARTICLE = r"(?:τον|την|τη|το|ο|η|o|a|el|la|en|na)"
# A Turkish case ending after an apostrophe: "Ozan'a", "Selin'in", "Deniz'le".
SUFFIX = r"(?:'[a-z]{1,5})?"
MEMBER = rf"(?:{ARTICLE}[ \t]+)?({NAME_WORD}){SUFFIX}"
SEPARATOR = rf"(?:[ \t]*,[ \t]*(?:(?:{AND})[ \t]+)?|[ \t]+(?:{AND})[ \t]+)"
LIST = re.compile(rf"(?<![\w'-]){MEMBER}(?:{SEPARATOR}{MEMBER})+(?![\w-])")
MEMBER_RE = re.compile(rf"(?<![\w'-]){MEMBER}")
# A capitalised word (and a particle) right before a list, or after one of its members: the
# members are parts of longer names ("Técnica de Contabilidade, Jerónimo Martins, Lisboa").
RUN_BEFORE = re.compile(r"[A-Z\u0386-\u03a9\u0400-\u042f][\w'-]*[ \t]+"
                        r"(?:(?:de|da|do|del|di|van|von|of|der)[ \t]+)?$")
CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z\u0386-\u03a9\u0400-\u042f]")
# Plural nouns for the people one led, trained or worked with, in many languages (folded).
PEOPLE_NOUN = re.compile(
    r"(?i:\b(?:juniors|interns|trainees|apprentices|grads|graduates|engineers|developers"
    r"|analysts|designers|colleagues|teammates|mentees|students|direct[ \t]+reports|hires"
    r"|testers|scientists|researchers|volunteers|assistants|technicians|programmers"
    r"|estagiari[oa]s|analistas|colegas|juniores|engenheir[oa]s|formand[oa]s|alun[oa]s"
    r"|colaborador[ae]s|becari[oa]s|practicantes|pasantes|companer[oa]s|ingenier[oa]s"
    r"|desarrollador[ae]s|estudiantes|stagiaires|alternants|collegues|ingenieurs|etudiant[e]?s"
    r"|apprentis|praktikant(?:en|innen)|werkstudent(?:en|innen)|kolleg(?:en|innen)|azubis"
    r"|auszubildende|entwickler(?:innen)?|studierende|stagiairs|collega'?s|ontwikkelaars"
    r"|stagisti|tirocinanti|colleghi|colleghe|sviluppatori|studenti|ingegneri|stazystow"
    r"|praktykantow|kolegow|programistow|juniorow|stagiari|stagiarii|colegi|colegii|colegilor"
    r"|praktikanter|kollegor|kolleger|utvecklare|harjoittelij\w*|gyakornok\w*|kollegaim\w*"
    r"|stajyer\w*|meslektas\w*|arkadaslarim\w*|magang|rekan[ \t]+kerja"
    r"|μηχανικούς|μηχανικοί|συναδέλφους|συνάδελφοι|ασκούμενους|ασκούμενοι|φοιτητές|φοιτητών"
    r"|стажистів|стажерів|стажеров|стажистов|колег|колеги|джунів|джунов|інженерів|инженеров"
    r"|розробників|разработчиков|студентів|студентов)(?![\w]))"
    r"(?:[ \t]*\([^)\n]{0,20}\))?[ \t]*[,:(—–-]?[ \t]*$")
# Honorifics written after a name: Turkish, Persian/Urdu/Hindi, Japanese, Korean.
POST_HONORIFIC = re.compile(
    rf"(?<![\w'-])((?:{NAME_WORD}[ \t]+)?{NAME_WORD})"
    r"(?:[ \t]+(?i:bey|hanim|hanimefendi|hoca|hocam|efendi|sahib|sahiba|saheb|ji|agha|khanum)"
    r"|-(?:san|sama|kun|chan|sensei|senpai|ssi|nim|ji))(?:'[a-z]{1,5})?(?![\w-])")


# A nickname quoted between a given name and a surname: 'Ikechukwu "IK" Eze', "Paolo 'Pao'",
# 'Per-Olof ”Pelle” Håkansson' (Swedish opens with a closing quote).
QUOTED_MIDDLE = re.compile(rf"(?<![\w'-])({NAME_WORD})[ \t]+[\"“”„«'‘(]"
                           r"([A-Z][a-z]{1,11}|[A-Z]{2,3})"
                           rf"[\"”“'’»)][ \t]+({NAME_WORD})(?![\w-])")


# A nickname quoted at the head of a bracket after the name: "Thibault (« Tibo » pour ses
# équipes)", 'Oluwaseun ("Shewa" to colleagues)'.
QUOTED_BRACKET = re.compile(rf"(?<![\w'-])({NAME_WORD})[ \t]*\([ \t]*[\"“”„«'‘][ \t]*"
                            r"([A-Z][a-z]{1,11})[ \t]*[\"”“'’»]")


def quoted_nicknames(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of nicknames quoted inside a name, or at the head of a bracket after
    it, whose first word is a known given name or a found person's, and of their other
    mentions ("Pelles omdöme")."""
    folded = fold(text)
    first_names, _ = gazetteer()
    nicknames = {m.group(2) for m in QUOTED_MIDDLE.finditer(folded)
                 if (known(m.group(1), first_names)
                     or any(s <= m.start(1) < e for s, e in found)) and not blocked(m.group(3))}
    nicknames |= {m.group(2) for m in QUOTED_BRACKET.finditer(folded)
                  if (known(m.group(1), first_names) or any(s <= m.start(1) < e for s, e in found))
                  and not blocked(m.group(2))}
    return [(m.start(), m.end(), [nickname]) for nickname in nicknames
            for m in re.finditer(rf"(?<![\w'-]){re.escape(nickname)}(?:s|['’]s)?(?![\w'-])",
                                 folded)]


# A Turkish or Azerbaijani case suffix after a given name's apostrophe: "Mert'e", "Ayşe'nin"
# (matched on folded text, so "ı" is "i").
TURKISH_LINE = re.compile(r"[çğışöüİıÇĞŞÖÜəƏ]")
# Not the locative and ablative ("İstanbul'da", "Trendyol'dan"): places and firms take those.
SUFFIXED = re.compile(rf"(?<![\w'-])({NAME_WORD})'(?:y?[aeiu]|[nsy]?[iu]n|yl[ae]|l[ae]|n[ae]"
                      r"|y[ae]|ler[ie]?|lar[iı]?)(?![\w-])")


def suffixed_given_names(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of known given names with a Turkish case suffix, on a line in
    Turkish ("Mert'e teşekkürler", "Ayşe'nin ekibi"); places and firms keep theirs."""
    first_names, _ = gazetteer()
    folded = fold(text)
    spans = []
    for match in SUFFIXED.finditer(folded):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        word = match.group(1)
        if (TURKISH_LINE.search(line) and known(word, first_names) and not blocked(word)
                and word.lower() not in _firm_words()):
            spans.append((match.start(1), match.end(1), [word]))
    return spans


@cache
def _firm_words() -> frozenset[str]:
    return frozenset(fold(f).lower() for f in FIRMS)


def _person_word(word: str, first_names) -> bool:
    """A list member that may be a person: no technology, firm, place or everyday word."""
    if blocked(word) or word.lower() in _firm_words():
        return False
    return known(word, first_names) or not common_word(word)


def list_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the unfound members of lists holding a found person, and of
    every member of a list after a plural people noun."""
    folded = fold(text)
    first_names, _ = gazetteer()
    spans = []
    for match in LIST.finditer(folded):
        members = [(m.start(1), m.end(1)) for m in MEMBER_RE.finditer(folded, match.start(),
                                                                        match.end())]
        line_start = folded.rfind("\n", 0, match.start()) + 1
        cued = bool(PEOPLE_NOUN.search(folded, line_start, match.start()))
        run = None if cued else RUN_BEFORE.search(folded, line_start, match.start())
        # A capitalised word before the list is a sentence's first verb ("Mentored Tal and
        # Noam") unless text precedes it or it is a name ("Junho Lee, Coupang").
        if (run and (folded[line_start:run.start()].strip(" \t-–—•*·▪(")
                     or known(run.group().split()[0], first_names)
                     or any(s <= run.start() < e for s, e in found))
                or any(CAPITAL_AFTER.match(folded, end) for _, end in members)):
            continue  # "Técnica de Contabilidade, Jerónimo Martins": runs, not given names
        # A found member that is a known given name: "Navisworks" found by a cue is no proof.
        has_person = any(s < fe and fs < e and known(folded[s:e], first_names)
                         for s, e in members for fs, fe in found)
        if not (cued or has_person):
            continue
        for start, end in members:
            word = folded[start:end]
            if _person_word(word, first_names) or cued and not blocked(word):
                spans.append((start, end, [word]))
    return spans + _mentions(folded, {folded[s:e] for s, e, _ in spans})


def _mentions(folded: str, words: set[str]) -> list[tuple[int, int, list[str]]]:
    """The other mentions of list members standing alone ("Shir now leads the squad")."""
    words = {w for w in words if len(w) >= 3}
    if not words:
        return []
    pattern = re.compile(rf"(?<![\w@.'-])(?:{'|'.join(map(re.escape, sorted(words)))})"
                         r"(?![\w@-])")
    return [(m.start(), m.end(), [m.group()]) for m in pattern.finditer(folded)]


def honorific_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of names before an honorific written after them, and of the
    surname such an honorific marks with a given name before it elsewhere."""
    folded = fold(text)
    spans = []
    surnames = set()
    for match in POST_HONORIFIC.finditer(folded):
        words = match.group(1).split()
        while words and blocked(words[0]):
            words = words[1:]
        if not words or blocked(words[-1]):
            continue
        start = match.end(1) - len(" ".join(words))
        spans.append((start, match.end(), list(words)))
        if match.group().lower().endswith(("-san", "-sama", "-sensei")):
            surnames.add(words[-1])  # Japanese: the surname takes the honorific
    for surname in surnames:
        for match in re.finditer(rf"(?<![\w'-])({NAME_WORD})[ \t]+{re.escape(surname)}(?![\w-])",
                                 folded):
            if not blocked(match.group(1)) and not common_word(match.group(1)):
                spans.append((match.start(), match.end(), match.group().split()))
    return spans
