"""Fresh-article audit 20 (heldout-articles20), on sentences written for these tests: naming a party with a word of
contempt or blame is a criticism (111), whatever the verb of naming and wherever the word of contempt sits (on
the naming noun or as the complement itself)."""

import pytest

pytestmark = pytest.mark.slow


def _criticisms(events):
    return [(e.cameo, e.source, e.target) for e in events if e.cameo == "111"]


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Президент Украины назвал премьер-министра Польши «некомпетентным политиком».", "UKRGOV", "POLGOV"),
        ("Госсекретарь США назвал президента Венесуэлы нелегитимным правителем.", "USAGOV", "VENGOV"),
        ("Премьер-министр Израиля называет президента Ирана лицемером.", "ISRGOV", "IRNGOV"),
        (
            "Министр иностранных дел России охарактеризовал президента Эстонии как недружественного политика.",
            "RUSGOV",
            "ESTGOV",
        ),
        ("Канцлер Германии назвала решение президента США ошибкой.", "DEUGOV", "USAGOV"),
        ("По словам агентства, президент Турции обозвал премьер-министра Греции трусом.", "TURGOV", "GRCGOV"),
    ],
)
def test_naming_a_party_with_a_word_of_contempt_is_a_criticism(code, sentence, source, target):
    assert ("111", source, target) in _criticisms(code(sentence))


def test_naming_a_son_is_no_criticism(code):
    assert not _criticisms(code("Президент Франции назвал своего сына Александром."))


@pytest.mark.parametrize(
    "sentence, cameo, target",
    [
        ("Президент России Владимир Путин помиловал израильтянку Нааму Иссахар.", "0841", "ISRCVL"),
        ("Полиция Таиланда задержала канадку Джейн Смит.", "173", "CANCVL"),
        ("Власти Ирана освободили британку Назанин Загари-Рэтклифф.", "0841", "GBRCVL"),
        ("Суд Египта приговорил австралийку Анну Браун к трём годам тюрьмы.", "116", "AUSCVL"),
    ],
)
def test_a_womans_demonym_before_her_name_gives_her_country(code, sentence, cameo, target):
    assert (cameo, target) in [(e.cameo, e.target) for e in code(sentence)]


@pytest.mark.parametrize(
    "sentence, cameo, source, target",
    [
        ("После публикации указа о помиловании Нетаньяху поблагодарил Путина.", "051", "ISRGOV", "RUSGOV"),
        ("После решения об освобождении Абэ поблагодарил президента России.", "051", "JPNGOV", "RUSGOV"),
        ("После решения о помиловании Нетаньяху выразил благодарность России.", "051", "ISRGOV", "RUSGOV"),
        ("После сообщения о похищении Абэ осудил Северную Корею.", "111", "JPNGOV", "PRKGOV"),
    ],
)
def test_an_indeclinable_name_after_a_noun_is_the_subject_of_the_verb_after_it(code, sentence, cameo, source, target):
    # the country is the claim: a bare surname may be linked to its country with or without the role
    assert (cameo, source[:3], target) in [(e.cameo, (e.source or "")[:3], e.target) for e in code(sentence)]
