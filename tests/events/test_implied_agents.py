"""Events whose agent is implied by the place or the story: release told by the one who comes out."""

from tests.events.conftest import codes


def test_coming_out_of_prison_is_a_release_by_the_state_of_the_place(code):
    events = codes(code("Российский оппозиционер Илья Яшин вышел из спецприёмника после 15 суток ареста."))
    assert any(cameo == "0841" and source.startswith("RUS") and target.startswith("RUS")
               for cameo, source, target in events)


def test_coming_out_of_a_room_is_no_release(code):
    events = codes(code("Министр финансов Германии вышел из зала заседаний."))
    assert not [event for event in events if event[0].startswith("08")]


def test_prison_not_governed_by_coming_out_is_no_release(code):
    # the prison hangs on the building, not on the verb; a possibility is no act
    for text in ("Губернатор вышел из здания тюрьмы после встречи с заключёнными.",
                 "Оппозиционер может выйти из колонии в 2030 году."):
        assert not [event for event in codes(code(text)) if event[0].startswith("08")], text


def test_an_act_named_by_a_decision_taken_is_the_deciders(code):
    events = codes(code("Окружной суд Мюнхена вынес решение о реабилитации бывшего министра Германии Ханса Мюллера."))
    assert any(cameo == "081" and source == "DEUJUD" and target.startswith("DEU")
               for cameo, source, target in events)


def test_a_decision_yet_to_be_taken_names_no_act(code):
    events = codes(code("Окружной суд Мюнхена будет принимать решение о реабилитации бывшего министра Германии "
                        "Ханса Мюллера."))
    assert not [event for event in events if event[0].startswith("08")]


def test_a_body_in_which_they_say_is_the_speaker(code):
    events = codes(code("В МИД Франции заявили, что ждут от Ирана разъяснений."))
    assert any(cameo.startswith("02") and source == "FRAGOV" and target.startswith("IRN")
               for cameo, source, target in events)


def test_a_town_in_which_they_say_is_no_speaker(code):
    # the place of an indefinite-personal verb is only a body's when it names an organisation
    events = codes(code("В Марселе заявили, что ждут от Ирана разъяснений."))
    assert not [event for event in events if event[0].startswith("02") and event[1] != "FRA"]


def test_the_dead_of_a_shooting_with_no_gunman_named_are_attacked_in_the_country_of_the_place(code):
    events = codes(code("По меньшей мере пять человек погибли в результате стрельбы в торговом центре в Бирмингеме."))
    assert any(cameo == "1823" and source[:3] == "GBR" and target[:3] == "GBR" for cameo, source, target in events)


def test_a_named_gunman_shoots_and_an_accident_is_no_assault(code):
    events = codes(code("Десять демонстрантов погибли в результате стрельбы полицейских по толпе в Каире."))
    assert any(cameo == "1823" and source == "EGYCOP" for cameo, source, target in events)
    accident = codes(code("В результате аварии на трассе в Техасе погибли пять человек."))
    assert not [event for event in accident if event[0].startswith("18")]


def test_the_dead_of_a_bombing_with_no_bomber_named_are_attacked_in_the_country_of_the_place(code):
    for text, country in (("В результате теракта в Пешаваре погибли девять человек.", "PAK"),
                          ("При взрыве заминированного автомобиля в Мосуле погибли шесть человек.", "IRQ")):
        events = codes(code(text))
        assert ("183", country, country) in {(cameo, source[:3], target[:3]) for cameo, source, target in events}, text


def test_a_market_where_a_bomb_went_off_is_a_place_not_a_metaphor(code):
    # "атака на рубль/рынок" is a metaphor; "на рынке" in the locative only says where
    events = codes(code("В результате теракта на рынке в Пешаваре погибли девять человек."))
    assert ("183", "PAK", "PAK") in {(cameo, source[:3], target[:3]) for cameo, source, target in events}


def test_an_explosion_of_gas_or_in_a_mine_is_no_bombing(code):
    for text in ("В результате взрыва бытового газа в жилом доме в Самаре погибли четыре человека.",
                 "При взрыве на угольной шахте в Кемерово погибли семь горняков."):
        assert not [event for event in codes(code(text)) if event[0].startswith("18")], text


STORY_OF_GERMANY = (
    "Прокуратура Германии расследует дело о краже данных банковских карт. "
    "Следователи Германии изучили тысячи операций в Берлине и Мюнхене. "
    "{} "
    "Суд в Германии рассмотрит дело весной."
)


def test_the_nationality_of_the_accused_is_not_the_acting_state(code):
    events = codes(code(STORY_OF_GERMANY.format("Двое украинцев арестованы по обвинению в мошенничестве.")))
    assert any(cameo == "173" and source[:3] == "DEU" and target[:3] == "UKR" for cameo, source, target in events)
    assert not [event for event in events if event[0] == "173" and event[1][:3] == "UKR"]


def test_a_bombing_told_by_its_happening_strikes_the_country_of_the_place(code):
    for text, country in (("В центре Багдада в понедельник прогремел мощный взрыв.", "IRQ"),
                          ("В аэропорту Стамбула произошёл теракт.", "TUR")):
        events = codes(code(text))
        assert ("183", country, country) in {(cameo, source[:3], target[:3]) for cameo, source, target in events}, text


def test_a_gas_explosion_that_thundered_is_no_bombing(code):
    events = codes(code("В жилом доме в Самаре прогремел взрыв бытового газа."))
    assert not [event for event in events if event[0].startswith("18")]


def test_a_suicide_bomber_who_blew_himself_up_strikes_what_he_was_at(code):
    events = codes(code("Смертник подорвал себя у здания министерства обороны Афганистана."))
    assert ("1831", "AFG", "AFGGOV") in {(cameo, source[:3], target) for cameo, source, target in events}
    events = codes(code("В понедельник смертница взорвала себя на вокзале в Волгограде."))
    assert ("1831", "RUSINS", "RUS") in {(cameo, source, target[:3]) for cameo, source, target in events}


def test_a_shooting_whose_place_is_its_only_actor_strikes_that_place(code):
    events = codes(code("Мужчина открыл стрельбу в торговом центре в штате Огайо."))
    assert ("180", "USA", "USA") in {(cameo, source[:3], target[:3]) for cameo, source, target in events}


def test_a_shelling_near_a_town_is_not_the_towns_state_shelling_itself(code):
    events = codes(code("Двое журналистов погибли в результате миномётного обстрела вблизи Донецка."))
    assert not [event for event in events if event[0].startswith("19") and event[1][:3] == event[2][:3]]


def test_a_patrol_or_a_convoy_attacked_is_the_force_it_belongs_to(code):
    events = codes(code("В Дагестане боевики обстреляли полицейский патруль."))
    assert ("19", "RUSCOP") in {(cameo[:2], target) for cameo, source, target in events}
    events = codes(code("Талибы атаковали военный конвой в провинции Кандагар."))
    assert ("19", "AFGMIL") in {(cameo[:2], target) for cameo, source, target in events}
