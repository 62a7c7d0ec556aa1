"""Resume sections: which lines are headings, and where the references section is.

Plain text rules, no Presidio: the trimmer uses them too.
"""

from __future__ import annotations

import re
from functools import lru_cache

SECTION_HEADINGS = {
    "summary", "professional summary", "profile", "about", "about me", "objective",
    "experience", "work experience", "professional experience", "employment",
    "employment history", "work history", "career history", "education", "skills",
    "technical skills", "core skills", "key skills", "projects", "certifications",
    "certificates", "publications", "awards", "honors", "languages", "interests", "hobbies",
    "volunteering", "volunteer experience", "references", "professional references",
    "contact", "training", "courses", "achievements", "leadership", "activities",
}


def is_heading(line: str) -> bool:
    """A section heading: a known title, a Markdown heading, or a short all-caps line."""
    stripped = line.strip()
    if not stripped:
        return False
    if re.match(r"#+(?:[ \t]|$)", stripped):
        return True  # a Markdown heading; "#42, 3rd Cross" is a house number
    plain = stripped.strip("*_:= ").lower()
    if plain in SECTION_HEADINGS:
        return True
    letters = [c for c in stripped if c.isalpha()]
    return (
        len(stripped.split()) <= 4 and len(letters) >= 3 and stripped.upper() == stripped
        and all(c.isalpha() or c in " &/:-" for c in stripped)
    )


# The heading in the languages the resumes come in: "Referenzen", "Referencias", "Referenties".
REFERENCE_HEADINGS = {
    "references", "professional references", "referees", "referenzen", "referencias",
    "referencias laborales", "referencias personales", "referenties", "références",
    "referências", "referencje", "referenze", "character references", "personal references",
    "work references", "referenser", "referanslar", "referensi", "reference", "referee",
    "referencie", "referenciák", "referințe", "referinte", "referències", "referanser",
    "referencia", "referencia personal", "referencia laboral", "referência", "référence",
    "referencias profesionales", "referencias comerciales",
    "referências pessoais", "referências profissionais", "références professionnelles",
    "referenz", "referentie", "referencja", "referencer", "suosittelijat", "soovitajad",
    "rekomendacijos", "atsauksmes", "rujukan",
    "recommandations", "recomendaciones", "recomandări", "preporuke", "ajánlások",
    "tövsiyələr", "рекомендации", "рекомендатели", "рекомендації", "рекомендатори",
    "препоръки", "препоруке", "препораки", "ұсынымдар", "συστάσεις", "αναφορές", "المراجع",
    "المعرفون", "مراجع", "معرفون", "ממליצים", "معرف‌ها", "معرفین", "معرفی‌کننده‌ها", "معرفی‌کنندگان",
    "тодорхойлогч", "тодорхойлолт",
    "санал болгогч",
}
INLINE_REFERENCES = re.compile(
    r"^\s*[#*_]*\s*(?:professional\s+)?(?:references|referees)\s*[*_]*\s*:\s*(\S.*)$",
    re.IGNORECASE,
)


# A consent or declaration line closes the references ("Autorizzo il trattamento dei dati
# personali ai sensi del Reg. UE 2016/679", "Wyrażam zgodę na przetwarzanie ..."), and so does
# a salary or notice-period line: not a referee.
CONSENT = re.compile(
    r"^\s*(?:autorizzo|wyrażam\s+zgodę|i\s+hereby|hereby|ich\s+(?:willige|erkläre|stimme)"
    r"|ik\s+(?:geef|verklaar)|autorizo|declaro|je\s+(?:soussignée?|certifie|déclare)"
    r"|(?:consent|einwilligung|zgoda|consentimiento)\s*:"
    # the job-search terms a CV may close with: "Expected salary: …", "Notice period: …"
    r"|expected\s+salary|salary\s+expectations?|notice\s+period|availability\s*:"
    r"|available\s+from|pretensi[oó]n\s+salarial|gehaltsvorstellung|k[üu]ndigungsfrist"
    r"|pr[ée]tentions\s+salariales|disponibilit[ée]\s*:|disponibilidad"
    r"|(?:driving\s+licen[cs]e|driver'?s\s+license|licencia\s+de\s+conduc(?:ir|cir)"
    r"|permis\s+de\s+conduire|carteira\s+de\s+motorista|f[üu]hrerschein)\b)", re.IGNORECASE)


def references_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each references section's body: from the line after a "References"
    heading to the next heading (or the end)."""
    return list(_references_spans(text))


@lru_cache(maxsize=4)
def _references_spans(text: str) -> tuple[tuple[int, int], ...]:
    """references_spans, cached: four rules of one redaction ask for the same text."""
    spans = []
    offset = 0
    start = None
    for line in text.splitlines(keepends=True):
        plain = line.strip().strip("#*_:= ").lower()
        if start is not None and (is_heading(line) or CONSENT.match(line)):
            if text[start:offset].strip():
                spans.append((start, offset))
            start = None
        if _reference_heading(plain):
            start = offset + len(line)
        else:
            inline = INLINE_REFERENCES.match(line)
            if inline:  # "References: Jane Roe, CTO at Acme" on the heading line itself
                start = offset + inline.start(1)
        offset += len(line)
    if start is not None and text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def _reference_heading(plain: str) -> bool:
    """A references heading, bilingual ones too: "RÉFÉRENCES / REFERENCES"."""
    return plain in REFERENCE_HEADINGS or (
        "/" in plain and any(p.strip() in REFERENCE_HEADINGS for p in plain.split("/")))


# A referee's role, degree and institution's acronym are facts about the job, not the person
# ("Head of Design", "Associate Professor", "PhD", "UIUC"): a part of a references line made
# only of these stays.
ROLE_NOUNS = {"head", "vp", "director", "professor", "lecturer", "manager", "cto", "ceo", "cfo",
              "coo", "cio", "supervisor", "phd", "ph.d.", "mba", "officer", "engineer", "dsi",
              "lead", "gerente", "jefe", "jefa", "directora", "diretor", "diretora", "profesor",
              "profesora", "professora", "coordinador", "coordinadora", "leiter", "leiterin",
              "dozent", "directeur", "directrice", "responsable", "hoogleraar", "docent",
              "kierownik", "dyrektor", "manažer", "managerin",
              # more of the titles referees hold ("Financial Controller", "Maintenance
              # Superintendent", "Supervisora de Enfermería", "Principal")
              "controller", "superintendent", "supervisora", "accountant", "partner",
              "principal", "headteacher", "headmaster", "matron", "consultant", "registrar",
              "chair", "chairman", "chairperson", "founder", "owner", "pastor", "analyst",
              "specialist", "administrator", "encargado", "encargada", "chefe", "responsabile",
              "direttore", "direttrice", "capo", "enseignant", "professeur", "avocat", "avocate",
              "médecin", "medico", "médico", "médica", "doctor", "nurse", "enfermera",
              "enfermero",
              # Spanish and Portuguese roles a referee line opens with ("Líder técnico",
              # "Ingeniero de Redes", "Analista Funcional", "Superintendente de Seguridad").
              "líder", "lider", "ingeniero", "ingeniera", "engenheiro", "engenheira",
              "superintendente", "analista", "especialista", "consultor", "consultora",
              "desarrollador", "desarrolladora", "arquitecto", "arquitecta", "asesor", "asesora",
              "coordenador", "coordenadora",
              # French academic and engineering roles ("Maître de conférences").
              "maître", "maitre", "chargé", "chargée", "ingénieur", "ingénieure", "chercheur",
              "chercheuse", "conseiller", "conseillère", "doyen", "doyenne",
              # Turkish general manager, deputy, specialist, engineer; Spanish lawyer,
              # Portuguese architect; Czech manager.
              "genel", "müdür", "müdürü", "yardımcısı", "uzman", "mühendis", "yönetici",
              "direktör", "abogado", "abogada", "arquiteta", "arquiteto", "manažerka",
              "catedrática", "catedrático", "investigador", "investigadora",
              # Dutch and German team and department heads ("Teamlead Data Platform").
              "teamlead", "teamleader", "teamleider", "teamleiter", "teamleiterin",
              "afdelingshoofd", "gruppenleiter", "gruppenleiterin", "abteilungsleiter",
              "abteilungsleiterin", "bereichsleiter", "bereichsleiterin",
              # Spanish deputy heads and managers ("Subdirectora de Operaciones").
              "subdirector", "subdirectora", "subgerente", "gerenta", "presidente", "presidenta",
              "vicepresidente", "vicepresidenta", "socio", "socia",
              # Russian and Ukrainian roles ("HR-менеджер", "технический директор").
              "менеджер", "директор", "руководитель", "начальник", "инженер", "специалист",
              "аналитик", "бухгалтер", "разработчик", "тимлид", "керівник", "фахівець",
              # India's head of department ("HOD Production Engg."); Indonesian head, manager,
              # director ("Kepala Divisi TI").
              "hod", "kepala", "manajer", "direktur"}
FIELDS = {"design", "data", "product", "marketing", "sales", "finance", "operations",
          "research", "engineering", "technology", "ingeniería", "engenharia", "tecnología",
          "tecnologia", "ingénierie", "informatik", "it", "financial", "maintenance", "hr",
          "human", "resources", "quality", "production", "plant", "site", "project", "projects",
          "enfermería", "enfermeria", "nursing", "clinical", "medical", "legal", "audit",
          "accounts", "accounting", "credit", "risk", "logistics", "supply", "chain",
          "procurement", "customer", "service", "services", "support", "infrastructure",
          "operaciones", "finanzas", "ventas", "proyectos", "sistemas", "calidad", "producción",
          "ti", "warehouse", "platform", "platforms", "analytics", "treasury", "compliance",
          "engg", "engg.", "mechanical", "electrical", "electronics", "civil", "chemical",
          "divisi", "departemen", "bagian"}
ROLE_WORDS = ROLE_NOUNS | FIELDS | {
    "associate", "assistant", "adjunct", "senior", "principal", "lead", "chief", "vice",
    "president", "people", "talent", "partner", "of", "and", "&", "msc", "tech", "de", "da",
    "do", "del", "des", "für", "technique", "technischer", "chef",
}
# Parts of a referee's line: commas, brackets, bars and dashes (" - " too) part them.
PART = re.compile(r"(?:(?![ \t]-[ \t])[^,;()\n—–|،؛·•])+")  # Arabic script's comma too
ACRONYM = re.compile(r"[A-Z]{3,7}|[A-Z]{2,4}-[A-Z]{2,4}")  # "UIUC", "ODTÜ" (folded), "PU-PH"
# After the referee's name, their employer stays: a word with an inner capital ("GCash",
# "SoftServe"; not "McAllister", "DeVries") or a part with an organisation word.
CAMEL_FIRM = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z])"
                        r"[A-Z][a-z]*[A-Z][A-Za-z]*[a-z][A-Za-z]*")
ORG_SUFFIXES = {"inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "plc", "corp", "corp.",
                "corporation", "company", "group", "bank", "university", "universidad",
                "universidade", "universita", "universitat", "universite", "college", "institute",
                "school", "hospital", "foundation", "labs", "systems", "technologies", "s.a.",
                "s.p.a.", "ag", "bv", "nv", "sa", "spa", "ltda", "limited"}


def reference_roles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each role, degree or acronym between ``start`` and ``end`` (a references
    section's body) that may stay: "Gregory Tham, PhD, Associate Professor" keeps the last two."""
    from jobtui.resume.names import fold, gazetteer

    kept: list[tuple[int, int]] = []
    for part in PART.finditer(text, start, end):
        # "MTN Nigeria. Tel: 0803 …": the contact after a full stop is no part of the employer.
        raw = CONTACT_TAIL.split(part.group().strip())[0].lstrip("-–— ")
        core = FORMER.sub("", raw)  # "ex Directora de Finanzas": a past role is a role
        words = re.split(r"[\s-]+", core.lower().strip())  # "HR-manager"
        if (words and all(w in ROLE_WORDS for w in words)
                and (words[-1] in ROLE_NOUNS | FIELDS or words[0] in ROLE_NOUNS)
                and any(w in ROLE_NOUNS for w in words)
                or HEAD_OF.fullmatch(core) or _noun_first_role(core)
                or ACRONYM.fullmatch(fold(raw))
                and not any(raw.lower() in n for n in gazetteer()[:2])
                or _employer(text, part.start(), raw) or _lowercase_role(text, part.start(), raw)
                or _caseless_role(text, part.start(), raw)
                or _after_role(text, part.start(), raw, kept)):
            lead = part.group().index(raw)
            kept.append((part.start() + lead, part.start() + lead + len(raw)))
    return kept


def _after_role(text: str, start: int, part: str, kept: list[tuple[int, int]]) -> bool:
    """Right after a kept role: field words are its unit ("Senior Manager, Data Warehouse"),
    and one to three capitalised words that name nobody the gazetteer knows, or that the line's
    e-mail domain spells, are the employer ("Jefe de Producción, Alicorp")."""
    from jobtui.resume.names import fold, gazetteer

    if not kept or text[kept[-1][1]:start].strip(" \t,;|–—-،"):
        return False
    words = part.split()
    if words and all(w.lower() in FIELDS for w in words):
        return True
    if not (1 <= len(words) <= 3 and not any(c.isdigit() or c in "@:/" for c in part)
            and all(w[0].isupper() for w in words)):
        return False
    if domain_spells(text, start, words):
        return True
    first_names, surnames = gazetteer()
    return not any(fold(w).lower() in first_names or fold(w).lower() in surnames for w in words)


def domain_spells(text: str, start: int, words: list[str]) -> bool:
    """The e-mail domain on the rest of the line spells ``words``: the referee's firm ("Andrea
    Colombo, Direttore, Pirelli, andrea.colombo@pirelli.it"; Pirelli is a surname too)."""
    from jobtui.resume.names import fold

    line_end = text.find("\n", start)
    domains = re.findall(r"@([\w.-]+)", text[start:line_end if line_end >= 0 else len(text)])
    return any(fold("".join(words)).lower() in domain.lower().split(".") for domain in domains)


FORMER = re.compile(r"^(?i:ex-|ex|former|ehemalige[rn]?|ancien(?:ne)?|antig[oa]|byvalý)[ \t]+")
# A contact after a full stop ends a referee's part: "MTN Nigeria. Tel: 0803 221 4470".
CONTACT_TAIL = re.compile(r"\.[ \t]+(?=(?i:tel|phone|mob|mobile|cell|e-?mail)\b)")
# "Head of Digital Channels", "Director of Clinical Services", "Jefe de Planta": a role.
HEAD_OF = re.compile(r"(?i:head|director|directora|vp|vice[ \t]+president|manager|chief|dean"
                     r"|jefe|jefa|directeur|directrice|responsable|leiter|leiterin"
                     r"|socio|socia|gerente|subgerente|coordinador|coordinadora"
                     # a referee's department: "Dept. of Statistics and Actuarial Sciences"
                     r"|dept\.?|department|faculty|division|school|institute|centre|center"
                     r"|departamentul|departamento|departement|département|facultatea"
                     r"|catedra)[ \t]+"
                     r"(?i:of|de|du|des|de[ \t]+la|for|für)[ \t]+[^\W\d][\w&' -]{1,48}")
# An acronym and a capitalised word: "MTN Nigeria", "TBC Bank", "ODTÜ Bilgisayar Mühendisliği"
# (folded).
ACRONYM_FIRM = re.compile(r"[A-Z]{2,5}(?:[ \t]+(?:(?:de|du|des|di|da|do|del|of)[ \t]+)?[A-Z][a-z]+)"
                          r"{1,2}")  # "CHU de Nantes"


def _noun_first_role(part: str) -> bool:
    """A part opening with a role noun, two to five words, no digit, no given name: "Ingeniero
    de Redes", "Líder técnico", "Jefe de Proyecto en Ayesa"."""
    from jobtui.resume.names import fold, gazetteer

    words = part.split()
    return (2 <= len(words) <= 5 and words[0].lower() in ROLE_NOUNS
            and not any(c.isdigit() or c == "@" for c in part)
            and not any(fold(w).lower() in gazetteer()[0] for w in words[1:] if w[0].isupper()))


def _lowercase_role(text: str, start: int, part: str) -> bool:
    """``part`` (not the first of its line, no digit) opens with a word in lower case: a role
    in a language whose roles no list here knows ("финансовый директор АО «Halyk Bank»",
    "руководитель проекта SAP"); the referee's name comes first and is capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    words = part.split()
    return (bool(text[line_start:start].strip()) and 1 <= len(words) <= 8
            and not any(c.isdigit() or c in "@/:" for c in part)
            and words[0][0].islower() and len(words[0]) >= 3)


def _caseless_role(text: str, start: int, part: str) -> bool:
    """``part`` (not the first of its line, no digit) is in Arabic or Hebrew script and holds no
    known name, or opens with an institution word: a role or an employer ("مدير قسم الشبكات",
    "جامعة القديس يوسف"); those scripts have no capitals to tell a name by."""
    from jobtui.resume.kept_shapes import CASELESS, CASELESS_NOUNS
    from jobtui.resume.names import fold, gazetteer

    line_start = text.rfind("\n", 0, start) + 1
    words = part.split()
    if (not 1 <= len(words) <= 8 or any(c.isdigit() or c in "@:" for c in part)
            or not CASELESS.search(part)):
        return False
    if not text[line_start:start].strip() and words[0] not in CASELESS_ROLES:
        return False  # the first part of a line is the referee's name, unless a role opens it
    # An institution is named after whoever follows its word ("جامعة الملك عبدالعزيز").
    nouns = [i for i, w in enumerate(words) if w in CASELESS_NOUNS]
    first_names, surnames = gazetteer()
    # A role word is no name even when it is one too ("رئيس", head, is also Raees).
    keys = {fold(w).lower() for w in words[:nouns[0] if nouns else len(words)]
            if w not in CASELESS_ROLES}
    keys |= {re.sub(r"^(?:ال|ה)", "", k) for k in keys if len(k) > 4}  # the article
    return not any(k in first_names or k in surnames for k in keys)


# Role words that open a referee's role in Arabic, Persian and Hebrew: professor, associate
# professor, lecturer, manager, director, head, engineer, team lead, CEO, VP.
CASELESS_ROLES = {
    "أستاذ", "أستاذة", "استاذ", "محاضر", "محاضرة", "مدير", "مديرة", "رئيس", "رئيسة", "مهندس",
    "مهندسة", "نائب", "مشرف", "مشرفة", "استاد", "دانشیار", "استادیار", "مدیر", "رئیس", "سرپرست",
    "معاون", "کارشناس", "ראש", "מנהל", "מנהלת", "סמנכ\"ל", "מנכ\"ל", "פרופסור", "מרצה", "ראש צוות",
}


def _employer(text: str, start: int, part: str) -> bool:
    """``part`` (not the first of its line) names the referee's employer or school."""
    from jobtui.resume.names import fold, gazetteer

    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() or any(c.isdigit() for c in part):
        return False
    words = fold(part).lower().split()
    # "CTO Klarna": a role and the firm, no given name among them.
    role_at_firm = (len(words) == 2 and words[0] in ROLE_NOUNS and part.split()[1][0].isupper()
                    and words[1] not in gazetteer()[0])
    acronym_firm = bool(ACRONYM_FIRM.fullmatch(fold(part))) and words[1] not in gazetteer()[0]
    return bool(CAMEL_FIRM.fullmatch(part) or set(words) & ORG_SUFFIXES or role_at_firm
                or acronym_firm)
