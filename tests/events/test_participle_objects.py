"""The object of a participle on its own agent ("полиция, задержавшая 200 сторонников оппозиции") is a participant
of its own, not part of the agent's phrase, when the two are distinct roles of one country; people counted after an
approximator ("более 50 сторонников") that the parser hung on the approximator are the participle's object."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Кенийская полиция, арестовавшая в Найроби более 50 сторонников оппозиции, утверждает, что они готовили "
         "митинг.", ("17", "KEN", "KEN")),
        ("Белорусская милиция, задержавшая в Минске свыше 300 оппозиционеров, сообщила об этом в воскресенье.",
         ("17", "BLR", "BLR")),
        ("Турецкая полиция, арестовавшая около 50 курдских активистов, заявила, что они готовили теракт.",
         ("17", "TUR", "TUR")),
        ("Египетская полиция, разогнавшая в Каире более тысячи студентов, сообщила об этом в пятницу.",
         ("17", "EGY", "EGY")),
    ],
)
def test_a_participles_object_is_a_participant_of_its_own(code, sentence, expected):
    assert expected in dyads(code(sentence, "2005-06-01"))


def test_a_country_acting_on_its_own_name_inside_a_participle_is_no_event(code):
    found = dyads(code("Бразилия, первой признавшая правительство независимой Анголы, направила в Луанду своего "
                       "посла.", "1975-11-12"))
    assert not any(source == target == "BRA" for _, source, target in found)
