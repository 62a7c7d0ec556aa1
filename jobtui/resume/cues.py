"""The patterns that find people in running text: a run of name words, and the cues before
and after it (roles, verbs, honorifics, "with", "and", signatures) in many languages.

All are matched on accent-folded text (names.fold), so the classes are ASCII plus Cyrillic
and Greek letters; people.py decides which runs after them are people.
"""

from __future__ import annotations

import re

from jobtui.resume.header import LOWER_PARTICLES, PARTICLES
from jobtui.resume.letters import UPPER

_PARTICLE = "|".join(sorted(PARTICLES | LOWER_PARTICLES, key=len, reverse=True))
# Gaelic particles are capitalised: "Pádraig Ó Súilleabháin", "Siobhán Ní Bhriain", "Mac Giolla".
_CAP_PARTICLE = "O|Ni|Nic|Mac|Mhic|Ua|Ui"
# Letters of names in Latin (accent-folded), Cyrillic and Greek script.
_LO = "a-z\u0430-\u045f\u0491\u03ac-\u03ce"
# One name word: "Nowak", "O'Connor", "Dall'Olio", "Vries-Bakker", "McAllister", "Al-Mansouri",
# "Achieng'", Uzbek o' and g' ("Yo'ldoshev", "G'ulomov"; not French "Aujourd'hui").
_WORD = (rf"[{UPPER}](?:[{_LO}]*[og]'[{_LO}]{{2,}}"
         rf"|[{_LO}]+(?:[{UPPER}][{_LO}]+|'[{UPPER}][{_LO}]+)?|'[{UPPER}][{_LO}]+)"
         rf"(?:-[{UPPER}]?[{_LO}]+)*"
         r"(?:'(?=[ \t]))?")
NAME_WORD = _WORD
NAME_RUN = re.compile(
    # Words of a name are one or two spaces apart; a wider gap parts a form's columns
    # ("2009 Mar   Graduated from ...").
    # A middle initial inside: "Wanda I. Pagán".
    # Catalan's personal article is no part of the name: "amb l'Oriol Puig", "n'Arnau".
    rf"(?:(?<![\w@./'-])|(?<=\b[ln]'))"
    # A title written out is no name word: "Prof. Doutor Rui Manuel Queirós Carneiro".
    r"(?!(?:Doutora?|Dott|Dottoressa|Herr|Frau|Prof|Dr)[ \t])"
    rf"{_WORD}(?:[ \t] ?(?:(?:{_PARTICLE}|{_CAP_PARTICLE}|[A-Z]\.)[ \t] ?)*{_WORD})"
    r"{0,3}"
    # "Pieter Bakker's team", "Selin Koçak'ın ekibi": a possessive or case suffix ends the name
    r"(?![\w@-]|'(?![a-z]{1,5}\b))"
)
# Honorifics before a name, in the languages of the test sets and beyond (folded, no accents):
# "Engr." (PH), "Ato"/"W/ro" (ET), "Lic."/"Ing." (MX), "Alhaji" (NG), "Pak"/"Bu" (ID).
_HONORIFIC = (r"Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Mlle|Herr|Frau|Sra|Dra|Sr|Engr|Eng|Ing|Lic|Atty|Arch"
              r"|Ato|W/ro|Woizero|Alhaji|Alhaja|Mallam|Bapak|Ibu|Dhr|Mevr|Pani|Pan"
              r"|Dott|Dott\.ssa|Avv|Sig|Sig\.ra|Hon|Rev|Sheikh|Encik|Puan|Datuk|Dato'|Khun|Tuan"
              r"|Mgr|Inz|Mag|Hab|Dipl\.-Ing|Dipl-Ing|Dr\.-Ing|Dr-Ing"
              # Portuguese "Prof. Doutor", "Prof.ª Doutora", "Eng.ª".
              r"|Doutor|Doutora|Prof\.[ªa]|Prof[ªa]|Dr\.[ªa]|Eng\.[ªa]|Eng[ªa]"
              # Indian forms of address: "Smt. Rohini", "Shri Anand", "Guru Smt. ...".
              r"|Smt|Shri|Shrimati|Kumari|Guru|Pandit|Ustad|Thiru|Tmt"
              # French and Maghreb "Pr." (professor), Malaysian "Ir."/"Ts." (engineer,
              # technologist), "Hj."/"Hjh." (haji), "Pn."/"Tn." (puan, tuan), Turkish "Sayın",
              # Greek "κ." and Russian/Bulgarian "г-н"/"г-жа" (Mr/Ms), Indonesian "Sdr".
              r"|Pr|Ir|Ts|Hj|Hjh|Haji|Hajah|Pn|Tn|Cik|Datin|Ustaz|Ustazah|Sayin"
              r"|Sdr|Sdri|Kyrios|Kyria|\u03ba|\u0433-\u043d|\u0433-\u0436\u0430|\u0433-\u0446\u0430"
              # Spanish "Dña."/"Srta."/"Mtro.", Nordic "Hr."/"Fru", Turkish "Sn.", Greek "κα",
              # military and nursing grades ("Capt.", "Sgt.", "Sister", "Matron").
              r"|Dna|Dona|Don|Srta|Mtro|Mtra|Hr|Fru|Sn|\u03ba\u03b1|Capt|Sgt|Lt|Maj|Cpl|Cdr"
              r"|Sister|Matron"
              # German "Herrn" (the dative), French "M." and "MM." (Monsieur, Messieurs).
              r"|Herrn|M(?=\.)|MM(?=\.)"
              # Spanish-American professional titles: architect, licentiate (graduate).
              r"|Arq|Arqa|Lcdo|Lcda|Licdo|Licda|Ingra"
              # Māori forms of address: "Whaea Mere", "Matua Rawiri".
              r"|Whaea|Matua|Koka"
              # Polish "p." (pan, pani) before a surname: "pod kierunkiem p. Nowak".
              r"|p(?=\.[ \t]+[A-Z])")
# Dutch, Flemish, Italian and Czech titles are written in lower case: "dr. Marloes
# Kuipers-Oudendijk", "ir. Joost de Wit", "mr. Eva Smit" (a lawyer), "prof.ssa Alessandra
# Dall'Olio", "doc. Hrubeše".
# "prof. dr. sc." (HR), "mr. sc.": lower-case titles chain.
_LOWER_HONORIFIC = r"(?:(?:prof|dott)\.ssa|(?:drs|dr|ir|ing|prof|mr|doc|dott|avv|sc)\.)"
CUE = re.compile(
    r"(?i:\b(?:reported|reporting|reports|report)\s+(?:directly\s+)?to"
    r"|\b(?:mentored|supervised|managed|coached|hired|trained|advised|recommended|referred"
    r"|interviewed|endorsed|nominated|led|headed|guided|encadree?|dirigid[oa]|orientad[oa]"
    r"|betreut|begeleid|co-?supervised|taught|supervisee?|dirigee?|supervisad[oa]"
    r"|supervisionad[oa]|geleitet|angeleitet|aangestuurd|supervisionat[oa]|guidat[oa])"
    r"\s+(?:by|par|por|von|door|da|przez|av|af)"
    r"|\b(?:worked|working|collaborated|collaborating|partnered|teamed\s+up|paired|pairing"
    r"|co-?authored|co-?wrote|co-?led|co-?founded)"
    r"\s+(?:(?:closely|daily|directly|hand\s+in\s+hand|side\s+by\s+side)\s+)?"
    r"(?:with|alongside|under(?!\s+(?:the|direct)\b))"
    r"|\b(?:deputy|assistant|successor|thanks|grateful|indebted|kudos|shout-?out)\s+to"
    r"|\b(?:merci|gracias|grazie|obrigad[oa]|danke|dank|tack)\s+(?:a|an|aan|till)\b|\bdziekuje"
    r"|\btogether\s+with|\balongside|\bunder\s+(?:the\s+)?(?:direct\s+)?(?:supervision|guidance"
    r"|leadership|direction|mentorship)\s+of"
    r"|\bsous\s+la\s+(?:supervision|direction|responsabilite)\s+de|\ben\s+collaboration\s+avec"
    r"|\bbajo\s+la\s+(?:direccion|supervision)\s+de|\bjunto\s+(?:a|con)|\bcolabore\s+con"
    r"|\bsob\s+a\s+(?:supervisao|orientacao)\s+de|\bunter\s+(?:der\s+)?leitung\s+von"
    r"|\bberichtete\s+an|\brapporteerde\s+aan|\bsamen\s+met|\binsieme\s+a"
    # The same cues in more languages (accent-folded): FR, ES, PT, IT, NL, DE, PL, Nordic, CS.
    r"|\bsous\s+l'(?:encadrement|autorite|egide)\s+de|\brattachee?\s+a|\baux\s+cotes\s+de"
    r"|\ben\s+binome\s+avec|\b(?:rapportant|reportant|reportando|rapportando|riportando"
    r"|rapporterend|raportujac|berichtet|berichtend)\s+(?:directement\s+|directamente\s+"
    r"|diretamente\s+|direttamente\s+|direkt\s+|bezposrednio\s+)?(?:a|ao|para|aan|an|do)\b"
    r"|\bbajo\s+(?:la\s+)?(?:coordinacion|tutela|guia|supervision|direccion)\s+de"
    r"|\ben\s+colaboracion\s+con|\bde\s+la\s+mano\s+de|\bcon\s+la\s+supervision\s+de"
    r"|\bsob\s+(?:a\s+)?(?:supervisao|orientacao|lideranca|coordenacao|gestao)\s+d[eao]"
    r"|\bem\s+(?:parceria|conjunto)\s+com|\bjunto\s+com(?:\s+[oa](?=\s+[A-Z]))?"
    r"|\ba\s+diretto\s+riporto\s+di|\bsotto\s+la\s+(?:supervisione|guida|direzione"
    r"|responsabilita)\s+di|\bin\s+collaborazione\s+con"
    r"|\bonder\s+(?:leiding|begeleiding|supervisie)\s+van|\bin\s+samenwerking\s+met"
    r"|\bunter\s+(?:der\s+)?(?:anleitung|betreuung|aufsicht)\s+von"
    r"|\bin\s+zusammenarbeit\s+mit|\b(?:zusammen|gemeinsam)\s+mit"
    r"|\bpod\s+(?:kierunkiem|kierownictwem|nadzorem|opieka|przewodnictwem|vedenim)"
    r"|\b(?:wspolnie|razem)\s+z|\bve\s+spolupraci\s+s|\bspolu\s+s"
    r"|\bunder\s+(?:ledning|ledelse)\s+a[fv]|\btillsammans\s+med|\bsammen\s+med"
    r"|\bi\s+(?:samarbete|samarbejde|samarbeid)\s+med|\brapporter(?:ade|ede|te)\s+til"
    r"|\bsub\s+(?:indrumarea|conducerea)(?:\s+lui)?|\bin\s+colaborare\s+cu"
    r"|\bam\s+lucrat\s+cu|\bimpreuna\s+cu|\bsub\s+coordonarea|\bbekerja\s+sama\s+dengan"
    r"|\bbersama|\bcung\s+voi|\bbao\s+cao\s+cho|\bwe\s+wspolpracy\s+z"
    r"|\bjuhendaja(?:ks)?(?:\s+oli)?"  # Estonian: supervisor
    r"|\b(?:line\s+manager|manager|supervisor|referee|reference|referenz|reference|referencia"
    r"|referencia|referente|contact\s+person|mentor|advisor|adviser|tutor|thesis\s+supervisor"
    # Polish: mentor, supervisor, manager (feminine forms too).
    r"|mentorka|opiekun(?:ka)?|przelozon[ya]|kierownik|kierowniczka|promotor(?:ka)?"
    # Hungarian: (direct) manager, supervisor, mentor, thesis supervisor (folded).
    r"|(?:kozvetlen\s+)?vezetom|felettesem|mentorom|temavezetom"
    r"|team\s+lead|tech\s+lead|lead|boss|jefe(?:\s+directo)?|jefa(?:\s+directa)?|vedouci"
    r"|nadrizeny|(?:kozvetlen\s+)?vezeto|temavezeto|felettes|yoneticim|yonetici"
    r"|leidinggevende|vorgesetzter?|betreuer(?:in)?|przelozony|kierownik|atasan|quan\s+ly"
    r"|responsable(?:\s+direct[oa])?|gestora?|orientadora?|chef|promotor|opiekun|handledare"
    r"|vejleder|veileder"
    r"|esimies|ohjaaja|referencje|referencias|referenze|referenties"
    # A relative on an Indian or Pakistani CV: "Father's Name:", "S/O:", "Spouse Name:".
    r"|(?:father|mother|spouse|husband|wife|guardian|parent)(?:'?s)?(?:\s+name)?|[sdwc]/o"
    # A parent on a Turkish or Greek CV: "Baba Adı:", "Anne Adı:", "Πατρώνυμο:" (folded).
    r"|(?:baba|anne|ana|es)\s+adi|\u03c0\u03b1\u03c4\u03c1[\u03c9\u03ce]\u03bd\u03c5\u03bc\u03bf"
    r"|\u03bc\u03b7\u03c4\u03c1[\u03c9\u03ce]\u03bd\u03c5\u03bc\u03bf)"
    # "사수 (mentor):" — an English gloss in brackets before the colon (the name may be lost
    # from a PDF whose font has no Hangul, leaving "(mentor):   (Donghyun Choi)").
    r"\)?\s*:)"
    rf"[ \t]*(?:(?:{_HONORIFIC})\.?[ \t]+|{_LOWER_HONORIFIC}[ \t]+)*"
    # "Prof. (Mrs.) Chandrika Senanayake": a form of address in brackets after the title.
    rf"|(?<![\w./])(?:{_HONORIFIC})\.?[ \t]+(?:(?:Dr|Prof|Doutora?|Dott(?:\.ssa)?)\.?[ \t]+"
    r"|\((?:Mrs|Mr|Ms|Miss|Dr)\.?\)[ \t]+)*"
    rf"|(?<![\w./-]){_LOWER_HONORIFIC}[ \t]+(?=[A-Z])"
    # (not after a legal form's full stop: "Iberdrola, S.A. – Bilbao")
    r"|(?:[\"”“»」]|(?<![A-Z])(?<!Ltd)(?<!Inc)(?<!Corp)(?<!Bhd)(?<!Pty)(?<!Lda)[.!?])"
    r"[ \t]*[.,]?[ \t]*(?:—|–|--?)[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)*"
)
# A role without a colon ("Team lead Yossi Mizrahi", "My manager, Farhan Qureshi"): a person
# when two or more name words follow.
# A comma after a bare role is a job-title line ("Tech Lead, Mercado Libre, Buenos Aires"),
# so only a possessive role may have one.
ROLE_CUE = re.compile(r"(?i:\b(?:(?:my|our|former)\s+(?:line\s+|direct\s+)?(?:mentor|supervisor"
                      r"|boss|manager|lead|director|cto|ceo|cfo|professor|advisor|colleague"
                      r"|teammate)[ \t]*,?[ \t]+"
                      r"|(?:line\s+manager|team\s+lead(?:er)?|tech(?:nical)?\s+lead"
                      r"|reporting\s+line|direct\s+manager|lider\s+tecnico(?:\s+fue)?)[ \t]+))")
# A role named in running text, after a lower-case determiner or preposition, then a name
# ("with product owner Michał", "reported to the CTO, Ekene", "our designer Ana"): the role
# words say a person follows. A job-title line ("Product Owner, Allegro") has no such word
# before the role.
RUNNING_ROLE = re.compile(
    r"(?<![\w-])(?:the|our|my|their|his|her|with|to|by|and|under|[TO]he|Our|My)[ \t]+"
    r"(?:(?i:former|then|new|senior|lead|principal|chief|head)[ \t]+)?"
    r"(?i:product[ \t]+(?:owner|manager|lead|designer)|project[ \t]+manager"
    r"|program(?:me)?[ \t]+manager|engineering[ \t]+manager|delivery[ \t]+manager"
    r"|(?:engineering|design|data|qa|ops|analytics|platform|security|infrastructure|mobile"
    r"|frontend|backend|marketing|sales|finance)[ \t]+lead"
    r"|(?:plant|financial|site|project|group)?[ \t]*(?:controller|accountant|superintendent)"
    r"|scrum[ \t]+master|(?:ux|ui|product|graphic)?[ \t]*designer|architect|data[ \t]+scientist"
    r"|analyst|recruiter|co-?founder|founder|c[teofi]o|ciso|vp|manager|director|colleague"
    r"|teammate|mentor|supervisor|intern|tester|developer|engineer|team[ \t]+lead(?:er)?"
    r"|coach|pm|po|em|tpm"
    r"|tech(?:nical)?[ \t]+lead|professor|advisor|adviser|co-coach|co-?author)"
    r"[ \t]*,?[ \t]+(?=[A-Z])"
    # German: "unserem Doktoranden Jonas", "mit meiner Kollegin Lea", "dem Teamleiter Max".
    r"|(?<![\w-])(?:unser(?:em|en|er|e)?|mein(?:em|en|er|e)?|dem|der|den|mit)[ \t]+"
    r"(?:Kolleg(?:e|en|in)|Doktorand(?:en|in)?|Praktikant(?:en|in)?|Werkstudent(?:en|in)?"
    r"|Teamleiter(?:in)?|Betreuer(?:in)?|Vorgesetzte[nr]?|Mentor(?:in)?|Chef(?:in)?"
    r"|Abteilungsleiter(?:in)?|Projektleiter(?:in)?)[ \t]+(?=[A-Z])"
    # "with" and a colleague in the Baltic and Slavic languages: "su kolega Dariumi Vaitkumi".
    r"|(?<![\w-])(?i:su|sa|s|z|ze|ar|koos)[ \t]+(?i:kolega|kolege|kolegom|kolegou|kolegomis"
    r"|kolegyne|kolegica|kolegicom|kolegi|kolegiem|kolleegiga)[ \t]+(?=[A-Z])"
    # Turkish and Azerbaijani "my colleague", "my manager" (folded): "Həmkarım Orxan …".
    r"|(?<![\w-])(?i:hemkarim(?:iz)?|rehberim|mudirim|yoneticim|mudurum|meslektasim"
    r"|(?:ekip|takim|calisma)[ \t]+arkadasim)[ \t]*:?[ \t]+(?=[A-Z])"
)
# "Reviewed by"/"approved by": teams and firms follow as often as people ("approved by
# Finance"), so these count like "with": a known given name or a full name must follow.
BY_CUE = re.compile(r"(?i:\b(?:reviewed|approved|signed[ \t]+off|sponsored|championed"
                    r"|commissioned|onboarded|recruited|promoted|evaluated|appraised|proofread"
                    r"|checked|formee?|accompagnee?|coordinad[oa]|coordenad[oa]|coordinat[oa]"
                    r"|affiancat[oa]|revisad[oa]|aprobad[oa]|aprovad[oa]|supported|assisted"
                    r"|helped|joined|accompanied|backed)[ \t]+"
                    r"(?:by|par|por|von|door|da|przez|av|af)[ \t]+)")
HONORIFIC_WORD = re.compile(rf"(?:{_HONORIFIC})\.?")
# "with"/"avec"/"con"/"mit"/"met"/"com"/"dengan": a person only when the run has a known name.
# "com o Tiago", "con el Nacho": Portuguese and Chilean Spanish put an article before a
# colleague's given name.
# "與 Kevin 一起" (TW/CN): "with" in Chinese before a romanised name.
# "su Mantu" (Lithuanian), "sa Markom" (Croatian, Serbian): "with" before the instrumental
# (never the "s" of a possessive: "a Wireman's Licence").
WEAK_CUE = re.compile(r"(?i:(?<!['’])\b(?:with|avec|con(?:[ \t]+(?:el|la)(?=[ \t]+[A-Z]))?"
                      r"|mit|met|med"
                      r"|com(?:[ \t]+[oa](?=[ \t]+[A-Z]))?"
                      r"|amb|dengan|cu|ile|z|ze|s|se|su|sa|與|与|跟|和)[ \t]+"
                      rf"(?:(?:{_HONORIFIC})\.?[ \t]+)?)")
# "Haruka-san", "Kim-nim": a Japanese or Korean form of address after a name.
ADDRESS_SUFFIX = re.compile(rf"(?<![\w-])({_WORD})-(?:san|sama|sensei|kun|chan|nim|ssi)\b")

# What follows a person's name in running text: a speech or action verb or "and I" (then the
# last word must be a known surname: "Red Hat and I" is no person), or an apposition naming
# their role ("Tendai Moyo, my former manager").
ACTS = re.compile(r"(?i:[ \t]+(?:said|says|wrote|writes|noted|added|told|asked|recommended"
                  r"|hired|mentored|taught|led|leads|manages|managed|supervised|praised"
                  r"|and[ \t]+I\b|&[ \t]+I\b))")
APPOSITION = re.compile(r"(?i:,[ \t]+(?:my|our|the[ \t]+team'?s?|a[ \t]+former|former)[ \t]+"
                  r"(?:\w+[ \t]+)?(?:manager|lead|mentor|supervisor|boss|colleague|director"
                  r"|cto|ceo|cfo|coo|vp|head|professor|advisor|teammate|peer))")
# "of the IT unit", "from Quality": the team a colleague named after "with" belongs to.
FROM_UNIT = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){0,3}"
                       r"(?i:unit|team|department|dept|group|squad|division|desk|lab)\b"
                       r"|[ \t]+from[ \t]+(?!the\b)[A-Z][\w&-]*(?![\w-])")
# "o Tiago e a Inês" (PT), "el Juan y la Ana" (ES): an article may stand before a given name.
# A bracket may stand between ("Dra. Núria Casademunt (nc@clinic.cat) i Pau Ferrer").
JOINT = re.compile(r"(?:'s)?(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*\n?[ \t]*"
                   r"(?:&|\b(?:and|und|et|y|e|i|en|och|og|si|oraz|a|ja|ve|es|ir)\b)"
                   r"[ \t]*(?:(?:o|a|el|la|il)[ \t]+)?(?=[A-Z])")
# A comma inside a list of people after a cue: "with Nikos, Vasilis and Fotini".
LIST_COMMA = re.compile(r"[ \t]*,[ \t]*(?=[A-Z])")
# A hyphen opens one too right under the quotation ('"… deadline."' then "- Eyerusalem
# Tsegaye, Head of Revenue Analytics").
SIGNATURE = re.compile(r"(?:^[ \t]*(?:—|–)|[\"”»][.!]?[ \t]*\n[ \t]*-)[ \t]*"
                       r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)*", re.MULTILINE)

# A lone name word, then "and"/"et"/"y"/"und"/"en"/"och"/"og"/"si": a person when the cued
# name of a found person follows ("avec Goulven et Maëlys Tanguy").
BEFORE_JOINT = re.compile(rf"({_WORD})[ \t]*(?:,[ \t]*)?(?:&|\b(?:and|und|et|y|e|i|en|och|og|si"
                          r"|oraz|a|ja|ve|es|ir)\b)[ \t]*$")

# Two name words before "and" and a found full name: "Talita Gouveia e Yasmin Carvalhaes".
PAIR_BEFORE_JOINT = re.compile(rf"({_WORD})[ \t]+({_WORD})[ \t]*\b(?:and|und|et|y|e|i|en|och"
                               r"|og|ja|ve)\b[ \t]*$")

# A given name before a Turkish postposition: "Onur ile birlikte" ("together with Onur").
BEFORE_POSTPOSITION = re.compile(rf"(?<![\w-])({_WORD})[ \t]+ile[ \t]+(?:birlikte|beraber)\b")
# A name-shaped word opening a Turkish clause before "ile" ("; Kerem ile on-call rotasyonu"):
# Turkish writes its other words in lower case, so the capital marks a proper noun.
CLAUSE_POSTPOSITION = re.compile(rf"(?:^|[;:•·]|\.[ \t])[ \t]*({_WORD})[ \t]+ile[ \t]+"
                                 r"(?=[a-z])", re.MULTILINE)
# East Asian given names in romanisation, for a lone word after "with" that no list knows:
# Japanese romaji of three or more syllables ("Daisuke", "Haruto") and Korean hyphenated
# syllables ("Ji-woo", "Min-jun"); pinyin ("Haoran") is name_shapes.PINYIN_NAME.
ROMAJI_NAME = re.compile(
    r"[A-Z](?i:(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwj])?[aeiou]|n(?![aeiouy]))"
    r"){3,5}")
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")
# A run after "in"/"em"/"en"/"tại": a place the resume names ("apps in Hà Nội"), so the same
# run elsewhere is no person even when its words are a given name and a surname.
_PLACE_AFTER = re.compile(rf"\b(?:in|em|en|tai|based[ \t]+in)[ \t]+"
                          rf"({_WORD}(?:[ \t]+{_WORD}){{0,2}})(?=[ \t]*[.,;)\n]|$)")


def places_named(folded: str) -> set[str]:
    """The capitalised runs the (accent-folded) text uses as places after a preposition."""
    return {m.group(1) for m in _PLACE_AFTER.finditer(folded)}
