"""Session 14, "paraphrase": an act told another way stays coded. The nominalisations of verb rows after a support
verb of announcement or of a decision taken ("объявил о прекращении помощи", "принял решение о снятии санкций"),
and a passive's instrumental agent the parser calls "iobj" ("были переданы Индией ..."). Sentences written for
these tests, with controls that must code nothing."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # aid or supplies stopped, told as a noun under "объявить" / "принять решение"
        ("Канада объявила о прекращении финансовой помощи Никарагуа.", ("16", "CAN", "NIC")),
        ("Австралия объявила о замораживании военной помощи Фиджи.", ("16", "AUS", "FJI")),
        ("Япония приняла решение о прекращении поставок нефти Северной Корее.", ("16", "JPN", "PRK")),
        ("Нидерланды в понедельник начали сворачивание кредитования Суринама.", ("16", "NLD", "SUR")),
        # sanctions lifted or eased: the nouns of "сняли / смягчили / ослабили санкции"
        ("Совет ЕС принял решение о снятии санкций с Узбекистана.", ("08", "IGO", "UZB")),
        ("Вашингтон объявил об ослаблении эмбарго против Вьетнама.", ("08", "USA", "VNM")),
        ("Евросоюз объявил о смягчении санкций в отношении Белоруссии.", ("08", "IGO", "BLR")),
        # relations established or restored, intelligence exchanged
        ("Куба и США объявили о восстановлении дипломатических отношений.", ("05", "CUB", "USA")),
        ("Сеул объявил об установлении дипломатических отношений с Москвой.", ("05", "KOR", "RUS")),
        ("Спецслужбы Египта и Иордании наладили обмен разведданными.", ("06", "EGY", "JOR")),
        ("Турция и Азербайджан начали обмен разведывательной информацией о боевиках.", ("06", "TUR", "AZE")),
    ],
)
def test_a_nominalised_act_under_an_announcement_or_a_decision_is_coded(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Парламент обсудит решение о снятии санкций с Ирака.",  # a decision only to be discussed
        "Правительство может принять решение об отмене санкций против Сирии.",  # a decision not taken
        "После прекращения поставок оружия Франция потеряла рынок.",  # a bare noun: background
        "Лидеры двух стран провели обмен мнениями.",  # views exchanged are no intelligence passed
    ],
)
def test_no_act_from_a_decision_not_taken_or_a_bare_noun(code, text):
    assert not {event for event in dyads(code(text)) if event[0] in ("05", "06", "08", "16")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # captives handed to a go-between are released to their own side (session 15)
        ("Пакистанские военнопленные были переданы Индией представителям Красного Креста.", ("08", "IND", "PAK")),
        ("Тела погибших были переданы Израилем ливанской стороне.", ("08", "ISR", "LBN")),
        ("Партия стрелкового оружия была передана Ираном сирийским военным.", ("07", "IRN", "SYR")),
    ],
)
def test_an_instrumental_agent_parsed_as_iobj_is_the_source_not_the_target(code, text, expected):
    events = dyads(code(text))
    assert expected in events
    assert not any(source == target for _, source, target in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Дополнительные турецкие войска были переброшены к границе с Сирией.", ("15", "TUR", "SYR")),
        ("Британские войска переброшены в Афганистан.", ("15", "GBR", "AFG")),
        ("Сто тонн японского продовольствия направлены в пострадавшие районы Бангладеш.", ("07", "JPN", "BGD")),
        ("Американская военная помощь Пакистану заморожена.", ("16", "USA", "PAK")),
        ("Американские санкции против Кубы были смягчены.", ("08", "USA", "CUB")),
    ],
)
def test_an_agentless_passive_of_a_thing_sent_or_stopped_is_its_owners_act(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Американские пленные были освобождены.", "USA"),  # people acted on are not the agent's
        ("Грузинские вина были запрещены к ввозу в Россию.", "GEO"),  # goods banned are not the banner's
    ],
)
def test_the_owner_of_people_or_of_a_thing_not_asked_for_is_no_agent(code, text, owner):
    assert not any(source == owner for _, source, _ in dyads(code(text)))


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Совместное предприятие России и Китая было учреждено в Харбине.", {"RUS", "CHN"}),
        ("Совместное строительство Ирана и Пакистана газопровода было начато в марте.", {"IRN", "PAK"}),
    ],
)
def test_the_genitive_owners_of_a_joint_venture_are_its_sides_when_its_verb_is_passive(code, text, sides):
    assert any(root == "06" and {source, target} == sides for root, source, target in dyads(code(text)))


def test_a_joint_venture_of_one_firm_is_no_cooperation_of_states(code):
    assert not dyads(code("Совместное предприятие Газпрома разорилось."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Вся ответственность за эскалацию конфликта лежит на Киеве, заявил министр иностранных дел России.",
         ("11", "RUS", "UKR")),
        ("Вина за срыв перемирия целиком лежит на повстанцах, заявил президент Колумбии.", ("11", "COL", "COL")),
        ("Министр обороны Армении заявил, что вина за обстрел ложится на Азербайджан.", ("11", "ARM", "AZE")),
    ],
)
def test_blame_that_lies_on_a_side_is_the_speakers_accusation(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ответственность за безопасность граждан лежит на правительстве, заявил министр.",  # a duty, not blame
        "Вина за гибель пассажиров лежит на перевозчике.",  # no speaker: the journalist's judgement
        "Книга лежит на столе, сказал министр.",
    ],
)
def test_a_duty_or_blame_with_no_speaker_is_no_accusation(code, text):
    assert not any(root == "11" for root, _, _ in dyads(code(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the converse: the giver's "от X" the parser hangs on the object after it
        ("Непал получил помощь от Японии.", ("07", "JPN", "NPL")),
        ("Украина получила кредит от МВФ.", ("07", "IGO", "UKR")),
        ("Ирак получает разведданные от США.", ("06", "USA", "IRQ")),
        # an attack suffered: its agent as the genitive or adjective of the noun
        ("Сирийские войска подверглись обстрелу турецкой артиллерии.", ("19", "TUR", "SYR")),
        ("Позиции армии Ливана подверглись удару израильской авиации.", ("19", "ISR", "LBN")),
    ],
)
def test_the_agent_phrase_on_the_object_of_a_converse_verb_is_the_source(code, text, expected):
    assert expected in dyads(code(text))


def test_a_letter_received_is_no_event(code):
    assert not dyads(code("Пакистан получил письмо от Индии."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Правительство Таиланда объявило об отмене чрезвычайного положения в Бангкоке.", ("08", "THA", "THA")),
        ("Власти Непала объявили об отмене военного положения.", ("08", "NPL", "NPL")),
        ("Китай объявил о высылке трёх американских журналистов.", ("17", "CHN", "USA")),
        ("Израиль объявил об освобождении 200 палестинских заключённых.", ("08", "ISR", "PSE")),
    ],
)
def test_a_state_of_emergency_lifted_people_expelled_or_freed_told_as_a_noun(code, text, expected):
    assert expected in dyads(code(text))


def test_a_lifting_only_discussed_is_no_concession(code):
    assert not dyads(code("Парламент обсуждает отмену чрезвычайного положения."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Поставки российского оружия в Сирию возобновились.", ("07", "RUS", "SYR")),
        ("Поставки американского оружия Тайваню начались в марте.", ("07", "USA", "TWN")),
        ("Поставки 30 тысяч тонн японского риса в Бангладеш начались во вторник.", ("07", "JPN", "BGD")),
        ("Отмена американских санкций против Кубы состоялась в январе.", ("08", "USA", "CUB")),
    ],
)
def test_the_owner_of_the_goods_of_a_nominal_act_is_its_agent(code, text, expected):
    assert expected in dyads(code(text))


def test_the_people_freed_are_not_the_agent_of_their_release(code):
    assert not any(source == "PSE" for _, source, _ in dyads(code("Освобождение палестинских заключённых состоялось в понедельник.")))


@pytest.mark.parametrize(
    "text",
    [
        "Иран впустил инспекторов МАГАТЭ на ядерный объект в Натанзе.",
        "Сирия пустила наблюдателей ООН в Хомс.",
    ],
)
def test_inspectors_let_in_are_admitted_as_with_dopustit(code, text):
    assert any(root == "08" for root, _, _ in dyads(code(text)))
