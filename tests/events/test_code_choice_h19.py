"""The right type for the right pair (session 19, code choice).

- "мобилизовать" is a force posture (154) only when armed men or their means are mobilised, or nothing is named:
  lobbyists, supporters or resources mobilised are no MOBILIZE.
- A ban or restriction on trade or supplies eased is an embargo eased (085, PLOVER RETREAT), not an administrative
  restriction eased (081, CONCEDE); other bans stay 081.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes, dyads


@pytest.mark.parametrize("sentence", [
    "Саудовская Аравия мобилизовала группы давления в Соединенных Штатах, чтобы помочь палестинцам в борьбе против "
    "Израиля.",
    "Оппозиция Ирана мобилизовала своих сторонников в Европе против правительства Ирана.",
    "Катар мобилизовал лоббистов в Вашингтоне против Саудовской Аравии.",
    "Египет мобилизовал ресурсы против Эфиопии в споре о плотине.",
])
def test_a_mobilisation_of_lobbies_or_supporters_is_no_force_posture(code, sentence):
    assert not any(root == "15" for root, _, _ in dyads(code(sentence)))


@pytest.mark.parametrize("sentence, pair", [
    ("Эфиопия мобилизовала войска вдоль границы с Эритреей.", ("15", "ETH", "ERI")),
    ("Армения в среду мобилизовала десятки тысяч человек против Азербайджана.", ("15", "ARM", "AZE")),
    ("Ирак мобилизовал резервистов против Ирана.", ("15", "IRQ", "IRN")),
])
def test_a_mobilisation_of_armed_men_is_a_force_posture(code, sentence, pair):
    assert pair in dyads(code(sentence))


@pytest.mark.parametrize("sentence, source, target", [
    ("Россия отменила запрет на ввоз грузинского вина.", "RUS", "GEO"),
    ("Китай снял ограничения на импорт говядины из США.", "CHN", "USA"),
    ("Индия ослабила запрет на экспорт риса в Бангладеш.", "IND", "BGD"),
    ("Москва сняла запрет на поставки оружия Сирии.", "RUS", "SYR"),
])
def test_a_trade_ban_eased_is_an_embargo_eased(code, sentence, source, target):
    found = {(cameo, src[:3], (tgt or "")[:3]) for cameo, src, tgt in codes(code(sentence))}
    assert ("085", source, target) in found


def test_a_ban_on_parties_eased_stays_an_administrative_easing(code):
    found = codes(code("Правительство Египта отменило запрет на деятельность оппозиционных партий."))
    assert any(cameo == "081" for cameo, _, _ in found)
    assert not any(cameo == "085" for cameo, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "Партия «Грузинская мечта» объявила мобилизацию сторонников против оппозиции Грузии.",
    "Украина объявила о мобилизации ресурсов для борьбы с Россией.",
    "Республиканцы начали мобилизацию избирателей против президента США.",
])
def test_a_mobilisation_noun_of_supporters_or_resources_is_no_force_posture(code, sentence):
    assert not any(root == "15" for root, _, _ in dyads(code(sentence)))


def test_a_mobilisation_noun_against_a_side_stays_a_force_posture(code):
    assert ("15", "AZE", "ARM") in dyads(code("Азербайджан объявил частичную мобилизацию против Армении."))


@pytest.mark.parametrize("sentence, source, target", [
    ("Иран предупредил Израиль, что уничтожит его ядерные объекты.", "IRN", "ISR"),
    ("Сирия предупредила Турцию, что собьёт любой турецкий самолёт над своей территорией.", "SYR", "TUR"),
    ("Эфиопия предупредила Египет, что её армия займёт спорную территорию.", "ETH", "EGY"),
])
def test_a_warning_of_ones_own_hostile_act_is_a_threat_not_information(code, sentence, source, target):
    found = dyads(code(sentence))
    assert ("13", source, target) in found
    assert ("06", source, target) not in found


def test_a_warning_of_another_sides_act_stays_information_shared(code):
    found = dyads(code("Израиль предупредил Египет, что боевики ХАМАС уничтожат пограничные посты."))
    assert ("06", "ISR", "EGY") in found
    assert ("13", "ISR", "EGY") not in found
