"""A retaliation threat that names what it answers ("в ответ на поражения на фронте") is aimed at that act's
agents; when the answered noun is no act the story told, no earlier act's agents are its addressee. A bare
retaliation ("пригрозила ответными мерами") or one answering an act told ("в ответ на высылку") still finds them."""

from tests.events.conftest import dyads


def threats(events):
    return {((e.source or "")[:3], (e.target or "")[:3]) for e in events if e.cameo.startswith("13")}


def test_an_answer_to_defeats_borrows_no_addressee(code):
    events = code(
        "Военные власти Таиланда задержали французского журналиста.\n"
        "МИД Франции потребовал от Бангкока освободить журналиста.\n"
        "Военное правительство Таиланда в ответ на поражения на юге страны пригрозило «решительными "
        "мерами»."
    )
    assert ("THA", "FRA") not in threats(events), dyads(events)


def test_an_answer_to_an_expulsion_told_finds_its_agents(code):
    events = code(
        "Лондон объявил о высылке 23 российских дипломатов.\n"
        "Москва пригрозила в ответ на высылку зеркальными мерами."
    )
    assert ("RUS", "GBR") in threats(events), dyads(events)
