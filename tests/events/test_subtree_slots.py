"""Argument slots reached through the syntax around a trigger (session 16, "subtree"), on sentences written for
these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of starting whose act follows "к" supports the act noun as "начать" does: its subject acts, and
        # the phrases it hangs on the verb are the noun's
        ("Израильская армия приступила к штурму позиций Хезболлы.", ("19", "ISR", "LBN")),
        ("Турецкие войска приступили к наступлению на позиции курдских боевиков в Ираке.", ("19", "TUR", "IRQ")),
        ("Сирийская артиллерия приступает к обстрелу турецких пограничных постов, сообщили военные.", ("19", "SYR", "TUR")),
        ("Эфиопская армия перешла к штурму позиций эритрейских войск.", ("19", "ETH", "ERI")),
        (
            "Всемирная продовольственная программа приступила к доставке продовольствия в пострадавшие от засухи районы Эфиопии.",
            ("07", "IGO", "ETH"),
        ),
        # joint manoeuvres begun are the joint act of both sides, not one side's show of force
        ("Армии Египта и США начали совместные военные манёвры в пустыне.", ("06", "EGY", "USA")),
        ("Армии Египта и США приступили к совместным военным манёврам в пустыне.", ("06", "EGY", "USA")),
    ],
)
def test_act_begun_after_k_takes_the_verbs_arguments(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Новый министр обороны Египта приступил к исполнению своих обязанностей.",
        "Египетская армия перешла к обороне на всех участках фронта.",
    ],
)
def test_a_duty_or_a_posture_begun_is_no_act(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] in ("06", "07", "15", "18", "19")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb takes no two objects: of two bare ones, a place's name whose form may be dative is the dative
        ("Германия списала Танзании долги на сумму 500 миллионов долларов.", ("07", "DEU", "TZA")),
        ("Россия простила Замбии долги.", ("07", "RUS", "ZMB")),
        ("Китай списал Эфиопии долги, сообщило агентство Синьхуа.", ("07", "CHN", "ETH")),
    ],
)
def test_second_bare_object_that_may_be_dative_is_the_recipient(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun is never a clause: a nominative hung as "acl" next to the clause's verb is its subject
        (
            "Правительство Шри-Ланки объявило о прекращении огня после того, как «Тигры освобождения Тамил-Илама» "
            "согласились вернуться за стол переговоров.",
            ("03", "LKA", "LKA"),
        ),
        (
            "Правительство Судана объявило амнистию после того, как «Народно-освободительная армия Судана» "
            "пообещала сложить оружие.",
            ("03", "SDN", "SDN"),
        ),
    ],
)
def test_a_noun_the_parser_made_a_clause_is_its_verbs_subject(code, sentence, expected):
    assert expected in dyads(code(sentence, published="1995-03-01"))  # while the armed groups fought


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun takes one preposition: one right before a bare noun governs it, not the later noun that has its own
        (
            "Требование Пекина к Японии прекратить разведку газа в Восточно-Китайском море было передано японскому послу.",
            ("10", "CHN", "JPN"),
        ),
        ("Требование Вашингтона к Ирану прекратить обогащение урана в Натанзе было отвергнуто.", ("10", "USA", "IRN")),
        (
            "Призыв Берлина к Москве отвести войска от границы в Донбассе был передан российскому послу в МИД ФРГ в пятницу.",
            ("02", "DEU", "RUS"),
        ),
        (
            "Требования Москвы к Киеву отвести войска от линии соприкосновения в Донбассе остались без ответа.",
            ("10", "RUS", "UKR"),
        ),
    ],
)
def test_a_preposition_governs_the_noun_right_after_it(code, sentence, expected):
    assert expected in dyads(code(sentence))
