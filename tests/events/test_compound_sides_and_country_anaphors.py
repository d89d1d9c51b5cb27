"""Two slots the coder left empty: the sides a compound adjective names ("российско-китайские учения": each country
of its parts, for talks and joint exercises held, not for treaties, wars or upcoming talks), and a bare country
noun standing for a country just named ("королевство отправило", "Республика пригрозила", "его страна")."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("В Женеве прошли американо-иранские переговоры по ядерной программе.", ("04", "USA", "IRN")),
        ("Состоялись индийско-пакистанские консультации по Кашмиру.", ("04", "IND", "PAK")),
        ("В Шанхае начались совместные российско-китайские военно-морские учения.", ("06", "RUS", "CHN")),
        ("Российско-японские консультации по мирному договору прошли в Токио, сообщил МИД России.", ("04", "RUS", "JPN")),
        ("Вчера в Карачи завершились совместные турецко-пакистанские военные учения.", ("06", "TUR", "PAK")),
    ],
)
def test_a_compound_adjective_names_both_sides_of_talks_held(code, sentence, expected):
    found = dyads(code(sentence, "2014-05-20"))
    assert expected in found or (expected[0], expected[2], expected[1]) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Ирана заявил о готовности к ирано-американским переговорам.",  # upcoming: no act of both
        "Ветераны ирано-иракской войны собрались в Тегеране.",  # a war named, not fought here
        "Стороны обсудили выполнение советско-американского договора.",  # a treaty named
    ],
)
def test_a_compound_adjective_names_no_sides_of_a_standing_treaty_war_or_plan(code, sentence):
    found = dyads(code(sentence, "2014-05-20"))
    assert not any({source, target} == {"IRN", "USA"} or {source, target} == {"IRN", "IRQ"}
                   or {source, target} == {"RUS", "USA"} for _, source, target in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Саудовская Аравия перевела деньги на счёт Центрального банка Египта, а кроме того, королевство отправило "
         "Египту 50 тысяч тонн пшеницы.", ("07", "SAU", "EGY")),
        ("Иран провёл испытание ракеты. Республика также пригрозила Израилю ударом.", ("13", "IRN", "ISR")),
        ("Иран провёл испытание ракеты. Вчера страна пригрозила Израилю ударом.", ("13", "IRN", "ISR")),
        ("Бахрейн обвинил Иран во вмешательстве в его дела. Королевство выслало иранского дипломата.",
         ("16", "BHR", "IRN")),
        ("Иракский лидер предупредил, что его страна прекратит сотрудничество с инспекторами ООН.",
         ("13", "IRQ", "IGO")),
    ],
)
def test_a_bare_country_noun_is_the_country_last_named_as_a_subject(code, sentence, expected):
    assert expected in dyads(code(sentence, "1995-01-01"))


def test_a_country_noun_is_the_subject_not_a_nearer_object(code):
    # "Египта" stands nearer, but the noun stands for the subject "Саудовская Аравия"
    found = dyads(code("Саудовская Аравия перевела деньги на счёт Центрального банка Египта, а королевство "
                       "направило в Каир 50 тысяч тонн пшеницы.", "1995-01-01"))
    assert not any(source == "EGY" for _, source, _ in found)
