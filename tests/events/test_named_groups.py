"""Armed groups named in an article: a group's name NER typed as a place still owns its fighters, and a group
named often does not make an attack abroad its own country's news (letopis/kb/link.py). Sentences written for
these tests."""


def test_fighters_of_a_group_named_as_a_place_are_the_group(code):
    events = code("Боевики Хезболлы обстреляли северные районы Израиля.", "2006-07-20")
    assert [e for e in events if e.cameo.startswith("19") and e.source == "LBNINS" and e.target.startswith("ISR")]


def test_an_armed_group_named_often_does_not_move_an_attack_abroad(code):
    events = code(
        "В Париже сторонник ИГ напал с ножом на прохожих. До того, как его застрелили полицейские, он ранил "
        "четверых. ИГ взяло на себя ответственность. Исламское государство распространило видео. "
        "ИГ назвало нападавшего своим солдатом.", "2018-05-13")
    shootings = [e for e in events if e.source.endswith("COP")]
    assert shootings and all(e.source == "FRACOP" for e in shootings)
