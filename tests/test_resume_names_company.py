"""Round 11's name classes: a colleague named by one word after "together with" in many
languages, nicknames stated in many languages, short and case forms of found names, names in
scripts without capitals, and the people institutions and prizes are named after (kept)."""

from __future__ import annotations

import pytest

from jobtui.resume.people import person_spans
from jobtui.resume.redact import redact
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Kopā ar Andri izstrādāja maksājumu API.", "Andri"),  # Latvian accusative
        ("- Koos Tõnuga ehitati andmeladu.", "Tõnuga"),  # Estonian comitative
        ("- Вместе с Алексеем запустили сервис оплаты.", "Алексеем"),  # Russian instrumental
        ("- Μαζί με τον Γιώργο σχεδιάσαμε το API.", "Γιώργο"),  # Greek accusative
        ("- Заедно с Ивайло въведохме договорни тестове.", "Ивайло"),
        ("- Разом з Оксаною переписали білінг.", "Оксаною"),
        ("- Kartu su Dainiumi sukūrėme mokėjimų sistemą.", "Dainiumi"),
        ("- Zajedno s Matejom uveli smo CI.", "Matejom"),
        ("- Kasama si Jomar, binuo namin ang mobile app.", "Jomar"),
        ("- Bersama Wulan membangun dasbor penjualan.", "Wulan"),
        ("- Ran the release train with Robbo and two contractors.", "Robbo"),  # nickname
        ("- Co-authored the caching RFC with Taini; adopted by 6 teams.", "Taini"),
        ("- Pair-programmed weekly with Jasmine on the design system.", "Jasmine"),
        ("Mikon kanssa rakensimme tapahtumaväylän.", "Mikon"),  # Finnish postposition
    ],
)
def test_colleague_after_together_with(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Migrated 40 services to Azure with Terraform and Kubernetes.",
        "- Kopā ar Swedbank komandu ieviesa kontroles. Swedbank AS, Rīga",
        "- Together with Finance, cut month-end close to 3 days.",
        "- Worked with Jasmine and Karma on unit tests; Jasmine 5 in CI.",
    ],
)
def test_not_a_colleague(text):
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ('Komandā kolēģi viņu sauc par "Zanīte".', "Zanīte"),
        ("Meeskonnas kutsutakse teda Kristi.", "Kristi"),
        ("Meine Kollegen nennen mich Basti. Basti baut Pipelines.", "Basti"),
        ("Os colegas me chamam de Guga.", "Guga"),
        ("В екипа ме наричат Ники.", "Ники"),
        ("Коллеги зовут меня Саня.", "Саня"),
        ("Di kantor saya dipanggil Yuyun.", "Yuyun"),
    ],
)
def test_nickname_stated(text, nick):
    assert nick in found(text)
    assert all(nick not in part for part in found(text) if part != nick)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tartu Ülikooli Johan Skytte nimeline stipendium (2015)", "Johan Skytte"),
        ("Stypendium im. Ignacego Łukasiewicza (2012)", "Ignacego Łukasiewicza"),
        ("Rīgas Stradiņa universitāte, 2014", "Rīgas Stradiņa"),
        ("Национален университет „Васил Левски“, 2010", "Васил Левски"),
        ("Premio «Enrico Fermi» per la fisica, 2019", "Enrico Fermi"),
        ("Scholarship named after Jakob Hurt, 2016", "Jakob Hurt"),
    ],
)
def test_eponyms_stay(privacy, text, kept):
    assert kept in redact(text, privacy).text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Kristjan Mets\nArendaja.\nMetsa meeskond ehitas platvormi. Tallinn, Eesti",
         "Metsa", "Tallinn"),
        ("Marija Kovač\nInženjerka.\nMarijin rad na projektu čita se u cijeloj tvrtki.",
         "Marijin", "projektu"),
        ("Ольга Смирнова\nQA инженер.\nМетодика со Смирновой принята в команде.",
         "Смирновой", "Методика"),
        ("Νίκος Παππάς\nΜηχανικός.\nΗ ομάδα του Νίκου έφτιαξε το API.", "Νίκου", "API"),
        ("Katarzyna Zielińska\nInżynier.\nMetodyka Zielińskiej jest standardem.",
         "Zielińskiej", "Metodyka"),
        ("Szabó Anna\nMérnök.\nAnnának köszönhetően és a csapatnak.", "Annának", "csapatnak"),
        ("Mehmet Yılmaz\nYazılımcı.\nYılmaz'ın test kiti 4 ekipte kullanılıyor.",
         "Yılmaz", "test kiti"),
        ("Aoife O'Brien\nEngineer.\nO'Brien's runbook is used by every team.",
         "O'Brien", "runbook"),
    ],
)
def test_case_forms_of_the_candidate(privacy, text, gone, kept):
    result = redact(text, privacy).text
    assert gone not in result
    assert kept in result


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Десислава Петкова\nQA инженер.\nДеси отговаря за качеството.", "Деси"),
        ("Lachlan Reid\nCloud engineer.\nLachie runs the on-call roster.", "Lachie"),
        ("Alessandro Ferri\nSviluppatore.\nAle ha guidato la migrazione.", "Ale"),
    ],
)
def test_short_forms_of_the_candidate(privacy, text, short):
    result = redact(text, privacy).text
    assert short not in result.split("\n", 2)[2]


def test_months_are_no_short_forms(privacy):
    text = "Marcus Janssen\nEngineer.\nMar 2021 - Jan 2023: platform team."
    assert "Mar 2021 - Jan 2023" in redact(text, privacy).text


def test_thai_names_after_a_title():
    text = ("นางสาวสุนิสา ทองดี (ชื่อเล่น: แพรว)\nสุนิสา ดูแลงานวิจัยผู้ใช้\n"
            "ทำงานร่วมกับนายจ้างหลายราย")
    people = found(text)
    assert {"สุนิสา", "ทองดี", "แพรว"} <= {w for p in people for w in p.split()} | people
    assert not any("จ้าง" in p for p in people)  # นายจ้าง is "employer"


def test_a_full_name_found_once_goes_everywhere():
    text = ("„Най-добрият тестер.“ - Пламен Георгиев, ръководител екип\n"
            "Пламен Георгиев, тел. 0887 654 321")
    second = text.index("Пламен", 20)
    assert any(s <= second and second + 6 <= e for s, e in person_spans(text))


def test_header_nickname_in_quoted_brackets():
    from jobtui.resume.anchor import candidate_names

    text = 'Ciarán Patrick Ó Dálaigh ("Kieran")\n12 Main St, Galway\nMob: 087 123 4567\n'
    assert any("Ciarán" in name for name in candidate_names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Bersama Dimas dan Sekar memigrasi 300 job Airflow.", {"Dimas", "Sekar"}),
        ("- Z Ano in Jurijem smo prenovili sistem.", {"Ano", "Jurijem"}),
        ("- Con el Ing. Quispe y la Arq. Milagros diseñamos el plan.", {"Milagros"}),
    ],
)
def test_names_joined_after_one_cue(text, names):
    assert names <= {w for p in found(text) for w in p.split()}


def test_chinese_colleagues_by_given_name():
    assert {"子涵", "欣怡"} <= found("- 与同事子涵、欣怡一起 (同事子涵、欣怡) 搭建了推荐系统")
    assert not found("- 同事关系良好，沟通顺畅。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mémoire encadré par Pr. Karim Tazi (mention Bien)", "Karim Tazi"),
        ("- Reporting to Ir. Ts. Ahmad Faizal a/l Ramasamy, Head of Plant.",
         "Ahmad Faizal a/l Ramasamy"),
        ("- Sumbangan Hj. Rosli Hamzah kepada projek.", "Rosli Hamzah"),
    ],
)
def test_more_titles_and_malaysian_particles(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", ["Moved to the Bay Area in 2019.",
                                  "Offices in Sri Lanka and India."])
def test_places_after_title_like_words(text):
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Mentored Aisha and Tomás through their first on-call rotation.", {"Aisha", "Tomás"}),
        ("- Shadowed Hamza for two weeks before the handover.", {"Hamza"}),
        ("- Handed the billing project over to Efua in 2022.", {"Efua"}),
        ("- Betreute die Werkstudentin Lena bei ihrer Masterarbeit.", {"Lena"}),
        ("- J'ai formé Yanis aux bonnes pratiques de test.", {"Yanis"}),
        ("- Begeleidde stagiair Sanne bij haar afstudeerproject.", {"Sanne"}),
        ("- Szkoliłem Kacpra i Zuzannę z testów.", {"Kacpra", "Zuzannę"}),
        ("- Am mentorat-o pe Ioana timp de un an.", {"Ioana"}),
        ("- Ментор для Богдана и Ирины.", {"Богдана", "Ирины"}),
    ],
)
def test_colleague_as_the_object_of_a_verb(text, names):
    assert names <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Supported Deliveroo and Just Eat with the integration.",
        "- Replaced Jenkins with GitHub Actions; supervise Zalando rollouts.",
        "- Betreute Großkunden in der DACH-Region.",
        "- Helped Marketing launch the campaign; onboarded Snowflake.",
    ],
)
def test_objects_that_are_no_people(text):
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- פיתחתי את המערכת יחד עם דרור ושני מפתחים.", "דרור"),  # Hebrew "together with"
        ("- عملت مع ياسمين على لوحة البيانات.", "ياسمين"),  # Arabic "with"
        ("- अनिश के साथ डेटा पाइपलाइन बनाई।", "अनिश"),  # Hindi "with" after the name
        ("- გელასთან ერთად ავაშენე API.", "გელა"),  # Georgian "-თან ერთად"
        ("- Կարինեի հետ մշակեցինք հավելվածը։", "Կարինե"),  # Armenian "-ի հետ"
        ("- ทำงานร่วมกับคุณสุรนีย์ในทีมวิจัย", "สุรนีย์"),  # Thai "ร่วมกับคุณ" glued
        ("דרור שמואלי, מנהל צוות", "דרור שמואלי"),  # a known given name and surname
    ],
)
def test_names_in_scripts_without_capitals(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mari Saar\nArendaja, 6 aastat.\nElukoht: Saare maakond, Kuressaare", "Saare maakond"),
        ("Ilze Rīgas\nAnalītiķe.\nDarbs: Swedbank AS, Rīga", "Swedbank AS, Rīga"),
    ],
)
def test_case_forms_that_are_places_stay(privacy, text, kept):
    assert kept in redact(text, privacy).text


def test_given_name_before_a_possessive():
    assert "Siobhan" in found("- Built Siobhan's dashboards for the board.")
    assert not found("- Kellogg's cereal line; Dell's laptops; Morgan's desk.")


def test_unknown_given_name_after_a_bare_with():
    assert "Nkechi" in found("- Built the pipeline with Nkechi and two interns.")
    assert "Adjoa" in found("- Ran the audit with Adjoa.")
    assert not found("- Integrated with Deliveroo for delivery; contracted with Glovo.")


def test_unknown_given_name_before_a_bracket():
    assert "Lindiwe" in found("- Rewrote the risk engine with Lindiwe (runtime 6h to 25 min).")


def test_hyphenated_given_name_in_the_path(privacy):
    from jobtui.resume.redact import redact_path

    names = redact("PARK Seo-yeon\nBackend engineer\nSeoul\n", privacy).names
    assert "Seoyeon" not in redact_path("/home/u/Resume_Park_Seoyeon.pdf", privacy, names)


def test_particle_joined_in_the_path(privacy):
    from jobtui.resume.redact import redact_path

    names = redact("Rayan Majed Al-Shehri\nEngineer\nRiyadh\n", privacy).names
    assert "alshehri" not in redact_path("/home/u/cv_alshehri_2024.pdf", privacy, names)


@pytest.mark.parametrize("text", ["- Built an internal tool called Hermod for deploys.",
                                  "- Migrated the platform known as Zephyrine to Kubernetes.",
                                  "- Diseñé un servicio llamado Quetzal para pagos."])
def test_things_called_by_a_name_stay(text):
    assert not found(text)
