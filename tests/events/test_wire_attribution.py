"""Round 26 (attrib): long wire sentences whose event is framed by who reports it, on sentences written for
these tests in the register of translated agency copy."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_threatened_strike_announced_by_an_infinitive_is_no_strike(code):
    events = code(
        "Профсоюзы Франции пригрозили во вторник объявить всеобщую забастовку, если правительство не откажется "
        "от пенсионной реформы, сообщили представители профсоюзов."
    )
    assert any(e.cameo.startswith("13") for e in events)
    assert not any(root == "14" for root, _, _ in dyads(events))


def test_denied_report_is_no_event(code):
    events = code(
        "Правительство Турции опровергло в среду сообщения о том, что оно ведёт тайные переговоры с курдскими "
        "повстанцами, заявил официальный представитель."
    )
    assert not any(root == "04" for root, _, _ in dyads(events))


def test_reporter_after_the_event_is_not_its_target(code):
    events = code(
        "Премьер-министр Индии Нарасимха Рао отказался встретиться с посланником ООН, прибывшим в Дели для "
        "обсуждения положения в Кашмире, сообщили здесь западные дипломаты."
    )
    assert ("12", "IND", "IGO") in dyads(events)  # (dyads keep three letters: IGOUN)
    assert ("12", "IND", "IND") not in dyads(events)


def test_partner_hung_on_the_opening_participle_is_found(code):
    events = code(
        "Выступая во вторник в парламенте, премьер-министр Италии сообщил, что обсудил по телефону кризис в "
        "Албании с канцлером Германии Гельмутом Колем."
    )
    assert ("04", "ITA", "DEU") in dyads(events)


def test_act_a_protest_answers_is_not_the_protesters(code):
    events = code(
        "По словам представителя МИД Японии, Токио заявил России официальный протест в связи с задержанием "
        "японских рыбаков у Курильских островов."
    )
    roots = dyads(events)
    assert ("11", "JPN", "RUS") in roots
    assert not any(root == "17" and source == "JPN" for root, source, _ in roots)



def test_toll_told_by_a_converb_is_the_attack_s(code):
    events = code(
        "Полиция Южной Африки открыла огонь по демонстрантам в Соуэто, убив по меньшей мере пять человек, "
        "сообщили очевидцы."
    )
    assert {target for root, _, target in dyads(events) if root in ("17", "18", "19", "20")} == {"ZAF"}
    assert len([e for e in events if e.plover == "ASSAULT"]) == 1


def test_force_announced_on_a_condition_is_a_threat_to_the_condition_s_subject(code):
    events = code(
        "Министр обороны Индии заявил в среду, что индийская армия применит силу, если Пакистан не прекратит "
        "обстрелы в Кашмире."
    )
    assert ("13", "IND", "PAK") in dyads(events)


def test_force_as_an_announced_answer_is_a_threat(code):
    events = code(
        "Министр обороны Греции заявил во вторник, что Греция ответит военной силой, если Турция попытается "
        "высадить войска на спорных островах."
    )
    assert ("13", "GRC", "TUR") in dyads(events)


def test_his_country_is_the_speaker_s(code):
    events = code(
        "Министр иностранных дел Австралии заявил здесь в пятницу, что его страна готова направить миротворцев в "
        "Камбоджу."
    )
    assert ("03", "AUS", "KHM") in dyads(events)
