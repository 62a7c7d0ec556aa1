"""Shapes of CV text that hold a fact, not a person, beside kept_institutions.py's named
things: a trade that is also a surname ("Stone Mason"), a list of technologies ("Mason, Jinja,
Hugo"), a technology before a technical noun ("Avro schemas"), a bullet opening with a verb that
is also a given name ("- Ran Sitecore …"), and an institution's name in Arabic or Hebrew script,
which has no capitals to mark it ("جامعة الملك سعود").
"""

from __future__ import annotations

import re

from jobtui.resume.names import fold

PART = re.compile(r"[^,;()\n|•·–—]+")


def _folded(word: str) -> str:
    return fold(word.strip("„“”\"«»‚‘’'., \t")).lower()


# Trades and posts that are also surnames, and the words that qualify them: "Stone Mason",
# "Park Ranger", "Head Baker" is a job title, never a person.
TRADES = {
    "mason", "ranger", "baker", "carpenter", "porter", "butler", "tailor", "gardener", "turner",
    "fisher", "cook", "shepherd", "usher", "steward", "marshal", "clerk", "nanny", "smith",
    "goldsmith", "silversmith", "blacksmith", "engraver", "weaver", "potter", "miller",
    "cooper", "fletcher", "thatcher", "glazier", "plumber", "painter", "farmer", "hunter",
    "keeper", "driver", "pilot", "sailor", "sexton", "bishop", "chancellor", "warden", "sheriff",
    "constable", "page", "dean", "reeve", "sergeant", "major", "bailey", "mercer", "draper",
    "chandler", "saddler", "tanner", "dyer", "brewer", "vintner", "barber", "butcher",
    "forester", "falconer", "archer", "bowman", "collier", "slater", "tiler", "joiner",
    "roofer", "welder", "fitter", "rigger", "docker", "drover", "herder", "groom", "cutter",
}
TRADE_QUALIFIERS = {
    "stone", "park", "head", "master", "night", "day", "junior", "senior", "lead", "chief",
    "apprentice", "trainee", "assistant", "deputy", "shift", "kitchen", "game", "river",
    "forest", "estate", "court", "ship", "sea", "field", "site", "store", "bank", "law",
    "tree", "hotel", "house", "grounds", "pastry", "line", "prep", "station", "wine",
}


# The client of a project, a firm: "Client: Ashok Leyland - migrated …", "Cliente: Bimbo".
CLIENT = re.compile(r"(?<![\w])(?i:client|customer|cliente|kunde|klient|klientas|müşteri)"
                    r"[ \t]*:[ \t]*(?P<firm>[^\W\d_][^,;|\n()]*?)(?=[ \t]+[-–—][ \t]|[,;|\n()]|$)")


# A street named after someone: "al. Jana Pawła II 39a", "Rua Padre Anchieta", "Jl. M.H.
# Thamrin", "Calle Simón Bolívar" (a home address on one goes as an address all the same).
STREET_NAMED = re.compile(
    r"(?<![\w])(?:(?i:ul|al|pl|os|bul|jl|av|avda|str|bd|bld|blvd)\.[ \t]*|(?i:ulica|aleja|avenida"
    r"|rua|calle|carrer|via|viale|corso|piazza|rue|boulevard|jalan|calea|strada|bulevardul"
    r"|bulevar|ulitsa)[ \t]+)(?P<name>(?:(?:[A-Z][\w.'’-]*|de|da|do|dos|das|del|della|di|du|des"
    r"|la|le|von|van)[ \t]+){0,4}(?:[A-Z][\w.'’-]*[\w]|[IVX]+))")


# The street word after the name, and "named after" after a school's namesake (folded):
# "Heydər Əliyev prospekti 153", "Səməd Vurğun küç.", "Mirzə Fətəli Axundzadə adına".
NAME_THEN_STREET = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*[ \t]+){1,4})(?i:prospekti|kucesi|kuc\.|caddesi|cad\.|sokak|sok\."
    r"|bulvari|prospekt|adina|adindaki|street|avenue|boulevard|straße|strasse|allee|utca|iela"
    r"|gatve|gatan|katu)(?![\w])")


def street_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names of streets (and schools) named after people."""
    folded = fold(text)
    return ([m.span("name") for m in STREET_NAMED.finditer(folded)]
            + [m.span() for m in NAME_THEN_STREET.finditer(folded)])


# A brand or unit in brackets after a group's name: "Alibaba Group (Hema Fresh)".
GROUP_UNIT = re.compile(r"(?<![\w])(?:Group|Holdings?|Corporation|Corp\.|Inc\.|Ltd\.?|Limited"
                        r"|GmbH|AG|S\.A\.|PLC|plc|Bank|Tbk)[ \t]*\((?P<unit>[^()\n]{2,40})\)")


def client_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each project's client after its label, and of each group's unit."""
    return ([m.span("firm") for m in CLIENT.finditer(text) if len(m.group("firm").split()) <= 5]
            + [m.span("unit") for m in GROUP_UNIT.finditer(text)])


def trade_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of a part of a line made of a trade that is also a surname and the words
    that qualify it ("Stone Mason", "Park Ranger", "Head Baker")."""
    spans = []
    for part in PART.finditer(text):
        raw = part.group().strip(" -•*\t")
        words = [_folded(w) for w in raw.split()]
        if 1 < len(words) <= 3 and words[-1] in TRADES and all(  # never "Dean Smith"
                w in TRADE_QUALIFIERS for w in words[:-1]):
            start = part.start() + part.group().index(raw)
            spans.append((start, start + len(raw)))
    return spans


def tech_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of every one-word item of a skills list (five items or more, a third of
    them and at least three technologies the name rules know): "Mason, Jinja, Hugo, Jekyll,
    Gatsby, Sphinx"."""
    from jobtui.resume.names import TECH

    spans = []
    for line in re.finditer(r"[^\n]+", text):
        items = list(re.finditer(r"[^,;|]+", line.group()))
        single = [i for i in items if len(i.group().split()) == 1]
        known = [i for i in single if _folded(i.group()) in TECH]
        if len(items) >= 5 and len(known) >= max(3, len(items) / 3):
            spans += [(line.start() + i.start(), line.start() + i.end()) for i in single]
    return spans


# Institution words in scripts without capitals, and the words that end a name after them
# ("جامعة الملك سعود", "האוניברסיטה העברית"): the name follows the word.
CASELESS_NOUNS = {
    "جامعة", "الجامعة", "مستشفى", "مدرسة", "معهد", "كلية", "مؤسسة", "جائزة", "شركة", "بنك",
    "البنك", "مجموعة", "أكاديمية", "مركز", "منحة", "אוניברסיטת", "האוניברסיטה", "בית", "מכון",
    "המכון", "מכללת", "המכללה", "פרס", "קרן", "בנק", "חברת", "בית-חולים",
    # Persian: university, faculty, company, bank, hospital, institute.
    "دانشگاه", "دانشکده", "شرکت", "بانک", "بیمارستان", "موسسه", "مؤسسه", "پژوهشگاه",
}
CASELESS_STOPS = {"مع", "في", "و", "من", "إلى", "على", "عن", "مثل", "עם", "של", "אצל", "על", "את"}
CASELESS = re.compile(r"[\u0590-\u05ff\u0600-\u06ff][\u0590-\u05ff\u0600-\u06ff\u064b-\u065f\"'-]*")


def caseless_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of an Arabic or Hebrew institution word and the (at most three) words of
    its name after it, up to a preposition: "جامعة الملك سعود" stays whole."""
    spans = []
    words = list(CASELESS.finditer(text))
    for i, word in enumerate(words):
        if word.group() not in CASELESS_NOUNS:
            continue
        end = word.end()
        for later in words[i + 1:i + 4]:
            if later.group() in CASELESS_STOPS or text[end:later.start()].strip():
                break
            end = later.end()
        spans.append((word.start(), end))
    return spans


# Lower-case words that follow a technology, never a person: "with Avro schemas".
TECH_NOUNS = {
    "schema", "schemas", "cluster", "clusters", "pipeline", "pipelines", "job", "jobs", "test",
    "tests", "files", "format", "api", "apis", "sdk", "library", "libraries", "framework",
    "plugin", "plugins", "connector", "connectors", "queue", "queues", "topics", "dashboard",
    "dashboards", "script", "scripts", "templates", "workflows", "stack", "server", "servers",
    "database", "instance", "instances", "module", "modules", "package", "packages", "driver",
    "drivers", "bindings", "client", "clients", "operator", "operators", "charts", "backend",
    "serialization", "serializer", "messages", "streams", "records", "containers", "images",
}
TECH_NEXT = re.compile(r"[ \t]+([a-z]+)(?![\w-])")  # "Ioana pipeline-ul" is Romanian
# A technology joined to a technical noun, as German, Dutch and Nordic CVs write it:
# "Jenkins-Pipeline", "Grafana-Dashboards", "Kafka-klusteri".
TECH_COMPOUND = re.compile(r"([^\W\d_][\w.+#]*)-([^\W\d_]+)")
COMPOUND_NOUNS = TECH_NOUNS | {
    "pipelines", "dashboard", "migration", "migrationen", "skripte", "konfiguration",
    "instanzen", "instanz", "anbindung", "umgebung", "umgebungen", "kenntnisse", "klusteri",
    "kluster", "klustret", "omgeving", "koppeling", "integratie", "integration", "integrationen",
    "zertifizierung", "zertifikat", "certificering", "setup", "betrieb", "entwicklung",
}


def before_tech_noun(text: str, start: int, end: int) -> bool:
    """A one-word finding followed by a technical noun ("Avro schemas", "Jasmine tests") or
    joined to one ("Jenkins-Pipeline")."""
    after = TECH_NEXT.match(text, end)
    return len(text[start:end].split()) == 1 and (
        bool(after) and after.group(1) in TECH_NOUNS or _tech_compound(text[start:end]))


def _tech_compound(word: str) -> bool:
    from jobtui.resume.names import TECH

    shape = TECH_COMPOUND.fullmatch(word.strip(".,;:"))
    return bool(shape) and _folded(shape.group(1)) in TECH and (
        _folded(shape.group(2)) in COMPOUND_NOUNS)


def tech_compound_cut(text: str, start: int, end: int) -> int:
    """Where a person finding ends once a technology compound is cut off its end ("Urs'
    Jenkins-Pipeline" ends after "Urs'"); ``start`` when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and _tech_compound(words[-1].group()):
        words.pop()
    return start + words[-1].end() if words else start


# Verbs that open a bullet and are also given names: "- Ran Sitecore sites", "- Drew up …".
VERB_NAMES = {"ran", "drew", "rose", "will", "bill", "mark", "grant", "chase", "sue", "won",
              "led", "rob", "pat", "bob", "hunter", "joy", "hope", "faith", "sol", "gil"}


BULLET_VERB = re.compile(r"^[ \t]*[-•*–][ \t]*([A-Z][a-z]+)[ \t]+([^\W\d_][\w.-]*)", re.MULTILINE)


def bullet_verbs(text: str) -> list[tuple[int, int]]:
    """(start, end) of a bullet's opening verb that is also a given name and the word after it
    when no name list knows that word ("- Ran Sitecore sites"): a verb and a product."""
    from jobtui.resume.names import gazetteer

    first_names, surnames = gazetteer()
    return [(m.start(1), m.end(2)) for m in BULLET_VERB.finditer(text)
            if m.group(1).lower() in VERB_NAMES
            and fold(m.group(2)).lower().strip(".,") not in first_names | surnames]
