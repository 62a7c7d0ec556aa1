"""Name knowledge for finding people without a model: a first/last-name gazetteer, accent folding,
and the curated lists of words that look like names but are not (tech, firms, places, titles).

Gazetteer source: Faker's per-locale person providers (faker.providers.person.*), read offline.
Compared (Faker 40.x vs gender-guesser 0.4 vs names-dataset 3.3):
- Faker: ~20,500 Latin-script first names and ~18,000 surnames over 80 locales (NL, PL, IN, NG,
  FR, ES, BR, DE, UK, US, Arabic, romanised Chinese and Japanese...), released monthly; loading
  every person provider takes ~0.15 s and a few MB.
- gender-guesser: ~61,000 first names but no surnames, last released in 2016, ~0.19 s to load;
  misses Chiamaka, Thiago, Siddharth, Jiayi, Ngozi, Emeka (Faker misses fewer of our test set).
- names-dataset: far larger coverage but a ~50 MB download and seconds to load, too heavy for
  an engine that must start in about a second.
Faker has both halves of a name, is maintained, and is quick enough, so it is the source.
Its middle names (Vietnamese "Thu", "Văn") count as given names, and its Cyrillic and Greek
names are kept with their Latin spellings: ~27,000 first names and ~31,000 surnames in all.
Faker's Vietnamese list is short (47 given names), so East Asian family names written first
are also recognised by shape (people.py); no other offline name package is small, maintained
and free of a download, so none is added. Where Faker is thin, assets/names_extra.txt adds
~700 common names by hand (of 30 everyday Indian given names, Faker 40 lacked 20: Anil,
Rajesh, Suresh, Deepak, Sanjay, Vikram ...; likewise Nepali, Sinhala, Ethiopian, Kenyan, Malay
and Serbian names).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import threading
import unicodedata
from functools import lru_cache

# Letters NFKD does not take apart; each maps to ONE character so offsets stay valid.
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ı": "i", "ß": "s", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O",
                          "ð": "d", "Ð": "D", "þ": "t", "Þ": "T", "ħ": "h", "Ħ": "H",
                          "ə": "e", "Ə": "E", "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """``text`` without accents, the same length (so a match's offsets hold in the original):
    "Wiśniewska" -> "Wisniewska", "Schäfer" -> "Schafer"."""
    text = text.translate(_SPECIAL)
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)
    return base[0] if base and base[0].isascii() and base[0].isalpha() else char


_lock = threading.Lock()
_words: tuple[frozenset[str], ...] | None = None


class NameSet(frozenset):
    """A gazetteer half that also knows its Latin names written in Serbian or Macedonian
    Cyrillic ("илић" is "ilic", "јелена" is "jelena"): Faker has no Serbian provider, and those
    spellings map one to one onto the Latin names it has. Only words with a letter of those
    alphabets alone are read so: "нови сад" is a city, not "Novi" and "Sad"."""

    def __contains__(self, key: object) -> bool:
        if frozenset.__contains__(self, key):
            return True
        return (isinstance(key, str) and bool(_SERBIAN_LETTER.search(key))
                and frozenset.__contains__(self, key.translate(_SR)))


_SERBIAN_LETTER = re.compile("[ђјљњћџѓќѕ]")


def gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), folded and lower-cased, from every Faker person provider."""
    first, last, *_ = _word_lists()
    return first, last


def country_words() -> frozenset[str]:
    """One-word country names in every language Faker's address providers write them in
    ("cameroun", "kamerun", "alemanha"), folded and lower-cased: ~3,200 words."""
    return _word_lists()[2]


def everyday_words() -> frozenset[str]:
    """The everyday words Faker's lorem providers write in 33 locales ("noord",
    "parlament", "rada"), folded and lower-cased: ~17,600 words."""
    return _word_lists()[3]


def _word_lists() -> tuple[frozenset[str], ...]:
    global _words
    with _lock:
        if _words is None:
            first, last, countries, everyday = _cached()
            _words = NameSet(first), NameSet(last), countries, everyday
    return _words


def _cached() -> tuple[frozenset[str], ...]:
    """The gazetteer, the country words and the everyday words from the cache folder, built
    from Faker (and saved) when missing: reading Faker's provider modules and spelling them
    out costs ~1 s, a cached copy ~20 ms."""
    from importlib.metadata import PackageNotFoundError, version

    from jobtui.paths import ensure_private_dir, locations

    try:
        path = locations().cache_dir / f"names-faker-{version('faker')}-v20.txt"
    except PackageNotFoundError:
        return (*_load(), _load_countries(), _load_everyday())
    try:
        first, last, countries, everyday = path.read_text(encoding="utf-8").split("\n\n")
        return tuple(frozenset(part.split()) for part in (first, last, countries, everyday))
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    words = (*_load(), _load_countries(), _load_everyday())
    try:
        ensure_private_dir(path.parent)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text("\n\n".join("\n".join(sorted(part)) for part in words),
                           encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass  # a read-only cache folder only costs the rebuild next time
    return words


def _load_countries() -> frozenset[str]:
    import faker.providers.address as addresses

    return _provider_words(addresses, "countries")


def _load_everyday() -> frozenset[str]:
    import faker.providers.lorem as lorem

    return _provider_words(lorem, "word_list")


def _provider_words(package, attribute: str) -> frozenset[str]:
    """The one-word entries of ``attribute`` in every locale's provider of a Faker
    ``package``, folded and lower-cased."""
    words = set()
    for module in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"{package.__name__}.{module.name}").Provider
        words.update(fold(w).lower() for w in getattr(provider, attribute, ()) if w.isalpha())
    return frozenset(words)


def _load() -> tuple[frozenset[str], frozenset[str]]:
    import faker.providers.person as people

    raw: dict[str, set[str]] = {"first": set(), "last": set()}
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{module.name}").Provider
        for attribute, values in vars(provider).items():
            if "name" in attribute and isinstance(values, tuple | list | dict):
                # Middle names are given names too (Vietnamese "Thu", "Văn"; patronymics).
                kind = ("first" if "first" in attribute or "middle" in attribute
                        else "last" if "last" in attribute else "")
                if kind:
                    raw[kind].update(v for v in values if isinstance(v, str))
    for kind, names in _extra_names().items():
        raw[kind].update(names)
    found = []
    for kind in ("first", "last"):
        words = {w for name in raw[kind] for w in re.split(r"[\s-]+", fold(name).lower())}
        words = {w for w in words if _NAME_WORD.fullmatch(w)}
        # Cyrillic and Greek names are also written in Latin letters ("Дмитро" -> "dmytro").
        words |= {t for w in words if not w.isascii() for t in transliterations(w)}
        found.append(frozenset(words) - NOT_NAMES)
    return found[0], found[1]


def _extra_names() -> dict[str, list[str]]:
    """The names assets/names_extra.txt adds where Faker is thin, by kind ("first", "last")."""
    from importlib.resources import files

    text = files("jobtui").joinpath("assets/names_extra.txt").read_text(encoding="utf-8")
    names: dict[str, list[str]] = {"first": [], "last": []}
    kind = ""
    for line in text.splitlines():
        line = line.strip()
        if line in ("[given]", "[surnames]"):
            kind = "first" if line == "[given]" else "last"
        elif line and not line.startswith("#") and kind:
            names[kind] += line.split()
    return names


# A name word, 2+ long: Latin (folded), Cyrillic, Greek, and the scripts without capitals
# Faker's providers spell names in (Arabic, Hebrew, Devanagari, Bengali, Gujarati, Oriya,
# Tamil, Sinhala, Thai, Georgian) plus Armenian: scripts.py looks those up after a cue.
_LETTERS = ("a-z\u0430-\u045f\u0491\u03ac-\u03ce\u0561-\u0587\u0590-\u05ff\u0600-\u06ff"
            "\u0900-\u0b7f\u0b80-\u0bff\u0d80-\u0dff\u0e00-\u0e7f\u10d0-\u10ff")
_NAME_WORD = re.compile(rf"[{_LETTERS}][{_LETTERS}']+")
# Cyrillic to Latin as Ukrainian passports (KMU 2010) and Russian ones (ICAO) write it; a name
# may be spelled either way, so both are produced.
_UK = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
                     "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
                     "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                     "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
                     "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "ъ": "",
                     "ы": "y", "э": "e", "ё": "e", "ў": "u"})
_RU = str.maketrans({"г": "g", "и": "i", "й": "y", "ю": "yu", "я": "ya", "є": "ye", "ї": "yi",
                     "х": "kh", "е": "e"})
_EL = str.maketrans({"α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e",
                     "ζ": "z", "η": "i", "ή": "i", "θ": "th", "ι": "i", "ί": "i", "ϊ": "i",
                     "ΐ": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o",
                     "ό": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y",
                     "ύ": "y", "ϋ": "y", "ΰ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
                     "ώ": "o"})

# Serbian and Macedonian Cyrillic to Gaj's Latin, folded the way the gazetteer is ("Илић" ->
# "ilic", "Ђорђе" -> "dorde", "Јелена" -> "jelena"); Bulgarian "щ"/"ъ" as written in passports.
_SR = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e",
                     "ж": "z", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
                     "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
                     "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c",
                     "џ": "dz", "ш": "s", "ѓ": "g", "ќ": "k", "ѕ": "dz", "й": "y", "щ": "sht",
                     "ъ": "a", "ь": "", "ю": "yu", "я": "ya"})


def transliterations(word: str) -> set[str]:
    """Latin spellings of a lower-case Cyrillic or Greek name ("коваленко" -> "kovalenko";
    "γιώργος" -> "giorgos"); empty for a Latin word."""
    if word.isascii():
        return set()
    if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word):
        greek = word.replace("ου", "ou").replace("ού", "ou").replace("μπ", "b", 1)
        return {greek.translate(_EL)} - {word}
    ukrainian = word.translate(_UK)
    russian = word.translate(_RU).translate(_UK)
    serbian = word.translate(_SR)
    return {t for t in (ukrainian, russian, serbian) if t.isascii()}


# Technologies that are also people's names (kept when they stand alone or lead a phrase).
TECH = {
    "django", "julia", "ruby", "kafka", "cassandra", "jenkins", "ada", "jasmine", "hudson",
    "grafana", "ansible", "flask", "pandas", "spark", "hadoop", "hive", "pig", "elixir", "crystal",
    "pascal", "haskell", "erlang", "scala", "perl", "swift", "rust", "go", "dart", "kotlin",
    "groovy", "gradle", "maven", "sonar", "selenium", "cypress", "mocha", "chai", "karma", "jest",
    "capybara", "cucumber", "gherkin", "appium", "espresso", "detox", "postman", "playwright",
    "puppet", "chef", "salt", "vagrant", "docker", "helm", "istio", "consul", "vault", "nomad",
    "terraform", "kubernetes", "airflow", "luigi", "dagster", "prefect", "celery", "redis",
    "mongo", "mongodb", "neo4j", "elastic", "kibana", "logstash", "prometheus", "loki", "tempo",
    "jaeger", "zipkin", "sentry", "jupyter", "looker", "tableau", "alteryx", "dbt", "snowflake",
    "oracle", "sybase", "informix", "jira", "confluence", "bamboo", "travis", "circle", "heroku",
    "azure", "linux", "ubuntu", "debian", "fedora", "android", "siri", "alexa", "cortana",
    "watson", "tomcat", "jetty", "nginx", "apache", "laravel", "symfony", "rails", "sinatra",
    "phoenix", "ember", "angular", "react", "vue", "svelte", "next", "nuxt", "gatsby", "hugo",
    "jekyll", "sage", "stata", "matlab", "simulink", "maple", "mathematica", "epic", "cerner",
    "meditech", "sap", "siebel", "hana", "mulesoft", "tibco", "camel", "storm", "flink", "beam",
    "samza", "presto", "trino", "impala", "kylin", "druid", "pinot", "superset", "metabase",
    "hue", "zeppelin", "lucene", "solr", "nutch", "tika", "ivy", "ant", "make", "bazel", "buck",
    "pants", "sphinx", "doxygen", "opal", "clojure", "lisp", "prolog", "cobol", "fortran",
    "delphi", "simula", "logo", "miranda", "agda", "coq", "isabelle", "lean", "idris",
    "spring", "aurora", "beta",
    # engineering and design tools ("Cadence Xcelium", "Synopsys PrimeTime", "Minitab")
    "cadence", "virtuoso", "xcelium", "synopsys", "primetime", "modelsim", "questasim", "vivado",
    "quartus", "altium", "kicad", "orcad", "solidworks", "catia", "ansys", "abaqus", "autocad",
    "revit", "minitab", "spss", "labview", "primavera", "navisworks", "tekla", "etabs", "comsol",
    "wordpress", "drupal", "joomla", "magento", "shopify", "figma", "sketch",
    "framer", "canva", "power", "unity", "monte", "visual", "dynamics", "python", "java",
    "javascript", "typescript", "php", "microsoft", "google", "amazon", "apple", "meta",
}
# Firms and schools named after people: their words stay together.
FIRMS = [
    "Rio Tinto", "Lilly del Caribe", "John Cockerill", "Ford Otosan", "Ford Motor Company",
    "Zain Jordan", "Zain Iraq", "Zain KSA", "Zain Kuwait", "Zain Bahrain", "Zain Sudan",
    "Zain Group", "Orange Côte d'Ivoire", "Orange Sénégal", "Orange Mali", "Orange Cameroun",
    "Orange Maroc", "Orange Egypt", "Orange Jordan", "Orange Business", "John Keells",
    "Keells Super", "Amadeus", "Amadeus Altéa", "Leo Burnett", "John Holland",
    "Sun Hung Kai", "Jan De Nul", "Pierre Fabre", "Karl Fazer", "Jasper Reports",
    # New Zealand's public bodies under Māori names.
    "Te Whatu Ora", "Te Herenga Waka", "Te Pūkenga", "Te Papa", "Te Puni Kōkiri",
    "Te Wānanga o Aotearoa", "Te Rūnanga",
    "Morgan Stanley", "JPMorgan", "Allan Gray", "Tim Hortons", "Harvey Norton", "Gerry Harvey",
    "Bain Capital", "Baillie Gifford", "Charles Stanley", "Edward Jones", "Raymond James",
    "John Deere", "Thomas Cook", "Simon Kucher", "Oliver Wyman", "Roland Berger",
    # Engineering, energy and construction firms named after their founders.
    "Kinder Morgan", "Baker Hughes", "Sir Robert McAlpine", "Robert McAlpine", "Mott MacDonald",
    "Balfour Beatty", "Laing O'Rourke", "Arup", "Atkins", "Jacobs", "Halliburton",
    "Schlumberger", "Bechtel", "Fluor", "Kiewit", "Skanska",
    "J.P. Morgan", "Johnson & Johnson", "Johnson Controls",
    "Goldman Sachs", "Ernst & Young", "Wells Fargo", "Charles Schwab", "Johns Hopkins",
    "Carnegie Mellon", "Stanford", "Marks & Spencer", "Rolls-Royce", "Robert Bosch", "Bosch",
    "Siemens", "Philips", "Ford", "Dell", "Hewlett Packard", "Hewlett-Packard", "Procter & Gamble",
    "Merrill Lynch", "Lehman Brothers", "Bain", "McKinsey", "Deloitte", "Price Waterhouse",
    "PricewaterhouseCoopers", "Arthur Andersen", "Booz Allen", "Booz Allen Hamilton",
    "Charles River", "Thomson Reuters", "Reuters", "Walt Disney", "Disney", "Ferrari", "Porsche",
    "Louis Vuitton", "Christian Dior", "Hugo Boss", "Tommy Hilfiger", "Ralph Lauren",
    "Calvin Klein", "Estée Lauder", "Sherwin-Williams", "Kellogg", "Heinz", "Mars", "Nestlé",
    "Cadbury", "Sainsbury", "Tesco", "Boots", "John Lewis", "Lloyds", "Barclays", "Rothschild",
    "Schroders", "Bloomberg", "Dow Jones", "Nasdaq", "Cleveland Clinic", "Mayo Clinic",
    "Kaiser Permanente", "Mount Sinai", "Harvard", "Yale", "Princeton", "Cornell", "Brown",
    "Duke", "Vanderbilt", "Rice", "Purdue", "Emory", "Tufts", "Baylor", "Clemson", "Drexel",
    "Johns Hopkins Aramco", "Imperial College", "King's College", "Trinity College",
    "Max Planck", "Fraunhofer", "Helmholtz", "Leibniz", "Humboldt", "Ludwig Maximilian",
    "Karolinska", "Sorbonne", "Pasteur", "Curie", "Erasmus", "Radboud", "Tata", "Birla",
    "Mahindra", "Godrej", "Bajaj", "Jomo Kenyatta", "Ahmadu Bello", "Obafemi Awolowo",
    "Nnamdi Azikiwe", "Mackenzie", "Getúlio Vargas", "Sun Yat-sen", "Tsinghua", "Nelson Mandela",
    "Alan Turing", "Turing", "Ada Lovelace", "Grace Hopper", "Adobe", "Tesla", "Edison",
    "Marriott", "Hilton", "Hyatt", "Boeing", "Lockheed Martin", "Northrop Grumman",
    "Raytheon", "Bristol-Myers Squibb", "Eli Lilly", "Pfizer", "Merck", "Abbott", "Roche",
    "Bayer", "Sanofi", "Novartis", "Cardinal Health", "Charles Stark Draper", "Jacobs",
    "McDonald's", "Wendy's", "Chase", "JPMorgan Chase", "Kenyatta", "Stanley Black & Decker",
    "Mercedes-Benz", "Mercedes Benz", "Harvey Nash", "Robert Half", "Robert Walters",
    "Norton Rose Fulbright", "Clifford Chance", "Baker McKenzie", "Allen & Overy",
    "Slaughter and May", "Wesley Clover", "Marie Curie", "Chase Sapphire", "Elizabeth Line",
    "Charles Stark Draper", "Brown University", "Simon Fraser", "George Washington",
    # Places, districts and airports named after people (a colleague "Minh" or "Juárez" must
    # not take them along).
    "Benito Juárez", "Ciudad Juárez", "Miguel Hidalgo", "Venustiano Carranza",
    "Álvaro Obregón", "Gustavo A. Madero", "Simón Bolívar", "Bernardo O'Higgins",
    "Indira Gandhi", "Rajiv Gandhi", "Jawaharlal Nehru", "Chhatrapati Shivaji", "Netaji Subhas",
    "Atatürk", "Mustafa Kemal", "Imam Khomeini", "Soekarno-Hatta", "Ninoy Aquino", "Jose Rizal",
    "Quezon City", "Lapu-Lapu", "Andrés Bello", "John F. Kennedy", "Charles de Gaulle",
    "Leonardo da Vinci", "Taras Shevchenko", "Igor Sikorsky", "Eötvös Loránd", "Babeș-Bolyai",
    "Semmelweis", "King Abdulaziz", "King Saud", "King Fahd", "Sultan Qaboos", "Aga Khan",
    "Kwame Nkrumah", "Julius Nyerere", "Cheikh Anta Diop", "Félix Houphouët-Boigny",
    "Haile Selassie", "Nnamdi Azikiwe", "Moi University", "Mahatma Gandhi", "Lal Bahadur Shastri",
    "Sardar Patel", "Lee Kuan Yew", "Tunku Abdul Rahman", "Sun Yat-sen", "Chiang Kai-shek",
    "Pedro II", "Getúlio Vargas", "Juscelino Kubitschek", "Eva Perón", "Salvador Allende",
    "Pablo Neruda", "José Martí", "Francisco Morazán", "Augusto C. Sandino", "Marie Curie",
    "Skłodowska-Curie", "Copernicus", "Mikołaj Kopernik", "Adam Mickiewicz", "Carol Davila",
    "Alexandru Ioan Cuza", "Ovidius", "Vasile Goldiș", "Ivan Franko", "Lomonosov",
    "Masaryk", "Comenius", "Corvinus", "Széchenyi", "Kossuth", "Petőfi", "Aristotle",
    "Albert Heijn", "Lee Kum Kee", "Kim Chi", "Johannes Kepler", "Kepler", "Alma Mater",
    "Parker Solar Probe", "James Webb", "Hubble",
    # East Asian places that start like a family name ("Hong", "Lim", "Phan").
    "Hong Kong", "Phan Thiet", "Nam Dinh", "Da Nang", "Hai Phong", "Can Tho", "Nha Trang",
    "Vung Tau", "Bien Hoa", "Ha Long", "Quang Ninh", "Bac Ninh", "Thai Nguyen", "Binh Duong",
    "Dong Nai", "Long An", "Hoi An", "Phu Quoc", "Da Lat", "Thu Duc", "Ha Dong", "Cau Giay",
    "Ha Noi", "Ho Chi Minh", "Kien An", "Hai Duong", "Hai Ba Trung", "Long Bien", "Tay Ho",
    "Thanh Xuan", "Hoang Mai", "Tu Liem", "Quang Nam", "Quang Ngai", "Thanh Hoa", "Nghe An",
    "Ha Tinh", "Hoan Kiem", "Ba Dinh", "Dong Da", "Tan Binh", "Go Vap", "Binh Thanh", "Phu Nhuan",
    "Lim Chu Kang", "Tsim Sha Tsui", "Wan Chai", "Sha Tin", "Kwun Tong", "Tai Po", "Yuen Long",
    "Tuen Mun", "Ma On Shan", "Kang Nam", "Wong Tai Sin", "Chang'an",
]
# Places that are also names; a phrase starting with one is not a person.
PLACES = {
    "cote d'ivoire", "côte d'ivoire",
    "paris", "lyon", "florence", "austin", "dallas", "houston", "jackson", "lincoln", "regina",
    "victoria", "sydney", "adelaide", "georgia", "madison", "charlotte", "savannah", "phoenix",
    "denver", "orlando", "chester", "derby", "york", "kent", "devon", "jersey", "india", "china",
    "israel", "jordan", "chad", "lagos", "abuja", "cairo", "dubai", "doha", "santiago",
    "sao", "são", "paulo", "rio", "bela", "vista", "porto", "lisboa", "lisbon", "madrid",
    "barcelona", "valencia", "sevilla", "milano", "milan", "roma", "rome", "torino", "napoli",
    "berlin", "munich", "münchen", "hamburg", "stuttgart", "warszawa", "warsaw", "krakow",
    "amsterdam", "rotterdam", "utrecht", "delft", "eindhoven", "london", "bristol", "manchester",
    "leeds", "glasgow", "edinburgh", "dublin", "cork", "bengaluru", "bangalore", "chennai",
    "mumbai", "pune", "hyderabad", "delhi", "kolkata", "shanghai", "beijing", "shenzhen",
    "hangzhou", "tokyo", "osaka", "nairobi", "accra", "johannesburg", "cape", "toronto",
    "montreal", "vancouver", "boston", "chicago", "seattle", "atlanta", "columbus", "springfield",
    "cleveland", "abu", "dhabi", "riyadh", "dhahran", "beirut", "istanbul", "ankara", "san",
    "santa", "los", "las", "new", "north", "south", "east", "west", "saint", "st", "mount",
    "lake", "port", "fort", "silicon", "valley", "bay", "europe", "asia", "africa", "america",
    "emea", "apac", "latam", "nordics", "benelux",
}
# Words of organisations, places and roles: a run containing one is not a person's name.
ORG_WORDS = {
    # Firms of professionals and traders, plural ("Fitzgerald Power Chartered Accountants",
    # "Arnold Clark Automobiles", "Dr. Max Farmacii").
    "accountants", "chartered", "solicitors", "architects", "engineers", "consultants",
    "advisors", "lawyers", "automobiles", "farmacii", "farmacias", "pharmacies",
    # Māori: "Te Kura Kaupapa Māori o …", "Te Wānanga o Aotearoa", "Tumuaki" ("Te" opens
    # family names too: "Rangi Te Kanawa-Lowe").
    "kura", "kaupapa", "wharekura", "wananga", "runanga", "marae", "tumuaki", "reo",
    # Shipping firms: "Bernhard Schulte Shipmanagement", "Oldendorff Carriers".
    "shipmanagement", "carriers", "shipping", "tankers", "maritime",
    # Property developers: "Sun Hung Kai Properties", "Henderson Land".
    "properties", "land", "realty", "estates",
    # French firms and fields: "Entreprise Ali Mhenni", "Ets Diallo", "Génie Civil".
    "entreprise", "entreprises", "etablissements", "ets", "cabinet", "bureau", "genie", "civil",
    # Schools named after people: "Karel de Grote Hogeschool", "Colegio Municipal Sebastián de
    # Benalcázar", "Liceo Manuel Barros Borgoño".
    "hogeschool", "colegio", "escuela", "municipal", "liceo", "lycee", "academie",
    "university", "universidad", "universidade", "università", "universität", "universite",
    "université", "universiteit", "uniwersytet", "politechnika", "politecnico", "polytechnic",
    "institute", "instituto", "institut", "institutet", "instituttet", "college", "school",
    "academy", "akademie", "escola",
    "école", "ecole", "hochschule", "technische", "technical", "technology", "technologies",
    "bank", "banking", "group", "gmbh", "ag", "se", "inc", "ltd", "llc", "plc", "corp",
    "berhad", "bhd", "tbk",  # Malaysian and Indonesian legal forms
    "corporation", "company", "co", "sa", "s.a.", "bv", "nv", "srl", "spa", "ltda", "limited",
    # The trade a firm names after its founder: "Rogers Communications", "Abbott Diagnostics".
    "communications", "telecommunications", "telecom", "telecoms", "wireless", "diagnostics",
    "pharmaceuticals", "therapeutics", "biosciences", "bioscience", "biotech", "logistics",
    "electronics", "robotics", "industries", "brands", "entertainment", "games", "interactive",
    "advisory", "construction", "aerospace", "automotive", "semiconductors", "instruments",
    "devices", "materials", "chemicals", "minerals", "mining", "resources", "utilities",
    "holdings", "partners", "associates", "capital", "ventures", "labs", "lab", "systems",
    "laboratories", "laboratory", "solutions", "services", "consulting", "consultancy",
    "software", "networks", "health",
    "healthcare", "hospital", "clinic", "medical", "pharma", "foundation", "trust", "council",
    "ministry", "department", "agency", "office", "government", "authority", "research",
    "center", "centre", "studio", "studios", "media", "digital", "analytics", "data", "cloud",
    "platform", "energy", "motors", "airlines", "airways", "insurance", "financial", "finance",
    "securities", "investments", "retail", "stores", "foods", "street", "road", "avenue",
    "lane", "way", "square", "park", "building", "tower", "house", "hall", "city", "county",
    "state", "province", "region", "district", "island", "islands", "river", "aramco",
    "engineer", "engineering", "developer", "development", "manager", "management", "director",
    "lead", "head", "chief", "officer", "president", "vice", "vp", "cto", "ceo", "cfo", "coo",
    "senior", "junior", "staff", "principal", "intern", "analyst", "scientist", "designer",
    "architect", "consultant", "specialist", "administrator", "nurse", "nursing", "doctor",
    "teacher", "professor", "lecturer", "assistant", "associate", "partner", "founder",
    "owner", "member", "team", "product", "project", "program", "programme", "operations",
    "sales", "marketing", "support", "quality", "security", "infrastructure", "backend",
    "frontend", "fullstack", "mobile", "web", "machine", "learning", "science",
    "computer", "information", "informatics", "mathematics", "statistics", "economics",
    "physics", "chemistry", "biology", "business", "administration", "master", "bachelor",
    "degree", "diploma", "certificate", "certified", "award", "prize", "scholarship",
    "summary", "profile", "experience", "education", "skills", "references", "projects",
    "languages", "interests", "contact", "objective", "career", "work", "employment", "history",
    "present", "current", "today", "now", "remote", "hybrid", "onsite", "full", "part", "time",
    "contract", "freelance", "january", "february", "march", "july", "september", "october",
    "november", "december", "monday", "friday", "english",
    "german", "french", "spanish", "dutch", "polish", "portuguese", "italian", "chinese",
    "mandarin", "hindi", "arabic", "native", "fluent", "api", "apis", "sdk", "ci", "cd",
    "aws", "gcp", "sql", "server", "nosql", "etl", "ml", "ai", "ui", "ux", "qa", "sre", "devops",
    "global", "international", "national", "federal", "royal", "general", "united", "union",
    "fellowship", "cum", "laude", "summa", "magna", "honours", "honors", "association", "society",
    "club", "league", "committee", "board", "network", "the", "of", "banco", "banque",
    "caixa", "grupo", "groupe", "gruppo", "compagnie", "societe", "ministerio", "ministere",
    "ministero", "tribunal", "prefeitura", "ayuntamiento", "gobierno", "governo",
    "and", "for", "at", "in", "on", "with", "to", "by", "from", "a", "an",
}
# Organisation words are compared accent-folded too ("Universität" is "universitat").
ORG_WORDS |= {fold(w) for w in ORG_WORDS} | {
    "informatik", "informatica", "informatique", "studiorum", "hochschule", "fachhochschule",
    "universitat", "univerzita", "uniwersytet", "politecnica", "probe", "mission", "telescope",
    "observatory", "satellite", "rover", "spacecraft",
}
# Words Faker lists as names that are ordinary words in resumes.
NOT_NAMES = {
    "will", "may", "june", "april", "august", "summer", "autumn", "winter", "page", "grant",
    "rich", "chance", "art", "bill", "bob", "pat", "sue", "ray", "gene", "dean", "major",
    "grand", "king", "queen", "prince", "baron", "earl", "duke", "lord", "sir", "mars", "max",
    "min", "neo", "bash", "go", "rust", "red",
    "data", "senior", "junior", "head", "lead", "de", "van", "der", "von", "la", "le", "du",
    "del", "da", "di", "dos", "das", "bin", "al", "el", "ben", "mc", "mac", "ter", "ten",
    "den", "don", "san", "santa", "saint", "new", "young", "little", "long", "short", "white",
    "black", "brown", "green", "gray", "grey", "english", "french", "german", "engineer",
    "manager", "director", "analyst", "developer", "designer", "nurse", "ing", "my", "our",
    "an", "tu", "so", "do", "be", "me", "no", "yes", "one", "team",
}


def case_stems(word: str) -> list[str]:
    """The nominative forms an instrumental or dative given name may come from ("z Igorem" ->
    "Igor", "z Markiem" -> "Marek", "z Anną" -> "Anna"; Slovene "z Ano" -> "Ana"; Lithuanian
    "su Mantu" -> "Mantas", "Tomui" -> "Tomas"): Slavic and Baltic languages name a colleague
    after "with" in a case form, which no name list holds."""
    if word.endswith("iem") and len(word) > 5:
        stem = word[:-3]
        return [stem, f"{stem[:-1]}e{stem[-1]}"]  # "Markiem": "Mark" or "Marek"
    if word.endswith("em") and len(word) > 4:
        return [word[:-2]]
    if word.endswith("ą") and len(word) > 3:
        return [f"{word[:-1]}a"]  # "Anną", "Kasią"
    if word.endswith("ui") and len(word) > 4:
        return [f"{word[:-2]}as", f"{word[:-2]}us"]  # "Tomui", "Mariui"
    if word.endswith("u") and len(word) > 3:
        return [f"{word[:-1]}as", word[:-1]]  # "Mantu", "Markom"/"Marku"
    if word.endswith("om") and len(word) > 4:
        return [word[:-2]]  # "sa Markom"
    if word.endswith("o") and len(word) > 2:
        return [f"{word[:-1]}a"]  # "z Ano", "z Majo"
    return []
# Short forms and nicknames no Faker list holds, which CVs use for colleagues ("with Bec",
# "with Nok"): English and Australian, Russian and Ukrainian diminutives (in Latin and
# Cyrillic), Thai nicknames, Filipino, Indonesian and Spanish ones. Words that are also
# everyday English ("Boss", "Golf", "Mint") are left out.
NICKNAMES = frozenset({
    "bec", "bex", "becs", "kez", "shaz", "gaz", "baz", "robbo", "davo", "tommo", "stevo",
    "macca", "sully", "fitzy", "lachie", "mikey", "nicko", "tash", "jonno", "jono", "benno",
    "pasha", "misha", "vova", "kolya", "zhenya", "sveta", "olya", "nastya", "katya", "dasha",
    "sasha", "masha", "petya", "vanya", "seryozha", "lyosha", "tolya", "yura", "slava", "dima",
    "паша", "миша", "вова", "коля", "женя", "света", "оля", "настя", "катя", "даша", "саша",
    "маша", "петя", "ваня", "серёжа", "сережа", "лёша", "леша", "толя", "юра", "слава", "дима",
    "nok", "ploy", "fon", "pim", "ning", "pui", "aom", "kwan", "pong", "tum", "mew", "fah",
    "kaew", "tarn", "nid", "nong", "ple", "bua", "jib", "jeab", "noi", "ton", "pang", "tong",
    "mook", "kik", "toey",
    "jomar", "jun-jun", "bong", "bongbong", "dodong", "inday", "nene", "tintin", "chito",
    "budi", "wawan", "yanto", "iwan", "tuti", "yuyun", "pepe", "paco", "pancho", "nacho",
    "chema", "lupe", "chus", "fefa", "lele", "guga", "tata", "juju",
})
