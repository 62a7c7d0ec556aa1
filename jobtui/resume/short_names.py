"""Short forms of given names that do not open the full name: "Κώστας" for Κωνσταντίνος,
"Bill" for William, "Pepe" for José, "Yoni" for Yonatan, "Саша" for Олександр.

nicknames.py guesses the prefix shapes ("Lachie" for Lachlan); these are the customary ones
a prefix cannot find, per language, each as a CV writer would use it for themself.
"""

from __future__ import annotations

from jobtui.resume.declined import plain

# Full given name (accent-folded, lower case) -> its customary short forms.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    # Greek (with the accusative/vocative form a sentence uses)
    "κωνσταντίνος": ("Κώστας", "Κώστα", "Κωστής", "Ντίνος", "Ντίνο"),
    "κωνσταντίνα": ("Ντίνα", "Κωνσταντίνα"),
    "γεώργιος": ("Γιώργος", "Γιώργο", "Γιώργη"), "δημήτριος": ("Δημήτρης", "Δημήτρη", "Μήτσος"),
    "ιωάννης": ("Γιάννης", "Γιάννη"), "νικόλαος": ("Νίκος", "Νίκο"),
    "παναγιώτης": ("Πάνος", "Πάνο", "Τάκης", "Γιώτα"), "ευάγγελος": ("Βαγγέλης", "Βαγγέλη"),
    "ελευθέριος": ("Λευτέρης", "Λευτέρη"), "χαράλαμπος": ("Χάρης", "Χάρη", "Μπάμπης"),
    "αικατερίνη": ("Κατερίνα", "Κατερίνας"), "αθανάσιος": ("Θανάσης", "Θανάση"),
    "σταύρος": ("Σταύρο",), "στυλιανός": ("Στέλιος", "Στέλιο"), "μιχαήλ": ("Μιχάλης", "Μιχάλη"),
    "ανδρέας": ("Αντρέας",), "αναστάσιος": ("Τάσος", "Τάσο"), "βασίλειος": ("Βασίλης", "Βασίλη"),
    # Ukrainian and Russian
    "олександр": ("Саша", "Сашко", "Олесь"), "александр": ("Саша", "Шура"),
    "олександра": ("Саша", "Леся"), "дмитро": ("Діма",), "дмитрий": ("Дима",),
    "михайло": ("Михась", "Міша"), "михаил": ("Миша",), "володимир": ("Вова", "Володя"),
    "владимир": ("Вова", "Володя"), "олексій": ("Льоша",), "алексей": ("Лёша", "Леша"),
    "євгеній": ("Женя",), "евгений": ("Женя",), "анастасія": ("Настя",),
    "анастасия": ("Настя",), "катерина": ("Катя",), "екатерина": ("Катя",),
    "наталія": ("Наташа",), "наталья": ("Наташа",), "олена": ("Лена",), "елена": ("Лена",),
    "ярослав": ("Ярик", "Слава"), "богдан": ("Бодя",), "іван": ("Ваня",), "иван": ("Ваня",),
    "oleksandr": ("Sasha", "Sashko"), "aleksandr": ("Sasha",), "dmytro": ("Dima",),
    "volodymyr": ("Vova",), "yevhen": ("Zhenya",),
    # English
    "william": ("Bill", "Billy", "Liam"), "robert": ("Bob", "Bobby", "Rob"),
    "richard": ("Rick", "Ricky"), "margaret": ("Peggy", "Maggie", "Meg"),
    "elizabeth": ("Liz", "Beth", "Betsy", "Lizzie", "Eliza"), "edward": ("Ted", "Ned", "Eddie"),
    "katherine": ("Kate", "Katie", "Kathy"), "catherine": ("Kate", "Cathy"),
    "james": ("Jim", "Jimmy", "Jamie"), "john": ("Jack", "Johnny"), "michael": ("Mike",),
    "alexander": ("Alex",), "anthony": ("Tony",), "charles": ("Charlie",),
    "henry": ("Harry", "Hank"), "theodore": ("Ted", "Teddy", "Theo"), "patricia": ("Patty",),
    "rebecca": ("Becky", "Bex"), "susan": ("Suzy",), "jennifer": ("Jen", "Jenny"),
    # Spanish, Portuguese, Italian, German, Dutch
    "jose": ("Pepe", "Chepe"), "francisco": ("Paco", "Pancho", "Kiko"),
    "ignacio": ("Nacho",), "jesus": ("Chucho", "Chus"), "guadalupe": ("Lupe",),
    "concepcion": ("Concha", "Conchita"), "dolores": ("Lola",), "enrique": ("Kike",),
    "antonio": ("Toni", "Tonho"), "giuseppe": ("Beppe", "Peppe"),
    "giovanni": ("Gianni", "Nanni"), "johannes": ("Hannes",),
    # Hebrew and Arabic
    "yonatan": ("Yoni",), "jonathan": ("Jonny",), "avraham": ("Avi",),
    "yosef": ("Yossi",), "david": ("Dudi", "Dave"), "eliyahu": ("Eli",),
    "mohammed": ("Hamoudi",), "abdullah": ("Abdu",),
    # Tagalog, Indonesian
    "rodrigo": ("Digong", "Rody"), "ferdinand": ("Bongbong", "Andy"),
}

_TABLE = {plain(full): forms for full, forms in SHORT_FORMS.items()}


def short_forms_of(names: list[str]) -> set[str]:
    """The customary short forms of the given names in ``names`` (any word of them)."""
    found: set[str] = set()
    for name in names:
        for word in name.split():
            found.update(_TABLE.get(plain(word), ()))
    return found
