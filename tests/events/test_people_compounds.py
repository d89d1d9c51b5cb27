"""A people named by a hyphenated pair of demonyms or a demonym and a faith word ("греки-киприоты",
"киприоты-греки", "боснийцы-мусульмане") is the people of the state it lives in (data/community_demonyms.txt)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, expected", [
    ("Греки-киприоты отвергли предложение ООН.", ("12", "CYP", "IGO")),
    ("Киприоты-греки осудили решение Евросоюза.", ("11", "CYP", "IGO")),
    ("Вчера турки-киприоты раскритиковали власти Греции.", ("11", "CYP", "GRC")),
    ("Боснийцы-мусульмане обвинили сербскую полицию в насилии.", ("11", "BIH", "SRB")),
    ("Лидер ООН осудил нападение на боснийцев-мусульман.", ("11", "IGO", "BIH")),
])
def test_people_compound_is_the_state_it_lives_in(code, text, expected):
    assert expected in dyads(code(text))


def test_compound_of_other_words_names_no_people(code):
    # "северо-западный" and a role noun with a demonym keep their own readings
    assert ("11", "CYP", "IGO") in dyads(code("Студенты-киприоты осудили решение ООН."))
