"""Demands told as an obligation of another party under a speech verb: "заявил, что X должен / X-у следует /
X-у необходимо ...", and obligations of the speaker's own side, which are no demands."""

import pytest

from letopis.events.evaluate import actor_key

DATIVE_OBLIGATIONS = [
    # (sentence, source country, target country): a modal with a dative party and an infinitive
    ("Генсек НАТО заявил, что России следует вывести войска из Грузии.", "IGONATO", "RUS"),
    ("Премьер Израиля заявил, что палестинским властям необходимо прекратить насилие.", "ISR", "PSE"),
    ("Президент Франции сказал, что Ирану нужно вернуться к переговорам о ядерной программе.", "FRA", "IRN"),
    ("Сирии надлежит выполнить резолюцию Совета Безопасности, подчеркнул госсекретарь США.", "USA", "SYR"),
    ("Министр иностранных дел Японии отметил, что Пекину следует освободить задержанных рыбаков.", "JPN", "CHN"),
]


@pytest.mark.parametrize(("text", "source", "target"), DATIVE_OBLIGATIONS)
def test_an_obligation_of_a_dative_party_is_a_demand(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, "2008-08-20") if not e.negated}
    assert ("10", source, target) in found, found


def test_the_withdrawal_asked_is_not_told_as_done(code):
    events = code("Генсек НАТО заявил, что России следует вывести войска из Грузии.", "2008-08-20")
    assert not [e for e in events if e.cameo.startswith("08")]


def test_a_need_of_a_party_asks_nothing_of_it(code):
    # "Ирану необходима помощь": no infinitive, the party needs something, nothing is asked of it
    events = code("Президент Франции заявил, что Ирану необходима помощь после землетрясения.", "2003-12-28")
    assert not [e for e in events if e.cameo.startswith("10")]


OWN_SIDE = [
    "Министр иностранных дел России заявил, что Россия должна укрепить свою армию.",
    "Президент США заявил, что американцам следует быть готовыми к трудностям.",
    "Премьер-министр Японии подчеркнул, что японским вооружённым силам необходимо усилить оборону островов.",
    "Китай должен ускорить модернизацию флота, заявил министр обороны КНР.",
]


@pytest.mark.parametrize("text", OWN_SIDE)
def test_an_obligation_of_the_own_state_is_no_demand(code, text):
    assert not [e for e in code(text, "2010-05-05") if e.cameo.startswith("10")]


def test_the_opposition_demands_of_its_own_government(code):
    events = code("Лидер оппозиции Гарри Каспаров заявил, что правительство России должно уйти в отставку.", "2007-04-15")
    assert [e for e in events if e.cameo.startswith("10") and e.target and e.target.startswith("RUS")]


NEEDS_STATED = [
    # (sentence, source country, target country): "stressed the need for" another side's act
    ("Канцлер ФРГ подчеркнул необходимость скорейшего вывода советских войск из ГДР.", "DEU", "SUN"),
    ("Китай заявил о необходимости прекращения американских разведывательных полетов у своих берегов.", "CHN", "USA"),
    ("Президент России Владимир Путин говорил о необходимости снятия американских санкций.", "RUS", "USA"),
    ("Премьер-министр Японии указал на необходимость вывода американских военных баз с Окинавы.", "JPN", "USA"),
]


@pytest.mark.parametrize(("text", "source", "target"), NEEDS_STATED)
def test_a_need_stated_for_another_sides_act_is_a_demand(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, "2015-06-01") if not e.negated}
    assert ("10", source, target) in found, found


def test_the_act_whose_need_is_stated_is_not_told_as_done(code):
    events = code("Канцлер ФРГ подчеркнул необходимость скорейшего вывода советских войск из ГДР.", "1990-06-01")
    assert not [e for e in events if e.cameo.startswith("08")]


def test_a_need_of_the_own_sides_act_is_no_demand(code):
    events = code("Министр обороны России Сергей Шойгу заявил о необходимости вывода российских войск из Сирии.", "2016-03-15")
    assert not [e for e in events if e.cameo.startswith(("08", "10"))]


def test_a_need_of_ties_with_another_side_asks_nothing_of_it(code):
    # the speaker's own side is a party of the ties: no demand of China
    events = code("Премьер Индии подчеркнул необходимость укрепления сотрудничества с Китаем.", "2015-06-01")
    assert not [e for e in events if e.cameo.startswith("10")]


VIEWS_STATED = [
    # (sentence, source country, target country): what a holder of a view says another party must do
    ("Глава МИД Германии считает, что Россия должна освободить украинских моряков.", "DEU", "RUS"),
    ("Президент Франции полагает, что Ирану следует вернуться к переговорам.", "FRA", "IRN"),
    ("Премьер-министр Великобритании считает, что Аргентина должна отказаться от претензий на Фолкленды.", "GBR", "ARG"),
]


@pytest.mark.parametrize(("text", "source", "target"), VIEWS_STATED)
def test_an_obligation_in_a_view_stated_is_a_demand(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, "2018-12-01") if not e.negated}
    assert ("10", source, target) in found, found


def test_a_view_of_the_own_sides_duty_is_no_demand(code):
    events = code("Министр обороны России считает, что российская армия должна получить новые ракеты.", "2018-12-01")
    assert not [e for e in events if e.cameo.startswith("10")]


ADDRESSEE_BEFORE_CONTENT = [
    # (sentence, source country, target code): "потребовал от X + infinitive with an actor object": the demand
    # is made to X's state, not to whom the act asked would befall ("Хезболла" is LBNINS)
    ("Израиль потребовал от Ливана разоружить «Хезболлу».", "ISR", "LBNGOV"),
    ("США требуют от Китая наказать северокорейских хакеров.", "USA", "CHNGOV"),
    ("Израиль потребовал у Ливана разоружить «Хезболлу».", "ISR", "LBNGOV"),
    ("Москва затребовала от Минска выдать украинских активистов.", "RUS", "BLRGOV"),
]


@pytest.mark.parametrize(("text", "source", "target"), ADDRESSEE_BEFORE_CONTENT)
def test_the_named_addressee_of_a_demand_outranks_the_object_of_its_content(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), e.target) for e in code(text, "2018-12-01") if not e.negated}
    assert ("10", source, target) in found, found


CONDITIONS_SET = [
    # (sentence, source country, target country): "выставить условие / требования" sets a demand
    ("Россия выставила Украине условие вывести войска.", "RUS", "UKR"),
    ("ЕС выставил Сербии жёсткие требования.", "IGOEU", "SRB"),
    ("Пекин выставляет Вашингтону условия для возобновления переговоров.", "CHN", "USA"),
    ("Турция выставила перед Швецией ряд условий.", "TUR", "SWE"),
]


@pytest.mark.parametrize(("text", "source", "target"), CONDITIONS_SET)
def test_conditions_set_to_a_party_are_a_demand(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, "2018-12-01") if not e.negated}
    assert ("10", source, target) in found, found


def test_a_lot_put_up_for_sale_is_no_demand(code):
    assert not [e for e in code("Россия выставила на торги пакет акций.", "2018-12-01") if e.cameo.startswith("10")]


REMINDERS = [
    # (sentence, source country, target country): reminding a party of what it must do
    ("Президент Франции напомнил Ираку о необходимости сотрудничать с инспекторами ООН.", "FRA", "IRQ"),
    ("Госсекретарь США напомнил Пхеньяну о его обязательствах по денуклеаризации.", "USA", "PRK"),
    ("Генсек ООН напоминает Израилю об обязанности защищать мирных жителей.", "IGOUN", "ISR"),
]


@pytest.mark.parametrize(("text", "source", "target"), REMINDERS)
def test_a_reminder_of_a_duty_is_a_demand(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, "2018-12-01") if not e.negated}
    assert ("10", source, target) in found, found


def test_a_reminder_to_the_own_government_is_no_demand(code):
    events = code("Президент России напомнил правительству о необходимости снизить инфляцию.", "2018-12-01")
    assert not [e for e in events if e.cameo.startswith("10")]


ATTRIBUTED_OBLIGATIONS = [
    # (sentence, source country, target country): the speaker of an obligation named by "как заявил X" before
    # it, or as the author of the document it is said in
    ("Израиль должен прекратить строительство поселений, говорится в заявлении Госдепартамента США.", "USA", "ISR"),
    ("Как заявил министр иностранных дел Франции, Иран должен прекратить обогащение урана.", "FRA", "IRN"),
    ("В заявлении МИД России говорится, что Украина должна выполнить минские соглашения.", "RUS", "UKR"),
    ("Как сообщил представитель Белого дома, Пакистану следует усилить борьбу с боевиками.", "USA", "PAK"),
]


@pytest.mark.parametrize(("text", "source", "target"), ATTRIBUTED_OBLIGATIONS)
def test_the_speaker_of_an_attributed_obligation_demands_it(code, text, source, target):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, "2018-12-01") if not e.negated}
    assert ("10", source, target) in found, found
