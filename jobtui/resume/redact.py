"""Removing personal data from resume text with Presidio, fully offline.

The analyzer engine is built once per spaCy model name (loading takes a while) and reused.
The NLP engine is the spaCy pipeline named in the settings when it is installed, otherwise a
blank English pipeline; neither is ever downloaded. What depends on the user (their name, the
name in the resume's header, extra terms) is passed to each analysis as ad-hoc recognizers.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from jobtui.config import PrivacySettings

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

log = logging.getLogger(__name__)

# Placeholder written for each entity type; counts are reported under the same names.
PLACEHOLDERS = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "URL": "URL",
    "PROFILE_URL": "PROFILE_URL",
    "ADDRESS": "ADDRESS",
    "POSTAL_CODE": "POSTAL_CODE",
    "DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "SSN",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_PASSPORT": "PASSPORT",
    "PASSPORT": "PASSPORT",
    "NATIONAL_ID": "NATIONAL_ID",
    **{entity: "NATIONAL_ID" for entity in (
        "PL_PESEL", "IN_AADHAAR", "IN_PAN", "ES_NIF", "ES_NIE", "UK_NINO", "IT_FISCAL_CODE")},
    "MESSENGER": "HANDLE",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "CUSTOM": "REDACTED",
    "REFERENCES": "REFERENCES",
}
# When two findings overlap, the merged span is named after the more specific one.
PRIORITY = ["REFERENCES", "CUSTOM", "EMAIL_ADDRESS", "PROFILE_URL", "MESSENGER", "DATE_OF_BIRTH",
            "US_SSN", "NATIONAL_ID", "PASSPORT", "ADDRESS", "CREDIT_CARD", "IBAN_CODE",
            "IP_ADDRESS", "PERSON", "PHONE_NUMBER", "URL"]
MIN_SCORE = 0.3
# Weak patterns (any letter+digits is a "licence") count only with a context word nearby.
MIN_SCORE_BY_ENTITY = {"US_DRIVER_LICENSE": 0.5, "US_PASSPORT": 0.4}

_engines: dict[str, AnalyzerEngine] = {}
_engines_lock = threading.Lock()


@dataclass(frozen=True)
class Redaction:
    """Redacted text, how many spans of each placeholder type were removed, and the forms of
    the candidate's name found (the stored file path is cleaned with them)."""

    text: str
    counts: dict[str, int]
    names: tuple[str, ...] = ()


def spacy_pipeline(model_name: str):
    """The installed spaCy pipeline ``model_name``, or a blank English one (never downloads)."""
    import spacy

    if model_name and importlib.util.find_spec(model_name) is not None:
        try:
            return spacy.load(model_name)
        except (OSError, ValueError, ImportError) as exc:
            log.warning("spaCy model %s cannot be loaded (%s); using a blank pipeline",
                        model_name, exc)
    return spacy.blank("en")


def _preloaded_engine(nlp, model_name: str):
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class PreloadedSpacyNlpEngine(SpacyNlpEngine):
        """SpacyNlpEngine around a pipeline we loaded; its load() would download a missing one."""

        def load(self) -> None:
            self.nlp = {"en": nlp}

        def _doc_to_nlp_artifact(self, doc, language):
            artifacts = super()._doc_to_nlp_artifact(doc, language)
            if not any(artifacts.lemmas):
                # A blank pipeline has no lemmatizer; lower-cased words still let the
                # context words ("phone", "license", ...) raise a finding's score.
                artifacts.lemmas = [token.lower_ for token in doc]
                # Keywords derive from lemmas; left stale they make context lookup quadratic.
                artifacts.keywords = artifacts.set_keywords(self, artifacts.lemmas, language)
            return artifacts

    engine = PreloadedSpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}])
    engine.load()
    return engine


def _build(model_name: str) -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
        UsLicenseRecognizer,
        UsPassportRecognizer,
        UsSsnRecognizer,
    )

    from jobtui.resume.international import international_recognizers
    from jobtui.resume.names import gazetteer
    from jobtui.resume.recognizers import OfflineEmailRecognizer, static_recognizers

    # Presidio logs every ad-hoc recognizer at INFO on each call; only its problems matter.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    nlp = spacy_pipeline(model_name)
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in (
        OfflineEmailRecognizer(), PhoneRecognizer(), UrlRecognizer(), CreditCardRecognizer(),
        UsSsnRecognizer(), IbanRecognizer(), IpRecognizer(), UsPassportRecognizer(),
        UsLicenseRecognizer(), *static_recognizers(), *international_recognizers(),
    ):
        registry.add_recognizer(recognizer)
    if "ner" in nlp.pipe_names:  # a blank pipeline has no named entities to offer
        registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON"]))
    engine = AnalyzerEngine(
        registry=registry, nlp_engine=_preloaded_engine(nlp, model_name or "blank")
    )
    # Phone metadata and the public-suffix snapshot load lazily; pay for them here, not in
    # the first resume the user previews.
    engine.analyze("Call +1 212 555 0100 or mail jo@example.com", language="en")
    gazetteer()  # the name lists, read once per process
    return engine


def analyzer(privacy: PrivacySettings) -> AnalyzerEngine:
    """The Presidio engine for these settings, built on first use and cached (thread-safe)."""
    key = privacy.spacy_model
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = _build(key)
    return engine


def redact(
    text: str, privacy: PrivacySettings, extra_terms: Sequence[str] = (), file_name: str = ""
) -> Redaction:
    """``text`` with every personal detail replaced by a typed placeholder like ``<EMAIL>``.
    ``file_name`` (the resume's, if any) may spell the candidate's name (filename.py,
    anchor.py)."""
    from jobtui.resume.address_parts import address_part_spans
    from jobtui.resume.anchor import candidate_names
    from jobtui.resume.biodata import biodata_spans
    from jobtui.resume.birthplace import birthplace_spans
    from jobtui.resume.cjk import cjk_spans
    from jobtui.resume.contact import contact_block_spans, street_spans
    from jobtui.resume.handles import handle_spans
    from jobtui.resume.inflection import inflection_spans
    from jobtui.resume.international import NATIONAL_ID_ENTITIES
    from jobtui.resume.japanese import japanese_spans
    from jobtui.resume.kept_facts import drop_kept_facts, merge_roles, role_parts
    from jobtui.resume.kept_lines import (
        drop_institution_findings,
        drop_work_addresses,
        reference_employers,
    )
    from jobtui.resume.localities import locality_spans
    from jobtui.resume.mentions import mention_spans
    from jobtui.resume.people import firm_spans, person_spans
    from jobtui.resume.phones import phone_spans, repeated_phone_spans
    from jobtui.resume.postal import generic_contact_spans, keep_admin_units
    from jobtui.resume.recognizers import person_recognizer, terms_recognizer
    from jobtui.resume.registrations import registration_spans
    from jobtui.resume.script_addresses import script_address_spans
    from jobtui.resume.sections import domain_spells, reference_roles, references_spans

    names = candidate_names(text, privacy.full_name, file_name)
    ad_hoc = [r for r in (person_recognizer(names),
                          terms_recognizer([*privacy.redact_terms, *extra_terms])) if r]
    engine = analyzer(privacy)
    available = set(engine.get_supported_entities("en"))
    available |= {e for r in ad_hoc for e in r.supported_entities}
    # CUSTOM (extra terms) and the user's name are removed even if left out of the settings.
    wanted = set(privacy.entities) | {e for r in ad_hoc for e in r.supported_entities}
    if "NATIONAL_ID" in wanted:
        wanted |= NATIONAL_ID_ENTITIES
    if "PASSPORT" in wanted or "US_PASSPORT" in wanted:
        wanted |= {"PASSPORT", "US_PASSPORT"}
    entities = sorted(wanted & available)
    results = engine.analyze(
        text, language="en", entities=entities, ad_hoc_recognizers=ad_hoc,
        score_threshold=MIN_SCORE,
    ) if entities else []  # Presidio reads an empty list as "every entity"
    header_end = _header_end(text)
    firms = firm_spans(text)
    spans = [(r.start, r.end, r.entity_type) for r in results
             if r.score >= MIN_SCORE_BY_ENTITY.get(r.entity_type, MIN_SCORE)
             and not (r.entity_type == "URL" and _work_domain(text, r.start, r.end, header_end))
             # "Code 10 (C1)", "B, BE": a licence class, not the licence's number
             and not (r.entity_type == "US_DRIVER_LICENSE" and r.end - r.start < 5)
             and not (r.entity_type == "PHONE_NUMBER" and _in_date_range(text, r.start, r.end))
             and not (r.entity_type == "PHONE_NUMBER" and GRADE.fullmatch(text[r.start:r.end]))
             and not (r.entity_type == "PERSON" and _inside_firm(r.start, r.end, firms))
             and not (r.entity_type == "PERSON" and _inside_named_place(text, r, names))
             and not _model_mistake(text, r, firms)]
    people = person_spans(text) if "PERSON" in wanted else []
    spans += [(start, end, "PERSON") for start, end in people]
    spans += [s for s in cjk_spans(text, people) + japanese_spans(text) + biodata_spans(text)
              + inflection_spans(text, people, names) + mention_spans(text, people, names)
              if s[2] in wanted]
    spans += [s for s in contact_block_spans(text, header_end) + street_spans(text)
              + generic_contact_spans(text) + phone_spans(text) + birthplace_spans(text)
              + locality_spans(text) + script_address_spans(text) if s[2] in wanted]
    spans += [s for s in address_part_spans(text, spans) + handle_spans(text)
              + repeated_phone_spans(text, spans) + registration_spans(text) if s[2] in wanted]
    referee_firms: list[tuple[int, int]] = []
    for start, end in references_spans(text):
        end = start + len(text[start:end].rstrip())
        firms_here = reference_employers(text, start, end)
        referee_firms += [(a, b) for a, b in firms_here
                          if domain_spells(text, a, text[a:b].split())]
        roles = merge_roles(reference_roles(text, start, end),
                            role_parts(text, start, end) + firms_here)
        for role_start, role_end in roles:
            if text[start:role_start].strip(" \t,;|–—-"):  # "Associate Professor, UET Lahore"
                spans.append((start, role_start, "REFERENCES"))  # the referee's role stays
            start = role_end
        spans.append((start, end, "REFERENCES"))
    # A referee's firm the e-mail spells stays though it is a given name too ("…, Ülker –
    # mehmetali.sarikaya@ulker.com.tr").
    spans = [s for s in spans if not (s[2] == "PERSON" and any(
        a <= s[0] and s[1] <= b for a, b in referee_firms))]
    spans = drop_institution_findings(text, drop_kept_facts(text, spans, names), names)
    spans = drop_work_addresses(text, spans, header_end)
    redaction = _replace(text, keep_admin_units(text, spans))
    return replace(redaction, names=tuple(names))


# "09/2014 – 02/2019", "2013 - 2019", "06.2017–11.2020", "2019/07 - 2021/07": work history,
# never a phone number.
DATE_RANGE = re.compile(
    r"(?:\d{1,2}[/.-]){0,2}(?:19|20)\d{2}(?:[/.-]\d{1,2}(?!\d))?\s*(?:[–—-]|to)\s*"
    r"(?:\d{1,2}[/.-]){0,2}(?:19|20)\d{2}(?:[/.-]\d{1,2}(?!\d))?"
)


def _in_date_range(text: str, start: int, end: int) -> bool:
    """The phone finding ``text[start:end]`` lies in a date range of its line ("2019/07 -
    2021/07" gives Presidio "07 - 2021/07") or starts in one."""
    value = text[start:end]
    start += len(value) - len(value.lstrip("() "))  # "(09/2014 – 02/2019)"
    end -= len(value) - len(value.rstrip("() "))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # A range may run on into the next column's first digits ("07.2011 — 08.2014  2ГИС").
    return any(m.start() <= start < m.end()
               and (end <= m.end() or sum(c.isdigit() for c in text[m.end():end]) < 4)
               for m in DATE_RANGE.finditer(text, line_start, line_end))


# A grade out of a scale: "CGPA 3.52/4.00", "3,8/4,0" is no phone number.
GRADE = re.compile(r"\d{1,2}[.,]\d{1,2}[ \t]*/[ \t]*\d{1,3}(?:[.,]\d{1,2})?")


def _model_mistake(text: str, result, firms: list[tuple[int, int]]) -> bool:
    """True for a spaCy model's "person" that our lists know better: a technology (Kafka,
    Jenkins, Grafana) or a firm named after people (Charles Schwab). Only the model's guesses
    are checked; the user's own name is always removed."""
    from jobtui.resume.names import TECH, fold

    if result.entity_type != "PERSON":
        return False
    recognizer = (result.recognition_metadata or {}).get("recognizer_name", "")
    if recognizer != "SpacyRecognizer":
        return False
    words = fold(text[result.start:result.end]).lower().split()
    return (all(word.strip(".,") in TECH for word in words)
            or any(s <= result.start and result.end <= e for s, e in firms))


def _inside_firm(start: int, end: int, firms: list[tuple[int, int]]) -> bool:
    """True when a name part lies strictly inside a firm named after people: the user or
    colleague "Morgan" does not remove "Morgan Stanley"."""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in firms)


def _inside_named_place(text: str, result, names: list[str]) -> bool:
    """True when one part of the user's name sits inside a longer capitalised run with an
    organisation or place word, after its first word: "Ho Chi Minh City" for a user named
    Minh, "Taras Shevchenko University" for a Shevchenko. A run holding two parts of the name
    ("Jane Doe Consulting") or starting with the part is the user's and goes."""
    from jobtui.resume.names import ORG_WORDS, fold
    from jobtui.resume.people import NAME_RUN

    recognizer = (result.recognition_metadata or {}).get("recognizer_name", "")
    if recognizer != "jobtui user name":
        return False
    if SAINT.search(text, max(0, result.start - 8), result.start):
        return True  # "Santa María", "San José", "São Paulo": a place or a school, kept
    line_start = text.rfind("\n", 0, result.start) + 1
    line_end = text.find("\n", result.end)
    line = fold(text[line_start:line_end if line_end >= 0 else len(text)])
    parts = {fold(w).lower() for n in names for w in n.split()}
    for run in NAME_RUN.finditer(line):
        start, end = run.start() + line_start, run.end() + line_start
        if not (start < result.start and result.end <= end):
            continue
        words = [w.lower().rstrip(".") for w in run.group().split()]
        if any(w in ORG_WORDS for w in words) and sum(w in parts for w in words) == 1:
            return True
    return _opens_a_place(text, result, parts)


# A saint's name opens places and schools ("Universidad Técnica Federico Santa María").
SAINT = re.compile(r"(?<![\w])(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.|Sankt)[ \t]+$")


def _opens_a_place(text: str, result, parts: set[str]) -> bool:
    """True when a part of the user's name opens a two-word place the resume names as one
    (", Hà Nội", "in Hà Nội") for a user called Thu Hà: the city stays."""
    from jobtui.resume.header import _used_as_place
    from jobtui.resume.names import PLACES, fold

    following = re.match(r"[ \t]+([^\W\d_][^\W\d_'-]*)", text[result.end:])
    if not following or not following.group(1)[0].isupper():
        return False
    if fold(following.group(1)).lower() in parts:
        return False
    phrase = f"{text[result.start:result.end]} {following.group(1)}"
    return fold(phrase).lower() in PLACES or _used_as_place(text, phrase)


FULL_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)|/", re.IGNORECASE)
SITE_LABEL = re.compile(
    r"(?:web\s*site|web|site|portfolio|blog|home\s*page|personal)\s*[:\-–]?\s*$", re.IGNORECASE
)
HEADER_LINES = 6


def _header_end(text: str) -> int:
    """Offset where the contact block ends: after the first HEADER_LINES non-empty lines."""
    seen = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            seen += 1
            if seen == HEADER_LINES:
                break
    return offset


def _work_domain(text: str, start: int, end: int, header_end: int) -> bool:
    """True for a dotted degree anywhere ("M.Sc") and for a bare domain in the body of the
    resume ("Booking.com", "ASP.NET", "setup.py"): an employer or a skill, kept. A link with
    a scheme, "www." or a path, a domain in the contact block at the top, or one labelled as
    a site is removed."""
    from jobtui.resume.kept_lines import DOTTED_DEGREE

    if DOTTED_DEGREE.fullmatch(text[start:end]):
        return True  # "M.Sc", "B.Tech", "LL.M" have the shape of a domain
    if FULL_URL.search(text[start:end]) or start < header_end:
        return False
    return not SITE_LABEL.search(text[max(0, start - 30):start])


def redact_path(path: str, privacy: PrivacySettings, names: Sequence[str],
                extra_terms: Sequence[str] = ()) -> str:
    """A file path with the user's name and extra terms removed (paths often carry a name)."""
    from jobtui.resume.filename import cjk_beside_name
    from jobtui.resume.recognizers import person_recognizer, terms_recognizer

    spans = []
    for recognizer in (person_recognizer([n for n in names if n], handles=False),
                       terms_recognizer([*privacy.redact_terms, *extra_terms])):
        if recognizer is not None:
            spans += [(r.start, r.end, r.entity_type) for r in recognizer.analyze(path, [])]
    spans += cjk_beside_name(path, [(s, e) for s, e, kind in spans if kind == "PERSON"])
    spans += _joined_name_spans(path, names)
    return _replace(path, spans).text


def _joined_name_spans(path: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """Words of a path holding a part of a name run together with others ("CV_GudrunOsk",
    "PhamKhanhLinh_DataAnalyst"): the path is no fact, so the whole word goes."""
    from jobtui.resume.anchor import FILE_WORDS
    from jobtui.resume.names import fold
    from jobtui.resume.script_anchor import latin_spellings

    parts = {fold(part).lower() for name in names for part in re.findall(r"[^\W\d_]{3,}", name)}
    words = list(re.finditer(r"[^\W_]+", path))
    # A name found in Cyrillic or Arabic script, the file named in Latin letters.
    spelled = latin_spellings([m.group() for m in words], list(names))
    # Initials of two or three of the name's words in a row: "Резюме_Сейткалиева_ДЕ".
    initials = {"".join(w[0] for w in ws[i:i + n]).upper()
                for name in names if (ws := re.findall(r"[^\W\d_]+", name))
                for n in (2, 3) for i in range(len(ws) - n + 1)}
    # A short form too: "Karthik_Resume_Final" for S. Karthikeyan.
    return [(m.start(), m.end(), "PERSON") for m in words
            if m.group() in spelled
            or m.group() in initials and m.group().lower() not in FILE_WORDS  # not "CV"
            or any(part in fold(m.group()).lower() for part in parts)
            or len(m.group()) >= 4 and m.group().isalpha() and any(
                len(part) >= len(m.group()) + 2 and part.startswith(fold(m.group()).lower())
                for part in parts)
            or _spelled_otherwise(fold(m.group()).lower(), parts)]


def _spelled_otherwise(word: str, parts: set[str]) -> bool:
    """Another transliteration of a name part: "Ismailov" in the file name for "Ismoilov" in the
    text (five letters or more, the same first letter, one or two letters changed)."""
    from difflib import SequenceMatcher

    return len(word) >= 5 and word.isalpha() and any(
        part[0] == word[0] and len(part) >= 5 and SequenceMatcher(None, word, part).ratio() >= 0.8
        for part in parts)


def _rank(entity: str) -> int:
    return PRIORITY.index(entity) if entity in PRIORITY else len(PRIORITY)


def _replace(text: str, spans: list[tuple[int, int, str]]) -> Redaction:
    """Merge overlapping spans and replace each merged span with its placeholder."""
    merged: list[list] = []
    for start, end, entity in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], end)
            if _rank(entity) < _rank(last[2]):
                last[2] = entity
        else:
            merged.append([start, end, entity])
    counts: Counter[str] = Counter()
    pieces, cursor = [], 0
    for start, end, entity in merged:
        label = PLACEHOLDERS.get(entity, entity)
        counts[label] += 1
        pieces += [text[cursor:start], f"<{label}>"]
        cursor = end
    pieces.append(text[cursor:])
    return Redaction("".join(pieces), dict(sorted(counts.items())))
