"""Session 18 linking slips: "суда" (ships) read as a court, a court placed by the story's country instead of the
place its name holds, bodies of international organisations linked to a country. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article
from tests.kb.conftest import actor_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.pipeline import default_analyzer

    analyzer = default_analyzer()
    return lambda text: analyzer(make_article(text, published="2012-05-05"))


def events(article) -> list[tuple[str, str, str]]:
    return [(event.cameo, event.source, event.target) for event in article.events]


def codes(article) -> set[str]:
    return {entity.actor.code for entity in article.entities if entity.actor is not None}


def lemmas(article) -> list[str]:
    return [token.lemma for sentence in article.sentences for token in sentence.tokens]


@pytest.mark.parametrize("text", [
    "Израильский спецназ взял штурмом суда «Флотилии свободы».",
    "Израильский спецназ взял под контроль суда «Флотилии свободы».",
    "Израильские коммандос взяли на абордаж суда «Свобода» и «Надежда».",
    "Военные Израиля силой остановили суда «Флотилии свободы».",
    "Береговая охрана Японии задержала рыболовецкие суда Китая.",
    "Власти Ирана конфисковали иностранные суда в Персидском заливе.",
])
def test_ships_are_no_court(run, text):
    article = run(text)
    assert "судно" in lemmas(article)
    assert not any(code.endswith("JUD") for code in codes(article))


@pytest.mark.parametrize("text", [
    "Оппозиционер избежал суда и покинул Россию.",
    "Решение Верховного суда России обжаловали.",
    "Председатель суда Москвы подал в отставку.",
])
def test_a_court_stays_a_court(run, text):
    assert "суд" in lemmas(run(text))


@pytest.mark.parametrize("text, source", [
    ("Вашингтон. Магистратский суд лондонского района Вестминстер приговорил Джулиана Ассанжа к году тюрьмы.",
     "GBRJUD"),
    ("Вашингтон. Окружной суд парижского пригорода оштрафовал компанию Google.", "FRAJUD"),
    ("Москва. Городской суд техасского округа осудил гражданина Мексики.", "USAJUD"),
])
def test_the_place_in_a_courts_name_wins(run, text, source):
    found = events(run(text))
    assert found and found[0][1] == source


@pytest.mark.parametrize("text, source", [
    ("Каир. Совет министров Лиги арабских государств осудил Израиль.", "IGOLAS"),
    ("Совет министров иностранных дел СНГ поддержал Армению.", "IGOCIS"),
    ("Тегеран. Совет министров Африканского союза осудил Эритрею.", "IGOAU"),
])
def test_a_council_of_an_international_organisation_is_it(run, text, source):
    found = events(run(text))
    assert found and found[0][1] == source


def actor_code(article, text: str) -> str:
    return actor_of(article, text).code


@pytest.mark.parametrize("text, mention, destination", [
    ("Вашингтон. Журналистка была задержана военными и выслана в Мексику.", "военными", "MEX"),
    ("Вашингтон. Полиция задержала активистов и депортировала их в Китай.", "Полиция", "CHN"),
    ("Вашингтон. Пограничники задержали беженцев, бежавших в Турцию.", "Пограничники", "TUR"),
    ("Вашингтон. Военные отправили задержанных самолётом на Кубу.", "Военные", "CUB"),
])
def test_a_destination_is_not_whose_the_role_is(run, text, mention, destination):
    assert not actor_code(run(text), mention).startswith(destination)


def test_a_place_in_the_locative_still_places_a_role(run):
    assert actor_code(run("Вашингтон. Полиция задержала активистов в Китае."), "Полиция").startswith("CHN")


@pytest.mark.parametrize("text, code", [
    ("Бишкек. Оппозиция штурмом взяла Белый дом в Бишкеке. Президент Киргизии покинул столицу.", "KGZGOV"),
    ("Бишкек. Сторонники оппозиции захватили Белый дом. Правительство Киргизии ушло в отставку.", "KGZGOV"),
    ("Москва. В 1993 году войска обстреляли Белый дом в Москве.", "RUSGOV"),
    ("Москва. Танки обстреляли Белый дом, где заседал Верховный Совет России.", "RUSGOV"),
])
def test_the_white_house_of_moscow_or_bishkek(run, text, code):
    assert actor_code(run(text), "Белый дом") == code


@pytest.mark.parametrize("text, mention", [
    ("Москва. Белый дом раскритиковал Россию за поддержку Сирии.", "Белый дом"),
    ("Бишкек. Белый дом осудил действия властей Киргизии.", "Белый дом"),
    ("Москва. Протестующие пикетировали Белый дом в Вашингтоне.", "Белый дом"),
])
def test_the_white_house_that_speaks_or_stands_in_washington_stays_american(run, text, mention):
    assert actor_code(run(text), mention) == "USAGOV"


@pytest.mark.parametrize("text, mention, code", [
    ("Каир. Министры иностранных дел стран АСЕАН осудили Израиль.", "Министры иностранных дел стран", "IGOASEAN"),
    ("Каир. Лидеры государств СНГ поддержали Армению.", "Лидеры государств", "IGOCIS"),
    ("Ереван. Армения ответила. Министры обороны стран НАТО осудили Россию.", "Министры обороны стран", "IGONATO"),
    ("Вашингтон. В тот же день министры финансов стран Евросоюза осудили Грецию.", "министры финансов стран", "IGOEU"),
])
def test_officers_of_the_member_states_of_an_organisation_are_it(run, text, mention, code):
    assert actor_code(run(text), mention) == code
