"""Two precision rules from the audit of the false positives of the fresh article sets (session 15):

- an announced removal from office or of a licence ("заявил о намерении уволить", "объявил, что отзовёт лицензию")
  is told as the act (172, like an announced resignation is 0831), not a threat (13); a promised one stays a
  pledge, a threat stays a threat, and an upcoming removal whose agent only the place implies is no event;
- clashes of strikers with the police are a violent protest (145), not a fight between armed sides (19).
"""

import pytest

from tests.events.conftest import codes, dyads


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Казахстана Нурсултан Назарбаев заявил о намерении уволить министра энергетики Казахстана.",
        "Президент Казахстана заявил, что уволит главу министерства энергетики Казахстана.",
        "Премьер-министр Болгарии Бойко Борисов объявил о своём намерении отозвать лицензию чешской компании CEZ.",
        "Глава государства Киргизии решил снять с должности генерального прокурора Киргизии.",
        "Президент Украины намерен отстранить от должности губернатора Одесской области.",
    ],
)
def test_an_announced_removal_is_the_removal(code, sentence):
    found = {cameo for cameo, _, _ in codes(code(sentence))}
    assert "172" in found, found
    assert not any(cameo.startswith("13") for cameo in found), found


def test_a_threatened_removal_stays_a_threat(code):
    found = {cameo for cameo, _, _ in codes(code("Президент Казахстана пригрозил уволить главу компании «Самрук-Казына».")) }
    assert found and all(cameo.startswith("13") for cameo in found), found


def test_a_future_removal_with_an_implied_agent_is_no_event(code):
    found = codes(code("Штат военной полиции России будет формироваться из военнослужащих, уволенных с военной службы "
                       "в ходе реформы."))
    assert not any(cameo.startswith(("13", "17")) for cameo, _, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "В Жанаозене произошли столкновения между бастующими нефтяниками и полицией Казахстана.",
        "Столкновения забастовщиков с казахстанской полицией продолжались два дня.",
        "Бастующие шахтёры столкнулись с полицией Казахстана у здания акимата.",
    ],
)
def test_strikers_clashing_with_police_protest_violently(code, sentence):
    found = dyads(code(sentence))
    assert any(root == "14" for root, _, _ in found), found
    assert not any(root == "19" for root, _, _ in found), found
