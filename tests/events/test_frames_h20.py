"""Session 20 (frames), on sentences written for these tests: frames whose required argument is reached by another
path than the one the row names.

A decision or decree told as the passive subject of its verb ("решение о ... было принято властями", "указ о ...
подписан президентом"), or modified by its passive participle ("решение о ..., принятое правительством"), has the
verb's instrumental agent as its decider: the act it names is the decider's, as in "власти приняли решение о ..."."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Решение о высылке британских дипломатов было принято властями Узбекистана в среду.", ("16", "UZB", "GBR")),
        ("В среду властями Узбекистана было принято решение о высылке британских дипломатов.", ("16", "UZB", "GBR")),
        ("Решение о высылке польских дипломатов, принятое правительством России, вызвало протест Варшавы.",
         ("16", "RUS", "POL")),
        ("Приказ об аресте бывшего премьер-министра Пакистана был отдан военными.", ("17", "PAK", "PAK")),
    ],
)
def test_the_passive_agent_of_a_decision_decides_the_act_it_names(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.slow
def test_a_decision_still_to_be_taken_names_no_decider(code):
    events = code("Решение о высылке британских дипломатов будет принято правительством России.")
    assert not any(e.cameo.startswith("16") for e in events)


# The beneficiary of aid or money granted may be told with "для" ("выделила средства для беженцев"), as the relief
# rows (073) and the aid cuts (162) already read it: every 070/071 row and the arms row (072) take "для+Gen".
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Германия выделила 10 миллионов евро для беженцев из Сирии.", ("07", "DEU", "SYR")),
        ("Для беженцев из Мьянмы Япония выделила 3 миллиона долларов.", ("07", "JPN", "MMR")),
        ("Китай выделяет средства для правительства Камбоджи.", ("07", "CHN", "KHM")),
        ("Евросоюз выдал кредит для Украины.", ("07", "IGO", "UKR")),
        ("Россия оказала содействие для беженцев из Афганистана.", ("07", "RUS", "AFG")),
        ("Саудовская Аравия перечислила 200 миллионов долларов для правительства Йемена.", ("07", "SAU", "YEM")),
        ("США поставили оружие для сирийской оппозиции.", ("07", "USA", "SYR")),
        ("Россия передала 20 танков для армии Сербии.", ("07", "RUS", "SRB")),
    ],
)
def test_the_beneficiary_of_aid_after_dlya(code, text, dyad):
    assert dyad in dyads(code(text))


# A protest that ended happened: "завершиться/закончиться" join the verbs of happening ("прошёл", "состоялся") of
# every protest noun's row (акция протеста, протест, митинг, марш, забастовка, голодовка).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("В Ереване завершилась акция протеста против правительства Армении.", ("14", "ARM", "ARM")),
        ("Забастовка шахтеров против правительства Польши закончилась в пятницу.", ("14", "POL", "POL")),
        ("В Тбилиси закончился митинг против российской оккупации.", ("14", "GEO", "RUS")),
        ("В Киеве завершился марш против политики правительства Украины.", ("14", "UKR", "UKR")),
        ("Голодовка палестинских заключенных в израильских тюрьмах завершилась.", ("14", "PSE", "ISR")),
    ],
)
def test_a_protest_that_ended_happened(code, text, dyad):
    assert dyad in dyads(code(text))


# A decree issued announces the act it names, as a decision taken does: rows whose support verb is "объявить"
# hold for "подписал указ о ..." ("о выходе из договора", "о прекращении поставок"), not for a decree revoked, and
# a row that names the decree itself keeps the noun's own frame ("указ об отставке министра": a dismissal).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Президент России подписал распоряжение о выходе России из Международного уголовного суда.",
         ("16", "RUS", "IGO")),
        ("Президент США подписал указ о прекращении поставок оружия Ирану.", ("16", "USA", "IRN")),
        ("Президент Франции подписал указ о приостановке помощи Мали.", ("16", "FRA", "MLI")),
        ("Правительство Японии утвердило постановление о приостановке переговоров с Китаем.", ("16", "JPN", "CHN")),
    ],
)
def test_a_decree_issued_announces_the_act_it_names(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.slow
def test_a_decree_revoked_or_of_dismissal_is_no_announcement(code):
    assert not any(e.cameo.startswith("16") for e in code("Президент Франции отменил указ о приостановке помощи Мали."))
    events = code("Президент России подписал указ об отставке мэра Москвы.")
    assert not any(e.cameo.startswith("08") for e in events)
