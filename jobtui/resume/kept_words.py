"""Word tables of the kept-facts rules (kept_institutions.py): institution, prize and company
words, legal forms, the words that join a named thing, and "named after" phrases, in the
languages CVs are written in. Folded (names.fold) and lower-case unless said otherwise.
"""

from __future__ import annotations

import re

# Institution, prize and company words, folded and lower-case, in the languages CVs come in.
INSTITUTION_WORDS = frozenset({
    # Māori schools, universities and councils ("Te Kura Kaupapa Māori o Te Koutu").
    "kura", "wharekura", "wananga", "kohanga", "runanga",
    # schools and research
    "university", "universidad", "universidade", "universita", "universitat", "universite",
    "universiteit", "universitet", "universitetet", "uniwersytet", "univerzita", "univerza",
    "univerzitet", "univerzitetu", "universiteti", "universitatea", "universitate", "egyetem",
    "yliopisto", "ulikool", "universitas", "universiti", "universitaet", "universitaire",
    "college", "colegio", "colegiul", "collegium", "kolegium", "school", "schule", "escuela",
    "escola", "ecole", "scuola", "skola", "szkola", "lyceum", "lycee", "liceo", "liceum",
    "lisesi", "gymnasium", "gimnazija", "gimnazjum", "academy", "academia",
    "akademie", "akademia", "akademija", "academie", "accademia", "institute", "institut",
    "instituto", "istituto", "institutet", "instituttet", "instytut", "institucion", "hochschule",
    "politecnico", "politechnika", "polytechnic", "polytechnique", "politehnica", "faculty",
    "facultad", "faculdade", "fakultet", "fakultat", "wydzial", "centre", "center", "centro",
    "zentrum", "laboratory", "laboratorio", "labor", "observatory", "museum", "library",
    "seminary", "conservatory", "konservatorium", "conservatorio",
    # hospitals and foundations
    "hospital", "hopital", "ospedale", "krankenhaus", "klinikum", "clinic", "clinica",
    "klinik", "szpital", "nemocnice", "bolnica", "infirmary", "foundation", "fondazione",
    "fundacao", "fundacion", "fundacja", "fondation", "stiftung", "stichting", "stiftelse",
    "fond", "fondul", "fundatia", "trust", "society", "sociedad", "gesellschaft", "association",
    "asociacion", "associacao", "verein", "council",
    # prizes and scholarships
    "prize", "award", "awards", "medal", "premio", "premi", "premiul", "premie", "premia",
    "premija", "preis", "prix", "prijs", "pris", "prisen", "nagroda", "nagrada", "nagrade",
    "cena", "dij", "dija", "odulu", "oduli", "scholarship", "scholar", "scholars",
    "fellowship", "fellow", "beca", "bolsa", "borsa", "bourse", "stipendium", "stipendiet",
    "stypendium", "stipendija", "stipendiu", "bursa", "bursasi", "beasiswa", "chair",
    "catedra", "lectureship", "professorship", "trophy", "medalla", "medaille", "medaglia",
    "medalj", "medalje", "medaile", "laureate", "grant", "programme", "program",
    "premiya", "premiia", "премия", "премія", "награда", "нагорода", "стипендия", "стипендія",
    "университет", "університет", "институт", "інститут", "академия", "академія", "колледж",
    "коледж", "лицей", "ліцей", "гимназия", "гімназія", "школа", "фонд", "больница",
    "лікарня", "университетот",
    # Croatian university and college; Greek centre and college.
    "sveuciliste", "sveucilista", "sveucilistu", "veleuciliste", "veleucilista", "κέντρο",
    "κολλέγιο",
    # sites and works a project bullet names (no street words: those are addresses)
    "airport", "aeropuerto", "aeroporto", "aeroport", "flughafen", "lotnisko", "letiste",
    "havalimani", "bridge", "puente", "ponte", "pont", "brucke", "most", "stadium", "estadio",
    "stadion", "stade", "arena", "metro", "subway", "tunnel", "tunel", "dam", "presa",
    "barragem", "autopista", "autostrada", "autobahn", "autoestrada", "motorway",
    "expressway", "highway", "terminal", "station", "estacion", "estacao", "bahnhof", "gare",
    "theatre", "theater", "teatro", "teatr", "opera", "cathedral", "catedral", "palace",
    "palacio", "palazzo", "cultural", "kulturzentrum",
    # companies
    "holding", "holdings", "group", "groupe", "gruppe", "gruppo", "grupo", "grupa", "grupe",
    "grupul", "grup", "groep", "koncern", "konzern", "company", "companies", "corporation",
    "corp", "industries", "industry", "industrie", "industria", "enterprises", "enterprise",
    "partners", "partnership", "associates", "sons", "brothers", "bros", "freres", "fratelli",
    "hermanos", "hijos", "gebruder", "sohne", "brodrene", "bank", "banka", "banco", "banque",
    "banca", "bankasi", "power", "energy", "energie", "energia", "electric", "airlines",
    "airways", "motors", "motor", "telecom", "pharma", "pharmaceuticals", "foods", "mills",
    "textiles", "mining", "minerals", "petroleum", "oil", "gas", "steel", "cement",
    "systems", "technologies", "solutions", "consulting", "consultancy", "services", "capital",
    "investments",
    "insurance", "assurance", "versicherung", "seguros", "logistics", "shipping", "media",
    "publishing", "verlag", "editorial", "editions", "studio", "studios", "laboratories",
    "labs", "works", "werke", "manufacturing", "precision", "diamond", "diamonds",
    "компания", "корпорация", "холдинг", "группа", "група", "банк",
    "concern", "conglomerate", "cooperative", "co-operative",
    # professional firms: "Roberto Zanetti y Asociados", "Zaha Hadid Architects"
    "asociados", "associados", "associes", "associati", "abogados", "advogados", "avocats",
    "rechtsanwalte", "architects", "architectes", "arquitectos", "architekten", "ateliers",
    "atelier", "productions", "restaurants", "engineers", "ingenieure", "advisors", "advisers",
    # trades and industries: "Dawson Construction", "Hartley Chemicals", "Ramsay Hotels"
    "construction", "constructions", "construcciones", "construtora", "costruzioni", "builders",
    "retail", "supermarket", "supermarkets", "hotels", "resorts", "chemicals", "electronics",
    "automotive", "aerospace", "brewery", "breweries", "trading", "ventures",
    # charities and communities: "Simon Community", "Christian Aid", "Peter McVerry Trust"
    "community", "communities", "comunidad", "comunidade", "communaute", "comunita",
    "gemeinschaft", "mission", "missions", "aid", "relief", "hospice", "shelter", "charity",
    "caritas", "alliance", "league", "federation", "union", "club", "brigade", "corps",
    # contests and olympiads: "Concursul de informatică „Grigore Moisil”", "Olimpiada Kopernika"
    "concurs", "concursul", "concurso", "concours", "contest", "competition", "olympiad",
    "olimpiada", "olimpiadi", "olympiade", "olimpiyat", "olimpiyati", "wettbewerb", "tournament",
    "torneo", "turnier", "hackathon", "challenge", "cup", "copa", "coupe", "pokal",
    # certificates named after someone: "Goethe-Zertifikat B2", "Cambridge Certificate"
    "zertifikat", "certificate", "certificat", "certificado", "certificato", "certyfikat",
    "certifikat", "sertifikat", "sertifika", "diploma", "diplom", "diplome", "dyplom",
    # schools, foundations and prizes of more languages (folded): HU, CS/SK, ET, LV/LT, FI,
    # Nordic, TR, MS/ID, TL, VI, EL, South Slavic and Bulgarian Cyrillic.
    "gimnazium", "gymnazium", "gumnaasium", "gimnasio", "ginasio", "gimnaziul", "gimnazijos",
    "gimnazijas", "lukio", "koulu", "kool", "kooli", "skole", "skolan", "skolen", "gymnasiet",
    "iskola", "iskolaja", "intezet", "kollegium", "foiskola", "alapitvany", "osztondij",
    "mokykla", "universitetas", "fondas", "fonds", "balva", "sihtasutus", "preemia", "auhind",
    "saatio", "okulu", "universitesi", "vakfi", "bursu", "sekolah", "kolej", "maktab", "yayasan",
    "anugerah", "hadiah", "biasiswa", "politeknik", "madrasah", "pesantren", "paaralan",
    "kolehiyo", "pamantasan", "unibersidad", "truong", "thpt", "thcs", "stage", "feltet",
    "λύκειο", "γυμνάσιο", "σχολείο", "σχολή", "πανεπιστήμιο", "ίδρυμα", "βραβείο", "υποτροφία",
    "ινστιτούτο", "ακαδημία", "νοσοκομείο", "гимназија", "училище", "лицеј", "универзитет",
    "фондация", "фондација", "колеџ", "стипендија", "болница",
    # foundations, programmes and buildings of more languages (CA, RO, NL, IT, ES fellowships)
    "fundacio", "fundacions", "fundatie", "fondacioni", "fondacija", "nadacia", "formacion",
    "incorporacion", "programa", "programu", "batiment", "edificio", "edifici", "gebaude",
    "gebouw", "budynek", "pavillon", "pabellon", "aula", "auditorium",
    # schools and funds of more languages: MX/ES "Preparatoria", AF "Hoërskool", FI "rahasto"
    "preparatoria", "prepa", "secundaria", "bachillerato", "skool", "hoerskool", "laerskool",
    "rahasto", "apuraha", "fundusz", "nadace", "vakif",
    # firms whose name ends in a trade abbreviation: "John Keells IT", "Tata ICT"
    "it", "ict",
})
# Credentials, licences and the bodies that award them: never a person ("Wireman's Licence",
# "FRM (GARP)", "ACCA Affiliate"), in the languages CVs come in (folded, lower case).
CREDENTIAL_WORDS = frozenset({
    "licence", "license", "licensed", "licencia", "licenca", "licenza", "lizenz", "licencja",
    "licentie", "licens", "lisens", "lisenssi", "permit", "permis", "permiso", "patente",
    "fuhrerschein", "rijbewijs", "korkort", "korekort", "forerkort", "ajokortti", "prawo",
    "jazdy", "ridicsky", "vozacka", "jogositvany", "ehliyet", "carteira", "carnet", "brevet",
    "code", "class", "category", "categoria", "kategorie", "kategoria", "klasse", "klasa",
    "level", "niveau", "nivel", "stufe", "part", "affiliate", "associate", "member",
    "fellow", "chartered", "certified", "registered", "qualified", "accredited", "holder",
    "cfa", "frm", "garp", "acca", "cima", "cpa", "pmp", "prince2", "itil", "cisa", "cissp",
    "cism", "ccna", "ccnp", "mcse", "aws", "gcp", "ca", "icaew", "icas", "icai", "ceng",
    "ieng", "mimeche", "miet", "mice", "rpeq", "peng", "pmi", "scrum", "csm", "psm", "six",
    "sigma", "nebosh", "iosh", "cscs", "osha", "ielts", "toefl", "delf", "dele", "hsk",
    "jlpt", "topik", "goethe", "testdaf", "wireman", "wiremans", "electrician", "journeyman",
    "meister", "gesellenbrief", "trade", "test", "red", "seal", "gas", "safe",
})
# CAD, EDA and lab tools named like people ("Cadence Virtuoso", "Mentor Graphics", "Altium"):
# a finding made only of these words is a tool.
TOOL_WORDS = frozenset({
    "cadence", "virtuoso", "spectre", "innovus", "allegro", "orcad", "synopsys", "mentor",
    "graphics", "calibre", "questa", "modelsim", "altium", "designer", "kicad",
    "vivado", "quartus", "xilinx", "ansys", "hfss", "abaqus", "comsol", "solidworks", "catia",
    "creo", "inventor", "revit", "autocad", "civil", "3d", "microstation", "tekla", "etabs",
    "staad", "sap2000", "archicad", "grasshopper", "sketchup", "navisworks",
    "primavera", "labview", "mathematica", "minitab", "stata", "eviews", "spss",
    "tableau", "qlik", "xero", "quickbooks", "oracle", "hyperion", "kofax",
    "houdini", "blender", "cinema", "premiere", "lightroom", "illustrator",
})
# Company words among them: the first word of such a name is a brand ("Lotte", "Hanwha").
COMPANY_WORDS = frozenset({
    "holding", "holdings", "group", "groupe", "gruppe", "grupo", "company", "companies",
    "corporation", "corp", "industries", "enterprises", "systems", "technologies", "solutions",
    "data", "communication", "communications", "electronics", "bank", "card", "life",
    "insurance", "motors", "chemicals", "construction", "telecom", "energy", "logistics",
    "foods", "retail", "mart", "shopping", "entertainment", "engineering", "capital", "services",
})
# Heads of compounds (German, Dutch, Nordic, Finnish) that make the whole word an institution or
# prize word: "Förderpreis", "Scriptieprijs", "Forskningspriset", "Promotionsstipendium".
COMPOUND_TAILS = (
    "preis", "prijs", "priset", "prisen", "stipendium", "stipendiet", "stiftung", "stichting",
    "stiftelse", "schule", "hochschule", "gymnasium", "akademie", "institut", "instituut",
    "klinikum", "krankenhaus", "museum", "medaille", "palkinto", "zertifikat", "wettbewerb",
)
# Institution words that are also everyday English: in lower case they name nothing.
ENGLISH_WORDS = {w for w in INSTITUTION_WORDS if w.isascii() and w not in {
    "universitet", "universitetet", "universiteit", "universitat", "uniwersytet", "univerzita",
    "univerza", "univerzitet", "universiteti", "universitatea", "universitate", "egyetem",
    "yliopisto", "ulikool", "akademie", "akademia", "akademija", "hochschule", "institutet",
    "instituttet", "instytut", "stipendium", "stipendiet", "stypendium", "stipendija",
    "gimnazija", "gimnazjum", "politechnika", "fakultet", "skola", "szkola", "nagroda",
    "nagrada", "premija", "fond", "fondul", "fundacja", "stiftelse", "stiftung", "rahasto",
    "apuraha", "fundusz", "nadacia", "nadace", "vakif", "yayasan", "hoerskool", "laerskool",
    "fundacio", "batiment", "gebaude", "gebouw", "budynek", "gimnazium", "gymnazium"}}
# Legal forms after a company name ("Richter Gedeon Nyrt.", "Koç Holding A.Ş.").
LEGAL_FORM = re.compile(
    r"(?:S\.A\.A\.?|S\.A\.C\.?|E\.I\.R\.L\.?|S\.A\.E\.?|Pvt\.?|Pte\.?|GmbH|AG|KG|SE|S\.?A\.?|S\.A\.S\.?|S\.p\.A\.?|S\.r\.l\.?|SARL|SAS|N\.V\.?|B\.V\.?|BV|NV"
    r"|A/S|ApS|AB|ASA|AS|Oy|Oyj|OÜ|SIA|UAB|plc|PLC|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|Co\."
    r"|Pty|Tbk|Bhd|Berhad|Nyrt\.?|Zrt\.?|Kft\.?|Rt\.?|a\.s\.?|s\.r\.o\.?|d\.d\.?|d\.o\.o\.?"
    r"|a\.d\.?|A\.Ş\.?|A\.S\.|JSC|PJSC|OJSC|ПАО|АО|ООО|ОАО|АД|ЕАД|ООД|S\.A\.B\.|S\.A\.I\.C\.?"
    r"|S\.R\.L\.?|SRL|S\.L\.?|S\.A\.U\.?|Lda\.?|Ltda\.?|K\.K\.|Sdn)(?![\w])")
# Words that join a named-after run: "of", "im.", "імені", "named after", "de", "bin".
CONNECTORS = {
    "of", "the", "and", "&", "for", "in", "de", "del", "della", "di", "da", "do", "dos", "das",
    "du", "des", "la", "le", "los", "las", "y", "e", "et", "und", "i", "a", "van", "von", "der",
    "den", "zu", "bin", "bint", "ibn", "al", "el", "ben", "im.", "imienia", "im", "imeni",
    "o",  # Māori "of": "Te Kura Kaupapa Māori o Te Koutu"
    "імені", "имени", "им.", "ім.", "na", "named", "after", "w", "v", "u", "pri",
    "al.", "st.", "sv.", "св.", "san", "santa", "santo", "sao", "são", "saint", "sainte",
    "sf.", "sfantul", "sfanta", "für", "fur", "pour", "per", "para", "por", "studio", "d'", "l'",
    # "named after" in Estonian, Latvian, Lithuanian, Czech, Slovak, Serbo-Croatian
    "nimeline", "nimelise", "nimelisele", "varda", "nosaukta", "vardo", "jmena", "mena",
    "imena", "memorial", "commemorative",
    # Vietnamese school names run on in lower case: "Trường Đại học …", "THPT chuyên …".
    "học", "hoc", "chuyên", "chuyen",
}
AND = {"and", "&", "y", "e", "et", "und", "i", "a", "en", "og", "och", "ve", "va", "и", "і",
       "ja", "es", "si", "ir", "un", "dan"}

# Institution and prize nouns (folded, lower case; Cyrillic and Greek in their script).
INSTITUTION_NOUNS = frozenset({
    # Malaysian and Indonesian schools ("SMK Sultan Ismail Petra", "SMA Negeri 8").
    "smk", "sk", "smjk", "smka", "sma", "smp", "sman", "smpn", "sekolah", "kolej",
    # Romanian schools ("Liceul Teoretic „Mihai Eminescu”", "Colegiul Național").
    "liceu", "liceul", "colegiul", "scoala", "gimnaziul",
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
# "named after" phrases before the name (folded): EN, DE, FR, ES, PT, IT, NL, PL, CS/SK, HR/SR,
# RU/UK/BG, LT.
BEFORE_PHRASES = (r"named[ \t]+(?:after|for)|in[ \t]+(?:honou?r|memory)[ \t]+of|benannt[ \t]+nach"
           r"|en[ \t]+l'honneur[ \t]+de|en[ \t]+(?:honor|memoria)[ \t]+(?:a|de)"
           r"|em[ \t]+homenagem[ \t]+a|in[ \t]+(?:onore|memoria)[ \t]+di|intitolat[oa][ \t]+a"
           r"|vernoemd[ \t]+naar|imienia|im\.|pojmenovan[aáeyoy]?[ \t]+po|nazvan[aoi]?[ \t]+po"
           r"|имени|им\.|імені"
           r"|\u0456\u043c\.|\u043d\u0430[ \t]+\u0438\u043c\u0435\u0442\u043e[ \t]+\u043d\u0430"
           # a building named after someone: "bâtiment Thomas More", "edificio Ramón y Cajal"
           r"|batiment|edificio|edifici|gebaude|gebouw|budynek|immeuble|pavillon|pabellon"
           r"|pavilhao|amphitheatre|amphi|aula|salle")
# "named after" phrases after the name (folded): ET "nimeline", LV "vārdā", LT "vardo",
# HU "nevét viselő", FI "-n nimikko", EN "Memorial".
AFTER_PHRASES = (r"nimeline|nimelise|nimelisel|nimeliseks|varda|vardo|vardu|nevet[ \t]+viselo"
          r"|nimikko|memorial|gedachtnis|gedenk")
