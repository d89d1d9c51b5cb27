""""Запретить X-dat делать Y": the party forbidden to act is the dative, not the object of the act it may not
do ("запретил гражданам США усыновлять российских детей" restricts Americans, not the Russian children); a
prohibition with only an object ("запретил партию") still aims at that object (session 15, "precision4")."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Президент России Владимир Путин подписал закон, запрещающий гражданам США усыновлять российских детей.",
         "RUS", "USA"),
        ("Власти России запретили гражданам США усыновлять российских детей.", "RUS", "USA"),
        ("Власти Китая запретили японским журналистам снимать тибетских монахов.", "CHN", "JPN"),
        ("Правительство Турции запрещает сирийским беженцам покидать лагеря без разрешения.", "TUR", "SYR"),
    ],
)
def test_the_dative_is_the_party_forbidden(code, sentence, source, target):
    found = codes(code(sentence))
    assert any(cameo == "172" and src.startswith(source) and (tgt or "").startswith(target)
               for cameo, src, tgt in found), found


def test_a_prohibited_party_named_as_object_stays_the_target(code):
    found = codes(code("Президент Узбекистана запретил оппозиционную партию «Бирлик»."))
    assert ("172", "UZBGOV", "UZBOPP") in found, found
